"""Tests for the ingest stage: every format, encodings, hostile input and folder-level rules.

Fixtures are written into tmp_path by the tests themselves; nothing binary is committed.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import ingest
from generator.ingest import (
    READERS,
    IngestProblem,
    NotTextError,
    ReadContext,
    article_hash,
    decode_bytes,
    ingest_folder,
    read_article,
    register_reader,
    safe_id,
)
from generator.records import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

UK = "Міністр закордонних справ заявив про переговори."
RU = "Министр иностранных дел заявил о переговорах в Стамбуле."
AR = "قال وزير الخارجية إن المحادثات في موسكو كانت مفيدة."
EN_BODY = "Delegations met in Istanbul on Friday. They agreed to meet again next month."

PNG_HEADER = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x00\x00\x10" * 2 + b"\x08\x06\x00\x00\x00\x1f\xf3\xffa"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def read_one(path: Path, **kwargs: int) -> tuple[Article, list[IngestProblem]]:
    articles, problems = read_article(path, **kwargs)
    assert len(articles) == 1, [p.message() for p in problems]
    return articles[0], problems


def reasons(problems: list[IngestProblem] | tuple[IngestProblem, ...], severity: str | None = None) -> str:
    return "\n".join(p.message() for p in problems if severity is None or p.severity == severity)


# --------------------------------------------------------------------------------------------------
# Plain text


def test_txt_headline_first_line_is_title_and_stays_in_text(tmp_path: Path) -> None:
    path = write(tmp_path, "talks.txt", "Talks resume in Istanbul\n\n" + EN_BODY + "\n")
    article, problems = read_one(path)
    assert problems == []
    assert article.id == "talks"
    assert article.title == "Talks resume in Istanbul"
    assert article.title_in_text is True
    assert article.text.startswith(article.title)
    assert article.text.endswith("next month.")
    assert article.fmt == "txt"
    assert article.encoding == "utf-8"
    assert article.path == path
    assert article.lang is None and article.date is None


def test_txt_without_headline_uses_first_sentence(tmp_path: Path) -> None:
    path = write(tmp_path, "body.txt", EN_BODY)
    article, _ = read_one(path)
    assert article.title == "Delegations met in Istanbul on Friday"
    assert article.title_in_text is False


def test_txt_long_first_sentence_is_cut_with_ellipsis(tmp_path: Path) -> None:
    sentence = " ".join(["negotiations"] * 30) + "."
    article, _ = read_one(write(tmp_path, "long.txt", sentence + " Second sentence."))
    assert len(article.title) <= 120
    assert article.title.endswith("…")
    assert "negotiations negotiations" in article.title
    assert not article.title[:-1].endswith(" ")


def test_txt_wrapped_paragraph_is_not_a_headline(tmp_path: Path) -> None:
    text = "The minister said that the talks\nwould continue next week in Geneva.\n"
    article, _ = read_one(write(tmp_path, "wrapped.txt", text))
    assert article.title_in_text is False
    assert article.title.startswith("The minister said that the talks would continue")


def test_crlf_and_control_characters_are_normalised(tmp_path: Path) -> None:
    raw = "Headline\r\n\r\nBody\x07 text\x1b here.\rMore e\u0301.\r\n".encode()
    article, _ = read_one(write(tmp_path, "crlf.txt", raw))
    assert "\r" not in article.text
    assert "\x07" not in article.text and "\x1b" not in article.text
    assert article.text == "Headline\n\nBody text here.\nMore é."  # NFC: e + combining acute -> é


# --------------------------------------------------------------------------------------------------
# Markdown and front matter


def md(front: str, body: str = "Body text of the note. It has two sentences.\n") -> str:
    return f"---\n{front}\n---\n{body}"


def test_markdown_front_matter_valid(tmp_path: Path) -> None:
    front = (
        "title: Talks in Istanbul\n"
        "date: 2025-05-16T10:00:00\n"
        "source: Example News\n"
        "url: https://example.org/talks\n"
        "lang: uk\n"
        "id: istanbul-talks"
    )
    article, problems = read_one(write(tmp_path, "note.md", md(front)))
    assert problems == []
    assert article.id == "istanbul-talks"
    assert article.title == "Talks in Istanbul"
    assert article.date == dt.date(2025, 5, 16)
    assert article.source == "Example News"
    assert article.url == "https://example.org/talks"
    assert article.lang == "uk"
    assert article.fmt == "md"
    # The headline opens the text that is analysed: its facts are the article's too.
    assert article.text == "Talks in Istanbul\n\nBody text of the note. It has two sentences."
    assert article.title_in_text is True


def test_markdown_quoted_iso_date_and_no_front_matter(tmp_path: Path) -> None:
    article, problems = read_one(write(tmp_path, "a.md", md('date: "2024-02-29"')))
    assert problems == [] and article.date == dt.date(2024, 2, 29)
    plain, problems = read_one(write(tmp_path, "b.markdown", "Just a body.\n\nSecond paragraph.\n"))
    assert problems == [] and plain.text == "Just a body.\n\nSecond paragraph."


def test_a_word_a_crawler_cut_before_the_titles_ellipsis_is_left_out(tmp_path: Path) -> None:
    body = "The Security Council met on Monday. The ambassador spoke to Greenfield staff."
    cut = write(tmp_path, "cut.md", '---\ntitle: "Remarks by the Ambassador at the Security Coun…"\n---\n\n' + body)
    article, _ = read_one(cut)
    assert article.title == "Remarks by the Ambassador at the Security …"
    assert article.text.startswith(article.title)  # "Coun" is analysed as no word of a name
    # A word the body writes whole was cut at its end: it stays.
    whole = write(tmp_path, "whole.md", '---\ntitle: "Remarks by Ambassador Linda Greenfield…"\n---\n\n' + body)
    assert read_one(whole)[0].title == "Remarks by Ambassador Linda Greenfield…"


def test_markdown_misspelt_key_is_a_warning_naming_it(tmp_path: Path) -> None:
    article, problems = read_one(write(tmp_path, "n.md", md("title: T\ntags: [a, b]\nTitle: x\ndaet: 2025-01-02")))
    assert article.title == "T"
    assert [p.severity for p in problems] == ["warning", "warning"]
    assert "'Title'" in problems[0].reason and "did you mean 'title'" in problems[0].reason
    assert "'daet'" in problems[1].reason and "did you mean 'date'" in problems[1].reason


def test_crawler_front_matter_is_accepted_and_used(tmp_path: Path) -> None:
    header = ("title: Talks resume\nauthors: [Jane Doe, John Roe]\ndescription: A lead.\ntags: talks, geneva\n"
              "word_count: 812\nimage: /a.jpg\nslug: talks-resume\npublished: 2025-03-04\n"
              "canonical_url: https://example.org/talks\nsitename: Example News\nlanguage: en")
    article, problems = read_one(write(tmp_path, "n.md", md(header)))
    assert problems == []
    assert article.author == "Jane Doe, John Roe" and article.source == "Example News"
    assert article.date == dt.date(2025, 3, 4) and article.url == "https://example.org/talks" and article.lang == "en"


def test_markdown_date_tomorrow_is_ignored_with_warning(tmp_path: Path) -> None:
    article, problems = read_one(write(tmp_path, "n.md", md("title: Kept\ndate: tomorrow\nlang: ar")))
    assert article.date is None
    assert article.title == "Kept" and article.lang == "ar"
    assert len(problems) == 1 and problems[0].severity == "warning"
    assert "'date'" in problems[0].reason
    assert "ISO date such as 2025-03-14" in problems[0].reason


@pytest.mark.parametrize(
    ("front", "key"),
    [
        ("url: javascript:alert(1)", "url"),
        ("url: /relative/path", "url"),
        ("lang: english", "lang"),
        ("lang: en-US", "lang"),
        ("date: 20250514", "date"),
        ("date: yes", "date"),
        ("title: [a, list]", "title"),
    ],
)
def test_markdown_wrong_types_are_warnings(tmp_path: Path, front: str, key: str) -> None:
    article, problems = read_one(write(tmp_path, "n.md", md(front)))
    assert len(problems) == 1 and problems[0].severity == "warning"
    assert f"'{key}'" in problems[0].reason
    assert getattr(article, key) is None or key == "title"


def test_markdown_malformed_yaml_keeps_body(tmp_path: Path) -> None:
    article, problems = read_one(write(tmp_path, "bad.md", md("title: [unclosed\ndate: 2025-01-01")))
    assert len(problems) == 1 and problems[0].severity == "warning"
    assert "not valid YAML" in problems[0].reason
    assert article.text == "Body text of the note. It has two sentences."
    assert article.date is None


def test_markdown_alias_bomb_is_refused(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    article, problems = read_one(write(tmp_path, "bomb.md", md(bomb.rstrip("\n"))))
    assert "alias" in reasons(problems)
    assert article.text.startswith("Body text")


def test_markdown_id_cannot_escape(tmp_path: Path) -> None:
    article, problems = read_one(write(tmp_path, "n.md", md("id: ../../x")))
    assert article.id == "x"
    assert "not a safe file name" in reasons(problems, "warning")
    article, problems = read_one(write(tmp_path, "m.md", md("id: ../..")))
    assert article.id == "m"
    assert problems and problems[0].severity == "warning"


def test_markdown_syntax_and_html_are_stripped(tmp_path: Path) -> None:
    body = (
        "# Talks resume\n\n"
        'Some **bold** and *emphasis* with a [link](https://example.org/x "t") and `code`.\n\n'
        "<script>alert(1)</script>\n\n"
        "> A quoted line.\n\n"
        "[ref]: https://example.org/ref\n"
    )
    article, problems = read_one(write(tmp_path, "m.md", body))
    assert problems == []
    assert article.title == "Talks resume" and article.title_in_text is True
    assert article.text == "Talks resume\n\nSome bold and emphasis with a link and code.\n\nA quoted line."


# --------------------------------------------------------------------------------------------------
# HTML

HOSTILE_HTML = """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Talks resume in Istanbul - Example News</title>
<meta property="article:published_time" content="2025-05-16T09:00:00Z">
<script>alert("HEAD-SCRIPT")</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Talks resume in Istanbul</h1>
<p>Delegations from both sides met on Friday for the first direct talks in three years.</p>
<p><img src="x.png" onerror="alert('ONERROR')">The minister said the meeting was useful.
<a href="javascript:alert('JSLINK')">Read more</a></p>
<script>document.write("BODY-SCRIPT")</script>
<p>Negotiators agreed to exchange prisoners and to meet again next month in the same city.</p>
</article><!-- COMMENT --></body></html>
"""


def assert_no_markup(text: str) -> None:
    needles = ("alert", "HEAD-SCRIPT", "BODY-SCRIPT", "ONERROR", "JSLINK", "javascript:", "COMMENT", "<", ">")
    for needle in needles:
        assert needle not in text, needle


def test_html_main_text_title_date_lang(tmp_path: Path) -> None:
    article, problems = read_one(write(tmp_path, "page.html", HOSTILE_HTML))
    assert problems == []
    assert article.fmt == "html"
    assert article.title == "Talks resume in Istanbul"
    assert article.date == dt.date(2025, 5, 16)
    assert article.lang == "en"
    assert "Delegations from both sides met on Friday" in article.text
    assert "exchange prisoners" in article.text
    assert_no_markup(article.text)


def test_html_fallback_to_body_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    article, _ = read_one(write(tmp_path, "page.htm", HOSTILE_HTML))
    assert "Delegations from both sides met on Friday" in article.text
    assert_no_markup(article.text)
    assert "p { color" not in article.text


def test_html_without_title_uses_text(tmp_path: Path) -> None:
    page = "<html><body><p>Only a paragraph about the talks. Nothing else.</p></body></html>"
    article, _ = read_one(write(tmp_path, "bare.html", page))
    assert article.title == "Only a paragraph about the talks"
    assert article.text == "Only a paragraph about the talks. Nothing else."


def test_html_declared_cp1251(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1251"><title>Новини</title></head><body><p>{UK}</p></body>'
    article, _ = read_one(write(tmp_path, "uk.html", page.encode("cp1251")))
    assert UK in article.text
    assert article.encoding == "windows-1251"


def test_html_with_only_scripts_is_an_error(tmp_path: Path) -> None:
    articles, problems = read_article(
        write(tmp_path, "x.html", "<html><body><script>alert(1)</script></body></html>")
    )
    assert articles == []
    assert problems[0].severity == "error" and "no readable text" in problems[0].reason


# --------------------------------------------------------------------------------------------------
# Feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Desk feed</title><language>uk-UA</language>
<item><title>Перший &amp; важливий</title><link>https://example.org/1</link>
<pubDate>Tue, 13 May 2025 10:00:00 +0300</pubDate>
<description>&lt;p&gt;{uk} &lt;b&gt;Так&lt;/b&gt;.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Second</title><link>https://example.org/2</link><pubDate>Wed, 14 May 2025 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Second item <a href="javascript:x()">text</a>.</p>]]></description></item>
</channel></rss>
""".replace("{uk}", UK)


