"""Dictionary lemmas for Ukrainian and Russian (pymorphy3), shared by analysers and extractors."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MORPH_LANGS = ("uk", "ru")


class _Analyser:
    """pymorphy3's analyser, with no parse for a word it cannot read back: it restores a word's
    capitals through the letters' Unicode names, and a letter without one (Tangut '𗀀') raises."""

    def __init__(self, lang: str) -> None:
        import pymorphy3

        self._morph = pymorphy3.MorphAnalyzer(lang=lang)

    def parse(self, word: str) -> list[Any]:
        try:
            return list(self._morph.parse(word))
        except (ValueError, KeyError):
            return []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._morph, name)


@lru_cache(maxsize=2)
def _analyser(lang: str) -> Any:
    return _Analyser(lang)


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


def parses(lang: str, word: str) -> list[Any]:
    """Every parse of a word, likeliest first (pymorphy3's); none where no dictionary exists."""
    return list(_analyser(lang).parse(word)) if lang in MORPH_LANGS else []


# What the dictionary marks as a name of some kind: places, people, organisations, abbreviations and
# indeclinable (mostly foreign) words.
_PROPER_GRAMMEMES = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr", "Fixd", "Trad"})


def only_a_common_word(lang: str, word: str, nouns_only: bool = False) -> bool:
    """Whether the dictionary knows a word (in lower case) and only as a common word, in no parse a
    name, place, organisation or abbreviation ("заява", "родина"; not "мчс", "хамас", "курск");
    with `nouns_only`, only as a common noun."""
    found = [p for p in parses(lang, word.lower()) if p.tag.POS]
    return bool(found) and all(not _PROPER_GRAMMEMES & set(p.tag.grammemes)
                               and (not nouns_only or p.tag.POS == "NOUN") for p in found)


def known_common_word(lang: str, word: str) -> bool:
    """Whether the dictionary itself lists the word (not a guess from its ending), only as a common word."""
    return lang in MORPH_LANGS and bool(_analyser(lang).word_is_known(word.lower())) and only_a_common_word(lang, word)


def lemma(lang: str, word: str) -> str:
    """The dictionary form of a word."""
    return parse(lang, word)[0]


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_MASCULINE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "єв", "ин", "ын", "ський", "цький", "ский", "цкий", "ской")


@lru_cache(maxsize=100_000)
def name_lemma(lang: str, word: str) -> str:
    """The dictionary form of a word of a personal name: the likeliest parse as a given name,
    surname or patronymic, else as a noun; the word itself (lower case) when neither fits.

    The likeliest parse of a surname is often an adjective ("Силуанова" -> "силуановый"), which
    is no name at all."""
    if lang not in MORPH_LANGS:
        return word.lower()
    parses = _analyser(lang).parse(word)
    if word.lower().endswith(_MASCULINE_SURNAME_ENDINGS):
        return word.lower()  # a surname in its own, nominative form ("Силуанов"), not a noun's plural
    for wanted in (lambda p: _NAME_GRAMMEMES & set(p.tag.grammemes), lambda p: p.tag.POS == "NOUN"):
        for candidate in parses:
            if wanted(candidate):
                return str(candidate.normal_form)
    return word.lower()


_CYRILLIC_CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")


@lru_cache(maxsize=100_000)
def given_name_agreeing(lang: str, given: str, surname: str, after_oblique: bool = False,
                        after_nominative: bool = False) -> str | None:
    """The dictionary form of a given name that the surname beside it decides, where the name alone
    does not: "Богдана" is Bohdana, or Bohdan in the genitive. A man's surname declines ("Шевчука":
    Bohdan); a surname ending in a consonant that stands in its own form ("Ковальчук") is a
    woman's, since a man's would decline. Where the surname reads both ways ("Павла Зарубіна"), a
    name after a word that asks for another case than the nominative (`after_oblique`: "для
    пропагандиста Павла Зарубіна") is the man's, and one after a word that leaves it in the
    nominative (`after_nominative`: "считает доцент Евгения Жукова") the woman's. None where nothing
    decides it."""
    if lang not in MORPH_LANGS:
        return None
    names = [p for p in _analyser(lang).parse(given) if "Name" in p.tag]
    woman = [p for p in names if p.tag.gender == "femn" and p.tag.case == "nomn" and p.normal_form == given.lower()]
    man = [p for p in names if p.tag.gender == "masc" and p.tag.case != "nomn"]
    if not woman or not man:
        return None
    if surname[-1:].lower() in _CYRILLIC_CONSONANTS and name_lemma(lang, surname) == surname.lower():
        return str(woman[0].normal_form)
    parses = [p for p in _analyser(lang).parse(surname) if p.tag.POS == "NOUN"]
    if after_oblique or (parses and all(p.tag.gender == "masc" and p.tag.case != "nomn" for p in parses)):
        return str(man[0].normal_form)
    if after_nominative:
        return str(woman[0].normal_form)
    return None


