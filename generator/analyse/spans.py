"""Candidate entity spans from the offline analyser's layers, and how overlaps are settled."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from generator.records import Token

# Priorities of the layers: a higher one wins an overlap; within one, the longer span wins.
PATTERN = 90  # structural patterns: legal form + quoted name, organisation chains
MODEL = 85  # a statistical tagger (natasha)
REGION = 80  # "Київська область", street names
REGISTRY_LONG = 75  # a registry or gazetteer name of two words or more
PERSON = 70  # given name + surname
REGISTRY = 60  # a one-word registry or gazetteer name
UNKNOWN_PAIR = 50  # two capitalised words no dictionary knows
PLACE = 40  # the wider gazetteer (all GeoNames cities, regions)
RULE = 20  # capitalisation and dictionary tags


@dataclass(frozen=True)
class Candidate:
    """A possible entity: character span, type, and where it came from."""

    start: int
    end: int
    type: str
    priority: int
    actor_id: str | None = None
    source: str = "rule"

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def from_tokens(tokens: Sequence[Token], first: int, last: int, kind: str, priority: int,
                actor_id: str | None = None, source: str = "rule") -> Candidate:
    """A candidate covering tokens[first..last] (inclusive)."""
    return Candidate(tokens[first].start, tokens[last].end, kind, priority, actor_id, source)


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: by priority, then length, then position; sorted by start."""
    chosen: list[Candidate] = []
    ordered = sorted(set(candidates), key=lambda c: (-c.priority, -(c.end - c.start), c.start, c.type))
    for candidate in ordered:
        if candidate.end > candidate.start and not any(candidate.overlaps(c) for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def covered(tokens: Sequence[Token], chosen: Iterable[Candidate]) -> list[bool]:
    """Which tokens lie (at least partly) inside a chosen span."""
    spans = [(c.start, c.end) for c in chosen]
    return [any(start < t.end and t.start < end for start, end in spans) for t in tokens]


def cased(token: Token) -> bool:
    return token.text[:1].isupper()


def is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


def capitalised_run_end(tokens: Sequence[Token], taken: Sequence[bool], first: int,
                        breaks: Callable[[Token], bool] = lambda token: False) -> int:
    """The last index of the run of adjacent capitalised words nobody claimed that starts at
    `first` (itself such a word); a word for which `breaks` is true does not join the run."""
    last = first
    while last + 1 < len(tokens) and not taken[last + 1] and cased(tokens[last + 1]) and is_word(tokens[last + 1]) \
            and tokens[last + 1].start - tokens[last].end <= 1 and not breaks(tokens[last + 1]):
        last += 1
    return last