def test_rss_feed_two_items(tmp_path: Path) -> None:
    articles, problems = read_article(write(tmp_path, "desk feed.xml", RSS))
    assert problems == []
    assert [a.id for a in articles] == ["desk-feed-001", "desk-feed-002"]
    first, second = articles
    assert first.title == "Перший & важливий"
    assert first.url == "https://example.org/1"
    assert first.date == dt.date(2025, 5, 13)
    assert first.text == f"Перший & важливий\n\n{UK} Так."
    assert first.source == "Desk feed" and first.lang == "uk"
    assert first.fmt == "feed"
    assert second.text.endswith("\n\nSecond item text.")
    assert second.date == dt.date(2025, 5, 14)
    for article in articles:
        assert "alert" not in article.text and "<" not in article.text


def test_atom_feed(tmp_path: Path) -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Atom desk</title>
<entry><title>One</title><link rel="alternate" href="https://example.org/a1"/>
<published>2025-05-01T08:00:00Z</published>
<content type="html">&lt;p&gt;Entry one text.&lt;/p&gt;</content></entry>
<entry><title>Two</title><link rel="self" href="https://example.org/self"/><link href="https://example.org/a2"/>
<updated>2025-05-02</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>Entry two <b>text</b>.</p><script>alert(1)</script></div></content></entry>
</feed>"""
    articles, problems = read_article(write(tmp_path, "news.atom", atom))
    assert problems == []
    assert [(a.id, a.title, a.url, a.date, a.text) for a in articles] == [
        ("news-001", "One", "https://example.org/a1", dt.date(2025, 5, 1), "One\n\nEntry one text."),
        ("news-002", "Two", "https://example.org/a2", dt.date(2025, 5, 2), "Two\n\nEntry two text."),
    ]
    assert all(a.lang == "en" and a.source == "Atom desk" for a in articles)


def test_feed_external_entity_is_not_resolved(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "TOP-SECRET-CONTENT")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret.as_posix()}"><!ENTITY word "EXPANDED">]>
<rss version="2.0"><channel><title>T</title>
<item><title>Item &word;</title><description>Before &xxe; after.</description></item>
</channel></rss>"""
    articles, problems = read_article(write(tmp_path, "xxe.rss", feed))
    assert len(articles) == 1
    assert "TOP-SECRET" not in articles[0].text and "EXPANDED" not in articles[0].title
    assert articles[0].text.endswith("\n\nBefore  after.")
    assert "not expanded" in reasons(problems, "warning")


