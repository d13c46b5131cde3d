"""The `briefing` MkDocs plugin: the search index and the pages are what they are without it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from generator.mkdocs_plugin import (
    with_sharded_search,
    without_excluded_regions,
    without_indentation,
    without_markers,
    without_search_attributes,
)
from generator.render import RAW_END, RAW_START
from tests.builders import make_project

REPO = Path(__file__).resolve().parents[1]


def _region(html: str) -> str:
    return f"{RAW_START}\n{html}\n{RAW_END}"


def test_only_regions_the_index_leaves_out_are_left_out() -> None:
    page = "\n".join([
        "<h1 id=\"t\">Title</h1>", _region("<p>card</p>"),
        _region('<div class="x" data-search-exclude><p>hidden</p></div>'),
        "<h2 data-search-exclude id=\"k\">Key points</h2>", _region("<ul><li>long</li></ul>"),
        "<p>outside any region</p>", _region("<table><tr><td>x</td></tr></table>"),
        "<h2 id=\"q\">Quotes</h2>", _region("<blockquote>kept</blockquote>"),
        "<h3 id=\"o\" data-search-exclude>Original</h3>", _region("<div>text</div>"),
    ])
    trimmed = without_excluded_regions(page)
    for kept in ("<p>card</p>", "Key points", "<p>outside any region</p>", "<blockquote>kept</blockquote>",
                 "Original"):
        assert kept in trimmed
    for dropped in ("<li>long</li>", "<td>x</td>", "<div>text</div>", "hidden"):
        assert dropped not in trimmed
    assert without_excluded_regions("<h2 id=\"a\">A</h2>" + _region("<p>x</p>")).endswith("<p>x</p>\n" + RAW_END)
    assert without_markers(_region("<p>x</p>")) == "<p>x</p>"


def test_indentation_goes_except_in_verbatim_blocks() -> None:
    page = ("<div>\n    <p>a\n      b</p>\n\n  \n<pre>\n  code\n    more</pre>\n  <script>\n  var x = `\n  y`;\n"
            "</script>\n</div>")
    assert without_indentation(page) == (
        "<div>\n<p>a\nb</p>\n<pre>\n  code\n    more</pre>\n<script>\n  var x = `\n  y`;\n</script>\n</div>")
    assert without_indentation("<PRE class=x>\n  kept</PRE >\n  gone") == "<PRE class=x>\n  kept</PRE >\ngone"


def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_site_is_the_same_with_and_without_the_plugin(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    for name in ("actors.yml", "tracks.yml"):
        shutil.copy(REPO / "site_config" / name, root / "site_config" / name)
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "summaries", root / "summaries")
    subprocess.run([sys.executable, "-m", "generator.cli", "render"], cwd=root, check=True, capture_output=True)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\n  - briefing\n" in config
    (root / "without.yml").write_text(config.replace("\n  - briefing\n", "\n"), encoding="utf-8")
    sites = {}
    for name, config_file in (("with", "mkdocs.yml"), ("without", "without.yml")):
        site = tmp_path / name
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", str(root / config_file),
                        "-d", str(site)], cwd=root, check=True, capture_output=True)
        sites[name] = _site_files(site)
    split = {name for name in sites["with"] if name.startswith(("search/pages/", "search/terms/"))}
    assert split and sites["with"].keys() - split == sites["without"].keys()
    # The same search entries: the article pages' in the files the browser reads on demand.
    index = json.loads(sites["with"]["search/search_index.json"])
    entries = index["docs"] + [entry for name in sorted(split) if name.startswith("search/pages/")
                               for entry in json.loads(sites["with"][name])]
    plain = json.loads(sites["without"]["search/search_index.json"])["docs"]
    assert sorted(e["location"] for e in entries) == sorted(e["location"] for e in plain)
    assert {e["location"]: e["text"] for e in entries} == {e["location"]: e["text"] for e in plain}
    assert any("Ryabkov" in entry["text"] for entry in entries)
    assert index["config"]["shards"]["pages"] == len({e["location"].split("#")[0] for e in entries
                                                      if e["location"].startswith("articles/")})
    pages = [name for name in sites["with"] if name.endswith(".html")]
    assert len(pages) > 20
    for name in pages:
        html = sites["with"][name].decode("utf-8")
        assert RAW_START not in html and RAW_END not in html
        plain_html = sites["without"][name].decode("utf-8")
        assert html == with_sharded_search(without_indentation(without_markers(plain_html))), name
        assert "briefing-search.js?material=search." in html


def test_search_attributes_go_as_materials_search_plugin_removes_them() -> None:
    import re

    material = re.compile(r'\s?data-search-\w+="[^"]+"')
    for html in ('<h2 data-search-exclude id="a">A</h2>', '<p data-search-boost="2">x</p> data-search-x="1"',
                 'data-search-exclude="y"<b\ndata-search-z="q">', "<p>none</p>", '<h2 data-search-exclude="">'):
        assert without_search_attributes(html) == material.sub("", html)
