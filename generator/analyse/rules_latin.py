"""Entity rules for English (and other Latin-script text): capitalised runs typed by the words in
them and around them, nationality words, titles, organisation words and connectors, and what the
whole document says about a word ("in Zvornik" twice makes Zvornik a place everywhere).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from generator.analyse import lexicon as lx
from generator.analyse.spans import PATTERN, RULE, Candidate, capitalised_run_end, cased, is_word
from generator.records import Token

_ROMAN_OR_I = re.compile(r"^(?:I|[IVX]{2,5})$")
_POSSESSIVE = ("’s", "'s")
SAYING = frozenset("said says told added stated reported announced denied warned noted insisted urged "
                   "accused argued wrote".split())
PLACE_PREPOSITIONS = frozenset("in at near from to into outside across toward towards via around".split())
COMPASS = frozenset("north south east west northern southern eastern western central upper lower greater "
                    "sri new".split())
# Lower-case second parts that make a hyphenated word an adjective: "NATO-led", "Serb-held".
HYPHEN_ADJECTIVES = frozenset("led controlled held based backed related born made owned run occupied dominated "
                              "sponsored style type speaking era bound linked funded inspired brokered "
                              "registered listed".split())
HYPHEN_PREFIXES = frozenset("anti pro post pre non ex neo pan trans".split())
# Shapes of place names (endings) and of surnames.
PLACE_ENDINGS = ("stan", "land", "burg", "bourg", "grad", "ville", "polis", "abad", "shire", "istan", "nia", "ria",
                 "sia", "via", "nya", "desh", "pur")
PERSON_ENDINGS = ("ov", "ova", "ev", "eva", "sky", "ski", "enko", "vich", "vic", "son", "sen", "man", "stein", "berg")


def ner_tokens(tokens: Sequence[Token]) -> list[Token]:
    """Tokens as names see them: a possessive 's cut off ("Russia's" -> "Russia"), and dotted
    abbreviations in one piece ("U", ".", "S", "." -> "U.S.")."""
    view: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        j = i
        while j + 1 < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isalpha() \
                and tokens[j].text.isupper() and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end \
                and (j == i or tokens[j].start == tokens[j - 1].end):
            j += 2
        if j - i >= 4:  # at least two letters: "U.S.", "U.N."
            view.append(Token("".join(t.text for t in tokens[i:j]), token.start, tokens[j - 1].end))
            i = j
            continue
        if _initial_or_suffix(tokens, i):  # "John F. Smith", "Harold Ford Jr.": one name, its dot kept
            view.append(Token(token.text + ".", token.start, tokens[i + 1].end))
            i += 2
            continue
        if token.text == "," and i + 1 < len(tokens) and tokens[i + 1].text in lx.NAME_SUFFIXES \
                and _initial_or_suffix(tokens, i + 1):
            # "Harold Ford, Jr.": the suffix, from the comma on, goes on the name
            view.append(Token(tokens[i + 1].text + ".", token.start, tokens[i + 2].end))
            i += 3
            continue
        if token.text.endswith(_POSSESSIVE) and len(token.text) > 2:
            view.append(Token(token.text[:-2], token.start, token.end - 2, token.lemma, token.pos))
        else:
            view.append(token)
        i += 1
    return view


def _initial_or_suffix(tokens: Sequence[Token], i: int) -> bool:
    """Whether token i and the dot glued to it are a middle initial between two capitalised words
    ("John F. Smith") or a name's suffix after one ("Harold Ford Jr.", "Harold Ford, Jr.")."""
    token = tokens[i]
    named = tokens[i - 2] if i >= 2 and tokens[i - 1].text == "," else tokens[i - 1] if i else None
    if named is None or i + 1 >= len(tokens) or tokens[i + 1].text != "." or tokens[i + 1].start != token.end \
            or not named.text[:1].isupper() or not named.text[:1].isalpha():
        return False
    if token.text in lx.NAME_SUFFIXES:
        return True
    from generator.names import name_list

    following = tokens[i + 2] if i + 2 < len(tokens) else None
    given = name_list().rank(tokens[i - 1].text.lower(), "given")  # not "Plan B. Then ..."
    return len(token.text) == 1 and token.text.isupper() and token.text.isalpha() and following is not None \
        and following.text[:1].isupper() and following.text[1:2].islower() \
        and given is not None and given <= COMMON_GIVEN_NAME


