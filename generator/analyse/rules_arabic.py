"""Entity rules for Arabic, which has no capitals: names after titles, given names (a hand list and
pyarabic's lexicon) and the name words after them, organisation nouns with the words that complete
them ("البنك التجاري", "مصرف قطر المركزي"), and common words kept from being taken for places.

Lists are compared in a light normal form: diacritics and tatweel removed and the hamza forms of
alef folded, but ى and ي kept apart ("على" is a preposition, "علي" a name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from generator.analyse import lexicon as lx
from generator.analyse.places import arabic_proper_nouns
from generator.analyse.spans import PATTERN, PERSON, PLACE, RULE, Candidate, from_tokens
from generator.normalize import ARABIC_DIACRITICS
from generator.records import Token

_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
# Clitics a name may carry: conjunctions and prepositions, never the article.
NAME_CLITICS = ("و", "ل", "ول")
PLACE_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك")
# Words that join parts of a personal name: "عبدالله بن خليفة آل ثاني", "أبو مازن".
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "آل", "ابو", "أبو", "أبي", "ابي", "عبد", "ام", "أم", "ولد"})
_NAME_MAX = 4
_ORG_MAX = 3
_LETTERS = re.compile(r"^[\u0621-\u064a]+$")


def light(word: str) -> str:
    """Diacritics and tatweel removed, hamza alefs folded; ى/ي and ة/ه kept apart."""
    return ARABIC_DIACRITICS.sub("", word).translate(_ALEFS)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    def fold(words: frozenset[str] | set[str]) -> frozenset[str]:
        return frozenset(light(w) for w in words)

    pyarabic: dict[str, set[str]] = {"given": set(), "family": set()}
    for kind, name in arabic_proper_nouns():
        if kind in pyarabic and " " not in name:
            pyarabic[kind].add(name)
    common = fold(lx.AR_COMMON_WORDS | lx.AR_STOP_WORDS | lx.AR_MONTHS_AND_DAYS)
    return {
        "titles": fold(lx.AR_TITLES), "stop": fold(lx.AR_STOP_WORDS), "common": common,
        "given": fold(lx.AR_GIVEN_NAMES),
        "given_more": fold(pyarabic["given"]) - common,
        "family": fold(pyarabic["family"]) - common,
        "org": fold(lx.AR_ORG_NOUNS), "not_places": fold(lx.AR_NOT_PLACES) | common,
        "org_generic": fold(lx.AR_ORG_GENERIC), "nationalities": fold(lx.AR_NATIONALITIES),
        "months": fold(lx.AR_MONTHS_AND_DAYS),
        "scope": fold(lx.AR_SCOPE_ADJECTIVES), "complements": fold(lx.AR_ORG_COMPLEMENTS),
        "group_numbers": fold(set(lx.AR_GROUP_NUMBERS)),
        "speech": fold({w for w in lx.SPEECH_CUES["ar"] if " " not in w}),
    }


def arab_name(words: Sequence[str]) -> str | None:
    """Whether a name written in Arabic is an Arab's: "sure" where it opens with a given name of the
    hand list or is joined with بن, عبد, أبو ("عبد الفتاح السيسي"); "likely" where pyarabic's
    lexicon, which lists many foreigners' names too ("جون"), has its given name; else None."""
    folded = [light(word) for word in words]
    lists = _lists()
    if not folded:
        return None
    if folded[0] in lists["given"] or any(word in NAME_LINKS for word in folded):
        return "sure"
    return "likely" if folded[0] in lists["given_more"] else None


def key(token: Token) -> str:
    return light(token.text)


def forms(word: str, clitics: Sequence[str]) -> list[str]:
    """The word and its forms without one clitic prefix."""
    found = [word]
    for prefix in clitics:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            rest = word[len(prefix):]
            found.append(rest)
            if prefix == "لل":
                found.append("ال" + rest)
            if prefix.endswith("ال") and prefix != "ال":
                found.append("ال" + rest)
    return found


def in_list(token: Token, name: str, clitics: Sequence[str] = NAME_CLITICS) -> bool:
    return any(form in _lists()[name] for form in forms(key(token), clitics))


def common_word(token: Token) -> bool:
    """A function word or a common word, with or without a clitic."""
    return in_list(token, "not_places", PLACE_CLITICS)