def test_feed_bad_item_fields_and_empty_item(tmp_path: Path) -> None:
    feed = """<rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>javascript:alert(1)</link><pubDate>someday</pubDate><description>Text.</description></item>
<item><title>Empty</title><description>   </description></item>
</channel></rss>"""
    articles, problems = read_article(write(tmp_path, "f.xml", feed))
    assert [a.id for a in articles] == ["f-001"]
    assert articles[0].url is None and articles[0].date is None
    assert "item 1: link" in reasons(problems, "warning")
    assert "item 1: date" in reasons(problems, "warning")
    assert "item 2: no text" in reasons(problems, "error")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<html><body>not a feed</body></html>", "not an RSS or Atom feed"),
        ("<rss><channel><item>", "not well-formed XML"),
        ('<rss version="2.0"><channel><title>T</title></channel></rss>', "no items"),
    ],
)
def test_feed_errors(tmp_path: Path, content: str, reason: str) -> None:
    articles, problems = read_article(write(tmp_path, "x.xml", content))
    assert articles == []
    assert len(problems) == 1 and problems[0].severity == "error" and reason in problems[0].reason


# --------------------------------------------------------------------------------------------------
# Encodings


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (UK.encode("utf-8"), UK, "utf-8"),
        (codecs.BOM_UTF8 + UK.encode("utf-8"), UK, "utf-8-sig"),
        (codecs.BOM_UTF16_LE + AR.encode("utf-16-le"), AR, "utf-16-le"),
        (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), RU, "utf-16-be"),
        (codecs.BOM_UTF32_LE + UK.encode("utf-32-le"), UK, "utf-32-le"),
        (("Talks in Istanbul. " + UK).encode("utf-16-le"), "Talks in Istanbul. " + UK, "utf-16-le"),
        (UK.encode("cp1251"), UK, "windows-1251"),
        (RU.encode("cp1251"), RU, "windows-1251"),
        (AR.encode("cp1256"), AR, "windows-1256"),
        (RU.encode("koi8_r"), RU, "koi8-r"),
        ("Le ministre a déclaré que les négociations étaient utiles.".encode("cp1252"), None, "windows-1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf16le-nobom", "cp1251-uk",
         "cp1251-ru", "cp1256-ar", "koi8r-ru", "cp1252-fr"],
)  # fmt: skip
def test_decode_bytes(data: bytes, text: str | None, encoding: str) -> None:
    decoded, name = decode_bytes(data)
    assert name == encoding
    if text is not None:
        assert decoded == text
    assert "\ufeff" not in decoded


