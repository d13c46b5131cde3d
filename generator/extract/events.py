"""Events: sentences with an event cue, their participants, place and date.

A sentence yields at most one contact event (summit, visit, call, meeting: the most specific cue
wins) and at most one of each other kind (proposal, rejection, agreement, exchange, a statement
issued, a strike). A proposal
rejected in the same sentence is one proposal whose `rejected_by` names who refused it. Whoever
speaks in the article (a quote's speaker, the subject of a verb of speech) makes one statement
event; a sentence that names the sides with a word for them ("They agreed") takes the sides of
the last event with two, or of the contact the lead reports. A contact's sides are the people,
organisations and countries the sentence names, less a country it is about or held in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract.actors import LinkedMention, word_before
from generator.gazetteer import NameIndex
from generator.morph import lemma
from generator.normalize import word_key
from generator.records import AnalysedDoc, Sentence
from generator.schema import DateFact, EventFact

# Cue words per event type and language (lemma or normalised form; prefixes for inflection).
EVENT_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "summit": {"en": ("summit",), "uk": ("саміт",), "ru": ("саммит",), "ar": ("قمه",)},
    "meeting": {
        "en": ("met", "meet", "meeting", "meetings", "talks", "negotiations", "negotiated"),
        "uk": ("зустріч", "зустрітися", "переговори", "перемовини", "зустрітись"),
        "ru": ("встреча", "встретиться", "переговоры"),
        "ar": ("التقى", "التقي", "لقاء", "لقائها", "لقائه", "محادثات", "اجتماع", "الاجتماعات", "اجرتا", "اجرى",
               "المحادثات", "مباحثات", "اجتمع", "اجتمعت", "يجتمع", "تجتمع", "اجتماعا", "التقت", "يلتقي"),
    },
    "visit": {"en": ("visit", "visited", "visits"), "uk": ("візит", "відвідати"), "ru": ("визит", "посетить"),
              "ar": ("زياره", "زار")},
    "call": {"en": ("call", "called", "phone", "phoned", "spoke", "conversation"),
             "uk": ("розмова", "зателефонувати", "телефонувати", "поговорити", "телефонний"),
             "ru": ("разговор", "позвонить", "созвониться", "телефонный", "поговорить"),
             "ar": ("اتصال", "اتصالا", "هاتفي", "هاتفيا", "مكالمه", "مكالمة")},
    "statement": {"en": ("statement", "declaration", "communique", "remarks", "congratulations", "congratulated",
                         "condolences", "greetings", "proclamation"),
                  "uk": ("заява", "декларація", "комюніке", "привітання", "привітати", "співчуття", "звернення"),
                  "ru": ("заявление", "декларация", "коммюнике", "поздравление", "поздравить", "соболезнование",
                         "обращение"),
                  "ar": ("بيان", "بيانا", "اعلان", "تهنئه", "تعازي", "اعلانا")},
    "strike": {"en": ("strike", "strikes", "attack", "attacks", "shelling", "bombardment"),
               "uk": ("удар", "атака", "обстріл"), "ru": ("удар", "атака", "обстрел"),
               "ar": ("غاره", "هجوم", "قصف", "ضربه")},
    "proposal": {"en": ("proposed", "proposal", "proposes", "offered", "offers"),
                 "uk": ("пропонувати", "пропозиція", "запропонувати"),
                 "ru": ("предложить", "предлагать", "предложение"), "ar": ("اقترح", "اقتراح", "مقترح", "عرض")},
    "rejection": {"en": ("rejected", "rejects", "refused", "dismissed"),
                  "uk": ("відкинути", "відхилити", "відхилений", "відмовитися"),
                  "ru": ("отвергнуть", "отклонить", "отклонённый", "отказаться"), "ar": ("رفض", "رفضت")},
    "agreement": {"en": ("agreed", "agreement", "signed"), "uk": ("домовитися", "угода", "домовленість"),
                  "ru": ("договориться", "соглашение", "договоренность"), "ar": ("اتفاق", "اتفق", "اتفقت")},
    "exchange": {"en": ("exchange", "swap"), "uk": ("обмін",), "ru": ("обмен",), "ar": ("تبادل",)},
}
# Words that stand for the sides of an event told just before ("They agreed", "Лідери домовилися").
SIDES_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("they both sides parties leaders presidents ministers delegations".split()),
    "uk": frozenset("вони обидва обидві сторони сторін лідери лідерів президенти президентів делегації".split()),
    "ru": frozenset("они оба обе стороны сторон лидеры лидеров президенты президентов делегации".split()),
    "ar": frozenset("الجانبان الجانبين الطرفان الطرفين الزعيمان الزعيمين الرئيسان الرئيسين الوفدان الوفدين".split()),
}
SIDES_REACH = 6  # sentences back to the event whose sides they are
_SIDES_DETERMINERS = frozenset("the both two also обидві обидва дві два обе оба две также також".split())
# Verbs of talking that, with "with" after them, report a conversation ("говорили з Віткоффом").
TALK_WITH: dict[str, frozenset[str]] = {
    "uk": frozenset({"говорити", "розмовляти", "говорили", "розмовляли"}),
    "ru": frozenset({"говорить", "разговаривать", "говорили", "разговаривали"}),
}
WITH: dict[str, frozenset[str]] = {"uk": frozenset({"з", "зі", "із"}), "ru": frozenset({"с", "со"})}
LEAD_SENTENCES = 3  # where a readout reports the contact the rest of it is about
CONTACT = ("summit", "visit", "call", "meeting")
OTHER = ("exchange", "proposal", "agreement", "statement", "strike")
_IN_EXCHANGE_FOR = re.compile(r"\bin exchange for\b|\b[ву] обм[іе]н на\b|\bفي مقابل\b|\bمقابل\b", re.IGNORECASE)
ACTOR_KINDS = ("person", "organization", "country")


def _cue_keys() -> dict[str, dict[str, set[str]]]:
    return {kind: {lang: {word_key(w) for w in words} for lang, words in by_lang.items()}
            for kind, by_lang in EVENT_CUES.items()}


_KEYS = _cue_keys()


def _cue_positions(sentence: Sentence, index: NameIndex, lang: str) -> dict[str, int]:
    """The offset of the first cue of each event type in a sentence."""
    found: dict[str, int] = {}
    idiom = _IN_EXCHANGE_FOR.search(sentence.text)
    tokens = sentence.tokens
    for n, token in enumerate(tokens):
        keys = index.token_keys(token)
        if "-" in token.text.strip("-"):  # "онлайн-зустріч", "video-call": the last part says what it is
            keys = keys | {word_key(token.text.rsplit("-", 1)[1]), word_key(lemma(lang, token.text.rsplit("-", 1)[1]))}
        if n + 1 < len(tokens) and keys & TALK_WITH.get(lang, frozenset()) \
                and tokens[n + 1].text.casefold() in WITH.get(lang, frozenset()):
            found.setdefault("call", token.start)  # "говорили з ...", "поговорил с ...": a conversation
        for kind, by_lang in _KEYS.items():
            if kind not in found and keys & by_lang.get(lang, set()):
                if kind == "exchange" and idiom:
                    continue  # "in exchange for" states a condition, not an exchange
                found[kind] = token.start
    return found


def _participants(here: list[LinkedMention], with_countries: bool) -> list[str]:
    people = sorted({l.actor_id for l in here if l.kind in ("person", "organization")})
    countries = sorted({l.actor_id for l in here if l.kind == "country"})
    if with_countries or not people:
        return sorted(set(people) | set(countries))
    return people


def _opened_by_sides(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence opens with its word for the sides ("Сторони також скоординували …")."""
    words = [t.text.casefold() for t in sentence.tokens if t.text[:1].isalnum()][:4]
    sides = SIDES_WORDS.get(lang, frozenset())
    while words and words[0] not in sides and words[0] in _SIDES_DETERMINERS:
        words = words[1:]  # "The two leaders", "Обидві сторони"
    return bool(words) and words[0] in sides


