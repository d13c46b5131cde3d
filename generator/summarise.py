"""The summarise stage: Summary -> YAML file, with the editor's corrections re-applied.

Corrections live in `site_config/corrections/<article-id>.yml`, apart from machine output, and
the tool only reads them. A correction that no longer applies (the article changed) is reported
in the summary's `corrections` list and kept in its file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.config import SiteConfig, dump_yaml
from generator.safe_yaml import YamlError, load_yaml_file, load_yaml_text
from generator.schema import Summary, TrackMatch


class SummaryError(Exception):
    """A summary or corrections file is invalid; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QuoteCorrection(_Strict):
    """Fix one quote, found by a substring of its text."""

    match: str = Field(min_length=2)
    speaker: str | None = Field(None, description="Actor id; the literal 'unknown' clears the speaker.")
    drop: bool = False


class ListCorrection(_Strict):
    add: list[str] = Field(default_factory=list)
    remove: list[str] = Field(default_factory=list)


class TrackCorrection(ListCorrection):
    primary: str | None = None


class EventCorrection(_Strict):
    match: str = Field(min_length=2, description="Substring of the evidence sentence.")
    drop: bool = True


class Corrections(_Strict):
    """`site_config/corrections/<article-id>.yml`."""

    title: str | None = None
    date: dt.date | None = None
    quotes: list[QuoteCorrection] = Field(default_factory=list)
    actors: ListCorrection = Field(default_factory=ListCorrection)
    tracks: TrackCorrection = Field(default_factory=TrackCorrection)
    events: list[EventCorrection] = Field(default_factory=list)