def not_a_place(token: Token) -> bool:
    return common_word(token)


def is_title(token: Token) -> bool:
    return in_list(token, "titles", ("و", "ف", "ب", "ل", "ك", "وال", "فال", "بال", "لل"))


ORG_PRIORITY = PATTERN - 20  # below a registry name that spans more ("وزارة الخارجية الأميركية")


def given_name(token: Token, strict: bool = True) -> bool:
    if not _LETTERS.match(key(token)) or in_list(token, "months"):
        return False
    if in_list(token, "given"):
        return True
    return not strict and in_list(token, "given_more")


def _name_word(tokens: Sequence[Token], k: int, taken: Sequence[bool]) -> bool:
    """A word that can go on a personal name: not a function, common, title or organisation word."""
    token = tokens[k]
    word = key(token)
    if taken[k] or not _LETTERS.match(word) or word in _lists()["stop"] or common_word(token) or is_title(token):
        return False
    return not in_list(token, "org", PLACE_CLITICS)


def _name_end(tokens: Sequence[Token], start: int, taken: Sequence[bool], limit: int, unknown: int) -> int:
    """Last token of a personal name that starts at `start` (which is already a name word); at most
    `unknown` words that no list knows as names."""
    end = start
    k = start + 1
    words = 1
    while k < len(tokens) and words < limit:
        word = key(tokens[k])
        if word in NAME_LINKS:
            if k + 1 < len(tokens) and _name_word(tokens, k + 1, taken):
                end = k + 1  # "بن راشد", "آل مكتوم": links do not count towards the limit
                k += 2
                continue
            break  # a link with no name after it is no part of the name
        words += 1
        if word.startswith("و") and not given_name(tokens[k]):
            break  # "و…" opens the next item of a list
        if not _name_word(tokens, k, taken):
            break
        known = given_name(tokens[k], strict=False) or in_list(tokens[k], "family")
        if word.startswith("ال") and not (known or word.endswith("ي") or _closes_name(tokens, k)):
            break  # an adjective after the name
        if not known:
            if unknown == 0:
                break
            unknown -= 1
        end = k
        k += 1
    return end


# Words that open what a speaker said or go on after a subject: "قال حسين الفردان إن ...".
_CLAUSE_WORDS = frozenset(light(word) for word in ("إن", "أن", "إلى", "إلي", "على", "في", "عن"))


def _closes_name(tokens: Sequence[Token], k: int) -> bool:
    """A family name with the article ("حسين الفردان"): a word the lists do not know, followed by a
    comma or full stop, a title, "إن" or a preposition, or a definite word they know ("العضو المنتدب")."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return len(key(tokens[k])) >= 5 and (after is None or after.text in ",،.:;" or is_title(after)
                                         or key(after) in _CLAUSE_WORDS
                                         or (common_word(after) and key(after).startswith("ال")))


def people(tokens: Sequence[Token], taken: Sequence[bool]) -> list[Candidate]:
    """A given name and the name words after it; name words right after a title."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        if taken[i]:
            continue
        nisba = in_list(token, "nationalities", ("لل", "ل", "و", "ب"))
        # A nationality ("المصري") opens no name, though some are family names too: it ends a title.
        if not nisba and (given_name(token) or (given_name(token, strict=False) and i + 1 < len(tokens) and (
                given_name(tokens[i + 1], strict=False) or key(tokens[i + 1]) in NAME_LINKS))):
            end = _name_end(tokens, i, taken, _NAME_MAX + 1, 1)
            found.append(from_tokens(tokens, i, end, "PER", PERSON if end > i else RULE))
        if nisba and i + 1 < len(tokens) and _name_word(tokens, i + 1, taken) and len(key(tokens[i + 1])) >= 4 \
                and (given_name(tokens[i + 1]) or not key(tokens[i + 1]).startswith(("ال", "و", "ف"))) \
                and not is_title(tokens[i - 1] if i else token):
            # A nationality before a name: "البرازيلي رونالدو", "الفرنسي أرسين فينغر"
            end = _name_end(tokens, i + 1, taken, _NAME_MAX, 1)
            found.append(from_tokens(tokens, i + 1, end, "PER", RULE + 2))
        if is_title(token):
            j = i + 1  # skip the rest of the title: "باسم الكرملين", "الخارجية الروسي", "لشؤون الدفاع"
            while j < len(tokens) and _title_complement(tokens[j]):
                j += 1
            if j < len(tokens) and j - i <= TITLE_REACH and _name_word(tokens, j, taken) \
                    and not key(tokens[j]).startswith("و"):
                end = _name_end(tokens, j, taken, _NAME_MAX, 2)
                if end > j or given_name(tokens[j], strict=False) \
                        or (j == i + 1 and _foreign_surname(tokens[j])
                            and (key(token) in _HONORIFICS or not _VERB_SHAPE.match(key(tokens[j])))):
                    found.append(from_tokens(tokens, j, end, "PER", RULE + 5))
    return found


