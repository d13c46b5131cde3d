"""The wiring of the stages: ingest -> analyse -> extract -> summarise -> render -> build.

Each function here is what one CLI command runs. Stages collect everything first, then write.

Incremental work: `generator.store` says which summaries are current (the committed file's
provenance is this run's), which machine summaries the private cache holds, and what must be
analysed and extracted. `run_build` also skips the render stage when none of its inputs changed
since the last render (summaries, articles, configuration, templates, assets, code), and MkDocs
when no page changed since its last build (builds stay clean: never `--dirty`).

Parallel work: the articles that need work go in chunks to a `ChunkRunner` (a local process pool
or a Dask cluster); each chunk is analysed, extracted and serialised in the worker, only the
summaries and their text travel back, and they are reassembled in input order, so the output
does not depend on the number of workers.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.analyse import (
    AnalyseReport,
    ChunkRunner,
    InProcessRunner,
    analyse_articles,
    analyse_chunk,
    chunked,
    close_runner,
    default_workers,
    effective_analyser,
    make_runner,
    select_backend,
    selection_fingerprint,
)
from generator.config import SiteConfig, dump_yaml
from generator.desk import asset_dirs, builtin_dir, mkdocs_file, template_dirs
from generator.extract import extract
from generator.extract.actors import merge_discovered
from generator.files import collector_paused, heap_frozen, write_atomic
from generator.fingerprints import package_version
from generator.ingest import IngestProblem, ingest_folder
from generator.mkdocs_plugin import GENERATION_ENV, MEMO_ENV, PREVIOUS_SITE_ENV
from generator.records import Article
from generator.render import RenderResult, render_site
from generator.schema import Provenance, Summary
from generator.store import ReadStore, SummaryStore, WriteReport, file_hash, provenance, summary_file_digest
from generator.summarise import (
    Corrections,
    SummaryError,
    apply_corrections,
    language_problem,
    load_corrections,
    read_summaries,
    summary_yaml,
)

Progress = Callable[[str, int], Callable[[int], None]]  # (label, total) -> advance(n)
STAGES = ("ingest", "analyse", "extract", "summarise", "render", "mkdocs")
SUMMARY_CACHE = "summaries"
SITE_STAMP = "site.stamp"
RENDER_STAMP = "render.stamp"
RENDER_MEMO = "render-memo.pickle"
SITE_MEMO = "site-memo.pickle"
TRASH = "trash"  # in the cache folder: old sites being deleted in the background


def _no_progress(label: str, total: int) -> Callable[[int], None]:
    return lambda n: None


@dataclass
class Folders:
    """Input and output folders, from the command line or `site_config/site.yml`."""

    seeds: Path
    summaries: Path
    docs: Path
    site: Path

    @classmethod
    def from_config(cls, config: SiteConfig, **overrides: Path | None) -> Folders:
        values = {key: overrides.get(key) or config.path(key) for key in ("seeds", "summaries", "docs", "site")}
        return cls(**{key: Path(value).resolve() for key, value in values.items()})


@dataclass
class Execution:
    """How the analyse and extract stages run: `--workers`, `--executor`, `--scheduler`."""

    workers: int | None = None  # local processes; None: the machine's cores
    executor: str = "local"  # local | dask
    scheduler: Any = None  # Dask scheduler address (or a Client); None with dask: a local cluster
    timeout: float | None = None  # seconds to wait for one chunk on Dask (None: no limit)

    def runner(self) -> ChunkRunner:
        return make_runner(self.workers, self.executor, self.scheduler, self.timeout)


@dataclass
class RunReport:
    """What a run did and what went wrong, for messages, exit codes and the benchmarks.

    `timings` holds the wall-clock seconds of each stage that ran (ingest, analyse, extract,
    summarise, render, mkdocs). Analysis, extraction and the YAML serialisation run together,
    chunk by chunk, in the workers: their shared wall time is split between the three in
    proportion to the CPU time the workers spent in each (`cpu`, summed over the workers; `busy`
    is the same in wall-clock seconds, which on a loaded machine also counts waits for a core).
    """

    problems: list[str] = field(default_factory=list)  # one message per bad input, naming the file
    notes: list[str] = field(default_factory=list)  # information (analyser fallbacks, counts)
    analysed: AnalyseReport | None = None
    extracted: list[str] = field(default_factory=list)  # article ids extracted now (others from the cache)
    summaries: WriteReport | None = None
    pages: RenderResult | None = None
    articles: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    busy: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    workers: int = 1  # worker processes (or Dask threads) the analysis ran on; 1 = this process
    site_built: bool | None = None  # whether MkDocs ran (False: skipped, nothing changed)
    summary_digest: str | None = None  # digest of every summary's YAML, in article order (set by run_extract)
    summary_digests: dict[str, str] = field(default_factory=dict)  # each summary's, by article id (run_extract)

    @property
    def stale_summaries(self) -> list[str]:
        """Summary files this run had to write or remove: the committed ones were not current."""
        if self.summaries is None:
            return []
        return sorted(self.summaries.written + self.summaries.removed)


def _problem_text(problem: IngestProblem) -> str:
    return problem.message()


def summarise_folder(config: SiteConfig, seeds: Path, analyser: str | None = None,
                     use_cache: bool = True) -> dict[str, Summary]:
    """Machine summaries of a folder's articles, in memory (no corrections, nothing written)."""
    ingested = ingest_folder(seeds, max_chars=config.site.max_article_chars, root=config.root)
    docs, _ = analyse_articles(list(ingested.articles), config, analyser, use_cache=use_cache)
    return {doc.article.id: extract(doc, config) for doc in docs}


