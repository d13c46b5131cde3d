"""Negotiation tracks: score every configured track on keyword, actor and pair cues."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from generator.config import TrackConfig
from generator.extract.events import EVENT_CUES, demonym_country, demonym_sides
from generator.gazetteer import NameIndex
from generator.morph import lemma
from generator.normalize import arabic_stems, script_of, word_key
from generator.records import AnalysedDoc, Sentence, Token
from generator.schema import EventFact, QuoteFact, TrackMatch, Tracks

KEYWORD_WEIGHT = 1.0
REPEAT_BONUS = 0.5
ACTOR_WEIGHT = 1.0
PAIR_WEIGHT = 0.5  # the sides of these negotiations are named together in most articles: weak evidence
EVENT_WEIGHT = 2.0  # an event the article reports (a summit, an exchange) outweighs a topic word
CONTACT_WEIGHT = 1.0  # a contact between the sides: evidence of the channel, weaker than a reported summit or exchange
PARTY_WEIGHT = 1.5  # the track's sides take part in the article: who negotiates decides the track
LEAD_BONUS = 1.0
LEAD_SENTENCES = 2  # the lead: the first sentences that say something (the title, when the body opens with it)
LEAD_WORDS = 4  # a shorter line (a date, a rubric, a navigation link, a byline) is no sentence of the lead
PARTY_SENTENCES = 2  # a country takes part when it (or its people) is named in this many sentences, or in the lead
# What an article reports when it reports negotiations; statements and strikes alone are not.
NEGOTIATION_EVENTS = frozenset({"meeting", "visit", "summit", "talks", "call", "proposal", "rejection", "agreement",
                                "exchange"})
# Events that bring their sides together (a proposal or an agreement one side is asked to accept does not).
_AT_ONE_TABLE = frozenset({"meeting", "visit", "summit", "talks", "call", "exchange"})
CLOSE_CALL = 0.85  # a runner-up scoring this share of the primary's score makes a near tie


def _keyword_keys(keyword: str, lang: str) -> list[list[set[str]]]:
    """Keys of each word of a keyword, its form and its lemma (so "гарантії" meets "гарантій"), in
    two readings where it has a hyphen: its parts as separate words ("US-Russia", as English text is
    tokenised) and its compound words whole ("российско-американский", one word of Russian text)."""
    # (an abbreviation's dots part its letters as the text's words do: "U.S." is "U", "S")
    readings = [[part for part in re.sub(r"(?<=\w)\.(?=\w|$|\s|-)", " ", keyword).replace("-", " - ").split()
                 if part != "-"]]
    if "-" in keyword.strip("-"):
        readings.append(keyword.split())
    found = []
    for words in readings:
        keys = [{word_key(word), word_key(lemma(lang, word))} for word in words]
        if script_of(keyword) == "arabic" and len(words) > 1:
            # "خطه السلام" is also "خطة سلام": in a phrase the article does not matter (a word alone keeps
            # it: "السلام", peace, is no "سلام" of a name, "عبد السلام")
            keys = [forms | {stem for form in forms for stem in arabic_stems(form)} for forms in keys]
        if script_of(keyword) == "cyrillic":
            keys = [forms | _adjective_stems(forms) for forms in keys]
        for forms in keys:
            # Arabic nouns in ة (folded to ه) make their plural in ات, and write it ت before the dual's
            # ending or a pronoun: سفارة → سفارات, سفارتين, سفارتنا.
            forms |= {form[:-1] + ending for form in forms if script_of(form) == "arabic" and form.endswith("ه")
                      for ending in ("ات", "ت")}
        found.append(keys)
    return found


# English inflects with a few endings; a longer word that starts with a keyword is mostly another word
# ("diplomatic" is no "diplomat", "nuclearisation" no "nuclear").
_ENGLISH_ENDINGS = ("s", "es", "d", "ed", "ing")


def _inflects(word: str, keyword: str) -> bool:
    """Whether a word is an inflected or plural form that starts with the keyword."""
    ending = word[len(keyword):]
    if not word.startswith(keyword) or len(ending) > 3:
        return False
    if script_of(keyword) != "latin":
        return True
    # a doubled last consonant before the ending: "expel" -> "expelled"
    return ending in _ENGLISH_ENDINGS or (ending[:1] == keyword[-1:] and ending[1:] in _ENGLISH_ENDINGS)


def _token_matches(keys: set[str], wanted: set[str], in_phrase: bool = False) -> bool:
    if keys & wanted:
        return True
    # (English inflects with its few endings only, so a shorter English word may take them: "lift" -> "lifted";
    # in a phrase, whose other words keep it from being another word, even a short one: "ending this war")
    return any(_inflects(k, w) for w in wanted
               if len(w) >= 5 or (script_of(w) == "latin" and (len(w) == 4 or (in_phrase and len(w) >= 3)))
               for k in keys)


# Words that may not stand between a phrase's words: they turn "a meeting of presidents" into one
# "with the president" ("зустріч з президентом" is no "зустріч президентів").
_NO_GAP = frozenset("with from to з із зі с со від от до к مع".split())


def _phrase_spans(token_keys: Sequence[tuple[int, set[str]]], phrase: list[set[str]]) -> list[tuple[int, int, int]]:
    """Every occurrence of a phrase: its sentence and its first and last word; one other word may
    stand between two of its words ("end of the war", "закінчення цієї війни"), within one sentence,
    but not one that changes what the words are to each other ("with")."""
    hits: list[tuple[int, int, int]] = []
    in_phrase = len(phrase) > 1
    for i in range(len(token_keys)):
        if not _token_matches(token_keys[i][1], phrase[0], in_phrase):
            continue
        at, sentence = i, token_keys[i][0]
        for wanted in phrase[1:]:
            for step in (1, 2):
                nxt = at + step
                if step == 2 and at + 1 < len(token_keys) and token_keys[at + 1][1] & _NO_GAP:
                    continue  # (the last step: the phrase is not here)
                if nxt < len(token_keys) and token_keys[nxt][0] == sentence \
                        and _token_matches(token_keys[nxt][1], wanted, in_phrase):
                    at = nxt
                    break
            else:
                break
        else:
            hits.append((sentence, i, at))
    return hits


def _keyword_hits(token_keys: Sequence[tuple[int, set[str]]], keywords: Sequence[str],
                  lang: str) -> dict[str, list[int]]:
    """The sentence of each occurrence of each keyword, less the occurrences inside a longer keyword's:
    "peace" in "lasting peace" is one cue, not two."""
    spans = {keyword: max((_phrase_spans(token_keys, reading) for reading in _keyword_keys(keyword, lang)), key=len)
             for keyword in keywords}
    every = [(first, last) for found in spans.values() for _, first, last in found]
    counted: set[tuple[int, int]] = set()  # words one keyword took: two forms of one word are one cue
    hits: dict[str, list[int]] = {}
    for keyword, found in spans.items():
        hits[keyword] = []
        for sentence, first, last in found:
            if any(a <= first and last <= b and (a, b) != (first, last) for a, b in every) or (first, last) in counted:
                continue
            counted.add((first, last))
            hits[keyword].append(sentence)
    return hits


# Words for strikes, and the words that may stand between a strike and what it hits ("удари по",
# "strikes on", "ضربات على").
_STRIKE_KEYS = frozenset(word_key(w) for words in EVENT_CUES["strike"].values() for w in words) | frozenset(
    word_key(w) for w in ("ضربات", "هجمات", "الضربات", "الهجمات",  # (and the Arabic plurals and verbal nouns)
                          "مهاجمة", "ومهاجمة", "استهداف", "واستهداف", "قصف", "وقصف"))
_STRUCK_REACH = 4  # words after a strike word that name its target
# Words that go on to name a target in particular ("infrastructure, especially energy"): the reach runs on.
_IN_PARTICULAR = frozenset(word_key(w) for w in (
    "especially", "including", "particularly", "зокрема", "особливо", "включно", "особенно", "включая",
    "خاصة", "وخاصة", "خصوصا", "وخصوصا", "بما"))


def _struck(token_keys: Sequence[tuple[int, set[str]]], lang: str) -> set[int]:
    """Indexes of the words that name what strikes hit."""
    found: set[int] = set()
    for k, (sentence, keys) in enumerate(token_keys):
        if keys & _STRIKE_KEYS:
            reach = k + 1 + _STRUCK_REACH
            if any(token_keys[j][1] & _IN_PARTICULAR for j in range(k + 1, min(len(token_keys), reach))):
                reach += _STRUCK_REACH
            found.update(j for j in range(k + 1, min(len(token_keys), reach)) if token_keys[j][0] == sentence)
    return found


_SUMMIT_KEYS = frozenset(word_key(w) for words in EVENT_CUES["summit"].values() for w in words)


def _bodies_summits(doc: AnalysedDoc, words: Sequence[tuple[Sentence, Token]],
                    org_spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of the summit words that name an organisation's summit ("the Nato summit", "саміт
    НАТО", "قمة الناتو"), and of the bare ones after it ("the summit declaration"), where no name
    stands beside them, or one person's only ("саміт НАТО перетворився на саміт Трампа"): a summit of
    the alliance, not of the negotiating leaders, who are two ("the Trump-Putin summit")."""
    names = [(m.start, m.end) for m in doc.entities if m.type in ("LOC", "PER")]
    people = [(m.start, m.end) for m in doc.entities if m.type == "PER"]
    found: set[int] = set()
    for k, (sentence, token) in enumerate(words):
        if word_key(token.text) not in _SUMMIT_KEYS and word_key(token.lemma or "") not in _SUMMIT_KEYS:
            continue  # (in any case: "самітом")
        beside = [words[j][1] for j in (k - 1, k + 1) if 0 <= j < len(words) and words[j][0] is sentence]
        # the leaders it is of: the names beside it, and one more joined to either ("саміт Трампа і Путіна")
        near = list(beside)
        for step in (-1, 1):
            far, joint = k + 3 * step, k + 2 * step
            if 0 <= far < len(words) and words[far][0] is sentence and words[joint][1].text.casefold() in _AND:
                near.append(words[far][1])
        one_persons = _within(beside, people) and len({span for span in people if _within(near, [span])}) < 2
        if _within(beside, org_spans) or (found and (not _within(beside, names) or one_persons)):
            found.add(k)
    return found


