"""What a reader downloads for a first search, as served (gzip), at desk scale and beyond.

    python benchmarks/search_download.py SITE                   # a built site (benchmarks/run.py --keep)
    python benchmarks/search_download.py SITE --scale 5000 50000  # its articles copied up to N pages

For each query of a fixed list (names in three scripts, common words in four languages), typed
one character at a time as a reader types it, this replays what `briefing-search.js` fetches
(the small index, then the word files of the query's words and the page files of the newest
matching articles; see generator/search_index.py) and adds up the gzip sizes of the files, each
counted once. It prints the largest and the median over the queries, beside the size of the one
index Material's search would download instead. With `--scale`, the site's article entries are
copied (new locations, dates and one new word per copy, so the vocabulary grows too) up to N
article pages, split again, and measured the same way: a synthetic corpus.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.search_index import SHARDED_SECTION, read_search_index, shard_search_index, word_file  # noqa: E402

QUERIES = ("Ryabkov", "Рябков", "ريابكوف", "Putin", "Zelensky", "Witkoff", "talks", "ceasefire", "переговоры",
           "переговори", "مفاوضات", "Geneva", "prisoner exchange")


def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


def query_words(query: str, separator: re.Pattern[str]) -> list[str]:
    """As the worker reads a query: lower-cased, split, without the query syntax."""
    found = []
    for word in separator.split(query.lower()):
        word = re.sub(r"[~^]\d*$", "", word.lstrip("+-")).strip("*")
        word = word[word.rfind(":") + 1:]
        if word:
            found.append(word)
    return found


def first_search_download(site: Path, queries: tuple[str, ...] = QUERIES) -> dict[str, Any]:
    """Bytes (gzip) downloaded for each query typed into a fresh page of `site`."""
    search = site / "search"
    base = search / "search_index.json"
    index = json.loads(base.read_text(encoding="utf-8"))
    shards = index["config"]["shards"]
    separator = re.compile(index["config"]["separator"])
    keys = set(shards["keys"])
    sizes: dict[str, int] = {}
    for query in queries:
        fetched: dict[Path, int] = {base: _gzip_size(base)}
        words: dict[str, list[int]] = {}
        for typed in range(1, len(query) + 1):
            queried = query_words(query[:typed], separator)
            for word in queried:
                if len(word) < shards["key_length"] or word_file(word) not in keys:
                    continue
                path = search / "terms" / f"{word_file(word)}.json"
                if path not in fetched:
                    fetched[path] = _gzip_size(path)
                    words.update(json.loads(path.read_text(encoding="utf-8")))
            hits: dict[int, int] = {}
            for word in queried:
                pages = {page for indexed, listed in words.items() if indexed.startswith(word) for page in listed}
                for page in pages:
                    hits[page] = hits.get(page, 0) + 1
            for page in sorted(hits, key=lambda p: (-hits[p], p))[:shards["max_pages"]]:
                path = search / "pages" / f"{page // shards['pages_per_file']}.json"
                if path not in fetched:
                    fetched[path] = _gzip_size(path)
        sizes[query] = sum(fetched.values())
    worst = max(sizes, key=lambda q: sizes[q])
    return {"articles": shards["pages"], "index_kb": round(_gzip_size(base) / 1024, 1),
            "largest_kb": round(sizes[worst] / 1024, 1), "largest_query": worst,
            "median_kb": round(statistics.median(sizes.values()) / 1024, 1),
            "per_query_kb": {q: round(s / 1024, 1) for q, s in sizes.items()}}


def scaled_site(site: Path, count: int, folder: Path) -> Path:
    """A search folder with the site's article entries copied up to `count` article pages."""
    index = read_search_index(site)
    kept = [d for d in index["docs"] if not d["location"].startswith(SHARDED_SECTION)]
    pages: dict[str, list[dict[str, Any]]] = {}
    for doc in index["docs"]:
        if doc["location"].startswith(SHARDED_SECTION):
            pages.setdefault(doc["location"].split("#")[0], []).append(doc)
    originals = sorted(pages)
    docs, dates = list(kept), {}
    for n in range(count):
        source = originals[n % len(originals)]
        location = f"{SHARDED_SECTION}copy{n}-{source[len(SHARDED_SECTION):]}"
        dates[location] = f"{2000 + n % 27:04d}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        for doc in pages[source]:
            copy = dict(doc, location=location + doc["location"][len(source):])
            if "#" not in doc["location"]:
                copy["text"] = f"{doc['text']} w{n:x}"  # one new word per page: the vocabulary grows
            docs.append(copy)
    target = folder / "site"
    (target / "search").mkdir(parents=True)
    full = {"config": index["config"], "docs": docs}
    (target / "search" / "search_index.json").write_text(json.dumps(full), encoding="utf-8")  # as Material writes it
    material_kb = round(_gzip_size(target / "search" / "search_index.json") / 1024, 1)
    shard_search_index(target, dates)
    (target / "material_kb").write_text(str(material_kb), encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="A site built by `briefing build`.")
    parser.add_argument("--scale", type=int, nargs="*", default=[], help="Article counts to copy the site up to.")
    args = parser.parse_args()
    rows = [("site as built", first_search_download(args.site), None)]
    for count in args.scale:
        with tempfile.TemporaryDirectory(prefix="briefing-search-") as tmp:
            scaled = scaled_site(args.site, count, Path(tmp))
            rows.append((f"copied to {count:,}", first_search_download(scaled),
                         float((scaled / "material_kb").read_text(encoding="utf-8"))))
            shutil.rmtree(scaled)
    print("| corpus | articles | first search: largest (query) | median | small index | Material's one index |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, figures, material in rows:
        print(f"| {label} | {figures['articles']:,} | {figures['largest_kb']:,.0f} KB ({figures['largest_query']}) | "
              f"{figures['median_kb']:,.0f} KB | {figures['index_kb']:,.0f} KB | "
              f"{'–' if material is None else f'{material:,.0f} KB'} |")
    print(json.dumps([{"corpus": label, **figures, "material_kb": material} for label, figures, material in rows]))


if __name__ == "__main__":
    main()
