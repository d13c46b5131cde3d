"""Negotiation tracks: score every configured track on keyword, actor and pair cues."""

from __future__ import annotations

from collections.abc import Sequence

from generator.config import TrackConfig
from generator.gazetteer import NameIndex
from generator.normalize import arabic_stems, script_of, word_key
from generator.records import AnalysedDoc, Token
from generator.schema import TrackMatch, Tracks

KEYWORD_WEIGHT = 1.0
KEYWORD_CAP = 3  # repeated use of one keyword counts at most this many times
ACTOR_WEIGHT = 1.0
PAIR_WEIGHT = 2.0


def _keyword_keys(keyword: str) -> list[str]:
    return [word_key(part) for part in keyword.replace("-", " - ").split() if part != "-"]


def _token_matches(keys: set[str], wanted: str) -> bool:
    if wanted in keys:
        return True
    if len(wanted) >= 5:  # inflected or plural forms that start with the keyword
        return any(k.startswith(wanted) and len(k) - len(wanted) <= 3 for k in keys)
    return False


def _count_phrase(token_keys: Sequence[set[str]], phrase: list[str]) -> int:
    count = 0
    for i in range(len(token_keys) - len(phrase) + 1):
        if all(_token_matches(token_keys[i + j], phrase[j]) for j in range(len(phrase))):
            count += 1
    return count


def _keys_of(token: Token, index: NameIndex) -> set[str]:
    keys = index.token_keys(token)
    if script_of(token.text) == "arabic":
        for key in list(keys):
            keys.update(arabic_stems(key))
    return keys


def score_tracks(doc: AnalysedDoc, actor_ids: set[str], config: TrackConfig, index: NameIndex) -> Tracks:
    """Tracks at or above the configured score, best first; 'other' when none reaches it."""
    words = [t for s in doc.sentences for t in s.tokens if t.text[:1].isalnum()]
    token_keys = [_keys_of(t, index) for t in words]
    matches: list[TrackMatch] = []
    for track in config.tracks:
        score = 0.0
        cues: list[str] = []
        for keyword in track.cues.keywords.get(doc.lang, ()):
            hits = _count_phrase(token_keys, _keyword_keys(keyword))
            if hits:
                score += KEYWORD_WEIGHT * min(hits, KEYWORD_CAP)
                cues.append(f"keyword: {keyword} ×{hits}" if hits > 1 else f"keyword: {keyword}")
        for actor in track.cues.actors:
            if actor in actor_ids:
                score += ACTOR_WEIGHT
                cues.append(f"actor: {actor}")
        for first, second in track.cues.pairs:
            if first in actor_ids and second in actor_ids:
                score += PAIR_WEIGHT
                cues.append(f"pair: {first} + {second}")
        if score >= config.min_score:
            matches.append(TrackMatch(id=track.id, score=round(score, 2), cues=cues))
    order = {track.id: n for n, track in enumerate(config.tracks)}
    matches.sort(key=lambda m: (-m.score, order[m.id]))
    return Tracks(primary=matches[0].id if matches else "other", matches=matches)
