"""What is current: committed summaries by their provenance, and the private caches behind them."""

import shutil
from pathlib import Path

import pytest

import generator.store as store_module
from generator.config import load_config
from generator.files import read_pickle
from generator.ingest import ingest_folder
from generator.pipeline import Folders, run_extract
from generator.store import Cache, ReadStore, SummaryStore, file_hash, provenance
from generator.summarise import read_summaries
from tests.builders import SAMPLE_ARTICLES, make_project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("store"), SAMPLE_ARTICLES, templates=False)
    config = load_config(root)
    run_extract(config, Folders.from_config(config), "offline")
    return root


def _wanted(root: Path) -> dict:
    summaries, _ = read_summaries(root / "summaries")
    return {s.article.id: s.provenance for s in summaries}


@pytest.mark.parametrize("workers", [1, 2])
def test_committed_summaries_are_current_without_any_cache(project: Path, tmp_path: Path, workers: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "PARALLEL_PARSE", 1)  # parse in worker processes even for two files
    clone = tmp_path / "clone"
    shutil.copytree(project, clone, ignore=shutil.ignore_patterns(".briefing-cache"))
    store = SummaryStore(load_config(clone), clone / "summaries")
    wanted = _wanted(clone)
    assert set(store.committed(wanted, workers)) == set(wanted)
    other = {article_id: made.model_copy(update={"extractor": "0.0.0+other"}) for article_id, made in wanted.items()}
    assert store.committed(other, workers) == {}  # made by other code: not current


def test_the_provenance_is_what_the_summary_was_made_from(project: Path) -> None:
    config = load_config(project)
    summaries, _ = read_summaries(project / "summaries")
    committed = next(s.provenance for s in summaries if s.article.id == "uk-talks")
    assert committed is not None and committed.corrections is None
    assert file_hash(config.path("corrections") / "uk-talks.yml") is None
    article = next(a for a in ingest_folder(project / "seeds", root=project).articles if a.id == "uk-talks")
    now = provenance(article, "any analyser", config, None)
    assert (now.article, now.configuration, now.extractor) == (
        committed.article, committed.configuration, committed.extractor)
    assert provenance(article, "any analyser", config, "c0ffee").corrections == "c0ffee"


def test_a_cache_entry_of_another_kind_or_a_disabled_cache_gives_nothing(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    cache.put("ab12", "text")
    assert cache.get("ab12", str) == "text" and cache.get("ab12", dict) is None
    assert Cache(tmp_path / "c", enabled=False).get("ab12", str) is None


def test_read_store_gives_what_reading_the_files_gives(tmp_path: Path) -> None:
    root = make_project(tmp_path / "desk", {**SAMPLE_ARTICLES, "seeds/empty.md": ""}, templates=False)
    config = load_config(root)
    fresh = ingest_folder(root / "seeds", root=root)
    first = ReadStore(config)
    assert ingest_folder(root / "seeds", root=root, memo=first) == fresh
    first.save()

    asked: list[bool] = []

    class Spy(ReadStore):
        def get(self, key: str):  # type: ignore[no-untyped-def]
            found = super().get(key)
            asked.append(found is not None)
            return found

    again = ingest_folder(root / "seeds", root=root, memo=Spy(config))
    assert again == fresh and asked and all(asked)  # every file from the memo, problems too
    assert any("empty" in str(problem.path) for problem in again.problems)

    edited = root / "seeds" / sorted(p.name for p in (root / "seeds").iterdir() if p.suffix == ".md")[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA sentence added later.\n", encoding="utf-8")
    asked.clear()
    after = ingest_folder(root / "seeds", root=root, memo=Spy(config))
    assert after == ingest_folder(root / "seeds", root=root)  # the edit is read, not the memo's text
    assert asked.count(False) == 1


def test_read_store_keeps_only_the_files_of_the_last_build(tmp_path: Path) -> None:
    root = make_project(tmp_path / "desk", SAMPLE_ARTICLES, templates=False)
    config = load_config(root)
    store = ReadStore(config)
    ingest_folder(root / "seeds", root=root, memo=store)
    store.save()
    removed = sorted((root / "seeds").iterdir())[0]
    removed.unlink()
    store = ReadStore(config)
    ingest_folder(root / "seeds", root=root, memo=store)
    store.save()
    assert store.path is not None
    kept = read_pickle(store.path)
    assert isinstance(kept, dict) and len(kept) == len(list((root / "seeds").iterdir()))
    assert ReadStore(config).get(next(iter(kept))) is not None
    assert ReadStore(config, use_cache=False).get(next(iter(kept))) is None