@pytest.mark.parametrize("words", [2, 3, 6])
def test_cp1251_and_cp1256_are_not_confused_on_short_texts(words: int) -> None:
    uk = " ".join(UK.rstrip(".").split()[:words])
    ar = " ".join(AR.rstrip(".").split()[:words])
    assert decode_bytes(uk.encode("cp1251")) == (uk, "windows-1251")
    assert decode_bytes(ar.encode("cp1256")) == (ar, "windows-1256")


def test_legacy_files_through_read_article(tmp_path: Path) -> None:
    uk, _ = read_one(write(tmp_path, "uk.txt", (UK + "\n" + UK).encode("cp1251")))
    ar, _ = read_one(write(tmp_path, "ar.txt", (AR + "\n" + AR).encode("cp1256")))
    assert uk.encoding == "windows-1251" and uk.text.startswith(UK)
    assert ar.encoding == "windows-1256" and ar.text.startswith(AR)


def test_binary_png_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NotTextError, match="binary file, not text"):
        decode_bytes(PNG_HEADER)
    articles, problems = read_article(write(tmp_path, "image.txt", PNG_HEADER))
    assert articles == []
    assert problems[0].severity == "error" and "binary file, not text" in problems[0].reason


def test_binary_without_magic_is_an_error() -> None:
    with pytest.raises(NotTextError, match="binary file"):
        decode_bytes(bytes(range(256)) * 8)
    with pytest.raises(NotTextError, match="binary file"):
        decode_bytes(bytes(range(1, 32)) * 100)