# --------------------------------------------------------------------------------------------
# The work of one chunk: analyse and extract (in a worker process, on a Dask worker, or here)
# --------------------------------------------------------------------------------------------


@dataclass
class _ChunkResult:
    """A chunk's machine summaries as JSON (for the cache) and as the YAML file they make when no
    correction or merge changes them; the objects themselves only when the chunk ran in this
    process (from a worker, the JSON is lighter to hold until the workers are done)."""

    summaries: list[Summary] | None
    json: list[str]
    yaml: list[str]
    analysed: list[bool]
    busy: dict[str, float]  # seconds spent per stage: analyse, extract, summarise
    cpu: dict[str, float]  # CPU seconds of the same


def _summarise_task(shared: tuple[SiteConfig, str, bool, bool], chunk: list[tuple[Article, Provenance]],
                    ) -> _ChunkResult:
    """Analyse (or take from the analysis cache), extract and serialise a chunk of articles."""
    with collector_paused():  # a chunk's documents and summaries are all kept till it returns
        return _summarise_chunk(shared, chunk)


def _summarise_chunk(shared: tuple[SiteConfig, str, bool, bool], chunk: list[tuple[Article, Provenance]],
                     ) -> _ChunkResult:
    config, name, use_cache, objects = shared
    analysis = analyse_chunk([article for article, _ in chunk], config, name, use_cache)
    wall = {"extract": 0.0, "summarise": 0.0}
    cpu = {"extract": 0.0, "summarise": 0.0}
    result = _ChunkResult([] if objects else None, [], [], analysis.analysed, {}, {})
    for doc, (_, made_from) in zip(analysis.docs, chunk, strict=True):
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = extract(doc, config)
        middle, cpu_middle = time.perf_counter(), time.process_time()
        Summary.model_validate(summary.model_dump())  # validated once, as it is written
        summary.provenance = made_from
        result.json.append(summary.model_dump_json())
        if result.summaries is not None:
            result.summaries.append(summary)
        result.yaml.append(summary_yaml(summary))
        wall["extract"] += middle - started
        wall["summarise"] += time.perf_counter() - middle
        cpu["extract"] += cpu_middle - cpu_started
        cpu["summarise"] += time.process_time() - cpu_middle
    result.busy = {"analyse": analysis.seconds, **wall}
    result.cpu = {"analyse": analysis.cpu_seconds, **cpu}
    return result


@dataclass
class _Work:
    """What the workers made, by position in the article list."""

    yaml: dict[int, str] = field(default_factory=dict)
    json: dict[int, str] = field(default_factory=dict)
    summaries: dict[int, Summary] = field(default_factory=dict)
    analysed: dict[int, bool] = field(default_factory=dict)
    busy: dict[str, float] = field(default_factory=lambda: dict.fromkeys(("analyse", "extract", "summarise"), 0.0))
    cpu: dict[str, float] = field(default_factory=lambda: dict.fromkeys(("analyse", "extract", "summarise"), 0.0))
    workers: int = 1


