"""A desk outside this repository: `briefing init`, built-in files, configuration errors, the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.desk import SCAFFOLD_FILES, builtin_dir
from tests.builders import REPO

ARTICLE = """\
---
title: Talks resume in Geneva
date: 2025-03-04
---
Delegations of the two countries met in Geneva on Tuesday and agreed to continue the talks next week.
"We made progress on the ceasefire," said Antonio Guterres, the Secretary-General of the United Nations.
"""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_init_writes_the_starter_desk(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    code, output = run("init", str(desk))
    assert code == 0, output
    for relative in SCAFFOLD_FILES:
        assert (desk / relative).is_file(), relative
        assert f"created {relative}" in output
    assert (desk / "summaries").is_dir() and (desk / "site_config" / "corrections").is_dir()
    code, output = run("--root", str(desk), "check")
    assert code == 0, output


def test_init_never_overwrites_what_is_there(tmp_path: Path) -> None:
    mine = "actors:\n  - {id: my-actor, name: My Actor, type: person}\n"
    (tmp_path / "site_config").mkdir()
    (tmp_path / "site_config" / "actors.yml").write_text(mine, encoding="utf-8")
    code, output = run("init", str(tmp_path))
    assert code == 0, output
    assert "kept site_config/actors.yml" in output
    assert (tmp_path / "site_config" / "actors.yml").read_text(encoding="utf-8") == mine
    assert (tmp_path / "site_config" / "tracks.yml").exists()


def test_every_configuration_problem_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "site_config").mkdir()
    (tmp_path / "site_config" / "site.yml").write_text("analyser: magic\nlanguages: [english]\n", encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    code, output = run("--root", str(tmp_path), "build")
    assert code == 2
    assert "Traceback" not in output
    folder = tmp_path / "site_config"
    site_yml, actors, tracks = (str(folder / name) for name in ("site.yml", "actors.yml", "tracks.yml"))
    assert f"{site_yml}: invalid configuration" in output
    assert "  analyser:" in output and "  languages" in output
    assert f"{actors}: missing" in output and f"{tracks}: missing" in output
    assert "briefing init" in output  # the fix


def test_broken_yaml_names_the_file_and_the_place(tmp_path: Path) -> None:
    run("init", str(tmp_path))
    (tmp_path / "site_config" / "tracks.yml").write_text("tracks: [\n", encoding="utf-8")
    (tmp_path / "site_config" / "actors.yml").write_text("- just a list\n", encoding="utf-8")
    code, output = run("--root", str(tmp_path), "check")
    assert code == 2 and "Traceback" not in output
    assert str(tmp_path / "site_config" / "tracks.yml") in output and "line" in output
    assert str(tmp_path / "site_config" / "actors.yml") in output and "mapping" in output


def test_builtin_files_are_found() -> None:
    assert (builtin_dir("templates") / "article.md.j2").is_file()
    assert (builtin_dir("docs_assets") / "stylesheets" / "briefing.css").is_file()
    assert (builtin_dir("scaffold") / "mkdocs.yml").is_file()


def _build_and_find_page(briefing: list[str], desk: Path, env: dict[str, str] | None = None) -> None:
    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*briefing, *args], capture_output=True, text=True, timeout=600, cwd=desk.parent,
                              env=env)

    done = call("init", desk.name)
    assert done.returncode == 0, done.stderr
    (desk / "seeds" / "geneva-talks.md").write_text(ARTICLE, encoding="utf-8")
    done = call("--root", str(desk), "build", "--workers", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning" not in done.stderr, done.stderr
    page = desk / "site" / "articles" / "geneva-talks" / "index.html"
    assert page.is_file()
    assert "Talks resume in Geneva" in page.read_text(encoding="utf-8")
    assert (desk / "site" / "stylesheets" / "briefing.css").is_file()  # the built-in stylesheet
    assert (desk / "summaries" / "geneva-talks.yml").is_file()
    done = call("--root", str(desk), "check")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_a_new_desk_builds_at_once(tmp_path: Path) -> None:
    """`briefing init`, one article, `briefing build`: the article's page is in the site."""
    _build_and_find_page([sys.executable, "-m", "generator.cli"], tmp_path / "desk")


@pytest.mark.slow
def test_the_wheel_works_outside_this_repository(tmp_path: Path) -> None:
    """Build the wheel, install it (not editable) into a fresh environment, build a desk with it.

    The fresh environment sees this environment's installed dependencies through a .pth file (the
    suite stays offline) but not this checkout: the package, its templates, stylesheet, default
    MkDocs configuration, scaffold and MkDocs plugin must all come from the wheel.
    """
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "--no-index", "-w", str(wheels), str(REPO)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("briefing_digest-*.whl")

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    installed = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
                               capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    fresh_site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                     capture_output=True, text=True, check=True).stdout.strip())
    # The dependencies, from this environment; its .pth files (our editable install) are not read.
    (fresh_site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["OMP_NUM_THREADS"] = "1"
    where = subprocess.run([str(python), "-c", "import generator.cli; print(generator.cli.__file__)"],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(fresh_site)  # the wheel's package, not the checkout
    check = subprocess.run([str(python), "-m", "pip", "check"], capture_output=True, text=True, env=env)
    # Every dependency the wheel declares is there at a fitting version (other packages' complaints
    # about the fresh environment's own setuptools are not ours).
    ours = [line for line in check.stdout.splitlines() if line.lower().startswith("briefing-digest")]
    assert ours == [], check.stdout
    briefing = venv / "bin" / "briefing"
    assert shutil.which(str(briefing))
    _build_and_find_page([str(briefing)], tmp_path / "desk", env)