_AND = frozenset("and & і й та и و".split())


def _within(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= t.start and t.end <= b for t in tokens for a, b in spans)


def _post_of(actor: str, others: Sequence[str], index: NameIndex) -> bool:
    """Whether an organisation cue is the post of a person cue also present (the fund its head
    runs: one cue, not two), by what the registry says of either."""
    entry = index.entries.get(actor)
    if entry is None or entry.type == "person":
        return False
    for other in others:
        person = index.entries.get(other)
        if person is not None and person.type == "person" and (
                entry.name.casefold() in (person.role or "").casefold()
                or person.name.casefold() in (entry.role or "").casefold()):
            return True
    return False


def _named_by_adjective(doc: AnalysedDoc) -> set[str]:
    """Countries the article names by their adjective ("план, запропонований американською стороною")."""
    return {country for sentence in doc.sentences for token in sentence.tokens
            if (country := demonym_country(token, doc.lang))}


def _country_of(actor_id: str, index: NameIndex) -> str | None:
    entry = index.entries.get(actor_id)
    if entry is None:
        return None
    return actor_id if entry.type == "country" else entry.country


def _acts(actor_id: str, index: NameIndex) -> bool:
    """A country acts through itself, its people and organisations, and its capital ("Moscow said"):
    not through another city, which is where something happens ("talks in New York")."""
    entry = index.entries.get(actor_id)
    return entry is None or entry.type != "place" or entry.role.lower().startswith("capital")


