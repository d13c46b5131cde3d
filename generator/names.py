"""Personal names: known given names and surnames, romanisation, and usual English spellings.

A name found in a Ukrainian or Russian article is written the way that language transcribes it
("Джейк Салліван", "Люк Коффі"). Its usual English spelling is found by undoing the
transcription conventions letter by letter (Г is often H, Дж is J, Уо/Во is W, a stands for u,
final і for ey, a silent e may be added, ...), cheapest changes first, and keeping the first
spelling that a real list of given names and surnames knows: the names-dataset package (given
names and surnames ranked by country, from public records of many countries). Where no
candidate is known, the national standard romanisation is used (Ukrainian: the 2010 national
system; Russian: BGN/PCGN), and the name is marked as a romanisation. A foreign name written in
Arabic letters is read back the same way, with the short vowels Arabic leaves out restored.
"""

from __future__ import annotations

import gzip
import hashlib
import heapq
import math
import pickle
import re
import threading
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from generator.files import cached_pickle, user_cache
from generator.fingerprints import package_version

# A name ranked within the first RANK_LIMIT of one of these countries in names-dataset is a known
# name: the countries whose people English-language news writes in their own Latin spelling.
RANK_LIMIT = 15_000
COUNTRIES = frozenset(
    "US GB CA AU NZ IE DE AT CH FR BE NL LU IT ES PT SE NO DK FI IS PL CZ SK HU RO HR SI EE LV LT TR IL "
    "MX BR AR CL JP".split())
# Arab countries: their people's names as they write them in Latin letters ("Hazem Badawi", "Sameh"),
# for names of Arabs written in Arabic, which the foreigners' list reads as Bedoya or Samah.
ARAB_COUNTRIES = frozenset("EG SA AE JO IQ KW LB MA DZ TN LY OM PS QA SY SD YE BH".split())
ARAB_MARGIN = 1.0  # Arab countries' lists hold many foreign names too: an Arab reading must be clearly better
# Most foreigners in this news are from English-speaking countries: their names are preferred,
# and a name known only elsewhere costs OTHER_COUNTRY more.
ENGLISH_SPEAKING = frozenset("US GB CA AU NZ IE".split())
OTHER_COUNTRY = 1.0
# How much a name's popularity counts against the cost of respelling it (per factor of ten in rank).
POPULARITY = 1.0
# A common English-speaking name this cheap to reach wins even where the word also reads as a name
# of the region ("Майкл" is Michael, though Russians write "Maykl" too).
COMMON_FOREIGN = 1.5
# A given name at least this common (NameList.rank) is evidence of a person's name.
GIVEN_NAME_RARITY = 4.6
# Above this score (cost plus rarity) a known name is too far-fetched: the romanisation stands.
MAX_SCORE = 5.0
# A name found only without a case ending must be this likely (stricter than MAX_SCORE).
UNINFLECTED_SCORE = 3.0
# ... and for a surname that ends like a Slavic one, whose stem is a foreign name ("Салливана").
UNINFLECTED_FOREIGN_SCORE = 3.5
# Above this cost a respelling is a guess, not the name's usual spelling.
MAX_COST = 2.6

# Ukrainian national romanisation (Cabinet of Ministers resolution 55, 2010): word-initial forms
# first, then the rest.
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    # Russian letters in Ukrainian text (quoted Russian names): as BGN/PCGN
    "ы": "y", "э": "e", "ё": "e", "ъ": "",
}
# Russian BGN/PCGN (1947), simplified as English-language media use it (no diacritics).
_RU_INITIAL = {"е": "ye", "ё": "yo"}
_RU_AFTER_YE = frozenset("аеёиоуыэюяьъй")  # е after these is "ye"
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian letters in Russian text: as the Ukrainian system reads them
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": "",
}

