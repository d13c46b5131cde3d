"""The `briefing` command line: a thin layer over generator.pipeline.

Exit codes: 0 success; 1 the work finished but something was wrong (a failed check, bad articles
with --strict, a failed site build); 2 the command could not run (bad configuration or usage).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from generator.analyse.base import AnalyserUnavailable
from generator.config import ConfigError, SiteConfig, load_config
from generator.desk import init_desk
from generator.files import LockTimeout, build_lock
from generator.pipeline import Execution, Folders, RunReport, run_build, run_extract, run_mkdocs, run_render

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class Context:
    """Options shared by every command."""

    def __init__(self, root: Path, quiet: bool, verbose: bool) -> None:
        self.root = root
        self.quiet = quiet
        self.verbose = verbose

    def config(self) -> SiteConfig:
        try:
            return load_config(self.root)
        except ConfigError as exc:
            click.echo(f"error: {exc}", err=True)
            raise SystemExit(EXIT_USAGE) from exc

    @contextmanager
    def building(self, config: SiteConfig) -> Iterator[None]:
        """One command at a time writes a project's summaries, pages and site; the next one waits."""
        wait = float(os.environ.get("BRIEFING_LOCK_WAIT", "600"))
        try:
            with build_lock(config.path("cache"), wait, lambda message: click.echo(f"note: {message}", err=True)):
                yield
        except LockTimeout as exc:
            click.echo(f"error: {exc}; run the command again when the other one has finished", err=True)
            raise SystemExit(EXIT_PROBLEMS) from None

    def say(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)

    def detail(self, message: str) -> None:
        if self.verbose and not self.quiet:
            click.echo(message, err=True)

    def progress(self, label: str, total: int) -> Callable[[int], None]:
        """A progress bar on stderr for long work (hidden with --quiet or when not a terminal)."""
        if self.quiet or total < 2 or not sys.stderr.isatty():
            return lambda n: None
        from tqdm import tqdm

        bar = tqdm(total=total, desc=label, unit="article", file=sys.stderr, leave=False)

        def advance(n: int) -> None:
            bar.update(n)
            if bar.n >= total:
                bar.close()

        return advance


pass_context = click.make_pass_decorator(Context)


@contextmanager
def analyser_errors() -> Iterator[None]:
    """A backend that cannot serve a language is one clear message and exit 2, never a traceback."""
    try:
        yield
    except AnalyserUnavailable as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None


def folder_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--seeds/--summaries/--docs/--site, overriding `site_config/site.yml` paths."""
    for name, help_text in reversed((
        ("seeds", "Folder of input articles (default: paths.seeds, 'seeds')."),
        ("summaries", "Folder of YAML summaries (default: paths.summaries, 'summaries')."),
        ("docs", "Folder of generated Markdown pages (default: paths.docs, 'docs')."),
        ("site", "Folder of the built HTML site (default: paths.site, 'site')."),
    )):
        func = click.option(f"--{name}", type=click.Path(path_type=Path, file_okay=False), default=None,
                            help=help_text)(func)
    return func


def execution_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--workers/--executor/--scheduler: where analysis and extraction run."""
    func = click.option("--scheduler", default=None, metavar="ADDRESS",
                        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask; "
                             "default: a local Dask cluster).")(func)
    func = click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                        help="Run analysis in local processes, or on a Dask cluster (pip install "
                             "'briefing-digest[dask]').")(func)
    func = click.option("--workers", type=click.IntRange(min=1), default=None,
                        help="Worker processes for analysis and extraction (default: the machine's cores; "
                             "the output is the same for any number).")(func)
    return func


def _execution(workers: int | None, executor: str, scheduler: str | None) -> Execution:
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    return Execution(workers=workers, executor=executor, scheduler=scheduler)


def _folders(config: SiteConfig, options: dict[str, Path | None]) -> Folders:
    return Folders.from_config(config, **{k: options.get(k) for k in ("seeds", "summaries", "docs", "site")})


