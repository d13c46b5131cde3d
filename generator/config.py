"""The desk's configuration (`site_config/`), validated once at load time.

Every error names the file, the key and what was expected.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from generator.safe_yaml import YamlError, load_yaml_file
from generator.schema import EventType

LANG_CODE = re.compile(r"^[a-z]{2,3}$")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class ConfigError(Exception):
    """A configuration file is missing, unreadable or invalid; the message names file and key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Paths(_Strict):
    """Where the tool reads and writes, relative to the project root."""

    seeds: str = Field("seeds", description="Folder of input articles.")
    summaries: str = Field("summaries", description="Folder of the committed YAML summaries.")
    corrections: str = Field("site_config/corrections", description="Folder of editor corrections.")
    docs: str = Field("docs", description="Folder of generated Markdown pages (not committed).")
    site: str = Field("site", description="Folder of the built HTML site (not committed).")
    cache: str = Field(".briefing-cache", description="Folder of the analysis cache.")


class SiteSettings(_Strict):
    """`site_config/site.yml`: title, URL, languages, analyser choice and paths."""

    title: str = Field("Negotiations briefing", description="Site title.")
    description: str = Field("", description="One line under the title.")
    site_url: str = Field("", description="Public URL of the site, e.g. https://org.github.io/repo/.")
    languages: tuple[str, ...] = Field(
        ("ar", "en", "ru", "uk"), description="Languages the desk expects; others are reported."
    )
    analyser: Literal["auto", "offline", "stanza"] = Field(
        "auto", description="NLP backend: auto uses Stanza where its models are installed."
    )
    stanza_dir: str | None = Field(None, description="Explicit Stanza resources directory.")
    device: Literal["auto", "cpu", "cuda"] = Field("auto", description="Where Stanza runs.")
    max_article_chars: int = Field(2_000_000, gt=0, description="Longer articles are cut and reported.")
    paths: Paths = Field(default_factory=Paths)  # type: ignore[arg-type]

    @field_validator("languages")
    @classmethod
    def _codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if not LANG_CODE.match(code):
                raise ValueError(f"{code!r} is not a language code like 'en' or 'uk'")
        return value


ActorType = Literal["person", "organization", "country", "place"]


