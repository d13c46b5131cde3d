"""Which places an article names as places, and which it only names inside something else.

A country or city the article mentions is listed among its places unless every mention of it is
one of these (the conventions of `eval/CONVENTIONS.md`: a country used only as an adjective is no
place of the article):

* a modifier: "U.S. officials", "the U.S. Embassy", a hyphenated pair ("U.S.-Russia summit",
  "Russia-US relations"); in Ukrainian and Russian a country in the genitive after a role or an
  institution ("посол США", "Президент України"), in Arabic after one ("سفير الولايات المتحدة");
* part of a document's name: "the Budapest Memorandum", "the Minsk agreements", "مبادرة البحر
  الأسود" (the Black Sea Initiative);
* a person's name: "Secretary Austin", "Fogel's family" beside Marc Fogel, a surname the analyser
  took for a place;
* no place at all: a discovered English word before a number ("in Article 5") or a participle
  ("in Allied countries").

The mentions stay linked: tracks and events still read which countries take part.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from generator.analyse.lexicon import EN_PERSON_TITLES
from generator.extract.actors import LinkedMention
from generator.gazetteer import NameIndex
from generator.morph import MORPH_LANGS, parse
from generator.normalize import arabic_stems, normalize_arabic, script_of, word_key
from generator.records import AnalysedDoc, EntityMention
from generator.schema import ActorFact

# Lower-case nouns that a country's name or abbreviation modifies in English news ("U.S. officials").
EN_MODIFIED_NOUNS = frozenset("""
official officials citizen citizens national nationals government governments administration side
delegation delegations troops forces force military army navy soldiers servicemembers personnel
intelligence diplomat diplomats diplomacy envoy envoys negotiator negotiators lawmakers legislators
sanctions policy policies interests interest security economy allies ally partners partner counterpart
counterparts authorities authority relations embassy embassies consulate ambassador ambassadors
president leader leaders leadership readiness commitment position stance support aid assistance
companies company firms businesses investors taxpayers officers agencies agency team embargo
""".split())
# Capitalised nouns of an institution after its country ("the U.S. Embassy", "United States Government").
EN_INSTITUTION_NOUNS = frozenset("""
department ministry mission congress senate treasury administration government embassy consulate army navy
forces military armed coast
""".split())
# Nouns of a document or a format named after a place ("the Budapest Memorandum", "Minsk agreements").
EN_DOCUMENT_NOUNS = frozenset("""
memorandum agreement agreements accord accords package protocol protocols format declaration
declarations initiative communique communiqué doctrine convention conventions charter treaty
formula framework
""".split())
# The same before the place in Arabic: "مبادرة البحر الأسود", "اتفاقية مينسك", "مذكرة بودابست".
AR_DOCUMENT_NOUNS = frozenset(normalize_arabic(w) for w in """
مبادرة اتفاق اتفاقية اتفاقيات اتفاقات مذكرة معاهدة إعلان بروتوكول صيغة
""".split())
# Roles and institutions whose country follows them in the genitive ("посол США", "Министр обороны США",
# "Посольство США"). The country of a head of state or government is named as a noun: "з Президентом
# Фінляндії" names Finland, "مستشار ألمانيا" (Germany's chancellor) names Germany.
CYR_ROLE_LEMMAS = frozenset("""
міністр министр посол посланник посланець
спецпосланник спецпосланець помічник помощник радник советник представник представитель держсекретар
госсекретарь секретар секретарь уряд правительство
міністерство министерство посольство консульство представництво представительство місія миссия
постпредство генконсульство адміністрація администрация дипломат делегація делегация прокурор
генпрокурор спікер спикер парламент армія армия збройний вооружённый
""".split())
# Words between a role and its country: "Министр обороны США", "міністра закордонних справ Франції".
CYR_ROLE_COMPLEMENTS = frozenset("""
оборона оборони справа дело фінанси финансы закордонний иностранный
""".split())
# The same in Arabic, in the construct state before the country ("سفير الولايات المتحدة").
AR_ROLE_WORDS = frozenset(normalize_arabic(w) for w in """
سفير سفيرة ممثل ممثلة مندوب مندوبة وزير وزيرة مبعوث مبعوثة حكومة سفارة قنصلية بعثة وفد
جيش قوات خارجية دفاع مواطن مواطنة مواطني مواطنو مسؤولي مسؤولو دبلوماسيي دبلوماسيو
""".split())
_CYR_ABBREVIATION = re.compile(r"^[А-ЯІЇЄҐЁ]{2,4}$")


def _before(text: str, start: int, reach: int = 40) -> list[str]:
    return text[max(0, start - reach):start].split()


def _after(text: str, end: int, reach: int = 40) -> list[str]:
    return text[end:end + reach].split()


def _modifier_en(text: str, mention: EntityMention) -> bool:
    """An English country name before the noun it modifies, or in a hyphenated pair."""
    if text[mention.end:mention.end + 1] in "-–" and text[mention.end + 1:mention.end + 2].isalpha():
        return True  # "U.S.-Russia summit", "Russia-US relations"
    if mention.start >= 2 and text[mention.start - 1] in "-–" and (text[mention.start - 2].isalpha()
                                                                  or text[mention.start - 2] == "."):
        return True
    after = _after(text, mention.end)
    if not after or text[mention.end:mention.end + 1] != " ":
        return False
    word = after[0]
    bare = word.strip(".,;:!?”\"’')(")
    if not bare.isalpha() or bare != word.rstrip(".,;:!?”\"’')("):
        return False
    # "U.S. officials", "the U.S. Embassy", "United States Government", "Ukraine President Zelensky"
    return bare.lower() in EN_MODIFIED_NOUNS or (
        bare[:1].isupper() and word == bare and bare.lower() in EN_INSTITUTION_NOUNS | EN_PERSON_TITLES)


def _modifier_cyrillic(doc: AnalysedDoc, mention: EntityMention) -> bool:
    """A country in the genitive after a role or an institution: "посла США", "Президент України"."""
    if doc.lang not in MORPH_LANGS:
        return False
    for word in reversed(_before(doc.article.text, mention.start, 60)[-3:]):
        if script_of(word) != "cyrillic" or (not word.isalpha() and "'" not in word and "-" not in word):
            return False
        lemma = parse(doc.lang, word)[0].casefold()
        if lemma in CYR_ROLE_LEMMAS or lemma.replace("е", "ё") in CYR_ROLE_LEMMAS:
            break
        if lemma not in CYR_ROLE_COMPLEMENTS:
            return False
    else:
        return False
    first = mention.text.split()[0]
    if _CYR_ABBREVIATION.match(first):
        return True  # США, РФ: no case to read
    grammemes = parse(doc.lang, first)[1]
    return "gent" in grammemes or "gen2" in grammemes


def _modifier_arabic(doc: AnalysedDoc, mention: EntityMention) -> bool:
    """A country after a role or an institution in the construct state: "ممثلة الولايات المتحدة"."""
    before = _before(doc.article.text, mention.start)
    if not before:
        return False
    word = normalize_arabic(before[-1])
    return any(stem in AR_ROLE_WORDS for stem in (word, *arabic_stems(word)))


def _in_document_name(doc: AnalysedDoc, mention: EntityMention) -> bool:
    text = doc.article.text
    if script_of(mention.text) == "arabic":
        before = _before(text, mention.start)
        word = normalize_arabic(before[-1]) if before else ""
        return any(stem in AR_DOCUMENT_NOUNS for stem in (word, *arabic_stems(word)))
    if script_of(mention.text) != "latin":
        return False
    after = _after(text, mention.end, 30)[:2]
    for word in after:
        bare = word.strip(".,;:!?”\"’')(").lower()
        if bare in EN_DOCUMENT_NOUNS:
            return True
        if not word[:1].isupper():
            break
    return False


def _after_a_given_name(doc: AnalysedDoc, links: Sequence[LinkedMention], facts: dict[str, ActorFact]) -> set[int]:
    """Starts of the place mentions right after a person's name ("Paul" + "Dallas"): a surname."""
    ends = {link.mention.end for link in links if (fact := facts.get(link.actor_id)) is not None
            and fact.type == "person"}
    text = doc.article.text
    return {link.mention.start for link in links if link.mention.start - 1 in ends
            and text[link.mention.start - 1] == " " and (fact := facts.get(link.actor_id)) is not None
            and fact.type in ("country", "place")}