def _dispatch(config: SiteConfig, name: str, store: SummaryStore, use_cache: bool,
              todo: list[tuple[int, Article, Provenance]], execution: Execution,
              advance: Callable[[int], None]) -> _Work:
    """Run the articles that need work on the configured executor; results by position.

    `todo` holds (position, article, provenance). Each machine summary goes into the store's
    cache as it arrives; the Summary objects are made from the JSON once the workers are gone,
    so the workers' memory and the summaries' do not add up.
    """
    work = _Work()
    if not todo:
        return work
    # A handful of articles is quicker here than in fresh workers, which each load the analyser;
    # an explicit Dask executor always gets the work (that is what it was asked for).
    workers = default_workers() if execution.workers is None else execution.workers
    if execution.executor == "local" and (workers == 1 or len(todo) < 2 * workers):
        runner: ChunkRunner = InProcessRunner()
    else:
        runner = execution.runner()
    try:
        work.workers = runner.workers
        pending = iter(todo)
        chunks = chunked([(article, made_from) for _, article, made_from in todo], runner.workers)
        # Workers load only the backends they can need (no Stanza where no model is installed).
        shared = (config, effective_analyser(name, config), use_cache, isinstance(runner, InProcessRunner))
        for result in runner.map(_summarise_task, shared, chunks):
            for n, (data, text, fresh) in enumerate(zip(result.json, result.yaml, result.analysed, strict=True)):
                position, _, made_from = next(pending)
                store.keep_machine(made_from, data)
                work.json[position], work.yaml[position] = data, text
                work.analysed[position] = fresh
                if result.summaries is not None:
                    work.summaries[position] = result.summaries[n]
            for stage in work.busy:
                work.busy[stage] += result.busy[stage]
                work.cpu[stage] += result.cpu[stage]
            advance(len(result.json))
    finally:
        close_runner(runner)
    for position, data in work.json.items():
        if position not in work.summaries:
            work.summaries[position] = Summary.model_validate_json(data)
    return work


def _language_notes(name: str, config: SiteConfig, summaries: list[Summary]) -> list[str]:
    """The backend decisions per language (made again here, so cached runs report them too)."""
    notes: list[str] = []
    if name != "auto":
        return notes
    for lang in dict.fromkeys(summary.article.lang for summary in summaries):
        select_backend(name, config, lang, notes)
    return notes


# --------------------------------------------------------------------------------------------
# Stages
# --------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """Per article, in input order: what its summary is made from, and where it comes from."""

    articles: list[Article]
    made_from: list[Provenance]
    current: list[Summary | None]  # the committed summary, when it is current
    machine: list[Summary | None]  # else the machine summary: from the cache, or made by this run
    todo: list[tuple[int, Article, Provenance]]  # (position, article, provenance) to analyse and extract

    def found(self) -> list[Summary]:
        """Every article's summary so far, current or machine-made (in input order)."""
        pairs = zip(self.current, self.machine, strict=True)
        return [summary for summary in (current or machine for current, machine in pairs) if summary is not None]


def _plan(store: SummaryStore, config: SiteConfig, articles: list[Article], selection: str, use_cache: bool,
          workers: int) -> _Plan:
    """What is current, what the cache has, and what must be made."""
    with collector_paused():  # a record per article, each kept: the collector would scan them again and again
        made_from = [provenance(article, selection, config, file_hash(store.corrections_path(article.id)))
                     for article in articles]
    wanted = {article.id: made for article, made in zip(articles, made_from, strict=True)}
    committed = store.committed(wanted, workers) if use_cache else {}
    plan = _Plan(articles, made_from, [committed.get(article.id) for article in articles], [None] * len(articles), [])
    for position, (article, made) in enumerate(zip(articles, made_from, strict=True)):
        if plan.current[position] is None:
            plan.machine[position] = store.machine(made)
            if plan.machine[position] is None:
                plan.todo.append((position, article, made))
    return plan


