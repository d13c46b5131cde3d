"""Hostile input at the level of single files: quick checks that run with the fast suite."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from generator.ingest import DEFAULT_MAX_CHARS, ingest_folder, read_article
from generator.summarise import SummaryError, load_corrections
from tests.robustness._support import article_text
from tests.robustness.test_hostile_inputs import _bomb, _twenty_megabytes


def _within(seconds: float, func, *args):  # type: ignore[no-untyped-def]
    """func(*args), failing the test when it runs longer than `seconds` (a hang, not a slow machine)."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = func(*args)
        except BaseException as exc:  # handed to the test thread
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{getattr(func, '__name__', func)} ran longer than {seconds} s"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


def test_twenty_megabytes_are_cut_at_the_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(_twenty_megabytes())
    articles, problems = _within(60, read_article, path)
    assert len(articles) == 1 and len(articles[0].text) <= DEFAULT_MAX_CHARS
    assert [p.severity for p in problems] == ["warning"] and "over the limit" in problems[0].reason


def test_an_alias_bomb_in_front_matter_is_reported_not_expanded(tmp_path: Path) -> None:
    # 8 x 9 aliases: under the loader's alias limit, so only the consumers stand between it and 9**9 strings.
    path = tmp_path / "bomb.md"
    path.write_text("---\n" + _bomb("title", 9, 9) + "---\n" + article_text("en", 1), encoding="utf-8")
    articles, problems = _within(10, read_article, path)
    assert len(articles) == 1 and articles[0].title.startswith("Lavrov and Rubio")
    assert len(problems) == 1 and "'title' has the value" in problems[0].reason
    assert len(problems[0].message()) < 400


@pytest.mark.parametrize("key", ["title", "date", "quotes", "events", "actors", "tracks"])
@pytest.mark.parametrize(("levels", "width"), [(9, 9), (11, 11)])
def test_an_alias_bomb_in_corrections_is_refused(tmp_path: Path, key: str, levels: int, width: int) -> None:
    path = tmp_path / "a.yml"
    path.write_text(_bomb(key, levels, width), encoding="utf-8")
    with pytest.raises(SummaryError) as caught:
        _within(10, load_corrections, path)
    assert str(path) in str(caught.value) and len(str(caught.value)) < 2000


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_links_out_of_the_project_and_link_loops_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "project"
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    (tmp_path / "secret.txt").write_text(article_text("en", 2), encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", seeds / "out.txt")
    os.symlink(seeds / "loop-b.txt", seeds / "loop-a.txt")
    os.symlink(seeds / "loop-a.txt", seeds / "loop-b.txt")
    os.symlink(tmp_path, seeds / "folder")
    (seeds / "ok.txt").write_text(article_text("en", 3), encoding="utf-8")
    result = _within(30, lambda: ingest_folder(seeds, root=root))
    assert [a.id for a in result.articles] == ["ok"]
    shown = sorted(p.path.as_posix() for p in result.problems)
    assert shown == ["seeds/folder", "seeds/loop-a.txt", "seeds/loop-b.txt", "seeds/out.txt"]
