"""Plain typed records that flow between the pipeline stages.

ingest -> Article -> analyse -> AnalysedDoc -> extract -> Facts (see schema.py) -> summarise -> render
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Article:
    """One input article, decoded and cleaned, before any NLP."""

    id: str  # stable id from the file name (stem), safe as a file name
    path: Path  # where it was read from (relative to the working directory when possible)
    text: str  # the body text, normalised to NFC with \n line ends
    title: str
    lang: str | None  # ISO 639-1 code from front matter; None = identify it later
    date: dt.date | None  # publication date from front matter
    source: str | None
    url: str | None
    content_hash: str  # sha256 of the decoded text + metadata that affects analysis
    encoding: str = "utf-8"  # the encoding the bytes were decoded from
    fmt: str = "txt"  # reader that produced it: txt, md, html, feed
    title_in_text: bool = False  # whether `title` is also the first line of `text`
    author: str | None = None  # from front matter, the page's metadata or a byline
    furniture: tuple[str, ...] = ()  # lines removed as page furniture (captions, credits, ...)


@dataclass(frozen=True)
class Token:
    """One token with character offsets into the article text."""

    text: str
    start: int
    end: int
    lemma: str | None = None
    pos: str | None = None  # coarse UD tag where the analyser knows it


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the article text and its tokens."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class EntityMention:
    """A named-entity mention found by an analyser.

    `type` is PER, ORG, LOC or MISC. `actor_id` is set when the analyser already linked the
    mention to the actor registry or the place gazetteer; extraction links the others.
    """

    text: str
    start: int
    end: int
    type: str
    sentence: int
    actor_id: str | None = None
    source: str = ""  # which layer found it: registry, gazetteer, rule, model, ...; INNER_SOURCE


# The source of a tagger's span that is a word of a longer registry name ("России" of "Вооруженных
# сил России"): a named entity of the text, but no actor or place of the article.
INNER_SOURCE = "inner"


@dataclass(frozen=True)
class AnalysedDoc:
    """An article after NLP: language, sentences, tokens, entity mentions."""

    article: Article
    lang: str
    analyser: str  # name of the backend that produced it, e.g. "offline" or "stanza"
    sentences: tuple[Sentence, ...]
    entities: tuple[EntityMention, ...]
    lang_confidence: float = 1.0
    notes: tuple[str, ...] = field(default_factory=tuple)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset, if any."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
