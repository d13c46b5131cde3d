"""Tests of the render stage: pages, escaping of hostile text, RTL markup, determinism, cleanup."""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import (
    Actor,
    ActorRegistry,
    SiteConfig,
    SiteSettings,
    Track,
    TrackConfig,
    TrackCues,
)
from generator.records import Article
from generator.render import (
    RAW_END,
    RAW_START,
    RawBlockExtension,
    RenderResult,
    http_url,
    md_text,
    page_url,
    render_site,
    tag_label,
    unicode_slug,
    write_if_changed,
)
from generator.schema import (
    ActorFact,
    ArticleMeta,
    DateFact,
    EventFact,
    FactLine,
    KeyPoint,
    Mention,
    NumberFact,
    QuoteFact,
    Summary,
    TrackMatch,
    Tracks,
)
from generator.search_index import read_search_index

REPO = Path(__file__).resolve().parents[1]
MKDOCS_DEFAULT = REPO / "generator" / "scaffold" / "mkdocs.yml"  # the tool's default MkDocs configuration

AR_TEXT = (
    "موسكو: محادثات مفيدة مع واشنطن\n\n"
    'قال سيرغي لافروف إن "المحادثات كانت مفيدة وصريحة". '
    "وعقد الاجتماع في موسكو يوم الثلاثاء.\n\n"
    "وأضاف أن روسيا مستعدة لمواصلة الحوار."
)
AR_QUOTE = "المحادثات كانت مفيدة وصريحة"

UK_TEXT = (
    "Зеленський заявив, що переговори тривають.\n\n"
    "«Ми готові до діалогу, але не до капітуляції», — сказав Володимир Зеленський у Києві 7 березня.\n"
    "Це друга зустріч за місяць."
)
UK_QUOTE = "Ми готові до діалогу, але не до капітуляції"

HOSTILE_TITLE = "</title><script>alert(1)</script> {{ 7*7 }}"
HOSTILE_TEXT = (
    "Intro <script>alert(1)</script> and {{ 7*7 }} and {% include 'x' %}.\n\n"
    "---\n"
    "!!! warning\n"
    "    admonition body\n\n"
    "# not a heading\n"
    "> not a quote\n"
    "1. not a list\n\n"
    '<div class="evil">raw div</div> [x](javascript:alert(1)) *bold* {: .cls } Ivan Petrov said so.'
)


def _span(text: str, needle: str, sentence: int = 0) -> dict[str, int]:
    start = text.index(needle)
    return {"sentence": sentence, "start": start, "end": start + len(needle)}


def _mention(text: str, needle: str, sentence: int = 0) -> Mention:
    return Mention(text=needle, **_span(text, needle, sentence))


def _meta(article_id: str, title: str, lang: str, date: str | None, **extra: object) -> ArticleMeta:
    fields: dict[str, object] = {
        "id": article_id,
        "title": title,
        "source_file": f"seeds/{article_id}.txt",
        "date": date,
        "date_source": "front-matter" if date else "unknown",
        "lang": lang,
        "lang_confidence": 0.99,
        "analyser": "offline",
        "content_hash": "0" * 64,
        "sentence_count": 3,
    }
    fields.update(extra)
    return ArticleMeta.model_validate(fields)


def _arabic() -> Summary:
    text = AR_TEXT
    return Summary(
        article=_meta("ar-moscow", "موسكو: محادثات مفيدة مع واشنطن", "ar", "2024-03-05", source="RT Arabic",
                      url="https://example.org/ar/1"),
        actors=[
            ActorFact(id="sergey-lavrov", name="Sergey Lavrov", type="person", role="Foreign Minister",
                      country="russia", in_registry=True, confidence=0.95,
                      mentions=[_mention(text, "سيرغي لافروف", 1)]),
        ],
        places=[
            ActorFact(id="moscow", name="Moscow", type="place", in_registry=True, confidence=0.9,
                      mentions=[_mention(text, "موسكو", 0)]),
            ActorFact(id="russia", name="Russia", type="country", in_registry=True, confidence=0.9,
                      mentions=[_mention(text, "روسيا", 3)]),
        ],
        dates=[DateFact(text="يوم الثلاثاء", value="2024-03-05", precision="day", relative=True,
                        **_span(text, "يوم الثلاثاء", 2))],
        quotes=[QuoteFact(id="q1", text=AR_QUOTE, speaker="sergey-lavrov", speaker_name="Sergey Lavrov",
                          cue="قال", kind="full", lang="ar", confidence=0.9, **_span(text, AR_QUOTE, 1))],
        events=[EventFact(id="e1", type="talks", participants=["russia", "united-states"], place="moscow",
                          date="2024-03-05", date_text="يوم الثلاثاء", what=None,
                          evidence="وعقد الاجتماع في موسكو يوم الثلاثاء.", confidence=0.8,
                          **_span(text, "وعقد الاجتماع", 2))],
        numbers=[],
        tracks=Tracks(primary="us-russia",
                      matches=[TrackMatch(id="us-russia", score=4.5, cues=["واشنطن", "russia+united-states"])]),
        key_points=[KeyPoint(sentence=1, text='قال سيرغي لافروف إن "المحادثات كانت مفيدة وصريحة".')],
        facts=[FactLine(kind="event", text="Russia and the United States held talks in Moscow on 5 March 2024.",
                        ref="e1"),
               FactLine(kind="quote", text="Sergey Lavrov called the talks useful and frank.", ref="q1")],
    )