def _among(participants: Sequence[str], countries: set[str], index: NameIndex) -> bool:
    """Whether an event's known participants are all of these countries (themselves, their people and
    organisations): a NATO summit or an exchange of Russia and Belarus is no event of Russia and
    Ukraine. A participant the registry does not know says nothing either way, but where the event
    names any, one it knows must be among them: an exchange at "International Airport" is no one's
    (an exchange that names no sides at all is the article's, whose sides its readers know)."""
    known = False
    for actor_id in participants:
        entry = index.entries.get(actor_id)
        if entry is not None and entry.in_registry:
            if _country_of(actor_id, index) not in countries:
                return False
            known = True
    return known or not participants


def _covers(event: EventFact, parties: Sequence[Sequence[str]], index: NameIndex) -> bool:
    """Whether an event's participants, through their countries, include both sides of one of these sets."""
    countries = {country for actor_id in event.participants if (country := _country_of(actor_id, index))}
    return any(len(side) > 1 and set(side) <= countries for side in parties)


RECALLED_DAYS = 7  # an event dated this long before the article is one it recalls, not one it reports


def _recalled(event: EventFact, published: dt.date | None) -> bool:
    """Whether an event is dated well before the article ("the outcomes of the June 2021 summit")."""
    if not event.date or published is None:
        return False
    if len(event.date) == 7:  # a month
        return event.date < published.isoformat()[:7]
    try:
        return dt.date.fromisoformat(event.date[:10]) < published - dt.timedelta(days=RECALLED_DAYS)
    except ValueError:
        return False


