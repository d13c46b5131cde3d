"""Parallel analysis: the output is the same for any number of workers and on a Dask cluster."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.analyse import (
    AnalyseReport,
    InProcessRunner,
    ProcessPoolRunner,
    analyse_articles,
    chunked,
    make_runner,
)
from generator.analyse.base import _REGISTRY, AnalyserUnavailable, BackendInfo
from generator.config import SiteConfig, load_config
from generator.ingest import ingest_folder
from generator.pipeline import Execution, Folders, RunReport, run_extract, run_render
from generator.records import AnalysedDoc, Article
from tests.builders import make_project
from tests.test_incremental import CORPUS

# Enough articles that two workers each get several chunks: the corpus again under other ids,
# each copy with one more sentence (identical texts would be reported as duplicates).
MORE = {"en": "The meeting lasted {n} hours.", "ru": "Встреча продолжалась {n} часа.",
        "uk": "Зустріч тривала {n} години.", "ar": "واستمر الاجتماع {n} ساعات."}
FILES = {**CORPUS, **{
    path.replace("seeds/", f"seeds/copy{n}-"): textwrap.dedent(text) + MORE[path[6:8]].format(n=n + 1) + "\n"
    for n in (1, 2) for path, text in CORPUS.items()}}


def outputs(root: Path, name: str, execution: Execution) -> tuple[dict[str, bytes], dict[str, bytes], RunReport]:
    """Summaries and pages written into their own folders, without the cache."""
    config = load_config(root)
    folders = Folders(seeds=root / "seeds", summaries=root / f"summaries-{name}", docs=root / f"docs-{name}",
                      site=root / f"site-{name}")
    summaries, articles, report = run_extract(config, folders, "offline", use_cache=False, execution=execution)
    run_render(config, folders, summaries, articles, report)
    yaml = {p.name: p.read_bytes() for p in folders.summaries.glob("*.yml")}
    pages = {p.relative_to(folders.docs).as_posix(): p.read_bytes() for p in folders.docs.rglob("*") if p.is_file()}
    assert len(yaml) == len(FILES) and not report.problems
    return yaml, pages, report


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("parallel"), FILES)


@pytest.fixture(scope="module")
def one_worker(project: Path) -> tuple[dict[str, bytes], dict[str, bytes], RunReport]:
    return outputs(project, "w1", Execution(workers=1))


def test_two_workers_write_byte_identical_summaries_and_pages(project: Path, one_worker) -> None:
    yaml1, pages1, report1 = one_worker
    yaml2, pages2, report2 = outputs(project, "w2", Execution(workers=2))
    assert report1.workers == 1 and report2.workers == 2  # the pool really ran
    assert yaml1 == yaml2
    assert pages1 == pages2
    assert report1.analysed and report2.analysed
    assert report1.analysed.analysed == report2.analysed.analysed  # input order, whatever finished first
    assert report2.busy["analyse"] > 0 and report2.busy["extract"] > 0


def test_analyse_articles_in_input_order_for_any_worker_count(project: Path) -> None:
    config = load_config(project)
    articles = list(ingest_folder(project / "seeds", root=project).articles)
    docs1, report1 = analyse_articles(articles, config, "offline", use_cache=False, workers=1)
    docs3, report3 = analyse_articles(articles, config, "offline", use_cache=False, workers=3)
    assert [d.article.id for d in docs1] == [a.id for a in articles]
    assert docs1 == docs3
    assert report1.analysed == report3.analysed == [a.id for a in articles]


def test_chunks_cover_the_input_in_order() -> None:
    items = list(range(103))
    for workers in (1, 2, 7):
        chunks = chunked(items, workers)
        assert [x for chunk in chunks for x in chunk] == items
        assert max(len(c) for c in chunks) <= 16
    assert chunked([], 2) == []


def test_runners() -> None:
    assert isinstance(make_runner(1), InProcessRunner)
    assert isinstance(make_runner(2), ProcessPoolRunner) and make_runner(2).workers == 2
    with pytest.raises(ValueError, match="executor"):
        make_runner(2, "spark")
    with pytest.raises(ValueError, match="workers"):
        make_runner(0)
    # Results come back in input order even when later chunks finish first.
    assert list(ProcessPoolRunner(2).map(_slow_first, 10, [[3], [0], [2], [1]])) == [[30], [0], [20], [10]]


def _slow_first(factor: int, chunk: list[int]) -> list[int]:
    import time

    time.sleep(0.05 * chunk[0])
    return [factor * x for x in chunk]


class _EnglishOnly:
    """A backend that can serve English only, for the error path (its analysis is empty)."""

    name = "english-only"
    version = "1"

    def __init__(self, config: SiteConfig) -> None:
        self.config = config

    def languages(self) -> frozenset[str]:
        return frozenset({"en"})

    def install_hint(self, lang: str) -> str:
        return f"No {lang} here."

    def analyse(self, article: Article, lang: str) -> AnalysedDoc:
        return AnalysedDoc(article=article, lang=lang, analyser=self.name, sentences=(), entities=())

    def analyse_batch(self, items: list[tuple[Article, str]]) -> list[AnalysedDoc]:
        return [self.analyse(article, lang) for article, lang in items]


def test_a_backend_error_in_a_worker_reaches_the_caller_as_itself(project: Path, monkeypatch) -> None:
    monkeypatch.setitem(_REGISTRY, "english-only", BackendInfo("english-only", _EnglishOnly, ("sentences",), "test"))
    config = load_config(project)
    articles = list(ingest_folder(project / "seeds", root=project).articles)
    with pytest.raises(AnalyserUnavailable) as caught:
        analyse_articles(articles, config, "english-only", use_cache=False, workers=2)
    assert caught.value.backend == "english-only" and caught.value.fix.startswith("No ")


# --------------------------------------------------------------------------------------------
# Dask: a local cluster of two worker processes, started here and closed at teardown
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_client() -> Iterator[object]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  memory_limit="2GiB", silence_logs=40) as cluster, \
            distributed.Client(cluster, timeout="60s") as client:
        client.wait_for_workers(2, timeout=120)
        yield client


def test_dask_executor_equals_local(project: Path, one_worker, dask_client) -> None:
    yaml1, pages1, _ = one_worker
    yaml_dask, pages_dask, report = outputs(project, "dask", Execution(executor="dask", scheduler=dask_client,
                                                                       timeout=300))
    assert report.workers == 2
    assert yaml_dask == yaml1
    assert pages_dask == pages1


def test_dask_executor_by_address_and_cache(project: Path, one_worker, dask_client, tmp_path: Path) -> None:
    """By scheduler address, as `--executor dask --scheduler ADDRESS` does, with the cache on."""
    root = make_project(tmp_path, {path: textwrap.dedent(text) for path, text in list(CORPUS.items())[:4]})
    config = load_config(root)
    folders = Folders.from_config(config)
    address = dask_client.scheduler.address  # type: ignore[attr-defined]
    execution = Execution(executor="dask", scheduler=address, timeout=300)
    _, _, report = run_extract(config, folders, "offline", execution=execution)
    assert isinstance(report.analysed, AnalyseReport) and len(report.analysed.analysed) == 4
    _, _, report = run_extract(config, folders, "offline", execution=execution)
    assert report.analysed and report.analysed.analysed == [] and report.extracted == []
    yaml1 = one_worker[0]
    for path in folders.summaries.glob("*.yml"):
        assert path.read_bytes() == yaml1[path.name]