def load_corrections(path: Path) -> Corrections | None:
    """The corrections of one article, or None when it has none."""
    if not path.exists():
        return None
    try:
        data = load_yaml_file(path)
        return Corrections.model_validate(data or {})
    except YamlError as exc:
        raise SummaryError(str(exc)) from exc
    except ValidationError as exc:
        lines = [f"{path}: invalid corrections"]
        lines += [f"  {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise SummaryError("\n".join(lines)) from exc


def apply_corrections(summary: Summary, fixes: Corrections, config: SiteConfig) -> Summary:
    """The summary with the editor's corrections applied; each one is logged in `corrections`."""
    data = summary.model_copy(deep=True)
    log: list[str] = []
    registry = config.actors.by_id()
    if fixes.title:
        data.article.title = fixes.title
        log.append("applied: title")
    if fixes.date:
        data.article.date = fixes.date.isoformat()
        data.article.date_source = "front-matter"
        log.append("applied: date")
    for fix in fixes.quotes:
        hits = [q for q in data.quotes if fix.match in q.text]
        if not hits:
            log.append(f"not applied (no quote contains {fix.match!r}; the article may have changed)")
            continue
        for quote in hits:
            if fix.drop:
                data.quotes.remove(quote)
            elif fix.speaker:
                if fix.speaker != "unknown" and not _ensure_actor(data, fix.speaker, registry):
                    break  # reported below: an id the summary could not point to would fail `briefing check`
                quote.speaker = None if fix.speaker == "unknown" else fix.speaker
                actor = registry.get(fix.speaker)
                known = next((a for a in data.actors if a.id == fix.speaker), None)
                quote.speaker_name = actor.name if actor else (known.name if known else None)
                quote.confidence = 1.0
        if not fix.drop and fix.speaker and fix.speaker != "unknown" and hits[0].speaker != fix.speaker:
            log.append(f"not applied (speaker {fix.speaker} is not in site_config/actors.yml)")
            continue
        log.append(f"applied: quote {fix.match!r} " + ("dropped" if fix.drop else f"speaker {fix.speaker}"))
    for actor_id in fixes.actors.remove:
        before = len(data.actors) + len(data.places)
        data.actors = [a for a in data.actors if a.id != actor_id]
        data.places = [p for p in data.places if p.id != actor_id]
        removed = before != len(data.actors) + len(data.places)
        for quote in data.quotes:  # nothing may point at an actor that is gone
            if quote.speaker == actor_id:
                quote.speaker, quote.speaker_name = None, None
        for event in data.events:
            event.participants = [p for p in event.participants if p != actor_id]
            event.rejected_by = [p for p in event.rejected_by if p != actor_id]
            event.place = None if event.place == actor_id else event.place
        log.append(f"applied: actor {actor_id} removed" if removed else f"not applied (actor {actor_id} not found)")
    for actor_id in fixes.actors.add:
        actor = registry.get(actor_id)
        if actor is None:
            log.append(f"not applied (actor {actor_id} is not in site_config/actors.yml)")
            continue
        _ensure_actor(data, actor_id, registry)
        log.append(f"applied: actor {actor_id} added")
    known_tracks = {t.id for t in config.tracks.tracks}
    for track_id in fixes.tracks.remove:
        data.tracks.matches = [m for m in data.tracks.matches if m.id != track_id]
        log.append(f"applied: track {track_id} removed")
    for track_id in fixes.tracks.add + ([fixes.tracks.primary] if fixes.tracks.primary else []):
        if track_id not in known_tracks:
            log.append(f"not applied (track {track_id} is not in site_config/tracks.yml)")
            continue
        if all(m.id != track_id for m in data.tracks.matches):
            data.tracks.matches.append(TrackMatch(id=track_id, score=0.0, cues=["editor"]))
            log.append(f"applied: track {track_id} added")
    if fixes.tracks.primary and fixes.tracks.primary in known_tracks:
        data.tracks.primary = fixes.tracks.primary
        data.tracks.matches.sort(key=lambda m: m.id != fixes.tracks.primary)
        log.append(f"applied: primary track {fixes.tracks.primary}")
    elif data.tracks.matches and data.tracks.primary not in {m.id for m in data.tracks.matches}:
        data.tracks.primary = data.tracks.matches[0].id
    elif not data.tracks.matches:
        data.tracks.primary = "other"
    for event_fix in fixes.events:
        dropped = [e for e in data.events if event_fix.match in e.evidence]
        for event in dropped:
            data.events.remove(event)
            data.facts = [f for f in data.facts if f.ref != event.id]
        log.append(f"applied: event {event_fix.match!r} dropped" if dropped else
                   f"not applied (no event sentence contains {event_fix.match!r})")
    if fixes.quotes or fixes.actors.remove or fixes.actors.add or fixes.events:
        from generator.extract import fact_lines

        data.facts = fact_lines(data, config)  # "Statement: <speaker>" lines follow the corrected speakers
    data.corrections = log
    return Summary.model_validate(data.model_dump())


def _ensure_actor(data: Summary, actor_id: str, registry: dict[str, Any]) -> bool:
    """Make sure the summary lists an actor (from the registry when it is not there yet); False if unknown."""
    if any(a.id == actor_id for a in data.actors + data.places):
        return True
    actor = registry.get(actor_id)
    if actor is None:
        return False
    from generator.schema import ActorFact

    fact = ActorFact(id=actor.id, name=actor.name, type=actor.type, role=actor.role,
                     country=actor.country, in_registry=True, confidence=1.0, mentions=[])
    (data.places if actor.type in ("country", "place") else data.actors).append(fact)
    return True


def language_problem(summary: Summary, languages: tuple[str, ...]) -> str | None:
    """A warning for an article in a language the desk did not list (only general rules analysed it)."""
    lang = summary.article.lang
    if lang in languages:
        return None
    found = "its language could not be identified" if lang == "und" else f"it is in '{lang}'"
    return (f"{summary.article.source_file}: {found}, not one of the site's languages ({', '.join(languages)}); "
            "only general rules analysed it, so names, quotes and events may be missing. Set 'lang:' in its "
            "front matter if the language is wrong, or add the language to 'languages' in site_config/site.yml.")


def summary_yaml(summary: Summary) -> str:
    """The deterministic YAML text of a summary."""
    header = "# Machine-written summary. Do not edit: put fixes in site_config/corrections/<id>.yml.\n"
    data = summary.model_dump(mode="json")
    for actor in (*data["actors"], *data["places"]):
        # Only discovered names in another script carry these: left out where they say nothing.
        for key, empty in (("original", None), ("romanised", False)):
            if actor.get(key) == empty:
                del actor[key]
    if data["provenance"] is None:
        del data["provenance"]
    return header + dump_yaml(data)


def parse_summary(text: str, origin: str) -> Summary:
    """Validate one summary file's text; errors name the file and the key."""
    try:
        data: Any = load_yaml_text(text, origin)
    except YamlError as exc:
        raise SummaryError(str(exc)) from exc
    try:
        return Summary.model_validate(data)
    except ValidationError as exc:
        lines = [f"{origin}: does not match the summary schema"]
        lines += [f"  {'.'.join(map(str, e['loc'])) or '(top level)'}: {e['msg']}" for e in exc.errors()]
        raise SummaryError("\n".join(lines)) from exc


def read_summaries(folder: Path) -> tuple[list[Summary], list[str]]:
    """Every summary in a folder, plus an error message per invalid file."""
    summaries: list[Summary] = []
    errors: list[str] = []
    for path in sorted(folder.glob("*.yml")):
        try:
            summaries.append(parse_summary(path.read_text(encoding="utf-8"), str(path)))
        except (SummaryError, UnicodeDecodeError) as exc:
            errors.append(str(exc))
    return summaries, errors
