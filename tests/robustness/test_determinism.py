"""Issue 5, part 5: the same articles give byte-identical summaries and pages, whatever the run.

Two builds of the same articles in two project folders, in fresh processes with different hash
seeds and different numbers of analysis workers, must write the same bytes into summaries/ and
docs/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import make_project
from tests.robustness._support import OFFLINE, article_text, file_bytes, run_briefing

pytestmark = pytest.mark.slow  # two builds in fresh processes (~20 s)

# Registered and unregistered names, quotes, numbers and dates in the four languages; sets and
# dicts of them are where hash-seed order would leak into the output.
ARTICLES = {
    **{f"seeds/{lang}-{n}.txt": article_text(lang, n) for lang in ("en", "uk", "ru", "ar") for n in (1, 2)},
    "seeds/discovered.md": """
        ---
        title: Analysts on the Geneva channel
        date: 2025-02-11
        ---
        Political analyst Andrei Tsygankov and former diplomat Helga Lindqvist said the Geneva channel
        could reopen. "Both sides want 12 consulates back by 2026," Tsygankov told reporters.
        Lindqvist added that Vladimir Putin, Marco Rubio and Andrii Sybiha had each proposed talks.
        Hundreds of prisoners and 40% of the staff are affected, said Ambassador Tomas Verhoeven.
        """,
    "seeds/mixed.txt": """
        Кремль, Белый дом и Kyiv: a mixed-script note

        Kremlin spokesman Dmitry Peskov said «переговоры продолжатся» after Sybiha met Rubio in Geneva.
        وقال الكرملين إن "الحوار مستمر" بين موسكو وواشنطن.
        """,
    "seeds/same-text.txt": article_text("en", 1),
}


def _build(base: Path, seed: str, workers: str) -> tuple[dict[str, bytes], dict[str, bytes]]:
    root = make_project(base / "project", {**ARTICLES, "site_config/site.yml": OFFLINE})
    result = run_briefing(root, "build", "--workers", workers, PYTHONHASHSEED=seed)
    assert result.returncode == 0, result.stderr
    return file_bytes(root / "summaries"), file_bytes(root / "docs")


def test_summaries_and_pages_are_byte_identical_across_runs(tmp_path: Path) -> None:
    summaries_a, docs_a = _build(tmp_path / "a", seed="0", workers="1")
    summaries_b, docs_b = _build(tmp_path / "b", seed="4242", workers="2")
    assert len(summaries_a) == len(ARTICLES)
    assert sorted(summaries_a) == sorted(summaries_b)
    assert [name for name in summaries_a if summaries_a[name] != summaries_b[name]] == []
    assert sorted(docs_a) == sorted(docs_b)
    assert [name for name in docs_a if docs_a[name] != docs_b[name]] == []
    assert not any(str(tmp_path).encode() in data for data in [*summaries_a.values(), *docs_a.values()])
