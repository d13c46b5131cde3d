"""Dictionary lemmas for Ukrainian and Russian (pymorphy3), shared by analysers and extractors."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MORPH_LANGS = ("uk", "ru")


@lru_cache(maxsize=2)
def _analyser(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=300_000)
def parse(lang: str, word: str) -> tuple[str, frozenset[str]]:
    """Lemma and grammemes of a word's most likely parse; the word itself where no dictionary exists."""
    if lang not in MORPH_LANGS:
        return word.lower(), frozenset()
    parses = _analyser(lang).parse(word)
    if not parses:
        return word.lower(), frozenset()
    best = parses[0]
    return best.normal_form, frozenset(best.tag.grammemes)


def lemma(lang: str, word: str) -> str:
    """The dictionary form of a word."""
    return parse(lang, word)[0]