def lead_of(doc: AnalysedDoc) -> set[int]:
    """The sentences of the lead: the title and the first LEAD_SENTENCES of the body with LEAD_WORDS
    words or more, so a date line, a rubric or a navigation link above the text does not push the
    news out of it."""
    title_end = len(doc.article.title) if doc.article.title_in_text else 0
    title = {sentence.index for sentence in doc.sentences if sentence.start < title_end}
    lead: list[int] = []
    for sentence in doc.sentences:
        if sentence.index not in title \
                and sum(1 for t in sentence.tokens if any(c.isalpha() for c in t.text)) >= LEAD_WORDS:
            lead.append(sentence.index)
            if len(lead) == LEAD_SENTENCES:
                break
    return title | set(lead)


def taking_part(actors_by_sentence: dict[int, set[str]], index: NameIndex, lead: set[int] | None = None) -> set[str]:
    """Countries that take part in the article: named, or through their people and organisations,
    in PARTY_SENTENCES sentences or in the lead."""
    lead = set(range(LEAD_SENTENCES)) if lead is None else lead
    sentences: dict[str, set[int]] = {}
    for number, ids in actors_by_sentence.items():
        for actor_id in ids:
            if not _acts(actor_id, index):
                continue
            country = _country_of(actor_id, index)
            if country:
                sentences.setdefault(country, set()).add(number)
    return {country for country, found in sentences.items()
            if len(found) >= PARTY_SENTENCES or found & lead}


_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


def _keys_of(token: Token, index: NameIndex) -> set[str]:
    if _POSSESSIVE.search(token.text) and script_of(token.text) == "latin":
        # a possessive is the singular: "the leader's meeting" is no "leaders' meeting"
        return {word_key(_POSSESSIVE.sub("", token.text))}
    keys = index.token_keys(token)
    script = script_of(token.text)
    if script == "latin" and "-" in token.text:
        keys |= {key.replace("-", "") for key in keys}  # "cease-fire" is the ceasefire
    if script == "arabic":
        for key in list(keys):
            keys.update(arabic_stems(key))
        # a dual or a plural of men: "الوفدين" (the two delegations) is a "وفد"
        keys |= {key[:-2] for key in keys if len(key) >= 5 and key.endswith(("ين", "ان", "ون"))}
    if script == "cyrillic":
        keys |= _adjective_stems(keys)
    return keys


# An adjective's dictionary form in any gender ("мирний", "мирне": the lemmatiser reads "мирного" as
# either), as one key.
_ADJECTIVE_ENDING = re.compile(r"^(\w{3,}?)(?:ий|ій|ый|ой|ое|ее|е|є)$")


def _adjective_stems(keys: set[str]) -> set[str]:
    return {"≈" + m.group(1) for key in keys if (m := _ADJECTIVE_ENDING.match(key))}