# Words before a country that make it the subject or the place of a contact, not one of its sides.
TOPIC_WORDS = frozenset(
    "on about over regarding concerning in at into across for of to from against "
    "щодо про у в на по о об для до від проти стосовно відносно отношении относительно против "
    "حول بشأن في على الى إلى عن من ضد".split()
)


def _names_sides(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence names the sides with a word for them ("they", "the two presidents", "сторони")."""
    words = SIDES_WORDS.get(lang, frozenset())
    return any(t.text.casefold() in words for t in sentence.tokens)


def extract_events(doc: AnalysedDoc, links: list[LinkedMention], dates: list[DateFact],
                   index: NameIndex, speakers: Sequence[tuple[int, str]] = ()) -> list[EventFact]:
    """Events in text order, each with the sentence it was read from. `speakers` (sentence, actor
    id) are who spoke where (`quotes.statements`): each makes a statement event, once."""
    events: list[EventFact] = []
    links_in: dict[int, list[LinkedMention]] = {}  # by sentence, in list order: one pass, not one per sentence
    for l in links:
        links_in.setdefault(l.mention.sentence, []).append(l)
    last_sides: tuple[int, list[LinkedMention]] | None = None  # the sentence and links of the last two-sided event
    lead_sides: tuple[int, list[LinkedMention]] | None = None  # ... and of the first, when the lead reports it
    first_date: dict[int, DateFact] = {}
    for d in dates:
        first_date.setdefault(d.sentence, d)
    for sentence in doc.sentences:
        cues = _cue_positions(sentence, index, doc.lang)
        if not cues:
            continue
        here = [l for l in links_in.get(sentence.index, []) if not l.media]
        opens = _opened_by_sides(sentence, doc.lang)
        if (len(_participants(here, True)) < 2 or opens) and _names_sides(sentence, doc.lang):
            # "They also agreed …": the sides of the last event, else those of the contact the lead reports
            sides = (last_sides[1] if last_sides and sentence.index - last_sides[0] <= SIDES_REACH
                     else lead_sides[1] if lead_sides else [])
            if sides and opens:  # the sides are the subject: whoever else it names is not ("… contacts with Trump")
                here = [l for l in here if l.kind == "place"] + sides
            else:
                here = here + sides
        places = [l.actor_id for l in here if l.kind == "place"]
        date = first_date.get(sentence.index)

        def add(kind: str, participants: list[str], rejected_by: list[str] | None = None,
                sentence: Sentence = sentence, places: list[str] = places, date: DateFact | None = date) -> None:
            events.append(EventFact(
                sentence=sentence.index, start=sentence.start, end=sentence.end, id=f"e{len(events) + 1}",
                type=kind, participants=participants, place=places[0] if places else None,  # type: ignore[arg-type]
                date=date.value if date else None, date_text=date.text if date else None, what=None,
                rejected_by=rejected_by or [], evidence=sentence.text,
                confidence=0.6 if len(participants) >= 2 else 0.5,
            ))

        contact = next((kind for kind in CONTACT if kind in cues), None)
        if contact:
            participants = _participants(here, with_countries=False)
            two_sided = contact in ("meeting", "call")  # a meeting or a call needs two sides
            if len(participants) >= (2 if two_sided else 1) or (two_sided and len(_participants(here, True)) >= 2):
                # The countries a contact names as its sides count too ("the United States and Russia
                # met"); not a country it is about or held in ("discussed Ukraine", "talks in Turkey").
                met = [l for l in here
                       if l.kind != "country" or word_before(doc.article.text, l.mention.start) not in TOPIC_WORDS]
                add(contact, _participants(met, True))
        for kind in OTHER:
            if kind not in cues:
                continue
            participants = _participants(here, with_countries=True)
            if not participants and kind == "statement":
                # "Press statement" as a heading: issued by whoever the next sentences name.
                following = [links_in.get(sentence.index + step, []) for step in (1, 2)]
                participants = next((_participants([l for l in found if not l.media], with_countries=True)
                                     for found in following if found), [])
            if not participants:
                continue
            rejected_by: list[str] = []
            if kind == "proposal" and "rejection" in cues:
                cue = cues["rejection"]
                # Who refused: the actors nearest the rejection cue, not the proposer.
                near = sorted(here, key=lambda l: abs(l.mention.start - cue))
                proposer_cue = cues["proposal"]
                proposer = min(here, key=lambda l: abs(l.mention.start - proposer_cue)).actor_id
                rejected_by = sorted({l.actor_id for l in near[:2] if l.actor_id != proposer
                                      and l.kind in (*ACTOR_KINDS, "place")})
            add(kind, participants, rejected_by)
        if "rejection" in cues and "proposal" not in cues:
            participants = _participants(here, with_countries=True)
            if participants:
                add("rejection", participants)
        sides_met = [e.participants for e in events if e.sentence == sentence.index and len(e.participants) >= 2]
        if sides_met:
            last_sides = (sentence.index, [l for l in here if l.actor_id in sides_met[-1]])
            if lead_sides is None and sentence.index < LEAD_SENTENCES:
                lead_sides = last_sides
    stated = {p for e in events if e.type == "statement" for p in e.participants}
    for sentence_index, actor_id in speakers:
        if actor_id in stated:
            continue
        stated.add(actor_id)
        sentence = doc.sentences[sentence_index]
        date = first_date.get(sentence_index)
        events.append(EventFact(
            sentence=sentence_index, start=sentence.start, end=sentence.end, id="", type="statement",
            participants=[actor_id], place=None, date=date.value if date else None,
            date_text=date.text if date else None, what=None, evidence=sentence.text, confidence=0.5,
        ))
    events.sort(key=lambda e: (e.start, e.end))
    return [e.model_copy(update={"id": f"e{n}"}) for n, e in enumerate(events, 1)]
