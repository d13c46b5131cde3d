"""The analyse stage: Article -> AnalysedDoc, with the backend chosen by configuration."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from generator.analyse.base import Analyser, AnalyserUnavailable, backends, create_backend
from generator.analyse.langid import identify
from generator.config import SiteConfig
from generator.records import AnalysedDoc, Article

__all__ = ["AnalyseReport", "analyse_articles", "choose_language"]


@dataclass
class AnalyseReport:
    """What the analyse stage did, for the CLI and the benchmarks."""

    analysed: list[str] = field(default_factory=list)  # article ids analysed now
    cached: list[str] = field(default_factory=list)  # article ids taken from the cache
    notes: list[str] = field(default_factory=list)  # one line per language/backend decision


def choose_language(article: Article) -> tuple[str, float]:
    """Front matter wins; otherwise identify the language from the text."""
    if article.lang:
        return article.lang, 1.0
    return identify(article.text)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the analysis code, so a changed analyser never serves stale cached results."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), package.parent / "normalize.py", package.parent / "gazetteer.py",
                        package.parent / "records.py"]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(cache_dir: Path, article: Article, backend: Analyser, config: SiteConfig, lang: str) -> Path:
    key = (f"{article.content_hash}:{backend.name}:{backend.version}:{code_fingerprint()}:"
           f"{config.fingerprint}:{lang}")
    return cache_dir / "analysis" / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.pickle"


def _read_cache(path: Path) -> AnalysedDoc | None:
    try:
        with path.open("rb") as handle:
            doc = pickle.load(handle)  # noqa: S301 - our own local cache, written below
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return doc if isinstance(doc, AnalysedDoc) else None


def _write_cache(path: Path, doc: AnalysedDoc) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as handle:
        pickle.dump(doc, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def _select(name: str, config: SiteConfig, lang: str, cache: dict[str, Analyser],
            report: AnalyseReport) -> Analyser:
    """The backend for one language: the named one, or for `auto` the best available."""
    order = [name] if name != "auto" else [n for n in ("stanza", "offline") if n in backends()]
    for candidate in order:
        if candidate not in cache:
            cache[candidate] = create_backend(candidate, config)
        backend = cache[candidate]
        langs = backend.languages()
        if langs is None or lang in langs:
            return backend
        if name != "auto":
            fix = getattr(backend, "install_hint", lambda code: "")(lang)
            raise AnalyserUnavailable(candidate, lang, "no model installed for this language", fix)
        note = f"{lang}: {candidate} models not installed; used the offline analyser."
        hint = getattr(backend, "install_hint", lambda code: "")(lang)
        note = f"{note} {hint}".strip()
        if note not in report.notes:
            report.notes.append(note)
    return cache.setdefault("offline", create_backend("offline", config))


def analyse_articles(
    articles: Sequence[Article],
    config: SiteConfig,
    analyser: str | None = None,
    use_cache: bool = True,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[AnalysedDoc], AnalyseReport]:
    """Analyse every article (cached by content hash, analyser version and configuration)."""
    name = analyser or config.site.analyser
    report = AnalyseReport()
    cache_dir = config.path("cache")
    backends_in_use: dict[str, Analyser] = {}
    docs: list[AnalysedDoc] = []
    for article in articles:
        lang, confidence = choose_language(article)
        backend = _select(name, config, lang, backends_in_use, report)
        path = _cache_path(cache_dir, article, backend, config, lang)
        doc = _read_cache(path) if use_cache else None
        if doc is not None and doc.article == article:
            report.cached.append(article.id)
        else:
            doc = replace(backend.analyse(article, lang), lang_confidence=confidence)
            report.analysed.append(article.id)
            if use_cache:
                _write_cache(path, doc)
        docs.append(doc)
        if progress:
            progress(1)
    return docs, report
