"""Which discovered names are people: a name becomes a person only with evidence.

The analysers propose people from capitalisation and dictionary tags, which also fire on
headings in title case ("Joint Statement"), sentence openings ("Thank", "Call"), plan and
policy names and fragments of initials ("Joseph R"). A discovered (not registry) name is kept
as a person only when one of its mentions shows evidence:

- a statistical tagger found it (natasha for Russian);
- a title or role word stands right before it ("President", "Ambassador", "міністр", "السفير");
- a verb of speech stands next to it ("said", "заявив", "قال");
- its first word is a known given name (the names list, the Ukrainian/Russian dictionaries'
  name tags, the Arabic given names) and it has at least two words;
- it is a bare surname that the article also names in full (linked before this step).

A name of one word must also be a known given name or surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analyse import lexicon as lx
from generator.analyse.places import world_region
from generator.analyse.rules_arabic import FOREIGN_GIVEN_SCORE, naming_word
from generator.analyse.spans import cased
from generator.morph import MORPH_LANGS, known_given_name, only_a_common_word, parse
from generator.names import GIVEN_NAME_RARITY, arabic_name_reading, name_list
from generator.normalize import normalize_arabic, script_of
from generator.records import AnalysedDoc, EntityMention, Token

_CYR_TITLES = lx.CYR_TITLES
# Role nouns that open a capitalised title ("Head of the delegation", "Member of Parliament").
_EN_ROLE_WORDS = frozenset("head member representative official aide staffer envoy".split())
# Words that end the name of a thing or a room, not of a person.
_EN_THING_WORDS = lx.EN_MISC_WORDS | frozenset(
    "talks negotiations letter room family families trophy award prize".split())
_SPEECH_WORDS = frozenset(cue for cues in lx.SPEECH_CUES.values() for cue in cues if " " not in cue)


def _words(doc: AnalysedDoc, mention: EntityMention) -> list[Token]:
    sentence = doc.sentences[mention.sentence]
    return [t for t in sentence.tokens if t.start >= mention.start and t.end <= mention.end]


# Words an Arabic title may stand before a name: "وزير الخارجية المصري", "المتحدث باسم الخارجية المصرية".
ARABIC_TITLE_REACH = 4


def _neighbours(doc: AnalysedDoc, mention: EntityMention, reach: int = 3) -> tuple[list[Token], list[Token]]:
    tokens = doc.sentences[mention.sentence].tokens
    before = [t for t in tokens if t.end <= mention.start][-reach:]
    after = [t for t in tokens if t.start >= mention.end][:reach]
    return before, after


def _key(token: Token, lang: str) -> str:
    word = token.text.lower().strip(".")
    if lang == "ar":
        return normalize_arabic(word)
    return word


def _is_title(token: Token, lang: str) -> bool:
    word = _key(token, lang)
    if lang == "ar":
        return word in lx.AR_TITLES or word.removeprefix("ال") in lx.AR_TITLES or word.removeprefix("و") in lx.AR_TITLES
    if script_of(token.text) == "cyrillic":
        lemma = token.lemma or (parse(lang, token.text)[0] if lang in MORPH_LANGS else word)
        return word in _CYR_TITLES or lemma in _CYR_TITLES
    return word in lx.EN_PERSON_TITLES


def _is_speech(token: Token, lang: str) -> bool:
    word = _key(token, lang)  # Arabic folded already
    return word in _SPEECH_WORDS or (token.lemma or word).lower() in _SPEECH_WORDS


def _given_name(token: Token, lang: str) -> bool:
    word = token.text
    script = script_of(word)
    if script == "latin":
        rarity = name_list().rank(word.lower(), "given")
        return rarity is not None and rarity <= GIVEN_NAME_RARITY
    if script == "cyrillic":
        tags = set()
        for code in ("uk", "ru"):
            tags |= set(parse(code, word)[1])
        # ... or a case form the dictionary reads first as a common noun ("Вікторії": of victory)
        return "Name" in tags or (word[:1].isupper() and any(known_given_name(code, word) for code in ("uk", "ru")))
    if script == "arabic":
        key = normalize_arabic(word)
        if key in lx.AR_GIVEN_NAMES or key.removeprefix("و") in lx.AR_GIVEN_NAMES:
            return True
        # a foreigner's given name in Arabic letters ("تريفور", "روجر"), read back into Latin ones
        return any(arabic_name_reading(form, "given")[1] <= FOREIGN_GIVEN_SCORE
                   for form in {key, key.removeprefix("و")} if len(form) >= 3)
    return False


def _initials_only(words: Sequence[Token]) -> bool:
    """A name that is cut at an initial ("Joseph R", "Donald J.") or is a suffix alone ("Jr")."""
    words = [w for w in words if w.text != "."]
    last = words[-1].text.rstrip(".") if words else ""
    return len(last) <= 1 or (len(words) == 1 and last in lx.NAME_SUFFIXES)


_CYR_PLACE_PREPOSITIONS = frozenset(
    "в у до з із зі на під біля поблизу над по через від во из под около возле близ от".split())
_CYR_PLACE_WORDS = lx.CYR_REGION_NOUNS | lx.CYR_PLACE_NOUNS | lx.CYR_SETTLEMENT_WORDS | frozenset(
    "місто місті міста штат штаті штату столиця столиці регіоні області город городе штате столица".split())


def is_place(doc: AnalysedDoc, mentions: Sequence[EntityMention]) -> bool:
    """Whether a discovered name in Cyrillic script is a place: one of its mentions follows a
    preposition of place ("у Тернополі"), stands beside a word such as "місто" or "області", or has
    several words. A capitalised noun alone ("Глава держави", "перед Різдвом") is none, nor a cardinal
    point or a feast day after a preposition ("на Западе", "із Різдвом"). A name in
    Arabic that the gazetteer does not know is none either: without vowels, its letters give no
    English name a reader could recognise ("دارفور" would be "Drfwr"), and most are common words."""
    if all(script_of(m.text) == "arabic" for m in mentions):
        return False  # a place name in Arabic that no gazetteer knows has no English name to give ("Drfwr")
    for mention in mentions:
        words = _words(doc, mention)
        if len(words) >= 2:
            return True
        lemma = parse(doc.lang, words[0].text)[0] if doc.lang in MORPH_LANGS and words else ""
        if lemma in lx.CYR_NOT_PLACES or lemma.startswith(lx.CYR_PLATFORMS):
            continue  # "на Западе", "із Різдвом", "у Фейсбуці": the West, Christmas, Facebook
        if doc.lang == "ru" and words and only_a_common_word("ru", words[0].text, nouns_only=True):
            continue  # "вернулись на Родину": the Russian dictionary marks place names (Geox); this is none
        before, after = _neighbours(doc, mention, 1)
        nearby = [t.text.casefold() for t in (*before, *after)]
        if any(w in _CYR_PLACE_PREPOSITIONS | _CYR_PLACE_WORDS for w in nearby):
            return True
        lemma = parse(doc.lang, before[0].text)[0] if before and doc.lang in MORPH_LANGS else ""
        if lemma in _CYR_PLACE_WORDS:
            return True
    return False


def _name_word(token: Token, lang: str) -> bool:
    """A word that a list of names or the dictionary knows as a given name or surname."""
    word = token.text
    script = script_of(word)
    if script == "latin":
        return name_list().rank(word.lower(), "any") is not None
    if script == "cyrillic":
        return any({"Name", "Surn", "Patr"} & set(parse(code, word)[1]) for code in ("uk", "ru"))
    return True  # Arabic: no case, no list; the context evidence decides


# Words of an award named after someone: "орденом князя Ярослава Мудрого" (Cyrillic word starts), the
# "Order of Lenin" (English nouns, whole: "ordered" or "awarded to" name no award).
_HONOURS = ("орден", "медал", "премі", "преми", "відзнак")
_EN_HONOURS = frozenset({"order", "medal", "prize", "award"})


def _honoured(doc: AnalysedDoc, mention: EntityMention) -> bool:
    """Whether a name is that of an award's or a thing's namesake: an award's word before it, and
    between them only lower-case words ("орденом князя Ярослава Мудрого")."""
    before, _ = _neighbours(doc, mention, 3)
    for token in reversed(before):
        word = token.text.casefold()
        if word in _EN_HONOURS or (script_of(word) == "cyrillic" and word.startswith(_HONOURS)):
            return True
        if not token.text[:1].islower() and token.text.casefold() not in ("of", "the"):
            return False
    return False


def is_person(doc: AnalysedDoc, mentions: Sequence[EntityMention]) -> bool:
    """Whether the mentions of one discovered name show that it names a person (not only an award's
    namesake)."""
    lang = doc.lang
    if all(_honoured(doc, mention) for mention in mentions):
        return False
    for mention in mentions:
        words = _words(doc, mention)
        if not words or _initials_only(words):
            continue
        if len(words) == 1 and (not _name_word(words[0], lang) or _is_title(words[0], lang)
                                or words[0].text.lower() in _EN_ROLE_WORDS):
            continue  # a lone common word or role before "said" ("the Head of State said") is no name
        if words[-1].text.lower() in _EN_THING_WORDS:
            continue  # "Peace Talks", "Roosevelt Room": a thing, though "Peace" is a given name
        if mention.source == "model":
            return True
        before, after = _neighbours(doc, mention, ARABIC_TITLE_REACH if lang == "ar" else 3)
        if before and _is_title(before[-1], lang):
            return True
        if lang == "ar" and any(_is_title(t, lang) for t in before):
            return True  # "المتحدث باسم الخارجية المصرية تميم خلاف": the title's complement stands between
        if any(_is_speech(t, lang) for t in (*before[-2:], *after[:3])):
            return True
        if before and lang == "ar" and naming_word(before[-1]):
            return True  # "مواطن روسي يدعى آرثر بتروف": the word before says a name follows
        if len(words) >= 2 and (cased(words[0]) or script_of(words[0].text) == "arabic") \
                and _given_name(words[0], lang) and not _a_thing(doc, mention, words[-1]):
            return True  # Arabic has no capitals: a known given name opening the name is the evidence
        if len(words) >= 2 and _introduces_a_quote(doc.article.text, mention.end):
            return True  # "Malphine Fogel: “I would like to thank …”": a speaker's label
        if len(words) >= 3 and lang in MORPH_LANGS and any("Patr" in parse(lang, t.text)[1] for t in words):
            return True  # "Баранюку Володимиру Анатолійовичу": a patronymic is a person's
    return False


def _a_thing(doc: AnalysedDoc, mention: EntityMention, last: Token) -> bool:
    """Whether an English name that a given name opens is a thing's: a world region ("North
    Africa"), or one whose last word the article also writes as a common noun ("Mars Missions"
    beside "missions", "Aerial Assault" beside "assault")."""
    if doc.lang != "en" or script_of(last.text) != "latin":
        return False
    if world_region(mention.text, "en"):
        return True
    word = last.text.lower()
    return len(word) >= 4 and re.search(rf"\b{re.escape(word)}\b", doc.article.text) is not None


_QUOTE_LABEL = re.compile(r"\s*:\s*[“«„\"]")


def _introduces_a_quote(text: str, end: int) -> bool:
    """Whether a colon and a quotation follow a name at the start of its line."""
    line_start = text.rfind("\n", 0, end) + 1
    return bool(_QUOTE_LABEL.match(text, end)) and end - line_start <= 60