# How Cyrillic transcribes English, German, French ... names, undone: for each Cyrillic letter or
# group, the Latin spellings it can stand for, with a cost (0 = the national romanisation).
_RESPELL: dict[str, tuple[tuple[str, float], ...]] = {
    "а": (("a", 0), ("u", 1.0), ("e", 1.4), ("o", 1.4)),
    "б": (("b", 0), ("bb", 1.0)),
    "в": (("v", 0), ("w", 0.9), ("vv", 1.5)),
    "г": (("h", 0.3), ("g", 0.3), ("gh", 1.6)),
    "ґ": (("g", 0),),
    "д": (("d", 0), ("dd", 1.0)),
    "дж": (("j", 0.2), ("g", 0.6), ("dg", 1.2)),
    "е": (("e", 0), ("a", 1.2), ("ea", 1.4), ("i", 1.5), ("ee", 1.5)),
    "є": (("ye", 0), ("e", 0.5), ("ie", 0.5)),
    "ей": (("ey", 0.3), ("ay", 0.8), ("a", 1.0), ("ei", 0.6), ("ai", 1.2)),
    "ай": (("ai", 0.3), ("y", 1.0), ("i", 1.0), ("igh", 1.6), ("ay", 0.8), ("ei", 0.6)),  # ei: German (Seibert)
    "ой": (("oy", 0.3), ("oi", 0.6)),
    "ж": (("zh", 0), ("j", 1.0), ("g", 1.2), ("s", 1.6)),
    "з": (("z", 0), ("s", 0.6), ("zz", 1.4), ("th", 1.2)),
    "и": (("y", 0.2), ("i", 0.2), ("e", 1.5), ("ee", 1.3), ("ie", 1.2), ("ea", 1.3), ("ey", 1.2)),
    "і": (("i", 0), ("ee", 1.2), ("y", 0.9), ("ie", 1.0), ("ei", 1.2), ("e", 1.4), ("ey", 1.2)),
    "ї": (("yi", 0), ("i", 0.5)),
    "й": (("y", 0), ("i", 0.4)),
    "йе": (("ye", 0), ("ie", 0.4), ("je", 0.8)),  # German j: Йенс
    "к": (("k", 0), ("c", 0.4), ("ck", 0.8), ("ch", 1.0), ("q", 1.5)),
    "кс": (("ks", 0.2), ("x", 0.4), ("cks", 1.2)),
    "кв": (("kv", 0.2), ("qu", 0.8)),
    "л": (("l", 0), ("ll", 0.7)),
    "м": (("m", 0), ("mm", 1.0)),
    "н": (("n", 0), ("nn", 0.8)),
    "о": (("o", 0), ("a", 1.1), ("oh", 1.0), ("ou", 1.2), ("oa", 1.3), ("al", 1.3), ("au", 1.5), ("aw", 1.6)),
    "ау": (("au", 0.2), ("ow", 0.8), ("aw", 1.0)),
    "ая": (("aya", 0), ("aia", 0.3), ("ia", 0.8)),
    "ер": (("er", 0), ("ur", 1.1), ("ear", 1.2), ("ar", 1.2)),
    "ью": (("yu", 0.2), ("iu", 0.5), ("ew", 0.7), ("eu", 1.0), ("hew", 1.3)),
    "п": (("p", 0), ("pp", 1.0)),
    "р": (("r", 0), ("rr", 1.0)),
    "с": (("s", 0), ("c", 0.5), ("ss", 0.7), ("sc", 1.4)),
    "т": (("t", 0), ("th", 0.9), ("tt", 0.9)),
    "у": (("u", 0), ("oo", 1.0), ("ou", 1.2), ("w", 1.1)),
    "уо": (("wa", 1.2), ("wo", 1.0)),
    "уэ": (("ue", 0.3), ("we", 0.6), ("whe", 0.8), ("wa", 1.2)),  # Уэлч, Уэст: Welch, West
    "уэй": (("uey", 0.3), ("way", 0.5), ("wei", 1.0)),  # Уэйн: Wayne
    "уі": (("wi", 0.8), ("whe", 1.0), ("whi", 1.0)),
    "уи": (("wi", 0.8), ("whe", 1.0), ("whi", 1.0), ("we", 1.0)),
    "айкл": (("ichael", 0.4), ("ikl", 0.6)),
    "мак": (("mak", 0), ("mac", 0.3), ("mc", 0.3)),  # Scottish and Irish names: McCartney, MacArthur
    # Japanese names, written the Russian way (Polivanov), back to Hepburn as English writes them.
    "си": (("si", 0), ("shi", 0.6)), "ти": (("ti", 0), ("chi", 0.8)), "дз": (("dz", 0), ("z", 0.5)),
    "дзи": (("dzi", 0), ("ji", 0.6)), "сю": (("syu", 0), ("shu", 0.6)), "тю": (("tyu", 0), ("chu", 0.8)),
    "ф": (("f", 0), ("ff", 0.6), ("ph", 0.9)),
    "х": (("kh", 0), ("h", 0.3), ("ch", 1.0)),
    "ц": (("ts", 0), ("z", 0.9), ("tz", 1.0), ("c", 1.0)),
    "ч": (("ch", 0), ("tch", 1.0)),
    "ш": (("sh", 0), ("sch", 1.0)),
    "шт": (("sht", 0), ("st", 0.6)), "шп": (("shp", 0), ("sp", 0.6)),  # German st, sp: Steffen, Spahn
    "щ": (("shch", 0), ("sch", 1.2)),
    "ь": (("", 0),),
    "ъ": (("", 0),),
    "ю": (("yu", 0), ("u", 0.5), ("iu", 0.5), ("ew", 0.8), ("eu", 1.2)),
    "я": (("ya", 0), ("ia", 0.5), ("a", 1.4)),
    "ы": (("y", 0), ("i", 0.6)),
    "э": (("e", 0), ("a", 1.0)),
    "ё": (("yo", 0), ("e", 0.8), ("io", 0.8)),
    "'": (("", 0),), "’": (("", 0),), "ʼ": (("", 0),), "-": (("-", 0),),
}
_SILENT_E = 0.7  # English writes a final e that Cyrillic does not (Jake, Luke, George)
# A final -ey, -y or -ie of an English name is written і (и in Russian): cheaper there than inside a word.
_FINAL_I = (("y", 0.4), ("ey", 0.5), ("ie", 0.6))
_FINAL_CONSONANT = {"к": "k", "м": "m", "н": "n", "т": "t", "в": "v", "л": "l", "д": "d", "п": "p", "з": "s",
                    "с": "s", "р": "r", "б": "b", "ф": "f"}
