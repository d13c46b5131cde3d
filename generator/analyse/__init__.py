"""The analyse stage: Article -> AnalysedDoc, with the backend chosen by configuration.

Results are cached by content hash, backend name and version, the analysis code and the part of
the configuration analysis depends on (the actor registry and the languages; not the tracks).
Work is spread over processes (`workers`) or a Dask cluster (`executor="dask"`) in chunks; the
results come back in input order, so the output is the same for any number of workers.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

from generator.analyse.base import Analyser, AnalyserUnavailable, backends, create_backend
from generator.analyse.langid import identify
from generator.config import SiteConfig
from generator.fingerprints import analysis_code_fingerprint
from generator.records import AnalysedDoc, Article
from generator.store import Cache

__all__ = [
    "AnalyseReport",
    "ChunkRunner",
    "analyse_articles",
    "analyse_chunk",
    "analysis_config_fingerprint",
    "choose_language",
    "default_workers",
    "effective_analyser",
    "make_runner",
    "select_backend",
    "selection_fingerprint",
]

EXECUTORS = ("local", "dask")
T = TypeVar("T")
R = TypeVar("R")


@dataclass
class AnalyseReport:
    """What the analyse stage did, for the CLI and the benchmarks."""

    analysed: list[str] = field(default_factory=list)  # article ids analysed now
    cached: list[str] = field(default_factory=list)  # article ids taken from the cache
    notes: list[str] = field(default_factory=list)  # one line per language/backend decision
    seconds: float = 0.0  # time spent analysing, summed over the workers (busy time, not wall time)
    cpu_seconds: float = 0.0  # CPU time of that work, summed over the workers


def choose_language(article: Article) -> tuple[str, float]:
    """Front matter wins; otherwise identify the language from the text."""
    if article.lang:
        return article.lang, 1.0
    return identify(article.text)


def default_workers() -> int:
    """The machine's cores (the ones this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def analysis_config_fingerprint(config: SiteConfig) -> str:
    """The part of the configuration analysis depends on (registry, languages), not tracks."""
    return config.analysis_fingerprint or config.fingerprint


def analysis_key(article: Article, backend: Analyser, config: SiteConfig, lang: str) -> str:
    """The cache key of one article's analysis."""
    key = (f"{article.content_hash}:{backend.name}:{backend.version}:{analysis_code_fingerprint()}:"
           f"{analysis_config_fingerprint(config)}:{lang}:{_model_fingerprint(backend, lang)}")
    return hashlib.sha256(key.encode()).hexdigest()[:32]


_MODEL_FINGERPRINTS: dict[tuple[str, str], str] = {}


def _model_fingerprint(backend: Analyser, lang: str) -> str:
    """Sizes and times of a model backend's files for a language ('' for rule-based backends)."""
    directory = getattr(backend, "directory", None)
    if not isinstance(directory, Path):
        return ""
    key = (str(directory), lang)
    if key not in _MODEL_FINGERPRINTS:
        digest = hashlib.sha256()
        for path in sorted((directory / lang).rglob("*")) if (directory / lang).is_dir() else []:
            if path.is_file():
                # Names and sizes, no times: summaries made with the same models are current anywhere.
                digest.update(f"{path.relative_to(directory).as_posix()}:{path.stat().st_size};".encode())
        _MODEL_FINGERPRINTS[key] = digest.hexdigest()[:16]
    return _MODEL_FINGERPRINTS[key]


# --------------------------------------------------------------------------------------------
# Backends: created once per process (and configuration), in the parent and in every worker
# --------------------------------------------------------------------------------------------

_BACKENDS: dict[tuple[Any, ...], Analyser] = {}
_BACKENDS_LOCK = threading.Lock()
_BACKENDS_KEPT = 8  # a long-lived process (tests, a Dask worker) meets several configurations


def _backend(name: str, config: SiteConfig) -> Analyser:
    """One backend object per process, configuration and name (the offline name index is built once)."""
    key = (name, config.fingerprint, config.analysis_fingerprint, config.site, str(config.root))
    with _BACKENDS_LOCK:
        if key not in _BACKENDS:
            while len(_BACKENDS) >= _BACKENDS_KEPT:
                del _BACKENDS[next(iter(_BACKENDS))]
            if name == "offline":
                # Directly, not through the registry: listing every backend imports Stanza and torch
                # (seconds, hundreds of MB) in every worker even when only the offline one is used.
                from generator.analyse.offline import create_offline

                _BACKENDS[key] = create_offline(config)
            else:
                _BACKENDS[key] = create_backend(name, config)
        return _BACKENDS[key]


