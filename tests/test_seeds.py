"""The five committed seed articles through the real configuration, as the desk runs them."""

import shutil

import pytest

from generator.config import load_config
from generator.pipeline import Folders, run_extract, summarise_folder
from tests.builders import REPO


@pytest.fixture(scope="module")
def summaries():
    config = load_config(REPO)
    return summarise_folder(config, REPO / "seeds", "offline", use_cache=False)


def speakers(summary):
    return {q.speaker for q in summary.quotes if q.speaker}


def test_arabic_seed_names_ryabkov_and_nuland_with_their_quotes(summaries):
    summary = summaries["000_acba2b3b37321539"]
    assert {"sergey-ryabkov", "victoria-nuland"} <= {a.id for a in summary.actors}
    assert {"sergey-ryabkov", "victoria-nuland"} <= speakers(summary)


def test_lower_case_putin_is_vladimir_putin(summaries):
    summary = summaries["004_422c6d6a13e598e4"]
    putin = next(a for a in summary.actors if a.id == "vladimir-putin")
    assert any(m.text[0].islower() for m in putin.mentions)


def test_both_spellings_of_dmitriev_are_one_actor(summaries):
    forms = set()
    for article_id in ("002_32eafc6cd7990a62", "004_422c6d6a13e598e4"):
        actor = next(a for a in summaries[article_id].actors if a.id == "kirill-dmitriev")
        forms |= {m.text for m in actor.mentions}
    assert any("Дмітрієв" in f for f in forms) and any("Дмитрієв" in f for f in forms)


def test_committed_summaries_are_what_the_tool_writes(tmp_path):
    """summaries/ is reviewed by the editor: it must be the current, deterministic output."""
    shutil.copytree(REPO / "summaries", tmp_path / "summaries")
    folders = Folders(seeds=REPO / "seeds", summaries=tmp_path / "summaries", docs=tmp_path / "docs",
                      site=tmp_path / "site")
    _, _, report = run_extract(load_config(REPO), folders, "offline", use_cache=False)  # made again, from nothing
    assert report.stale_summaries == [], "run `briefing extract` and commit summaries/"