def _write_summaries(store: SummaryStore, config: SiteConfig, plan: _Plan, work: _Work,
                     report: RunReport) -> list[Summary]:
    """Merge discovered people across articles, apply the corrections, write what changed.

    One id for a discovered person named in several articles (and scripts) needs them all;
    current summaries are merged as they are, so an id once committed stays.
    """
    merged = merge_discovered(plan.found())
    summaries: list[Summary] = []
    for position, (article, summary) in enumerate(zip(plan.articles, merged, strict=True)):
        language = language_problem(summary, config.site.languages)
        if language:
            report.problems.append(language)
        if plan.current[position] is not None:
            _correction_problems(summary, store.corrections_path(article.id), report, check_file=True)
            if summary is not plan.current[position]:  # an id merged with a new article's
                store.write(summary)
            else:
                store.unchanged(article.id)
        else:
            made = summary is plan.machine[position] and position in work.yaml  # as the worker wrote it
            text, data = (work.yaml.pop(position), work.json.pop(position)) if made else (None, None)
            summary, corrected = _corrected(summary, store.corrections_path(article.id), config, report)
            summary.provenance = plan.made_from[position]
            store.write(summary, *((None, None) if corrected else (text, data)))
        summaries.append(summary)
        plan.current[position] = plan.machine[position] = None  # let them go one by one
    store.prune({article.id for article in plan.articles})
    return summaries


def run_extract(config: SiteConfig, folders: Folders, analyser: str | None = None,
                progress: Progress = _no_progress, use_cache: bool = True,
                execution: Execution | None = None,
                ) -> tuple[list[Summary], dict[str, Article], RunReport]:
    """Ingest every article; reuse each current summary; analyse and extract the rest; write them.

    A committed summary whose provenance is this run's is used as it is (`generator.store`);
    the rest come from the machine-summary cache or are analysed and extracted, in chunks on
    the configured executor (see `Execution`), reassembled in input order. Discovered people
    are then merged across articles, the corrections applied, and the files written.
    """
    execution = execution or Execution()
    report = RunReport()
    started = time.perf_counter()
    read_store = ReadStore(config, use_cache)
    ingested = ingest_folder(folders.seeds, max_chars=config.site.max_article_chars, root=config.root,
                             memo=read_store)
    read_store.save()
    report.problems += [_problem_text(p) for p in ingested.problems]
    articles = list(ingested.articles)
    report.articles = len(articles)
    report.timings["ingest"] = time.perf_counter() - started

    # Which backend serves which language (for `auto`: which models are installed).
    started = time.perf_counter()
    name = analyser or config.site.analyser
    selection = selection_fingerprint(name, config)
    select_seconds = time.perf_counter() - started

    started = time.perf_counter()
    store = SummaryStore(config, folders.summaries, use_cache)
    workers = default_workers() if execution.workers is None or execution.executor != "local" else execution.workers
    plan = _plan(store, config, articles, selection, use_cache, workers)
    lookup_seconds = time.perf_counter() - started

    # Analyse, extract and serialise the rest, in parallel.
    started = time.perf_counter()
    work = _dispatch(config, name, store, use_cache, plan.todo, execution, progress("analyse", len(plan.todo)))
    work_seconds = time.perf_counter() - started
    for position, summary in work.summaries.items():
        plan.machine[position] = summary
    work.summaries.clear()
    _report_work(report, work, plan, _language_notes(name, config, plan.found()))
    # The shared wall time goes to each stage in proportion to its CPU time (its wall time in the
    # workers would also count the waits for a core, which fall on whichever stage was running).
    total_cpu = sum(work.cpu.values())
    shares = {stage: (seconds / total_cpu if total_cpu else 0.0) for stage, seconds in work.cpu.items()}
    report.timings["analyse"] = select_seconds + work_seconds * shares["analyse"]
    report.timings["extract"] = lookup_seconds + work_seconds * shares["extract"]

    started = time.perf_counter()
    summaries = _write_summaries(store, config, plan, work, report)
    report.summaries = store.report
    report.summary_digest = store.digest([article.id for article in articles])
    report.summary_digests = store.digests([article.id for article in articles])
    report.timings["summarise"] = time.perf_counter() - started + work_seconds * shares["summarise"]
    return summaries, {a.id: a for a in articles}, report