# A foreigner's name in Arabic letters, read back into Latin ones (generator.names), scored as the
# reading's cost plus the name's rarity: a given name and surname this good after a title (within
# TITLE_REACH words: "المبعوث الرئاسي الخاص لشؤون الرهائن روجر كارستينز"), and better still without
# one, since many common words read as some name ("لها سول", "أمر وارد"), few as a common pair.
FOREIGN_GIVEN_SCORE = 3.0
FOREIGN_SURNAME_SCORE = 4.5
PLAIN_GIVEN_SCORE = 2.0
PLAIN_SURNAME_SCORE = 2.5
TITLE_REACH = 5
TITLED_SURNAME_SCORE = 3.5  # a surname alone after a title (stricter: one word reads as some name more often)
_TANWEEN = re.compile("[\u064b-\u064d]")


# Titles of courtesy, which stand before a surname alone ("السيد برايس": Mr Price); after a title of
# office a word alone may be a verb in the present tense ("وزير الخارجية يؤكد", "الوزيرة تؤكد").
_HONORIFICS = frozenset(light(word) for word in ("السيد", "السيدة", "الآنسة", "مستر", "مسز", "مدام"))
_VERB_SHAPE = re.compile("^(?:ي|ت[ءؤئات])")


def _foreign_surname(token: Token) -> bool:
    """A word that reads back as a common foreign surname."""
    from generator.names import arabic_name_reading

    word = key(token)
    return len(word) >= 3 and not word.startswith("ال") \
        and arabic_name_reading(word, "surname")[1] <= TITLED_SURNAME_SCORE


def reads_as_given_name(token: Token) -> bool:
    """A word no list takes for a common word that reads back as a common foreign given name
    ("أليكس": Alex): a place named right after it is the person's surname ("أليكس تشوك")."""
    from generator.names import arabic_name_reading

    word = key(token)
    # (a noun with ta marbuta is none: "إمارة دبي", the emirate of Dubai)
    return not common_word(token) and not word.endswith("ة") \
        and arabic_name_reading(word, "given")[1] <= PLAIN_GIVEN_SCORE


def _title_complement(token: Token) -> bool:
    """A word that goes on a title before the name: a function word, a definite word ("الخارجية
    الروسي"; not "أليكس", Alex, which reads as a common foreign given name), a common word after "ل"
    ("لشؤون الدفاع", for defence affairs)."""
    from generator.names import arabic_name_reading

    word = key(token)
    if word in _lists()["stop"]:
        return True
    if word.startswith("ال"):
        return arabic_name_reading(word, "given")[1] > PLAIN_GIVEN_SCORE
    return word.startswith("ل") and word[1:] in _lists()["common"]