@lru_cache(maxsize=10_000)
def leaves_nominative(lang: str, word: str) -> bool:
    """Whether a word before a name leaves it in the nominative: a title that can only be in the
    nominative ("доцент", "министр"; not a verb, whose object a name may be: "поздравил Евгения")."""
    if lang not in MORPH_LANGS or not word:
        return False
    parses = _analyser(lang).parse(word)
    return bool(parses) and all(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.animacy == "anim"
                                for p in parses)


@lru_cache(maxsize=10_000)
def asks_oblique_case(lang: str, word: str) -> bool:
    """Whether a word before a name puts it in a case other than the nominative: a preposition
    ("для", "с") or a man's title in such a case itself ("для пропагандиста Павла Зарубіна"); not
    the end of a phrase the name does not belong to ("рекордсменка зі стрибків у висоту Ярослава")."""
    if lang not in MORPH_LANGS or not word:
        return False
    parses = _analyser(lang).parse(word)
    return bool(parses) and all(
        p.tag.POS == "PREP" or (p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.gender == "masc"
                                and p.tag.case not in (None, "nomn")) for p in parses)


_CASE_ENDINGS = {"gent": ("а", "я"), "datv": ("у", "ю", "ові", "еві"), "ablt": ("ом", "ем", "ём", "єм")}


@lru_cache(maxsize=100_000)
def surname_in_case_of(lang: str, given: str, surname: str) -> str | None:
    """A surname the dictionary does not know as a name, without the masculine case ending that its
    given name plainly has: "Гюнтером Заутером" is Гюнтер Заутер, as the given name is in the
    instrumental, and "Павла Зарубина" Павел Зарубин, though "зарубина" is a noun.
    None where the given name's case is not plain or the surname does not end as that case does."""
    if lang not in MORPH_LANGS:
        return None
    if _analyser(lang).word_is_known(surname.lower()) and not all(
            p.tag.POS == "NOUN" and p.tag.gender == "femn" and not _NAME_GRAMMEMES & set(p.tag.grammemes)
            for p in _analyser(lang).parse(surname)):
        return None  # a known surname, or a word that is no woman's noun ("Зарубина", a notch, is one)
    names = [p for p in _analyser(lang).parse(given) if "Name" in p.tag]
    # a man's accusative is his genitive ("Павла": either; the ending is the same)
    cases = {"gent" if p.tag.case == "accs" else p.tag.case for p in names}
    if not names or len(cases) != 1 or any(p.tag.gender != "masc" for p in names):
        return None
    endings = _CASE_ENDINGS.get(next(iter(cases)), ())
    low = surname.lower()
    ending = next((e for e in sorted(endings, key=len, reverse=True)
                   if low.endswith(e) and len(low) - len(e) >= 3), None)
    return low[:-len(ending)] if ending else None


@lru_cache(maxsize=100_000)
def womans_given_name(lang: str, given: str) -> bool:
    """Whether the dictionary knows a given name only as a woman's ("Валентина", "Марія")."""
    if lang not in MORPH_LANGS:
        return False
    genders = {p.tag.gender for p in _analyser(lang).parse(given) if "Name" in p.tag}
    return genders == {"femn"}


@lru_cache(maxsize=100_000)
def womans_surname(lang: str, surname: str) -> str | None:
    """A surname in the nominative of its feminine form ("Васильевой" -> васильева), where the
    dictionary reads it as a woman's; the dictionary's own lemma of a Russian surname is the man's."""
    if lang not in MORPH_LANGS:
        return None
    for p in _analyser(lang).parse(surname):
        if p.tag.gender == "femn" and ("Surn" in p.tag or p.tag.POS == "NOUN"):
            nominative = p.inflect({"nomn"})
            return str(nominative.word if nominative else p.word)
    return None


def only_a_womans_surname(lang: str, surname: str) -> bool:
    """Whether every reading of a surname's form is a woman's ("Васильевой"; not "Васильева", which
    is also the man's genitive)."""
    if lang not in MORPH_LANGS:
        return False
    readings = [p for p in _analyser(lang).parse(surname) if "Surn" in p.tag]
    return bool(readings) and all(p.tag.gender == "femn" for p in readings)


