"""Benchmark the whole build at desk scale: cold, warm, one article changed, one article added.

    python benchmarks/run.py --articles 1000 5000 --json benchmarks/results.json

For each size, a synthetic corpus (benchmarks/corpus.py) is written into a temporary project and
built with the library's own pipeline (`generator.pipeline.run_build`, what `briefing build`
runs); the stage times come from its RunReport. Every build runs in a fresh Python process, as
`briefing build` would, so nothing stays warm in memory between builds and the memory figures
are those of that build: the peak of the summed resident memory of its process tree (sampled
every 50 ms with psutil), and the largest single-process peaks (getrusage). Also measured, on the
first size: 1 against 2 worker processes without the cache (the build's analysis stage, and
`analyse_articles` alone), alternating, best of `--repeat` each. Times are reported, never
asserted. The corpus depends on the registry (site_config/actors.yml) and the seeds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import CorpusWriter, make_bench_project  # noqa: E402
from search_download import first_search_download  # noqa: E402

SCENARIOS = ("cold", "warm", "clone", "changed", "added", "tracks")
DEFAULT_SCENARIOS = ("cold", "warm", "clone", "changed", "added")
STAGES = ("ingest", "analyse", "extract", "summarise", "render", "mkdocs")
LABELS = {"cold": "cold, full build", "warm": "warm, nothing changed",
          "clone": "fresh clone, summaries committed", "changed": "one article changed",
          "added": "one article added", "tracks": "tracks.yml edited"}
# A sentence in the article's own language, added to the changed article.
MORE = {"en": "The talks are expected to continue next week.", "ru": "Переговоры продолжатся на следующей неделе.",
        "uk": "Переговори продовжаться наступного тижня.", "ar": "ومن المتوقع أن تستمر المحادثات الأسبوع المقبل."}


class TreeMemory:
    """Peak resident memory of this process and all its descendants (sum of RSS, sampled)."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            import psutil

            self._process: Any = psutil.Process()
        except ImportError:  # psutil comes with dask[distributed]; without it only getrusage is reported
            self._process = None

    def sample(self) -> int:
        if self._process is None:
            return 0
        import psutil

        total = 0
        for proc in [self._process, *self._process.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:
        self.peak = self.sample()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under a folder."""
    size = files = 0
    for base, _, names in os.walk(folder):
        for name in names:
            try:
                size += (Path(base) / name).stat().st_size
                files += 1
            except OSError:
                pass
    return size, files


def edit_one_article(seeds: Path, count: int) -> str:
    """Change the text of one article (the middle one): a sentence in its language at the end."""
    path = sorted(seeds.iterdir())[count // 2]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    lang = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("lang:")), None)
    lang = lang or ("ar" if any("\u0600" <= c <= "\u06ff" for c in text) else
                    "uk" if any(c in "іїєґ" for c in text) else "ru" if any(c in "ыэъё" for c in text) else "en")
    path.write_text(f"{text} {MORE.get(lang, MORE['en'])}\n", encoding="utf-8")
    return path.stem


def add_one_article(seeds: Path, count: int) -> str:
    """A new article, written by the corpus generator as article number `count`."""
    from generator.config import load_config

    name, text = CorpusWriter(load_config(REPO), REPO / "seeds").article(count)
    (seeds / name).write_text(text, encoding="utf-8")
    return Path(name).stem


def edit_tracks(root: Path) -> None:
    """Raise the score an article needs to sit on a track (tracks.yml only)."""
    path = root / "site_config" / "tracks.yml"
    lines = ["min_score: 3.5" if line.startswith("min_score:") else line
             for line in path.read_text(encoding="utf-8").splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_once(name: str, root: Path, analyser: str, workers: int | None) -> dict[str, Any]:
    """One `briefing build` of the project, in this (fresh) process; its figures."""
    from generator.config import load_config
    from generator.pipeline import Execution, Folders, run_build

    with TreeMemory() as memory:
        started = time.perf_counter()
        config = load_config(root)
        folders = Folders.from_config(config)
        report, code = run_build(config, folders, analyser, quiet=True, execution=Execution(workers=workers))
        wall = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"{name}: mkdocs build failed (exit {code})")
    site_bytes, site_files = folder_size(folders.site)
    docs_bytes, docs_files = folder_size(folders.docs)
    index = folders.site / "search" / "search_index.json"
    assert report.analysed and report.summaries and report.pages
    return {
        "scenario": name,
        "wall_s": round(wall, 2),
        "stages_s": {stage: round(report.timings.get(stage, 0.0), 2) for stage in STAGES},
        "worker_cpu_s": {stage: round(seconds, 2) for stage, seconds in report.cpu.items()},
        "worker_busy_s": {stage: round(seconds, 2) for stage, seconds in report.busy.items()},
        "workers": report.workers,
        "articles": report.articles,
        "articles_per_s": round(report.articles / wall, 1),
        "analysed": len(report.analysed.analysed),
        "extracted": len(report.extracted),
        "summaries_written": len(report.summaries.written),
        "pages_written": len(report.pages.written),
        "pages_removed": len(report.pages.removed),
        "pages_total": len(report.pages.written) + len(report.pages.unchanged),
        "site_built": report.site_built,
        "peak_tree_rss_mb": round(memory.peak / 2**20, 1),
        "max_rss_self_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "max_rss_child_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "site_mb": round(site_bytes / 2**20, 1),
        "site_files": site_files,
        "docs_mb": round(docs_bytes / 2**20, 1),
        "docs_files": docs_files,
        "search_index_mb": round(index.stat().st_size / 2**20, 2) if index.exists() else None,
        "search_index_gzip_mb": round(len(gzip.compress(index.read_bytes(), 6)) / 2**20, 2) if index.exists() else None,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpu_s": round(_cpu_seconds(), 1),
    }


def _subprocess_json(args: list[str]) -> dict[str, Any]:
    """Run this script with `args` in a fresh process; the last line of its output is JSON."""
    out = subprocess.run([sys.executable, __file__, *args], check=True, stdout=subprocess.PIPE, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def parallel_scaling(root: Path, analyser: str, sample: int, repeat: int) -> dict[str, Any]:
    """1 against 2 worker processes, without the cache, on the same articles, two ways:

    - `pipeline`: what `briefing build` runs for the articles that need work: analysis,
      extraction and YAML in the workers (`run_extract`); its `analyse` stage time and the
      time of the whole analyse+extract+summarise phase;
    - `analyse_articles`: the analysis stage alone through the library function, which also
      ships every analysed document (tokens and all) back to the calling process.

    Each run is a fresh process, so one does not warm the other (worker start-up and the
    analyser's loading are included). The counts alternate and the best of `repeat` runs of
    each is kept: other load on the machine only ever adds time.
    """
    result: dict[str, Any] = {"articles": sample}
    for mode in ("pipeline", "analyse_articles"):
        runs: dict[str, list[dict[str, Any]]] = {"1": [], "2": []}
        for _ in range(repeat):
            for workers in ("1", "2"):
                runs[workers].append(_subprocess_json([f"--{mode.replace('_', '-')}-only", str(root), "--workers",
                                                       workers, "--analyser", analyser, "--sample", str(sample)]))
        best = {workers: min(runs[workers], key=lambda r: r["wall_s"]) for workers in runs}
        figures: dict[str, Any] = {"wall_s": {w: best[w]["wall_s"] for w in best}, "runs": runs}
        figures["speedup"] = round(best["1"]["wall_s"] / best["2"]["wall_s"], 2)
        if mode == "pipeline":
            figures["analyse_stage_s"] = {w: best[w]["stages_s"]["analyse"] for w in best}
            figures["analyse_stage_speedup"] = round(best["1"]["stages_s"]["analyse"]
                                                     / best["2"]["stages_s"]["analyse"], 2)
        result[mode] = figures
    return result


def analyse_only(root: Path, workers: int, analyser: str, sample: int) -> None:
    """Print the wall time of the analysis stage on `workers` processes (one JSON line)."""
    from generator.analyse import analyse_articles
    from generator.config import load_config
    from generator.ingest import ingest_folder

    config = load_config(root)
    articles = list(ingest_folder(root / "seeds", root=root).articles)[:sample]
    started = time.perf_counter()
    docs, report = analyse_articles(articles, config, analyser, use_cache=False, workers=workers)
    wall = time.perf_counter() - started
    assert len(report.analysed) == len(articles) == len(docs)
    print(json.dumps({"workers": workers, "articles": len(docs), "wall_s": round(wall, 2),
                      "worker_cpu_s": round(report.cpu_seconds, 2), "process_cpu_s": round(_cpu_seconds(), 2),
                      "load_average": [round(x, 2) for x in os.getloadavg()]}))


def pipeline_only(root: Path, workers: int, analyser: str, sample: int) -> None:
    """Print the stage times of `run_extract` without the cache on `workers` processes (one JSON line)."""
    from generator.config import load_config
    from generator.pipeline import Execution, Folders, run_extract

    config = load_config(root)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for path in sorted((root / "seeds").iterdir())[:sample]:
            (seeds / path.name).write_bytes(path.read_bytes())
        folders = Folders(seeds=seeds, summaries=Path(tmp) / "summaries", docs=Path(tmp) / "docs",
                          site=Path(tmp) / "site")
        started = time.perf_counter()
        _, _, report = run_extract(config, folders, analyser, use_cache=False, execution=Execution(workers=workers))
        wall = time.perf_counter() - started
    assert report.analysed and len(report.analysed.analysed) == report.articles
    print(json.dumps({"workers": report.workers, "articles": report.articles, "wall_s": round(wall, 2),
                      "stages_s": {k: round(v, 2) for k, v in report.timings.items()},
                      "worker_cpu_s": {k: round(v, 2) for k, v in report.cpu.items()},
                      "process_cpu_s": round(_cpu_seconds(), 2),
                      "load_average": [round(x, 2) for x in os.getloadavg()]}))


def _cpu_seconds() -> float:
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def bench_size(count: int, analyser: str, workers: int | None, scenarios: list[str], scaling: int, repeat: int,
               workdir: Path | None) -> dict[str, Any]:
    """Every scenario on one corpus size, each build in a fresh process."""
    with tempfile.TemporaryDirectory(prefix=f"briefing-bench-{count}-", dir=workdir) as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        make_bench_project(root, count)
        corpus_bytes, _ = folder_size(root / "seeds")
        result: dict[str, Any] = {"articles": count, "corpus_mb": round(corpus_bytes / 2**20, 1),
                                  "corpus_s": round(time.perf_counter() - started, 1), "scenarios": []}
        print(f"\n== {count} articles ({result['corpus_mb']} MB of text) in {root}", flush=True)
        print(HEADER, flush=True)
        for name in scenarios:
            if name == "changed":
                result["changed_article"] = edit_one_article(root / "seeds", count)
            elif name == "added":
                result["added_article"] = add_one_article(root / "seeds", count)
            elif name == "tracks":
                edit_tracks(root)
            elif name == "clone":  # what a fresh clone has: the articles, configuration and summaries
                for folder in (".briefing-cache", "docs", "site"):
                    shutil.rmtree(root / folder, ignore_errors=True)
            args = ["--build", name, "--root", str(root), "--analyser", analyser]
            figures = _subprocess_json(args + (["--workers", str(workers)] if workers else []))
            result["scenarios"].append(figures)
            print(format_row(figures), flush=True)
        result["first_search"] = search = first_search_download(root / "site")
        print(f"first search downloads at most {search['largest_kb']:,.0f} KB gzip ({search['largest_query']}; "
              f"median {search['median_kb']:,.0f} KB, small index {search['index_kb']:,.0f} KB)", flush=True)
        if scaling:
            result["analysis_scaling"] = scale = parallel_scaling(root, analyser, min(scaling, count), repeat)
            pipe, alone = scale["pipeline"], scale["analyse_articles"]
            print(f"1 vs 2 workers, {scale['articles']} articles, no cache, best of {repeat}:\n"
                  f"  build's analyse stage {pipe['analyse_stage_s']['1']} s -> {pipe['analyse_stage_s']['2']} s "
                  f"({pipe['analyse_stage_speedup']}x); analyse+extract+summarise {pipe['wall_s']['1']} s -> "
                  f"{pipe['wall_s']['2']} s ({pipe['speedup']}x)\n"
                  f"  analyse_articles() alone {alone['wall_s']['1']} s -> {alone['wall_s']['2']} s "
                  f"({alone['speedup']}x)", flush=True)
    return result


HEADER = (f"{'build':<9}{'wall s':>8}" + "".join(f"{stage:>10}" for stage in STAGES)
          + f"{'art/s':>8}{'analysed':>9}{'extracted':>10}{'pages w':>8}{'peak MB':>9}{'site MB':>9}"
          f"{'index MB':>9}{'load':>6}")


def format_row(f: dict[str, Any]) -> str:
    stages = "".join(f"{f['stages_s'][stage]:>10.2f}" for stage in STAGES)
    return (f"{f['scenario']:<9}{f['wall_s']:>8.2f}{stages}{f['articles_per_s']:>8.1f}{f['analysed']:>9}"
            f"{f['extracted']:>10}{f['pages_written']:>8}{f['peak_tree_rss_mb']:>9.0f}{f['site_mb']:>9.1f}"
            f"{(f['search_index_mb'] or 0):>9.2f}{f['load_average'][0]:>6.1f}")


def markdown_table(results: list[dict[str, Any]]) -> str:
    """The README table: one row per size and build."""
    lines = ["| articles | build | total s | ingest | analyse | extract | summarise | render | mkdocs | "
             "articles/s | re-analysed | pages rewritten | peak RSS MB | site MB | search index MB (small file) |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size in results:
        for f in size["scenarios"]:
            s = f["stages_s"]
            lines.append(
                f"| {size['articles']:,} | {LABELS[f['scenario']]} | {f['wall_s']:.1f} | {s['ingest']:.1f} | "
                f"{s['analyse']:.1f} | {s['extract']:.1f} | {s['summarise']:.1f} | {s['render']:.1f} | "
                f"{s['mkdocs']:.1f} | {f['articles_per_s']:.0f} | {f['analysed']} | {f['pages_written']} | "
                f"{f['peak_tree_rss_mb']:.0f} | {f['site_mb']:.0f} | {f['search_index_mb'] or 0:.1f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 5000], help="Corpus sizes.")
    parser.add_argument("--json", type=Path, default=None, help="Write the figures here as JSON.")
    parser.add_argument("--analyser", default="offline", help="Backend (default: offline).")
    parser.add_argument("--workers", type=int, default=None, help="Worker processes (default: the cores).")
    parser.add_argument("--scenarios", nargs="*", choices=SCENARIOS, default=list(DEFAULT_SCENARIOS),
                        help="Builds to run, in order (default: cold warm changed added).")
    parser.add_argument("--scaling", type=int, default=1000,
                        help="Articles for the 1-vs-2-worker analysis measurement, on the first size (0: skip).")
    parser.add_argument("--repeat", type=int, default=2, help="Runs of each worker count in that measurement.")
    parser.add_argument("--workdir", type=Path, default=None, help="Where the temporary projects go.")
    # Internal: one build, or the analysis alone, in a fresh process.
    parser.add_argument("--build", choices=SCENARIOS, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--analyse-articles-only", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--pipeline-only", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--sample", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # torch/BLAS threads fight on a small machine

    if args.analyse_articles_only:
        analyse_only(args.analyse_articles_only, args.workers or 1, args.analyser, args.sample)
        return
    if args.pipeline_only:
        pipeline_only(args.pipeline_only, args.workers or 1, args.analyser, args.sample)
        return
    if args.build:
        print(json.dumps(build_once(args.build, args.root, args.analyser, args.workers)))
        return

    from generator.analyse import default_workers

    results = [bench_size(count, args.analyser, args.workers, args.scenarios, args.scaling if n == 0 else 0,
                          args.repeat, args.workdir) for n, count in enumerate(args.articles)]
    summary = {
        "machine": {"cpus": os.cpu_count(), "workers": args.workers or default_workers(),
                    "python": platform.python_version(), "platform": platform.platform()},
        "analyser": args.analyser,
        "command": "python benchmarks/run.py " + " ".join(sys.argv[1:]),
        "sizes": results,
    }
    print("\n" + markdown_table(results))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")


if __name__ == "__main__":
    main()
