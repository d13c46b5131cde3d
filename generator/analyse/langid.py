"""Language identification that tells Ukrainian from Russian.

Script decides first (Arabic script is Arabic unless py3langid says Persian or Urdu); within
Cyrillic, letters that exist in one language only decide between Ukrainian and Russian before the
statistical model is asked.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from generator.files import cached_pickle, user_cache
from generator.fingerprints import package_version
from generator.normalize import script_of

_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


@lru_cache(maxsize=1)
def _identifier() -> object:
    """py3langid's identifier. Its model ships compressed (LZMA): decompressing it takes about
    two thirds of a second, reading it back from the user cache a tenth of that."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = Path(MODEL_DIR) / MODEL_FILE
    try:
        stat = model.stat()
    except OSError:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)  # it says what is wrong
    key = hashlib.sha256(f"{package_version('py3langid')}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    return cached_pickle(user_cache() / "indexes" / f"langid-{key}.pickle", LanguageIdentifier,
                         lambda: LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))


def identify(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of the text's language and a confidence in [0, 1]."""
    sample = text[:5000]
    script = script_of(sample)
    if script == "cyrillic":
        uk = len(_UK_ONLY.findall(sample))
        ru = len(_RU_ONLY.findall(sample))
        if uk or ru:
            share = max(uk, ru) / (uk + ru)
            if share >= 0.8:
                return ("uk" if uk > ru else "ru", round(min(1.0, 0.5 + share / 2), 3))
    if not sample.strip():
        return ("und", 0.0)
    lang, prob = _identifier().classify(sample)  # type: ignore[attr-defined]
    if script == "arabic" and lang not in ("ar", "fa", "ur", "ps"):
        lang = "ar"
    if script == "cyrillic" and lang not in ("uk", "ru", "be", "bg", "mk", "sr", "kk", "mn"):
        lang = "ru"
    return (lang, round(float(prob), 3))