_LONG_VOWELS = (("ей", "a"), ("ай", "i"), ("оу", "o"))
_GROUPS = sorted((k for k in _RESPELL if len(k) > 1), key=len, reverse=True)


def romanise(text: str, lang: str) -> str:
    """The national standard romanisation of a name (uk: 2010 system; ru: BGN/PCGN; else anyascii)."""
    if not re.search(r"[\u0400-\u04FF]", text):
        return anyascii(text)
    initial, table = (_UK_INITIAL, _UK) if lang == "uk" else (_RU_INITIAL, _RU)
    out: list[str] = []
    for word in re.split(r"(\s+|-)", text):
        letters: list[str] = []
        for n, ch in enumerate(word):
            low = ch.lower()
            if lang == "uk" and low == "г" and n > 0 and word[n - 1].lower() == "з":
                latin = "gh"  # зг -> zgh, not zh (2010 system)
            elif n == 0 and low in initial:
                latin = initial[low]
            elif lang != "uk" and low == "ё" and n and word[n - 1].lower() in _CONSONANTS \
                    and word[n + 1:n + 2].lower() == "в" and len(word) - n <= 5:
                latin = "e"  # the surname ending -ёв as English-language news writes it: Gorbachev, Korolev
            elif lang != "uk" and low in "её" and word[n - 1].lower() in _RU_AFTER_YE:
                latin = "y" + table[low].removeprefix("y")  # Vasilyeva, Alekseyev, Solovyov (BGN/PCGN)
            elif lang != "uk" and low == "ь" and word[n + 1:n + 2].lower() == "и":
                latin = "y"  # Ilyin
            else:
                latin = table.get(low, anyascii(ch).lower())
            letters.append(latin.capitalize() if ch.isupper() and latin else latin)
        latin_word = "".join(letters)
        if lang != "uk" and word[-2:].lower() in ("ий", "ый") and len(word) > 3:
            latin_word = latin_word[:-2] + "y"  # Dmitry, Olevsky: as English-language media write them
        out.append(latin_word)
    return "".join(out)


@dataclass
class NameList:
    """Given names and surnames (lower case) known in Latin-script countries, with how rare each is."""

    given: dict[str, float] = field(default_factory=dict)  # name -> rarity score (see _ranked)
    surnames: dict[str, float] = field(default_factory=dict)
    prefixes: list[str] = field(default_factory=list)  # every name of both lists, sorted
    # Names of Russia as its people write them in Latin letters: with the Slavic name endings, the
    # sign of a name of the region (names-dataset has no list for Ukraine).
    native: dict[str, frozenset[str]] = field(default_factory=dict)
    female: dict[str, float] = field(default_factory=dict)  # given name -> share of women who bear it
    arab_given: dict[str, float] = field(default_factory=dict)  # as `given`, ranked in ARAB_COUNTRIES
    arab_surnames: dict[str, float] = field(default_factory=dict)

    def knows_prefix(self, prefix: str) -> bool:
        at = bisect_left(self.prefixes, prefix)
        return at < len(self.prefixes) and self.prefixes[at].startswith(prefix)

    def rank(self, word: str, position: str, arab: bool = False) -> float | None:
        """The rarity score of a lower-case word as a given name ('given'), surname ('surname') or
        either ('any'), among names of Latin-script countries or (`arab`) of Arab ones; None when it
        is no known name. Lower is more common."""
        tables = (("given", self.arab_given), ("surname", self.arab_surnames)) if arab \
            else (("given", self.given), ("surname", self.surnames))
        ranks = [table[word] for name, table in tables if position in (name, "any") and word in table]
        return min(ranks) if ranks else None


def _ranked(table: dict[str, dict[str, object]], countries: frozenset[str] = COUNTRIES,
            preferred: frozenset[str] = ENGLISH_SPEAKING) -> dict[str, float]:
    """Name -> a popularity score among these countries: log10 of its best rank, plus OTHER_COUNTRY
    where that rank is not in a preferred country."""
    out: dict[str, float] = {}
    for name, info in table.items():
        ranks = info.get("rank") if isinstance(info, dict) else None
        if not isinstance(ranks, dict) or not ranks or " " in name or not (name.isascii() and name.isalpha()):
            continue
        scores = [math.log10(int(r)) * POPULARITY + (0 if c in preferred else OTHER_COUNTRY)
                  for c, r in ranks.items() if c in countries and isinstance(r, int | float) and 0 < r <= RANK_LIMIT]
        if scores:
            key = name.lower()
            out[key] = min(min(scores), out.get(key, math.inf))
    return out