def _finish(ctx: Context, report: RunReport, strict: bool) -> int:
    """Print problems once each and choose the exit code."""
    for note in report.notes:
        ctx.say(f"note: {note}")
    for problem in report.problems:
        click.echo(f"warning: {problem}", err=True)
    if report.analysed:
        ctx.detail(f"analysed {len(report.analysed.analysed)} article(s), "
                   f"{len(report.analysed.cached)} current or cached")
    if report.summaries:
        ctx.detail(f"summaries: {len(report.summaries.written)} written, "
                   f"{len(report.summaries.unchanged)} unchanged, {len(report.summaries.removed)} removed")
    if report.pages:
        ctx.detail(f"pages: {len(report.pages.written)} written, {len(report.pages.unchanged)} unchanged, "
                   f"{len(report.pages.removed)} removed")
    if strict and report.problems:
        click.echo(f"error: {len(report.problems)} problem(s) and --strict is set", err=True)
        return EXIT_PROBLEMS
    return EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              help="Project folder holding site_config/ and mkdocs.yml (default: current folder).")
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings and errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print what each stage did.")
@click.version_option(package_name="briefing-digest")
@click.pass_context
def main(click_ctx: click.Context, root: Path, quiet: bool, verbose: bool) -> None:
    """Turn a folder of news articles into a searchable briefing site."""
    click_ctx.obj = Context(root.resolve(), quiet, verbose)


@main.command()
@folder_options
@click.option("--analyser", type=click.Choice(["auto", "offline", "stanza"]), default=None,
              help="NLP backend (default: site.yml 'analyser', normally auto).")
@click.option("--strict", is_flag=True, help="Exit 1 when any article or correction had a problem.")
@click.option("--no-cache", is_flag=True, help="Analyse and extract every article again, and rebuild the site.")
@click.option("--rebuild-site", is_flag=True,
              help="Run MkDocs even when no page and no setting changed since its last build.")
@click.option("--frozen", is_flag=True,
              help="Publish only committed facts: exit 1, building no page, when a summary is missing or out "
                   "of date (CI).")
@execution_options
@pass_context
def build(ctx: Context, analyser: str | None, strict: bool, no_cache: bool, rebuild_site: bool, frozen: bool,
          workers: int | None, executor: str, scheduler: str | None, **options: Path | None) -> None:
    """Everything: articles -> YAML summaries -> Markdown pages -> HTML site."""
    config = ctx.config()
    folders = _folders(config, options)
    execution = _execution(workers, executor, scheduler)
    with ctx.building(config), analyser_errors():
        report, mkdocs_code = run_build(config, folders, analyser, ctx.progress, quiet=not ctx.verbose,
                                        use_cache=not no_cache, execution=execution, rebuild_site=rebuild_site,
                                        frozen=frozen)
    code = _finish(ctx, report, strict)
    if frozen and report.stale_summaries:
        for name in report.stale_summaries:
            click.echo(f"error: {folders.summaries / name}: missing, or not made from this article, configuration "
                       "and tool version (see its provenance)", err=True)
        click.echo("error: the site would show facts nobody committed; run `briefing extract`, review the "
                   "summaries and commit them", err=True)
        raise SystemExit(EXIT_PROBLEMS)
    if mkdocs_code != 0:
        click.echo(f"error: mkdocs build failed (exit {mkdocs_code})", err=True)
        code = EXIT_PROBLEMS
    else:
        analysed = len(report.analysed.analysed) if report.analysed else 0
        ctx.say(f"built {report.articles} article(s) into {folders.site} ({analysed} analysed, "
                f"{len(report.stale_summaries)} summaries written or removed)")
    raise SystemExit(code)


@main.command("init")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False), default=Path("."))
@pass_context
def init_command(ctx: Context, directory: Path) -> None:
    """Start a new desk in DIRECTORY: seeds/, site_config/, mkdocs.yml, a GitHub workflow.

    Files that already exist are kept as they are, so it is safe to run in a desk to add what is
    missing.
    """
    target = directory if directory.is_absolute() else Path.cwd() / directory
    try:
        report = init_desk(target)
    except OSError as exc:
        click.echo(f"error: {exc.filename or target}: cannot write ({exc.strerror})", err=True)
        raise SystemExit(EXIT_USAGE) from None
    for relative in report.created:
        ctx.say(f"created {relative}")
    for relative in report.kept:
        ctx.say(f"kept {relative} (already there)")
    ctx.say(f"desk ready in {target}: put articles in seeds/, then run `briefing --root {directory} build`")
    raise SystemExit(EXIT_OK)


@main.command("extract")
@folder_options
@click.option("--analyser", type=click.Choice(["auto", "offline", "stanza"]), default=None,
              help="NLP backend (default: site.yml 'analyser', normally auto).")
@click.option("--strict", is_flag=True, help="Exit 1 when any article or correction had a problem.")
@click.option("--no-cache", is_flag=True, help="Analyse every article again.")
@execution_options
@pass_context
def extract_command(ctx: Context, analyser: str | None, strict: bool, no_cache: bool, workers: int | None,
                    executor: str, scheduler: str | None, **options: Path | None) -> None:
    """Articles -> YAML summaries (ingest, analyse, extract, summarise)."""
    config = ctx.config()
    folders = _folders(config, options)
    execution = _execution(workers, executor, scheduler)
    with ctx.building(config), analyser_errors():
        _, _, report = run_extract(config, folders, analyser, ctx.progress, use_cache=not no_cache,
                                   execution=execution)
    code = _finish(ctx, report, strict)
    ctx.say(f"wrote summaries of {report.articles} article(s) into {folders.summaries}")
    raise SystemExit(code)


