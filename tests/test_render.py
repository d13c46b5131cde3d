"""Tests of the render stage: pages, escaping of hostile text, RTL markup, determinism, cleanup."""

from __future__ import annotations

import datetime as dt
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
    RenderResult,
    http_url,
    md_text,
    render_site,
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

REPO = Path(__file__).resolve().parents[1]

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
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
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
        "stylesheets/briefing.css",
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
    assert "[Sergey Lavrov](../actors/sergey-lavrov.md)" in page
    actor = _read(project / "docs", "actors/sergey-lavrov.md")
    for spelling in ("Сергей Лавров", "Сергій Лавров", "Sergei Lavrov", "سيرغي لافروف"):
        assert spelling in actor
    assert f"<p>{AR_QUOTE}</p>" in actor  # quotes by the speaker across articles


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
    # The fact line is in a Markdown list item: brackets and parentheses cannot form a link.
    assert "- \\-\\-\\- \\[x\\]\\(javascript:alert\\(1\\)\\)" in page
    # Inside raw HTML blocks the text is only HTML-escaped, so Jinja syntax shows as written.
    assert "{{ 7*7 }}" in page and "{% include &#39;x&#39; %}" in page
    # In Markdown contexts it is backslash-escaped: no markup, no attr_list, no admonition.
    assert "\\{\\{ 7\\*7 \\}\\}" in page
    assert "\n!!! warning" not in all_text and "\n---\n" not in page.split("---", 2)[2]
    assert 'title: "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}"' in page
    assert "*unknown speaker*" not in page and "(not identified)" in page
    # The hostile article fits no track: it is on the 'other' page.
    assert "articles/hostile.md" in _read(docs, "tracks/other.md")


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


def test_missing_article_text(project: Path) -> None:
    render_site([_arabic()], {}, _config(project), project / "docs")
    page = _read(project / "docs", "articles/ar-moscow.md")
    assert "original text is not available" in page


def test_helpers() -> None:
    assert unicode_slug("Сергей  Лавров!") == "сергей-лавров"
    assert unicode_slug("موسكو: محادثات") == "موسكو-محادثات"
    assert unicode_slug("../evil/{{7*7}}") == "evil-7-7"
    assert unicode_slug("Ｆｕｌｌ width") == "full-width"
    assert md_text("--- *x* <b>\n# y") == "\\-\\-\\- \\*x\\* &lt;b&gt; \\# y"
    assert md_text("=== x").startswith("&#61;")
    assert md_text("a\x02wzxhzdk:0\x03b") == "awzxhzdk:0b"
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
    index = json.loads((out / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["en", "ru", "ar"]
    lavrov = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("actors/sergey-lavrov/"))
    assert "Сергей Лавров" in lavrov and "سيرغي لافروف" in lavrov
    # Lines joined by <br> stay separate words in the index (Material drops the tag itself).
    original = next(d["text"] for d in index["docs"] if d["location"] == "articles/hostile/#original-text")
    assert "warning admonition" in original
