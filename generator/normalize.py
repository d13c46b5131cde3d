"""Script-aware normalisation of words into matching keys.

Keys fold away differences that do not distinguish names: case, accents, Cyrillic letter
variants between Ukrainian and Russian spellings (і/и, є/е, ґ/г), doubled letters, and Arabic
letter variants (أ إ آ → ا, ة → ه, ى → ي), diacritics and tatweel.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
                              "ک": "ك", "ی": "ي", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج"})
_CYRILLIC_FOLD = str.maketrans({"ё": "е", "є": "е", "э": "е", "і": "и", "ї": "и", "ы": "и", "ґ": "г",
                                "ў": "у", "ь": "", "ъ": "", "'": "", "’": "", "ʼ": ""})
_DOUBLES = re.compile(r"(.)\1+")
ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=100_000)
def script_of(text: str) -> str:
    """The dominant script of a text: latin, cyrillic, arabic, or other."""
    counts = {"latin": 0, "cyrillic": 0, "arabic": 0, "other": 0}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        if code < 0x250:
            counts["latin"] += 1
        elif 0x400 <= code < 0x530:
            counts["cyrillic"] += 1
        elif 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0xFB50 <= code < 0xFF00:
            counts["arabic"] += 1
        else:
            counts["other"] += 1
    best = max(counts.items(), key=lambda item: (item[1], item[0] == "latin"))
    return best[0] if best[1] else "other"


def normalize_arabic(word: str) -> str:
    """Arabic letter variants, diacritics and tatweel folded."""
    return ARABIC_DIACRITICS.sub("", word).translate(_ARABIC_FOLD)


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The matching key of one word, whatever its script."""
    word = unicodedata.normalize("NFC", word).casefold()
    word = word.replace("’", "'").replace("ʼ", "'")
    script = script_of(word)
    if script == "arabic":
        return normalize_arabic(word)
    if script == "cyrillic":
        return _DOUBLES.sub(r"\1", word.translate(_CYRILLIC_FOLD))
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _DOUBLES.sub(r"\1", stripped.replace("'", ""))


def arabic_stems(key: str) -> list[str]:
    """A normalised Arabic word and its forms with clitic prefixes removed (never suffixes)."""
    forms = [key]
    for prefix in ARABIC_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            rest = key[len(prefix):]
            forms.append(rest)
            if prefix == "لل":
                forms.append("ال" + rest)
            if prefix in ("و", "ف", "ب", "ك", "ل") and rest.startswith("ال") and len(rest) > 4:
                forms.append(rest[2:])
        if prefix in ("وال", "فال", "بال", "كال", "لل", "ال") and key.startswith(prefix):
            forms.append("ال" + key[len(prefix):])
    seen: list[str] = []
    for form in forms:
        if form not in seen:
            seen.append(form)
    return seen


_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "", "ʼ": "",
})


def transliterate(text: str) -> str:
    """A readable Latin form of a name in any script (names of Russian usage for Cyrillic)."""
    lowered = text.lower().replace("ий ", "iy ").replace("ій ", "iy ")
    if script_of(text) == "cyrillic":
        # "є" inside a Russian name spelled the Ukrainian way ("Сєргєй") reads as "e".
        lowered = re.sub(r"(?<=[^\W\d_аеєиіїоуюя])є", "e", lowered)
        text = lowered.translate(_CYRILLIC_LATIN)
    latin = anyascii(text).strip()
    latin = re.sub(r"\s+", " ", latin)
    return " ".join(part[:1].upper() + part[1:] for part in latin.split(" ") if part)


def english_city_name(name: str) -> str:
    """A GeoNames city name as English news writes it: no soft sign's apostrophe ("Ryazan’": Ryazan)."""
    return name.replace("’", "").replace("ʹ", "")


def slugify_id(text: str) -> str:
    """An id from a name: ascii letters, digits and hyphens."""
    latin = anyascii(text).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")
    return slug or "unnamed"


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