def test_invalid_utf8_in_no_known_encoding_is_an_error(tmp_path: Path) -> None:
    garbage = b"Report " + bytes(range(0x80, 0x100)) + b" end\n"
    with pytest.raises(NotTextError, match="not valid UTF-8"):
        decode_bytes(garbage)
    articles, problems = read_article(write(tmp_path, "garbage.txt", garbage))
    assert articles == []
    assert "Save the file as UTF-8" in problems[0].message()


def test_utf8_with_one_damaged_byte_is_kept_with_warning(tmp_path: Path) -> None:
    data = (UK + " " + UK).encode() + b"\xff" + (" " + UK).encode()
    article, problems = read_one(write(tmp_path, "damaged.txt", data))
    assert article.encoding == "utf-8"
    assert "\ufffd" in article.text
    assert problems[0].severity == "warning" and "replaced" in problems[0].reason


def test_stray_nul_byte_is_stripped(tmp_path: Path) -> None:
    data = (EN_BODY * 30).encode() + b"\x00" + b" The end."
    article, _ = read_one(write(tmp_path, "nul.txt", data))
    assert "\x00" not in article.text and article.text.endswith("The end.")


@given(st.binary(max_size=512))
@settings(max_examples=150, deadline=None)
def test_decode_bytes_never_crashes(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except NotTextError:
        return
    assert isinstance(encoding, str)
    assert "\r" not in text
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text)


