"""Numbers and claims: percentages, counts and quantity words, with what they measure."""

from __future__ import annotations

import re
import unicodedata

from generator.records import AnalysedDoc
from generator.schema import NumberFact

# Digits in any script (Arabic-Indic too), with thousands separators and decimals.
_NUMBER = r"(?<![\w.,])\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*(?:[.,٫]\d+)?(?![\w])|(?<![\w.,])\d+(?:[.,٫]\d+)?(?![\w])"
_PERCENT = re.compile(
    rf"(?P<n>{_NUMBER})\s?(?:%|٪|per ?cent\b|percent\b|відсот\w*|процент\w*|بالمئة|بالمائة|في المئة|في المائة)",
    re.IGNORECASE,
)
_UNIT_WORDS = {
    "points": r"(?:-| )?(?:point|points|пункт\w*|بند|بنود|نقطة|نقاط)",
    "people": (r" (?:people|prisoners|soldiers|civilians|людей|осіб|полонених|військов\w+|человек|пленн\w+"
               r"|شخص|أسير|أسرى|جندي)"),
    "kilometres": r" ?(?:km|kilometres|kilometers|кілометр\w*|км|километр\w*|كيلومتر\w*|كم)\b",
    "dollars": r" ?(?:dollars|\$|доларів|долларов|دولار)",
}
_UNITS = [(unit, re.compile(rf"(?P<n>{_NUMBER}){pattern}", re.IGNORECASE)) for unit, pattern in _UNIT_WORDS.items()]
_DOLLAR_PREFIX = re.compile(rf"\$\s?(?P<n>{_NUMBER})(?:\s?(?P<scale>billion|million|bn|m)\b)?", re.IGNORECASE)
# Quantity words: "hundreds of prisoners", "сотні полонених", "مئات السجناء".
_QUANTITY = re.compile(
    r"\b(?P<word>hundreds|thousands|dozens|millions|сотні|сотень|тисячі|тисяч|десятки|сотни|тысячи|тысяч|"
    r"десятки|مئات|آلاف|عشرات)\b",
    re.IGNORECASE,
)
_QUANTITY_VALUE = {"hundreds": 100, "сотні": 100, "сотень": 100, "сотни": 100, "مئات": 100,
                   "thousands": 1000, "тисячі": 1000, "тисяч": 1000, "тысячи": 1000, "тысяч": 1000, "آلاف": 1000,
                   "dozens": 10, "десятки": 10, "عشرات": 10, "millions": 1_000_000}
WHAT_WORDS = 5


def _value(raw: str) -> float | None:
    digits = unicodedata.normalize("NFKC", raw)
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in digits)
    digits = re.sub(r"[ \u00a0\u202f]", "", digits).replace("٫", ".")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    digits = digits.replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _context(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """The words that say what a number measures: those after it, else those before it."""
    after = re.findall(r"[^\W\d][\w'’-]*", text[end:sentence_end])[:WHAT_WORDS]
    if len(after) >= 2:
        return " ".join(after)
    before = re.findall(r"[^\W\d][\w'’-]*", text[sentence_start:start])[-WHAT_WORDS:]
    return " ".join(before + after)


def extract_numbers(doc: AnalysedDoc) -> list[NumberFact]:
    """Percentages, counts with units, sums of money and quantity words, in text order."""
    text = doc.article.text
    found: list[NumberFact] = []
    taken: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        taken = []  # sentences do not overlap, so only this sentence's numbers can clash
        candidates: list[tuple[int, int, float | None, str]] = []
        chunk_start, chunk_end = sentence.start, sentence.end
        for match in _PERCENT.finditer(text, chunk_start, chunk_end):
            candidates.append((match.start(), match.end(), _value(match.group("n")), "percent"))
        for unit, pattern in _UNITS:
            for match in pattern.finditer(text, chunk_start, chunk_end):
                candidates.append((match.start(), match.end(), _value(match.group("n")), unit))
        for match in _DOLLAR_PREFIX.finditer(text, chunk_start, chunk_end):
            value = _value(match.group("n"))
            scale = (match.group("scale") or "").lower()
            if value is not None and scale:
                value *= 1_000_000_000 if scale in ("billion", "bn") else 1_000_000
            candidates.append((match.start(), match.end(), value, "dollars"))
        for match in _QUANTITY.finditer(text, chunk_start, chunk_end):
            word = match.group("word").lower()
            candidates.append((match.start(), match.end(), float(_QUANTITY_VALUE.get(word, 0)) or None, "about"))
        for start, end, value, unit in sorted(candidates, key=lambda c: (c[0], -c[1])):
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            found.append(NumberFact(
                sentence=sentence.index, start=start, end=end, text=text[start:end], value=value, unit=unit,
                what=_context(text, start, end, chunk_start, chunk_end) or None,
            ))
    return found
