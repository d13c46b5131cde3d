"""Search index and site size at scale: N synthetic briefings -> render -> mkdocs build (-> Pagefind).

The corpus is made from the five committed summaries in `summaries/` and their articles in
`seeds/`: each synthetic briefing takes one summary (with its article text, so every offset
still fits), gives it a new id, a date and a numbered title, and recombines its fact lines with
those of another summary and rotates its quotes, so pages differ as real ones would.

    python benchmarks/search_index.py 1000 5000            # Material search, as configured
    python benchmarks/search_index.py 1000 --pagefind      # also index the site with Pagefind
    python benchmarks/search_index.py 200 --keep /tmp/big  # keep the built project to look at

Prints, per N: pages, render and build time (ms per page, wall clock and CPU time: on a busy
machine the CPU figure is the fair one), site size, the size of Material's
search index (raw and gzipped, as a web server would send it) and, with --pagefind, Pagefind's
bundle size and indexing time. Nothing in the repository is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MKDOCS_DEFAULT = REPO / "generator" / "scaffold" / "mkdocs.yml"  # the tool's default MkDocs configuration
sys.path.insert(0, str(REPO))

from generator.config import SiteConfig, load_config  # noqa: E402
from generator.ingest import ingest_folder  # noqa: E402
from generator.records import Article  # noqa: E402
from generator.render import render_site  # noqa: E402
from generator.schema import Summary  # noqa: E402
from generator.summarise import read_summaries  # noqa: E402

START = dt.date(2015, 1, 1)


def synthetic(
    n: int, summaries: list[Summary], articles: dict[str, Article]
) -> tuple[list[Summary], dict[str, Article]]:
    """N briefings recombined from the given summaries, with new ids, dates and titles."""
    base = sorted(summaries, key=lambda s: s.article.id)
    out: list[Summary] = []
    texts: dict[str, Article] = {}
    for i in range(n):
        s = base[i % len(base)]
        donor = base[(i // len(base) + 1 + i) % len(base)]
        new_id = f"syn{i:05d}-{s.article.id}"
        date = (START + dt.timedelta(days=(i * 7) % 3650)).isoformat()
        facts = list(s.facts)
        extra = donor.facts[: 1 + i % 3] if donor is not s else []
        rot = i % max(1, len(s.quotes))
        quotes = s.quotes[rot:] + s.quotes[:rot]
        meta = s.article.model_copy(update={"id": new_id, "title": f"{s.article.title} ({i})", "date": date,
                                             "date_source": "front-matter"})
        out.append(s.model_copy(update={"article": meta, "facts": facts + extra, "quotes": quotes}))
        if s.article.id in articles:
            source = articles[s.article.id]
            texts[new_id] = Article(id=new_id, path=source.path, text=source.text, title=meta.title,
                                    lang=source.lang, date=dt.date.fromisoformat(date), source=source.source,
                                    url=source.url, content_hash=source.content_hash,
                                    title_in_text=source.title_in_text)
    return out, texts


def _child_cpu() -> float:
    """CPU seconds used by finished child processes (a fair figure on a busy machine)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _tree_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def project(root: Path) -> SiteConfig:
    """A copy of the desk's configuration, templates, assets and mkdocs.yml under `root`."""
    shutil.copytree(REPO / "site_config", root / "site_config",
                    ignore=shutil.ignore_patterns("corrections", "site.yml"))
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "docs_assets", root / "docs_assets")
    shutil.copy(MKDOCS_DEFAULT, root / "mkdocs.yml")
    return load_config(root)


def run(n: int, pagefind: bool, keep: Path | None) -> dict[str, float]:
    summaries, errors = read_summaries(REPO / "summaries")
    if errors or not summaries:
        raise SystemExit(f"cannot read summaries/: {errors or 'none found'}")
    ingested = ingest_folder(REPO / "seeds", max_chars=2_000_000, root=REPO)
    corpus, texts = synthetic(n, summaries, {a.id: a for a in ingested.articles})

    root = Path(tempfile.mkdtemp(prefix=f"briefing-bench-{n}-")) if keep is None else keep
    try:
        config = project(root)
        t0 = time.perf_counter()
        result = render_site(corpus, texts, config, root / "docs")
        render_s = time.perf_counter() - t0
        pages = sum(1 for rel in result.written if rel.endswith(".md"))
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        t0 = time.perf_counter()
        c0 = _child_cpu()
        proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f",
                               str(root / "mkdocs.yml"), "-d", str(root / "site")],
                              cwd=root, env=env, capture_output=True, text=True, check=False)
        build_s = time.perf_counter() - t0
        build_cpu_s = _child_cpu() - c0
        if proc.returncode:
            raise SystemExit(f"mkdocs build failed:\n{proc.stderr[-4000:]}")
        index = root / "site" / "search" / "search_index.json"
        raw = index.read_bytes()
        entries = len(json.loads(raw)["docs"])
        files, size = _tree_size(root / "site")
        figures: dict[str, float] = {
            "articles": n, "pages": pages, "render_s": render_s, "build_s": build_s,
            "build_ms_per_page": 1000 * build_s / pages, "build_cpu_ms_per_page": 1000 * build_cpu_s / pages,
            "site_mb": size / 1e6, "site_files": files,
            "index_mb": len(raw) / 1e6, "index_gzip_mb": len(gzip.compress(raw, 6)) / 1e6,
            "index_entries": entries, "index_kb_per_page": len(raw) / 1e3 / pages,
        }
        if pagefind:
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(root / "site"),
                                   "--output-subdir", "pagefind", "--root-selector", "article"],
                                  capture_output=True, text=True, check=False)
            figures["pagefind_s"] = time.perf_counter() - t0
            if proc.returncode:
                raise SystemExit(f"pagefind failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
            _, pf_size = _tree_size(root / "site" / "pagefind")
            figures["pagefind_mb"] = pf_size / 1e6
        return figures
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000], help="numbers of articles")
    parser.add_argument("--pagefind", action="store_true", help="also build a Pagefind index and measure it")
    parser.add_argument("--keep", type=Path, help="build here and keep it (one size only)")
    args = parser.parse_args()
    if args.keep and len(args.sizes) != 1:
        parser.error("--keep takes one size")
    for n in args.sizes:
        f = run(n, args.pagefind, args.keep)
        line = (f"{n:>6} articles  {int(f['pages']):>6} pages  render {f['render_s']:6.1f} s  "
                f"mkdocs build {f['build_s']:6.1f} s ({f['build_ms_per_page']:.1f} ms/page wall, "
                f"{f['build_cpu_ms_per_page']:.1f} ms/page CPU)  "
                f"site {f['site_mb']:7.1f} MB in {int(f['site_files'])} files  "
                f"search_index.json {f['index_mb']:6.2f} MB ({f['index_gzip_mb']:.2f} MB gzipped, "
                f"{f['index_kb_per_page']:.1f} KB/page, {int(f['index_entries'])} entries)")
        if "pagefind_mb" in f:
            line += f"  pagefind {f['pagefind_mb']:6.2f} MB in {f['pagefind_s']:.1f} s"
        print(line, flush=True)


if __name__ == "__main__":
    main()