def opens_foreign_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i reads as a common foreign given name and the word after it as a surname: the
    two are a person's name, not a place that shares the first word's letters ("جون باراديس")."""
    from generator.names import arabic_name_reading

    if i + 1 >= len(tokens) or key(tokens[i + 1]).startswith("ال"):
        return False
    return arabic_name_reading(key(tokens[i]), "given")[1] <= PLAIN_GIVEN_SCORE \
        and arabic_name_reading(key(tokens[i + 1]), "surname")[1] <= FOREIGN_SURNAME_SCORE


def _after_title(tokens: Sequence[Token], i: int) -> bool:
    """Whether a title ends right before token i, or before the words that complete it (definite
    words and complements: "المبعوث الرئاسي الخاص لشؤون الرهائن")."""
    k = i - 1
    while k >= max(0, i - TITLE_REACH) and not is_title(tokens[k]):
        if not key(tokens[k]).startswith(("ال", "لل", "ل")):
            return False
        k -= 1
    return k >= max(0, i - TITLE_REACH)


# ... and after a word that says a name follows ("تدعى"), a looser reading will do
NAMED_GIVEN_SCORE = 4.0
NAMED_SURNAME_SCORE = 5.5
# Words that introduce a person's name: "called", "named" ("مواطنة أمريكية تدعى كسينيا كاريلينا").
_NAMING = frozenset(light(w) for w in ("يدعى", "يدعي", "تدعى", "تدعي", "ويدعى", "وتدعى", "المدعو", "المدعوة",
                                       "المدعوه", "اسمه", "اسمها", "يُدعى", "تُدعى"))


def naming_word(token: Token) -> bool:
    """Whether a word introduces a name ("تدعى", "المدعو")."""
    return key(token) in _NAMING


def _after_naming(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and naming_word(tokens[i - 1])


def _after_speech_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether a verb of speech comes right before token i ("وقال تريفور ريد"): its subject, a person."""
    if i == 0:
        return False
    word = key(tokens[i - 1])
    return word in _lists()["speech"] or (word.startswith("و") and word[1:] in _lists()["speech"])


def foreign_people(text: str, tokens: Sequence[Token], taken: Sequence[bool]) -> list[Candidate]:
    """A foreigner's given name and surname written in Arabic letters ("روجر كارستينز", "وبول ويلان"):
    two words no list takes for common, title or organisation words, without the article, that read
    back as a given name and a surname (see the scores above)."""
    from generator.names import arabic_name_reading

    found: list[Candidate] = []
    for i in range(len(tokens) - 1):
        if not (_name_word(tokens, i, taken) and _name_word(tokens, i + 1, taken)) \
                or any(key(t).startswith("ال") or _TANWEEN.search(text, t.start, t.end) for t in tokens[i:i + 2]) \
                or given_name(tokens[i], strict=False):
            continue  # (a word with nunation, "تماماً", is no foreign name)
        first, second = key(tokens[i]), key(tokens[i + 1])
        clitic = "و" if first.startswith("و") and len(first) > 3 and not arabic_name_reading(first, "given")[0] else ""
        if min(len(first) - len(clitic), len(second)) < 3:
            continue  # "قام به": words of two letters are function words more often than names
        given, surname = arabic_name_reading(first[len(clitic):], "given")[1], arabic_name_reading(second, "surname")[1]
        titled = _after_title(tokens, i) or _after_speech_verb(tokens, i)
        if (given <= NAMED_GIVEN_SCORE and surname <= NAMED_SURNAME_SCORE and _after_naming(tokens, i)) \
                or (given <= FOREIGN_GIVEN_SCORE and surname <= FOREIGN_SURNAME_SCORE and titled) \
                or (given <= PLAIN_GIVEN_SCORE and surname <= PLAIN_SURNAME_SCORE):
            found.append(Candidate(tokens[i].start + len(clitic), tokens[i + 1].end, "PER", PERSON))
    return found


_APPARATUS = light("جهاز")
_SECURITY_SERVICES = frozenset(light(w) for w in ("الاستخبارات", "المخابرات", "الأمن", "الامن", "الشرطة"))
# Heads of a state's bodies, which the state's nationality after the name completes.
_STATE_BODIES = frozenset(light(word) for word in ("وزارة", "هيئة", "مجلس", "سفارة", "برلمان", "جهاز", "وكالة"))