_NATIVE_COUNTRIES = {"ru": "RU"}


def _female(table: dict[str, dict[str, object]], known: dict[str, float]) -> dict[str, float]:
    """Share of women among the bearers of each known given name (names-dataset's gender field)."""
    shares: dict[str, float] = {}
    for name, info in table.items():
        gender = info.get("gender") if isinstance(info, dict) else None
        key = name.lower()
        if key in known and isinstance(gender, dict) and gender:
            shares[key] = round(float(gender.get("F") or 0.0), 2)
    return shares


def _native(table: dict[str, dict[str, object]], country: str) -> set[str]:
    found = set()
    for name, info in table.items():
        ranks = info.get("rank") if isinstance(info, dict) else None
        if isinstance(ranks, dict) and 0 < int(ranks.get(country) or 0) <= RANK_LIMIT and name.isascii():
            found.add(name.lower())
    return found


def _build() -> NameList:
    import names_dataset  # the data package: two pickles of names with ranks by country

    folder = Path(names_dataset.__file__).parent / "v3"
    lists = []
    arab = []
    native: dict[str, set[str]] = {lang: set() for lang in _NATIVE_COUNTRIES}
    female: dict[str, float] = {}
    for file in ("first_names.pkl.gz", "last_names.pkl.gz"):
        with gzip.open(folder / file, "rb") as handle:
            table = pickle.load(handle)  # noqa: S301 - the package's own data
        lists.append(_ranked(table))
        arab.append(_ranked(table, ARAB_COUNTRIES, ARAB_COUNTRIES))
        for lang, country in _NATIVE_COUNTRIES.items():
            native[lang] |= _native(table, country)
        if file.startswith("first"):
            female = _female(table, lists[0])
        del table
    given, surnames = lists
    return NameList(given, surnames, sorted(set(given) | set(surnames) | set(arab[0]) | set(arab[1])),
                    {lang: frozenset(found) for lang, found in native.items()}, female, arab[0], arab[1])


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def name_list() -> NameList:
    """The name list, built from names-dataset once per machine (about 15 s) and kept in the user cache."""
    version = package_version("names-dataset") or "none"
    with _LOCK:
        # One key for everything the list is built from, so a new one replaces the old file.
        settings = f"{version}|{RANK_LIMIT}|{POPULARITY}|{OTHER_COUNTRY}|{sorted(COUNTRIES)}|native|gender|" \
                   f"{sorted(ARAB_COUNTRIES)}"
        key = hashlib.sha256(settings.encode()).hexdigest()[:16]
        path = user_cache() / f"names-{key}.pickle"
        return cached_pickle(path, NameList, _build)


Options = list[tuple[str, tuple[tuple[str, float], ...]]]  # letters read, and their spellings with costs


def _cheapest_spellings(word: str, options_at: Callable[[int, str], Options], silent_e: float,
                        most: int) -> list[tuple[float, str]]:
    """Latin spellings of a word, cheapest first (up to `most`), each step reading the letters at a
    position as `options_at` allows, pruned to known name prefixes; English may add a silent e."""
    names = name_list()
    heap: list[tuple[float, int, str]] = [(0.0, 0, "")]
    done: list[tuple[float, str]] = []
    seen: set[tuple[int, str]] = set()
    while heap and len(done) < most:
        cost, at, built = heapq.heappop(heap)
        if (at, built) in seen:
            continue
        seen.add((at, built))
        if at >= len(word):
            done.append((cost, built))
            if at == len(word) and built and built[-1] not in "aeiouy" and cost + silent_e <= MAX_COST:
                heapq.heappush(heap, (cost + silent_e, at + 1, built + "e"))
            continue
        for group, spellings in options_at(at, built):
            for latin, extra in spellings:
                nxt = built + latin
                total = cost + extra
                if total <= MAX_COST and (not nxt or names.knows_prefix(nxt)):
                    heapq.heappush(heap, (total, at + len(group), nxt))
    return done


