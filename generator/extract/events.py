"""Events: a sentence with an event cue and the actors, place and date found in it."""

from __future__ import annotations

import re

from generator.extract.actors import LinkedMention
from generator.gazetteer import NameIndex
from generator.normalize import word_key
from generator.records import AnalysedDoc
from generator.schema import DateFact, EventFact

# Cue words per event type and language (lemma or normalised form; prefixes for inflection).
EVENT_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "summit": {"en": ("summit",), "uk": ("саміт",), "ru": ("саммит",), "ar": ("قمه",)},
    "meeting": {
        "en": ("met", "meet", "meeting", "meetings", "talks", "negotiations", "held talks"),
        "uk": ("зустріч", "зустрітися", "переговори", "провести", "перемовини"),
        "ru": ("встреча", "встретиться", "переговоры", "провести"),
        "ar": ("التقى", "التقي", "لقاء", "لقائها", "لقائه", "محادثات", "اجتماع", "الاجتماعات", "اجرتا", "اجرى"),
    },
    "visit": {"en": ("visit", "visited", "visits"), "uk": ("візит", "відвідати"), "ru": ("визит", "посетить"),
              "ar": ("زياره", "زار")},
    "proposal": {"en": ("proposed", "proposal", "offered", "plan"),
                 "uk": ("пропонувати", "пропозиція", "запропонувати"),
                 "ru": ("предложить", "предлагать", "предложение"), "ar": ("اقترح", "اقتراح", "مقترح")},
    "rejection": {"en": ("rejected", "refused", "dismissed"), "uk": ("відкинути", "відхилити", "відмовитися"),
                  "ru": ("отвергнуть", "отклонить", "отказаться"), "ar": ("رفض", "رفضت")},
    "agreement": {"en": ("agreed", "agreement", "deal", "signed"), "uk": ("домовитися", "угода", "домовленість"),
                  "ru": ("договориться", "соглашение", "договоренность"), "ar": ("اتفاق", "اتفق", "اتفقت")},
    "exchange": {"en": ("exchange", "swap"), "uk": ("обмін",), "ru": ("обмен",), "ar": ("تبادل",)},
}
_IN_EXCHANGE_FOR = re.compile(r"\bin exchange for\b|\b[ву] обм[іе]н на\b|\bفي مقابل\b|\bمقابل\b", re.IGNORECASE)
PRIORITY = ("summit", "exchange", "rejection", "proposal", "agreement", "visit", "meeting")


def _cue_keys() -> dict[str, dict[str, set[str]]]:
    return {kind: {lang: {word_key(w) for w in words} for lang, words in by_lang.items()}
            for kind, by_lang in EVENT_CUES.items()}


_KEYS = _cue_keys()


def extract_events(doc: AnalysedDoc, links: list[LinkedMention], dates: list[DateFact],
                   index: NameIndex) -> list[EventFact]:
    """At most one event per sentence, of the most specific type whose cue it contains."""
    events: list[EventFact] = []
    for sentence in doc.sentences:
        keys: set[str] = set()
        for token in sentence.tokens:
            keys |= index.token_keys(token)
        if _IN_EXCHANGE_FOR.search(sentence.text):  # "in exchange for" is a condition, not an exchange
            keys -= _KEYS["exchange"].get(doc.lang, set())
        kind = next((k for k in PRIORITY if keys & _KEYS[k].get(doc.lang, set())), None)
        if kind is None:
            continue
        here = [l for l in links if l.mention.sentence == sentence.index]
        participants = sorted({l.actor_id for l in here if l.kind in ("person", "organization")})
        countries = sorted({l.actor_id for l in here if l.kind == "country"})
        places = [l for l in here if l.kind == "place"]
        if not participants:
            participants = countries
        if not participants or (kind == "meeting" and len(participants) + len(countries) < 2):
            continue
        date = next((d for d in dates if d.sentence == sentence.index), None)
        events.append(EventFact(
            sentence=sentence.index, start=sentence.start, end=sentence.end, id=f"e{len(events) + 1}",
            type=kind, participants=participants, place=places[0].actor_id if places else None,  # type: ignore[arg-type]
            date=date.value if date else None, date_text=date.text if date else None,
            evidence=sentence.text, confidence=0.6 if len(participants) >= 2 else 0.5,
        ))
    return events