def all_caps(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


TITLE_CASE_SHARE = 0.9  # of the words other than function words, capitalised: a title-case line
TITLE_WORDS = 20  # at most, in a title


def headline(tokens: Sequence[Token]) -> bool:
    """A sentence written in capitals (a headline)."""
    words = [t for t in tokens if is_word(t)]
    return len(words) >= 3 and sum(all_caps(t) for t in words) >= 0.6 * len(words)


def title_case(tokens: Sequence[Token]) -> bool:
    """A line in title case, as headlines are written ("Background Press Gaggle by Senior
    Administration Officials En Route Geneva"): its capitals say nothing of names."""
    if not tokens or tokens[-1].text == ".":
        return False  # a sentence of the body that lists titles and names ends as sentences do
    words = [t for t in tokens if is_word(t) and t.text.lower() not in lx.EN_FUNCTION_WORDS]
    return 4 <= len(words) <= TITLE_WORDS and sum(t.text[:1].isupper() for t in words) >= TITLE_CASE_SHARE * len(words)


def lower(token: Token) -> str:
    return token.text.lower().strip(".")


def demonym(token: Token) -> bool:
    text = token.text.lower()
    if text in lx.EN_DEMONYMS:
        return True
    parts = text.split("-")
    return len(parts) > 1 and all(p in lx.EN_DEMONYMS for p in parts if p)


def hyphen_misc(token: Token) -> bool:
    """"NATO-led", "Serb-held", "post-Soviet", "Russian-Chechen": adjectives made of names."""
    parts = token.text.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if parts[-1].islower() and parts[-1] in HYPHEN_ADJECTIVES and parts[0][:1].isupper():
        return True
    return parts[0].lower() in HYPHEN_PREFIXES and parts[1][:1].isupper()


def sentence_opening(tokens: Sequence[Token], i: int) -> bool:
    if i == 0:
        return True
    before = tokens[i - 1]
    return not is_word(before) and before.text in "\"'“‘(-–—:" and (i == 1 or tokens[i - 2].text in ".!?:")


@dataclass
class DocumentContext:
    """What a whole document says about its capitalised words."""

    capitalised: set[str] = field(default_factory=set)  # written with a capital mid-sentence
    place: Counter[str] = field(default_factory=Counter)  # after "in", "at", "near"...
    person: Counter[str] = field(default_factory=Counter)  # after a title, before "said", a surname
    lower: set[str] = field(default_factory=set)  # words written in lower case


def document_context(sentences: Sequence[Sequence[Token]]) -> DocumentContext:
    context = DocumentContext()
    for tokens in sentences:
        if headline(tokens) or title_case(tokens):
            continue
        for k, token in enumerate(tokens):
            if token.text[:1].islower():
                context.lower.add(token.text)
            if not (cased(token) and is_word(token)):
                continue
            if k > 0 and not sentence_opening(tokens, k) and token.text.lower() not in lx.EN_FUNCTION_WORDS:
                context.capitalised.add(token.text)
            before = tokens[k - 1].text.lower() if k > 0 else ""
            after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
            if before in PLACE_PREPOSITIONS:
                context.place[token.text] += 1
            if before.strip(".") in lx.EN_PERSON_TITLES or after in SAYING:
                context.person[token.text] += 1
    return context


def _single_type(token: Token, before: Token | None, after: Token | None, context: DocumentContext) -> str | None:
    word = token.text
    if word.lower() in COMPASS:
        return None  # "Eastern" of "Eastern Ukraine"
    if before is not None and lower(before) in lx.EN_PERSON_TITLES:
        return "PER"
    if after is not None and after.text.lower() in SAYING:
        return "PER"
    place, person = context.place[word], context.person[word]
    if place > person:
        return "LOC"
    if person > place:
        return "PER"
    lowered = word.lower()
    if lowered.endswith(PLACE_ENDINGS) and not lowered.endswith(PERSON_ENDINGS):
        return "LOC"
    if before is not None and before.text.lower() in ("the", "a", "an"):
        return None  # "the West", "a Mercedes": not how a person is named
    return "PER"


_PARTY_AND_STATE = re.compile(r"[RDI]-[A-Z]{2}")
_CAMEL_CASE = re.compile(r"^[A-Z][a-z]{2,}[A-Z][A-Za-z]*$")


def camel_case_company(word: str) -> bool:
    """One word in camel case ("SolarWinds", "SpaceX", "BlackRock"): how companies write their
    names, and no person's, place's or platform's ("MacArthur", "YouTube")."""
    return bool(_CAMEL_CASE.match(word)) and word.lower() not in lx.EN_PLATFORMS \
        and not word.startswith(lx.EN_SURNAME_PREFIXES)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


_PLACE_KINDS_AFTER = frozenset("city town village province district governorate oblast".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def type_of_run(run: Sequence[Token], before: Token | None, after: Sequence[Token], initial: bool,
                context: DocumentContext) -> str | None:
    """The type of a run of capitalised words, from its words and the tokens `before` and `after` it."""
    words = [t.text for t in run]
    lowered = [w.lower() for w in words]
    if all(len(w.rstrip(".")) <= 1 for w in words) or (len(words) == 1 and words[0].rstrip(".") in lx.NAME_SUFFIXES):
        return None  # an initial, a name's "Jr."
    head = lowered[:next((k for k, w in enumerate(lowered) if w in lx.EN_ORG_INNER), len(lowered))]
    if (any(w in lx.EN_MISC_WORDS for w in lowered) or any(hyphen_misc(t) for t in run)) \
            and not (0 < len(head) < len(lowered) and head[-1] in lx.EN_ORG_WORDS):
        return "MISC"  # not an organisation whose complement names a war ("Headquarters for ... of War")
    if len(run) > 1 and _org_head(run) and lowered[-1] in _MOVEMENT_HEADS:
        return "ORG"  # "Islamic State", "Muslim Brotherhood"
    if _general_staff(run):
        return "ORG"
    if demonym(run[-1]) and all(demonym(t) or t.text.lower() in COMPASS for t in run):
        return "MISC"
    if len(words) == 1 and lowered[0] in lx.EN_ORG_WORDS:
        return None  # "Press", "International": a word for an organisation, no name of one
    if any(w in lx.EN_ORG_WORDS for w in lowered):
        return None if _a_title(lowered) else "ORG"
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,}s", words[0]):
        return None  # an abbreviation's plural ("NGOs", "MPs"): things or people of a kind, no name
    if len(words) == 1 and all_caps(run[0]) and len(words[0]) >= 2:
        if words[0] in lx.EN_OFFICE_ABBREVIATIONS or _PARTY_AND_STATE.fullmatch(words[0]):
            return None  # "POTUS", a member of Congress's "(R-PA)"
        return "MISC" if words[0] in lx.EN_MISC_ABBREVIATIONS else "ORG"
    if len(words) == 1 and camel_case_company(run[0].text):
        return None if before is not None and before.text in ("@", "#") else "ORG"  # not a handle, a hashtag
    if before is not None and lower(before) in lx.EN_PERSON_TITLES:
        return "PER"
    if ((before is not None and lower(before) in _ORG_KINDS) or _kind_follows(after)) \
            and not (len(run) > 1 and _from_given_name(run[:1])):
        # "the news agency Tanjug", "the daily Yedioth Ahronoth", "his Likud party", "Itar-Tass news
        # agency"; not a person's name ("the head of the faction Harold Finch")
        return "ORG"
    if initial and len(words) == 1 and words[0] not in context.capitalised:
        return None
    if 2 <= len(words) <= 4 and lowered[-1] in lx.EN_PLACE_WORDS:
        return "LOC"  # "Long Island", "Jordan River": a place's word ends the name
    if len(words) <= 3 and after and lower(after[0]) in _PLACE_KINDS_AFTER:
        return "LOC"  # "seized Al Fasher city": the kind of place after its name
    if 2 <= len(words) <= 4 and lowered[-1] in _NUMBER_WORDS:
        return None  # "Channel One", "Formula One": no one's surname is a number
    if 2 <= len(words) <= 4 and lowered[-1] in lx.EN_PERSON_TITLES and not _from_given_name(run[:1]):
        return None  # "Presidential Aide", "Special Envoy": a title, whose holder is named elsewhere
    if 2 <= len(words) <= 4 and any(w in _WEEKDAYS for w in lowered):
        return None  # "(Will) Meet Tuesday": a headline's capitals, no one is named after a weekday
    if 2 <= len(words) <= 4 and all(w in _TITLE_FIELDS | MINISTRY_FIELDS for w in lowered):
        return None  # "(for) Foreign Affairs and Security Policy": a portfolio, no one's name
    if 2 <= len(words) <= 4:
        return None if demonym(run[-1]) else "PER"  # "Top European (and Ukrainian envoys)": no name
    if len(words) == 1:
        return _single_type(run[0], before, after[0] if after else None, context)
    return None


def _kind_follows(after: Sequence[Token]) -> bool:
    """Whether a kind of organisation follows a name, at most one lower-case word away ("party",
    "news agency", "state broadcaster")."""
    words = [t.text for t in after[:2]]
    if len(words) == 2 and not (words[0].isalpha() and words[0].islower()
                                and words[0] not in lx.EN_FUNCTION_WORDS | SAYING):
        words = words[:1]  # "Smith and company", "X told party members": no word of the name's kind
    return any(word in _ORG_KINDS for word in words)


_TITLE_ENDS = lx.EN_PERSON_TITLES | {"official", "officials"}
# Common nouns that say a name beside them is an organisation's ("the newspaper Bild", "the Likud party").
_ORG_KINDS = frozenset("""
newspaper newspapers daily weekly tabloid magazine paper agency broadcaster channel network station radio
firm company companies carrier airline bank lender insurer group conglomerate party parties movement
militia faction club team
""".split())


def _a_title(lowered: Sequence[str]) -> bool:
    """Words of an organisation that end in a person's title before any "of", "on", "for": the title
    of the person ("Press Secretary", "Senior Administration Official on ..."), not the organisation
    ("Office of the President"), unless an organisation's words follow the title ("Vice President of the
    National Academy of Sciences")."""
    k = next((k for k, word in enumerate(lowered) if word in lx.EN_ORG_INNER), len(lowered))
    return k > 0 and lowered[k - 1].strip(".") in _TITLE_ENDS and not any(w in lx.EN_ORG_WORDS for w in lowered[k:])


def _raw_runs(tokens: Sequence[Token], taken: Sequence[bool]) -> list[tuple[int, int]]:
    """Maximal runs of adjacent capitalised words nobody claimed, as (first, last) indexes."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if taken[i] or not cased(tokens[i]) or not is_word(tokens[i]):
            i += 1
            continue
        j = capitalised_run_end(tokens, taken, i)
        runs.append((i, j))
        i = j + 1
    return runs


def _has_org_word(tokens: Sequence[Token], first: int, last: int) -> bool:
    return any(t.text.lower() in lx.EN_ORG_WORDS | lx.EN_MISC_WORDS for t in tokens[first:last + 1])


def _whole_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether a run is a whole organisation's name, ending in its own head word ("Raiffeisen Bank"),
    not a head with its complement ("Ministry of Energy", which "and Climate Change" goes on)."""
    return tokens[last].text.lower() in lx.EN_ORG_WORDS \
        and not any(t.text.lower() in ("of", "for", "on") for t in tokens[first:last])


def _join_connected(tokens: Sequence[Token], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs joined across "of", "for", "and", "the" when the whole names an organisation or an
    event ("Organisation for Security and Cooperation in Europe", "Bank of England"); not across
    "in" after a whole name ("World Economic Forum in Davos" is the forum, and where it meets)."""
    joined: list[tuple[int, int]] = []
    for first, last in runs:
        if joined:
            prev_first, prev_last = joined[-1]
            gap = [t.text.lower() for t in tokens[prev_last + 1:first]]
            if 1 <= len(gap) <= 2 and all(g in lx.EN_ORG_INNER for g in gap) and gap[0] != "the" \
                    and gap != ["and", "the"] \
                    and _has_org_word(tokens, prev_first, last) \
                    and not (gap == ["in"] and tokens[prev_last].text.lower() in lx.EN_ORG_WORDS) \
                    and not ("and" in gap and tokens[first].text.lower().strip(".") in lx.EN_PERSON_TITLES) \
                    and not ("and" in gap and (_whole_name(tokens, prev_first, prev_last)
                                               or tokens[first].text.lower() in lx.EN_ORG_WORDS)):
                # (... "and Secretary of the Council": a second person's title, not one name; "the
                # National Football League and Radio Liberty", "Raiffeisen Bank and UniCredit", "the
                # National Bank of Ukraine and Ministry of Finance": two organisations, the first whole or
                # the second opening with its head; "National Security and Defence Council" is one.)
                joined[-1] = (prev_first, last)
                continue
        joined.append((first, last))
    return joined


# Words that after a nationality or a faith name a movement or a would-be state ("Islamic State",
# "Muslim Brotherhood", "Islamic Jihad"), as an organisation word names an organisation.
_MOVEMENT_HEADS = frozenset({"state", "jihad", "brotherhood", "emirate"})


def _org_head(run: Sequence[Token]) -> bool:
    """Whether a run ends in an organisation's word, or is a nationality's or faith's movement."""
    last = run[-1].text.lower()
    return last in lx.EN_ORG_WORDS or (last in _MOVEMENT_HEADS and demonym(run[0]))


def _pieces(run: list[Token]) -> list[tuple[list[Token], bool]]:
    """A run split at titles ("Foreign Minister Yevgeny Primakov"): (words, follows a title).
    Words before a title qualify it ("Foreign", "Interior") and are dropped, except an organisation's
    name before the first title ("Foreign Ministry Spokeswoman Jane Roe"). A run with organisation
    words after its last title is one organisation ("Vice President of the Academy of Sciences")."""
    if len(run) >= 3 and run[-1].text.rstrip(".") in lx.NAME_SUFFIXES and _is_title(run[-2]):
        return [(run, False)]  # "Martin Luther King Jr.": a name's suffix follows a name, never a title
    if _general_staff(run):
        return [(run, False)]  # "the General Staff": an army's headquarters, no general
    titles = [k for k, token in enumerate(run) if _is_title(token)]
    if _org_context(run) and (not titles or _org_context(run[titles[-1] + 1:])):
        return [(run, False)]
    pieces: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
    after_title = False
    k = 0
    while k < len(run):
        token = run[k]
        k += 1
        if _is_title(token):
            if len(current) >= 2 and current[-1].text.lower() in lx.EN_ORG_INNER and _org_context(current):
                if current[-1].text.lower() == "the":
                    # "Office of the (Prime Minister) Jane Roe": the whole title ends the organisation's name.
                    end = next((n for n in range(k, len(run)) if not _is_title(run[n])), len(run))
                    pieces.append(([*current, token, *run[k:end]], after_title))
                    k = end
                else:
                    # "the Awami League of Prime Minister Sheikh Hasina": "of" a title with no article
                    # is the person's party, not a part of its name.
                    pieces.append((current[:-1], after_title))
                current = []
                after_title = True
                continue
            if current and ((after_title and not (len(current) == 1 and _org_context(current))
                             and (_org_context(current) or _from_given_name(current)))
                            or (len(current) >= 2 and _org_context(current))):
                # (between two titles, words with no given name qualify the second: "Former National
                # Security Advisor")
                pieces.append((current, after_title))
            current = []
            after_title = True
            continue
        current.append(token)
    if current:
        pieces.append((current, after_title))
    return [(_past_title_complement(piece) if after_title else piece, after_title) for piece, after_title in pieces]


_TITLE_SUFFIXES = ("-designate", "-elect")


def _general_staff(run: Sequence[Token]) -> bool:
    lowered = [t.text.lower() for t in run]
    return ("general", "staff") in set(pairwise(lowered))


def _is_title(token: Token) -> bool:
    """A person's title, also one about to be taken up ("Ambassador-designate")."""
    word = token.text.lower().strip(".")
    return word in lx.EN_PERSON_TITLES or (word.endswith(_TITLE_SUFFIXES)
                                          and word.rsplit("-", 1)[0] in lx.EN_PERSON_TITLES)


def _past_title_complement(piece: list[Token]) -> list[Token]:
    """A piece after a title that opens with "for", "of" ("VP for Defense Rebecca Grant") goes on
    with the title: the name starts at the first given name, and there is none without one."""
    if not piece or piece[0].text not in lx.EN_ORG_INNER:
        return piece
    return _from_given_name(piece)


COMMON_GIVEN_NAME = 3.5  # rarer "given names" of the list are often words ("Foreign", "House", "Peace")
# What a title is of, never a given name there ("Chairman of the Joint Chiefs of Staff Milley")
_TITLE_FIELDS = frozenset("staff state defense defence security affairs justice treasury commerce energy trade".split())


def _from_given_name(words: Sequence[Token]) -> list[Token]:
    """The words from the commonest given name on ("Staff Stephen Miller": Stephen Miller); none
    where no word is a common given name ("Minister for Foreign Affairs" is all title)."""
    from generator.names import name_list

    ranked = [(rank, k) for k, token in enumerate(words) if token.text[:1].isupper()
              and token.text.lower() not in _TITLE_FIELDS
              and (rank := name_list().rank(token.text.lower(), "given")) is not None and rank <= COMMON_GIVEN_NAME]
    return list(words[min(ranked)[1]:]) if ranked else []


def _org_context(run: Sequence[Token]) -> bool:
    return any(t.text.lower() in lx.EN_ORG_WORDS for t in run)


def _person_after_organisation(piece: Sequence[Token]) -> int | None:
    """Where a person's name starts that runs on from an organisation's ("… Testing Center Jane
    Roe"): two or three words after the organisation's last word, the first a given name more often
    than a surname ("Volodymyr", "John"; not "Morgan" of "Bank Morgan Stanley")."""
    from generator.names import GIVEN_NAME_RARITY, name_list

    last = max((k for k, t in enumerate(piece) if t.text.lower() in lx.EN_ORG_WORDS), default=None)
    if last is None or not 2 <= len(piece) - last - 1 <= 3:
        return None
    tail = piece[last + 1:]
    if not all(t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() for t in tail):
        return None
    word = tail[0].text.lower()
    given, surname = name_list().rank(word, "given"), name_list().rank(word, "surname")
    if given is None or given > GIVEN_NAME_RARITY or (surname is not None and surname <= given):
        return None
    return last + 1


# Common nouns for a place: the name after "<noun> of" is the place's ("the village of Shatoi").
_PLACE_NOUNS = frozenset("""
village villages town towns city cities settlement settlements hamlet district districts province provinces
region county municipality port island islands suburb neighbourhood neighborhood outskirts capital
north south east west northeast northwest southeast southwest
""".split())


def _place_of(tokens: Sequence[Token], first: int) -> bool:
    """Whether a run follows "<place noun> of" ("village of", "north of")."""
    return first >= 2 and tokens[first - 1].text == "of" and tokens[first - 2].text.lower() in _PLACE_NOUNS


def _title_complement_opens(tokens: Sequence[Token], first: int) -> bool:
    """Whether a run opens what a title is of or to ("Secretary of State", "Ambassador to Israel",
    "Speaker of the House")."""
    k = first - 1
    if k >= 1 and tokens[k].text.lower() == "the":
        k -= 1
    return k >= 1 and tokens[k].text.lower() in ("of", "for", "to") and lower(tokens[k - 1]) in lx.EN_PERSON_TITLES


def fallback(tokens: Sequence[Token], taken: Sequence[bool], context: DocumentContext) -> list[Candidate]:
    """Runs of capitalised words nobody claimed."""
    found: list[Candidate] = []
    if headline(tokens):
        return found
    headed = title_case(tokens)
    for first, last in _join_connected(tokens, _raw_runs(tokens, taken)):
        of_title = _title_complement_opens(tokens, first)
        if of_title and not _has_org_word(tokens, first, last):
            # "Secretary of State John Kerry", "Minister for Foreign Affairs", "Ambassador to Israel Jack
            # Lew", "Speaker of the House Newt Gingrich": the words go with the title
            name = _from_given_name(tokens[first:last + 1])
            if not name and last - first >= 2 and tokens[first - 1].text.lower() in ("the", "to"):
                name = list(tokens[last - 1:last + 1])  # "House Newt Gingrich": a name of two words ends it
            if not name:
                continue
            first = next(k for k in range(first, last + 1) if tokens[k] is name[0])
        after_of = first == last and first >= 2 and tokens[first - 1].text.lower() == "of" and cased(tokens[first - 2])
        run = [t for t in tokens[first:last + 1] if not _ROMAN_OR_I.match(t.text)]
        initial = sentence_opening(tokens, first)
        while run and run[0].text.lower() in lx.EN_FUNCTION_WORDS | lx.EN_NOT_NAMES:
            run.pop(0)
            initial = False
        while run and run[-1].text.lower() in lx.EN_CONNECTORS | lx.EN_ORG_INNER | lx.MONTHS_AND_DAYS:
            run.pop()
        if not run or run[0].text.lower() in lx.MONTHS_AND_DAYS:
            continue
        before = tokens[first - 1] if first > 0 else None
        if before is not None and before.text == "," and first >= 2 and lower(tokens[first - 2]) in _ORG_KINDS:
            before = tokens[first - 2]  # "the pro-Kremlin newspaper, Moskovsky Komsomolets,": set off, still its kind
        after = tokens[last + 1:last + 3]
        # Nationality words stand alone (MISC) unless the whole run is one ("Bosnian Serb") or an
        # organisation's name that starts with one ("Macedonian Communist Party").
        if len(run) > 1 and demonym(run[0]) and not all(demonym(t) or t.text.lower() in COMPASS for t in run) \
                and not (_org_head(run) and not any(_is_title(t) for t in run)):
            found.append(Candidate(run[0].start, run[0].end, "MISC", RULE))
            run = run[1:]
            initial = False
        for piece, after_title in _pieces(run):
            if not piece:
                continue
            person = _person_after_organisation(piece)
            if person is not None:  # "Head of the Testing Center Jane Roe": the center, then its head
                found.append(Candidate(piece[0].start, piece[person - 1].end, "ORG", RULE))
                found.append(Candidate(piece[person].start, piece[-1].end, "PER", RULE))
                continue
            if after_title and all(t.text.lower() in _TITLE_FIELDS | MINISTRY_FIELDS for t in piece):
                continue  # "High Representative for Foreign Affairs": what the title is of, no one's name
            if after_title and not _org_context(piece):
                kind: str | None = "PER" if not demonym(piece[0]) else "MISC"
            else:
                kind = type_of_run(piece, before if piece[0] is run[0] else None, after, initial and piece[0] is run[0],
                                   context)
            if kind in ("PER", None) and piece[0] is run[0] and _place_of(tokens, first):
                kind = "LOC"  # "the village of Shatoi", "the southern town of Karak", "north of Welikanda"
            elif kind == "PER" and after_of:
                continue  # "the Head of State said": the end of a title, not a person's name
            if kind and headed and not all(
                    t.text in context.capitalised for t in piece if t.text.lower() not in lx.EN_FUNCTION_WORDS):
                # a headline's capitals: a name only where the body writes it so too, or a person's
                # given name and surname ("Negotiator Wendy Kellner Cites Progress": "Cites Progress"
                # names no one)
                named = _from_given_name(piece) if kind == "PER" else []
                if len(named) < 2:
                    continue
                piece = named[:2]
            if kind:
                found.append(Candidate(piece[0].start, piece[-1].end, kind, RULE))
    return found


# What a ministry is for, as English news writes it in lower case ("Russia's defence ministry"); a
# portfolio ("Foreign Affairs") is no one's name.
MINISTRY_FIELDS = frozenset("""defence defense foreign interior finance justice health emergencies emergency energy
economy economic development agriculture education culture digital transformation trade industry transport
infrastructure social policy labour labor veterans affairs""".split())


# Nouns of a news outlet or a body whose name stands in quotes beside them ('the TV channel "Ukraine 24"',
# '"Meduza" portal', 'the "Servant of the People" party').
_OUTLET_NOUNS = frozenset("channel channels portal newspaper newspapers magazine agency website site outlet network "
                          "broadcaster party company daily weekly tabloid".split())
_QUOTED_NAME = re.compile(r"[\"“«]([A-Z0-9][^\"“”«»\n]{0,40}?)[\"”»]")


def quoted_outlets(text: str, start: int, end: int) -> list[Candidate]:
    """A quoted name right after or before the noun of an outlet or body is that body's name."""
    found: list[Candidate] = []
    for m in _QUOTED_NAME.finditer(text, start, end):
        before = re.findall(r"[A-Za-z]+", text[max(start, m.start() - 25):m.start()])
        after = re.findall(r"[A-Za-z]+", text[m.end():min(end, m.end() + 15)])
        if {w.casefold() for w in before[-2:] + after[:2]} & _OUTLET_NOUNS:
            found.append(Candidate(m.start(1), m.end(1), "ORG", PATTERN, None, "rule"))
    return found


def dateline(tokens: Sequence[Token], chosen: Sequence[Candidate]) -> list[Candidate]:
    """"NOVYE ATAGI, Russia 1996-08-10 …": the capitals before a country that opens a story are a place."""
    if len(tokens) < 3 or not all_caps(tokens[0]):
        return []
    k = 0
    while k < len(tokens) and all_caps(tokens[k]) and is_word(tokens[k]):
        k += 1
    if k == 0 or k >= len(tokens) - 1 or tokens[k].text != ",":
        return []
    nxt = tokens[k + 1]
    if not any(c.start == nxt.start and c.type == "LOC" for c in chosen) or \
            any(c.start < tokens[k - 1].end and tokens[0].start < c.end for c in chosen):
        return []
    return [Candidate(tokens[0].start, tokens[k - 1].end, "LOC", RULE + 1)]
