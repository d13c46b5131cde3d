"""Render stage: summaries + articles + configuration -> Markdown pages for MkDocs Material.

Everything is collected first and written afterwards, because actor pages, track pages and the
timeline cut across articles. Article-derived text is *data*: it reaches the Jinja templates as
variables (never as template source) and every piece passes through one of the escaping filters
defined here, so it can never become HTML, script, Markdown structure or template code.

Output is deterministic: every list is sorted with explicit keys (ids as tiebreakers), nothing
depends on dict or set order, and no timestamps are written.

Pages that grow with the corpus (track pages, actor pages, the timeline) are split into pages of
a bounded size (`x.md`, `x/page-2.md`, ...), so no page grows without limit at thousands of
articles. What Material's search indexes is chosen here too (see mkdocs.yml): article pages carry
every registry spelling of their actors in a hidden block; text that repeats other pages (track
cards, actor mention snippets, the timeline, the original text) is left out of the index.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import io
import json
import os
import pickle
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET  # writes XML; nothing is parsed with it
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import jinja2
import markupsafe
import yaml
from pydantic import BaseModel

from generator.config import ID_PATTERN, Actor, SiteConfig, Track
from generator.desk import asset_dirs, template_dirs
from generator.files import collector_paused, read_pickle, write_bytes_atomic, write_pickle

# The extension stays reachable here: desks' mkdocs.yml name generator.render:RawBlockExtension.
from generator.pages import GENERATED_DIRS, RAW_END, RAW_START, RawBlockExtension, stash_raw_regions  # noqa: F401
from generator.records import Article
from generator.schema import ActorFact, EventFact, Mention, QuoteFact, Summary

# Scripts written right to left; the page sets dir="rtl" on text in these languages.
RTL_LANGS = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "ckb", "sd", "ug", "dv"})
# Only these folders hold generated pages, so only they are cleaned of stale pages.
FEED_FILE = "feed.xml"
FACTS_FILE = "facts.json"
SUMMARIES_FILE = "summaries.json.gz"
OTHER_TRACK = "other"
LATEST_BRIEFINGS = 10
TRACK_LATEST = 3
TOP_ACTORS = 10
KEY_QUOTES = 1  # quotes on a track page's card
MENTIONS_PER_ARTICLE = 3  # mention snippets per briefing on an actor page (the rest are counted)
SNIPPET_BRIEFINGS = 10  # an actor's newest briefings shown with snippets; older ones list forms and counts
PAGE_SIZE = 50  # articles per track page
ACTOR_PAGE_SIZE = 100  # briefings per actor page
TIMELINE_PAGE = 250  # timeline entries per page
CARD_FACTS = 3  # fact lines on a track page's card
CARD_ACTORS = 8  # actors named on a track page's card
ARTICLE_TAG_PEOPLE = 5  # people an article is tagged with (besides its tracks)
FEED_ENTRIES = 30
FEED_FACTS = 3  # fact lines in a feed entry's summary
SNIPPET_WIDTH = 90
SLUG_MAX = 80
LANG_NAMES = {
    "ar": "Arabic",
    "en": "English",
    "fa": "Persian",
    "fr": "French",
    "de": "German",
    "he": "Hebrew",
    "ru": "Russian",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "zh": "Chinese",
}
KIND_LABELS = {"person": "Person", "organization": "Organisation", "country": "Country", "place": "Place"}

# Unicode category Cc (C0 and C1 controls) except tab and newline, and lone surrogates (Cs).
_CONTROL_CC = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LANG_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
# Characters that are Markdown (with the configured extensions) wherever they stand: they get a
# backslash ('<', '>' and '&' become entities). Punctuation that is markup only at the start of a
# block ('-', '+', '!', '1.') or only after one of these ('(' after ']') is escaped only where it
# could act: every backslash escape is one more inline-pattern match for Python-Markdown, and
# escaping every '.', '-' and '(' made the build of a large site several times slower.
_MD_PUNCT = re.compile(r"([\\`*_{}\[\]#|])")
_MD_LEADING = re.compile(r"^(?:[-+!]|\d+(?=[.)]))")
# Line starts that other block syntaxes could pick up (setext '===', fences '~~~', definition ':');
# '~' is not markup with the configured extensions and '\~' would show the backslash.
_LEADING_ENTITY = {"=": "&#61;", "~": "&#126;", ":": "&#58;"}
_SENTENCE_END = ".!?;\u061f\u06d4\u2026\u3002\n"  # includes Arabic question mark and full stop
_LEADING_JUNK = ",.;:،؛)]}»”-–—"  # punctuation that cannot start a sentence
_TAG_DROP = frozenset('<>&"\'`{}\\')

T = TypeVar("T")


@dataclass(frozen=True)
class RenderResult:
    """What the render stage did to the docs folder (paths relative to it, POSIX style, sorted).

    `written` and `unchanged` cover the generated pages and the files copied from docs_assets/.
    """

    written: tuple[str, ...]  # relative paths of pages rewritten (content changed)
    unchanged: tuple[str, ...]  # pages whose content was identical (file not touched)
    removed: tuple[str, ...]  # stale generated pages deleted
    reused: tuple[str, ...] = ()  # pages (among `unchanged`) not even rendered: their inputs were the same


# --------------------------------------------------------------------------------------------
# Text helpers and escaping filters
# --------------------------------------------------------------------------------------------


def _clean(value: object) -> str:
    """Text without control characters or lone surrogates.

    Python-Markdown uses STX/ETX placeholders internally; article text carrying them could pull
    stashed HTML into the page, and lone surrogates cannot be written as UTF-8.
    """
    text = str(value)
    if _CONTROL.search(text) is None:  # the common case, without a loop over every character
        return text
    return _SURROGATE.sub("\ufffd", _CONTROL_CC.sub("", text))


def unicode_slug(text: str) -> str:
    """Slug for file names/anchors: NFKC, lower-case, Unicode letters/digits kept, '-' elsewhere."""
    text = unicodedata.normalize("NFKC", _clean(text)).lower()
    out: list[str] = []
    for char in text:
        # Marks stay: Devanagari vowel signs and similar are part of the word.
        if unicodedata.category(char)[0] in "LNM":
            out.append(char)
        elif out and out[-1] != "-":
            out.append("-")
    slug = "".join(out).strip("-")
    # File names are limited to 255 bytes; a non-Latin letter takes 2-4 bytes in UTF-8.
    return slug[:SLUG_MAX].rstrip("-")


def md_text(value: object) -> str:
    """Escape text for an inline Markdown context (paragraph, list item, table cell, heading).

    Whitespace (newlines included) collapses to single spaces so the text cannot start a line of
    its own; Markdown punctuation gets a backslash; HTML specials become entities.
    """
    text = " ".join(_clean(value).split())
    text = _MD_PUNCT.sub(r"\\\1", text)  # backslashes first: the entities below contain '#'
    # A block marker at the start: '- x', '+ x', '!!! x', '1. x' (after digits, the '.' or ')').
    lead = _MD_LEADING.match(text)
    if lead:
        at = lead.end() if lead.group(0)[0].isdigit() else 0
        text = text[:at] + "\\" + text[at:]
    # Quotes need no escaping outside attributes; '<', '>' and '&' do.
    text = html.escape(text, quote=False)
    if text[:1] in _LEADING_ENTITY:
        text = _LEADING_ENTITY[text[0]] + text[1:]
    return text


def html_text(value: object) -> str:
    """Escape text for the inside of a raw HTML block (no Markdown runs there), on one line.

    Whitespace runs collapse to one space but are not stripped: snippet pieces sit next to <mark>.
    """
    return str(markupsafe.escape(re.sub(r"\s+", " ", _clean(value))))


def attr(value: object) -> str:
    """Escape a value for a double-quoted HTML attribute."""
    return str(markupsafe.escape(" ".join(_clean(value).split())))


def yaml_str(value: object) -> str:
    """A double-quoted YAML scalar for front matter; its text is HTML-escaped.

    Material inserts `page.meta.title` into <title> and the header without escaping it.
    """
    text = html_text(value)
    return yaml.safe_dump(text, allow_unicode=True, default_style='"', width=1_000_000).rstrip("\n")


def lang_code(value: object) -> str:
    """A BCP 47-like language tag safe to put in an attribute; 'und' when it is not one."""
    code = str(value or "").strip()
    return code if _LANG_TAG.match(code) else "und"


def text_dir(lang: object) -> str:
    """'rtl' for right-to-left languages, else 'ltr'."""
    return "rtl" if lang_code(lang).split("-")[0] in RTL_LANGS else "ltr"


def lang_attrs(lang: object) -> str:
    """`lang="…" dir="…"` attributes for an element holding text in that language."""
    code = lang_code(lang)
    return f'lang="{code}" dir="{text_dir(code)}"'


def lang_name(lang: object) -> str:
    """Display name of a language code, e.g. 'Arabic (ar)'."""
    code = lang_code(lang)
    name = LANG_NAMES.get(code)
    return f"{name} ({code})" if name else code


def link(path: str, base: str = "") -> str:
    """Percent-encoded relative link to a docs page (`base` is '' or '../'), for Markdown links."""
    return quote(base + path, safe="/")


def site_path(path: str) -> str:
    """Where MkDocs puts a docs file in the site (directory URLs): 'a/b.md' -> 'a/b/', 'index.md' -> ''."""
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def _relative(target: str, start: str) -> str:
    """posixpath.relpath for clean relative paths ('.' for the root), without touching the disk."""
    t = [] if target == "." else target.split("/")
    f = [] if start == "." else start.split("/")
    common = 0
    while common < min(len(t), len(f)) and t[common] == f[common]:
        common += 1
    parts = [".."] * (len(f) - common) + t[common:]
    return "/".join(parts) or "."


def page_url(target: str, current: str) -> str:
    """Percent-encoded URL of docs file `target` relative to the page built from `current`.

    For links inside raw HTML blocks, which MkDocs passes through untouched: the site uses
    directory URLs (`use_directory_urls: true` in mkdocs.yml), so 'articles/x.md' is served as
    'articles/x/'. Relative URLs keep the site working under any sub-path (site_url).
    """
    here = site_path(current).rstrip("/") or "."
    there = site_path(target)
    rel = _relative(there.rstrip("/") or ".", here)
    if there.endswith("/") or there == "":
        rel = "./" if rel == "." else rel + "/"
    return quote(rel, safe="/")


def http_url(value: str | None) -> str | None:
    """The URL when it is http(s) with a host, else None (no javascript:, data:, relative, ...)."""
    if not value:
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c.isspace() for c in url):
        return url
    return None


def number(value: float | None) -> str:
    """A number without a spurious '.0'."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


