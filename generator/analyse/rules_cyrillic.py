"""Entity rules for Ukrainian and Russian: quoted names, legal forms, organisation chains,
regions, streets and personal names, built on pymorphy3's tags and the lexicon's word lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.analyse import lexicon as lx
from generator.analyse.places import cities_of_stem, country_names, region_stem
from generator.analyse.spans import (
    PATTERN,
    PERSON,
    REGION,
    RULE,
    UNKNOWN_PAIR,
    Candidate,
    capitalised_run_end,
    cased,
    from_tokens,
    is_word,
)
from generator.morph import _analyser, known_given_name  # the shared, cached pymorphy3 analysers
from generator.normalize import script_of
from generator.records import Token

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})
PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED", "ADVB", "NUMR", "COMP"})
NOMINAL_POS = frozenset({"NOUN", "ADJF", "PRTF", "None"})
OPEN_QUOTES = {"«": "»", "„": "“”", "“": "”", '"': '"'}
COORDINATORS = frozenset({",", "та", "і", "й", "и", "а", "також", "в", "у", "на"})
# Openings of compound names of companies and agencies ("Укртрансгаз", "Держгеокадастр").
ORG_PREFIXES = ("укр", "держ", "мін", "нац", "гідромет")
ORG_SUFFIXES = ("газ", "буд", "енерго", "энерго", "банк", "пром", "трейд", "сервіс", "сервис", "інвест", "инвест",
                "торг", "збут", "сбыт", "транс", "агро", "нафта", "нефть", "телеком", "зв'язок", "зв'язку", "фарм",
                "холдинг", "лізинг", "лизинг", "інформ", "информ", "авіація", "авиация", "атом", "космос",
                "надзор", "нагляд")
# Lemma endings of adjectives made from place names ("київський", "луцький", "запорізький").
PLACE_ADJECTIVE_ENDINGS = ("ський", "цький", "зький", "ский", "цкий", "зкий", "ська", "цька")
# Abbreviations of kinds of place: "П'ядицька ОТГ", "Богородчанське ПСГ", "АР Крим".
LOC_ABBREVIATIONS = frozenset({"ОТГ", "ПСГ", "АР", "АРК"})
# Place words that are written abbreviated with a period ("вул. Хрещатик", "с. Глеваха").
ABBREVIATED_PLACE_WORDS = frozenset({"м", "с", "г", "вул", "просп", "пров", "бульв", "пл", "ул", "пер"})
# Heads of organisations whose names go on with "з": "Державна служба з надзвичайних ситуацій".
SERVICE_HEADS = frozenset({"служба", "комісія", "комітет", "агентство", "управління", "інспекція", "рада"})
_ROMAN = re.compile(r"^[IVX]{1,5}$")
_QUOTE_MAX = 8
_CHAIN_MAX = 8


@dataclass(frozen=True)
class WordInfo:
    """What pymorphy3 says about one word, over its likely parses."""

    lemma: str
    pos: str | None  # of the best parse
    tags: frozenset[str]  # of the best parse
    cases: frozenset[str]  # over all parses
    lemmas: frozenset[str]  # over all parses
    proper: frozenset[str]  # Name/Surn/Patr/Geox/Orgn/Abbr over all parses
    known: bool
    poses: frozenset[str] = frozenset()  # parts of speech over all parses


@lru_cache(maxsize=300_000)
def info(lang: str, word: str) -> WordInfo:
    analyser = _analyser(lang)
    parses = analyser.parse(word)
    if not parses:
        return WordInfo(word.lower(), None, frozenset(), frozenset(), frozenset({word.lower()}), frozenset(), False)
    best = parses[0]
    tags: set[str] = set()
    lemmas: set[str] = set()
    poses: set[str] = set()
    for parse in parses[:8]:
        if parse.tag.POS == "VERB" and "impr" in parse.tag:
            continue  # an imperative reading ("освіти") says little in news text
        tags |= set(parse.tag.grammemes)
        lemmas.add(parse.normal_form)
        poses.add(str(parse.tag.POS))
    return WordInfo(best.normal_form, best.tag.POS, frozenset(best.tag.grammemes), frozenset(tags & CASES),
                    frozenset(lemmas), frozenset(tags & PROPER), bool(analyser.word_is_known(word)), frozenset(poses))


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """natasha's list of given names (lower case), where natasha is installed."""
    try:
        from natasha.data import FIRST, load_dict
    except ImportError:
        return frozenset()
    return frozenset(load_dict(FIRST))