def _report_work(report: RunReport, work: _Work, plan: _Plan, notes: list[str]) -> None:
    """What the analysis did, in the run's report."""
    report.workers = work.workers
    report.busy = dict(work.busy)
    report.cpu = dict(work.cpu)
    report.analysed = AnalyseReport(
        analysed=[article.id for position, article in enumerate(plan.articles) if work.analysed.get(position)],
        cached=[article.id for position, article in enumerate(plan.articles) if not work.analysed.get(position)],
        notes=notes, seconds=work.busy["analyse"],
    )
    report.notes += notes
    report.extracted = [article.id for _, article, _ in plan.todo]


def _corrected(summary: Summary, path: Path, config: SiteConfig, report: RunReport) -> tuple[Summary, bool]:
    """The summary with its article's corrections applied (a copy), and whether there were any."""
    fixes = _load_fixes(path, report)
    if fixes is None:
        return summary.model_copy(), path.exists()
    summary = apply_corrections(summary, fixes, config)
    _correction_problems(summary, path, report)
    return summary, True


def _load_fixes(path: Path, report: RunReport) -> Corrections | None:
    try:
        return load_corrections(path)
    except SummaryError as exc:
        report.problems.append(f"{exc}\n  The corrections were not applied; fix the file and run again.")
        return None


def _correction_problems(summary: Summary, path: Path, report: RunReport, check_file: bool = False) -> None:
    """Report the corrections of a summary that no longer apply and, with `check_file` (a summary
    made before, not now), its corrections file's errors: on every run until they are fixed."""
    if check_file and path.exists():
        _load_fixes(path, report)
    report.problems += [f"{path}: correction {line}" for line in summary.corrections if line.startswith("not applied")]


def _listing(folder: Path) -> tuple[str, list[str]]:
    """A digest of every file under a folder (path, size, modification time) and the paths."""
    digest = hashlib.sha256()
    files: list[tuple[str, int, int]] = []
    # os.scandir: pathlib's rglob and stat take most of a second over the 7,000 pages of 5,000 articles.
    pending = [("", str(folder))] if folder.is_dir() else []
    while pending:
        prefix, directory = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):  # as rglob: linked folders are not entered
                pending.append((f"{prefix}{entry.name}/", entry.path))
            elif entry.is_file(follow_symlinks=True):
                stat = entry.stat(follow_symlinks=True)
                files.append((f"{prefix}{entry.name}", stat.st_size, stat.st_mtime_ns))
    files.sort(key=lambda item: item[0].split("/"))  # path by path, as sorted(rglob) orders them
    for rel, size, mtime in files:
        digest.update(f"{rel}:{size}:{mtime};".encode())
    return digest.hexdigest(), [rel for rel, _, _ in files]


