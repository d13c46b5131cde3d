"""The wiring of the stages: ingest -> analyse -> extract -> summarise -> render -> build.

Each function here is what one CLI command runs. Stages collect everything first, then write.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.analyse import AnalyseReport, analyse_articles
from generator.config import SiteConfig, dump_yaml
from generator.extract import extract
from generator.ingest import IngestProblem, ingest_folder
from generator.records import Article
from generator.render import RenderResult, render_site
from generator.schema import Summary
from generator.summarise import (
    SummaryError,
    WriteReport,
    apply_corrections,
    load_corrections,
    read_summaries,
    write_atomic,
    write_summaries,
)

Progress = Callable[[str, int], Callable[[int], None]]  # (label, total) -> advance(n)


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
class RunReport:
    """What a run did and what went wrong, for messages and exit codes."""

    problems: list[str] = field(default_factory=list)  # one message per bad input, naming the file
    notes: list[str] = field(default_factory=list)  # information (analyser fallbacks, counts)
    analysed: AnalyseReport | None = None
    summaries: WriteReport | None = None
    pages: RenderResult | None = None
    articles: int = 0


def _problem_text(problem: IngestProblem) -> str:
    return problem.message()


def summarise_folder(config: SiteConfig, seeds: Path, analyser: str | None = None,
                     use_cache: bool = True) -> dict[str, Summary]:
    """Machine summaries of a folder's articles, in memory (no corrections, nothing written)."""
    ingested = ingest_folder(seeds, max_chars=config.site.max_article_chars, root=config.root)
    docs, _ = analyse_articles(list(ingested.articles), config, analyser, use_cache=use_cache)
    return {doc.article.id: extract(doc, config) for doc in docs}


def run_extract(config: SiteConfig, folders: Folders, analyser: str | None = None,
                progress: Progress = _no_progress,
                use_cache: bool = True) -> tuple[list[Summary], dict[str, Article], RunReport]:
    """Ingest, analyse and extract every article; write the summaries."""
    report = RunReport()
    ingested = ingest_folder(folders.seeds, max_chars=config.site.max_article_chars, root=config.root)
    report.problems += [_problem_text(p) for p in ingested.problems]
    articles = list(ingested.articles)
    report.articles = len(articles)
    docs, report.analysed = analyse_articles(articles, config, analyser, use_cache=use_cache,
                                             progress=progress("analyse", len(articles)))
    report.notes += report.analysed.notes
    summaries: list[Summary] = []
    advance = progress("extract", len(docs))
    corrections_dir = config.path("corrections")
    for doc in docs:
        summary = extract(doc, config)
        try:
            fixes = load_corrections(corrections_dir / f"{doc.article.id}.yml")
        except SummaryError as exc:
            report.problems.append(f"{exc}\n  The corrections were not applied; fix the file and run again.")
            fixes = None
        if fixes is not None:
            summary = apply_corrections(summary, fixes, config)
            report.problems += [f"{corrections_dir / doc.article.id}.yml: correction {line}"
                                for line in summary.corrections if line.startswith("not applied")]
        summaries.append(summary)
        advance(1)
    report.summaries = write_summaries(summaries, folders.summaries)
    return summaries, {a.id: a for a in articles}, report


def run_render(config: SiteConfig, folders: Folders, summaries: list[Summary] | None = None,
               articles: dict[str, Article] | None = None, report: RunReport | None = None) -> RunReport:
    """Render the summaries (read from disk unless given) into Markdown pages."""
    report = report or RunReport()
    if summaries is None:
        summaries, errors = read_summaries(folders.summaries)
        report.problems += errors
    if articles is None:
        ingested = ingest_folder(folders.seeds, max_chars=config.site.max_article_chars, root=config.root)
        articles = {a.id: a for a in ingested.articles}
    report.pages = render_site(summaries, articles, config, folders.docs)
    return report


def mkdocs_config(config: SiteConfig, folders: Folders) -> Path:
    """A generated MkDocs config that inherits `mkdocs.yml` and points at our folders and settings."""
    settings: dict[str, str] = {
        "INHERIT": str(config.root / "mkdocs.yml"),
        "docs_dir": str(folders.docs),
        "site_dir": str(folders.site),
        "site_name": config.site.title,
    }
    if config.site.site_url:
        settings["site_url"] = config.site.site_url
    path = config.path("cache") / "mkdocs.generated.yml"
    write_atomic(path, dump_yaml(settings))
    return path


def run_mkdocs(config: SiteConfig, folders: Folders, strict: bool = True, quiet: bool = False,
               serve: bool = False) -> int:
    """Build (or serve) the HTML site with MkDocs; builds are clean: --dirty drops search entries."""
    command = [sys.executable, "-m", "mkdocs", "serve" if serve else "build", "-f",
               str(mkdocs_config(config, folders))]
    if not serve:
        command.append("--clean")
    if strict:
        command.append("--strict")
    if quiet:
        command.append("--quiet")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # a banner, not a warning about our site
    return subprocess.run(command, cwd=config.root, check=False, env=env).returncode


def run_build(config: SiteConfig, folders: Folders, analyser: str | None = None,
              progress: Progress = _no_progress, quiet: bool = False) -> tuple[RunReport, int]:
    """Everything: seeds -> summaries -> pages -> site. Returns the report and MkDocs' exit code."""
    summaries, articles, report = run_extract(config, folders, analyser, progress)
    run_render(config, folders, summaries, articles, report)
    return report, run_mkdocs(config, folders, quiet=quiet)
