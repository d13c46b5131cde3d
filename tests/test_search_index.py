"""The search index split for the browser: what the first search downloads, and that nothing is lost."""

import json
import re
from pathlib import Path

from generator.search_index import MAX_PAGES, PAGES_PER_FILE, shard_search_index, word_file, words

SEPARATOR = r'[\s\-,:;!?=\[\]()"«»“”„/،؛؟·]+|\.(?!\d)|&[lg]t;'
TAGS = ["US–Russia bilateral channel", "Sergey Ryabkov"]


def _site(tmp_path: Path, articles: int = 3) -> Path:
    docs = [{"location": "", "title": "Home", "text": "Latest briefings"},
            {"location": "actors/sergey-ryabkov/", "title": "Sergey Ryabkov", "text": "Рябков ريابكوف"}]
    for n in range(articles):
        docs += [{"location": f"articles/a{n}/", "title": f"Talks {n}", "text": f"Рябков said <b>Geneva</b> {n}",
                  "tags": TAGS},
                 {"location": f"articles/a{n}/#quotes", "title": "Quotes", "text": "<p>ريابكوف: مفيدة</p>",
                  "tags": TAGS}]
    folder = tmp_path / "site" / "search"
    folder.mkdir(parents=True)
    (folder / "search_index.json").write_text(json.dumps({"config": {"separator": SEPARATOR}, "docs": docs}),
                                              encoding="utf-8")
    return tmp_path / "site"


def _read(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


def test_articles_leave_the_first_download_and_nothing_is_lost(tmp_path: Path) -> None:
    site = _site(tmp_path)
    before = _read(site / "search" / "search_index.json")["docs"]
    shard_search_index(site, {"articles/a0/": "2025-01-01", "articles/a1/": "2025-03-01", "articles/a2/": "2025-02-01"})
    index = _read(site / "search" / "search_index.json")
    assert [d["location"] for d in index["docs"]] == ["", "actors/sergey-ryabkov/"]
    shards = index["config"]["shards"]
    assert shards["pages"] == 3 and shards["pages_per_file"] == PAGES_PER_FILE and shards["max_pages"] == MAX_PAGES
    entries = _read(site / "search" / "pages" / "0.json")
    # Newest first, each page's entries together, its tags on its first entry only.
    assert [e["location"] for e in entries] == ["articles/a1/", "articles/a1/#quotes", "articles/a2/",
                                                 "articles/a2/#quotes", "articles/a0/", "articles/a0/#quotes"]
    assert all(("tags" in e) == ("#" not in e["location"]) for e in entries)
    assert {e["location"] for e in entries} | {d["location"] for d in index["docs"]} == {d["location"] for d in before}
    # Every word, in every script, points at the pages that hold it (by their number in that order).
    for word, pages in (("рябков", [0, 1, 2]), ("ريابكوف", [0, 1, 2]), ("geneva", [0, 1, 2]), ("1", [0])):
        assert _read(site / "search" / "terms" / f"{word_file(word)}.json")[word] == pages, word
        assert word_file(word) in shards["keys"]
    assert "b" not in _read(site / "search" / "terms" / f"{word_file('bilateral')}.json")  # no HTML tags


def test_page_files_hold_a_fixed_number_of_pages(tmp_path: Path) -> None:
    site = _site(tmp_path, articles=PAGES_PER_FILE + 1)
    shard_search_index(site, {})
    assert sorted(p.name for p in (site / "search" / "pages").iterdir()) == ["0.json", "1.json"]
    assert len(_read(site / "search" / "pages" / "1.json")) == 2  # one page: its two entries
    shard_search_index(site, {})  # again, over its own output: left as it is
    assert sorted(p.name for p in (site / "search" / "pages").iterdir()) == ["0.json", "1.json"]


def test_words_are_split_and_lower_cased_as_materials_search_does() -> None:
    separator = re.compile(SEPARATOR)
    assert words("<p>Sergey Ryabkov, «Рябков»: U.S.-Russia &amp; 3.5%</p>", separator) >= {
        "sergey", "ryabkov", "рябков", "u", "s", "russia", "3.5%"}
    assert word_file("Рябков".lower()) == "d180d18f"