# --------------------------------------------------------------------------------------------
# Pre-rendered HTML regions (a Python-Markdown extension, enabled in mkdocs.yml)
# --------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------
# Atomic writing
# --------------------------------------------------------------------------------------------


def write_if_changed(path: Path, content: str) -> bool:
    """Write UTF-8 text atomically (temp file + os.replace) if it changed; True when written."""
    return write_bytes_atomic(path, content.encode("utf-8"), durable=False)


# --------------------------------------------------------------------------------------------
# View model: plain records the templates read
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A name with the docs-relative path of its page (None when there is no page)."""

    id: str
    text: str
    path: str | None


@dataclass(frozen=True)
class TrackMatchView:
    """A track an article sits on, with score and cues."""

    track: Ref
    score: float
    cues: tuple[str, ...]
    primary: bool
    close_call: bool = False  # scores almost as much as the primary: a near tie


@dataclass(frozen=True)
class QuoteView:
    """A quote, its speaker and the article it is from."""

    id: str
    text: str
    lang: str
    kind: str
    cue: str | None
    speaker: Ref | None
    speaker_name: str | None
    confidence: float
    article: Ref
    article_date: str | None


@dataclass(frozen=True)
class EventView:
    """An event with resolved participant and place names."""

    id: str
    type: str
    line: str
    participants: tuple[Ref, ...]
    place: Ref | None
    date: str | None
    date_text: str | None
    article: Ref


@dataclass(frozen=True)
class NumberView:
    """A number fact."""

    text: str
    value: str
    unit: str
    what: str


@dataclass(frozen=True)
class DateView:
    """A date fact."""

    text: str
    value: str
    precision: str
    relative: bool
    until: str | None = None  # the last day of a range of days


@dataclass(frozen=True)
class ArticleView:
    """Everything one article contributes to the pages."""

    id: str
    path: str
    title: str
    date: str | None
    date_source: str
    source: str | None
    author: str | None
    url: str | None  # only http(s)
    url_text: str | None  # a non-http(s) URL, shown as text
    lang: str
    analyser: str
    lang_confidence: float
    primary: Ref
    tracks: tuple[TrackMatchView, ...]
    track_ids: tuple[str, ...]  # configured tracks it is listed on, or ('other',)
    actors: tuple[Ref, ...]
    places: tuple[Ref, ...]
    facts: tuple[str, ...]
    events: tuple[EventView, ...]
    quotes: tuple[QuoteView, ...]
    key_quotes: tuple[QuoteView, ...]
    key_points: tuple[str, ...]
    numbers: tuple[NumberView, ...]
    dates: tuple[DateView, ...]
    tags: tuple[str, ...]  # tracks and main people, for Material's tags plugin
    # What only the article's own page shows, made when that page is rendered (a build renders few):
    # the article, and every spelling the registry knows of its actors, place names and source.
    text_source: Article | None = field(default=None, compare=False, repr=False)
    name_sources: tuple[tuple[str, ...], ...] = field(default=(), compare=False, repr=False)

    @cached_property
    def _marked(self) -> tuple[tuple[Paragraph, ...] | None, tuple[str, ...]]:
        if self.text_source is None:
            return None, self.key_points
        return _mark_key_points(_paragraphs(self.text_source), self.key_points)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...] | None:
        """The original text: paragraphs of lines of runs (text, is it a key point); None when the
        article text is not available. Key points are marked where they stand in the text."""
        return self._marked[0]

    @property
    def unplaced_key_points(self) -> tuple[str, ...]:
        """Key points not found in the text as shown (listed apart)."""
        return self._marked[1]

    @cached_property
    def search_names(self) -> tuple[str, ...]:
        """The words of every registry spelling of its actors: indexed, not shown. Search matches
        words, not phrases: each word once is enough (and a third the size)."""
        return tuple(dict.fromkeys(word for names in self.name_sources for name in names for word in name.split()))

    @property
    def text(self) -> str:
        """The title, so templates can link an article like any `Ref`."""
        return self.title

    @property
    def card_facts(self) -> tuple[str, ...]:
        """The fact lines without repeats, in reading order (for the short cards)."""
        return tuple(dict.fromkeys(self.facts))


@dataclass(frozen=True)
class Snippet:
    """A sentence-sized piece of article text around a mention."""

    before: str
    match: str
    after: str


@dataclass(frozen=True)
class ActorArticle:
    """What one article says about one actor: mention snippets and the actor's quotes."""

    article: Ref
    date: str | None
    lang: str
    snippets: tuple[Snippet, ...]  # context for the first mentions (newest briefings only)
    quotes: tuple[QuoteView, ...]
    forms: tuple[str, ...]  # the actor's names as written in the article (inflected)
    mentions: int

    @property
    def plain(self) -> bool:
        """Only a title line to show (no quote, no snippet): listed compactly, not as a card."""
        return not self.quotes and not self.snippets


@dataclass(frozen=True)
class VariantRow:
    """The spellings of an actor's name in one language (lang None: Latin aliases)."""

    label: str
    lang: str | None
    names: tuple[str, ...]


@dataclass(frozen=True)
class ActorView:
    """An actor page; its briefings are handed to each page apart (`_Site.actor_briefings`), the
    part on that page, so an edited article renders again only the page that lists it."""

    id: str
    path: str
    name: str
    type: str
    type_label: str
    role: str
    country: Ref | None
    in_registry: bool
    article_count: int
    mention_count: int
    quote_count: int
    variants: tuple[VariantRow, ...]
    tags: tuple[str, ...]
    original: str | None = None  # a discovered name as the articles write it, in its own script
    romanised: bool = False  # the English name is a standard romanisation, not a usual spelling