def _candidates(name: str) -> list[str]:
    if name != "auto":
        return [name]
    from importlib.util import find_spec

    # `auto` needs the Stanza backend only where the stanza package is installed at all.
    if find_spec("stanza") is None:
        return ["offline"]
    return [n for n in ("stanza", "offline") if n in backends()]


def select_backend(name: str, config: SiteConfig, lang: str, notes: list[str]) -> Analyser:
    """The backend for one language: the named one, or for `auto` the best available."""
    order = _candidates(name)
    for candidate in order:
        backend = _backend(candidate, config)
        langs = backend.languages()
        if langs is None or lang in langs:
            return backend
        if name != "auto":
            fix = getattr(backend, "install_hint", lambda code: "")(lang)
            raise AnalyserUnavailable(candidate, lang, "no model installed for this language", fix)
        note = f"{lang}: {candidate} models not installed; used the offline analyser."
        hint = getattr(backend, "install_hint", lambda code: "")(lang)
        note = f"{note} {hint}".strip()
        if note not in notes:
            notes.append(note)
    return _backend("offline", config)


def _serving(name: str, config: SiteConfig) -> list[tuple[str, Analyser, frozenset[str] | None]]:
    """The candidate backends of a name that can serve at least one language here."""
    found = []
    for candidate in _candidates(name):
        backend = _backend(candidate, config)
        langs = backend.languages()
        if langs is None or langs or name != "auto":
            found.append((candidate, backend, langs))
    return found


def effective_analyser(name: str, config: SiteConfig) -> str:
    """`auto` is `offline` where no other backend has a model for any language: the workers then
    never load the other backends (Stanza would import torch in every worker process)."""
    if name == "auto" and [candidate for candidate, _, _ in _serving(name, config)] == ["offline"]:
        return "offline"
    return name


def selection_fingerprint(name: str, config: SiteConfig) -> str:
    """What decides which backend serves which language, without knowing the language.

    For `auto` that is the set of languages each candidate backend has models for (and the
    models' files), so installing a Stanza model invalidates results the offline analyser made;
    `auto` with no models installed is the same as `offline`.
    """
    parts = []
    for candidate, backend, langs in _serving(name, config):
        models = "*" if langs is None else ",".join(f"{lang}={_model_fingerprint(backend, lang)}"
                                                    for lang in sorted(langs))
        parts.append(f"{candidate}:{backend.version}:{models}")
    return "|".join(parts)


# --------------------------------------------------------------------------------------------
# The work of one chunk (runs in a worker process, or in this one)
# --------------------------------------------------------------------------------------------


@dataclass
class ChunkAnalysis:
    """Analysed documents of one chunk, in input order, and what it took."""

    docs: list[AnalysedDoc]
    analysed: list[bool]  # per document: analysed now (True) or taken from the cache
    notes: list[str]
    seconds: float  # busy time of the analysis, cache reads included
    cpu_seconds: float = 0.0  # CPU time of the same


def analyse_chunk(articles: Sequence[Article], config: SiteConfig, name: str, use_cache: bool) -> ChunkAnalysis:
    """Analyse a chunk of articles: cache first, then each backend's batch for the rest."""
    started, cpu_started = time.perf_counter(), time.process_time()
    notes: list[str] = []
    cache = Cache(config.path("cache") / "analysis", use_cache)
    docs: list[AnalysedDoc | None] = [None] * len(articles)
    analysed = [False] * len(articles)
    todo: dict[str, list[tuple[int, Article, str, float, str]]] = {}
    backends_used: dict[str, Analyser] = {}
    for position, article in enumerate(articles):
        lang, confidence = choose_language(article)
        backend = select_backend(name, config, lang, notes)
        key = analysis_key(article, backend, config, lang)
        doc = cache.get(key, AnalysedDoc)
        if doc is not None and doc.article == article:
            docs[position] = doc
            continue
        backends_used[backend.name] = backend
        todo.setdefault(backend.name, []).append((position, article, lang, confidence, key))
    for backend_name, items in todo.items():
        results = backends_used[backend_name].analyse_batch([(article, lang) for _, article, lang, _, _ in items])
        for (position, _, _, confidence, key), result in zip(items, results, strict=True):
            doc = replace(result, lang_confidence=confidence)
            cache.put(key, doc)
            docs[position] = doc
            analysed[position] = True
    return ChunkAnalysis([d for d in docs if d is not None], analysed, notes, time.perf_counter() - started,
                         time.process_time() - cpu_started)