def organisations(tokens: Sequence[Token], taken: Sequence[bool], places: Sequence[bool]) -> list[Candidate]:
    """An organisation noun and the definite words or place names that complete it, with a
    complement after "لل" ("الوكالة الأمريكية للتنمية الدولية") and adjectives of scope ("العالمي").
    A programme is an organisation only with such an adjective ("برنامج الأغذية العالمي", not "برنامج
    الأسلحة"), a group only with its number ("مجموعة الدول الصناعية السبع")."""
    found: list[Candidate] = []
    lists = _lists()
    for i, token in enumerate(tokens):
        if not in_list(token, "org", PLACE_CLITICS):
            continue
        head = key(token)
        group = head.endswith("مجموعة")
        bare = {form.removeprefix("ال") for form in forms(head, PLACE_CLITICS)}
        state_body = bool(bare & _STATE_BODIES)
        if _APPARATUS in bare and (
                i + 1 == len(tokens) or key(tokens[i + 1]) not in _SECURITY_SERVICES):
            continue  # "جهاز الكمبيوتر", "الجهاز الفني": a device, a team's staff; a service only of security
        end = i
        k = i + 1
        scoped = False
        while k < len(tokens) and k - i <= _ORG_MAX + (1 if end > i else 0):
            word = key(tokens[k])
            if group and word in lists["group_numbers"]:
                end = k
                break
            if word in lists["stop"] or word in lists["months"] or not _LETTERS.match(word):
                break
            if word in lists["scope"] and end > i:
                end, scoped = k, True
                k += 1
                continue
            if end > i and word.startswith("لل") and "ال" + word[2:] in lists["complements"]:
                end = k
                k += 1
                continue
            if end > i and state_body and (word in lists["nationalities"] or (
                    word.endswith(("ة", "ه")) and word[:-1] in lists["nationalities"])):
                end = k  # a state's body goes by its nationality: "وزارة الخارجية التركية"
                break
            if word in lists["org_generic"] or (end > i and not places[k] and word.endswith(("ي", "ية", "يه"))):
                break  # "مجلس الإدارة"; a nationality after the name: "حزب الله اللبناني"
            if word.startswith("ال") or places[k]:
                end = k
                k += 1
                continue
            if end == i and "ال" + word in lists["complements"] and k + 1 < len(tokens) and places[k + 1]:
                k += 1  # a construct chain goes on to the place it ends with: "وكالة أنباء الإمارات"
                continue
            break
        if group and (end == i or key(tokens[end]) not in lists["group_numbers"]):
            continue
        if head.endswith("برنامج") and not scoped:
            continue
        if end > i:
            found.append(from_tokens(tokens, i, end, "ORG", ORG_PRIORITY))
    return found


TEAM_WORDS = frozenset({"فريق", "نادي", "لفريق", "بفريق", "لنادي", "بنادي", "ضيفه", "مضيفه", "منافسه"})


def clubs(tokens: Sequence[Token], chosen: Sequence[Candidate]) -> list[Candidate]:
    """A city named as a sports club: after "فريق"/"نادي", or before a nationality in the masculine
    ("ليون الفرنسي", where the city itself would be "ليون الفرنسية")."""
    found: list[Candidate] = []
    for c in chosen:
        if c.type != "LOC":
            continue
        first = next((k for k, t in enumerate(tokens) if t.start == c.start), None)
        last = next((k for k, t in enumerate(tokens) if t.end == c.end), None)
        if first is None or last is None:
            continue
        before = key(tokens[first - 1]) if first > 0 else ""
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if before in TEAM_WORDS or (after is not None and in_list(after, "nationalities", ())):
            found.append(Candidate(c.start, c.end, "ORG", c.priority + 1, None, "rule"))
    return found


# Nouns of news outlets whose name follows in guillemets ("صحيفة «كييف تايمز»", "شبكة «فوكس نيوز»").
_OUTLET_NOUNS = frozenset(light(w) for w in (
    "صحيفة", "الصحيفة", "جريدة", "الجريدة", "شبكة", "الشبكة", "قناة", "القناة", "وكالة", "الوكالة", "مجلة", "المجلة",
    "إذاعة", "الإذاعة", "موقع", "الموقع"))


def quoted(tokens: Sequence[Token]) -> list[Candidate]:
    """A short name in guillemets: a programme, a book, a newspaper, a campaign («مع الناس»)."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        if token.text != "«":
            continue
        j = next((k for k in range(i + 1, min(len(tokens), i + 6)) if tokens[k].text == "»"), None)
        if j is None or j == i + 1 or any(not t.text.isalpha() for t in tokens[i + 1:j]):
            continue
        if i > 0 and any(form in _OUTLET_NOUNS for form in forms(key(tokens[i - 1]), ("و", "ف", "ب", "ل", "وب", "ول"))):
            # the name of the newspaper, network or party the noun before it says it is: صحيفة «كييف تايمز»
            found.append(from_tokens(tokens, i + 1, j - 1, "ORG", PATTERN))
            continue
        found.append(from_tokens(tokens, i + 1, j - 1, "MISC", PLACE + 5))  # over a town's name inside
    return found