def _respellings(word: str, whole: bool = True) -> list[tuple[float, str]]:
    """Latin spellings of a lower-case Cyrillic word (`whole`: not a stem less its case ending),
    cheapest first, pruned to known name prefixes."""
    def options_at(at: int, built: str) -> Options:
        options = [(group, _RESPELL[group]) for group in _GROUPS if word.startswith(group, at)]
        options.append((word[at], _RESPELL.get(word[at], ((anyascii(word[at]).lower(), 0),))))
        if at == len(word) - 1 and word[at] in "сз" and built and built[-1] not in "aeiouy":
            options.append((word[at], (("es", _SILENT_E),)))  # James, Jones, Charles
        if whole and at == len(word) - 1 and word[at] in "іи" and built:
            options.append((word[at], _FINAL_I))  # Carney (Карні), Whitney, Bradley, Calvey
        if at == len(word) - 3 and word[at + 2] in _FINAL_CONSONANT:
            # A vowel, a consonant and a silent e: Jake (Джейк), Mike (Майк), Luke (Люк), Jane (Джейн)
            for vowel, latin in _LONG_VOWELS:
                if word.startswith(vowel, at):
                    options.append((word[at:], ((latin + _FINAL_CONSONANT[word[at + 2]] + "e", 0.3),)))
        elif at == len(word) - 2 and word[at] in "юу" and word[at + 1] in _FINAL_CONSONANT:
            options.append((word[at:], (("u" + _FINAL_CONSONANT[word[at + 1]] + "e", 0.4),)))
        return options

    return _cheapest_spellings(word, options_at, _SILENT_E, 400)


# How Arabic writes English, French, German ... names, undone: for each letter or group, the Latin
# spellings it can stand for, with a cost. Arabic does not write short vowels: any of them may follow
# a letter, at _ARABIC_VOWEL's cost (Trevor: ت ر ي ف و ر; Roger: ر و ج ر).
_ARABIC_RESPELL: dict[str, tuple[tuple[str, float], ...]] = {
    "ا": (("a", 0), ("e", 0.6), ("o", 0.8), ("i", 1.0), ("", 0.8)), "أ": (("a", 0), ("o", 0.5), ("e", 0.5)),
    "إ": (("i", 0), ("e", 0.3)), "آ": (("a", 0),), "ب": (("b", 0), ("p", 0.3), ("bb", 0.8)),
    "ت": (("t", 0), ("tt", 0.8)), "ث": (("th", 0),), "ج": (("j", 0), ("g", 0.2), ("dg", 0.9)),
    "ح": (("h", 0),), "خ": (("kh", 0), ("ch", 0.6), ("h", 0.6)), "د": (("d", 0), ("dd", 0.8)),
    "ذ": (("th", 0), ("z", 0.5)), "ر": (("r", 0), ("rr", 0.6)), "ز": (("z", 0), ("s", 0.3), ("zz", 0.8)),
    "س": (("s", 0), ("c", 0.4), ("ss", 0.5), ("sc", 1.0)), "ش": (("sh", 0), ("ch", 0.5), ("sch", 0.9)),
    "ص": (("s", 0), ("c", 0.5)), "ض": (("d", 0),), "ط": (("t", 0),), "ظ": (("z", 0),),
    "ع": (("", 0.3), ("a", 0.3)), "غ": (("g", 0.2), ("gh", 0.3)),
    "ف": (("f", 0), ("v", 0.2), ("ph", 0.5), ("ff", 0.6)), "ڤ": (("v", 0),),
    "ق": (("q", 0.3), ("k", 0.3), ("c", 0.5)), "ك": (("k", 0), ("c", 0.2), ("ck", 0.6), ("ch", 0.7)),
    "كس": (("x", 0.3),), "ل": (("l", 0), ("ll", 0.4)), "م": (("m", 0), ("mm", 0.6)), "ن": (("n", 0), ("nn", 0.5)),
    "ه": (("h", 0), ("", 0.5)), "ة": (("a", 0), ("ah", 0.3)),
    "و": (("o", 0), ("u", 0), ("w", 0.1), ("oh", 0.3), ("ou", 0.4), ("oo", 0.4), ("wh", 0.5), ("ow", 0.7),
          ("v", 0.8), ("au", 0.8), ("aw", 0.9)),
    "ي": (("i", 0), ("y", 0.1), ("e", 0.2), ("ee", 0.4), ("ie", 0.5), ("ey", 0.5), ("ea", 0.6), ("a", 0.6),
          ("ai", 0.8)),  # a: the long a of James (جيمس), Jake, Blake
    "اي": (("i", 0.3), ("ai", 0.3), ("ay", 0.4), ("ey", 0.6)), "ى": (("a", 0), ("y", 0.3)),
    "ء": (("", 0),), "ئ": (("", 0), ("i", 0.3)), "ؤ": (("", 0), ("o", 0.3)), "تش": (("ch", 0),), "دج": (("j", 0),),
}
_ARABIC_GROUPS = sorted((k for k in _ARABIC_RESPELL if len(k) > 1), key=len, reverse=True)
_ARABIC_VOWEL = (("", 0.0), ("a", 0.35), ("e", 0.35), ("i", 0.45), ("o", 0.45), ("u", 0.5))
_ARABIC_SILENT_E = 0.5  # Price (برايس), Thorpe (ثورب)
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