def _surnames(doc: AnalysedDoc, links: Sequence[LinkedMention], facts: dict[str, ActorFact],
              after_given: set[int]) -> set[str]:
    """Keys of the last words of the people the article names (as written and in English)."""
    keys = {word_key(link.mention.text) for link in links if link.mention.start in after_given}
    for link in links:
        fact = facts.get(link.actor_id)
        if fact is not None and fact.type == "person" and len(link.mention.text.split()) >= 2:
            keys.add(word_key(link.mention.text.split()[-1]))
    for fact in facts.values():
        if fact.type == "person" and len(fact.name.split()) >= 2:
            keys.add(word_key(fact.name.split()[-1]))
            if fact.original and len(fact.original.split()) >= 2:
                keys.add(word_key(fact.original.split()[-1]))
    return keys


_EN_PLACE_PREPOSITIONS = frozenset("in at near from into outside across toward towards via around".split())


def _a_person(doc: AnalysedDoc, mention: EntityMention, surnames: set[str], known: bool) -> bool:
    """A place's name that names a person here: typed a person by the analyser, after a title
    ("Secretary Austin"), or one word that is the surname of someone the article names; after a
    preposition of place ("in Washington") only where no gazetteer knows the place ("from Fogel's
    family" beside Marc Fogel)."""
    if mention.type == "PER":
        return True
    before = _before(doc.article.text, mention.start)
    previous = before[-1].strip("(«\"“").lower() if before else ""
    if script_of(mention.text) == "latin" and previous.rstrip(".") in EN_PERSON_TITLES:
        return True
    words = mention.text.split()
    if len(words) != 1 or (known and previous in _EN_PLACE_PREPOSITIONS):
        return False
    key = word_key(words[0].removesuffix("’s").removesuffix("'s"))
    if key in surnames:
        return True
    # an oblique case of a Cyrillic surname ("Ушакова" of Ушаков)
    return script_of(words[0]) == "cyrillic" and any(
        len(key) > len(name) >= 4 and key.startswith(name) and len(key) - len(name) <= 2 for name in surnames)