def _speaking(doc: AnalysedDoc, quotes: Sequence[QuoteFact]) -> dict[int, set[str]]:
    """The sentences each quote's speaker speaks in: a transcript's speaker takes part in the article
    however rarely the text names them."""
    speaking: dict[int, set[str]] = {}
    for quote in quotes:
        if quote.speaker:
            for sentence in doc.sentences[quote.sentence:]:
                if sentence.start >= quote.end:
                    break
                speaking.setdefault(sentence.index, set()).add(quote.speaker)
    return speaking


# Words for an envoy, which name the person beside them ("Putin envoy Kirill Dmitriev", "Dmitriev, the
# Kremlin envoy").
_ENVOY_WORDS = frozenset(word_key(w) for w in (
    "envoy", "envoys", "emissary", "representative", "negotiator", "посланець", "посланця", "посланцем",
    "спецпосланець", "спецпосланця", "спецпосланцем", "посланник", "посланника", "посланником", "спецпосланник",
    "спецпосланника", "спецпосланником", "спецпредставник", "спецпредставника", "спецпредставитель",
    "спецпредставителя", "مبعوث", "المبعوث", "مبعوثه", "مبعوثا", "والمبعوث"))
TITLE_REACH = 3  # words between an envoy's title and the name it goes with


def _titles(words: Sequence[tuple[Sentence, Token]], people: Sequence[tuple[int, int, str]]) -> dict[int, str]:
    """The envoy words that title a named person: word index -> the person's id."""
    found: dict[int, str] = {}
    for k, (sentence, token) in enumerate(words):
        if word_key(token.text) not in _ENVOY_WORDS:
            continue
        after = [j for j in range(k + 1, min(len(words), k + 1 + TITLE_REACH + 1)) if words[j][0] is sentence]
        before = [j for j in range(max(0, k - TITLE_REACH - 1), k) if words[j][0] is sentence]
        for start, end, person in people:
            if any(words[j][1].start == start for j in after) or (
                    any(words[j][1].end == end for j in before)
                    and sentence.text[end - sentence.start:token.start - sentence.start].lstrip().startswith(",")):
                found[k] = person
                break
    return found


_APPOSITION = re.compile(r"\s*[,،]([^,،.;:()«»\"“”\n]{3,160})")


def _appositions(text: str, words: Sequence[tuple[Sentence, Token]],
                 people: Sequence[tuple[int, int, str]]) -> dict[int, str]:
    """The words of the title set off by a comma after a person's name: word index -> the person's id."""
    spans = [(m.start(1), m.end(1), person) for _, end, person in people
             if (m := _APPOSITION.match(text, end)) is not None]
    return {k: person for k, (_, token) in enumerate(words) for start, end, person in spans
            if start <= token.start and token.end <= end}