def _arabic_respellings(word: str) -> list[tuple[float, str]]:
    """Latin spellings of an Arabic word, cheapest first, pruned to known name prefixes."""
    word = _ARABIC_MARKS.sub("", word)

    def options_at(at: int, built: str) -> Options:
        groups = [(group, _ARABIC_RESPELL[group]) for group in _ARABIC_GROUPS if word.startswith(group, at)]
        groups.append((word[at], _ARABIC_RESPELL.get(word[at], ())))
        return [(group, tuple((latin + vowel, extra + vowel_cost) for latin, extra in spellings
                              for vowel, vowel_cost in _ARABIC_VOWEL))
                for group, spellings in groups]

    return _cheapest_spellings(word, options_at, _ARABIC_SILENT_E, 300)


@lru_cache(maxsize=50_000)
def arabic_name_reading(word: str, position: str, arab: bool = False) -> tuple[str | None, float]:
    """The Latin name an Arabic word most likely writes, as a given name ('given') or surname
    ('surname'), a foreigner's or (`arab`) an Arab's, with its score (cost of the respelling plus
    the name's rarity); (None, inf) when no name is within MAX_SCORE."""
    names = name_list()
    best: tuple[float, str] | None = None
    for cost, latin in _arabic_respellings(word):
        rarity = names.rank(latin, position, arab)
        if rarity is not None and cost + rarity <= MAX_SCORE and (best is None or cost + rarity < best[0]):
            best = (cost + rarity, latin)
    return (best[1], best[0]) if best else (None, math.inf)


@dataclass(frozen=True)
class Spelling:
    """A Latin spelling of a name and how it was found."""

    latin: str
    known: bool  # every word was found in the list of names (else: a standard romanisation)


@lru_cache(maxsize=50_000)
def english_spelling(name: str, lang: str) -> Spelling:
    """The usual English spelling of a personal name written in Cyrillic ("Джейк Салліван" -> Jake Sullivan)."""
    if re.search(r"[\u0600-\u06FF]", name):
        return _arabic_spelling(name)
    if not re.search(r"[\u0400-\u04FF]", name):
        return Spelling(name, True)
    words = name.split()
    names = name_list()
    if lang == "uk" and len(words) >= 2 and _russian_spelled(words[0]):
        # A Russian named the Russian way in Ukrainian letters ("Сєргєй Гаврілов"): read as Russian.
        words = [_RUSSIAN_LETTERS.sub(lambda m: _UK_TO_RU[m.group()], w) for w in words]
        lang = "ru"
    readings: list[list[tuple[str, str | None, float, bool]]] = []  # per word, per hyphenated part
    for n, word in enumerate(words):
        # A middle name is often a family name (Ruth Bader Ginsburg, Amy Coney Barrett).
        position = "given" if n == 0 and len(words) > 1 else ("surname" if n == len(words) - 1 and n else "any")
        parts = []
        for part in word.split("-"):
            low = part.lower()
            found, score = _best_spelling(low, position, names)
            native = slavic(part, names) or (
                lang == "uk" and position == "given" and _ukrainian_given(low, found, names))
            if found is None and not native:
                found, score = _uninflected(low, position, names)
            if native and position != "given" and (found is None or score > COMMON_FOREIGN):
                # A foreign surname in an oblique case can end like a Slavic one ("Салливана"):
                # its stem is no name of the region, and a known foreign name.
                stem, stem_score = _uninflected(low, position, names, UNINFLECTED_FOREIGN_SCORE)
                if stem is not None and not _slavic_stem(low, names):
                    found, score, native = stem, stem_score, False
            parts.append((part, found, score, native))
        readings.append(parts)
    # A name with a word that is plainly foreign (no name of the region, and a known foreign
    # name) is a foreigner's: its other words take their foreign reading too ("Пол Уилан" is
    # Paul Whelan, though "Pol" is also written in Russia).
    foreign = any(found is not None and not native and score <= MAX_SCORE - 1
                  for parts in readings for _, found, score, native in parts)
    # ... and a name of the region (a word of it read as written) keeps its far-fetched words as
    # written ("Ігор Додон" is Ihor Dodon, not Dadon): a foreign reading this costly is a guess
    regional = not foreign and any(native and (found is None or found in _romanisations(part))
                                   for parts in readings for part, found, _, native in parts)
    out: list[str] = []
    known = True
    for n, parts in enumerate(readings):
        spelled = []
        for part, found, score, native in parts:
            if native and not (found and (score <= COMMON_FOREIGN or (foreign and not _slavic_ending(part.lower())))):
                spelled.append(_native_spelling(part, lang, n == 0 and len(readings) > 1, names))
                continue
            if regional and found and score > MAX_SCORE - 1:
                spelled.append(romanise(part, lang))
                continue
            known = known and found is not None
            if found:
                latin = _capitalised(found)
            else:  # a foreigner's name no list knows is romanised as foreign names read ("Nehammer")
                latin = _foreign_romanised(part, lang) if foreign else romanise(part, lang)
            if lang == "ru" and native and n == 0 and len(readings) > 1:
                latin = _russian_given_in_english(part, latin)
            spelled.append(latin)
        out.append("-".join(spelled))
    return Spelling(" ".join(out), known)


