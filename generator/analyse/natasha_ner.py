"""Russian named entities from natasha (slovnet's NER with navec embeddings).

Both the embeddings and the NER model ship inside the natasha package itself (about 30 MB):
nothing is downloaded. natasha is optional: without it `russian_entities` returns None and the
offline analyser falls back to its rules.

slovnet runs its network on numpy. On a small machine OpenBLAS's worker threads fight each other
over these small matrices (ten to twenty times slower than one thread), so inference runs with
OpenBLAS held to one thread, restored afterwards.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from generator.analyse.text import GLUED_WORD

_LOCK = threading.Lock()
# Symbol names of the thread setter/getter in the OpenBLAS builds numpy wheels carry.
_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
            "openblas_set_num_threads")
_GETTERS = ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads", "openblas_get_num_threads64_",
            "openblas_get_num_threads")


@lru_cache(maxsize=1)
def _openblas() -> tuple[Any, Any] | None:
    """OpenBLAS's (set_num_threads, get_num_threads) from the libraries this process loaded."""
    try:
        import numpy  # noqa: F401  # loads numpy's OpenBLAS

        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and ".so" in line})
    except OSError:
        return None
    for path in paths:
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        setter = next((getattr(library, name) for name in _SETTERS if hasattr(library, name)), None)
        getter = next((getattr(library, name) for name in _GETTERS if hasattr(library, name)), None)
        if setter is not None and getter is not None:
            getter.restype = ctypes.c_int
            return setter, getter
    return None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Hold OpenBLAS to one thread inside the block (a no-op where it cannot be found)."""
    functions = _openblas()
    if functions is None:
        yield
        return
    setter, getter = functions
    with _LOCK:
        before = int(getter())
        setter(1)
        try:
            yield
        finally:
            setter(before)


@lru_cache(maxsize=1)
def _tagger() -> Any | None:
    try:
        from natasha import NewsEmbedding, NewsNERTagger
    except ImportError:
        return None
    try:
        return NewsNERTagger(NewsEmbedding())
    except (OSError, ValueError):  # a broken install: model files missing
        return None


def installed_version() -> str | None:
    """natasha's package version, without loading it; None where it is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("natasha")
    except PackageNotFoundError:
        return None


def available() -> bool:
    """Whether natasha and its bundled model load here."""
    return _tagger() is not None


_GLUED_WORD = re.compile(GLUED_WORD)


def russian_entities(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, type) of PER/ORG/LOC spans in Russian text; None without natasha."""
    tagger = _tagger()
    if tagger is None:
        return None
    if not text.strip():
        return []
    with one_blas_thread():
        markup = tagger(text)
    spans: list[tuple[int, int, str]] = []
    for span in markup.spans:
        if span.type in ("PER", "ORG", "LOC"):
            # A scrape that lost a space glues a word to the name ("написалМедведев"): the name alone
            glued = _GLUED_WORD.match(text, span.start, span.stop)
            start = glued.end() if glued else span.start
            spans.extend(_split_parenthesis(text, start, span.stop, span.type))
    return spans


def _split_parenthesis(text: str, start: int, end: int, kind: str) -> list[tuple[int, int, str]]:
    """"Комитет защиты журналистов (КЗЖ)" names one thing twice: two spans, not one."""
    inner = text[start:end]
    opening = inner.find(" (")
    if opening <= 0 or not inner.endswith(")") or inner.count("(") != 1:
        return [(start, end, kind)]
    return [(start, start + opening, kind), (start + opening + 2, end - 1, kind)]