def _files_digest(digest: Any, folder: Path, pattern: str = "*") -> None:
    if folder.is_dir():
        for path in sorted(folder.rglob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(path.read_bytes())


def render_inputs(config: SiteConfig, folders: Folders, summary_digest: str, articles: dict[str, Article]) -> str:
    """Everything the render stage reads: summaries, articles, configuration, templates, assets, code."""
    digest = hashlib.sha256(f"{summary_digest}|{folders.docs}|".encode())
    for article_id in sorted(articles):
        article = articles[article_id]
        digest.update(json.dumps([article.id, article.path.as_posix(), article.fmt, article.encoding,
                                  article.title_in_text, article.content_hash]).encode())
    digest.update(config.model_dump_json().encode())
    for folder in (*template_dirs(config.root), *asset_dirs(config.root), config.root / "site_config"):
        _files_digest(digest, folder)
    _files_digest(digest, Path(__file__).resolve().parent, "*.py")  # the render code and what it imports
    for package in ("jinja2", "markupsafe", "pyyaml"):
        digest.update(f"{package}={package_version(package)};".encode())
    return digest.hexdigest()


def run_render(config: SiteConfig, folders: Folders, summaries: list[Summary] | None = None,
               articles: dict[str, Article] | None = None, report: RunReport | None = None,
               skip_unchanged: bool = False) -> RunReport:
    """Render the summaries (read from disk unless given) into Markdown pages.

    With `skip_unchanged` and summaries from `run_extract` (whose report carries their digest),
    nothing is rendered when every input (summaries, articles, configuration, templates, assets,
    code) is that of the last render and the docs folder is as that render left it.
    """
    report = report or RunReport()
    started = time.perf_counter()
    digest = report.summary_digest if summaries is not None else None
    files = report.summary_digests if summaries is not None else {}
    if summaries is None:
        summaries, errors = read_summaries(folders.summaries)
        report.problems += errors
        for summary in summaries:  # the hashes the build knows from its store (see render_site)
            try:
                files[summary.article.id] = summary_file_digest((folders.summaries / f"{summary.article.id}.yml")
                                                                .read_bytes())
            except OSError:
                pass
    if articles is None:
        ingested = ingest_folder(folders.seeds, max_chars=config.site.max_article_chars, root=config.root)
        articles = {a.id: a for a in ingested.articles}
    stamp_path = config.path("cache") / RENDER_STAMP
    inputs = render_inputs(config, folders, digest, articles) if skip_unchanged and digest else ""
    if inputs:
        try:
            recorded = json.loads(stamp_path.read_text(encoding="utf-8"))
            listing, paths = _listing(folders.docs)
            if recorded.get("inputs") == inputs and recorded.get("docs") == listing:
                report.pages = RenderResult(written=(), unchanged=tuple(paths), removed=())
                report.timings["render"] = time.perf_counter() - started
                return report
        except (OSError, ValueError, AttributeError):
            pass
    stamp_path.unlink(missing_ok=True)
    memo = config.path("cache") / RENDER_MEMO if skip_unchanged else None
    report.pages = render_site(summaries, articles, config, folders.docs, memo, files)
    if inputs:
        write_atomic(stamp_path, json.dumps({"inputs": inputs, "docs": _listing(folders.docs)[0]}) + "\n")
    report.timings["render"] = time.perf_counter() - started
    return report


def staging_folder(site: Path) -> Path:
    """Where MkDocs writes a new site before it replaces the published one (same file system)."""
    return site.parent / f".{site.name}.staging"


def mkdocs_config(config: SiteConfig, folders: Folders, site_dir: Path | None = None) -> Path:
    """A generated MkDocs config that inherits `mkdocs.yml` and points at our folders and settings."""
    settings: dict[str, str] = {
        "INHERIT": str(mkdocs_file(config.root)),
        "docs_dir": str(folders.docs),
        "site_dir": str(site_dir or folders.site),
        "site_name": config.site.title,
    }
    if config.site.site_url:
        settings["site_url"] = config.site.site_url
    path = config.path("cache") / "mkdocs.generated.yml"
    write_atomic(path, dump_yaml(settings))
    return path


def site_generation(config: SiteConfig, folders: Folders, generated: Path, strict: bool) -> str:
    """What every page of a MkDocs build depends on besides its own source: the configuration,
    the versions of MkDocs, the theme and Markdown, and our Markdown extension and plugin."""
    digest = hashlib.sha256()
    for path in (generated, config.root / "mkdocs.yml", builtin_dir("scaffold") / "mkdocs.yml"):
        digest.update(path.read_bytes() if path.exists() else b"-")
    digest.update(f"{folders.site}|{strict}|".encode())
    for package in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2"):
        digest.update(f"{package}={package_version(package)};".encode())
    # Our Markdown extension and MkDocs plugin (generator/render.py, generator/mkdocs_plugin.py).
    _files_digest(digest, Path(__file__).resolve().parent, "*.py")
    return digest.hexdigest()


def site_stamp(generation: str, folders: Folders) -> str:
    """What a MkDocs build reads: its generation (`site_generation`) and every docs file (path, size, time)."""
    return hashlib.sha256(f"{generation}|{_listing(folders.docs)[0]}".encode()).hexdigest()


def _site_intact(site: Path, recorded: str) -> bool:
    """The site folder still holds what the recorded build wrote (its home page and sitemap)."""
    index = site / "index.html"
    try:
        return index.exists() and recorded == f"{index.stat().st_size}:{index.stat().st_mtime_ns}"
    except OSError:
        return False


def run_mkdocs(config: SiteConfig, folders: Folders, strict: bool = True, quiet: bool = False,
               serve: bool = False, skip_unchanged: bool = False) -> int:
    """Build (or serve) the HTML site with MkDocs; builds are clean: --dirty drops search entries.

    With `skip_unchanged`, a build whose inputs (configuration, every page, MkDocs versions) are
    those of the last successful build, into a site folder that is still there, is skipped.
    """
    return build_site(config, folders, strict, quiet, serve, skip_unchanged)[0]


class MkDocsProcess:
    """A MkDocs process started ahead of the site build (`generator.mkdocs_runner`): it imports
    MkDocs and the plugins while the build reads, analyses and renders, then runs one command
    or, closed unused, exits."""

    def __init__(self, config: SiteConfig) -> None:
        warm = config.path("cache") / "mkdocs.generated.yml"  # the last build's: what to import
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        self.process: subprocess.Popen[str] | None = subprocess.Popen(
            [sys.executable, "-m", "generator.mkdocs_runner", str(warm)], cwd=config.root, env=env,
            stdin=subprocess.PIPE, text=True)

    def run(self, args: list[str], env: dict[str, str]) -> int:
        """Run `mkdocs ARGS` with this environment; MkDocs' exit code."""
        assert self.process is not None
        process, self.process = self.process, None
        stdin = process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps({"args": args, "env": env}) + "\n")
            stdin.close()
        except OSError:  # the process is gone (killed): its exit code says so
            pass
        return process.wait()

    def close(self) -> None:
        """Stop the process if it was not used: until told to build, it only imports."""
        process, self.process = self.process, None
        if process is None:
            return
        process.kill()
        process.wait()
        if process.stdin is not None:
            process.stdin.close()