def _romanisations(word: str) -> set[str]:
    """A Cyrillic word as the Russian and the Ukrainian systems write it, in lower case: a name that
    reads as one of them is read as written ("Игорь": igor), not respelt as a foreign name ("Хасан":
    hassan, "Майкл": michael)."""
    return {romanise(word, "ru").lower(), romanise(word, "uk").lower()}


def _foreign_romanised(word: str, lang: str) -> str:
    """A foreigner's name no list knows, romanised as the foreign names Cyrillic writes read: Х as H,
    Дж as J ("Нехаммер": Nehammer, "Нетаньяху": Netanyahu), not Kh and Dzh."""
    latin = romanise(word, lang)
    for cyrillic_way, foreign_way in (("Dzh", "J"), ("dzh", "j"), ("Kh", "H"), ("kh", "h")):
        latin = latin.replace(cyrillic_way, foreign_way)
    return latin


# Russian given names as English-language news writes them (the AP and Reuters styles), where that
# differs from BGN/PCGN: -ей is -ei (Sergei, Andrei, Alexei), -ай -ai (Nikolai), and a few names of
# their own.
_RUSSIAN_GIVEN_IN_ENGLISH = {"aleksandr": "Alexander", "aleksei": "Alexei", "maksim": "Maxim", "yury": "Yuri",
                             "yuriy": "Yuri"}


def _russian_given_in_english(word: str, latin: str) -> str:
    if word.lower().endswith(("ей", "ай")) and len(word) > 3:
        latin = latin[:-1] + "i"
    return _RUSSIAN_GIVEN_IN_ENGLISH.get(latin.lower(), latin)


def _native_spelling(word: str, lang: str, given: bool, names: NameList) -> str:
    """A name of the region in its national romanisation; a Russian given name as English-language
    news spells it; a Ukrainian given name ending in -ій as its bearers write it more often, -ii or
    -iy (Andriy, Yuriy, Valeriy; Serhii)."""
    latin = romanise(word, lang)
    if lang == "ru" and given:
        return _russian_given_in_english(word, latin)
    if lang != "uk" or not given or not word.lower().endswith("ій") or not latin.endswith("ii"):
        return latin
    other = latin[:-1] + "y"
    ii, iy = names.rank(latin.lower(), "given"), names.rank(other.lower(), "given")
    return other if iy is not None and (ii is None or iy < ii) else latin


def _arabic_spelling(name: str) -> Spelling:
    """A name written in Arabic, in Latin letters: each word's likeliest name ("تريفور ريد" -> Trevor
    Reid; an Arab's among Arabs' names: "حازم بدوي" -> Hazem Badawi), else its transliteration,
    marked as such."""
    from generator.analyse.rules_arabic import arab_name

    # "عبدالفتاح" is "عبد الفتاح" written as one word
    words = [part for word in name.split()
             for part in (("عبد", word[3:]) if word.startswith("عبدال") and len(word) > 6 else (word,))]
    # An Arab's name by the Arabic lists, or where its given name reads better as an Arab's (fewer
    # changes, a commoner name) than as a foreigner's: clearly better where no list has it ("سامح":
    # Sameh, not Samah), better where pyarabic's has it ("بدر": Badr, but "جون" John)
    listed = arab_name(words)
    margin = 0.0 if listed == "likely" else ARAB_MARGIN
    arab = listed == "sure" or (len(words) > 1 and arabic_name_reading(words[0], "given", True)[1] + margin
                                < arabic_name_reading(words[0], "given")[1])
    out: list[str] = []
    known = True
    n = 0
    while n < len(words):
        word = words[n]
        position = "given" if n == 0 and len(words) > 1 else "surname"
        if arab and word in _LINKS:
            out.append(_LINKS[word])  # bin Salman, Abu Mazen, Al Nahyan
            n += 1
            continue
        if arab and word == "عبد" and n + 1 < len(words):
            # "عبد العاطي", "عبد الفتاح": one name, written as one word in Latin letters (Abdelatty)
            # or as two (Abdel Fattah), whichever reads better
            whole, whole_score = arabic_name_reading(word + words[n + 1], position, arab)
            rest, rest_score = arabic_name_reading(words[n + 1].removeprefix("ال"), "any", arab)
            known = known and (whole is not None or rest is not None)
            if whole is not None and whole_score <= rest_score:
                out.append(_capitalised(whole))
            else:
                out.append("Abdel " + (_capitalised(rest) if rest else anyascii(words[n + 1][2:]).capitalize()))
            n += 2
            continue
        article = arab and word.startswith("ال") and len(word) > 4
        found, _ = arabic_name_reading(word[2:] if article else word, position, arab)
        if found is None and arab:
            found, _ = arabic_name_reading(word, position)
            article = False
        known = known and found is not None
        spelled = _capitalised(found) if found else anyascii(word).capitalize()
        out.append(f"al-{spelled}" if article and found else spelled)
        n += 1
    return Spelling(" ".join(out), known)