# --------------------------------------------------------------------------------------------
# Executors: run a function over chunks, here, in a process pool, or on a Dask cluster
# --------------------------------------------------------------------------------------------


class ChunkRunner(Protocol):
    """Runs `func(shared, chunk)` for every chunk and yields the results in input order."""

    workers: int

    def map(self, func: Callable[[Any, Any], R], shared: Any, chunks: Iterable[Any]) -> Iterator[R]:
        """Results in the order of `chunks`; `shared` reaches each worker once."""


class InProcessRunner:
    """No parallelism: the chunks run here, one after another."""

    workers = 1

    def map(self, func: Callable[[Any, Any], R], shared: Any, chunks: Iterable[Any]) -> Iterator[R]:
        for chunk in chunks:
            yield func(shared, chunk)


_SHARED: dict[str, Any] = {}


def _install_shared(token: str, shared: Any) -> None:
    _SHARED.clear()
    _SHARED[token] = shared


@dataclass
class _Unavailable:
    """An AnalyserUnavailable raised in a worker, carried back as data (its constructor takes four
    arguments, so the exception itself does not survive pickling)."""

    backend: str
    lang: str
    reason: str
    fix: str


def _guarded(func: Callable[[Any, Any], R], shared: Any, chunk: Any) -> R | _Unavailable:
    try:
        return func(shared, chunk)
    except AnalyserUnavailable as exc:
        return _Unavailable(exc.backend, exc.lang, exc.reason, exc.fix)


def _unwrap(result: Any) -> Any:
    if isinstance(result, _Unavailable):
        raise AnalyserUnavailable(result.backend, result.lang, result.reason, result.fix)
    return result


def _call_with_shared(func: Callable[[Any, Any], R], token: str, chunk: Any) -> R | _Unavailable:
    return _guarded(func, _SHARED[token], chunk)


def _ordered(submit: Callable[[Any], Any], result: Callable[[Any], R], chunks: Iterable[Any],
             window: int) -> Iterator[R]:
    """Submit chunks with at most `window` in flight; yield their results in submission order."""
    pending: deque[Any] = deque()
    iterator = iter(chunks)
    for chunk in iterator:
        pending.append(submit(chunk))
        if len(pending) >= window:
            break
    while pending:
        done = result(pending.popleft())
        for chunk in iterator:
            pending.append(submit(chunk))
            break
        yield done


