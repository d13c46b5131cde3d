"""What the generated pages share with the site build: the folders they are written to, and
their pre-rendered HTML regions (with the Python-Markdown extension that passes them through).

A small module of its own: the MkDocs process loads it (the extension, `generator.mkdocs_plugin`)
without the render stage and all it imports.
"""

from __future__ import annotations

from collections.abc import Callable

import markdown
from markdown.preprocessors import Preprocessor

GENERATED_DIRS = ("articles", "actors", "tracks", "timeline")

# The templates put most of a page between these lines: HTML whose every text was escaped here.
RAW_START = "<!-- briefing:html -->"
RAW_END = "<!-- /briefing:html -->"


def stash_raw_regions(lines: list[str], store: Callable[[str], str]) -> list[str]:
    """The Markdown lines with each run of marked regions handed to `store` as one piece of HTML
    (markers kept) and replaced by the line `store` returns, set apart by blank lines."""
    out: list[str] = []
    region: list[str] | None = None
    closed: list[str] | None = None  # the last region, kept open while only blank lines follow

    def stash(lines: list[str]) -> list[str]:
        # A blank line before and two after: the placeholder must be a paragraph of its own even
        # at the end of the document (a lone trailing newline would stay in the paragraph).
        return ["", store("\n".join([RAW_START, *lines, RAW_END])), "", ""]

    for line in lines:
        if region is not None:
            if line == RAW_END:
                closed, region = region, None
            else:
                region.append(line)
        elif line == RAW_START:
            # Regions one after the other become one piece: each is a paragraph that
            # Python-Markdown's inline patterns would scan. The markers between them stay, so
            # each region can still be told apart (generator.mkdocs_plugin finds them by these).
            region = [*closed, RAW_END, RAW_START] if closed is not None else []
            closed = None
        elif closed is not None and not line.strip():
            continue
        else:
            if closed is not None:
                out.extend(stash(closed))
                closed = None
            out.append(line)
    if closed is not None:
        out.extend(stash(closed))
    if region is not None:  # unterminated: leave it to the ordinary raw-HTML handling
        out.extend([RAW_START, *region])
    return out


class _RawRegions(Preprocessor):
    """Hands each marked region to Python-Markdown's HTML stash as it is, without parsing it.

    Python-Markdown otherwise runs its HTML parser over every raw block, tag by tag, which was
    most of the build time of a large site. Only the templates write the markers (article text
    is HTML-escaped, so it cannot contain '<!--'); without this extension the regions are still
    valid raw HTML blocks and render the same, only slower.
    """

    def run(self, lines: list[str]) -> list[str]:
        return stash_raw_regions(lines, self.md.htmlStash.store)


class RawBlockExtension(markdown.Extension):
    """`markdown_extensions: [generator.pages:RawBlockExtension]` in mkdocs.yml."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # the name Python-Markdown calls
        # After whitespace normalisation (30), before the raw-HTML block parser (20).
        md.preprocessors.register(_RawRegions(md), "briefing_raw_regions", 25)