def score_tracks(doc: AnalysedDoc, actors_by_sentence: dict[int, set[str]], config: TrackConfig,
                 index: NameIndex, events: Sequence[EventFact] = (), quotes: Sequence[QuoteFact] = (),
                 sides_by_sentence: dict[int, set[str]] | None = None,
                 people: Sequence[tuple[int, int, str]] = (), published: dt.date | None = None) -> Tracks:
    """Tracks at or above the configured score, best first; 'other' when none reaches it.

    Each distinct cue counts once (a keyword used again adds half a point, not a point per use),
    so a long article does not drift onto every track; a pair of actors counts when both are
    named in one sentence, since co-occurrence across an article says little. A keyword in the
    title or lead (the first two sentences) counts once more: that is where news puts its subject.
    `sides_by_sentence` are the actors that take part (not a country a war is about), where they
    differ from `actors_by_sentence`; `people` the person mentions (start, end, id), whose titles
    say whose envoy is named; `published` the article's date, which keeps it off a track whose process
    had not begun (or had ended).
    """
    # The words of an organisation's name say what it is, not what the article is about ("Office of
    # Press and Public Diplomacy", "US Institute of Peace").
    org_spans = [(m.start, m.end) for m in doc.entities if m.type == "ORG"]
    words = [(s, t) for s in doc.sentences for t in s.tokens if t.text[:1].isalnum()]
    token_keys = [(s.index, set() if any(a <= t.start and t.end <= b for a, b in org_spans) else _keys_of(t, index))
                  for s, t in words]
    # What strikes hit is no subject of the article ("паузу в ударах по енергетиці", "attacks on
    # energy infrastructure"): energy there is a target, not energy cooperation.
    struck = _struck(token_keys, doc.lang)
    token_keys = [(n, set() if k in struck else keys) for k, (n, keys) in enumerate(token_keys)]
    bodies_summits = _bodies_summits(doc, words, org_spans)
    token_keys = [(n, set() if k in bodies_summits else keys) for k, (n, keys) in enumerate(token_keys)]
    bodies_summit_sentences = {words[k][0].index for k in bodies_summits}
    events = [e for e in events if not (e.type == "summit" and e.sentence in bodies_summit_sentences)]
    titles = _titles(words, people)
    appositions = _appositions(doc.article.text, words, people)
    present = set().union(*actors_by_sentence.values()) if actors_by_sentence else set()
    lead = lead_of(doc)
    # who acts: the actors, less a country named only as what a war is about
    acting = {n: set(ids) for n, ids in (sides_by_sentence if sides_by_sentence is not None
                                          else actors_by_sentence).items()}
    for n, speakers in _speaking(doc, quotes).items():
        acting.setdefault(n, set()).update(speakers)
    for sentence in doc.sentences:  # "the Ukrainian side", "российская делегация"
        for side in demonym_sides(sentence, doc.lang, index, held=False):
            acting.setdefault(sentence.index, set()).add(side.actor_id)
    countries = taking_part(acting, index, lead)
    # The countries on each side of each contact: a call between Biden and Putin is one between their countries.
    contacts = [(event.type, {c for p in event.participants if (c := _country_of(p, index))}, event.sentence)
                for event in events]
    # The sides of a negotiation the article reports take part in it, however they are named
    # ("talks between Russian and Ukrainian representatives"), where they are exactly a track's sides.
    negotiated = [sides_met for kind, sides_met, _ in contacts if kind in NEGOTIATION_EVENTS and len(sides_met) > 1]
    # A contact belongs to the tracks whose sides it covers best: a meeting of Russia, Ukraine and
    # the US is the mediated talks, not Russia and Ukraine alone nor the US and Russia alone.
    best = [max((len(side) for track in config.tracks if kind in track.cues.contacts for side in track.cues.parties
                 if len(side) > 1 and set(side) <= sides_met), default=0) for kind, sides_met, _ in contacts]
    named = {country for actor_id in present if _acts(actor_id, index) and (country := _country_of(actor_id, index))}
    named |= _named_by_adjective(doc)
    scored: dict[str, tuple[TrackMatch, float, bool]] = {}  # each track: match, score before the bonus, sides take part
    worded: dict[str, dict[str, float]] = defaultdict(dict)  # each track: what each of its keywords scored
    in_contact: set[str] = set()  # the tracks whose sides the article has meet or talk
    talks = _keyword_hits(token_keys, config.negotiation_words.get(doc.lang, ()), doc.lang)
    talked_of: set[str] = set()  # tracks whose sides the article says negotiate (in its lead, or more than once)
    reported: set[str] = set()  # tracks whose own event (a summit of their sides, an exchange) the lead reports
    for track in config.tracks:
        if not track.runs_on(published):
            continue
        score = 0.0
        cues: list[str] = []
        sides = next((side for side in track.cues.parties if set(side) <= countries or set(side) in negotiated), None)
        if track.cues.require_parties and sides is None:
            continue
        # (of alternatives, one must take part: the side the mediator talks to, not a country named in passing)
        if not all(alternatives & (countries if len(alternatives) > 1 else named)
                   for alternatives in track.cues.named_sets()):
            continue
        if track.cues.parties and not named & {country for side in track.cues.parties for country in side}:
            continue  # a prisoner exchange in Yemen is no exchange between Russia and Ukraine
        # An envoy named is the envoy of the track whose actor he is: "Putin envoy Kirill Dmitriev" is no US envoy.
        others = {k for k, person in titles.items() if person not in track.cues.actors} if track.cues.actors else set()
        # ... and the words of its own actor's title say no more than the actor does ("Kirill Dmitriev, special
        # envoy for investment and economic cooperation")
        others |= {k for k, person in appositions.items() if person in track.cues.actors}
        own_keys = [(n, set() if k in others else keys) for k, (n, keys) in enumerate(token_keys)]
        for keyword, hits in _keyword_hits(own_keys, track.cues.keywords.get(doc.lang, ()), doc.lang).items():
            if hits:
                weight = KEYWORD_WEIGHT + (REPEAT_BONUS if len(hits) > 1 else 0.0) \
                    + (LEAD_BONUS if lead.intersection(hits) else 0.0)
                score += weight
                worded[track.id][keyword] = weight
                cues.append(f"keyword: {keyword} ×{len(hits)}" if len(hits) > 1 else f"keyword: {keyword}")
        for actor in track.cues.actors:
            if actor in present and not _post_of(actor, [a for a in track.cues.actors if a in present], index):
                score += ACTOR_WEIGHT
                cues.append(f"actor: {actor}")
        for first, second in track.cues.pairs:
            together = [n for n, ids in actors_by_sentence.items() if first in ids and second in ids]
            if together:
                score += PAIR_WEIGHT
                cues.append(f"pair: {first} + {second}")
        on_sides = {country for side in track.cues.parties for country in side}
        for event_type in track.cues.events:
            own_events = [event for event in events if event.type == event_type
                          and (not on_sides or _among(event.participants, on_sides, index))]
            if own_events:
                score += EVENT_WEIGHT
                cues.append(f"event: {event_type}")
            if any(event.sentence in lead and _covers(event, track.cues.parties, index)
                   and not _recalled(event, published) for event in own_events):
                reported.add(track.id)
                cues.append(f"reported in the lead: {event_type}")
        met = [(side, sentence) for (kind, sides_met, sentence), size in zip(contacts, best, strict=True)
               if kind in track.cues.contacts
               for side in track.cues.parties if len(side) == size > 1 and set(side) <= sides_met]
        # ... and a contact of the track's own actor with another country is the track's: the US envoy of
        # the mediation meeting Putin is a step of the mediation, not of the bilateral channel alone.
        met += [(tuple(sorted(sides_met)), sentence)
                for (kind, sides_met, sentence), event in zip(contacts, events, strict=True)
                if kind in track.cues.contacts and len(sides_met) > 1
                and set(track.cues.actors) & set(event.participants) and all(sentence != n for _, n in met)
                # (with another of the track's own sides: the same envoy's talks with Iran are no step of it)
                and len(sides_met & {country for side in track.cues.parties for country in side}) > 1]
        bonus = 0.0  # who takes part and meets (not words of the track's own) make the bonus
        largest = max((len(side) for side in track.cues.parties), default=0)
        if met and not cues and all(len(side) < largest for side, _ in met):
            # Part of the track's sides meeting, and no word of the track: a US–Ukraine call about
            # aid is no step in the US-mediated talks with Russia.
            met = []
        if any(kind in _AT_ONE_TABLE and set(side) <= sides_met
               for kind, sides_met, _ in contacts for side in track.cues.parties):
            in_contact.add(track.id)
        if met:
            cues.append(f"contact: {' + '.join(met[0][0])}")
            # a contact in the lead is what the article reports, not one it recalls
            bonus += CONTACT_WEIGHT + (LEAD_BONUS if any(sentence in lead for _, sentence in met) else 0.0)
        # Words for negotiating in general are the track's where its sides take part: talks of Russia
        # and Ukraine alone are direct talks, and with the US there each track of its sides gets them.
        spoken = [(word, hits) for word, hits in talks.items() if hits] if sides is not None and track.cues.parties \
            else []
        if spoken:
            bonus += KEYWORD_WEIGHT + (LEAD_BONUS if any(lead.intersection(hits) for _, hits in spoken) else 0.0)
            cues.append(f"negotiation: {spoken[0][0]}")
        topical = bool(cues)  # sides alone, with no word or event of the track, make no track
        if sides is not None and topical:
            bonus += PARTY_WEIGHT
            cues.append(f"parties: {' + '.join(sides)}")
        sided = sides is not None or not track.cues.parties
        scored[track.id] = (TrackMatch(id=track.id, score=round(score + bonus, 2), cues=cues), score, sided)
        if spoken and any(lead.intersection(hits) or len(hits) > 1 for _, hits in spoken):
            talked_of.add(track.id)
    order = {track.id: n for n, track in enumerate(config.tracks)}
    # An article that reports no negotiation (statements only: an embassy closing, an anniversary)
    # needs the words of a track to reach it: naming the sides is no negotiation.
    # ... and a negotiation of the track's own sides where the article names who negotiated: a US
    # visit to Kyiv is no US–Russia negotiation.
    sides_of = {track.id: track.cues.parties for track in config.tracks}
    # (a meeting or call with one person named, "зустріч із Трампом", tells no sides of its own)
    negotiations = [countries for (kind, countries, _), event in zip(contacts, events, strict=True)
                    if kind in NEGOTIATION_EVENTS and (kind not in ("meeting", "call") or len(event.participants) > 1)]

    def negotiates(track_id: str) -> bool:
        # One side proposing or accepting counts where the other side takes part in the article
        # (Russia declares a truce that Ukraine is asked to follow).
        # (the sides with one host or mediator at most: a G20 summit of the two and many more is none)
        return any(not met or not sides_of[track_id]
                   or any((set(side) <= met and len(met - set(side)) <= 1)
                          or (met <= set(side) and set(side) <= met | countries)
                          for side in sides_of[track_id])
                   for met in negotiations)

    candidates = sorted((c for c in scored.values()
                         if c[0].score >= config.min_score
                         and (negotiates(c[0].id) or c[1] >= config.min_score or c[0].id in talked_of)),
                        key=lambda c: (-c[0].score, order[c[0].id]))
    # What the lead reports is what the article is about: a summit of the negotiating leaders there
    # outweighs the words of the peace process it serves.
    lead_tracks = [c for c in candidates if c[0].id in reported]
    if lead_tracks and lead_tracks[0] is not candidates[0]:
        candidates.remove(lead_tracks[0])
        candidates.insert(0, lead_tracks[0])
    # Who takes part picks the primary track; another track also needs enough words of its own, and
    # its sides where it has any: delegations of Russia and Ukraine make no mediation, a US envoy
    # meeting Ukraine's team no direct talks.
    # (where its sides never meet, a word both tracks list says the primary's process: "ceasefire" in
    # talks the US holds with Ukraine makes no direct talks of Russia and Ukraine)
    primary_words = next((set(track.cues.keywords.get(doc.lang, ())) for track in config.tracks
                          if candidates and track.id == candidates[0][0].id), set())

    def own_words(track_id: str, own: float) -> float:
        if track_id in in_contact:
            return own
        return own - sum(weight for keyword, weight in worded[track_id].items() if keyword in primary_words)

    matches = [match for n, (match, own, sided) in enumerate(candidates)
               if n == 0 or (sided and own_words(match.id, own) >= config.min_score)]
    if matches:
        matches += _channel_tracks(matches[0].id, {m.id for m in matches}, scored, config)
    close = matches[1].id if len(matches) > 1 and matches[1].score >= CLOSE_CALL * matches[0].score else None
    return Tracks(primary=matches[0].id if matches else "other", matches=matches, close_call=close)


def _channel_tracks(primary: str, placed: set[str], scored: dict[str, tuple[TrackMatch, float, bool]],
                    config: TrackConfig) -> list[TrackMatch]:
    """The tracks a primary track brings along through `channel`: talks on a topic held in a channel
    (arms control between the US and Russia) are channel business too, and an article on the channel
    takes such a topic on half the words (a topic word used twice, or in the lead)."""
    by_id = {track.id: track for track in config.tracks}
    extra: list[TrackMatch] = []
    channel = by_id[primary].cues.channel
    if channel and channel not in placed and channel in scored and scored[primary][2] and scored[channel][2]:
        match = scored[channel][0]
        extra.append(match.model_copy(update={"cues": [*match.cues, f"channel of {primary}"]}))
    for track in config.tracks:
        if track.cues.channel == primary and track.id not in placed and track.id in scored:
            match, own, sided = scored[track.id]
            if sided and own >= config.min_score / 2:
                extra.append(match)
    return extra
