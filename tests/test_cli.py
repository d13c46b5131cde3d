"""The CLI end to end, as a user runs it."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.config import dump_yaml
from generator.safe_yaml import load_yaml_file
from tests.builders import REPO, SAMPLE_ARTICLES, make_project

ARTICLES = {
    **SAMPLE_ARTICLES,
    "seeds/en-talks.html": """
        <html><head><title>Rubio meets Lavrov</title></head><body><article>
        <h1>Rubio meets Lavrov</h1>
        <p>U.S. Secretary of State Marco Rubio met Sergey Lavrov in Geneva on March 4, 2025.</p>
        <p>"We discussed the embassies and visas in a constructive way," Rubio told reporters after the talks.</p>
        <script>alert(1)</script>
        </article></body></html>
        """,
}


def run(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_every_command_has_help_and_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = dict(main.commands)
    for name, command in commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, name
        assert f"briefing {name}" in readme, f"README does not document `briefing {name}`"


@pytest.mark.slow
def test_build_check_and_rebuild_identical(tmp_path):
    root = make_project(tmp_path, ARTICLES)
    code, output = run(root, "build")
    assert code == 0, output
    assert (root / "site" / "index.html").exists()
    for article_id in ("uk-talks", "ar-talks", "en-talks"):
        assert (root / "summaries" / f"{article_id}.yml").exists()
        assert (root / "site" / "articles" / article_id / "index.html").exists()
    shutil.copytree(REPO / "schema", root / "schema")
    code, output = run(root, "check")
    assert code == 0, output

    summaries = {p.name: p.read_bytes() for p in (root / "summaries").glob("*.yml")}
    pages = {p.relative_to(root): p.read_bytes() for p in (root / "docs").rglob("*.md")}
    shutil.rmtree(root / ".briefing-cache")
    code, output = run(root, "build")
    assert code == 0, output
    assert summaries == {p.name: p.read_bytes() for p in (root / "summaries").glob("*.yml")}
    assert pages == {p.relative_to(root): p.read_bytes() for p in (root / "docs").rglob("*.md")}

    uk = load_yaml_file(root / "summaries" / "uk-talks.yml")
    assert {a["id"] for a in uk["actors"]} >= {"sergey-lavrov", "marco-rubio"}
    assert uk["quotes"][0]["speaker"] == "sergey-lavrov"
    assert uk["article"]["date"] == "2025-03-04"
    ar = load_yaml_file(root / "summaries" / "ar-talks.yml")
    assert ar["article"]["lang"] == "ar" and ar["quotes"][0]["speaker"] == "sergey-lavrov"
    assert ar["tracks"]["primary"] == "us-russia-bilateral"
    html = (root / "site" / "articles" / "ar-talks" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'lang="ar"[^>]*dir="rtl"|dir="rtl"[^>]*lang="ar"', html)
    en_html = (root / "site" / "articles" / "en-talks" / "index.html").read_text(encoding="utf-8")
    assert "alert(1)" not in en_html


def test_custom_folders_from_the_command_line(tmp_path):
    root = make_project(tmp_path, {f"in/{Path(k).name}": v for k, v in ARTICLES.items()})
    code, output = run(root, "extract", "--seeds", str(root / "in"), "--summaries", str(root / "out"))
    assert code == 0, output
    assert sorted(p.stem for p in (root / "out").glob("*.yml")) == ["ar-talks", "en-talks", "uk-talks"]


def test_bad_configuration_exits_2_naming_the_file(tmp_path):
    root = make_project(tmp_path, {"site_config/site.yml": "analyser: magic\n"}, templates=False)
    code, output = run(root, "extract")
    assert code == 2
    assert "site.yml" in output and "analyser" in output


def test_bad_article_is_reported_and_strict_fails(tmp_path):
    root = make_project(tmp_path, {**ARTICLES, "seeds/empty.txt": "   \n"})
    code, output = run(root, "extract")
    assert code == 0 and "empty.txt" in output
    code, output = run(root, "extract", "--strict")
    assert code == 1


def test_check_names_file_and_key_of_a_broken_summary(tmp_path):
    root = make_project(tmp_path, ARTICLES, templates=False)
    shutil.copytree(REPO / "schema", root / "schema")
    assert run(root, "extract")[0] == 0
    path = root / "summaries" / "uk-talks.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("lang: uk", "lang: 7"), encoding="utf-8")
    code, output = run(root, "check")
    assert code == 1
    assert "uk-talks.yml" in output and "article.lang" in output


def test_check_accepts_a_registry_participant_and_names_an_unknown_one(tmp_path):
    root = make_project(tmp_path, ARTICLES, templates=False)
    assert run(root, "extract")[0] == 0
    path = root / "summaries" / "uk-talks.yml"
    data = load_yaml_file(path)
    data["events"] = [{**data["events"][0], "participants": ["ukraine"]}] if data["events"] else []
    assert data["events"], "the fixture article reports an event"
    data["actors"] = [a for a in data["actors"] if a["id"] != "ukraine"]
    data["places"] = [a for a in data["places"] if a["id"] != "ukraine"]
    path.write_text(dump_yaml(data), encoding="utf-8")
    assert run(root, "check")[0] == 0  # Ukraine, named only as "the Ukrainian side", is the registry's
    data["events"][0]["participants"] = ["per-nobody-anywhere"]
    path.write_text(dump_yaml(data), encoding="utf-8")
    code, output = run(root, "check")
    assert code == 1 and "uk-talks.yml" in output and "events.0.participants" in output


def test_a_discovered_person_is_one_actor_across_articles_and_scripts(tmp_path):
    files = {
        "seeds/en.txt": "Envoy praised\n\nThe plan was praised by Harold Finch, a professor at the academy.\n",
        "seeds/ru.txt": "Как сообщили в академии, этот план похвалил профессор Гарольд Финч.\n",
    }
    root = make_project(tmp_path, files, templates=False)
    assert run(root, "extract")[0] == 0
    ids = [{a["id"] for a in load_yaml_file(root / "summaries" / f"{n}.yml")["actors"] if not a["in_registry"]}
           for n in ("en", "ru")]
    assert ids[0] == ids[1] == {"per-harold-finch"}
    (root / "seeds" / "en.txt").unlink()  # alone, the Russian article finds the usual spelling itself
    assert run(root, "extract")[0] == 0
    alone = load_yaml_file(root / "summaries" / "ru.yml")
    (person,) = [a for a in alone["actors"] if not a["in_registry"]]
    assert person["id"] == "per-harold-finch" and person["original"] == "Гарольд Финч"


@pytest.mark.slow
def test_a_rebuild_keeps_the_sites_dot_files_and_its_link(tmp_path):
    root = make_project(tmp_path, {"seeds/uk-talks.md": ARTICLES["seeds/uk-talks.md"]})
    served = tmp_path / "served"
    served.mkdir()
    (served / ".git").mkdir()
    (served / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (served / ".nojekyll").write_text("", encoding="utf-8")
    (served / "stale.html").write_text("old", encoding="utf-8")
    (root / "site").symlink_to(served, target_is_directory=True)
    for _ in range(2):
        code, output = run(root, "build", "--rebuild-site")
        assert code == 0, output
    # The link still points at the folder served, which holds the new site and what the desk
    # put there (as MkDocs' own clean keeps: names starting with '.'), and nothing stale.
    assert (root / "site").is_symlink() and (served / "articles" / "uk-talks" / "index.html").is_file()
    assert (served / ".git" / "HEAD").read_text(encoding="utf-8").startswith("ref:")
    assert (served / ".nojekyll").exists() and not (served / "stale.html").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith((".served", ".site"))]  # no staging left


def test_the_last_site_is_deleted_in_the_background(tmp_path):
    import time

    from generator.pipeline import discard

    old = tmp_path / ".site.old"
    (old / "articles" / "a").mkdir(parents=True)
    (old / "articles" / "a" / "index.html").write_text("<p>old</p>", encoding="utf-8")
    trash = tmp_path / "cache" / "trash"
    discard(old, trash)
    assert not old.exists()  # moved away at once
    for _ in range(100):  # and deleted by a process of its own
        if not trash.exists() or not any(trash.iterdir()):
            break
        time.sleep(0.05)
    assert not trash.exists() or not any(trash.iterdir())
    elsewhere = tmp_path / ".other.old"
    elsewhere.mkdir()
    discard(elsewhere, None)  # no trash folder: deleted here
    assert not elsewhere.exists()


def test_a_failed_site_build_leaves_the_published_site(tmp_path, monkeypatch):
    from generator import pipeline
    from generator.config import load_config

    root = make_project(tmp_path, {"seeds/uk-talks.md": ARTICLES["seeds/uk-talks.md"]})
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("published", encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# New\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text(encoding="utf-8") + "\nnot: [valid\n",
                                     encoding="utf-8")
    config = load_config(root)
    code, ran = pipeline.build_site(config, pipeline.Folders.from_config(config), quiet=True)
    assert code != 0 and ran
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == "published"
    assert not (root / ".site.staging").exists()


def test_a_discovered_foreign_name_shows_its_english_spelling_and_how_it_was_written(tmp_path):
    files = {"seeds/uk-expert.txt": ("Експерт про переговори\n\nЕксперт Гудзонівського інституту Люк Коффі сказав, "
                                     "що переговори тривають.\n")}
    root = make_project(tmp_path, files, templates=False)
    assert run(root, "extract")[0] == 0
    actors = load_yaml_file(root / "summaries" / "uk-expert.yml")["actors"]
    (person,) = [a for a in actors if a["type"] == "person"]
    assert person["name"].startswith("Luke ") and person["original"] == "Люк Коффі"
    assert run(root, "render")[0] == 0
    page = (root / "docs" / "actors" / f"{person['id']}.md").read_text(encoding="utf-8")
    assert "As written:" in page and "Люк Коффі" in page


@pytest.mark.slow
def test_two_builds_at_once_leave_a_complete_site(tmp_path):
    import os
    import subprocess
    import sys

    root = make_project(tmp_path, SAMPLE_ARTICLES)
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    command = [sys.executable, "-m", "generator.cli", "--root", str(root), "build", "--workers", "1"]
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    second = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    outputs = [process.communicate(timeout=600)[1] for process in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    assert any("waiting" in output for output in outputs), outputs  # the later one said it waited
    site = root / "site"
    assert (site / "index.html").is_file() and (site / "feed.xml").is_file()
    assert (site / "actors" / "index.html").is_file()
    assert all((site / "articles" / a / "index.html").is_file() for a in ("uk-talks", "ar-talks"))
    assert not (root / ".site.staging").exists()


def test_a_build_that_waits_too_long_stops_with_a_clear_message(tmp_path, monkeypatch):
    from generator.files import build_lock

    root = make_project(tmp_path, SAMPLE_ARTICLES, templates=False)
    monkeypatch.setenv("BRIEFING_LOCK_WAIT", "0.5")
    with build_lock(root / ".briefing-cache", 1, print):
        code, output = run(root, "extract")
    assert code == 1 and "still held" in output and "run the command again" in output
    assert not (root / "summaries").exists() or not list((root / "summaries").glob("*.yml"))


def test_check_reports_a_broken_corrections_file(tmp_path):
    root = make_project(tmp_path, {"site_config/corrections/uk-talks.yml": "quotes: [\n",
                                   "site_config/corrections/ar-talks.yml": "tracks: {primary: 5, bogus: 1}\n"},
                        templates=False)
    (root / "summaries").mkdir()
    code, output = run(root, "check")
    assert code == 1
    assert "corrections/uk-talks.yml" in output and "corrections/ar-talks.yml" in output
    assert "not applied" in output


def _workflow_build_steps(workflow: Path) -> list[str]:
    """The `run:` commands of the Pages workflow's build job after the install, as GitHub runs them."""
    steps = load_yaml_file(workflow)["jobs"]["build"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    return [command for command in runs if "briefing" in command and "make setup" not in command]


def _run_steps(root: Path, commands: list[str]) -> tuple[int, str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    output = ""
    for command in commands:
        done = subprocess.run(["bash", "-e", "-c", command], cwd=root, env=env, capture_output=True, text=True,
                              check=False)
        output += done.stdout + done.stderr
        if done.returncode:
            return done.returncode, output
    return 0, output


def _checkout(root: Path, clone: Path) -> Path:
    """What a CI runner checks out: the committed files, no cache, no pages, no site."""
    shutil.rmtree(clone, ignore_errors=True)
    shutil.copytree(root, clone, ignore=shutil.ignore_patterns(".briefing-cache", "docs", "site"))
    return clone


@pytest.mark.slow
@pytest.mark.parametrize("workflow", [REPO / ".github" / "workflows" / "site.yml",
                                      REPO / "generator" / "scaffold" / "workflow-site.yml"], ids=["repo", "desk"])
def test_the_workflow_publishes_only_committed_facts(tmp_path, workflow):
    root = make_project(tmp_path, SAMPLE_ARTICLES)
    assert run(root, "extract")[0] == 0  # the editor's step: summaries written, reviewed, committed
    committed = {p.name: p.read_bytes() for p in (root / "summaries").glob("*.yml")}
    steps = _workflow_build_steps(workflow)
    assert any("briefing build" in step for step in steps) and any("briefing check" in step for step in steps)
    clone = _checkout(root, tmp_path / "clone")
    code, output = _run_steps(clone, steps)
    assert code == 0, output
    assert "(0 analysed, 0 summaries written or removed)" in output  # nothing analysed again
    assert (clone / "site" / "articles" / "uk-talks" / "index.html").is_file()
    assert {p.name: p.read_bytes() for p in (clone / "summaries").glob("*.yml")} == committed

    article = root / "seeds" / "uk-talks.md"  # a push with an edited and a new article, no summaries
    article.write_text(article.read_text(encoding="utf-8") + "Розмова тривала ще годину.\n", encoding="utf-8")
    (root / "seeds" / "en-new.txt").write_text("New talks\n\nMarco Rubio met Sergey Lavrov in Geneva.\n",
                                                encoding="utf-8")
    clone = _checkout(root, clone)
    code, output = _run_steps(clone, steps)
    assert code == 1
    assert "uk-talks.yml: missing, or not made from" in output and "en-new.yml: missing" in output
    assert "run `briefing extract`" in output
    assert not (clone / "site").exists()  # no page of facts nobody committed

    assert run(root, "extract")[0] == 0  # the editor runs extract and commits: the push publishes
    clone = _checkout(root, clone)
    code, output = _run_steps(clone, steps)
    assert code == 0 and "(0 analysed" in output, output
    assert (clone / "site" / "articles" / "en-new" / "index.html").is_file()
