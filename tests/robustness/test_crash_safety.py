"""Issue 5, part 4: a build killed at any point leaves each file whole, and the next build succeeds.

A real `briefing build` process (with its worker processes and MkDocs) is killed with SIGKILL:
as soon as it starts replacing summaries (after a change to the tracks), as soon as it starts
replacing pages (after tracks were renamed), and at a seeded random moment (after every article
changed). After each kill every summary and page on disk must be either the version from before
the killed build or the version the next (complete) run writes: never half a file, and never a
temporary file where a summary or page is looked for.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import markdown
import pytest

from generator.ingest import ingest_folder
from generator.summarise import parse_summary
from tests.builders import TRACKS_YML, make_project
from tests.robustness._support import OFFLINE, article_text, briefing_command, run_briefing, run_cli, subprocess_env

pytestmark = [
    pytest.mark.slow,  # two builds, three killed ones and two in-process runs (~30 s)
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and process groups are POSIX"),
]

ARTICLES = 40
LANGS = ("en", "uk", "ru", "ar")


def _write_articles(seeds: Path, round_: int) -> None:
    """40 articles; every round changes all of them, so every summary and page is rewritten."""
    seeds.mkdir(exist_ok=True)
    for n in range(ARTICLES):
        lang = LANGS[n % len(LANGS)]
        text = article_text(lang, n + 1, extra=f"Update {round_}-{n}: {'the talks went on. ' * (1 + round_ % 3)}")
        (seeds / f"{lang}-{n:02d}.txt").write_text(text, encoding="utf-8")


def _write_tracks(root: Path, round_: int) -> None:
    """The tracks: from round 1 on, one more that every article is on; from round 2 on, new titles."""
    suffix = f" (round {round_})" if round_ >= 2 else ""
    tracks = TRACKS_YML.replace("title: US–Russia bilateral channel", f"title: US–Russia bilateral channel{suffix}")
    tracks = tracks.replace("title: Arms control", f"title: Arms control{suffix}")
    if round_ >= 1:
        tracks += (f"  - id: geneva-channel\n    title: The Geneva channel{suffix}\n"
                   "    cues: {actors: [sergey-lavrov, marco-rubio]}\n")
    (root / "site_config" / "tracks.yml").write_text(tracks, encoding="utf-8")


def _outputs(root: Path) -> dict[str, bytes]:
    """Every file in summaries/ and docs/ (hidden ones too), by path relative to root."""
    found: dict[str, bytes] = {}
    for folder in ("summaries", "docs"):
        base = root / folder
        if base.is_dir():
            found.update({p.relative_to(root).as_posix(): p.read_bytes() for p in base.rglob("*") if p.is_file()})
    return found


def _is_temporary(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return name.startswith(".") and name.endswith(".tmp")


def _assert_whole(root: Path, files: dict[str, bytes]) -> None:
    """Every summary parses and validates; every page is complete UTF-8 Markdown."""
    for rel, data in files.items():
        if _is_temporary(rel):
            continue
        if rel.startswith("summaries/") and rel.endswith(".yml"):
            summary = parse_summary(data.decode("utf-8"), rel)
            assert summary.article.id == Path(rel).stem
        elif rel.endswith(".md"):
            text = data.decode("utf-8")
            assert text.endswith("\n"), rel
            markdown.markdown(text.split("\n---\n", 1)[-1], extensions=["tables", "attr_list", "admonition"])


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    try:
        return {e.name: (e.inode(), e.stat().st_mtime_ns) for e in os.scandir(folder)}
    except OSError:
        return {}


def _first_change(folder: Path) -> Callable[[], bool]:
    """A probe that turns true once any file in folder is replaced or added."""
    before = _state(folder)
    return lambda: any(before.get(name) != value for name, value in _state(folder).items())


def _killed_build(root: Path, trigger: Callable[[], bool] | None, delay: float, limit: float = 120) -> str:
    """Start `briefing build`, kill its process group when trigger() or after delay; what happened."""
    process = subprocess.Popen(briefing_command(root, "build", "--workers", "1"), cwd=root, env=subprocess_env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    started = time.monotonic()
    try:
        while process.poll() is None and time.monotonic() - started < limit:
            if (trigger is not None and trigger()) or (trigger is None and time.monotonic() - started >= delay):
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(30)
                return f"killed after {time.monotonic() - started:.2f} s"
            time.sleep(0.001 if trigger is not None else 0.01)
        return f"finished before the kill (exit {process.poll()})"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(30)


def test_a_killed_build_leaves_whole_files_and_the_next_build_succeeds(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", {"site_config/site.yml": OFFLINE})
    assert run_cli(root, "schema")[0] == 0  # for `briefing check`
    _write_articles(root / "seeds", 0)
    started = time.monotonic()
    first = run_briefing(root, "build", "--workers", "1")
    duration = time.monotonic() - started
    assert first.returncode == 0, first.stderr

    rng = random.Random(20250305)
    # (when, what changes first, the probe that fires the kill, the delay without one, finish with a build?)
    plans: list[tuple[str, Callable[[], None], Callable[[], Callable[[], bool] | None], float, bool]] = [
        ("while replacing summaries", lambda: _write_tracks(root, 1), lambda: _first_change(root / "summaries"),
         0.0, False),
        ("while replacing pages", lambda: _write_tracks(root, 2), lambda: _first_change(root / "docs" / "articles"),
         0.0, False),
        ("at a random moment", lambda: _write_articles(root / "seeds", 3), lambda: None,
         rng.uniform(0.5, max(1.0, duration)), True),
    ]
    for when, change, probe, delay, real_build in plans:
        previous = _outputs(root)
        change()
        outcome = _killed_build(root, probe(), delay)
        after_kill = _outputs(root)
        _assert_whole(root, after_kill)
        code, output = run_cli(root, "check")  # temporary files are not taken for summaries
        assert code == 0, f"{when} ({outcome}): {output}"

        # The next run completes; what it writes is the "new" version of each file.
        if real_build:
            finished = run_briefing(root, "build", "--workers", "1")
            assert finished.returncode == 0, f"{when} ({outcome}): the next build failed\n{finished.stderr}"
        else:  # the kill came before MkDocs: the stages it interrupted are enough (and quicker here)
            for command in (("extract", "--workers", "1"), ("render",)):
                code, output = run_cli(root, *command)
                assert code == 0, f"{when} ({outcome}): the next {command[0]} failed\n{output}"
        new = _outputs(root)
        torn = {rel: (len(data), len(previous.get(rel) or b""), len(new.get(rel) or b""))
                for rel, data in after_kill.items()
                if not _is_temporary(rel) and data not in (previous.get(rel), new.get(rel))}
        assert not torn, f"{when} ({outcome}): neither the old nor the new version (sizes now, old, new): {torn}"
        # The round rewrote what it meant to (or it proved nothing), and the probes did fire.
        folder = "summaries/" if when == "while replacing summaries" else "docs/articles/"
        rewritten = [rel for rel in new if rel.startswith(folder) and new[rel] != previous.get(rel)]
        assert len(rewritten) >= ARTICLES, (when, len(rewritten))
        assert real_build or outcome.startswith("killed"), (when, outcome)

    # After the last complete build: every summary is of the current text, the site whole, the check clean.
    current = {a.id: a.content_hash for a in ingest_folder(root / "seeds", root=root).articles}
    made = {p.stem: parse_summary(p.read_text(encoding="utf-8"), p.name).article.content_hash
            for p in (root / "summaries").glob("*.yml")}
    assert made == current and len(made) == ARTICLES
    assert (root / "site" / "index.html").is_file()
    assert len(list((root / "site" / "articles").glob("*/index.html"))) >= ARTICLES
    code, output = run_cli(root, "check")
    assert code == 0, output