@lru_cache(maxsize=100_000)
def known_given_name(lang: str, word: str) -> bool:
    """Whether the language's dictionary lists the word as a given name (not a guess from its ending)."""
    if lang not in MORPH_LANGS:
        return False
    analyser = _analyser(lang)
    return bool(analyser.word_is_known(word.lower())) and any("Name" in p.tag for p in analyser.parse(word))


_PATRONYMIC_ENDING = re.compile(r"(?:й?ович|ь?евич|ич|й?овна|ь?евна|ична|івна|ївна)$")


def patronymic(lang: str, word: str) -> bool:
    """Whether a word is a patronymic: a given name and its ending ("Владимирович", "Сергеевич",
    "Андріївна"). "Лукашевич" ends the same way, but "Лукаш" is no given name of the dictionary."""
    ending = _PATRONYMIC_ENDING.search(word) if lang in MORPH_LANGS and word[:1].isupper() else None
    if ending is None:
        return False
    stem = word[:ending.start()]
    return any(known_given_name(lang, stem + tail) for tail in ("", "й", "ь", "а", "я") if len(stem + tail) >= 3)


def part_of_speech(lang: str, word: str) -> str | None:
    """The part of speech of a word's likeliest parse (NOUN, VERB, ADJF, ...), None without a dictionary."""
    if lang not in MORPH_LANGS:
        return None
    parses = _analyser(lang).parse(word)
    return str(parses[0].tag.POS) if parses else None


@lru_cache(maxsize=100_000)
def place_lemma(lang: str, word: str) -> str:
    """The dictionary form of a place's name: the likeliest parse as a noun that is no personal name
    ("Луизиана" -> луизиана, not the surname "луизиан"; "Покровську" -> покровськ, not an adjective),
    else as a personal name."""
    if lang not in MORPH_LANGS:
        return word.lower()
    for parsed in _analyser(lang).parse(word):
        if parsed.tag.POS == "NOUN" and not _NAME_GRAMMEMES & set(parsed.tag.grammemes):
            return str(parsed.normal_form)
    return name_lemma(lang, word)


def lemmas(lang: str, word: str) -> tuple[str, ...]:
    """Every dictionary form a word can have, likeliest first ("ради" -> рада, рад, ...)."""
    if lang not in MORPH_LANGS:
        return (word.lower(),)
    return tuple(dict.fromkeys(str(p.normal_form) for p in _analyser(lang).parse(word)))


_OBLIQUE_CASES = ("gent", "datv", "accs", "ablt", "loct")
_PHRASE_FORMS = 24  # inflected forms of one phrase at most (alternative endings multiply)


def case_forms(lang: str, phrase: str) -> list[str]:
    """The phrase in every other case, as a name of an organisation, country or place is inflected:
    its adjectives and its head noun agree ("Білий дім" -> "Білого дому", "Білому домі", ...), the
    words after the head stay ("Міністерство закордонних справ" -> "Міністерстві закордонних справ").
    Empty where the phrase is not adjectives and a noun in the nominative, or has no dictionary."""
    words = phrase.split()
    if lang not in MORPH_LANGS or len(words) < 2:
        return []
    analyser = _analyser(lang)

    def nominative(word: str, pos: tuple[str, ...]) -> list[Any]:
        return [p for p in analyser.parse(word) if p.tag.POS in pos and p.tag.case == "nomn" and p.word == word.lower()]

    run: list[list[Any]] = []
    for word in words[:-1]:  # the words before the head noun that can be adjectives agreeing with it
        parses = nominative(word, ("ADJF", "PRTF"))
        if not parses:
            break
        run.append(parses)
    for head in range(len(run), -1, -1):  # "Рада безпеки ООН": "рада" can be an adjective, yet is the head
        nouns = nominative(words[head], ("NOUN",))
        if nouns and all(any(_agree_in_nominative(a, nouns[0]) for a in parses) for parses in run[:head]):
            adjectives = [[a for a in parses if _agree_in_nominative(a, nouns[0])] for parses in run[:head]]
            break
    else:
        return []
    number, gender, animacy = nouns[0].tag.number, nouns[0].tag.gender, nouns[0].tag.animacy

    def agrees(form: Any, parse: Any) -> bool:
        tag = form.tag
        return (tag.POS == parse.tag.POS and tag.number == number and not {"Supr", "Cmp2"} & tag.grammemes
                and (number == "plur" or tag.gender in (gender, None)) and tag.animacy in (animacy, None))

    found: list[str] = []
    for case in _OBLIQUE_CASES:
        options = [sorted({f.word for p in parses for f in p.lexeme if f.tag.case == case and agrees(f, p)})
                   for parses in [*adjectives, nouns]]
        if not all(options):
            continue
        forms: list[list[str]] = [[]]
        for choices in options:
            forms = [[*form, choice] for form in forms for choice in choices][:_PHRASE_FORMS]
        for form in forms:
            inflected = [_same_case(word, new) for word, new in zip(words, form, strict=False)] + words[head + 1:]
            found.append(" ".join(inflected))
    return list(dict.fromkeys(f for f in found if f != phrase))[:_PHRASE_FORMS * len(_OBLIQUE_CASES)]