@main.command()
@folder_options
@click.option("--strict", is_flag=True, help="Exit 1 when a summary is invalid.")
@pass_context
def render(ctx: Context, strict: bool, **options: Path | None) -> None:
    """YAML summaries -> Markdown pages."""
    config = ctx.config()
    folders = _folders(config, options)
    with ctx.building(config):
        report = run_render(config, folders)
    code = _finish(ctx, report, strict)
    ctx.say(f"rendered pages into {folders.docs}")
    raise SystemExit(code)


@main.command()
@folder_options
@click.option("--analyser", type=click.Choice(["auto", "offline", "stanza"]), default=None,
              help="NLP backend (default: site.yml 'analyser', normally auto).")
@execution_options
@pass_context
def serve(ctx: Context, analyser: str | None, workers: int | None, executor: str, scheduler: str | None,
          **options: Path | None) -> None:
    """Build everything, then preview the site live on http://127.0.0.1:8000/."""
    config = ctx.config()
    folders = _folders(config, options)
    execution = _execution(workers, executor, scheduler)
    with ctx.building(config), analyser_errors():
        summaries, articles, report = run_extract(config, folders, analyser, ctx.progress, execution=execution)
        run_render(config, folders, summaries, articles, report)
    _finish(ctx, report, strict=False)
    raise SystemExit(run_mkdocs(config, folders, strict=False, serve=True))


@main.command()
@folder_options
@pass_context
def check(ctx: Context, **options: Path | None) -> None:
    """Validate site_config/ and every summary; exit 1 naming each bad file and key."""
    from generator.checks import check_project

    config = ctx.config()
    folders = _folders(config, options)
    errors = check_project(config, folders.summaries)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        raise SystemExit(EXIT_PROBLEMS)
    ctx.say("configuration and summaries are valid")
    raise SystemExit(EXIT_OK)


@main.group()
def evaluate() -> None:
    """Score the pipeline against gold data (named entities, facts) and guard a baseline."""


@evaluate.command("ner")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--analyser", default="offline", show_default=True, help="Backend to score (offline, stanza).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--predictions", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Also write what the analyser found, one JSON line per gold record.")
@pass_context
def evaluate_ner_command(ctx: Context, gold: tuple[Path, ...], analyser: str, as_json: bool,
                         predictions: Path | None) -> None:
    """Named entities against gold JSON Lines (precision, recall, F1 per language and type)."""
    import json

    from generator.evaluate import GoldFormatError, evaluate_ner, flatten_ner, format_ner_table

    config = ctx.config()
    scores = {}
    for n, path in enumerate(gold):
        out = predictions if len(gold) == 1 or predictions is None else predictions.with_suffix(f".{n}.jsonl")
        try:
            scores.update(evaluate_ner(path, config, analyser, out))
        except GoldFormatError as exc:
            click.echo(f"error: {exc}", err=True)
            raise SystemExit(EXIT_USAGE) from None
    if as_json:
        click.echo(json.dumps(flatten_ner(scores), indent=2, sort_keys=True))
    else:
        click.echo(format_ner_table(scores))
    raise SystemExit(EXIT_OK)


@evaluate.command("facts")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--seeds", type=click.Path(path_type=Path, file_okay=False, exists=True), default=None,
              help="Folder of the gold articles (default: the project's seeds).")
@click.option("--analyser", type=click.Choice(["auto", "offline", "stanza"]), default="offline", show_default=True,
              help="Backend to score.")
@click.option("--split", type=click.Choice(["dev", "test"]), default=None,
              help="Score only the gold articles of this split (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pass_context
def evaluate_facts_command(ctx: Context, gold: Path, seeds: Path | None, analyser: str, split: str | None,
                           as_json: bool) -> None:
    """Facts (people, organisations, places, quotes, tracks, events) against a gold YAML file."""
    import json

    from generator.evaluate import GoldFormatError, evaluate_facts, format_facts_table
    from generator.pipeline import summarise_folder

    config = ctx.config()
    summaries = summarise_folder(config, seeds or config.path("seeds"), analyser)
    try:
        aliases = {actor.name: actor.aliases for actor in config.actors.actors if actor.aliases}
        report = evaluate_facts(gold, summaries, split, aliases)
    except GoldFormatError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None
    click.echo(json.dumps(report.to_json(), indent=2, sort_keys=True) if as_json else format_facts_table(report))
    raise SystemExit(EXIT_OK)


@evaluate.command("gate")
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False),
              default=Path("tests/quality_baseline.json"), show_default=True, help="Pinned figures.")
