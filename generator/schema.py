"""The YAML summary: pydantic models, validation, and the exported JSON Schema.

One `Summary` per article. Field order here is the key order in the YAML file, so the output is
deterministic. Every fact carries provenance: the sentence index and the character span
(`start`, `end`, Python string indices into the article text) it came from.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

ActorKind = Literal["person", "organization", "country", "place"]
DatePrecision = Literal["day", "week", "month", "part-of-month", "season", "year"]
EventType = Literal[
    "meeting", "visit", "summit", "talks", "call", "statement", "proposal", "rejection", "agreement", "exchange",
    "strike",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Where a fact comes from in the article text."""

    sentence: int = Field(ge=0, description="Index of the sentence (0-based).")
    start: int = Field(ge=0, description="Start offset in the article text (code points).")
    end: int = Field(ge=0, description="End offset, exclusive.")


class Mention(Span):
    """One occurrence of an actor or place."""

    text: str = Field(description="The surface form as written.")


class ActorFact(_Model):
    """A person, organisation, country or place named in the article."""

    id: str = Field(description="Canonical id: the registry id, or a generated one for new actors.")
    name: str = Field(description="English display name (transliterated for discovered actors).")
    type: ActorKind
    role: str = ""
    country: str | None = None
    in_registry: bool = Field(description="False when the tool discovered the actor itself.")
    original: str | None = Field(
        default=None,
        description="A discovered name as the article writes it (dictionary form), when not in Latin script.")
    romanised: bool = Field(
        default=False, description="The name is a standard romanisation: no usual English spelling was found for it.")
    confidence: float = Field(ge=0, le=1)
    mentions: list[Mention]


class DateFact(Span):
    """A date expression, normalised."""

    text: str
    value: str = Field(description="ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD (start of the period).")
    until: str | None = Field(None, description="ISO day a range of days ends on (\"23-25 March\"), else None.")
    precision: DatePrecision
    relative: bool = Field(False, description="Resolved against the publication date.")
    confidence: float = Field(1.0, ge=0, le=1)


class QuoteFact(Span):
    """A quotation in its original language, with its speaker."""

    id: str = Field(description="Stable id within the article, e.g. q1.")
    text: str = Field(description="The quoted words, without the quotation marks.")
    speaker: str | None = Field(description="Actor id of the speaker; null when unknown.")
    speaker_name: str | None = None
    cue: str | None = Field(None, description="The attribution cue, e.g. 'said', 'заявив', 'قال'.")
    kind: Literal["full", "fragment"]
    lang: str
    confidence: float = Field(ge=0, le=1)


class EventFact(Span):
    """Something that happened or was announced."""

    id: str
    type: EventType
    participants: list[str] = Field(description="Actor ids (people, organisations, countries).")
    place: str | None = Field(None, description="Place actor id.")
    date: str | None = Field(None, description="ISO value of the date attached to the event.")
    date_text: str | None = None
    what: str | None = Field(None, description="What was proposed, exchanged, agreed, in English when known.")
    rejected_by: list[str] = Field(default_factory=list, description="Actor ids that refused a proposal.")
    planned: bool = Field(default=False, description="Told as what will, may or should happen (planned, "
                                                     "expected, possible): not (yet) held.")
    evidence: str = Field(description="The sentence the event was read from, original language.")
    confidence: float = Field(ge=0, le=1)


class NumberFact(Span):
    """A number or quantity with what it measures."""

    text: str
    value: float | None = None
    up_to: float | None = Field(None, description="The upper end of a range ('300 to 400'); value is its lower end.")
    unit: str | None = Field(None, description="percent, points, people, ...")
    what: str | None = Field(None, description="What it measures: the words around it.")


class TrackMatch(_Model):
    """One track the article sits on, with the cues that placed it there."""

    id: str
    score: float
    cues: list[str] = Field(description="The keywords, actors and pairs that matched.")


class Tracks(_Model):
    """Primary and other tracks; primary is 'other' when no track fits."""

    primary: str
    matches: list[TrackMatch]
    close_call: str | None = Field(
        default=None, description="A runner-up track scoring almost as much as the primary: a near tie.")


class KeyPoint(_Model):
    """A sentence that carries the news, in the original language."""

    sentence: int
    text: str


class FactLine(_Model):
    """One-line English statement rendered from structured facts."""

    kind: str
    text: str
    ref: str | None = Field(None, description="Id of the event or quote it was made from.")


class ArticleMeta(_Model):
    """Metadata of the article the summary is about."""

    id: str
    title: str
    source_file: str
    date: str | None = Field(description="Publication date, ISO YYYY-MM-DD.")
    date_source: Literal["front-matter", "text", "unknown"]
    source: str | None = None
    author: str | None = Field(default=None, description="The author, from front matter, page metadata or a byline.")
    url: str | None = None
    lang: str
    lang_confidence: float = Field(ge=0, le=1)
    analyser: str = Field(description="Which NLP backend analysed the article.")
    content_hash: str
    sentence_count: int


class Provenance(_Model):
    """What a summary was made from: while all of it holds, the committed summary is current.

    Short hashes, the same on every machine with the same lock file: a fresh clone decides from
    them alone, without any private cache, which summaries it can reuse (see `generator.store`).
    """

    article: str = Field(description="The article's text and metadata as read (content hash, file, format).")
    analyser: str = Field(description="The analysers serving each language, their versions and models.")
    configuration: str = Field(description="The configuration extraction depends on: registry, tracks, languages.")
    extractor: str = Field(description="The tool's version and a hash of its analysis and extraction code.")
    corrections: str | None = Field(description="A hash of the article's corrections file; null: none.")


class Summary(_Model):
    """The structured summary of one article."""

    schema_version: int = SCHEMA_VERSION
    article: ArticleMeta
    actors: list[ActorFact] = Field(description="People and organisations.")
    places: list[ActorFact] = Field(description="Countries and places.")
    dates: list[DateFact]
    quotes: list[QuoteFact]
    events: list[EventFact]
    numbers: list[NumberFact]
    tracks: Tracks
    key_points: list[KeyPoint]
    facts: list[FactLine] = Field(description="English one-line facts.")
    corrections: list[str] = Field(
        default_factory=list, description="Editor corrections applied, and those that no longer apply."
    )
    provenance: Provenance | None = Field(
        default=None, description="What the summary was made from (written with the file; none in memory before)."
    )


def json_schema() -> str:
    """The JSON Schema of a summary file, as deterministic text."""
    schema = Summary.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Briefing article summary"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