class Actor(_Strict):
    """One canonical actor of the registry (`site_config/actors.yml`)."""

    id: str = Field(description="Stable id: lower-case letters, digits and hyphens.")
    name: str = Field(description="English display name.")
    type: ActorType
    role: str = Field("", description="Role, e.g. 'Foreign Minister of Russia (2004-)'.")
    country: str | None = Field(None, description="Id of the country actor this actor belongs to.")
    aliases: tuple[str, ...] = Field((), description="Other English/Latin spellings.")
    variants: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, description="Names by language code, in dictionary (nominative) form."
    )
    tags: tuple[Literal["media"], ...] = Field(
        (), description="Labels: 'media' marks news outlets, cited as sources rather than acting in events."
    )

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError("must be lower-case letters, digits and hyphens, e.g. 'sergey-lavrov'")
        return value

    @field_validator("variants")
    @classmethod
    def _langs(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for code in value:
            if not LANG_CODE.match(code):
                raise ValueError(f"{code!r} is not a language code like 'en' or 'uk'")
        return value

    def all_names(self) -> list[tuple[str, str | None]]:
        """Every name of the actor with its language (None for Latin aliases)."""
        names: list[tuple[str, str | None]] = [(self.name, "en")]
        names += [(alias, None) for alias in self.aliases]
        for lang in sorted(self.variants):
            names += [(variant, lang) for variant in self.variants[lang]]
        return names


class ActorRegistry(_Strict):
    """`site_config/actors.yml`."""

    actors: tuple[Actor, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> ActorRegistry:
        seen: set[str] = set()
        for actor in self.actors:
            if actor.id in seen:
                raise ValueError(f"actor id {actor.id!r} is defined twice")
            seen.add(actor.id)
        ids = seen
        for actor in self.actors:
            if actor.country and actor.country not in ids:
                raise ValueError(f"actor {actor.id!r}: country {actor.country!r} is not an actor id")
        return self

    def by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.actors}


class TrackCues(_Strict):
    """What places an article on a track."""

    keywords: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Keywords by language, matched on lemmas; a phrase matches consecutive words.",
    )
    actors: tuple[str, ...] = Field((), description="Actor ids whose presence supports the track.")
    pairs: tuple[tuple[str, str], ...] = Field(
        (), description="Pairs of actor ids named together in one sentence that support the track."
    )
    events: tuple[EventType, ...] = Field(
        (), description="Event types (summit, exchange, ...) whose presence in the article supports the track."
    )
    contacts: tuple[EventType, ...] = Field(
        (), description="Event types (call, meeting, visit, ...) that support the track when the event's "
                        "participants, through their countries, include one of the track's sets of parties."
    )
    parties: tuple[tuple[str, ...], ...] = Field(
        (), description="Sets of country ids: the track's sides. A set counts when every country in it takes "
                        "part in the article (named, or through its people and organisations)."
    )
    require_parties: bool = Field(
        False, description="Place an article on the track only when one of its sets of parties takes part."
    )
    named: tuple[str | tuple[str, ...], ...] = Field(
        (), description="Country ids that must all be named in the article (themselves, their people or "
                        "organisations, or their adjective, in any sentence) for the track: a mediated process "
                        "needs its mediator, direct talks both their sides. An entry may be a list of ids, one "
                        "of which must take part in the article (the mediator and either side it talks to)."
    )

    def named_sets(self) -> list[set[str]]:
        """`named` as sets of ids, one of each to be named (of a list of several, to take part)."""
        return [{entry} if isinstance(entry, str) else set(entry) for entry in self.named]

    channel: str | None = Field(
        None, description="Id of the track of the channel this track's talks go through (arms control between "
                          "the US and Russia is US–Russia channel business): an article on this track whose sides "
                          "take part is on the channel too, and an article on the channel takes this track on half "
                          "the words of its own."
    )


class Track(_Strict):
    """One negotiation track (`site_config/tracks.yml`)."""

    id: str
    title: str
    description: str = ""
    cues: TrackCues = Field(default_factory=TrackCues)  # type: ignore[arg-type]
    since: dt.date | None = Field(
        None, description="First day of the process the track follows: an article dated before it is not on the "
                          "track (peace talks of 2022 are not the US mediation that began in 2025)."
    )
    until: dt.date | None = Field(None, description="Last day of the process the track follows, where it has ended.")

    @model_validator(mode="after")
    def _period(self) -> Track:
        if self.since and self.until and self.until < self.since:
            raise ValueError(f"track {self.id!r}: until ({self.until}) is before since ({self.since})")
        return self

    def runs_on(self, day: dt.date | None) -> bool:
        """Whether the track's process runs on this day (an undated article may be on any track)."""
        return day is None or ((self.since is None or self.since <= day) and (self.until is None or day <= self.until))

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError("must be lower-case letters, digits and hyphens")
        return value


class TrackConfig(_Strict):
    """`site_config/tracks.yml`."""

    min_score: float = Field(2.0, description="Score an article needs to be placed on a track.")
    negotiation_words: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Words for negotiating in general ('talks'), by language: a keyword of each track with "
                    "sides, where its sides take part in the article.",
    )
    tracks: tuple[Track, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> TrackConfig:
        ids = [track.id for track in self.tracks]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"track ids defined twice: {', '.join(dupes)}")
        if "other" in ids:
            raise ValueError("'other' is reserved for articles that fit no track")
        for track in self.tracks:
            if track.cues.channel is not None and (track.cues.channel not in ids or track.cues.channel == track.id):
                raise ValueError(f"track {track.id}: channel {track.cues.channel!r} is not another track")
        return self