def build_site(config: SiteConfig, folders: Folders, strict: bool = True, quiet: bool = False,
               serve: bool = False, skip_unchanged: bool = False,
               mkdocs: MkDocsProcess | None = None) -> tuple[int, bool]:
    """`run_mkdocs`, also saying whether MkDocs ran (False: skipped, nothing changed).

    A build writes a fresh folder beside the site and swaps it in only when MkDocs succeeded:
    a failed build leaves the published site as it was, and writing into an empty folder is
    much faster here than MkDocs' own clean (deleting, then recreating, every file in place).
    """
    # Beside the folder a symbolic link `site` points to, so the swap replaces what is served.
    staging = None if serve else staging_folder(folders.site.resolve())
    generated = mkdocs_config(config, folders, staging)
    generation = site_generation(config, folders, generated, strict)
    stamp_path = config.path("cache") / SITE_STAMP
    if skip_unchanged and not serve:
        try:
            recorded = json.loads(stamp_path.read_text(encoding="utf-8"))
            if (recorded.get("stamp") == site_stamp(generation, folders)
                    and _site_intact(folders.site, recorded.get("index", ""))):
                return 0, False
        except (OSError, ValueError, AttributeError):
            pass
    args = ["serve" if serve else "build", "-f", str(generated)]  # of `mkdocs`
    if not serve:
        args.append("--clean")
    if strict:
        args.append("--strict")
    if quiet:
        args.append("--quiet")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # a banner, not a warning about our site
    # Pages whose source is that of the last build are taken from the published site (see
    # generator/mkdocs_plugin.py), unless a clean build was asked for.
    env.pop(PREVIOUS_SITE_ENV, None)
    if not serve:
        env[MEMO_ENV] = str(config.path("cache") / SITE_MEMO)
        env[GENERATION_ENV] = generation
        if skip_unchanged and (folders.site / "index.html").exists():
            env[PREVIOUS_SITE_ENV] = str(folders.site.resolve())
    stamp_path.unlink(missing_ok=True)
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)  # left by a build that was killed
    if mkdocs is not None and not serve:
        code = mkdocs.run(args, env)
    else:
        code = subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=config.root, check=False,
                              env=env).returncode
    if staging is not None:
        if code == 0:
            _replace_folder(folders.site.resolve(), staging, config.path("cache") / TRASH)
        else:
            shutil.rmtree(staging, ignore_errors=True)
    index = folders.site / "index.html"
    if code == 0 and not serve and index.exists():
        stat = index.stat()
        write_atomic(stamp_path, json.dumps({"stamp": site_stamp(generation, folders),
                                             "index": f"{stat.st_size}:{stat.st_mtime_ns}"}) + "\n")
    return code, True