def name_word(token: Token) -> bool:
    """Letters only, with inner apostrophes or hyphens ("Хом’як", "Іванов-Петров")."""
    return token.text[:1].isalpha() and all(c.isalpha() or c in "'’ʼ-" for c in token.text)


def is_abbreviation(token: Token) -> bool:
    text = token.text.replace("-", "")
    return len(text) >= 2 and text.isalpha() and text.isupper()


# Power plants (nuclear, hydro, thermal) and refineries by their abbreviations ("Курской АЭС", "Ільського НПЗ").
PLANT_ENGLISH = {"АЕС": "Nuclear Power Plant", "АЭС": "Nuclear Power Plant", "ГЕС": "Hydroelectric Power Plant",
                 "ГЭС": "Hydroelectric Power Plant", "ТЕС": "Thermal Power Plant", "ТЭС": "Thermal Power Plant",
                 "ТЕЦ": "Combined Heat and Power Plant", "ТЭЦ": "Combined Heat and Power Plant", "НПЗ": "Oil Refinery"}
_ROMAN_NUMERAL = re.compile(r"^[IVXLCІХ]+$")  # Latin letters or their Cyrillic look-alikes


def is_given_name(lang: str, token: Token) -> bool:
    if not cased(token) or not token.text.isalpha() or token.text.isupper():
        return False
    own = info(lang, token.text)
    if "Name" in own.proper:
        return True
    if own.known and own.lemmas & country_names(lang).keys():
        return False  # a country in one of its cases ("Канади"), though another language has the name
    other = "ru" if lang == "uk" else "uk"
    return "Name" in info(other, token.text).proper or token.text.lower() in _first_names() \
        or known_given_name(lang, token.text)  # "Вікторії", read first as the common noun


def is_adjective(lang: str, token: Token) -> bool:
    if not is_word(token):
        return False
    word = info(lang, token.text)
    if word.pos in ("ADJF", "PRTF"):
        return True
    return "-" in token.text and info(lang, token.text.rsplit("-", 1)[-1]).pos in ("ADJF", "PRTF")


def has_lemma(lang: str, token: Token, words: frozenset[str]) -> bool:
    if not is_word(token):
        return False
    return bool(info(lang, token.text).lemmas & words) or token.text.lower().strip(".") in words


def is_function_word(lang: str, token: Token) -> bool:
    """A pronoun, preposition, conjunction, particle, adverb or numeral in any of its readings."""
    word = info(lang, token.text)
    return token.text.lower() in lx.CYR_NOT_NAMES or bool(word.poses & FUNCTION_POS) or "Apro" in word.tags


def nominal(lang: str, token: Token) -> bool:
    """A noun or adjective in every reading (not also a verb, adverb or function word)."""
    return is_word(token) and info(lang, token.text).poses <= NOMINAL_POS


def _close_quote(tokens: Sequence[Token], i: int) -> int | None:
    closers = OPEN_QUOTES[tokens[i].text]
    for j in range(i + 1, min(len(tokens), i + 2 + 2 * _QUOTE_MAX)):
        if tokens[j].text in closers:
            return j
        if tokens[j].text in ".!?;:" and j + 1 < len(tokens) and tokens[j + 1].text not in closers:
            return None
    return None


def _org_phrase_start(lang: str, tokens: Sequence[Token], head: int) -> int | None:
    """Start of a capitalised phrase that ends in the organisation noun at `head`."""
    start = head
    while start - 1 >= 0 and is_adjective(lang, tokens[start - 1]) and not is_function_word(lang, tokens[start - 1]):
        start -= 1
    for k in range(start, head + 1):
        if cased(tokens[k]):
            return k
    return None


def opening(tokens: Sequence[Token], k: int) -> bool:
    """Whether token k opens the sentence (or a quotation or list item inside it)."""
    return k == 0 or tokens[k - 1].text in "«\"“„—–-:(•*"


def _place_adjective(lang: str, token: Token) -> bool:
    lemma = info(lang, token.text).lemma
    return lemma.endswith(PLACE_ADJECTIVE_ENDINGS)


def _kind_of_noun(lang: str, token: Token) -> str | None:
    if has_lemma(lang, token, lx.CYR_MISC_NOUNS):
        return "MISC"
    if has_lemma(lang, token, lx.CYR_LOC_NOUNS) or has_lemma(lang, token, lx.CYR_PLACE_NOUNS):
        return "LOC"
    if has_lemma(lang, token, lx.CYR_ORG_NOUNS):
        return "ORG"
    return None


