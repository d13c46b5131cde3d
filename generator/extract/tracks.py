"""Negotiation tracks: score every configured track on keyword, actor and pair cues."""

from __future__ import annotations

from collections.abc import Sequence

from generator.config import TrackConfig
from generator.gazetteer import NameIndex
from generator.morph import lemma
from generator.normalize import arabic_stems, script_of, word_key
from generator.records import AnalysedDoc, Token
from generator.schema import TrackMatch, Tracks

KEYWORD_WEIGHT = 1.0
REPEAT_BONUS = 0.5
ACTOR_WEIGHT = 1.0
PAIR_WEIGHT = 0.5  # the sides of these negotiations are named together in most articles: weak evidence
EVENT_WEIGHT = 2.0  # an event the article reports (a summit, an exchange) outweighs a topic word
LEAD_BONUS = 1.0
LEAD_SENTENCES = 2


def _keyword_keys(keyword: str, lang: str) -> list[set[str]]:
    """Keys of each word of a keyword: its form and its lemma (so "гарантії" meets "гарантій")."""
    words = [part for part in keyword.replace("-", " - ").split() if part != "-"]
    keys = [{word_key(word), word_key(lemma(lang, word))} for word in words]
    for forms in keys:
        # Arabic nouns in ة (folded to ه) make their plural in ات: سفارة → سفارات.
        forms |= {form[:-1] + "ات" for form in forms if script_of(form) == "arabic" and form.endswith("ه")}
    return keys


def _token_matches(keys: set[str], wanted: set[str]) -> bool:
    if keys & wanted:
        return True
    # inflected or plural forms that start with the keyword
    return any(k.startswith(w) and len(k) - len(w) <= 3 for w in wanted if len(w) >= 5 for k in keys)


def _phrase_sentences(token_keys: Sequence[tuple[int, set[str]]], phrase: list[set[str]]) -> list[int]:
    """Sentence index of every occurrence of a phrase."""
    hits: list[int] = []
    for i in range(len(token_keys) - len(phrase) + 1):
        if all(_token_matches(token_keys[i + j][1], phrase[j]) for j in range(len(phrase))):
            hits.append(token_keys[i][0])
    return hits


def _keys_of(token: Token, index: NameIndex) -> set[str]:
    keys = index.token_keys(token)
    if script_of(token.text) == "arabic":
        for key in list(keys):
            keys.update(arabic_stems(key))
    return keys


def score_tracks(doc: AnalysedDoc, actors_by_sentence: dict[int, set[str]], config: TrackConfig,
                 index: NameIndex, event_types: frozenset[str] = frozenset()) -> Tracks:
    """Tracks at or above the configured score, best first; 'other' when none reaches it.

    Each distinct cue counts once (a keyword used again adds half a point, not a point per use),
    so a long article does not drift onto every track; a pair of actors counts when both are
    named in one sentence, since co-occurrence across an article says little. A keyword in the
    title or lead (the first two sentences) counts once more: that is where news puts its subject.
    """
    token_keys = [(s.index, _keys_of(t, index)) for s in doc.sentences for t in s.tokens if t.text[:1].isalnum()]
    present = set().union(*actors_by_sentence.values()) if actors_by_sentence else set()
    matches: list[TrackMatch] = []
    for track in config.tracks:
        score = 0.0
        cues: list[str] = []
        for keyword in track.cues.keywords.get(doc.lang, ()):
            hits = _phrase_sentences(token_keys, _keyword_keys(keyword, doc.lang))
            if hits:
                score += KEYWORD_WEIGHT + (REPEAT_BONUS if len(hits) > 1 else 0.0)
                score += LEAD_BONUS if min(hits) < LEAD_SENTENCES else 0.0
                cues.append(f"keyword: {keyword} ×{len(hits)}" if len(hits) > 1 else f"keyword: {keyword}")
        for actor in track.cues.actors:
            if actor in present:
                score += ACTOR_WEIGHT
                cues.append(f"actor: {actor}")
        for first, second in track.cues.pairs:
            together = [n for n, ids in actors_by_sentence.items() if first in ids and second in ids]
            if together:
                score += PAIR_WEIGHT
                cues.append(f"pair: {first} + {second}")
        for event_type in track.cues.events:
            if event_type in event_types:
                score += EVENT_WEIGHT
                cues.append(f"event: {event_type}")
        if score >= config.min_score:
            matches.append(TrackMatch(id=track.id, score=round(score, 2), cues=cues))
    order = {track.id: n for n, track in enumerate(config.tracks)}
    matches.sort(key=lambda m: (-m.score, order[m.id]))
    return Tracks(primary=matches[0].id if matches else "other", matches=matches)