def _replace_folder(target: Path, new: Path, trash: Path | None = None) -> None:
    """Put the folder `new` where `target` is, by renames; the old one is deleted afterwards (in
    the background where it can be moved into `trash`: see `discard`).

    What MkDocs' own clean would keep stays: entries whose names start with '.' (the .git of a
    gh-pages checkout, .nojekyll, .well-known). Where a rename cannot be done (the site folder
    is a mount point, or its parent is read-only), the contents are replaced in place instead.
    """
    if target.is_dir():
        for entry in target.iterdir():
            if entry.name.startswith(".") and not (new / entry.name).exists():
                shutil.move(str(entry), new / entry.name)
    old = target.parent / f".{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    try:
        if target.exists():
            target.rename(old)
        try:
            new.rename(target)
        except OSError:
            if old.exists() and not target.exists():
                old.rename(target)  # put the published site back, then copy in place below
            raise
    except OSError:
        _replace_contents(target, new)
    discard(old, trash)


def discard(folder: Path, trash: Path | None) -> None:
    """Delete a folder: moved into `trash` (on the same file system) and deleted there by a process
    of its own, which the command does not wait for (the last site at 5,000 articles: 13,000 files
    and folders, half a second); deleted here where it cannot be moved."""
    if not folder.exists():
        return
    if trash is not None:
        try:
            trash.mkdir(parents=True, exist_ok=True)
            folder.rename(trash / uuid.uuid4().hex)
            # The whole trash folder: also what a deleter killed before it ended left.
            delete = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"
            subprocess.Popen([sys.executable, "-c", delete, str(trash)], stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            return
        except OSError:
            pass
    shutil.rmtree(folder, ignore_errors=True)


def _replace_contents(target: Path, new: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for entry in target.iterdir():
        if entry.name.startswith(".") and not (new / entry.name).exists():
            continue  # kept, as MkDocs' clean keeps it
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in new.iterdir():
        shutil.move(str(entry), target / entry.name)
    shutil.rmtree(new, ignore_errors=True)


def _release_memory() -> None:
    """Collect garbage and hand freed heap pages back to the system (glibc), before MkDocs runs.

    At 5,000 articles the summaries and the rendered pages take about a gigabyte here, and the
    MkDocs process about as much again; without this, most of the first stays resident.
    """
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc
            pass


def run_build(config: SiteConfig, folders: Folders, analyser: str | None = None,
              progress: Progress = _no_progress, quiet: bool = False, use_cache: bool = True,
              execution: Execution | None = None, rebuild_site: bool = False,
              frozen: bool = False) -> tuple[RunReport, int]:
    """Everything: seeds -> summaries -> pages -> site. Returns the report and MkDocs' exit code.

    Pages are rendered only when an input of the render stage changed, and MkDocs runs only
    when a page or the site configuration changed since its last successful build, unless
    `rebuild_site` (or running without the cache) asks for both anyway. `frozen` stops before the
    pages when a summary had to be written or removed (`RunReport.stale_summaries`): a site must
    show the committed facts, not new ones nobody reviewed.
    """
    mkdocs = MkDocsProcess(config)  # imports MkDocs on the other core meanwhile
    try:
        with heap_frozen():
            summaries, articles, report = run_extract(config, folders, analyser, progress, use_cache, execution)
            if frozen and report.stale_summaries:
                return report, 0
            run_render(config, folders, summaries, articles, report, skip_unchanged=use_cache and not rebuild_site)
            del summaries, articles  # MkDocs runs in its own process: free this one's memory first
        _release_memory()
        started = time.perf_counter()
        code, report.site_built = build_site(config, folders, quiet=quiet,
                                             skip_unchanged=use_cache and not rebuild_site, mkdocs=mkdocs)
        report.timings["mkdocs"] = time.perf_counter() - started
        return report, code
    finally:
        mkdocs.close()