class ProcessPoolRunner:
    """A local process pool; `shared` (the configuration) is sent once per worker process."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map(self, func: Callable[[Any, Any], R], shared: Any, chunks: Iterable[Any]) -> Iterator[R]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        token = hashlib.sha256(pickle.dumps(shared)).hexdigest()[:16]
        # fork where there is one: the workers start in milliseconds and share the parent's
        # imported modules; elsewhere the platform's default (spawn) gives the same results.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_install_shared,
                                 initargs=(token, shared)) as pool:
            yield from _ordered(lambda chunk: pool.submit(_call_with_shared, func, token, chunk),
                                lambda future: _unwrap(future.result()), chunks, 2 * self.workers)


class DaskRunner:
    """A Dask cluster (`distributed`): the configuration is scattered once, chunks are tasks.

    `scheduler` is an address (tcp://host:8786), a `distributed.Client` or cluster object, or
    None for a local cluster of processes. Workers must have this package installed; the
    analysis cache is read and written at the same path on every worker (a shared folder), and
    skipped where a worker cannot write it. `timeout` bounds the wait for each chunk.
    """

    def __init__(self, scheduler: str | Any | None = None, timeout: float | None = None) -> None:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError("the dask executor needs dask.distributed: "
                               "pip install 'briefing-digest[dask]'") from exc
        self.timeout = timeout
        self._own = True
        if scheduler is None:
            # A local cluster of processes, one thread each (the analysers hold the GIL).
            self.client = Client(n_workers=default_workers(), threads_per_worker=1, processes=True,
                                 dashboard_address=None)
        elif isinstance(scheduler, str):
            self.client = Client(scheduler, timeout=timeout or "30s")
        elif hasattr(scheduler, "submit"):
            self.client, self._own = scheduler, False  # the caller's client: theirs to close
        else:
            self.client = Client(scheduler, timeout=timeout or "30s")  # a cluster object
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, func: Callable[[Any, Any], R], shared: Any, chunks: Iterable[Any]) -> Iterator[R]:
        shared_future = self.client.scatter(shared, broadcast=True, hash=False)
        try:
            yield from _ordered(
                lambda chunk: self.client.submit(_guarded, func, shared_future, chunk, pure=False),
                lambda future: _unwrap(future.result(timeout=self.timeout)), chunks, 2 * self.workers)
        finally:
            self.client.cancel([shared_future])

    def close(self) -> None:
        if self._own:
            self.client.close()


def make_runner(workers: int | None = None, executor: str = "local", scheduler: Any = None,
                timeout: float | None = None) -> ChunkRunner:
    """The runner for `--workers N` (default: the cores) and `--executor local|dask --scheduler ADDRESS`."""
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; known: {', '.join(EXECUTORS)}")
    if executor == "dask":
        return DaskRunner(scheduler, timeout)
    count = default_workers() if workers is None else workers
    if count < 1:
        raise ValueError("workers must be at least 1")
    return InProcessRunner() if count == 1 else ProcessPoolRunner(count)


def close_runner(runner: ChunkRunner) -> None:
    """Release what a runner holds (a Dask client it opened)."""
    close = getattr(runner, "close", None)
    if close is not None:
        close()


def chunked(items: Sequence[T], workers: int, largest: int = 16) -> list[list[T]]:
    """Chunks small enough to keep every worker busy to the end, large enough to pay the trip."""
    if not items:
        return []
    size = max(1, min(largest, math.ceil(len(items) / (4 * workers))))
    return [list(items[start:start + size]) for start in range(0, len(items), size)]


def _analyse_task(shared: tuple[SiteConfig, str, bool], chunk: list[Article]) -> ChunkAnalysis:
    config, name, use_cache = shared
    return analyse_chunk(chunk, config, name, use_cache)


def analyse_articles(
    articles: Sequence[Article],
    config: SiteConfig,
    analyser: str | None = None,
    use_cache: bool = True,
    progress: Callable[[int], None] | None = None,
    workers: int | None = 1,
    executor: str = "local",
    scheduler: Any = None,
    runner: ChunkRunner | None = None,
) -> tuple[list[AnalysedDoc], AnalyseReport]:
    """Analyse every article (cached by content hash, analyser version and configuration).

    `workers` processes (None: the machine's cores) or a Dask cluster share the work; the
    documents come back in input order and are the same for any number of workers.
    """
    name = analyser or config.site.analyser
    report = AnalyseReport()
    own = runner is None
    runner = runner or make_runner(workers, executor, scheduler)
    docs: list[AnalysedDoc] = []
    try:
        runner_used = runner if runner.workers > 1 and len(articles) > 1 else InProcessRunner()
        # Workers load only the backends they can need; the notes are the parent's decisions.
        shared = (config, effective_analyser(name, config) if runner_used.workers > 1 else name, use_cache)
        chunks = chunked(articles, runner_used.workers)
        for result in runner_used.map(_analyse_task, shared, chunks):
            for doc, fresh in zip(result.docs, result.analysed, strict=True):
                (report.analysed if fresh else report.cached).append(doc.article.id)
                docs.append(doc)
            report.notes += [note for note in result.notes if note not in report.notes]
            report.seconds += result.seconds
            report.cpu_seconds += result.cpu_seconds
            if progress:
                progress(len(result.docs))
    finally:
        if own:
            close_runner(runner)
    if shared[1] != name:  # the notes an `auto` run would have made, in the order of first use
        notes: list[str] = []
        for lang in dict.fromkeys(doc.lang for doc in docs):
            select_backend(name, config, lang, notes)
        report.notes = notes
    return docs, report