@click.option("--eval-dir", type=click.Path(path_type=Path, file_okay=False), default=Path("../shared/eval"),
              show_default=True, help="Folder with ner/*.jsonl and seeds_gold.yml.")
@click.option("--update", is_flag=True, help="Write the figures reached as the new baseline.")
@pass_context
def evaluate_gate(ctx: Context, baseline: Path, eval_dir: Path, update: bool) -> None:
    """Fail (exit 1) when a pinned quality figure dropped; --update pins the current figures."""
    import json

    from generator.evaluate import accuracy_markdown, compare_to_baseline, quality_figures
    from generator.files import write_atomic

    current = quality_figures(ctx.config(), eval_dir)
    if not current:
        click.echo(f"error: no gold data under {eval_dir}", err=True)
        raise SystemExit(EXIT_USAGE)
    if update:
        write_atomic(baseline, json.dumps({k: round(v, 4) for k, v in sorted(current.items())}, indent=2) + "\n")
        accuracy = ctx.root / "site_config" / "accuracy.md"
        write_atomic(accuracy, "Measured by `briefing evaluate gate` (offline analyser) on the development gold "
                     "data: named entities (typed micro-averaged scores), facts of the seed articles, and facts "
                     "of the real-article dev set.\n\n" + accuracy_markdown(current))
        ctx.say(f"pinned {len(current)} figures in {baseline}; tables in {accuracy}")
        raise SystemExit(EXIT_OK)
    if not baseline.exists():
        click.echo(f"error: {baseline}: no baseline; create it with --update", err=True)
        raise SystemExit(EXIT_USAGE)
    pinned = json.loads(baseline.read_text(encoding="utf-8"))
    drops = compare_to_baseline(current, pinned)
    for drop in drops:
        click.echo(f"regression: {drop}", err=True)
    if drops:
        raise SystemExit(EXIT_PROBLEMS)
    ctx.say(f"all {len(pinned)} pinned quality figures hold")
    raise SystemExit(EXIT_OK)


@main.group()
def models() -> None:
    """Stanza models: list what is installed, download more (needs a network)."""


@models.command("list")
@pass_context
def models_list(ctx: Context) -> None:
    """Show the Stanza resources directory and the processors installed per language."""
    try:
        from generator.analyse.stanza_backend import installed_processors, resources_dir
    except ImportError:
        click.echo("stanza is not installed: pip install 'briefing-digest[stanza]'", err=True)
        raise SystemExit(EXIT_USAGE) from None
    directory = resources_dir(ctx.config())
    click.echo(f"Stanza resources: {directory}")
    installed = installed_processors(directory)
    if not installed:
        click.echo("no models installed; the offline analyser is used for every language")
    for lang, processors in installed.items():
        click.echo(f"{lang}: {', '.join(processors)}")
    raise SystemExit(EXIT_OK)


@models.command("download")
@click.argument("langs", nargs=-1, required=True)
@pass_context
def models_download(ctx: Context, langs: tuple[str, ...]) -> None:
    """Download Stanza models for LANGS (e.g. uk ar ru en) into the resources directory."""
    try:
        from generator.analyse.stanza_backend import download_models
    except ImportError:
        click.echo("stanza is not installed: pip install 'briefing-digest[stanza]'", err=True)
        raise SystemExit(EXIT_USAGE) from None
    try:
        directory = download_models(langs, ctx.config())
    except Exception as exc:  # network errors come in many types; name the cause, no traceback
        click.echo(f"error: could not download Stanza models for {', '.join(langs)}: {exc}", err=True)
        click.echo("Check the network, or copy a resources directory and set STANZA_RESOURCES_DIR.", err=True)
        raise SystemExit(EXIT_PROBLEMS) from None
    ctx.say(f"models for {', '.join(langs)} are in {directory}")
    raise SystemExit(EXIT_OK)


@main.command()
@pass_context
def schema(ctx: Context) -> None:
    """Export the JSON Schema of summaries to schema/summary.schema.json."""
    from generator.checks import SCHEMA_FILE
    from generator.files import write_atomic
    from generator.schema import json_schema

    path = ctx.root / SCHEMA_FILE
    changed = write_atomic(path, json_schema())
    ctx.say(f"{'wrote' if changed else 'unchanged'}: {path}")
    raise SystemExit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
