"""The extract stage: AnalysedDoc + site configuration -> the facts of one article (a Summary)."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from generator.config import SiteConfig
from generator.extract.actors import actor_facts, link_mentions
from generator.extract.dates import find_dates, infer_publication_date
from generator.extract.events import about_country, dated_by_the_article, extract_events
from generator.extract.numbers import extract_numbers
from generator.extract.place_uses import unlisted_places
from generator.extract.quotes import by_issuer, extract_quotes, statements
from generator.extract.tracks import lead_of, score_tracks
from generator.gazetteer import NameIndex, name_index
from generator.records import AnalysedDoc
from generator.schema import ActorFact, ArticleMeta, DateFact, EventFact, FactLine, KeyPoint, QuoteFact, Summary

MAX_KEY_POINTS = 5

__all__ = ["extract", "fact_lines"]


def _describe(actor: ActorFact, by_id: dict[str, ActorFact]) -> str:
    country = by_id.get(actor.country or "")
    if actor.type == "person" and actor.country:
        label = country.name if country else actor.country.replace("-", " ").title()
        return f"{actor.name} ({label})"
    return actor.name


def _join(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _days_of(events: list[EventFact], dates: list[DateFact], text: str) -> list[DateFact]:
    """The day of each event the lead reports as that day's news (a readout's call, dated by the
    article), where no date the text writes has it: a date of the article though no words write
    it. It points at the words of the event."""
    known = {date.value for date in dates}
    added: list[DateFact] = []
    for event in events:
        if event.date and event.date_text is None and event.date not in known:
            known.add(event.date)
            added.append(DateFact(sentence=event.sentence, start=event.start, end=event.end,
                                  text=text[event.start:event.end], value=event.date, until=None, precision="day",
                                  relative=True, confidence=0.8))
    return added


def _fact_lines(events: list[EventFact], quotes: list[QuoteFact], by_id: dict[str, ActorFact]) -> list[FactLine]:
    lines: list[FactLine] = []
    quoted = {q.speaker for q in quotes if q.speaker and q.speaker in by_id and q.kind == "full"}
    for event in events:
        if event.type == "statement" and len(event.participants) == 1 and event.participants[0] in quoted:
            continue  # the speaker's quote line says it, with the words
        present = [by_id[p] for p in event.participants if p in by_id]
        beside = {a.country for a in present if a.type == "person"}  # "Putin (Russia)" says Russia already
        names = _join([_describe(a, by_id) for a in present if not (a.type == "country" and a.id in beside)])
        kind = event.type.capitalize() + (" (planned)" if event.planned else "")
        text = f"{kind}: {names}" if names else kind  # sides unnamed
        if event.place and event.place in by_id:
            text += f", {by_id[event.place].name}"
        if event.date:
            text += f", {event.date}"
        if event.rejected_by:
            text += f"; rejected by {_join([by_id[p].name for p in event.rejected_by if p in by_id])}"
        lines.append(FactLine(kind=event.type, text=text, ref=event.id))
    for quote in quotes:
        if quote.speaker and quote.speaker in by_id and quote.kind == "full":
            lines.append(FactLine(kind="quote", text=f"Statement: {_describe(by_id[quote.speaker], by_id)}",
                                  ref=quote.id))
    return lines


def _key_points(doc: AnalysedDoc, weights: dict[int, float]) -> list[KeyPoint]:
    """The sentences that carry the news: entities, quotes and events weigh, the lead counts double."""
    scored = []
    for sentence in doc.sentences:
        if len(sentence.tokens) < 5:
            continue
        score = weights.get(sentence.index, 0.0) + (2.0 if sentence.index <= 1 else 0.0)
        scored.append((-score, sentence.index))
    chosen = sorted(index for _, index in sorted(scored)[:MAX_KEY_POINTS] if _ < 0 or index <= 1)
    return [KeyPoint(sentence=i, text=doc.sentences[i].text) for i in chosen[:MAX_KEY_POINTS]]


def fact_lines(summary: Summary, config: SiteConfig) -> list[FactLine]:
    """The fact lines of a summary's events and quotes, made again (after the editor's corrections)."""
    by_id = {fact.id: fact for fact in summary.actors + summary.places}
    entries = name_index(config).entries
    # Countries of the people named, and those an event names by their adjective ("the Russian side")
    wanted = {a.country for a in summary.actors if a.country} | {p for e in summary.events for p in e.participants} \
        | {q.speaker for q in summary.quotes if q.speaker}
    for country in sorted(wanted - set(by_id)):
        entry = entries.get(country)
        if entry:
            by_id[entry.id] = ActorFact(id=entry.id, name=entry.name, type="country", in_registry=True,
                                        confidence=1.0, mentions=[])
    return _fact_lines(summary.events, summary.quotes, by_id)


def _publisher(source: str | None, url: str | None, index: NameIndex) -> str | None:
    """The registry outlet an article comes from, by its front matter: the source's name, or the
    outlet's name as the address's host spells it ("meduza.io", "news.obozrevatel.com")."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = set(host.casefold().split(".")[:-1]) - {"www", "news", "m", "amp"}
    wanted = (source or "").strip().casefold()
    for entry in index.entries.values():
        if "media" not in entry.tags:
            continue
        name = entry.name.casefold()
        if (wanted and wanted == name) or re.sub(r"[^a-z0-9]", "", name) in labels:
            return entry.id
    return None