@lru_cache(maxsize=10_000)
def phrase_nominative(lang: str, phrase: str) -> str | None:
    """A name of adjectives and a noun put back in the nominative, its adjectives agreeing with the
    noun ("Красного моря" -> "Красное море", "Дальнем Востоке" -> "Дальний Восток"); words after
    the noun stay. None where the phrase reads no such way or is already in the nominative."""
    words = phrase.split()
    if lang not in MORPH_LANGS or len(words) < 2:
        return None
    analyser = _analyser(lang)
    for head in range(len(words) - 1, 0, -1):
        for noun in (p for p in analyser.parse(words[head]) if p.tag.POS == "NOUN" and p.tag.case in _CASES):
            case, number, gender = noun.tag.case, noun.tag.number, noun.tag.gender
            adjectives = []
            for word in words[:head]:
                adjective = next((p for p in analyser.parse(word) if p.tag.POS in ("ADJF", "PRTF")
                                  and p.tag.case == case and p.tag.number == number
                                  and (number == "plur" or p.tag.gender in (gender, None))), None)
                if adjective is None:
                    break
                adjectives.append(adjective)
            if len(adjectives) != head:
                continue
            wanted = {"nomn", number} if number else {"nomn"}
            forms = [a.inflect(wanted | ({gender} if number == "sing" and gender else set())) for a in adjectives]
            head_form = noun.inflect(wanted)
            if head_form is None or any(f is None for f in forms):
                continue
            nominative = [_same_case(w, f.word) for w, f in zip(words, [*forms, head_form], strict=False)]
            result = " ".join([*nominative, *words[head + 1:]])
            return None if result == phrase else result
    return _feminine_nominative(analyser, words)


# The endings of a feminine noun in -а/-я in the oblique cases of one number, by case: "Маячке" and
# "Маячки" are Маячка, whatever noun the dictionary takes an unknown name for ("маячок").
_FEMININE_ENDINGS = {"gent": (("и", "а"), ("ы", "а"), ("і", "а")), "datv": (("е", "а"), ("і", "а")),
                     "loct": (("е", "а"), ("і", "а")), "accs": (("у", "а"), ("ю", "я")),
                     "ablt": (("ой", "а"), ("ою", "а"), ("ей", "я"), ("єю", "я"))}


def _feminine_nominative(analyser: Any, words: list[str]) -> str | None:
    """An adjective in the feminine singular and an unknown name after it put back in the nominative
    ("Новой Маячке" -> "Новая Маячка", "Новій Маячці" is left): the adjective says the case."""
    if len(words) != 2:
        return None
    for adjective in analyser.parse(words[0]):
        if adjective.tag.POS != "ADJF" or adjective.tag.number != "sing" or adjective.tag.gender != "femn" \
                or adjective.tag.case not in _FEMININE_ENDINGS:
            continue
        ending = next(((old, new) for old, new in _FEMININE_ENDINGS[adjective.tag.case]
                       if words[1].endswith(old) and len(words[1]) > len(old) + 2), None)
        nominative = adjective.inflect({"nomn", "sing", "femn"})
        if ending is not None and nominative is not None:
            return f"{_same_case(words[0], nominative.word)} {words[1][:-len(ending[0])] + ending[1]}"
    return None


def _agree_in_nominative(adjective: Any, noun: Any) -> bool:
    return bool(adjective.tag.number == noun.tag.number
                and (noun.tag.number == "plur" or adjective.tag.gender == noun.tag.gender))


def _same_case(original: str, word: str) -> str:
    """`word` capitalised as `original` is."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


@lru_cache(maxsize=100_000)
def cases(lang: str, word: str, nouns_only: bool = False) -> frozenset[str]:
    """Every grammatical case a word may be in, over all its parses (with `nouns_only`, its parses
    as a noun or a name: "Лаврова" may be a genitive); empty where no dictionary exists or no parse
    names a case, as for an unknown foreign name."""
    if lang not in MORPH_LANGS:
        return frozenset()
    found: set[str] = set()
    for candidate in _analyser(lang).parse(word):
        if not nouns_only or "NOUN" in candidate.tag:
            found |= _CASES & set(candidate.tag.grammemes)
    return frozenset(found)
