"""Language-independent text segmentation: sentences and tokens with character offsets."""

from __future__ import annotations

import re

from generator.records import Sentence, Token

# A word's letters may carry combining marks, which \w does not match: Arabic short vowels and tanween
# ("مليونًا"), tatweel, Cyrillic stress accents ("за́мок"). For character classes.
COMBINING_MARKS = "\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670"
_WORD = rf"\w[\w{COMBINING_MARKS}]*"
# A lower-case Cyrillic word glued to a capitalised one ("написалМедведев", a scrape that lost a space) is
# two words; Latin keeps its inner capitals ("McFaul", "YouTube").
GLUED_WORD = r"[а-яёїієґ]{3,}(?=[А-ЯЁЇІЄҐ][а-яёїієґ])"
TOKEN = re.compile(rf"\d+(?:[.,:]\d+)*|{GLUED_WORD}|{_WORD}(?:[-'’ʼ]{_WORD})*|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? … ؟ (possibly repeated), optionally followed by closing quotes or brackets,
# then whitespace. Newlines always end a sentence: articles are written a paragraph per line. A scrape
# that lost the space after a sentence ("…Киев.Александр Литвиненко", "anonymity.In parallel") still ends
# one where a lower-case word of three letters or more meets a capitalised word.
_END = re.compile(r"[.!?…؟]+[\"'»”’)\]]*[،,]?(?=\s)|\n+"
                  r"|(?<=[a-zа-яёїієґ]{3})[.!?]+(?=[A-ZА-ЯЁЇІЄҐ][a-zа-яёїієґ])")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt st jr sr inc ltd co corp vs etc no approx dept univ est fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "т тов ім им ст р рр див проф акад ген г гг см тис млн млрд пор напр др "
    "м с смт вул просп пров бульв обл буд ул "
    "дж".split()  # the initial J in Cyrillic ("Энтони Дж. Блинкен")
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial rather than a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum()):
        start -= 1
    word = text[start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Kerry", "U.S."
    if start > 0 and text[start - 1] == "." and len(word) <= 2:
        return True  # "U.S." second part
    return word.casefold() in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in `text`, whitespace trimmed, empty ones dropped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith(".") and len(match.group().rstrip("\"'»”’)]،,")) == 1:
            if _is_abbreviation(text, match.start()):
                continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        nxt = match.end()
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        # A lower-case letter after a short word's period means the sentence goes on ("e.g. this", "ст. 5");
        # after a full word it is a new sentence written in lower case (some outlets lower-case names).
        if not match.group().startswith("\n") and nxt < len(text) and text[nxt].islower():
            word_start = match.start()
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            if match.start() - word_start <= 3:
                continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin:
            trimmed.append((begin, end))
    return trimmed


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] with offsets into the whole text."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def segment(text: str) -> list[Sentence]:
    """Sentences with their tokens (no lemmas)."""
    return [
        Sentence(index, begin, end, text[begin:end], tuple(tokenize(text, begin, end)))
        for index, (begin, end) in enumerate(split_sentences(text))
    ]