# --------------------------------------------------------------------------------------------------
# Sizes


@pytest.mark.parametrize(
    ("name", "content"), [("empty.txt", b""), ("blank.md", b"  \n\t\n  "), ("bom.txt", codecs.BOM_UTF8)]
)
def test_empty_and_whitespace_files_are_errors(tmp_path: Path, name: str, content: bytes) -> None:
    articles, problems = read_article(write(tmp_path, name, content))
    assert articles == []
    assert len(problems) == 1 and problems[0].severity == "error"
    assert "empty" in problems[0].reason or "only whitespace" in problems[0].reason
    assert "Add the article text" in problems[0].advice


def test_front_matter_only_markdown_is_an_error(tmp_path: Path) -> None:
    articles, problems = read_article(write(tmp_path, "fm.md", "---\ntitle: x\n---\n\n"))
    assert articles == [] and problems[0].severity == "error"


def test_single_200k_character_line(tmp_path: Path) -> None:
    line = ("Переговори тривали довго, " * 8000)[:200_000]
    article, problems = read_one(write(tmp_path, "line.txt", line))
    assert problems == []
    assert article.text == line.rstrip()
    assert len(article.title) <= 120 and article.title_in_text is False
    md_article, _ = read_one(write(tmp_path, "line.md", "x" * 200_000))
    assert len(md_article.text) == 200_000


def test_long_text_is_cut_at_a_line_boundary(tmp_path: Path) -> None:
    lines = [f"Line number {i} of the article." for i in range(100)]
    article, problems = read_one(write(tmp_path, "long.txt", "\n".join(lines)), max_chars=500)
    assert len(article.text) <= 500
    assert article.text.endswith("of the article.")
    assert problems[0].severity == "warning" and "cut" in problems[0].reason


def test_twenty_megabyte_file_is_cut_not_crashed(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"a " * 10_000_000)
    article, problems = read_one(path)
    assert len(article.text) <= ingest.DEFAULT_MAX_CHARS
    assert [p.severity for p in problems] == ["warning"]
    assert "over the limit" in problems[0].reason


def test_file_over_50mb_is_skipped_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(ingest.MAX_FILE_BYTES + 1)  # sparse: instant, takes no disk space
    articles, problems = read_article(path)
    assert articles == []
    assert problems[0].severity == "error" and "MB limit" in problems[0].reason


# --------------------------------------------------------------------------------------------------
# Ids and hashes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("000_acba2b3b37321539", "000_acba2b3b37321539"),
        ("../../x", "x"),
        ("a/b\\c", "a-b-c"),
        ("Переговори у Стамбулі (1)", "Переговори-у-Стамбулі-1"),
        ("مفاوضات موسكو", "مفاوضات-موسكو"),
        (".hidden", "hidden"),
        ("CON", "CON_"),
        ("ＡＢＣ", "ABC"),  # NFKC folds full-width letters
    ],
)
def test_safe_id_examples(raw: str, expected: str) -> None:
    assert safe_id(raw) == expected


def test_safe_id_long_and_empty() -> None:
    long_id = safe_id("a" * 300)
    assert len(long_id) == 120 and long_id != safe_id("a" * 301)
    assert safe_id("..").startswith("article-") and safe_id("//") != ""


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_safe_id_is_always_safe(raw: str) -> None:
    value = safe_id(raw)
    assert value and len(value) <= 120
    assert "/" not in value and "\\" not in value and ".." not in value
    assert not value.startswith((".", "-"))
    assert safe_id(value) == value


