"""The analyser interface and the registry of backends by name.

A backend declares the languages and layers it provides; `auto` selection picks, per language,
the best backend that is available (stanza's `register_processor` is the model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from generator.config import SiteConfig
from generator.records import AnalysedDoc, Article

LAYERS = ("sentences", "tokens", "lemmas", "entities")


class AnalyserUnavailable(Exception):
    """A backend cannot serve a language here (models missing, package missing)."""

    def __init__(self, backend: str, lang: str, reason: str, fix: str) -> None:
        super().__init__(f"{backend} analyser cannot analyse '{lang}': {reason}. {fix}")
        self.backend = backend
        self.lang = lang
        self.reason = reason
        self.fix = fix


class Analyser(Protocol):
    """What every NLP backend provides."""

    name: str
    version: str  # part of the analysis cache key

    def languages(self) -> frozenset[str] | None:
        """Languages it can analyse here and now; None means any language."""

    def analyse(self, article: Article, lang: str) -> AnalysedDoc:
        """Analyse one article in the given language."""

    def analyse_batch(self, items: Sequence[tuple[Article, str]]) -> list[AnalysedDoc]:
        """Analyse several articles; backends that batch (Stanza) override it."""


@dataclass(frozen=True)
class BackendInfo:
    """A registered backend: its factory and what it provides."""

    name: str
    factory: Callable[[SiteConfig], Analyser]
    layers: tuple[str, ...]
    description: str


_REGISTRY: dict[str, BackendInfo] = {}


def register_backend(
    name: str, layers: Iterable[str], description: str
) -> Callable[[Callable[[SiteConfig], Analyser]], Callable[[SiteConfig], Analyser]]:
    """Class/function decorator registering a backend factory under a name."""

    def decorate(factory: Callable[[SiteConfig], Analyser]) -> Callable[[SiteConfig], Analyser]:
        unknown = set(layers) - set(LAYERS)
        if unknown:
            raise ValueError(f"backend {name!r} declares unknown layers {sorted(unknown)}")
        _REGISTRY[name] = BackendInfo(name, factory, tuple(layers), description)
        return factory

    return decorate


def backends() -> dict[str, BackendInfo]:
    """All registered backends by name."""
    _load_builtin_backends()
    return dict(_REGISTRY)


def create_backend(name: str, config: SiteConfig) -> Analyser:
    """Instantiate a backend by name, with an error listing the known names."""
    known = backends()
    if name not in known:
        raise ValueError(f"unknown analyser {name!r}; known: {', '.join(sorted(known))}")
    return known[name].factory(config)


def _load_builtin_backends() -> None:
    # Imported here so that registering happens on first use, not at package import.
    from generator.analyse import offline  # noqa: F401

    try:
        from generator.analyse import stanza_backend  # noqa: F401
    except ImportError:  # stanza not installed: the backend simply is not registered
        pass