@dataclass(frozen=True)
class TrackView:
    """A track; its articles, newest first, are handed to each page apart (`_Site.track_articles`),
    so an edited article renders again only the track page that lists it."""

    id: str
    path: str | None
    title: str
    description: str
    article_count: int
    newest_date: str | None  # of its newest article ('' when undated, None without articles)


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the timeline: an event, or the publication of an article."""

    date: str | None
    date_note: str  # '' or 'reported' when an event has no date of its own
    kind: str  # 'event' or 'article'
    type: str
    line: str
    participants: tuple[Ref, ...]
    place: Ref | None
    article: Ref
    sort_id: str


@dataclass(frozen=True)
class Pager:
    """Where a page sits in a paginated series; `paths[0]` is the first (main) page."""

    number: int  # 1-based
    paths: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.paths)

    @property
    def newer(self) -> str | None:
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def older(self) -> str | None:
        return self.paths[self.number] if self.number < len(self.paths) else None

    @property
    def window(self) -> list[tuple[int, str | None]]:
        """Page numbers to link: the first, the last and two either side; None marks a gap."""
        shown = {1, len(self.paths), *range(self.number - 2, self.number + 3)}
        out: list[tuple[int, str | None]] = []
        for n in sorted(k for k in shown if 1 <= k <= len(self.paths)):
            if out and n == out[-1][0] + 2:
                out.append((n - 1, self.paths[n - 2]))  # a gap of one page: show the page
            elif out and n > out[-1][0] + 2:
                out.append((n - 1, None))
            out.append((n, self.paths[n - 1]))
        return out


@dataclass
class _ActorAcc:
    """Accumulates what the summaries say about one actor."""

    id: str
    facts: list[ActorFact] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    surface: set[tuple[str, str]] = field(default_factory=set)
    speaker_names: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _check_article_id(article_id: str) -> None:
    """Refuse ids that could leave docs/articles/."""
    if (
        not article_id
        or "/" in article_id
        or "\\" in article_id
        or ".." in article_id
        or article_id.startswith(".")
        or any(unicodedata.category(c) == "Cc" for c in article_id)
    ):
        raise ValueError(f"article id {article_id!r} is not a safe file name")


def _actor_file(actor_id: str) -> str:
    """File stem of an actor page; ids that are not plain slugs get a hash so names cannot clash."""
    if ID_PATTERN.match(actor_id) and len(actor_id) <= SLUG_MAX:
        return actor_id
    digest = hashlib.sha256(actor_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{unicode_slug(actor_id) or 'actor'}-{digest}"


def tag_label(value: object) -> str:
    """A tag name: one line, without characters that mean something in HTML or templates.

    Material's templates print tag names without escaping them, and tag names come from the
    configuration (track titles, registry names), so they are reduced to plain text here.
    """
    text = "".join(char for char in _clean(value) if char not in _TAG_DROP)
    return " ".join(text.split())


def page_paths(path: str, count: int) -> tuple[str, ...]:
    """The docs paths of a series of `count` pages: `x.md`, then `x/page-2.md`, `x/page-3.md`, ..."""
    stem = path.removesuffix(".md")
    return (path, *(f"{stem}/page-{n}.md" for n in range(2, count + 1)))


def paginate(path: str, items: Sequence[T], size: int) -> list[tuple[str, Sequence[T], Pager]]:
    """Split items over pages of at most `size`; always at least one (possibly empty) page."""
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]
    paths = page_paths(path, len(chunks))
    return [(paths[n], chunk, Pager(n + 1, paths)) for n, chunk in enumerate(chunks)]


def _newest_first(items: Iterable[T], date_of: Callable[[T], str | None], id_of: Callable[[T], str]) -> list[T]:
    """Sort newest first by ISO date, ties by id ascending, undated last."""
    ordered = sorted(items, key=id_of)
    dated = [item for item in ordered if date_of(item)]
    undated = [item for item in ordered if not date_of(item)]
    # Python's sort is stable even with reverse=True, so equal dates keep id order.
    dated.sort(key=lambda item: date_of(item) or "", reverse=True)
    return dated + undated


def _paragraphs(article: Article) -> tuple[str, ...]:
    """The article text split on blank lines (the title line dropped when it repeats the title)."""
    text = article.text.replace("\r\n", "\n").replace("\r", "\n")
    if article.title_in_text:
        first, _, rest = text.lstrip("\n").partition("\n")
        if first.strip() == article.title.strip():
            text = rest
    blocks = re.split(r"\n[ \t]*\n", text)
    return tuple(block.strip("\n") for block in blocks if block.strip())


# A line of the original text as runs of (text, is a key point); a paragraph is its lines.
Run = tuple[str, bool]
Paragraph = tuple[tuple[Run, ...], ...]


def _mark_key_points(paragraphs: Sequence[str],
                     key_points: Sequence[str]) -> tuple[tuple[Paragraph, ...], tuple[str, ...]]:
    """The paragraphs as lines (whitespace collapsed, as shown) of runs, each key point marked
    where it first stands; and the key points not found (one that spans a line break, say)."""
    targets = [" ".join(_clean(point).split()) for point in key_points]
    placed: set[int] = set()
    result: list[Paragraph] = []
    for paragraph in paragraphs:
        lines: list[tuple[Run, ...]] = []
        for raw in _clean(paragraph).split("\n"):
            line = " ".join(raw.split())
            if not line:
                continue
            spans: list[tuple[int, int]] = []
            for number_, target in enumerate(targets):
                start = _find_words(line, target) if target and number_ not in placed else -1
                if start >= 0 and all(start >= end or start + len(target) <= begin for begin, end in spans):
                    spans.append((start, start + len(target)))
                    placed.add(number_)
            runs: list[Run] = []
            position = 0
            for begin, end in sorted(spans):
                if begin > position:
                    runs.append((line[position:begin], False))
                runs.append((line[begin:end], True))
                position = end
            if position < len(line):
                runs.append((line[position:], False))
            lines.append(tuple(runs))
        result.append(tuple(lines))
    return tuple(result), tuple(point for n, point in enumerate(key_points) if n not in placed)


def _find_words(line: str, target: str) -> int:
    """Where `target` first stands in `line` as whole words ("He said." not inside "She said."), or -1."""
    start = line.find(target)
    while start >= 0:
        before = line[start - 1] if start else " "
        after = line[start + len(target)] if start + len(target) < len(line) else " "
        if not (before.isalnum() or after.isalnum()):
            return start
        start = line.find(target, start + 1)
    return -1


def _snippet(text: str | None, mention: Mention) -> Snippet:
    """The sentence around a mention, cut to a readable width."""
    if text is None:
        return Snippet("", mention.text, "")
    start, end = mention.start, mention.end
    if not (0 <= start < end <= len(text)) or text[start:end] != mention.text:
        # Offsets do not fit this text (edited article?): find the surface form instead.
        found = text.find(mention.text) if mention.text else -1
        if found < 0:
            return Snippet("", mention.text, "")
        start, end = found, found + len(mention.text)
    left = start
    while left > 0 and start - left < SNIPPET_WIDTH and text[left - 1] not in _SENTENCE_END:
        left -= 1
    right = end
    while right < len(text) and right - end < SNIPPET_WIDTH and text[right] not in _SENTENCE_END:
        right += 1
    if right < len(text) and text[right] != "\n":
        right += 1  # keep the sentence's closing punctuation
    # The snippet starts at a sentence start: drop a comma or bracket left over from the sentence before.
    before = text[left:start].lstrip()
    while before and before[0] in _LEADING_JUNK:
        before = before[1:].lstrip()
    after = text[end:right].rstrip()
    if left > 0 and text[left - 1] not in _SENTENCE_END:
        before = "…" + before
    if right < len(text) and text[right - 1] not in _SENTENCE_END:
        after = after + "…"
    return Snippet(before, text[start:end], after)


# --------------------------------------------------------------------------------------------
# Collecting
# --------------------------------------------------------------------------------------------


class _Site:
    """All views of the site, computed from summaries, articles and configuration."""

    def __init__(self, summaries: Sequence[Summary], articles: Mapping[str, Article], config: SiteConfig,
                 summary_files: Mapping[str, str] | None = None) -> None:
        self.config = config
        # The hash of each summary's file, where the caller knows it (the build: see summary_digest).
        self._summary_files = dict(summary_files or {})
        self.registry: dict[str, Actor] = config.actors.by_id()
        self.track_conf: dict[str, Track] = {track.id: track for track in config.tracks.tracks}
        seen: set[str] = set()
        for summary in summaries:
            _check_article_id(summary.article.id)
            if summary.article.id in seen:
                raise ValueError(f"two summaries for article {summary.article.id!r}")
            seen.add(summary.article.id)
        self._config_digest = hashlib.sha256(config.model_dump_json().encode()).hexdigest()
        self.summaries = sorted(summaries, key=lambda s: s.article.id)
        self._summaries_by_id = {s.article.id: s for s in self.summaries}
        self.texts = {
            s.article.id: articles[s.article.id] for s in self.summaries if s.article.id in articles
        }
        self.actor_acc = self._collect_actors()
        self.actor_refs = self._actor_refs()
        self._names_cache: dict[str, tuple[str, ...]] = {}
        self.articles = [self._article_view(s) for s in self.summaries]
        self.by_id = {a.id: a for a in self.articles}
        self.track_articles: dict[str, tuple[ArticleView, ...]] = {}  # newest first
        self.tracks = self._track_views()
        # Per actor, newest first: each article that names it, with its mentions there (the
        # ActorArticle views are made only for the pages rendered: see `actor_briefings`).
        self.actor_articles: dict[str, tuple[tuple[ArticleView, tuple[Mention, ...]], ...]] = {}
        self._quotes_by_speaker: dict[str, list[QuoteView]] = {}
        self.actors = self._actor_views()
        self._summary_json: dict[str, str] = {}
        self._summary_digests: dict[str, str] = {}
        self._view_inputs: dict[str, str] = {}

    def summary_json(self, article_id: str) -> str:
        """The article's summary as JSON (pydantic's; made once, for the export and the page keys)."""
        found = self._summary_json.get(article_id)
        if found is None:
            found = self._summary_json[article_id] = self._summaries_by_id[article_id].model_dump_json()
        return found

    def summary_digest(self, article_id: str) -> str:
        """A hash that changes with the article's summary: its file's, where known (the YAML file is
        written from the summary and read back as it), else that of its JSON."""
        found = self._summary_digests.get(article_id)
        if found is None:
            if article_id in self._summary_files:
                found = f"file:{self._summary_files[article_id]}"
            else:
                data = self.summary_json(article_id).encode("utf-8", "surrogatepass")
                found = hashlib.sha256(data).hexdigest()
            self._summary_digests[article_id] = found
        return found

    def view_inputs(self, article_id: str) -> str:
        """A hash of everything an article's view is made from: its summary and article, the
        configuration (tracks, registry), and the links and names of the actors it names (an
        actor's name on the site can come from another article)."""
        found = self._view_inputs.get(article_id)
        if found is None:
            found = self._view_inputs[article_id] = self._hash_view_inputs(article_id)
        return found

    def _hash_view_inputs(self, article_id: str) -> str:
        summary = self._summaries_by_id[article_id]
        named = {fact.id for fact in [*summary.actors, *summary.places]}
        named.update(q.speaker for q in summary.quotes if q.speaker)
        for event in summary.events:
            named.update(event.participants)
            named.update([event.place] if event.place else [])
        refs = [self.actor_ref(actor_id) for actor_id in sorted(named)]
        article = self.texts.get(article_id)
        parts = [self._config_digest, self.summary_digest(article_id),
                 json.dumps([article.path.as_posix(), article.fmt, article.encoding, article.title,
                             article.title_in_text, article.content_hash, len(article.text)])
                 if article is not None else "-",
                 *(f"{ref.id}\x1f{ref.text}\x1f{ref.path}" for ref in refs)]
        return hashlib.sha256("\x1e".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    # -- actors ------------------------------------------------------------------------------

    def _collect_actors(self) -> dict[str, _ActorAcc]:
        acc: dict[str, _ActorAcc] = {}

        def get(actor_id: str) -> _ActorAcc:
            return acc.setdefault(actor_id, _ActorAcc(actor_id))

        for summary in self.summaries:
            aid = summary.article.id
            lang = lang_code(summary.article.lang)
            for fact in [*summary.actors, *summary.places]:
                item = get(fact.id)
                item.facts.append(fact)
                item.articles.add(aid)
                item.mentions.setdefault(aid, []).extend(fact.mentions)
                item.surface.update((m.text, lang) for m in fact.mentions if m.text.strip())
            for quote_fact in summary.quotes:
                if quote_fact.speaker:
                    item = get(quote_fact.speaker)
                    item.articles.add(aid)
                    if quote_fact.speaker_name:
                        item.speaker_names.add(quote_fact.speaker_name)
            for event in summary.events:
                for actor_id in [*event.participants, *([event.place] if event.place else [])]:
                    get(actor_id).articles.add(aid)
        return acc

    def _actor_name(self, acc: _ActorAcc) -> str:
        if acc.id in self.registry:
            return self.registry[acc.id].name
        if acc.facts:
            return acc.facts[0].name  # facts come in article-id order
        if acc.speaker_names:
            return min(acc.speaker_names)
        return acc.id

    def _actor_refs(self) -> dict[str, Ref]:
        refs: dict[str, Ref] = {}
        files: dict[str, str] = {}
        for actor_id in sorted(self.actor_acc):
            stem = _actor_file(actor_id)
            if stem in files:
                raise ValueError(f"actor ids {files[stem]!r} and {actor_id!r} map to the same page")
            files[stem] = actor_id
            refs[actor_id] = Ref(actor_id, self._actor_name(self.actor_acc[actor_id]), f"actors/{stem}.md")
        return refs

    def actor_ref(self, actor_id: str) -> Ref:
        """Link to an actor page, or the registry name / bare id when the actor has no page."""
        if actor_id in self.actor_refs:
            return self.actor_refs[actor_id]
        if actor_id in self.registry:
            return Ref(actor_id, self.registry[actor_id].name, None)
        return Ref(actor_id, actor_id, None)

    def registry_names(self, actor_id: str) -> tuple[str, ...]:
        """The English name, aliases and variants of a registry actor (its name alone otherwise)."""
        if actor_id not in self._names_cache:
            registered = self.registry.get(actor_id)
            names = [n for n, _ in registered.all_names()] if registered else [self.actor_ref(actor_id).text]
            self._names_cache[actor_id] = tuple(dict.fromkeys(n for n in names if n.strip()))
        return self._names_cache[actor_id]

    # -- tracks ------------------------------------------------------------------------------

    def track_ref(self, track_id: str) -> Ref:
        """Link to a track page (pages exist for configured tracks with articles, and 'other')."""
        if track_id == OTHER_TRACK:
            return Ref(OTHER_TRACK, "Other", f"tracks/{OTHER_TRACK}.md")
        if track_id in self.track_conf:
            return Ref(track_id, self.track_conf[track_id].title, f"tracks/{track_id}.md")
        return Ref(track_id, f"{track_id} (not configured)", None)

    def _track_views(self) -> list[TrackView]:
        members: dict[str, list[ArticleView]] = {track.id: [] for track in self.config.tracks.tracks}
        others = []
        for article in self.articles:
            for track_id in article.track_ids:
                if track_id in members:
                    members[track_id].append(article)
            if article.track_ids == (OTHER_TRACK,):
                others.append(article)
        described = [(track.id, track.title, track.description) for track in self.config.tracks.tracks]  # desk order
        if others:
            members[OTHER_TRACK] = others
            described.append((OTHER_TRACK, "Other", "Articles that fit no configured track."))
        views = []
        for track_id, title, description in described:
            articles = tuple(_newest_first(members[track_id], lambda a: a.date, lambda a: a.id))
            self.track_articles[track_id] = articles
            views.append(TrackView(track_id, f"tracks/{track_id}.md" if articles else None, title, description,
                                   len(articles), (articles[0].date or "") if articles else None))
        return views

    # -- articles ----------------------------------------------------------------------------

    def _quote_view(self, summary: Summary, quote_fact: QuoteFact, article: Ref) -> QuoteView:
        speaker = self.actor_ref(quote_fact.speaker) if quote_fact.speaker else None
        return QuoteView(
            id=quote_fact.id,
            text=quote_fact.text,
            lang=lang_code(quote_fact.lang),
            kind=quote_fact.kind,
            cue=quote_fact.cue,
            speaker=speaker,
            speaker_name=quote_fact.speaker_name,
            confidence=quote_fact.confidence,
            article=article,
            article_date=summary.article.date,
        )

    def _event_view(self, summary: Summary, event: EventFact, article: Ref, lines: Mapping[str, str]) -> EventView:
        line = lines.get(event.id) or event.what or event.type
        return EventView(
            id=event.id,
            type=event.type,
            line=line,
            participants=tuple(self.actor_ref(p) for p in event.participants),
            place=self.actor_ref(event.place) if event.place else None,
            date=event.date,
            date_text=event.date_text,
            article=article,
        )

    def _article_view(self, summary: Summary) -> ArticleView:
        meta = summary.article
        ref = Ref(meta.id, meta.title, f"articles/{meta.id}.md")
        configured = {m.id for m in summary.tracks.matches if m.id in self.track_conf}
        if summary.tracks.primary in self.track_conf:
            configured.add(summary.tracks.primary)
        track_ids = tuple(sorted(configured)) or (OTHER_TRACK,)
        if summary.tracks.primary in self.track_conf:
            primary_id = summary.tracks.primary
        elif configured:
            # The primary is not (or no longer) configured: show the best configured match.
            best = sorted(
                (m for m in summary.tracks.matches if m.id in self.track_conf), key=lambda m: (-m.score, m.id)
            )
            primary_id = best[0].id
        else:
            primary_id = OTHER_TRACK
        matches = tuple(
            TrackMatchView(self.track_ref(m.id), m.score, tuple(m.cues), m.id == primary_id,
                           m.id == summary.tracks.close_call)
            for m in sorted(summary.tracks.matches, key=lambda m: (-m.score, m.id))
        )

        def by_mentions(fact: ActorFact) -> tuple[int, str, str]:
            return (-len(fact.mentions), self.actor_ref(fact.id).text.casefold(), fact.id)

        actor_facts = sorted(summary.actors, key=by_mentions)
        place_facts = sorted(summary.places, key=by_mentions)
        quotes = tuple(
            self._quote_view(summary, q, ref) for q in sorted(summary.quotes, key=lambda q: (q.start, q.id))
        )
        key_quotes = tuple(
            sorted(quotes, key=lambda q: (q.kind != "full", -q.confidence, q.id))[:KEY_QUOTES]
        )
        # Every spelling the registry knows for the actors named, so a search in any script
        # (or for the dictionary form of an inflected Ukrainian name) finds the article.
        # Places and countries only in English and in the article's language (a dictionary
        # form finds its inflected mentions): all their spellings would double the index.
        names: list[tuple[str, ...]] = [self.registry_names(fact.id) for fact in actor_facts]
        for fact in place_facts:
            registered = self.registry.get(fact.id)
            names.append((self.actor_ref(fact.id).text,
                          *(registered.variants.get(lang_code(meta.lang), ()) if registered else ())))
        speakers = sorted({q.speaker for q in summary.quotes if q.speaker})
        names += [self.registry_names(speaker) for speaker in speakers]
        if meta.source:  # the fact card, which repeats these names, is not indexed
            names.append((meta.source,))
        people = [f.id for f in actor_facts if f.type == "person" and f.id in self.registry]
        tags = [self.track_ref(t).text for t in track_ids if t != OTHER_TRACK]
        tags += [self.registry[p].name for p in people[:ARTICLE_TAG_PEOPLE]]
        article = self.texts.get(meta.id)
        fact_lines = {f.ref: f.text for f in summary.facts if f.ref}
        key_points = tuple(k.text for k in sorted(summary.key_points, key=lambda k: k.sentence))
        return ArticleView(
            id=meta.id,
            path=ref.path or "",
            title=meta.title,
            date=meta.date,
            date_source=meta.date_source,
            source=meta.source,
            author=meta.author,
            url=http_url(meta.url),
            url_text=meta.url if meta.url and not http_url(meta.url) else None,
            lang=lang_code(meta.lang),
            analyser=meta.analyser,
            lang_confidence=meta.lang_confidence,
            primary=self.track_ref(primary_id),
            tracks=matches,
            track_ids=track_ids,
            actors=tuple(self.actor_ref(f.id) for f in actor_facts),
            places=tuple(self.actor_ref(f.id) for f in place_facts),
            facts=tuple(f.text for f in summary.facts),  # the summariser's order is the reading order
            events=tuple(
                self._event_view(summary, e, ref, fact_lines)
                for e in sorted(summary.events, key=lambda e: (e.start, e.id))
            ),
            quotes=quotes,
            key_quotes=key_quotes,
            key_points=key_points,
            numbers=tuple(
                NumberView(n.text, number(n.value) + (f"–{number(n.up_to)}" if n.up_to is not None else ""),
                           n.unit or "", n.what or "")
                for n in sorted(summary.numbers, key=lambda n: (n.start, n.end, n.text))
            ),
            dates=tuple(
                DateView(d.text, d.value, d.precision, d.relative, d.until)
                for d in sorted(summary.dates, key=lambda d: (d.start, d.end, d.value))
            ),
            tags=tuple(dict.fromkeys(t for t in map(tag_label, tags) if t)),
            text_source=article,
            name_sources=tuple(names),
        )

    # -- actor pages -------------------------------------------------------------------------

    def _variants(self, acc: _ActorAcc, ref: Ref, registered: Actor | None) -> tuple[VariantRow, ...]:
        names: set[tuple[str, str | None]] = {(ref.text, "en")}
        if registered:
            names.update(registered.all_names())
        names.update((f.name, "en") for f in acc.facts)
        names.update(acc.surface)
        names.update((n, None) for n in acc.speaker_names)
        by_lang: dict[str, set[str]] = {}
        for name, lang in names:
            name = " ".join(name.split())
            if name:
                by_lang.setdefault(lang_code(lang) if lang else "", set()).add(name)
        # A spelling already listed under a language is not repeated among the other spellings.
        placed = set().union(*(found for code, found in by_lang.items() if code))
        if "" in by_lang:
            by_lang[""] -= placed
            if not by_lang[""]:
                del by_lang[""]

        def order(code: str) -> tuple[int, str]:
            return (0 if code == "en" else 2 if code == "" else 1, code)

        return tuple(
            VariantRow(
                LANG_NAMES.get(code, code) if code else "Other spellings",
                code or None,
                tuple(sorted(by_lang[code], key=lambda n: (n.casefold(), n))),
            )
            for code in sorted(by_lang, key=order)
        )

    def actor_briefings(self, actor_id: str, start: int = 0, stop: int | None = None) -> tuple[ActorArticle, ...]:
        """What each article from `start` to `stop` (newest first) says about the actor."""
        quotes_in: dict[str, list[QuoteView]] = {}
        for said in self._quotes_by_speaker.get(actor_id, []):
            quotes_in.setdefault(said.article.id, []).append(said)
        listed = self.actor_articles.get(actor_id, ())
        briefings = []
        for n in range(start, len(listed) if stop is None else min(stop, len(listed))):
            article, unique = listed[n]
            body = self.texts[article.id].text if article.id in self.texts else None
            # Context snippets for the newest briefings; every briefing lists how it names the
            # actor (the spellings, inflected as written) and how often.
            shown = unique[:MENTIONS_PER_ARTICLE] if n < SNIPPET_BRIEFINGS else ()
            briefings.append(ActorArticle(
                article=Ref(article.id, article.title, article.path),
                date=article.date,
                lang=article.lang,
                snippets=tuple(_snippet(body, m) for m in shown),
                quotes=tuple(quotes_in.get(article.id, ())),
                forms=tuple(dict.fromkeys(" ".join(m.text.split()) for m in unique if m.text.strip())),
                mentions=len(unique),
            ))
        return tuple(briefings)

    def _actor_views(self) -> list[ActorView]:
        quotes_by_speaker = self._quotes_by_speaker
        for article in self.articles:
            for said in article.quotes:
                if said.speaker:
                    quotes_by_speaker.setdefault(said.speaker.id, []).append(said)
        views = []
        for actor_id in sorted(self.actor_acc):
            acc = self.actor_acc[actor_id]
            ref = self.actor_refs[actor_id]
            registered = self.registry.get(actor_id)
            first = acc.facts[0] if acc.facts else None
            kind = registered.type if registered else (first.type if first else "person")
            role = registered.role if registered else next((f.role for f in acc.facts if f.role), "")
            country_id = registered.country if registered else next((f.country for f in acc.facts if f.country), None)
            listed = []
            mention_count = 0
            newest = _newest_first((self.by_id[a] for a in acc.articles), lambda a: a.date, lambda a: a.id)
            for article in newest:
                unique = tuple(m for _, m in sorted(
                    {(m.start, m.end, m.text): m for m in acc.mentions.get(article.id, [])}.items()))
                mention_count += len(unique)
                listed.append((article, unique))
            self.actor_articles[actor_id] = tuple(listed)
            views.append(
                ActorView(
                    id=actor_id,
                    path=ref.path or "",
                    name=ref.text,
                    type=kind,
                    type_label=KIND_LABELS.get(kind, kind),
                    role=role,
                    country=self.actor_ref(country_id) if country_id else None,
                    in_registry=registered is not None,
                    article_count=len(acc.articles),
                    mention_count=mention_count,
                    quote_count=len(quotes_by_speaker.get(actor_id, [])),
                    variants=self._variants(acc, ref, registered),
                    tags=(tag_label(ref.text),) if registered and kind == "person" and tag_label(ref.text) else (),
                    original=next((f.original for f in acc.facts if f.original), None) if not registered else None,
                    romanised=not registered and any(f.romanised for f in acc.facts),
                )
            )
        return views

    # -- cross-article pages -----------------------------------------------------------------

    def latest(self) -> list[ArticleView]:
        """Articles newest first, undated last."""
        return _newest_first(self.articles, lambda a: a.date, lambda a: a.id)

    def timeline(self) -> list[TimelineEntry]:
        """Events and article publications, newest first; undated events last."""
        entries = []
        for article in self.articles:
            ref = Ref(article.id, article.title, article.path)
            for event in article.events:
                date = event.date or article.date
                entries.append(
                    TimelineEntry(
                        date=date,
                        date_note="" if event.date or not date else "reported",
                        kind="event",
                        type=event.type,
                        line=event.line,
                        participants=event.participants,
                        place=event.place,
                        article=ref,
                        sort_id=f"{article.id}\x000\x00{event.id}",
                    )
                )
            if article.date:
                entries.append(
                    TimelineEntry(
                        date=article.date,
                        date_note="",
                        kind="article",
                        type="published",
                        line=article.facts[0] if article.facts else "",
                        participants=(),
                        place=None,
                        article=ref,
                        sort_id=f"{article.id}\x001",
                    )
                )
        return _newest_first(entries, lambda e: e.date, lambda e: e.sort_id)


@dataclass
class BriefingOnDate:
    """One briefing's lines under one date of the timeline: its events, and its publication."""

    article: Ref
    events: list[TimelineEntry] = field(default_factory=list)
    published: bool = False


def _group_by_date(entries: Sequence[TimelineEntry]) -> list[tuple[str, list[BriefingOnDate]]]:
    """Consecutive entries grouped under their date ('Undated' for none), then by briefing, so a
    briefing's title is shown once a day however many events it reports."""
    groups: list[tuple[str, list[BriefingOnDate]]] = []
    for entry in entries:
        label = entry.date or "Undated"
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        days = groups[-1][1]
        if not days or days[-1].article.id != entry.article.id:
            days.append(BriefingOnDate(entry.article))
        if entry.kind == "event":
            days[-1].events.append(entry)
        else:
            days[-1].published = True
    return groups


# --------------------------------------------------------------------------------------------
# Feed and data export
# --------------------------------------------------------------------------------------------

# XML 1.0 allows tab, newline, carriage return and these ranges only.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: object) -> str:
    return _XML_INVALID.sub("", " ".join(_clean(value).split()))


def _absolute(site_url: str, path: str) -> str:
    """The public URL of a docs page (directory URLs), absolute when site_url is set."""
    rel = path.removesuffix(".md")
    rel = "" if rel == "index" else rel.removesuffix("/index") + "/"
    rel = quote(rel, safe="/")
    return (site_url.rstrip("/") + "/" + rel) if site_url else rel or "./"


def atom_feed(site: _Site, limit: int = FEED_ENTRIES) -> bytes:
    """An Atom feed of the latest briefings; deterministic (dates come from the articles)."""
    settings = site.config.site
    # The same URL MkDocs uses: site.yml, else the environment (see mkdocs.yml).
    site_url = http_url(settings.site_url or os.environ.get("BRIEFING_SITE_URL", "")) or ""
    latest = site.latest()[:limit]
    newest = next((a.date for a in latest if a.date), None)
    fallback = f"{newest or '1970-01-01'}T00:00:00Z"
    atom = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", atom)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{atom}}}{tag}", attrs)
        if text is not None:
            element.text = _xml_text(text)
        return element

    feed = ET.Element(f"{{{atom}}}feed")
    sub(feed, "title", settings.title)
    if settings.description:
        sub(feed, "subtitle", settings.description)
    sub(feed, "id", site_url or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'briefing-digest:' + settings.title)}")
    sub(feed, "link", rel="self", href=_absolute(site_url, "feed.xml").rstrip("/") if site_url else "feed.xml")
    sub(feed, "link", rel="alternate", type="text/html", href=_absolute(site_url, "index.md"))
    sub(feed, "updated", fallback)
    author = sub(feed, "author")
    sub(author, "name", settings.title)
    sub(feed, "generator", "briefing-digest")
    for article in latest:
        entry = sub(feed, "entry")
        sub(entry, "title", article.title, **{"{http://www.w3.org/XML/1998/namespace}lang": article.lang})
        sub(entry, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'briefing-digest:article:' + article.id)}")
        sub(entry, "link", rel="alternate", type="text/html", href=_absolute(site_url, article.path))
        if article.url:
            sub(entry, "link", rel="via", href=article.url)
        stamp = f"{article.date}T00:00:00Z" if article.date else fallback
        sub(entry, "updated", stamp)
        if article.date:
            sub(entry, "published", stamp)
        for track_id in article.track_ids:
            ref = site.track_ref(track_id)
            sub(entry, "category", term=track_id, label=_xml_text(ref.text))
        lines = article.card_facts[:FEED_FACTS] or article.key_points[:1]
        summary = " ".join(lines) if lines else article.title
        sub(entry, "summary", summary, type="text")
    ET.indent(feed, space="  ")
    body = ET.tostring(feed, encoding="unicode", short_empty_elements=True)
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def _export(records: Sequence[dict[str, Any]], head: dict[str, Any]) -> str:
    """{"articles": [...], header...}: keys sorted at every level, one article per line."""
    return _export_lines([_record_line(record) for record in records], head)


