"""Issue 5, part 6: any Unicode text as an article never crashes ingest, analysis or extraction.

Hypothesis writes arbitrary text (mixed scripts, control characters, bidi marks, combining marks,
quotation marks, front-matter fences) to a file in one of several encodings and suffixes; it goes
through `read_article` -> the offline analyser -> `extract`, and whatever comes out must be a
summary that validates against the schema, with every span inside the article text.
"""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.analyse import choose_language
from generator.analyse.base import create_backend
from generator.config import SiteConfig
from generator.extract import extract
from generator.ingest import read_article
from generator.schema import Summary
from tests.builders import project_config

# Pieces that stress the pipeline: scripts of the desk and others, bidi controls, joiners, quote
# marks of every style, Markdown and template syntax, and words the registry and cues know.
FRAGMENTS = [
    "Sergey Lavrov", "Сергій Лавров", "Сергей Лавров", "سيرغي لافروف", "Marco Rubio", "Женева", "جنيف",
    "said", "заявив", "заявил", "قال", "met", "зустрівся", "التقى", "summit", "embassy", "visa",
    "«", "»", "“", "”", "„", '"', "'", "‹", "›", "—", "…", "؟", "،", ".", "!", "?", ":", ";",
    "\n", "\n\n", "\t", " ", "\u00a0", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a",
    "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069", "\ufeff", "\ufffd", "\u0301", "\u0651",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r\n", "\r",
    "---", "...", "# ", "!!! warning", "<script>alert(1)</script>", "{{ 7*7 }}", "{% raw %}",
    "[x](javascript:alert(1))", "&amp;", "&#0;", "12 000", "40%", "٣٤٥", "March 4, 2025", "4 березня",
    "中文", "日本語", "한국어", "עברית", "ελληνικά", "हिन्दी", "🙂", "👨‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
]
SUFFIXES = [".txt", ".md", ".html", ".xml"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1251", "cp1256"]

any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
mixed_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), any_text), max_size=40).map("".join)


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding, errors="replace")


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> SiteConfig:
    return project_config(tmp_path_factory.mktemp("properties"))


@pytest.fixture(scope="module")
def analyser(config: SiteConfig):  # type: ignore[no-untyped-def]
    return create_backend("offline", config)


def _check_spans(summary: Summary, length: int) -> None:
    items = [*summary.dates, *summary.quotes, *summary.events, *summary.numbers]
    items += [m for fact in summary.actors + summary.places for m in fact.mentions]
    for item in items:
        assert 0 <= item.start <= item.end <= length, item
        assert 0 <= item.sentence < max(1, summary.article.sentence_count), item


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(text=mixed_text, suffix=st.sampled_from(SUFFIXES), encoding=st.sampled_from(ENCODINGS))
def test_any_text_gives_a_valid_summary_or_a_clear_problem(config, analyser, text, suffix, encoding) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(_encode(text, encoding))
        articles, problems = read_article(path)
    # A reader that crashed is reported as "could not be read (SomeError: ...)": that is a bug here.
    assert not [p for p in problems if p.reason.startswith("could not be read")], problems
    if not articles:
        assert problems, "an input without an article must say why"
    for problem in problems:
        assert problem.message().startswith(str(path)) and problem.advice
    for article in articles:
        assert article.text.strip() and article.id
        lang, _ = choose_language(article)
        doc = analyser.analyse(article, lang)
        summary = extract(doc, config)
        validated = Summary.model_validate(summary.model_dump(mode="json"))
        _check_spans(validated, len(article.text))
        for quote in validated.quotes:
            assert article.text[quote.start:quote.end] == quote.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mixed_text)
def test_the_same_text_gives_the_same_summary(config, analyser, text) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8", errors="replace")
        first, _ = read_article(path)
        second, _ = read_article(path)
    assert first == second
    for one, two in zip(first, second, strict=True):
        lang, _ = choose_language(one)
        assert extract(analyser.analyse(one, lang), config) == extract(analyser.analyse(two, lang), config)