def _ukrainian() -> Summary:
    text = UK_TEXT
    return Summary(
        article=_meta("uk-kyiv", "Зеленський: переговори тривають", "uk", "2024-03-07"),
        actors=[
            ActorFact(id="volodymyr-zelensky", name="Volodymyr Zelensky", type="person", role="President",
                      country=None, in_registry=True, confidence=0.95,
                      mentions=[_mention(text, "Зеленський", 0), _mention(text, "Володимир Зеленський", 1)]),
        ],
        places=[ActorFact(id="kyiv", name="Kyiv", type="place", in_registry=True, confidence=0.9,
                          mentions=[_mention(text, "Києві", 1)])],
        dates=[DateFact(text="7 березня", value="2024-03-07", precision="day", **_span(text, "7 березня", 1))],
        quotes=[QuoteFact(id="q1", text=UK_QUOTE, speaker="volodymyr-zelensky", speaker_name="Volodymyr Zelensky",
                          cue="сказав", kind="full", lang="uk", confidence=0.9, **_span(text, UK_QUOTE, 1))],
        events=[EventFact(id="e1", type="statement", participants=["volodymyr-zelensky"], place="kyiv",
                          date=None, evidence="Зеленський заявив, що переговори тривають.", confidence=0.7,
                          **_span(text, "Зеленський заявив", 0))],
        numbers=[NumberFact(text="друга", value=2, unit=None, what="зустріч за місяць",
                            **_span(text, "друга", 2))],
        tracks=Tracks(primary="ukraine-peace",
                      matches=[TrackMatch(id="ukraine-peace", score=3.0, cues=["переговори"])]),
        key_points=[KeyPoint(sentence=0, text="Зеленський заявив, що переговори тривають.")],
        facts=[FactLine(kind="event", text="Volodymyr Zelensky made a statement in Kyiv.", ref="e1")],
    )


def _hostile() -> Summary:
    text = HOSTILE_TEXT
    hostile_quote = "<script>alert(1)</script> {{ 7*7 }} {% include 'x' %} [x](javascript:alert(1))"
    return Summary(
        article=_meta("hostile", HOSTILE_TITLE, "en", None, source="<b>Agency</b> {{ config }}",
                      url="javascript:alert(1)"),
        actors=[
            ActorFact(id="../evil/{{7*7}}", name="Ivan <i>Petrov</i> {{ 7*7 }}", type="person",
                      role="!!! warning", in_registry=False, confidence=0.5,
                      mentions=[_mention(text, "Ivan Petrov", 5)]),
        ],
        places=[],
        dates=[],
        quotes=[QuoteFact(id="q1", text=hostile_quote, speaker=None, speaker_name="<img src=x onerror=alert(1)>",
                          cue="said", kind="full", lang="en", confidence=0.5, start=0, end=5, sentence=0)],
        events=[],
        numbers=[NumberFact(text="| 7 |", value=7.5, unit="<u>", what="--- {{ 7*7 }}", sentence=0, start=0,
                            end=1)],
        tracks=Tracks(primary="other", matches=[]),
        key_points=[KeyPoint(sentence=0, text="{% include 'x' %} <script>alert(1)</script>")],
        facts=[FactLine(kind="misc", text="--- [x](javascript:alert(1)) {{ 7*7 }} <script>alert(1)</script>")],
    )


def _article(summary: Summary, text: str) -> Article:
    meta = summary.article
    return Article(
        id=meta.id,
        path=Path(meta.source_file),
        text=text,
        title=meta.title,
        lang=meta.lang,
        date=dt.date.fromisoformat(meta.date) if meta.date else None,
        source=meta.source,
        url=meta.url,
        content_hash=meta.content_hash,
    )