_LINKS = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "أبو": "Abu", "ابو": "Abu", "أبي": "Abi", "آل": "Al"}


def _capitalised(name: str) -> str:
    """A name as English writes it: "mccarthy" -> McCarthy."""
    if name.startswith("mc") and len(name) > 3:
        return "Mc" + name[2:].capitalize()
    return name.capitalize()


_UK_TO_RU = {"є": "е", "і": "и", "Є": "Е", "І": "И", "ї": "и"}
_RUSSIAN_LETTERS = re.compile("[єіЄІї]")


_RUSSIAN_E = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])є", re.IGNORECASE)


def _russian_spelled(given: str) -> bool:
    """A Russian given name written with Ukrainian letters the Russian way: є right after a consonant
    ("Сєргєй", "Алєксандр"), which Ukrainian spelling of a Ukrainian name does not do."""
    from generator.morph import known_given_name

    russian = _RUSSIAN_LETTERS.sub(lambda m: _UK_TO_RU[m.group()], given)
    return bool(_RUSSIAN_E.search(given)) and known_given_name("ru", russian)


# Endings of Ukrainian, Russian and Belarusian surnames, patronymics and given names.
_SLAVIC_ENDINGS = (
    "енко", "ук", "юк", "чук", "ський", "ська", "цький", "цька", "ский", "ская", "цкий", "цкая", "ович", "евич",
    "івна", "ївна", "овна", "евна", "ов", "ова", "ев", "ева", "єв", "єва", "ёв", "ёва", "ін", "іна", "ин", "ина",
    "ко", "як", "ич", "ій", "ий", "ія", "ия", "ана", "ена", "ило", "ислав", "ослав", "слава", "мир", "мира",
)


def slavic(word: str, names: NameList) -> bool:
    """Whether a Cyrillic word of a name is a Ukrainian, Russian or Belarusian name."""
    low = word.lower()
    return romanise(low, "ru") in names.native.get("ru", ()) or _slavic_ending(low)


def _ukrainian_given(low: str, foreign: str | None, names: NameList) -> bool:
    """A given name of the Ukrainian dictionary that its national romanisation writes as a known name
    other than its foreign reading ("Петро": Petro, not Petra; "Олександр": Oleksandr), where the name
    list has no Ukrainian ranks of its own. A name read the same both ways ("Олаф") is no sign."""
    from generator.morph import known_given_name

    latin = romanise(low, "uk")
    return latin != foreign and names.rank(latin, "given") is not None and known_given_name("uk", low)


def _slavic_ending(low: str) -> bool:
    return any(low.endswith(ending) and len(low) >= len(ending) + 3 for ending in _SLAVIC_ENDINGS)


def _slavic_stem(low: str, names: NameList) -> bool:
    """Whether a word less a case ending is still a name of the region ("Иванова": Иванов)."""
    return any(low.endswith(ending) and slavic(low[:-len(ending)], names)
               for ending in _CASE_ENDINGS if len(low) - len(ending) >= 3)


def _best_spelling(word: str, position: str, names: NameList, whole: bool = True) -> tuple[str | None, float]:
    """The respelling of one Cyrillic word that the name list knows, cheapest and commonest first,
    with its score (the cost of the respelling plus the name's rarity)."""
    best: tuple[float, str] | None = None
    for cost, latin in _respellings(word, whole):
        rarity = names.rank(latin, position)
        if rarity is not None and cost + rarity <= MAX_SCORE and (best is None or cost + rarity < best[0]):
            best = (cost + rarity, latin)
    return (best[1], best[0]) if best else (None, math.inf)


# Case endings Russian and Ukrainian add to a foreign name ("Тревора", "Тревору", "Тревором").
_CASE_ENDINGS = ("ом", "ові", "ою", "ем", "а", "у", "ю", "я", "е")


def _uninflected(word: str, position: str, names: NameList,
                 limit: float = UNINFLECTED_SCORE) -> tuple[str | None, float]:
    """A foreign name that the lemmatiser left in an oblique case: the name list knows it without
    the ending ("Тревора" -> Trevor), and does not know it with it."""
    for ending in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            found, score = _best_spelling(word[:-len(ending)], position, names, whole=False)
            if found is not None and score <= limit:
                return found, score
    return None, math.inf


def gender_of(name: str) -> str | None:
    """"F" or "M" where a person's first name is borne by one sex at least nine times in ten."""
    first = name.split()[0].lower() if name.split() else ""
    share = name_list().female.get(first)
    if share is None:
        return None
    return "F" if share >= 0.9 else "M" if share <= 0.1 else None