class SiteConfig(BaseModel):
    """Everything in `site_config/`, validated."""

    model_config = ConfigDict(frozen=True)

    root: Path
    site: SiteSettings
    actors: ActorRegistry
    tracks: TrackConfig
    fingerprint: str  # hash of the configuration that affects extraction
    # Hash of the configuration that affects analysis (the registry and the languages, not the
    # tracks), so editing tracks.yml keeps the analysis cache. Empty: use `fingerprint`.
    analysis_fingerprint: str = ""

    def path(self, key: str) -> Path:
        """An absolute path from `site.paths`."""
        return (self.root / getattr(self.site.paths, key)).resolve()


def _format_error(file: Path, error: ValidationError) -> str:
    lines = [f"{file}: invalid configuration"]
    for item in error.errors():
        key = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"  {key}: {item['msg']}")
    return "\n".join(lines)


INIT_ADVICE = "run `briefing init {root}` to add the missing starter files (existing files are kept)"


def _load_model(file: Path, model: type[BaseModel], required: bool, errors: list[str], advice: str) -> Any:
    """The validated file, or its defaults after adding every problem found to `errors`."""
    if not file.exists():
        if required:
            errors.append(f"{file}: missing; {advice}")
        return None if required else model()
    try:
        data = load_yaml_file(file)
    except YamlError as exc:
        errors.append(f"{exc}; fix the YAML syntax at that place")
        return None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        errors.append(f"{file}: expected a mapping of keys at the top level; see the starter file that "
                      "`briefing init` writes")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors.append(_format_error(file, exc))
        return None


def load_config(root: Path | str = ".", config_dir: str = "site_config") -> SiteConfig:
    """Load and validate `site_config/` under `root`; raise one ConfigError naming every file and key."""
    import hashlib

    root = Path(root).resolve()
    folder = root / config_dir
    errors: list[str] = []
    advice = INIT_ADVICE.format(root=root)
    site = _load_model(folder / "site.yml", SiteSettings, False, errors, advice) or SiteSettings.model_validate({})
    actors = _load_model(folder / "actors.yml", ActorRegistry, True, errors, advice)
    tracks = _load_model(folder / "tracks.yml", TrackConfig, True, errors, advice)
    if actors is not None and tracks is not None:
        known = {actor.id for actor in actors.actors}
        for n, track in enumerate(tracks.tracks):
            named = list(track.cues.actors) + [who for pair in track.cues.pairs for who in pair]
            named += [who for side in track.cues.parties for who in side]
            named += [who for alternatives in track.cues.named_sets() for who in alternatives]
            unknown = sorted(set(named) - known)
            if unknown:
                errors.append(f"{folder / 'tracks.yml'}: tracks.{n}.cues: unknown actor id(s) "
                              f"{', '.join(unknown)}; add them to actors.yml or fix the id")
    if errors:
        raise ConfigError("\n".join(errors))
    digest = hashlib.sha256()
    for part in (actors, tracks):
        digest.update(part.model_dump_json().encode())
    analysis = hashlib.sha256(actors.model_dump_json().encode())
    analysis.update(repr(sorted(site.languages)).encode())
    return SiteConfig(
        root=root, site=site, actors=actors, tracks=tracks, fingerprint=digest.hexdigest()[:16],
        analysis_fingerprint=analysis.hexdigest()[:16],
    )


def dump_yaml(data: Any) -> str:
    """Deterministic YAML text (keys in insertion order, Unicode kept, no line folding)."""
    return yaml.dump(
        data, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False, Dumper=_Dumper
    )


# libyaml's emitter writes a summary five times faster than PyYAML's own (a fifth of a cold build
# went into it). The two write the same text, except that libyaml escapes characters beyond the
# Basic Multilingual Plane (emoji: "\U0001F1F7"); both read back to the same data.
_SafeDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_SafeDumper):  # type: ignore[misc]
    """Safe dumper that never emits aliases, so output is plain and stable."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