def test_content_hash_covers_metadata() -> None:
    base = article_hash("text", "title", "uk", dt.date(2025, 1, 2), None, None)
    assert base == article_hash("text", "title", "uk", dt.date(2025, 1, 2), None, None)
    assert len(base) == 64
    assert base != article_hash("text", "title2", "uk", dt.date(2025, 1, 2), None, None)
    assert base != article_hash("text", "title", "uk", None, None, None)
    assert base != article_hash("text ", "title", "uk", dt.date(2025, 1, 2), None, None)


def test_article_content_hash_matches(tmp_path: Path) -> None:
    article, _ = read_one(write(tmp_path, "a.txt", "Title line\n\nBody."))
    expected = article_hash(
        article.text, article.title, article.lang, article.date, article.source, article.url
    )
    assert article.content_hash == expected


# --------------------------------------------------------------------------------------------------
# Folders


def test_folder_sorted_relative_paths_and_skips(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "b.txt", "Second file\n\nBody b.")
    write(seeds, "a.md", "First file body.")
    write(seeds, "sub/c.txt", "Third file\n\nBody c.")
    write(seeds, "README.md", "Not an article.")
    write(seeds, ".hidden.txt", "Not an article either.")
    write(seeds, ".git/config.txt", "Ignored folder.")
    write(seeds, "report.pdf", b"%PDF-1.4 binary")
    result = ingest_folder(seeds)
    assert [a.id for a in result.articles] == ["a", "b", "c"]
    assert [a.path for a in result.articles] == [Path("a.md"), Path("b.txt"), Path("sub/c.txt")]
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.severity == "error" and problem.reason == "unsupported file type .pdf"
    assert ".txt" in problem.advice and ".md" in problem.advice
    assert problem.message().startswith("report.pdf: unsupported file type .pdf. Convert it")
    with_root = ingest_folder(seeds, root=tmp_path)
    assert with_root.articles[0].path == Path("seeds/a.md")
    assert with_root.problems[0].message().startswith("seeds/report.pdf: ")


def test_duplicate_id_is_an_error_on_the_second(tmp_path: Path) -> None:
    write(tmp_path, "x/talks.txt", "Talks\n\nFirst copy.")
    write(tmp_path, "y/talks.txt", "Talks\n\nSecond, different text.")
    write(tmp_path, "z.md", md("id: talks", "Third text."))
    result = ingest_folder(tmp_path)
    assert [a.path for a in result.articles] == [Path("x/talks.txt")]
    errors = [p for p in result.problems if p.severity == "error"]
    assert [p.path for p in errors] == [Path("y/talks.txt"), Path("z.md")]
    assert all("duplicate id 'talks', also used by x/talks.txt" in p.reason for p in errors)


def test_same_text_twice_is_kept_with_warning(tmp_path: Path) -> None:
    write(tmp_path, "one.txt", "Same headline\n\nSame body.")
    write(tmp_path, "two.txt", "Same headline\n\nSame body.\n")
    result = ingest_folder(tmp_path)
    assert [a.id for a in result.articles] == ["one", "two"]
    assert len(result.problems) == 1
    assert result.problems[0].severity == "warning"
    assert result.problems[0].path == Path("two.txt")
    assert "same text as one.txt" in result.problems[0].reason


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_outside_root_is_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    secret = write(tmp_path, "outside/secret.txt", "Secret\n\nDo not ingest me.")
    real = write(seeds, "real.txt", "Real\n\nInside text.")
    (seeds / "escape.txt").symlink_to(secret)
    (seeds / "alias.txt").symlink_to(real)
    (seeds / "dirlink").symlink_to(tmp_path / "outside", target_is_directory=True)
    result = ingest_folder(seeds)
    assert [a.id for a in result.articles] == ["alias", "real"]
    assert all("Do not ingest" not in a.text for a in result.articles)
    by_path = {p.path.as_posix(): p for p in result.problems}
    assert by_path["escape.txt"].severity == "error" and "outside" in by_path["escape.txt"].reason
    assert by_path["dirlink"].severity == "error"
    assert by_path["real.txt"].severity == "warning"  # same text as alias.txt, read first


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: bytes, ctx: ReadContext) -> list[Article]:
        raise RuntimeError("reader bug")

    monkeypatch.setitem(READERS, ".boom", explode)
    write(tmp_path, "a.boom", "anything")
    write(tmp_path, "b.txt", PNG_HEADER)
    write(tmp_path, "c.txt", "")
    write(tmp_path, "d.txt", "Good\n\nStill read.")
    result = ingest_folder(tmp_path)
    assert [a.id for a in result.articles] == ["d"]
    assert [p.path.as_posix() for p in result.errors] == ["a.boom", "b.txt", "c.txt"]
    assert "RuntimeError: reader bug" in result.errors[0].reason


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    result = ingest_folder(tmp_path / "nope")
    assert result.articles == () and result.problems[0].severity == "error"