def _record_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _export_lines(lines: Sequence[str], head: dict[str, Any]) -> str:
    header = json.dumps(head, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "articles" sorts before every header key, so the whole text has its keys in sorted order.
    return '{"articles":[\n' + ",\n".join(lines) + "\n]," + header[1:] + "\n"


def facts_json(summaries: Sequence[Summary], known: dict[str, str] | None = None,
               digest_of: Callable[[str], str] | None = None) -> bytes:
    """The facts of every briefing, for analysts: who, which tracks, and the one-line facts.

    Each line names the article, its page, its tracks (primary first), the ids of its actors
    and places and its fact lines; the complete summaries are in `summaries.json.gz`. With
    `known` (the lines of the last build, by the hash of their summary, as `digest_of` gives it),
    only the lines of changed summaries are made again; it gets this build's.
    """
    previous = dict(known or {})
    if known is not None:
        known.clear()
    lines = []
    for s in sorted(summaries, key=lambda s: s.article.id):
        key = digest_of(s.article.id) if digest_of is not None else None
        line = previous.get(key) if key is not None else None
        if line is None:
            meta = s.article
            tracks = [s.tracks.primary, *(m.id for m in s.tracks.matches if m.id != s.tracks.primary)]
            line = _record_line({
                "id": meta.id, "title": meta.title, "date": meta.date, "lang": meta.lang, "source": meta.source,
                "url": meta.url, "page": site_path(f"articles/{meta.id}.md"), "tracks": tracks,
                "actors": [a.id for a in s.actors], "places": [p.id for p in s.places],
                "facts": [{"kind": f.kind, "text": f.text} for f in s.facts],
            })
        if known is not None and key is not None:
            known[key] = line
        lines.append(line)
    head = {"format": "briefing-digest facts", "count": len(lines), "summaries": SUMMARIES_FILE}
    return _export_lines(lines, head).encode("utf-8", "replace")


EXPORT_RUN = 32  # articles per gzip member of the summaries export, on average


def summaries_export(summaries: Sequence[Summary], members: dict[str, bytes] | None = None,
                     json_of: Callable[[str], str] | None = None,
                     digest_of: Callable[[str], str] | None = None) -> bytes:
    """Every summary, whole, as gzip-compressed JSON (a fifth of the size; deterministic bytes).

    One article per line, its keys in the order of the schema (pydantic's own JSON: fast). The
    file is a series of gzip members (which gzip tools read as one stream), each a run of lines
    that ends after an article whose id hashes to a multiple of EXPORT_RUN: a change to one
    article changes one member. `members` (compressed bytes by the hash of their text) holds
    those of the last build, and gets this build's: only changed runs are compressed again. With
    `digest_of` (a hash of each summary, by article id) a run is known by its summaries' hashes,
    and only the summaries of changed runs are written as JSON.
    """
    ordered = sorted(summaries, key=lambda s: s.article.id)
    head = {"format": "briefing-digest summaries", "count": len(ordered), "schema": "schema/summary.schema.json"}
    header = json.dumps(head, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    ending = "\n]," + header[1:] + "\n"
    runs: list[list[Summary]] = [[]]
    for n, summary in enumerate(ordered):
        runs[-1].append(summary)
        digest = hashlib.blake2b(summary.article.id.encode(), digest_size=4).digest()
        if n < len(ordered) - 1 and int.from_bytes(digest, "big") % EXPORT_RUN == 0:
            runs.append([])
    previous = dict(members or {})
    if members is not None:
        members.clear()
    out = []
    for n, run in enumerate(runs):
        first, last = n == 0, n == len(runs) - 1

        def text(run: list[Summary] = run, first: bool = first, last: bool = last) -> str:
            lines = [json_of(s.article.id) if json_of else s.model_dump_json() for s in run]
            return ('{"articles":[\n' if first else "") + ",\n".join(lines) + (ending if last else ",\n")

        if digest_of is not None:
            ids = "\x1e".join(f"{s.article.id}\x1f{digest_of(s.article.id)}" for s in run)
            key = "summaries:" + hashlib.sha256(f"{first}|{last}|{header}|{ids}".encode()).hexdigest()
            member = previous.get(key) or gzip.compress(text().encode("utf-8", "replace"), compresslevel=6, mtime=0)
        else:
            data = text().encode("utf-8", "replace")
            key = hashlib.sha256(data).hexdigest()
            member = previous.get(key) or gzip.compress(data, compresslevel=6, mtime=0)
        if members is not None:
            members[key] = member
        out.append(member)
    return b"".join(out)


# --------------------------------------------------------------------------------------------
# Rendering and writing
# --------------------------------------------------------------------------------------------


def _environment(config: SiteConfig) -> jinja2.Environment:
    """The Jinja environment; article text only ever enters as variables, never as source."""
    env = jinja2.Environment(
        # The desk's own templates/ first, then the tool's: a desk overrides only what it changes.
        loader=jinja2.FileSystemLoader([str(folder) for folder in template_dirs(config.root)]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        # Markdown output: HTML autoescaping would be wrong for Markdown contexts, so escaping is
        # explicit and per context (md_text, html, attr, yaml_str) on every article-derived value.
        autoescape=False,  # noqa: S701
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md_text=md_text,
        html=html_text,
        attr=attr,
        yaml_str=yaml_str,
        lang_attrs=lang_attrs,
        lang_name=lang_name,
        text_dir=text_dir,
        link=link,
        url=page_url,
        number=number,
        tag_label=tag_label,
    )
    return env


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=5)
        # No memo: equal values give equal bytes whether or not they are one object (summaries
        # read from the cache share their strings, new ones do not).
        self.fast = True


class PageMemo:
    """The pages of the last render, by a hash of everything their template reads.

    The views handed to the templates are frozen dataclasses that hold all their data, and the
    filters are pure functions, so a page whose template, path and context hash as last time
    renders to the same text: its file is left as it is instead of rendered again. The hash of
    each context value (its pickle) is computed once per render; an article's view, which most
    pages show, is known instead by what it is made from (`known`, `_Site.view_inputs`).
    """

    def __init__(self, generation: str, previous: Mapping[str, str] | None = None) -> None:
        self.generation = generation  # the templates and the code: another one empties the memo
        self.previous = dict(previous or {})  # path -> key, of the pages still in docs/ as last written
        self.keys: dict[str, str] = {}  # path -> key, this render's
        self.export: dict[str, bytes] = {}  # the compressed runs of the summaries export (summaries_export)
        self.facts: dict[str, str] = {}  # the lines of facts.json, by their summary's hash (facts_json)
        self._hashes: dict[int, tuple[object, str]] = {}

    def hash(self, value: object) -> str:
        """A hash of the value's data: lists and tuples item by item (a view that many pages show
        is hashed once), anything else by its pickle, made by C code alone."""
        if value is None or isinstance(value, str | int | float):
            return repr(value)  # also bool
        known = self._hashes.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if isinstance(value, list | tuple):
            parts = [type(value).__name__, *(self.hash(item) for item in value)]
            data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
        elif isinstance(value, BaseModel):  # its pickle holds a set, whose order changes from process to process
            data = f"{type(value).__qualname__}\x1f{value.model_dump_json()}".encode()
        else:  # a value whose bytes vary between processes only costs a render
            buffer = io.BytesIO()
            _Pickler(buffer).dump(value)
            data = buffer.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        self._hashes[id(value)] = (value, digest)  # the value is kept, so its id is not reused
        return digest

    def known(self, value: object, digest: str) -> None:
        """Hash `value` as `digest`: a hash of what it is made from, which stands for its data."""
        self._hashes[id(value)] = (value, f"inputs:{digest}")

    def key(self, template: str, path: str, context: Mapping[str, object]) -> str:
        parts = [self.generation, template, path, *(f"{name}={self.hash(value)}" for name, value in context.items())]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def same(self, path: str, key: str) -> bool:
        """Whether docs/`path` is what a page with this key renders to."""
        self.keys[path] = key
        return self.previous.get(path) == key


_MEMO_FORMAT = 2


def _load_memo(path: Path | None, generation: str, docs_dir: Path) -> PageMemo | None:
    """The memo of the last render, less the pages whose file is not as that render left it."""
    if path is None:
        return None
    data = read_pickle(path)
    if not isinstance(data, dict) or data.get("format") != _MEMO_FORMAT or data.get("generation") != generation:
        return PageMemo(generation)
    export = data.get("export")
    previous: dict[str, str] = {}
    for rel, (key, size, mtime) in data["pages"].items():
        try:
            stat = (docs_dir / rel).stat()
        except OSError:
            continue
        if (stat.st_size, stat.st_mtime_ns) == (size, mtime):
            previous[rel] = key
    memo = PageMemo(generation, previous)
    memo.export = dict(export) if isinstance(export, dict) else {}
    facts = data.get("facts")
    memo.facts = dict(facts) if isinstance(facts, dict) else {}
    return memo


def _save_memo(path: Path | None, memo: PageMemo | None, docs_dir: Path) -> None:
    if path is None or memo is None:
        return
    pages = {}
    for rel, key in memo.keys.items():
        stat = (docs_dir / rel).stat()
        pages[rel] = (key, stat.st_size, stat.st_mtime_ns)
    write_pickle(path, {"format": _MEMO_FORMAT, "generation": memo.generation, "pages": pages, "export": memo.export,
                        "facts": memo.facts})


def _generation(config: SiteConfig) -> str:
    """The templates (the desk's and the tool's) and this module: what every page also depends on."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"jinja2={jinja2.__version__};markupsafe={markupsafe.__version__}".encode())
    for folder in template_dirs(config.root):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(f"{path.relative_to(folder).as_posix()}\x1f".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _timeline_known(site: _Site, memo: PageMemo, groups: list[tuple[str, list[BriefingOnDate]]]) -> None:
    """A briefing's lines under a date are made from its article's view: known by it, and by which
    of its lines they are (not by their pickle)."""
    for _, days in groups:
        for day in days:
            lines = "\x1f".join(entry.sort_id for entry in day.events)
            memo.known(day, hashlib.sha256(f"{site.view_inputs(day.article.id)}\x1e{day.published}\x1e{lines}"
                                           .encode("utf-8", "surrogatepass")).hexdigest())


def _render_pages(site: _Site, env: jinja2.Environment, memo: PageMemo | None = None) -> dict[str, str | None]:
    """Every generated page: docs-relative path -> Markdown text, or None where `memo` says that
    docs/ already holds what the page's template and context render to."""
    config = site.config
    settings = config.site
    pages: dict[str, str | None] = {}

    def render(template: str, path: str, key_context: Mapping[str, object] | None = None,
               make: Callable[[], Mapping[str, object]] | None = None, **context: object) -> None:
        """Render a page, unless the memo has it; `key_context` stands for the context in its key
        where some of it (`make`'s) is made only for a page that is rendered."""
        if path in pages:
            raise ValueError(f"two generated pages would be written to docs/{path}")
        key = {"site": settings, **(context if key_context is None else key_context)}
        if memo is not None and memo.same(path, memo.key(template, path, key)):
            pages[path] = None
            return
        if make is not None:
            context = {**context, **make()}
        base = "../" * path.count("/")
        text = env.get_template(template).render(site=settings, base=base, page=path, **context)
        pages[path] = text.rstrip("\n") + "\n"

    people = sorted(
        (a for a in site.actors if a.type == "person"), key=lambda a: (-a.article_count, a.name.casefold(), a.id)
    )
    languages: dict[str, int] = {}
    for article in site.articles:
        languages[article.lang] = languages.get(article.lang, 0) + 1
    render(
        "index.md.j2",
        "index.md",
        latest=site.latest()[:LATEST_BRIEFINGS],
        tracks=site.tracks,
        track_latest={track.id: site.track_articles[track.id][:TRACK_LATEST] for track in site.tracks},
        top_people=people[:TOP_ACTORS],
        article_count=len(site.articles),
        actor_count=len(site.actors),
        languages=sorted(languages.items(), key=lambda item: (-item[1], item[0])),
    )
    render("tracks_index.md.j2", "tracks/index.md", tracks=site.tracks)
    for track in site.tracks:
        if track.path:
            for path, chunk, pager in paginate(track.path, site.track_articles[track.id], PAGE_SIZE):
                render("track.md.j2", path, track=track, articles=chunk, pager=pager, page_size=PAGE_SIZE,
                       card_facts=CARD_FACTS, card_actors=CARD_ACTORS)
    for article in site.articles:
        render("article.md.j2", article.path, article=article)

    def table(kinds: tuple[str, ...]) -> list[ActorView]:
        return sorted(
            (a for a in site.actors if a.type in kinds), key=lambda a: (-a.article_count, a.name.casefold(), a.id)
        )

    render(
        "actors_index.md.j2",
        "actors/index.md",
        groups=[
            ("People", table(("person",))),
            ("Organisations", table(("organization",))),
            ("Countries & places", table(("country", "place"))),
        ],
    )
    def briefings_from(actor_id: str, start: int) -> Callable[[], Mapping[str, object]]:
        return lambda: {"briefings": site.actor_briefings(actor_id, start, start + ACTOR_PAGE_SIZE)}

    for actor in site.actors:
        listed = site.actor_articles.get(actor.id, ())
        for n, (actor_path, naming, actor_pager) in enumerate(paginate(actor.path, listed, ACTOR_PAGE_SIZE)):
            start = n * ACTOR_PAGE_SIZE
            # Keyed by what the briefings are made from: each article's view and summary, and
            # whether it shows snippets; the briefings themselves are made only if rendered.
            inputs = "\x1e".join(f"{view.id}\x1f{memo.hash(view) if memo else ''}\x1f{site.summary_digest(view.id)}"
                                 f"\x1f{start + k < SNIPPET_BRIEFINGS}" for k, (view, _) in enumerate(naming))
            render("actor.md.j2", actor_path, key_context={"actor": actor, "briefings": inputs, "pager": actor_pager},
                   make=briefings_from(actor.id, start), actor=actor, pager=actor_pager)
    for timeline_path, entries, timeline_pager in paginate("timeline.md", site.timeline(), TIMELINE_PAGE):
        groups = _group_by_date(entries)
        if memo is not None:
            _timeline_known(site, memo, groups)
        render("timeline.md.j2", timeline_path, groups=groups, pager=timeline_pager)

    analysers: dict[tuple[str, str], list[float]] = {}
    for article in site.articles:
        analysers.setdefault((article.lang, article.analyser), []).append(article.lang_confidence)
    accuracy_file = config.root / "site_config" / "accuracy.md"
    render(
        "about.md.j2",
        "about.md",
        languages=sorted(languages.items(), key=lambda item: (-item[1], item[0])),
        analysers=[
            (lang, analyser, len(scores), min(scores), sum(scores) / len(scores))
            for (lang, analyser), scores in sorted(analysers.items())
        ],
        article_count=len(site.articles),
        # Desk-written and trusted: included verbatim, but as data, so Jinja never compiles it.
        accuracy=accuracy_file.read_text(encoding="utf-8").strip("\n") if accuracy_file.is_file() else None,
    )
    render("tags.md.j2", "tags.md")
    return pages


def _assets(config: SiteConfig, generated: Mapping[str, object]) -> dict[str, bytes]:
    """Static files by docs-relative path: the desk's docs_assets/, then the tool's for the rest."""
    assets: dict[str, bytes] = {}
    for folder in asset_dirs(config.root):
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if any(part.startswith(".") for part in rel.parts) or path.is_symlink() or not path.is_file():
                continue
            if rel.suffix in (".py", ".pyc") or "__pycache__" in rel.parts:
                continue
            key = rel.as_posix()
            if key in assets:
                continue
            if key in generated or rel.parts[0] in GENERATED_DIRS:
                raise ValueError(f"docs_assets/{key} would overwrite or sit among generated pages")
            assets[key] = path.read_bytes()
    return assets


def _stale(docs_dir: Path, files: Mapping[str, object]) -> list[str]:
    """Generated pages (under GENERATED_DIRS, at any depth) that this run does not produce."""
    stale: list[str] = []
    for folder in GENERATED_DIRS:
        directory = docs_dir / folder
        if not directory.is_dir() or directory.is_symlink():
            continue
        for root, dirs, names in os.walk(directory):
            dirs[:] = sorted(d for d in dirs if not (Path(root) / d).is_symlink())
            for name in sorted(names):
                path = Path(root) / name
                rel = path.relative_to(docs_dir).as_posix()
                if path.suffix == ".md" and rel not in files:
                    stale.append(rel)
    return sorted(stale)


def _remove_empty_dirs(docs_dir: Path) -> None:
    for folder in GENERATED_DIRS:
        directory = docs_dir / folder
        if not directory.is_dir() or directory.is_symlink():
            continue
        for root, _dirs, _names in sorted(os.walk(directory), key=lambda item: -len(item[0])):
            path = Path(root)
            if path != directory and not any(path.iterdir()):
                path.rmdir()


def render_site(
    summaries: Sequence[Summary], articles: Mapping[str, Article], config: SiteConfig, docs_dir: Path,
    memo_file: Path | None = None, summary_files: Mapping[str, str] | None = None,
) -> RenderResult:
    """Render all pages into `docs_dir`, rewriting only changed files and removing stale pages.

    Besides the Markdown pages this writes `feed.xml` (Atom, the latest briefings), `facts.json`
    (every briefing's facts) and `summaries.json.gz` (every summary, whole), for analysts; MkDocs
    copies them into the site as they are. With `memo_file` (see `PageMemo`), a page whose
    template and context are those of the last render, and whose file is as it left it, is not
    rendered again. `summary_files` (the hash of each summary's file, by article id, as the build
    knows them) spare hashing the summaries again.
    """
    with collector_paused():  # the views of every article and the files, all kept till the end
        return _render_site(summaries, articles, config, docs_dir, memo_file, summary_files)


def _render_site(summaries: Sequence[Summary], articles: Mapping[str, Article], config: SiteConfig, docs_dir: Path,
                 memo_file: Path | None, summary_files: Mapping[str, str] | None = None) -> RenderResult:
    site = _Site(summaries, articles, config, summary_files)
    memo = _load_memo(memo_file, _generation(config), docs_dir)
    if memo is not None:
        for view in site.articles:  # an article's view, by what it is made from: not by its pickle
            memo.known(view, site.view_inputs(view.id))
    pages = _render_pages(site, _environment(config), memo)
    files = {path: text.encode("utf-8") for path, text in pages.items() if text is not None}
    files[FEED_FILE] = atom_feed(site)
    lines = memo.facts if memo is not None and summary_files else None  # by the hashes of the summaries' files
    files[FACTS_FILE] = facts_json(summaries, lines, site.summary_digest if lines is not None else None)
    files[SUMMARIES_FILE] = summaries_export(summaries, memo.export if memo is not None else None, site.summary_json,
                                             site.summary_digest if summary_files else None)
    files.update(_assets(config, {**pages, **files}))

    # Everything is rendered before anything is written, so a failure leaves docs/ as it was.
    written: list[str] = []
    unchanged: list[str] = [path for path, text in pages.items() if text is None]
    if memo_file is not None:
        memo_file.unlink(missing_ok=True)  # a render killed while writing leaves no memo to trust
    for rel in sorted(files):
        (written if write_bytes_atomic(docs_dir / rel, files[rel], durable=False) else unchanged).append(rel)

    removed = _stale(docs_dir, {**pages, **files})
    for rel in removed:
        (docs_dir / rel).unlink()
    _remove_empty_dirs(docs_dir)
    _save_memo(memo_file, memo, docs_dir)
    reused = tuple(path for path, text in pages.items() if text is None)
    return RenderResult(tuple(written), tuple(sorted(unchanged)), tuple(removed), tuple(sorted(reused)))