def extract(doc: AnalysedDoc, config: SiteConfig) -> Summary:
    """Every fact of one article, each with the sentence and span it came from."""
    index = name_index(config)
    article = doc.article
    links, actor_map = link_mentions(doc, config)
    actors, places = actor_facts(doc, links, actor_map)
    by_id = {fact.id: fact for fact in actors + places}
    for entry_id in {a.country for a in actors if a.country} - set(by_id):
        entry = index.entries.get(entry_id or "")
        if entry:  # countries of the people named, so fact lines can say "(Russia)"
            by_id[entry.id] = ActorFact(id=entry.id, name=entry.name, type="country", in_registry=True,
                                        confidence=1.0, mentions=[])
    published = article.date
    date_source = "front-matter" if published else "unknown"
    if published is None:
        published = infer_publication_date(article.text, doc.sentences, doc.lang)
        if published is None and article.furniture:
            # A photo caption's date ("Monday, May 18, 2015. Photo: AP") is the last resort: no fact
            # comes from a caption, but a page dated nowhere else was written about then.
            published = infer_publication_date("\n".join(article.furniture), [], doc.lang)
        date_source = "text" if published else "unknown"
    dates = find_dates(article.text, doc.sentences, doc.lang, published, [(e.start, e.end) for e in doc.entities])
    quotes = extract_quotes(doc, links, by_id, index)
    events = extract_events(doc, links, dates, index, statements(doc, links, by_id, index, quotes), quotes)
    for entry_id in sorted({p for e in events for p in e.participants} - set(by_id)):
        entry = index.entries.get(entry_id)
        if entry and entry.type == "country":  # a side named by its adjective ("the Ukrainian delegation")
            by_id[entry.id] = ActorFact(id=entry.id, name=entry.name, type="country", in_registry=True,
                                        confidence=1.0, mentions=[])
    event_days: list[DateFact] = []
    if isinstance(published, dt.date):
        events = dated_by_the_article(events, doc, lead_of(doc), published.isoformat())
        event_days = _days_of(events, dates, article.text)
    quotes = by_issuer(quotes, events, links, by_id, doc)
    # A news outlet is where the article comes from, not who takes part ("передає Укрінформ" puts no
    # Ukraine into a story about Gaza).
    by_sentence: dict[int, set[str]] = {}
    for link in links:
        if not link.media:
            by_sentence.setdefault(link.mention.sentence, set()).add(link.actor_id)
    sides: dict[int, set[str]] = {}
    for link in links:
        if not link.media and not (link.kind == "country" and about_country(article.text, link.mention.start)):
            sides.setdefault(link.mention.sentence, set()).add(link.actor_id)
    people = [(l.mention.start, l.mention.end, l.actor_id) for l in links if l.kind == "person"]
    tracks = score_tracks(doc, by_sentence, config.tracks, index, events, quotes, sides, people,
                          published if isinstance(published, dt.date) else None)
    weights: dict[int, float] = {}
    for link in links:
        weights[link.mention.sentence] = weights.get(link.mention.sentence, 0) + 0.5
    for quote in quotes:
        weights[quote.sentence] = weights.get(quote.sentence, 0) + 1.0
    for event in events:  # a statement weighs as a quote: someone spoke
        weights[event.sentence] = weights.get(event.sentence, 0) + (1.0 if event.type == "statement" else 2.0)
    meta = ArticleMeta(
        id=article.id, title=article.title, source_file=article.path.as_posix(),
        date=published.isoformat() if isinstance(published, dt.date) else None, date_source=date_source,  # type: ignore[arg-type]
        source=article.source, author=article.author, url=article.url, lang=doc.lang,
        lang_confidence=doc.lang_confidence,
        analyser=doc.analyser, content_hash=article.content_hash, sentence_count=len(doc.sentences),
    )
    unlisted = unlisted_places(doc, links, actor_map, index)  # named only inside something else
    # The outlet that published the article, naming itself ("«Медуза» собрала реакции"), is its
    # masthead, no organisation of the story, unless it speaks or acts in it.
    publisher = _publisher(article.source, article.url, index)
    acting = {q.speaker for q in quotes} | {p for e in events for p in e.participants}
    actors = [actor for actor in actors if actor.id != publisher or actor.id in acting]
    places = [place for place in places if place.id not in unlisted]
    return Summary(
        article=meta, actors=actors, places=places,
        dates=sorted([*dates, *event_days], key=lambda date: (date.start, date.end)), quotes=quotes, events=events,
        numbers=extract_numbers(doc, dates),
        tracks=tracks, key_points=_key_points(doc, weights), facts=_fact_lines(events, quotes, by_id),
    )