def test_register_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_upper(data: bytes, ctx: ReadContext) -> list[Article]:
        decoded = ctx.decode(data)
        article = ctx.build(text=decoded.text.upper(), fmt="upper", encoding=decoded.encoding)
        return [article] if article else []

    monkeypatch.setattr(ingest, "READERS", dict(READERS))
    register_reader(["UPPER", ".up"], read_upper)
    assert ".upper" in ingest.READERS and ".up" in ingest.READERS
    article, _ = read_one(write(tmp_path, "shout.UPPER", "quiet words here."))
    assert article.text == "QUIET WORDS HERE." and article.fmt == "upper"


def test_problem_message_format() -> None:
    problem = IngestProblem(Path("seeds/x.md"), "unsupported thing.", "Fix it", "error")
    assert problem.message() == "seeds/x.md: unsupported thing. Fix it."


# --------------------------------------------------------------------------------------------------
# The real seeds


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds folder not present")
def test_real_seeds() -> None:
    result = ingest_folder(SEEDS)
    stems = sorted(p.stem for p in SEEDS.iterdir() if p.suffix == ".txt")
    assert len(stems) == 5
    assert [a.id for a in result.articles] == stems
    assert result.problems == ()
    for article in result.articles:
        assert article.text and article.title
        assert article.encoding == "utf-8"
        assert article.path == Path(article.id + ".txt")
        if article.title_in_text:
            assert article.text.startswith(article.title)


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_the_parser_reads_keeps_its_text(tmp_path: Path, depth: int) -> None:
    body = "<p>Delegations met in Geneva on Tuesday to discuss a ceasefire. The talks lasted four hours.</p>"
    page = f"<html><head><title>Deep</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"
    article, problems = read_one(write(tmp_path, "deep.html", page))
    assert "Delegations met in Geneva" in article.text and article.title == "Deep"
    # Past what even the lenient parser reads, the page is read flattened, and the editor is told.
    assert [("nests its text" in p.reason) for p in problems] == ([True] if depth > 2000 else [])


def test_markdown_front_matter_with_an_unquoted_colon_is_read_line_by_line(tmp_path: Path) -> None:
    article, problems = read_one(write(tmp_path, "colon.md", md("title: Peskov: talks go on\ndate: 2025-01-01")))
    assert article.title == "Peskov: talks go on" and str(article.date) == "2025-01-01"
    assert len(problems) == 1 and problems[0].severity == "warning" and "quotes" in problems[0].advice


def test_a_word_typed_in_two_alphabets_is_one_alphabets_word():
    from generator.ingest import normalise_text

    # a Latin M in a Cyrillic name, a Cyrillic о in an English word: letter for letter, same offsets
    assert normalise_text("Мирон Mаркевич сказав. Mоscow") == "Мирон Маркевич сказав. Moscow"
    # a letter with no look-alike keeps the word as written (two words glued, a code)
    assert normalise_text("iPhone та COVIDвірус, Київ і Kyiv") == "iPhone та COVIDвірус, Київ і Kyiv"