def _config(root: Path) -> SiteConfig:
    actors = (
        Actor(id="russia", name="Russia", type="country", variants={"ar": ("روسيا",), "ru": ("Россия",)}),
        Actor(id="united-states", name="United States", type="country", aliases=("USA",),
              variants={"ar": ("الولايات المتحدة",), "ru": ("США",)}),
        Actor(id="moscow", name="Moscow", type="place", country="russia", variants={"ar": ("موسكو",)}),
        Actor(id="kyiv", name="Kyiv", type="place", variants={"uk": ("Київ",)}),
        Actor(id="sergey-lavrov", name="Sergey Lavrov", type="person", role="Foreign Minister of Russia",
              country="russia", aliases=("Sergei Lavrov",),
              variants={"ar": ("سيرغي لافروف",), "ru": ("Сергей Лавров",), "uk": ("Сергій Лавров",)}),
        Actor(id="volodymyr-zelensky", name="Volodymyr Zelensky", type="person", role="President of Ukraine",
              variants={"uk": ("Володимир Зеленський",), "ru": ("Владимир Зеленский",)}),
    )
    tracks = (
        Track(id="us-russia", title="US–Russia talks", description="Bilateral contacts.",
              cues=TrackCues(pairs=(("russia", "united-states"),))),
        Track(id="ukraine-peace", title="Ukraine peace process", description="Talks on ending the war."),
        Track(id="iran-nuclear", title="Iran nuclear file"),
    )
    return SiteConfig(
        root=root,
        site=SiteSettings(title="Negotiations briefing", description="Test digest"),
        actors=ActorRegistry(actors=actors),
        tracks=TrackConfig(tracks=tracks),
        fingerprint="x",
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A hermetic project root: copies of the templates, docs assets and mkdocs.yml."""
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    shutil.copytree(REPO / "docs_assets", tmp_path / "docs_assets")
    shutil.copy(MKDOCS_DEFAULT, tmp_path / "mkdocs.yml")
    return tmp_path


def _inputs() -> tuple[list[Summary], dict[str, Article]]:
    summaries = [_hostile(), _ukrainian(), _arabic()]  # unsorted on purpose
    texts = {"ar-moscow": AR_TEXT, "uk-kyiv": UK_TEXT, "hostile": HOSTILE_TEXT}
    articles = {s.article.id: _article(s, texts[s.article.id]) for s in summaries}
    return summaries, articles


def _render(root: Path, docs: Path | None = None) -> RenderResult:
    summaries, articles = _inputs()
    return render_site(summaries, articles, _config(root), docs or root / "docs")


def _read(docs: Path, rel: str) -> str:
    return (docs / rel).read_text(encoding="utf-8")


def test_pages_exist(project: Path) -> None:
    result = _render(project)
    docs = project / "docs"
    expected = {
        "index.md", "timeline.md", "about.md", "tracks/index.md", "tracks/us-russia.md",
        "tracks/ukraine-peace.md", "tracks/other.md", "articles/ar-moscow.md", "articles/uk-kyiv.md",
        "articles/hostile.md", "actors/index.md", "actors/sergey-lavrov.md", "actors/volodymyr-zelensky.md",
        "actors/moscow.md", "actors/russia.md", "actors/united-states.md", "actors/kyiv.md",
        "stylesheets/briefing.css", "tags.md", "feed.xml", "facts.json", "summaries.json.gz",
    }
    assert expected <= set(result.written)
    for rel in expected:
        assert (docs / rel).is_file(), rel
    # No page for a track without articles; the discovered actor's odd id gives a safe file name.
    assert not (docs / "tracks/iran-nuclear.md").exists()
    actor_files = sorted(p.name for p in (docs / "actors").iterdir())
    evil = [name for name in actor_files if name.startswith("evil")]
    assert len(evil) == 1 and "/" not in evil[0] and ".." not in evil[0]
    assert result.removed == ()


def test_rtl_quote_and_original_text(project: Path) -> None:
    _render(project)
    page = _read(project / "docs", "articles/ar-moscow.md")
    assert f'<blockquote class="quote" lang="ar" dir="rtl"><p>{AR_QUOTE}</p></blockquote>' in page
    assert '<div class="original-text" lang="ar" dir="rtl">' in page
    assert page.count("<p>", page.index('class="original-text"')) == 3  # one per paragraph
    uk = _read(project / "docs", "articles/uk-kyiv.md")
    assert '<blockquote class="quote" lang="uk" dir="ltr">' in uk
    # Links in raw HTML are final directory URLs, relative to the page.
    assert '<a href="../../actors/sergey-lavrov/">Sergey Lavrov</a>' in page
    # The title keeps its language and direction; so does the article link on the actor page.
    assert '# موسكو: محادثات مفيدة مع واشنطن { lang="ar" dir="rtl" }' in page
    actor = _read(project / "docs", "actors/sergey-lavrov.md")
    for spelling in ("Сергей Лавров", "Сергій Лавров", "Sergei Lavrov", "سيرغي لافروف"):
        assert spelling in actor
    assert '<bdi lang="ar" dir="rtl">سيرغي لافروف</bdi>' in actor
    assert f"<p>{AR_QUOTE}</p>" in actor  # quotes by the speaker across articles
    # Every briefing lists how it names the actor, inflected as written, and how often.
    kyiv = _read(project / "docs", "actors/kyiv.md")
    assert '1 mention as <bdi lang="uk" dir="ltr">Києві</bdi>' in kyiv
    zelensky = _read(project / "docs", "actors/volodymyr-zelensky.md")
    assert "2 mentions as" in zelensky and "<mark>Володимир Зеленський</mark>" in zelensky
    assert '<a href="../../articles/ar-moscow/" lang="ar" dir="rtl">' in actor or (
        '<a href="../../articles/ar-moscow/"><bdi lang="ar" dir="rtl">' in actor
    )


def test_hostile_text_is_escaped(project: Path) -> None:
    _render(project)
    docs = project / "docs"
    all_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md")))
    assert "<script>" not in all_text
    assert "&lt;script&gt;" in all_text
    assert "<img" not in all_text and "<i>" not in all_text and "<b>" not in all_text
    assert '<div class="evil">' not in all_text
    assert 'href="javascript:' not in all_text
    page = _read(docs, "articles/hostile.md")
    # The fact line sits in raw HTML: only HTML-escaped, so brackets cannot form a link and
    # Jinja syntax shows as written.
    assert "<li>--- [x](javascript:alert(1)) {{ 7*7 }} &lt;script&gt;alert(1)&lt;/script&gt;</li>" in page
    assert "{{ 7*7 }}" in page and "{% include &#39;x&#39; %}" in page
    # In Markdown contexts (the title) it is backslash-escaped: no markup, no attr_list.
    assert "\\{\\{ 7\\*7 \\}\\}" in page
    assert "\n!!! warning" not in all_text and "\n---\n" not in page.split("---", 2)[2]
    assert 'title: "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}"' in page
    assert "unknown speaker" not in page and "(not identified)" in page
    # The pre-rendered regions are only ever opened and closed by the templates.
    for rel in sorted(docs.rglob("*.md")):
        text = rel.read_text(encoding="utf-8")
        assert text.count(RAW_START) == text.count(RAW_END), rel
    # The hostile article fits no track: it is on the 'other' page.
    assert 'href="../../articles/hostile/"' in _read(docs, "tracks/other.md")


def test_render_is_deterministic_and_idempotent(project: Path) -> None:
    first = _render(project)
    assert first.written and first.unchanged == ()
    mtimes = {p: p.stat().st_mtime_ns for p in (project / "docs").rglob("*") if p.is_file()}
    second = _render(project)
    assert second.written == () and second.removed == ()
    assert set(second.unchanged) == set(first.written)
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes
    # A fresh render elsewhere, from differently ordered input, gives byte-identical pages.
    other = project / "other-docs"
    summaries, articles = _inputs()
    render_site(list(reversed(summaries)), dict(reversed(list(articles.items()))), _config(project), other)
    for path in mtimes:
        rel = path.relative_to(project / "docs")
        assert (other / rel).read_bytes() == path.read_bytes(), rel


def test_stale_pages_are_removed(project: Path) -> None:
    docs = project / "docs"
    _render(project)
    (docs / "articles/old-article.md").write_text("old", encoding="utf-8")
    (docs / "actors/gone.md").write_text("old", encoding="utf-8")
    (docs / "notes").mkdir()
    (docs / "notes/keep.md").write_text("hand-written", encoding="utf-8")
    (docs / "articles/keep.txt").write_text("not a page", encoding="utf-8")
    result = _render(project)
    assert result.removed == ("actors/gone.md", "articles/old-article.md")
    assert not (docs / "articles/old-article.md").exists()
    assert (docs / "notes/keep.md").exists() and (docs / "articles/keep.txt").exists()
    # An article that disappears from the input loses its page.
    summaries, articles = _inputs()
    result = render_site([s for s in summaries if s.article.id != "uk-kyiv"], articles, _config(project), docs)
    assert "articles/uk-kyiv.md" in result.removed and "tracks/ukraine-peace.md" in result.removed
    assert "actors/volodymyr-zelensky.md" in result.removed


@pytest.mark.parametrize("bad", ["../escape", "a/b", "a..b", ".hidden", ""])
def test_unsafe_article_id_is_refused(project: Path, bad: str) -> None:
    summary = _arabic()
    summary = summary.model_copy(update={"article": summary.article.model_copy(update={"id": bad})})
    with pytest.raises(ValueError, match="article id"):
        render_site([summary], {}, _config(project), project / "docs")
    assert not (project / "docs").exists()  # nothing written before the failure


def test_about_includes_accuracy_verbatim(project: Path) -> None:
    (project / "site_config").mkdir()
    (project / "site_config/accuracy.md").write_text("| Metric | F1 |\n| --- | --- |\n| {{ ner }} | 0.9 |\n",
                                                      encoding="utf-8")
    _render(project)
    about = _read(project / "docs", "about.md")
    assert "| {{ ner }} | 0.9 |" in about  # verbatim: not compiled by Jinja, not escaped
    assert "BEGIN evaluation scores" in about and "Arabic (ar)" in about


def test_a_range_of_numbers_shows_both_ends(project: Path) -> None:
    summary = _arabic()
    number = NumberFact(text="20-30", value=20, up_to=30, unit="people", what="people", sentence=0, start=0, end=5)
    render_site([summary.model_copy(update={"numbers": [number]})], {}, _config(project), project / "docs")
    assert "<td>20–30</td>" in _read(project / "docs", "articles/ar-moscow.md")


def test_missing_article_text(project: Path) -> None:
    render_site([_arabic()], {}, _config(project), project / "docs")
    page = _read(project / "docs", "articles/ar-moscow.md")
    assert "original text is not available" in page


def test_helpers() -> None:
    assert unicode_slug("Сергей  Лавров!") == "сергей-лавров"
    assert unicode_slug("موسكو: محادثات") == "موسكو-محادثات"
    assert unicode_slug("../evil/{{7*7}}") == "evil-7-7"
    assert unicode_slug("Ｆｕｌｌ width") == "full-width"
    # Markdown punctuation that is markup anywhere gets a backslash; block markers only at the start.
    assert md_text("--- *x* <b>\n# y") == "\\--- \\*x\\* &lt;b&gt; \\# y"
    assert md_text("=== x").startswith("&#61;")
    assert md_text("1. a") == "1\\. a" and md_text("12) a") == "12\\) a"
    assert md_text("!!! warning") == "\\!!! warning" and md_text("+ x") == "\\+ x"
    assert md_text('[x](javascript:1) "q" 2015-05-18 U.S.') == '\\[x\\](javascript:1) "q" 2015-05-18 U.S.'
    assert md_text("{: .cls } a|b `c` _d_") == "\\{: .cls \\} a\\|b \\`c\\` \\_d\\_"
    assert md_text("a\x02wzxhzdk:0\x03b") == "awzxhzdk:0b"
    assert tag_label('US–Russia <b>"talks"</b> {{ x }} & co') == "US–Russia btalks/b x co"
    assert page_url("actors/x.md", "articles/a.md") == "../../actors/x/"
    assert page_url("index.md", "articles/a.md") == "../../"
    assert page_url("tracks/index.md", "index.md") == "tracks/"
    assert page_url("feed.xml", "index.md") == "feed.xml"
    assert page_url("actors/x.md", "actors/x/page-2.md") == "../"
    assert page_url("actors/x/page-3.md", "actors/x/page-2.md") == "../page-3/"
    assert page_url("actors/x/page-2.md", "actors/x.md") == "page-2/"
    assert page_url("articles/сергей.md", "index.md") == "articles/%D1%81%D0%B5%D1%80%D0%B3%D0%B5%D0%B9/"
    assert http_url("https://example.org/a") == "https://example.org/a"
    assert http_url("javascript:alert(1)") is None and http_url("//evil.example") is None


def test_write_if_changed(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "page.md"
    assert write_if_changed(path, "héllo\n") is True
    assert write_if_changed(path, "héllo\n") is False
    assert write_if_changed(path, "changed\n") is True
    assert path.read_text(encoding="utf-8") == "changed\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["page.md"]  # no temp files left
    assert path.stat().st_mode & 0o444 == 0o444


@pytest.mark.slow
def test_mkdocs_build_strict(project: Path) -> None:
    """The generated site builds with `mkdocs build --strict` and shows hostile text literally."""
    _render(project)
    out = project / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=project,
    )
    assert proc.returncode == 0, proc.stderr
    html = (out / "articles/hostile/index.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in html and "{% include &#39;x&#39; %}" in html
    everything = "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.html")))
    assert "<script>alert" not in everything
    assert "</title><script>" not in everything
    assert 'href="javascript:' not in everything and "<img src=x" not in everything
    assert '<div class="evil">' not in everything
    ar = (out / "articles/ar-moscow/index.html").read_text(encoding="utf-8")
    assert f'<blockquote class="quote" lang="ar" dir="rtl"><p>{AR_QUOTE}</p></blockquote>' in ar
    assert 'href="../../actors/sergey-lavrov/"' in ar
    # The search index carries every spelling, so Material search finds the page by any of them.
    index = read_search_index(out)  # the small index and the article entries read on demand
    assert index["config"]["lang"] == ["en", "ru", "ar"]
    lavrov = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("actors/sergey-lavrov/"))
    assert "Сергей Лавров" in lavrov and "سيرغي لافروف" in lavrov
    # Article pages carry the words of every registry spelling of their actors (hidden block).
    ar_top = next(d for d in index["docs"] if d["location"] == "articles/ar-moscow/")
    for word in ("Lavrov", "Лавров", "Лавров", "لافروف", "Sergei"):
        assert word in ar_top["text"], word
    assert "US–Russia talks" in ar_top["tags"] and "Sergey Lavrov" in ar_top["tags"]
    # What repeats other pages or is long is left out: original text, key points, tables, the
    # timeline, track pages.
    locations = {d["location"] for d in index["docs"]}
    assert not any(loc.endswith(("#original-text", "#key-points", "#events")) for loc in locations)
    assert not any(loc.startswith(("timeline/", "tracks/us-russia/", "tags/")) for loc in locations)
    assert "tracks/" in locations  # the index of tracks is searchable
    # Heading anchors keep non-Latin letters (pymdownx.slugs): the Arabic title's id is Arabic.
    assert 'id="موسكو-محادثات-مفيدة-مع-واشنطن"' in ar
    # The feed and the facts export are copied into the site as they are.
    assert (out / "feed.xml").read_bytes() == (project / "docs/feed.xml").read_bytes()
    assert json.loads((out / "facts.json").read_text(encoding="utf-8"))["count"] == 3
    # Tags: an article's tracks and main people, listed on the tags page.
    tags_page = (out / "tags/index.html").read_text(encoding="utf-8")
    assert "US–Russia talks" in tags_page and "Sergey Lavrov" in tags_page


def test_feed_is_atom_with_escaped_text(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import xml.etree.ElementTree as ET

    monkeypatch.delenv("BRIEFING_SITE_URL", raising=False)
    _render(project)
    raw = (project / "docs/feed.xml").read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert b"<script>" not in raw  # text is XML-escaped, never markup
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(raw)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    entries = feed.findall("a:entry", ns)
    assert len(entries) == 3
    # Newest first, undated last; the hostile title round-trips as text.
    titles = [e.findtext("a:title", namespaces=ns) for e in entries]
    assert titles == ["Зеленський: переговори тривають", "موسكو: محادثات مفيدة مع واشنطن", HOSTILE_TITLE]
    ar = entries[1]
    assert ar.find("a:title", ns).get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    assert ar.find("a:link[@rel='alternate']", ns).get("href") == "articles/ar-moscow/"
    assert ar.findtext("a:updated", namespaces=ns) == "2024-03-05T00:00:00Z"
    assert {c.get("term") for c in ar.findall("a:category", ns)} == {"us-russia"}
    assert "Russia and the United States held talks" in ar.findtext("a:summary", namespaces=ns)
    assert feed.findtext("a:updated", namespaces=ns) == "2024-03-07T00:00:00Z"
    assert all(e.findtext("a:id", namespaces=ns).startswith("urn:uuid:") for e in entries)
    # The home page links to it.
    assert "(feed.xml)" in _read(project / "docs", "index.md")


def test_feed_links_are_absolute_with_site_url(project: Path) -> None:
    import xml.etree.ElementTree as ET

    summaries, articles = _inputs()
    config = _config(project)
    config = config.model_copy(update={"site": config.site.model_copy(update={"site_url": "https://org.example/brief/"})})
    render_site(summaries, articles, config, project / "docs")
    feed = ET.fromstring((project / "docs/feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.find("a:link[@rel='self']", ns).get("href") == "https://org.example/brief/feed.xml"
    assert feed.findtext("a:id", namespaces=ns) == "https://org.example/brief/"
    links = [e.find("a:link[@rel='alternate']", ns).get("href") for e in feed.findall("a:entry", ns)]
    assert "https://org.example/brief/articles/ar-moscow/" in links


def test_facts_json_is_every_briefings_facts_sorted_and_deterministic(project: Path) -> None:
    _render(project)
    raw = (project / "docs/facts.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["count"] == 3 and data["summaries"] == "summaries.json.gz"
    assert [a["id"] for a in data["articles"]] == ["ar-moscow", "hostile", "uk-kyiv"]
    first = data["articles"][0]
    assert first["page"] == "articles/ar-moscow/" and first["lang"] == "ar"
    assert "sergey-lavrov" in first["actors"] and first["facts"] and first["tracks"][0]
    # Keys sorted at every level, one article per line.
    assert raw == "{\"articles\":[\n" + ",\n".join(
        json.dumps(a, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for a in data["articles"]
    ) + "\n],\"count\":3," + raw.split("],\"count\":3,", 1)[1]
    summaries, articles = _inputs()
    other = project / "again"
    render_site(list(reversed(summaries)), articles, _config(project), other)
    assert (other / "facts.json").read_text(encoding="utf-8") == raw
    # The whole summaries, compressed, byte for byte the same on every run.
    assert (other / "summaries.json.gz").read_bytes() == (project / "docs/summaries.json.gz").read_bytes()


def test_summaries_export_holds_every_summary_whole(project: Path) -> None:
    import gzip

    from generator.schema import Summary

    _render(project)
    data = json.loads(gzip.decompress((project / "docs/summaries.json.gz").read_bytes()))
    assert data["count"] == 3 and data["schema"] == "schema/summary.schema.json"
    summaries, _ = _inputs()
    by_id = {s.article.id: s for s in summaries}
    for record in data["articles"]:
        assert Summary.model_validate(record) == by_id[record["article"]["id"]]
    assert data["articles"][0]["quotes"][0]["text"] == AR_QUOTE


def test_summaries_export_compresses_again_only_the_runs_that_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    import generator.render as render

    monkeypatch.setattr(render, "EXPORT_RUN", 2)  # short runs: several members for three articles
    summaries, _ = _inputs()
    members: dict[str, bytes] = {}
    whole = render.summaries_export(summaries, members)
    assert whole == render.summaries_export(summaries)  # the memo changes no byte
    assert len(members) > 1
    assert json.loads(gzip.decompress(whole))["count"] == len(summaries)
    compressed: list[bytes] = []
    original = gzip.compress
    monkeypatch.setattr(gzip, "compress", lambda data, **kw: compressed.append(data) or original(data, **kw))
    first = sorted(summaries, key=lambda s: s.article.id)[0]
    changed = [s for s in summaries if s is not first] + [first.model_copy(update={"corrections": ["an edit"]})]
    again = render.summaries_export(changed, members)
    assert len(compressed) == 1 and json.loads(gzip.decompress(again))["articles"][0]["corrections"] == ["an edit"]


def test_long_lists_are_paginated(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.render as render

    monkeypatch.setattr(render, "PAGE_SIZE", 1)
    monkeypatch.setattr(render, "ACTOR_PAGE_SIZE", 1)
    monkeypatch.setattr(render, "TIMELINE_PAGE", 2)
    base = _arabic()
    copies = [
        base.model_copy(update={"article": base.article.model_copy(update={"id": f"ar-{n}", "date": f"2024-03-0{n}"})})
        for n in range(1, 4)
    ]
    articles = {s.article.id: _article(s, AR_TEXT) for s in copies}
    docs = project / "docs"
    render_site(copies, articles, _config(project), docs)
    # Three briefings, one a page: the track and the actor get pages 2 and 3, newest first.
    assert (docs / "tracks/us-russia/page-2.md").is_file() and (docs / "tracks/us-russia/page-3.md").is_file()
    first = _read(docs, "actors/sergey-lavrov.md")
    assert "Page 1 of 3" in first and 'href="page-2/"' in first and "ar-3" in first and "ar-1/" not in first
    second = _read(docs, "actors/sergey-lavrov/page-2.md")
    assert 'href="../"' in second and 'href="../page-3/"' in second and "../../../articles/ar-2/" in second
    assert "exclude: true" in second  # later pages stay out of the search index
    assert (docs / "timeline/page-2.md").is_file()
    # Fewer briefings: the extra pages and their folders go.
    result = render_site(copies[:1], articles, _config(project), docs)
    assert "actors/sergey-lavrov/page-2.md" in result.removed and "tracks/us-russia/page-3.md" in result.removed
    assert not (docs / "actors/sergey-lavrov").exists() and not (docs / "tracks/us-russia").exists()


def test_raw_block_extension_passes_regions_through() -> None:
    import markdown

    region = f"{RAW_START}\n<div class=\"x\">\n<p>*not emphasis* [not](a link)</p>\n\n<p>second</p>\n</div>\n{RAW_END}"
    source = f"# Title\n\n{region}\n\nAfter *this*.\n"
    html = markdown.markdown(source, extensions=[RawBlockExtension(), "attr_list"])
    assert '<div class="x">\n<p>*not emphasis* [not](a link)</p>\n\n<p>second</p>\n</div>' in html
    assert "<em>this</em>" in html
    # The markers stay (as comments) for the MkDocs plugin, which removes them from the pages.
    assert html.count(RAW_START) == 1 and html.count(RAW_END) == 1
    # Without the extension the region is ordinary raw HTML: the same text, still not Markdown.
    plain = markdown.markdown(source)
    assert "<p>*not emphasis* [not](a link)</p>" in plain and "<p>second</p>" in plain


def test_mkdocs_config_keeps_directory_urls() -> None:
    """Links inside pre-rendered HTML are written for directory URLs (page_url)."""
    text = MKDOCS_DEFAULT.read_text(encoding="utf-8")
    assert "\nuse_directory_urls: true\n" in text
    assert "generator.pages:RawBlockExtension" in text and "\n  - tags:\n" in text


@pytest.mark.slow
def test_404_page_uses_site_url_path(tmp_path: Path) -> None:
    """With site_url under a sub-path, Material's 404 page loads its assets through that path."""
    from generator.config import load_config
    from generator.pipeline import Folders, run_mkdocs
    from tests.builders import make_project

    root = make_project(tmp_path / "p", {"site_config/site.yml": "site_url: https://org.example/briefing/\n"})
    config = load_config(root)
    summaries, articles = _inputs()
    folders = Folders(seeds=root / "seeds", summaries=root / "summaries", docs=root / "docs", site=root / "site")
    render_site(summaries, articles, config, folders.docs)
    assert run_mkdocs(config, folders, quiet=True) == 0
    page = (folders.site / "404.html").read_text(encoding="utf-8")
    assert 'href="/briefing/assets/stylesheets/' in page and 'src="/briefing/assets/javascripts/' in page
    assert 'href="/briefing/stylesheets/briefing.css"' in page
    assert 'href="assets/' not in page


def test_raw_regions_in_a_row_become_one_block_even_at_the_end_of_the_page() -> None:
    import markdown

    first = f"{RAW_START}\n<nav>one</nav>\n{RAW_END}"
    second = f"{RAW_START}\n<div>*two*</div>\n{RAW_END}"
    md = markdown.Markdown(extensions=[RawBlockExtension()])
    html = md.convert(f"## Heading\n\n{first}\n\n\n{second}\n")
    assert len(md.htmlStash.rawHtmlBlocks) == 1
    # Never wrapped in a paragraph, also as the last block of the page.
    assert html == f"<h2>Heading</h2>\n{RAW_START}\n<nav>one</nav>\n{RAW_END}\n{RAW_START}\n<div>*two*</div>\n{RAW_END}"
    # Text between regions keeps them apart, and stays Markdown.
    html = markdown.markdown(f"{first}\n\nSome *text*.\n\n{second}", extensions=[RawBlockExtension()])
    assert "<p>Some <em>text</em>.</p>" in html and html.count(RAW_START) == 2


def test_the_timeline_names_each_briefing_once_a_day(project: Path) -> None:
    base = _arabic()
    event = base.events[0]
    second = event.model_copy(update={"id": "e2", "type": "visit", "date": None})
    summary = base.model_copy(update={"events": [event, second]})
    render_site([summary], {summary.article.id: _article(summary, AR_TEXT)}, _config(project), project / "docs")
    timeline = _read(project / "docs", "timeline.md")
    day = timeline.split(f"## {event.date}", 1)[1].split("## ", 1)[0]
    # The briefing once, with its publication and both events under it.
    assert day.count('href="../articles/ar-moscow/"') == 1 and "(published)" in day
    assert day.count("<li>") == 3 and "(reported)" in day  # the undated event is placed on the briefing's date


def test_key_points_are_marked_in_the_original_text(project: Path) -> None:
    base = _ukrainian()
    point = base.key_points[0].text
    missing = "Речення, якого в тексті немає."
    summary = base.model_copy(update={"key_points": [*base.key_points, KeyPoint(sentence=9, text=missing)]})
    render_site([summary], {summary.article.id: _article(summary, UK_TEXT)}, _config(project), project / "docs")
    page = _read(project / "docs", "articles/uk-kyiv.md")
    original = page.split('class="original-text"', 1)[1]
    assert f'<mark class="key-point">{html.escape(point, quote=False)}</mark>' in original
    assert "The key points are highlighted." in page
    # A key point the text does not show as such is listed apart, not lost.
    listed = page.split("## Key points", 1)[1].split("##", 1)[0]
    assert missing in listed and point not in listed


def test_a_key_point_is_marked_only_as_whole_words() -> None:
    from generator.render import _mark_key_points

    paragraphs, unplaced = _mark_key_points(["She said. Then he said.\nNext line."], ["he said.", "Missing."])
    runs = paragraphs[0][0]
    assert ("he said.", True) in runs and runs[0] == ("She said. Then ", False)
    assert paragraphs[0][1] == (("Next line.", False),) and unplaced == ("Missing.",)
