"""The `briefing` MkDocs plugin (mkdocs.yml `plugins: [briefing]`): a faster site build.

The site is the same without it (a test checks that, apart from indentation); it only skips
work. The pages are mostly pre-rendered HTML regions (see `generator.render.stash_raw_regions`):

- Before Python-Markdown reads a page, each run of regions is replaced by a one-line comment,
  and put back in the HTML after: Markdown's passes over the whole text see a small page.
- Material's search plugin reads every page's HTML with Python's `html.parser`, tag by tag, and
  then throws away what is excluded from search (an article's details, original text, fact
  card: most of its HTML). It gets a copy of the page without the regions it would throw away;
  the page gets its full content back before the theme renders it. The index is the same.
- Every page is written without the indentation of its lines (a tenth of a page, a third of the
  theme's markup) outside `<pre>`, `<textarea>`, `<script>` and `<style>`: a line break stays
  wherever there was whitespace, so the page renders the same. (A hand-written page that sets
  CSS `white-space: pre` on another element would lose that element's indentation.)
- The theme's template environment stops checking every template file on disk each time a page
  includes it (Jinja's `auto_reload`): nothing changes them during a build.

Another plugin that changes `page.content` in `on_page_context` between this plugin's two
handlers (priorities 100 and -100) would see its change replaced by the full content.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from .render import RAW_END, RAW_START, stash_raw_regions

_EXCLUDED_HEADING = re.compile(r"<h([1-6])\b[^>]*\bdata-search-exclude\b[^>]*>")
_HEADING = re.compile(r"<h[1-6][\s>]")
_EXCLUDED_ROOT = re.compile(r"\s*<[a-zA-Z][\w-]*\b[^>]*\bdata-search-exclude\b[^>]*>")
# The attributes Material's search plugin strips from the page once it has indexed it (with the
# whitespace before each); matched from their literal start, which is much faster on long pages.
_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="[^"]+"')


def without_excluded_regions(html: str) -> str:
    """`html` less the pre-rendered regions the search index would leave out.

    Those are the regions in sections whose heading is excluded (a section runs from its heading
    to the next heading, as Material's search parser reads it), and the regions whose first
    element is excluded: the templates write such a region as that one element. Only whole
    regions are removed, and the templates write each as balanced HTML between the two marker
    comments, so what is left parses to the same sections and the same text.
    """
    if "data-search-exclude" not in html or RAW_START not in html:
        return html
    parts: list[str] = []
    position = 0
    while (heading := _EXCLUDED_HEADING.search(html, position)) is not None:
        following = _HEADING.search(html, heading.end())
        end = following.start() if following else len(html)
        parts.append(_drop_regions(html[position:heading.end()], excluded_only=True))
        parts.append(_drop_regions(html[heading.end():end]))
        position = end
    parts.append(_drop_regions(html[position:], excluded_only=True))
    return "".join(parts)


def _drop_regions(html: str, excluded_only: bool = False) -> str:
    """`html` without its regions (with `excluded_only`, those whose first element is excluded)."""
    kept: list[str] = []
    position = 0
    while (start := html.find(RAW_START, position)) >= 0:
        end = html.find(RAW_END, start)
        if end < 0:
            break
        if excluded_only and not _EXCLUDED_ROOT.match(html, start + len(RAW_START)):
            kept.append(html[position:end + len(RAW_END)])
        else:
            kept.append(html[position:start])
        position = end + len(RAW_END)
    kept.append(html[position:])
    return "".join(kept)


_REGION_PLACEHOLDER = re.compile(r"<!-- briefing:region (\d+) -->")


_VERBATIM = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_INDENTED_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def without_indentation(html: str) -> str:
    """`html` with each run of line breaks and indentation made one line break, verbatim blocks kept."""
    parts: list[str] = []
    position = 0
    for block in _VERBATIM.finditer(html):
        parts.append(_INDENTED_LINES.sub("\n", html[position:block.start()]))
        parts.append(block.group(0))
        position = block.end()
    parts.append(_INDENTED_LINES.sub("\n", html[position:]))
    return "".join(parts)


def without_search_attributes(html: str) -> str:
    """What Material's `re.sub(r'\\s?data-search-\\w+="[^"]+"', "", ...)` makes of `html`."""
    parts: list[str] = []
    position = 0
    for found in _SEARCH_ATTRIBUTE.finditer(html):
        start = found.start()
        if start > position and html[start - 1].isspace():
            start -= 1
        parts.append(html[position:start])
        position = found.end()
    if not parts:
        return html
    parts.append(html[position:])
    return "".join(parts)


def without_markers(html: str) -> str:
    """The page as published: the region markers are only for this plugin."""
    return html.replace(RAW_START + "\n", "").replace("\n" + RAW_END, "")


class BriefingPlugin(BasePlugin):  # type: ignore[type-arg]
    """Registered as the `briefing` entry point in pyproject.toml."""

    def __init__(self) -> None:
        self._full: dict[str, str] = {}
        self._regions: dict[str, list[str]] = {}

    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Any) -> str:
        """Take the pre-rendered regions out before Python-Markdown reads the page.

        Each run of regions becomes a one-line comment, so Python-Markdown's passes over the
        whole text (whitespace, lines, blocks) see a page a tenth the size; `on_page_content`
        puts the regions back, as `RawBlockExtension` would have passed them through.
        """
        if RAW_START not in markdown:
            return markdown
        regions: list[str] = []

        def store(html: str) -> str:
            # Python-Markdown would expand tabs (to 4 columns) before the extension sees a line.
            regions.append(html.expandtabs(4) if "\t" in html else html)
            return f"<!-- briefing:region {len(regions) - 1} -->"

        lines = stash_raw_regions(markdown.split("\n"), store)
        self._regions[page.file.src_uri] = regions
        return "\n".join(lines)

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        regions = self._regions.pop(page.file.src_uri, None)
        if not regions:
            return html
        return _REGION_PLACEHOLDER.sub(lambda found: regions[int(found.group(1))], html)

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        env.auto_reload = False
        return env

    @event_priority(100)  # before the search plugin (priority 0) reads page.content
    def _hide_excluded_regions(self, context: dict[str, Any], *, page: Any, config: Any, nav: Any) -> dict[str, Any]:
        trimmed = without_excluded_regions(page.content or "")
        if trimmed is not page.content:
            self._full[page.file.src_uri] = page.content
            page.content = trimmed
        return context

    @event_priority(-100)  # after every other plugin, before the theme renders the page
    def _restore_content(self, context: dict[str, Any], *, page: Any, config: Any, nav: Any) -> dict[str, Any]:
        full = self._full.pop(page.file.src_uri, None)
        if full is not None:
            page.content = without_search_attributes(full)
        if page.content:
            page.content = without_markers(page.content)
        return context

    on_page_context = CombinedEvent(_hide_excluded_regions, _restore_content)

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        return without_indentation(output)

    def on_post_template(self, output_content: str, *, template_name: str, config: Any) -> str:
        return without_indentation(output_content) if template_name.endswith(".html") else output_content  # 404