def _legal_form_before(lang: str, tokens: Sequence[Token], before: int) -> int | None:
    """A legal form that opens the organisation phrase ending at `before`: "ТОВ фірма «…»",
    "ДП Міністерства оборони «…»"."""
    k = before
    while k >= 0 and before - k < 4:
        token = tokens[k]
        if is_abbreviation(token) and token.text.lower() in lx.CYR_LEGAL_FORMS:
            return k
        if not is_word(token) or is_function_word(lang, token) or not nominal(lang, token):
            return None
        k -= 1
    return None


def _content_kind(lang: str, tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The kind a quoted name's own head noun gives it: «Жуків острів», «Вісник …»."""
    if _kind_of_noun(lang, tokens[first]):
        return _kind_of_noun(lang, tokens[first])
    if last > first and all(is_adjective(lang, t) for t in tokens[first:last]):
        return _kind_of_noun(lang, tokens[last])
    return None


_PERSONAL = frozenset({"pers", "1per", "2per", "3per"})


def _spoken(lang: str, token: Token) -> bool:
    """A word that makes a quoted phrase speech, not a name: a verb, a short adjective as a
    predicate ("готовы"), a personal pronoun ("Ми", "Я")."""
    word = info(lang, token.text)
    return word.pos in ("VERB", "ADJS") or (word.pos == "NPRO" and bool(word.tags & _PERSONAL))


def _plural_participle(lang: str, token: Token) -> bool:
    """A participle in the plural, which opens a headline or a slogan ("«Налаштовані на успіх»"),
    not a name."""
    word = info(lang, token.text)
    return "plur" in word.tags and (word.pos == "PRTF" or bool(word.tags & {"pssv", "actv"}))


def quoted_names(lang: str, tokens: Sequence[Token]) -> list[Candidate]:
    """«Name» with what stands before it: a legal form, an organisation noun, a kind of work or place.
    Quoted names listed one after another share the kind of the first ("пісні «…», «…» і «…»")."""
    found: list[Candidate] = []
    previous: tuple[int, str] | None = None  # closing quote index and kind of the last quoted name
    i = 0
    while i < len(tokens):
        if tokens[i].text not in OPEN_QUOTES:
            i += 1
            continue
        j = _close_quote(tokens, i)
        if j is None or j == i + 1 or j - i - 1 > _QUOTE_MAX:
            i += 1
            continue
        inner = [k for k in range(i + 1, j) if tokens[k].text in OPEN_QUOTES]
        content_first = inner[-1] + 1 if inner else i + 1
        first = tokens[content_first] if content_first < j else None
        if first is None or not (first.text[:1].isupper() or first.text[:1].isdigit()):
            i += 1
            continue
        before = i - 1
        kind = "ORG"
        start_token: int | None = None
        legal = before
        while legal >= 0 and i - legal <= 2 and is_abbreviation(tokens[legal]) and \
                tokens[legal].text.lower() in lx.CYR_LEGAL_FORMS:
            start_token = legal
            legal -= 1
        noun_kind = _kind_of_noun(lang, tokens[before]) if before >= 0 else None
        if noun_kind is None and before >= 1 and _genitive(lang, tokens[before]) \
                and _kind_of_noun(lang, tokens[before - 1]) == "MISC":
            noun_kind = "MISC"  # a work or award of someone: "відзнаку Президента «…»", "премию мэрии «…»"
        listed = previous is not None and before >= 1 and tokens[before].text.lower() in (",", "і", "й", "та", "и") \
            and previous[0] == before - 1
        if start_token is None and listed and previous is not None:
            kind = previous[1]
        elif start_token is None and noun_kind == "ORG":
            start_token = _legal_form_before(lang, tokens, before)
            if start_token is None:
                start_token = _org_phrase_start(lang, tokens, before)
        elif start_token is None and noun_kind is not None:
            kind = noun_kind
            if has_lemma(lang, tokens[before], lx.CYR_STREET_WORDS):
                start_token = before
        elif start_token is None and not inner:
            own = _content_kind(lang, tokens, content_first, j - 1)
            if own is None and (any(_spoken(lang, t) for t in tokens[content_first:j])
                                or _plural_participle(lang, tokens[content_first])):
                i += 1
                continue  # a quoted phrase with a verb or a personal pronoun: speech, a slogan
            kind = own or "ORG"
        if start_token is not None:
            found.append(from_tokens(tokens, start_token, j, kind, PATTERN))
        elif not inner or tokens[before].text.lower() not in lx.CYR_LEGAL_FORMS:
            found.append(from_tokens(tokens, content_first, j - 1, kind, PATTERN - 5))
        previous = (j, kind)
        i = j + 1
    return found


def _genitive(lang: str, token: Token) -> bool:
    if not nominal(lang, token) or is_function_word(lang, token) or has_lemma(lang, token, lx.CYR_TIME_WORDS):
        return False
    word = info(lang, token.text)
    if cased(token) and (is_given_name(lang, token) or word.tags & {"Surn", "Patr"}) and not word.proper & {"Geox"}:
        return False  # a person's name after an organisation: "міськради Віталія Кличка"
    return "gent" in word.cases


def _named_after(tokens: Sequence[Token], n: int) -> int | None:
    """End of "імені Тараса Шевченка" / "ім. Т. Г. Шевченка" starting at n, if there is one."""
    if n >= len(tokens) or tokens[n].text.lower() not in ("імені", "ім", "имени", "им"):
        return None
    k = n + 1
    if tokens[n].text.lower() in ("ім", "им"):
        if k >= len(tokens) or tokens[k].text != ".":
            return None
        k += 1
    end = None
    while k < len(tokens) and cased(tokens[k]) and is_word(tokens[k]) and k - n <= 7:
        end = k
        k += 1
        if k < len(tokens) and tokens[k].text == "." and len(tokens[k - 1].text) == 1:
            k += 1
    return end


# Institutions named after a person by the surname alone, in the genitive ("Центр Разумкова",
# "Фонд Кличка", "Институт Гайдара").
_NAMED_FOR_HEADS = frozenset("центр фонд інститут институт університет университет музей театр бібліотека "
                             "библиотека академія академия школа ліцей лицей госпіталь госпиталь лікарня больница "
                             "премія премия".split())


def _named_for(lang: str, head: Token, word: Token) -> bool:
    """A capitalised institution noun, then a surname alone in the genitive: its name."""
    if not (cased(head) and cased(word)) or not has_lemma(lang, head, _NAMED_FOR_HEADS):
        return False
    parsed = info(lang, word.text)
    return "Surn" in parsed.tags and "gent" in parsed.cases


def organisation_chains(lang: str, tokens: Sequence[Token], known: Sequence[bool] = ()) -> list[Candidate]:
    """[Capitalised adjectives] organisation noun [genitive complements]: "Господарського суду
    Одеської області", "Міністерство культури України", "Одеська міськрада"; a title of a
    periodical or a law is MISC ("Вісник державних закупівель")."""
    found: list[Candidate] = []
    for head, token in enumerate(tokens):
        kind = _kind_of_noun(lang, token)
        if kind is None and cased(token) and not opening(tokens, head) and not (known and known[head]) \
                and _org_like(lang, token.text):
            kind = "ORG"  # "Держкомітету молодіжної політики" (not "України", a known name)
        if kind not in ("ORG", "MISC") or is_abbreviation(token):
            continue
        if kind == "MISC" and not cased(token):
            continue
        start = _org_phrase_start(lang, tokens, head)
        if start is None:
            continue
        end = head
        n = head + 1
        while n < len(tokens) and n - head <= _CHAIN_MAX:
            nxt = tokens[n]
            named = _named_after(tokens, n)
            if named is not None:
                end = named
                break
            if nxt.text.lower() in lx.CYR_SETTLEMENT_WORDS and n + 2 < len(tokens) and tokens[n + 1].text == "." \
                    and cased(tokens[n + 2]):
                end = n = n + 2
                n += 1
                continue
            if is_abbreviation(nxt) and nxt.text.lower() not in lx.CYR_LEGAL_FORMS:
                end = n
                n += 1
                continue
            if nxt.text.lower() in ("з", "із") and n + 1 < len(tokens) and _genitive(lang, tokens[n + 1]) \
                    and has_lemma(lang, token, SERVICE_HEADS):
                n += 1
                continue
            if n + 1 < len(tokens) and cased(tokens[n + 1]) and (is_given_name(lang, nxt) or (
                    cased(nxt) and known_given_name(lang, nxt.text))):
                break  # "Секретаріату Коордштабу Вікторії Петрук": the person who speaks for it
            if _genitive(lang, nxt) or (n == head + 1 and _named_for(lang, token, nxt)):
                end = n
                n += 1
                continue
            if nxt.text.lower() in ("та", "і", "й", ",") and end == n - 1 > head and n + 1 < len(tokens) \
                    and not cased(tokens[n - 1]) and _genitive(lang, tokens[n + 1]) and not cased(tokens[n + 1]):
                n += 1  # "Міністерство молоді та спорту України"
                continue
            break
        while end > head and is_adjective(lang, tokens[end]):
            end -= 1
        capitals = [k for k in range(start, end + 1) if cased(tokens[k])]
        if not capitals:
            continue
        if capitals == [start] and opening(tokens, start):
            # A capital that only opens the sentence: "Суд визнав…", "Аналітичний центр компанії…"
            if start == head or not (has_lemma(lang, tokens[start], lx.CYR_ORG_ADJECTIVES)
                                     or _place_adjective(lang, tokens[start])):
                continue
        found.append(from_tokens(tokens, start, end, kind, PATTERN))
    return found


def regions(lang: str, tokens: Sequence[Token]) -> list[Candidate]:
    """A place adjective and a region or place noun ("Київській області", "Дністровського
    водосховища"), each of coordinated ones ("Полтавській та Сумській областях"), adjectives
    before an abbreviation ("Сокирянська РДА"), and settlement or street names after their noun."""
    found: list[Candidate] = []
    for k, token in enumerate(tokens):
        if cased(token) and (stem := region_stem(info(lang, token.text).lemma)) and cities_of_stem(stem):
            found.append(from_tokens(tokens, k, k, "LOC", REGION))  # "на Донеччині", "Київщину"
            continue
        region_noun = (has_lemma(lang, token, lx.CYR_REGION_NOUNS) and not is_abbreviation(token)) \
            or token.text in LOC_ABBREVIATIONS
        place_noun = has_lemma(lang, token, lx.CYR_PLACE_NOUNS) and not is_abbreviation(token)
        if (region_noun or place_noun) and k > 0 and cased(tokens[k - 1]) and is_adjective(lang, tokens[k - 1]) \
                and not (opening(tokens, k - 1) and not _place_adjective(lang, tokens[k - 1]) and not cased(token)):
            found.append(from_tokens(tokens, k - 1, k, "LOC", REGION))
            if region_noun and ("plur" in info(lang, token.text).tags or token.text.isupper()):
                j = k - 2
                while j >= 0:
                    while j >= 0 and tokens[j].text.lower() in COORDINATORS:
                        j -= 1
                    if j >= 0 and cased(tokens[j]) and is_adjective(lang, tokens[j]) and j > 0 \
                            and tokens[j + 1].text.lower() in COORDINATORS:
                        found.append(from_tokens(tokens, j, j, "LOC", REGION))
                        j -= 1
                    else:
                        break
        elif is_abbreviation(token) and k > 0 and cased(tokens[k - 1]) and is_adjective(lang, tokens[k - 1]) \
                and token.text.lower() not in lx.CYR_NOT_ORG_ABBR | lx.CYR_LEGAL_FORMS:
            start = k - 1
            while start - 1 >= 0 and cased(tokens[start - 1]) and is_adjective(lang, tokens[start - 1]):
                start -= 1
            found.append(from_tokens(tokens, start, k, "LOC" if token.text in LOC_ABBREVIATIONS else "ORG", REGION))
        key = token.text.lower()
        street = key in lx.CYR_STREET_WORDS or (len(key) > 3 and has_lemma(lang, token, lx.CYR_STREET_WORDS))
        if street or key in lx.CYR_SETTLEMENT_WORDS:
            n = k + 1
            if n < len(tokens) and tokens[n].text == ".":
                n += 1
            elif key in ABBREVIATED_PLACE_WORDS:
                continue  # the abbreviation needs its period
            if n >= len(tokens) or not cased(tokens[n]) or not is_word(tokens[n]):
                continue
            end = n
            while end + 1 < len(tokens) and end - n < 2 and cased(tokens[end + 1]) and is_word(tokens[end + 1]) \
                    and tokens[end + 1].start - tokens[end].end <= 1:
                end += 1
            if street or key == "с":
                if end + 2 < len(tokens) and tokens[end + 1].text == "," and tokens[end + 2].text[:1].isdigit():
                    end += 2
                found.append(from_tokens(tokens, k, end, "LOC", REGION))
            else:
                found.append(from_tokens(tokens, n, end, "LOC", REGION))
    return found


def _title(lang: str, token: Token) -> bool:
    """A title or role before a name ("Єврокомісар", "министр"), by its lemma."""
    return token.text.casefold() in lx.CYR_TITLES or _lemma(lang, token) in lx.CYR_TITLES


def _unknown_name(lang: str, token: Token) -> bool:
    """A capitalised word the dictionary does not know, or knows only as a name."""
    if not cased(token) or not name_word(token) or is_abbreviation(token) or is_function_word(lang, token) \
            or _title(lang, token):
        return False
    word = info(lang, token.text)
    return not word.known or (bool(word.proper & {"Name", "Surn", "Patr"}) and word.pos == "NOUN")


def _surname_before(lang: str, token: Token) -> bool:
    """A capitalised word before a given name and patronymic that can be a surname (a name the
    dictionary knows as one, or does not know)."""
    if not cased(token) or not name_word(token) or is_abbreviation(token) or is_function_word(lang, token):
        return False
    word = info(lang, token.text)
    return not word.known or "Surn" in word.proper


def _only_a_place(lang: str, token: Token) -> bool:
    """A country's name, in any case, that the dictionary knows as no person's ("Україні", "России")."""
    word = info(lang, token.text)
    return bool(word.lemmas & country_names(lang).keys()) and not word.proper & {"Name", "Surn", "Patr"}


def people(lang: str, tokens: Sequence[Token]) -> list[Candidate]:
    """Given name [patronymic] surname [regnal number], initials before a surname
    ("Т. Г. Шевченка"), and two capitalised words the dictionary does not know ("Тоні Джадт")."""
    found: list[Candidate] = []
    for k, token in enumerate(tokens):
        if is_given_name(lang, token) and not is_function_word(lang, token) and not _title(lang, token):
            # ("Але Росія": "but", no Ale; "Єврокомісар" is a title the names list holds by mistake)
            n = k + 1
            if n < len(tokens) and _ROMAN.match(tokens[n].text):
                found.append(from_tokens(tokens, k, n, "PER", PERSON))
            elif n < len(tokens) and cased(tokens[n]) and name_word(tokens[n]) and not is_abbreviation(tokens[n]) \
                    and not is_function_word(lang, tokens[n]) and _kind_of_noun(lang, tokens[n]) is None \
                    and not _only_a_place(lang, tokens[n]):  # "Слава Україні!": a slogan, no Slava
                end, start = n, k
                patronymic = "Patr" in info(lang, tokens[n].text).proper
                if patronymic and n + 1 < len(tokens) and cased(tokens[n + 1]) and name_word(tokens[n + 1]):
                    end = n + 1
                elif patronymic and k > 0 and _surname_before(lang, tokens[k - 1]):
                    start = k - 1  # "Баранюку Володимиру Анатолійовичу": a decree's list, surname first
                found.append(from_tokens(tokens, start, end, "PER", PERSON))
        elif len(token.text) == 1 and cased(token) and token.text.isalpha():
            n = k
            while n + 1 < len(tokens) and tokens[n + 1].text == "." and n + 2 < len(tokens) \
                    and len(tokens[n + 2].text) == 1 and tokens[n + 2].text.isupper():
                n += 2
            if n + 2 < len(tokens) and tokens[n + 1].text == "." and cased(tokens[n + 2]) \
                    and len(tokens[n + 2].text) > 2 and name_word(tokens[n + 2]) and not is_abbreviation(tokens[n + 2]):
                if k == 0 or tokens[k - 1].text.lower().strip(".") not in lx.CYR_STREET_WORDS | {"ім", "им"}:
                    found.append(from_tokens(tokens, k, n + 2, "PER", PERSON))
        elif k + 2 < len(tokens) and _title(lang, token) and _unknown_name(lang, tokens[k + 1]) \
                and cased(tokens[k + 2]) and name_word(tokens[k + 2]) and not is_abbreviation(tokens[k + 2]) \
                and not _only_a_place(lang, tokens[k + 2]) and _kind_of_noun(lang, tokens[k + 2]) is None \
                and not (k + 3 < len(tokens) and cased(tokens[k + 3]) and is_word(tokens[k + 3])):
            # a title and two capitalised words: a foreigner's given name and surname ("Єврокомісар Валдіс
            # Домбровскіс"), whichever the dictionary knows
            found.append(from_tokens(tokens, k + 1, k + 2, "PER", PERSON))
        elif k + 1 < len(tokens) and _unknown_name(lang, token) and _unknown_name(lang, tokens[k + 1]) \
                and tokens[k + 1].start - token.end <= 1 and not (k + 2 < len(tokens) and cased(tokens[k + 2])
                                                                  and is_word(tokens[k + 2])) \
                and not _latin_outlet(tokens[k:k + 2]):
            found.append(from_tokens(tokens, k, k + 1, "PER", UNKNOWN_PAIR))
    return found


# "Fox News", "Het Laatste Nieuws" in Cyrillic text: an outlet's words, or a foreign article opening a name
_FOREIGN_ARTICLES = frozenset("the het de le la les el die der das il".split())


def _latin_outlet(pair: Sequence[Token]) -> bool:
    words = [t.text.lower() for t in pair]
    return all(script_of(t.text) == "latin" for t in pair) and (
        any(w in lx.EN_ORG_WORDS for w in words) or words[0] in _FOREIGN_ARTICLES)


def patterns(lang: str, tokens: Sequence[Token], known: Sequence[bool] = ()) -> list[Candidate]:
    """Every structural candidate of one sentence (`known`: tokens a registry or gazetteer name covers)."""
    return (quoted_names(lang, tokens) + organisation_chains(lang, tokens, known) + regions(lang, tokens)
            + people(lang, tokens))



# Military units named by their number: "92-ї окремої механізованої бригади", "155-й гвардейской
# отдельной бригады морской пехоты". By lemma: the unit nouns, the adjectives before them and the
# complements after them, in their English names (92nd Separate Mechanized Brigade).
UNIT_NOUNS = {"бригада": "Brigade", "полк": "Regiment", "батальйон": "Battalion", "батальон": "Battalion",
              "дивізія": "Division", "дивизия": "Division", "корпус": "Corps"}
UNIT_ADJECTIVES = {
    "окремий": "Separate", "отдельный": "Separate", "механізований": "Mechanized", "механизированный": "Mechanized",
    "гвардійський": "Guards", "гвардейский": "Guards", "десантно-штурмовий": "Air Assault",
    "десантно-штурмовой": "Air Assault", "мотострілецький": "Motor Rifle", "мотострелковый": "Motor Rifle",
    "парашутно-десантний": "Parachute", "парашютно-десантный": "Parachute", "десантний": "Airborne",
    "десантный": "Airborne", "штурмовий": "Assault", "штурмовой": "Assault", "танковий": "Tank", "танковый": "Tank",
    "артилерійський": "Artillery", "артиллерийский": "Artillery", "президентський": "Presidential",
    "гірсько-штурмовий": "Mountain Assault", "горно-штурмовой": "Mountain Assault", "аеромобільний": "Airmobile",
    "аэромобильный": "Airmobile", "мотопіхотний": "Motorized Infantry", "мотопехотный": "Motorized Infantry",
    "прикордонний": "Border", "пограничный": "Border", "ракетний": "Missile", "ракетный": "Missile",
    "зенітний": "Anti-Aircraft", "зенитный": "Anti-Aircraft", "стрілецький": "Rifle", "стрелковый": "Rifle",
    "інженерний": "Engineer", "инженерный": "Engineer", "розвідувальний": "Reconnaissance",
    "разведывательный": "Reconnaissance", "загальновійськовий": "Combined Arms", "общевойсковой": "Combined Arms",
}
UNIT_COMPLEMENTS = {
    ("тактичний", "авіація"): "Tactical Aviation", ("тактический", "авиация"): "Tactical Aviation",
    ("морський", "піхота"): "Marine", ("морской", "пехота"): "Marine",
    ("територіальний", "оборона"): "Territorial Defense", ("территориальный", "оборона"): "Territorial Defense",
    ("спеціальний", "призначення"): "Special Purpose", ("специальный", "назначение"): "Special Purpose",
    ("оперативний", "призначення"): "Operational Purpose", ("оперативный", "назначение"): "Operational Purpose",
}
UNIT_SOURCE = "unit"  # the source of a unit's mention: its English name is made from its words
_NUMBER = re.compile(r"^\d{1,4}$")
_ORDINAL_ENDING = re.compile(r"^[а-яіїєґё]{1,3}$")


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def military_units(lang: str, tokens: Sequence[Token]) -> list[tuple[Candidate, str]]:
    """Military units named by their number, with their English names: a number with its ordinal
    ending, the unit's adjectives, its noun, and a complement ("бригади тактичної авіації")."""
    found: list[tuple[Candidate, str]] = []
    for i, token in enumerate(tokens):
        if not _NUMBER.match(token.text):
            continue
        k = i + 1
        if not (k + 1 < len(tokens) and tokens[k].text in "-–" and _ORDINAL_ENDING.match(tokens[k + 1].text.lower())):
            continue  # "10 бригад" counts brigades; "92-ї бригади" names one by its ordinal
        k += 2
        adjectives: list[str] = []
        while k < len(tokens) and len(adjectives) < 4 and (word := UNIT_ADJECTIVES.get(_lemma(lang, tokens[k]))):
            adjectives.append(word)
            k += 1
        noun = UNIT_NOUNS.get(_lemma(lang, tokens[k])) if k < len(tokens) else None
        if noun is None:
            continue
        end = k
        if k + 2 < len(tokens) and (extra := UNIT_COMPLEMENTS.get((_lemma(lang, tokens[k + 1]),
                                                                   _lemma(lang, tokens[k + 2])))):
            adjectives.append(extra)
            end = k + 2
        name = " ".join([_ordinal(int(token.text)), *adjectives, noun])
        found.append((Candidate(token.start, tokens[end].end, "ORG", PATTERN, None, UNIT_SOURCE), name))
    return found


def _lemma(lang: str, token: Token) -> str:
    return (token.lemma or info(lang, token.text).lemma or token.text).lower()


def _org_like(lang: str, word: str) -> bool:
    """A compound name of an agency or company: "Держекоінспекція", "Київрада", "Укртрансгаз"."""
    lowered = word.lower()
    if len(lowered) < 6 or info(lang, word).pos not in ("NOUN", None):
        return False
    if lowered.startswith(ORG_PREFIXES) or lowered.endswith(ORG_SUFFIXES):
        # "Держекоінспекція", but not "Держави" ("Держави Катар": the State of Qatar, the country's own name)
        return info(lang, word).lemma != "держава"
    lemma = info(lang, word).lemma
    return lemma.endswith(ORG_SUFFIXES) or any(lemma.endswith(noun) and len(lemma) - len(noun) >= 3
                                               for noun in _compound_heads())


def compound_organisation(lang: str, word: str) -> bool:
    """A one-word name made like an agency's or a company's ("Газпромбанк", "Росавіація"), not a
    person's or a place's the dictionary knows."""
    found = info(lang, word)
    return " " not in word and _org_like(lang, word) and not found.tags & {"Surn", "Name", "Patr"} \
        and "Geox" not in found.proper


@lru_cache(maxsize=1)
def _compound_heads() -> tuple[str, ...]:
    return tuple(sorted(noun for noun in lx.CYR_ORG_NOUNS if len(noun) >= 4 and "'" not in noun))


def type_of_run(lang: str, run: Sequence[Token], initial: bool) -> str | None:
    """Type of a run of capitalised words that no pattern or gazetteer claimed."""
    words = [t.text for t in run]
    infos = [info(lang, w) for w in words]
    if len(words) == 1:
        word, wi = words[0], infos[0]
        if len(word) < 2:
            return None  # a lone letter: an initial, a grade, the network "X"
        if is_abbreviation(run[0]):
            if word.lower() in lx.CYR_NOT_ORG_ABBR | lx.CYR_LEGAL_FORMS or _ROMAN_NUMERAL.match(word):
                return None  # a thing ("ППО": air defence), a legal form, a number ("ІІІ ступеня")
            if word.upper() in PLANT_ENGLISH:
                return None  # "НПЗ" alone: a refinery, no name of one
            return "ORG"
        if script_of(word) != "cyrillic":
            return "ORG"  # a Latin word in Cyrillic text names a firm or an outlet ("Astra пишет", "у McKinsey")
        if initial and (is_function_word(lang, run[0]) or (wi.known and not wi.tags & PROPER)):
            return None
        if wi.tags & {"Surn", "Name", "Patr"}:
            return "PER"
        if "Orgn" in wi.tags or _org_like(lang, word):
            return "ORG"
        if "Geox" in wi.proper:
            return "LOC"
        if is_function_word(lang, run[0]) or wi.pos not in ("NOUN", None) or "anim" in wi.tags:
            return None
        return "LOC"
    if any("Orgn" in w.tags for w in infos):
        return "ORG"
    if all(w.tags & {"Name", "Surn", "Patr"} for w in infos[:2]):
        return "PER"
    if all(script_of(w) != "cyrillic" for w in words):
        return "ORG"
    return None


def fallback(lang: str, tokens: Sequence[Token], taken: Sequence[bool]) -> list[Candidate]:
    """Runs of capitalised words nobody claimed, typed by dictionary tags and word shape."""
    found: list[Candidate] = []
    i = 0
    while i < len(tokens):
        if taken[i] or not cased(tokens[i]) or not is_word(tokens[i]):
            i += 1
            continue
        # An abbreviation (США, НАТО) stands alone: it neither starts nor joins a longer run.
        j = i if is_abbreviation(tokens[i]) else capitalised_run_end(tokens, taken, i, is_abbreviation)
        initial = i == 0 or tokens[i - 1].text in "«\"“—–-:(" or (i == 1 and not is_word(tokens[0]))
        run = list(tokens[i:j + 1])
        while run and initial and len(run) > 1 and (is_function_word(lang, run[0]) or (
                info(lang, run[0].text).known and not info(lang, run[0].text).tags & PROPER)):
            run.pop(0)
            initial = False
        kind = type_of_run(lang, run, initial) if run else None
        if kind == "LOC" and j + 1 < len(tokens) and has_lemma(lang, tokens[j + 1], lx.CYR_SPANS_OF_TIME):
            kind = None  # "до Нового року": a time
        if kind:
            found.append(Candidate(run[0].start, run[-1].end, kind, RULE))
        i = j + 1
    return found
