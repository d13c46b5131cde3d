"""The search index a reader downloads, kept light as the archive grows.

Material's search plugin writes one `search/search_index.json` with every entry of every page,
which the browser downloads whole on the first search (18 MB at 5,000 articles). After the
build, `shard_search_index` splits it:

- `search/search_index.json` keeps the configuration (with a `shards` key that describes the
  rest), and the entries of every page that is not an article (actors, tracks, the home page:
  what a search should always see);
- `search/pages/<n>.json` hold the article entries, all the entries of one page together, pages
  newest first, `PAGES_PER_FILE` pages a file;
- `search/terms/<key>.json` map each word of the articles (lower-cased and split as Material's
  search splits them) to the pages that contain it, by the first `KEY_LENGTH` characters of the
  word (`key` is their UTF-8 bytes in hex, so every script makes a safe file name).

`briefing-search.js`, a small web worker that wraps Material's own (same search, same look, the
same results for what it loads), reads the word files of the query's words, then the page files
of the newest `MAX_PAGES` matching articles, and hands Material's worker those entries. The
first search downloads the small index, a word file and a few page files.

Each entry is also written compactly: UTF-8 without spaces (Material escapes every Cyrillic and
Arabic letter as \\uXXXX), a page's tags on its first entry only (Material copies them onto every
section of the page, and a result is shown with its page's tags anyway).
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

KEY_LENGTH = 2  # characters of a word that name its word file
PAGES_PER_FILE = 16  # article pages per page file
MAX_PAGES = 60  # matching article pages the worker loads for one query, newest first (in the worker too)
SHARDED_SECTION = "articles/"  # pages whose entries are loaded on demand
_TAG = re.compile(r"<[^>]+>")
_FORMAT = 1


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def words(text: str, separator: re.Pattern[str]) -> set[str]:
    """The words Material's search indexes in a text: split on its separator, lower-cased."""
    plain = html.unescape(_TAG.sub(" ", text))
    return {word for word in separator.split(plain.lower()) if word}


def word_file(word: str) -> str:
    """The name of the word file that lists a word."""
    return word[:KEY_LENGTH].encode("utf-8").hex()


def _without_repeated_tags(docs: list[dict[str, Any]]) -> None:
    tagged: set[str] = set()
    for entry in docs:
        location = str(entry.get("location", ""))
        page = location.split("#", 1)[0]
        if "tags" in entry:
            if page in tagged and "#" in location:
                del entry["tags"]
            tagged.add(page)


def shard_search_index(site: Path, dates: Mapping[str, str],
                       known_words: Mapping[str, str] | None = None) -> dict[str, str]:
    """Split Material's `search/search_index.json` in `site` (see the module docstring).

    `dates` gives the publication date (ISO) of article pages by their URL, for the order of
    the page files: a query loads the newest matching articles. `known_words` has the words of
    pages whose entries are those of the last build, by URL; the words of every article page
    are returned (sorted, one a line: words hold no whitespace).
    """
    path = site / "search" / "search_index.json"
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if "shards" in index.get("config", {}):
        return {}  # split already
    docs: list[dict[str, Any]] = index.get("docs", [])
    _without_repeated_tags(docs)
    kept: list[dict[str, Any]] = []
    pages: dict[str, list[dict[str, Any]]] = {}
    for entry in docs:
        page = str(entry.get("location", "")).split("#", 1)[0]
        if page.startswith(SHARDED_SECTION):
            pages.setdefault(page, []).append(entry)
        else:
            kept.append(entry)
    order = sorted(pages, key=lambda page: (dates.get(page) or "", page), reverse=True)
    separator = re.compile(index.get("config", {}).get("separator") or r"[\s\-]+")
    postings: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    keys: dict[str, str] = {}  # word -> its word file (most words are on many pages)
    page_words: dict[str, str] = {}
    for number, page in enumerate(order):
        found = (known_words or {}).get(page)
        if found is None:
            seen: set[str] = set()
            for entry in pages[page]:
                for field in ("title", "text"):
                    seen |= words(str(entry.get(field) or ""), separator)
                for tag in entry.get("tags") or []:
                    seen |= words(str(tag), separator)
            found = "\n".join(sorted(seen))
        page_words[page] = found
        for word in found.split("\n") if found else ():
            key = keys.get(word)
            if key is None:
                key = keys[word] = word_file(word)
            postings[key][word].append(number)

    for folder in ("pages", "terms"):
        target = site / "search" / folder
        target.mkdir(parents=True, exist_ok=True)
        for old in target.glob("*.json"):
            old.unlink()
    for start in range(0, len(order), PAGES_PER_FILE):
        entries = [entry for page in order[start:start + PAGES_PER_FILE] for entry in pages[page]]
        (site / "search" / "pages" / f"{start // PAGES_PER_FILE}.json").write_text(_dump(entries), encoding="utf-8")
    for key, listed in postings.items():
        (site / "search" / "terms" / f"{key}.json").write_text(_dump(listed), encoding="utf-8")
    index["docs"] = kept
    # In the configuration: Material's page hands the worker only `config` and `docs`.
    index.setdefault("config", {})["shards"] = {
        "format": _FORMAT, "key_length": KEY_LENGTH, "pages_per_file": PAGES_PER_FILE, "max_pages": MAX_PAGES,
        "pages": len(order), "keys": sorted(postings)}
    path.write_text(_dump(index), encoding="utf-8")
    return page_words


def read_search_index(site: Path) -> dict[str, Any]:
    """The split index of a built site put back together: Material's index, less repeated tags."""
    index: dict[str, Any] = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = list(index["docs"])
    for path in sorted((site / "search" / "pages").glob("*.json"), key=lambda p: int(p.stem)):
        docs += json.loads(path.read_text(encoding="utf-8"))
    config = {key: value for key, value in index["config"].items() if key != "shards"}
    return {**index, "config": config, "docs": docs}