def _hyphenated_pair(name: str, index: NameIndex) -> bool:
    """A discovered "place" that is two known places joined by a hyphen ("Ukraine-Russia")."""
    parts = [p for p in re.split(r"\s*[-–]\s*", name) if p]
    if len(parts) != 2:
        return False
    return all(_known_place(part, index) for part in parts)


def _known_place(name: str, index: NameIndex) -> bool:
    from generator.records import Token

    tokens = [Token(text=w, start=0, end=len(w)) for w in name.split()]
    matches = index.match(tokens)
    return any(m.first_token == 0 and m.last_token == len(tokens) - 1
               and index.entries[m.entry_id].type in ("country", "place") for m in matches)


def _no_place_word(text: str, mention: EntityMention) -> bool:
    """A capitalised English word the analyser took for a place by its preposition that names none:
    a numbered part of a text ("in Article 5", "under Section 3") or a participle ("in Allied countries")."""
    if " " in mention.text:
        return False
    if re.match(r"\s+\d", text[mention.end:mention.end + 3]):
        return True
    return mention.text.endswith("ed") and mention.text[:1].isupper() and mention.text[1:].islower()


def unlisted_places(doc: AnalysedDoc, links: Sequence[LinkedMention], facts: dict[str, ActorFact],
                    index: NameIndex) -> set[str]:
    """Ids of the countries and places that the article names only inside something else."""
    text = doc.article.text
    after_given = _after_a_given_name(doc, links, facts)
    surnames = _surnames(doc, links, facts, after_given)
    uses: dict[str, list[bool]] = defaultdict(list)  # place id -> for each mention, whether it is a place
    for link in links:
        fact = facts.get(link.actor_id)
        if fact is None or fact.type not in ("country", "place"):
            continue
        mention = link.mention
        script = script_of(mention.text)
        modifier = False
        if fact.type == "country":
            if script == "latin":
                modifier = _modifier_en(text, mention)
            elif script == "cyrillic":
                modifier = _modifier_cyrillic(doc, mention)
            elif script == "arabic":
                modifier = _modifier_arabic(doc, mention)
        if not fact.in_registry and script == "latin" and _no_place_word(text, mention):
            uses[link.actor_id].append(False)
            continue
        elsewhere = modifier or mention.start in after_given or _in_document_name(doc, mention) \
            or _a_person(doc, mention, surnames, fact.in_registry)
        uses[link.actor_id].append(not elsewhere)
    unlisted = {actor_id for actor_id, placed in uses.items() if not any(placed)}
    unlisted |= {actor_id for actor_id, fact in facts.items()
                 if fact.type == "place" and not fact.in_registry and _hyphenated_pair(fact.name, index)}
    return unlisted
