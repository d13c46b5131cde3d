"""The `briefing` MkDocs plugin (mkdocs.yml `plugins: [briefing]`): a faster site build.

The pages are the same without it (a test checks that, apart from indentation); it only skips
work, and splits the search index so that a first search downloads a small part of it
(`generator.search_index`, with the `briefing-search.js` worker that wraps Material's). The
pages are mostly pre-rendered HTML regions (see `generator.pages.stash_raw_regions`):

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

Pages reused from the last build (`briefing build` sets `BRIEFING_PAGE_MEMO`; see `PageReuse`):
a page whose source, front matter and path are those of a page the last build wrote, in a site
whose configuration, theme, tool versions and list of pages are unchanged, renders to the same
HTML and the same search entries. Its file is the published site's, hard-linked into the new
site (known by its size, time and inode; copied where links cannot be made), its search entries,
anchors and title come from the memo; Python-Markdown and the theme are not run for it. The site
is the same as a clean build's (a test compares them byte for byte).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import re
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.toc import get_toc

from .pages import GENERATED_DIRS, RAW_END, RAW_START, stash_raw_regions
from .search_index import shard_search_index

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


_MATERIAL_WORKER = re.compile(r'("search":\s*"[^"]*?/workers/)(search\.[0-9a-f]+\.min\.js)"')


def with_sharded_search(html: str) -> str:
    """The page with `briefing-search.js` as its search worker (see generator/search_index.py)."""
    return _MATERIAL_WORKER.sub(lambda found: f'{found.group(1)}briefing-search.js?material={found.group(2)}"',
                                html, count=1)


def without_markers(html: str) -> str:
    """The page as published: the region markers are only for this plugin."""
    return html.replace(RAW_START + "\n", "").replace("\n" + RAW_END, "")


MEMO_ENV = "BRIEFING_PAGE_MEMO"  # the memo file; unset: every page is built, no memo written
PREVIOUS_SITE_ENV = "BRIEFING_PREVIOUS_SITE"  # the published site, where reused pages are read; unset: none is
GENERATION_ENV = "BRIEFING_SITE_GENERATION"  # a hash of the configuration, versions and code
_REUSED = "<!-- briefing:reused page -->"
_BUILD_LOGGER = "mkdocs.commands.build"
_LISTING = "<!-- material/tags"  # where Material's tags plugin lists the pages of each tag
_MEMO_FORMAT = 3


class PageReuse:
    """Which pages of this build the last one already wrote, and what it kept of each."""

    def __init__(self, memo_file: Path, previous_site: Path | None, generation: str,
                 page_list: list[str] | None = None) -> None:
        self.memo_file = memo_file
        self.previous_site = previous_site
        self.generation = generation
        self.page_list = sorted(page_list or [])
        memo = _read_memo(memo_file)
        self.previous: dict[str, dict[str, Any]] = memo.get("pages", {}) if memo.get("generation") == generation else {}
        before = set(memo.get("page_list", ()))
        if before - set(self.page_list):
            self.previous = {}  # a page is gone: a link to it on any page must be checked again
        elif set(self.page_list) - before:
            # New pages change how a link to them renders: only generated pages, which link to
            # nothing that did not exist when they were rendered, stay as they were.
            self.previous = {src: kept for src, kept in self.previous.items()
                             if src.split("/", 1)[0] in GENERATED_DIRS}
        self.pages: dict[str, dict[str, Any]] = {}  # this build's, by source path
        self.reused: dict[str, Path] = {}  # source path -> the published file, for pages not built again
        self.reused_count = 0
        self.unread_count = 0  # of those, pages known by their source file, which was not read again
        self.linked: set[str] = set()  # source paths of the pages whose file is the last build's, linked
        self.never: set[str] = set()  # pages always built

    def check(self, page: Any, markdown: str) -> bool:
        """Whether this page is the one the last build wrote (then its HTML is ready to reuse)."""
        if page.file.src_uri in self.reused:
            return True  # known by its source file (see `unchanged_source`)
        meta = json.dumps(page.meta, sort_keys=True, default=repr, ensure_ascii=False)
        key = hashlib.sha256("\x1f".join([self.generation, page.file.src_uri, page.file.dest_uri, meta,
                                           markdown]).encode("utf-8", "surrogatepass")).hexdigest()
        self.pages[page.file.src_uri] = {"key": key}
        if page.file.src_uri in self.never or _LISTING in markdown:
            return False  # what it shows depends on other pages
        # The source file, by which the next build knows the page without reading it, and what
        # MkDocs read of it (before any plugin changed it).
        self.pages[page.file.src_uri].update(source=_file_state(Path(page.file.abs_src_path)),
                                             meta=_copy_meta(page.meta))
        old = self.previous.get(page.file.src_uri)
        if old is None or old["key"] != key or self.previous_site is None or "file" not in old:
            return False
        published = self.previous_site / page.file.dest_uri
        if _file_state(published) != old["file"]:
            return False  # not the file the last build wrote
        self._reuse(page, old, published)
        return True

    def unchanged_source(self, page: Any) -> bool:
        """Whether this page's source file is the one the last build read, and its output the file
        that build wrote: then the page is reused without reading its source again. (Rendering
        writes each page file anew, so a changed page is a new file: another size, time or inode.)"""
        old = self.previous.get(page.file.src_uri)
        if old is None or "source" not in old or "file" not in old or self.previous_site is None \
                or page.file.src_uri in self.never:
            return False
        # Strings, not paths: this is asked of every page (6,000 at 5,000 articles).
        published = os.path.join(self.previous_site, page.file.dest_uri)
        if _file_state(page.file.abs_src_path) != old["source"] or _file_state(published) != old["file"]:
            return False
        self._reuse(page, old, Path(published))
        self.unread_count += 1
        return True

    def _reuse(self, page: Any, old: dict[str, Any], published: Path) -> None:
        self.pages[page.file.src_uri] = old
        self.reused[page.file.src_uri] = published
        self.reused_count += 1

    def record_files(self, site_dir: Path) -> None:
        """After the build: the state of each page's file, by which the next build knows it."""
        for kept in self.pages.values():
            if "dest" in kept:
                kept["file"] = _file_state(site_dir / kept["dest"])

    def save(self) -> None:
        memo = {"format": _MEMO_FORMAT, "generation": self.generation, "reused": self.reused_count,
                "unread": self.unread_count,
                "page_list": self.page_list,
                "pages": {src: entry for src, entry in self.pages.items() if "file" in entry}}
        self.memo_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.memo_file.with_name(self.memo_file.name + ".tmp")
        temporary.write_bytes(pickle.dumps(memo, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, self.memo_file)


def _copy_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """A copy of a page's front matter (scalars, lists and mappings of them, as YAML reads them)."""
    return {key: _copy_meta(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value
            for key, value in meta.items()}


def _file_state(path: Path | str) -> tuple[int, int, int] | None:
    """Size, modification time and inode of a file: a page file is never changed in place (each
    build writes a new site, or links the last one's files), so these say it is the same file."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


def read_memo(path: Path) -> dict[str, Any]:
    """The memo a build left: its pages, how many of them it reused (`reused`), and how many of
    those without reading their source (`unread`)."""
    return _read_memo(path)


def _read_memo(path: Path) -> dict[str, Any]:
    try:
        memo = pickle.loads(path.read_bytes())  # noqa: S301 - our own cache file
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}
    return memo if isinstance(memo, dict) and memo.get("format") == _MEMO_FORMAT else {}


def _reuse_from_environment(config: Any, files: Any) -> PageReuse | None:
    memo, previous, generation = (os.environ.get(name) for name in (MEMO_ENV, PREVIOUS_SITE_ENV, GENERATION_ENV))
    if not (memo and generation):
        return None
    digest = hashlib.sha256(generation.encode())
    # Theme overrides and hooks shape every page (the list of pages is checked in PageReuse).
    custom_dir = getattr(config.theme, "custom_dir", None)
    for folder in [Path(custom_dir)] if custom_dir else []:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + b"\x1f" + path.read_bytes())
    for hook in config.get("hooks") or []:
        digest.update(Path(hook).read_bytes() if Path(hook).is_file() else hook.encode())
    pages = [f.src_uri for f in files.documentation_pages()]
    return PageReuse(Path(memo), Path(previous) if previous else None, digest.hexdigest(), pages)


def _theme_only_variables(config: Any) -> list[str]:
    """The page-context variables that plugins set only for the theme to show (Material's tags
    plugin: a page's tags with links to their listings; it leaves a variable that is set alone)."""
    names = []
    for plugin in config.plugins.values():
        if type(plugin).__module__.startswith("material.plugins.tags"):
            names.append(str(plugin.config.tags_name_variable))
    return names


def _search_entries(config: Any) -> list[dict[str, Any]] | None:
    """The entry list of Material's search index (None without the search plugin)."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if index is not None and isinstance(getattr(index, "entries", None), list):
            entries: list[dict[str, Any]] = index.entries
            return entries
    return None


class _LinkedPageNote(logging.Filter):
    """Drops MkDocs' note that it wrote nothing for a page, where the page's file is linked."""

    PREFIX = "Page skipped: '"

    def __init__(self, reuse: PageReuse) -> None:
        super().__init__()
        self.reuse = reuse

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not message.startswith(self.PREFIX):
            return True
        return message[len(self.PREFIX):].split("'", 1)[0] not in self.reuse.linked


class _ReusableTemplate:
    """A theme template that, for a reused page, gives a marker instead of rendering the page."""

    def __init__(self, template: Any, reuse: PageReuse) -> None:
        self._template = template
        self._reuse = reuse

    def render(self, *args: Any, **kwargs: Any) -> str:
        context = args[0] if args and isinstance(args[0], dict) else kwargs
        page = context.get("page")
        if page is not None and getattr(page, "file", None) is not None and page.file.src_uri in self._reuse.reused:
            return _REUSED
        result: str = self._template.render(*args, **kwargs)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)


class BriefingPlugin(BasePlugin):  # type: ignore[type-arg]
    """Registered as the `briefing` entry point in pyproject.toml."""

    def __init__(self) -> None:
        self._full: dict[str, str] = {}
        self._regions: dict[str, list[str]] = {}
        self._reuse: PageReuse | None = None
        self._entries_before: dict[str, int] = {}
        self._dates: dict[str, str] = {}  # page URL -> its date (front matter), for the search index
        self._entries: list[dict[str, Any]] | None = None  # Material's search index entries
        self._note_filter: _LinkedPageNote | None = None
        self._theme_only_variables: list[str] = []

    def on_files(self, files: Any, *, config: Any) -> Any:
        self._reuse = _reuse_from_environment(config, files)
        self._theme_only_variables = _theme_only_variables(config)
        if self._reuse is not None:
            self._note_filter = _LinkedPageNote(self._reuse)
            logging.getLogger(_BUILD_LOGGER).addFilter(self._note_filter)
        self._entries = _search_entries(config)  # set up by the search plugin's on_config
        return files

    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        if self._reuse is not None:
            # Pages in the navigation show their neighbours' titles: always built again.
            self._reuse.never.update(page.file.src_uri for page in nav.pages)
        return nav

    @event_priority(1000)
    def on_pre_page(self, page: Any, *, config: Any, files: Any) -> Any:
        reuse = self._reuse
        if reuse is not None and reuse.unchanged_source(page):
            meta = _copy_meta(reuse.pages[page.file.src_uri]["meta"])

            def read_source(config: Any) -> None:  # what other plugins read of a reused page: its front matter
                page.markdown, page.meta = "", meta

            page.read_source = read_source
        return page

    @event_priority(1000)  # first: the page's own source, before any plugin changed it
    def _check_reuse(self, markdown: str, *, page: Any, config: Any, files: Any) -> str:
        if self._reuse is not None:
            self._reuse.check(page, markdown)
        return markdown

    def _stash(self, markdown: str, *, page: Any, config: Any, files: Any) -> str:
        if self._reuse is not None and page.file.src_uri in self._reuse.reused:
            return markdown
        return self._stash_regions(markdown, page)

    @event_priority(-1000)  # last: other plugins (tags) have read the page as it is
    def _skip_reused(self, markdown: str, *, page: Any, config: Any, files: Any) -> str:
        if self._reuse is not None and page.file.src_uri in self._reuse.reused:
            # Nothing for Python-Markdown to do: the page's HTML is the last build's. What other
            # pages and plugins read of a rendered page comes from the memo.
            kept = self._reuse.pages[page.file.src_uri]

            def render(config: Any, files: Any) -> None:
                page.content, page.toc, page.links_to_anchors = "", get_toc([]), {}
                page.present_anchor_ids = set(kept["anchors"])
                page._title_from_render = kept["title"]

            page.render = render
            return ""
        return markdown

    on_page_markdown = CombinedEvent(_check_reuse, _stash, _skip_reused)

    def _stash_regions(self, markdown: str, page: Any) -> str:
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
        if self._reuse is not None and page.file.src_uri in self._reuse.reused:
            return ""
        regions = self._regions.pop(page.file.src_uri, None)
        if not regions:
            return html
        return _REGION_PLACEHOLDER.sub(lambda found: regions[int(found.group(1))], html)

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        env.auto_reload = False
        memo = os.environ.get(MEMO_ENV)
        if memo and env.bytecode_cache is None:
            # The theme's templates compiled once, not on each build (Jinja checks each one's
            # source and its own version before it uses what it kept).
            folder = Path(memo).parent / "theme-templates"
            folder.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        reuse = self._reuse
        if reuse is not None and reuse.reused:
            get_template = env.get_template
            env.get_template = lambda *args, **kwargs: _ReusableTemplate(get_template(*args, **kwargs), reuse)
        return env

    @event_priority(100)  # before the search plugin (priority 0) reads page.content
    def _hide_excluded_regions(self, context: dict[str, Any], *, page: Any, config: Any, nav: Any) -> dict[str, Any]:
        if page.meta.get("date"):
            self._dates[page.url] = str(page.meta["date"])
        if self._reuse is not None and self._entries is not None:
            self._entries_before[page.file.src_uri] = len(self._entries)
        if self._reuse is not None and page.file.src_uri in self._reuse.reused:
            # The theme will not render this page: what a plugin works out only for the theme
            # (Material's tags plugin links each of the page's tags to its listing) is not needed.
            for name in self._theme_only_variables:
                context.setdefault(name, [])
        trimmed = without_excluded_regions(page.content or "")
        if trimmed is not page.content:
            self._full[page.file.src_uri] = page.content
            page.content = trimmed
        return context

    @event_priority(-100)  # after every other plugin, before the theme renders the page
    def _restore_content(self, context: dict[str, Any], *, page: Any, config: Any, nav: Any) -> dict[str, Any]:
        if self._reuse is not None:
            self._keep_search_entries(page, config)
        full = self._full.pop(page.file.src_uri, None)
        if full is not None:
            page.content = without_search_attributes(full)
        if page.content:
            page.content = without_markers(page.content)
        return context

    on_page_context = CombinedEvent(_hide_excluded_regions, _restore_content)

    def _keep_search_entries(self, page: Any, config: Any) -> None:
        """A built page's search entries go into the memo; a reused page's come back from it."""
        assert self._reuse is not None
        entries = self._entries
        before = self._entries_before.pop(page.file.src_uri, None)
        if entries is None or before is None:
            return
        kept = self._reuse.pages[page.file.src_uri]
        if page.file.src_uri in self._reuse.reused:
            del entries[before:]
            entries.extend(dict(entry) for entry in kept["search"])
        else:
            kept["search"] = [dict(entry) for entry in entries[before:]]

    def _without_indentation(self, output: str, *, page: Any, config: Any) -> str:
        return with_sharded_search(without_indentation(output))

    @event_priority(-1000)  # after every other plugin: the page as it is written
    def _reuse_or_keep(self, output: str, *, page: Any, config: Any) -> str:
        if self._reuse is None:
            return output
        src = page.file.src_uri
        if src in self._reuse.reused:
            published = self._reuse.reused.pop(src)
            target = page.file.abs_dest_path
            try:
                # The last build's file, linked rather than copied: MkDocs writes nothing for an
                # empty page (and its note saying so is filtered out, see on_config).
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.link(published, target)
                self._reuse.linked.add(src)
                return ""
            except OSError:  # no hard links here (another file system): the file's text, written
                return published.read_text(encoding="utf-8")
        kept = self._reuse.pages[src]
        kept["dest"] = page.file.dest_uri  # its file is known by its state after the build (record_files)
        kept["url"] = page.url  # where its search entries point
        kept["anchors"] = sorted(page.present_anchor_ids or ())
        kept["title"] = page._title_from_render
        kept.setdefault("search", [])
        return output

    on_post_page = CombinedEvent(_without_indentation, _reuse_or_keep)

    @event_priority(-100)  # after the search plugin wrote its index
    def on_post_build(self, *, config: Any) -> None:
        reuse = self._reuse
        if self._entries is not None:
            pages = reuse.pages if reuse is not None else {}
            linked = reuse.linked if reuse is not None else set()
            # The words of a reused page are those of its entries last time (kept with its memo).
            known = {kept["url"]: kept["words"] for src, kept in pages.items()
                     if src in linked and "words" in kept and "url" in kept}
            found = shard_search_index(Path(config.site_dir), self._dates, known)
            for kept in pages.values():
                if kept.get("url") in found:
                    kept["words"] = found[kept["url"]]
        if reuse is not None:
            reuse.record_files(Path(config.site_dir))
            reuse.save()
        if self._note_filter is not None:
            logging.getLogger(_BUILD_LOGGER).removeFilter(self._note_filter)
            self._note_filter = None

    def on_post_template(self, output_content: str, *, template_name: str, config: Any) -> str:
        if not template_name.endswith(".html"):
            return output_content
        return with_sharded_search(without_indentation(output_content))  # 404
