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
from generator.records import AnalysedDoc, EntityMention, Sentence, Token
from generator.schema import DateFact, EventFact, QuoteFact

# Cue words per event type and language (lemma or normalised form; prefixes for inflection).
EVENT_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "summit": {"en": ("summit",), "uk": ("саміт",), "ru": ("саммит",), "ar": ("قمه",)},
    "meeting": {
        "en": ("met", "meet", "meeting", "meetings", "talks", "negotiations", "negotiated"),
        "uk": ("зустріч", "зустрітися", "переговори", "перемовини", "зустрітись"),
        "ru": ("встреча", "встретиться", "переговоры"),
        "ar": ("التقى", "التقي", "لقاء", "لقائها", "لقائه", "محادثات", "اجتماع", "الاجتماعات", "اجرتا", "اجرى",
               "المحادثات", "مباحثات", "اجتمع", "اجتمعت", "يجتمع", "تجتمع", "اجتماعا", "التقت", "يلتقي",
               # "received" a visitor: the usual verb of a host's meeting
               "استقبل", "استقبلت", "يستقبل", "تستقبل"),
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
    "proposal": {"en": ("proposed", "proposal", "proposals", "proposes", "propose", "offered", "offers", "offer"),
                 "uk": ("пропонувати", "пропозиція", "запропонувати"),
                 "ru": ("предложить", "предлагать", "предложение"),
                 "ar": ("اقترح", "اقتراح", "مقترح", "عرض", "اقترحت", "عرضت")},
    "rejection": {"en": ("rejected", "rejects", "refused", "dismissed"),
                  "uk": ("відкинути", "відхилити", "відхилений", "відмовитися"),
                  "ru": ("отвергнуть", "отклонить", "отклонённый", "отказаться"), "ar": ("رفض", "رفضت")},
    "agreement": {"en": ("agreed", "agreement", "signed"),
                  "uk": ("домовитися", "угода", "домовленість", "погодитися"),
                  "ru": ("договориться", "соглашение", "договоренность", "согласиться"),
                  "ar": ("اتفاق", "اتفق", "اتفقت", "اتفقا", "اتفقوا")},
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
_SIDES_DETERMINERS = frozenset(
    "the both two also all обидві обидва дві два обе оба две также також всі усі все".split())
# Verbs of talking that, with "with" after them, report a conversation ("говорили з Віткоффом").
TALK_WITH: dict[str, frozenset[str]] = {
    "uk": frozenset({"говорити", "розмовляти", "говорили", "розмовляли"}),
    "ru": frozenset({"говорить", "разговаривать", "говорили", "разговаривали"}),
}
WITH: dict[str, frozenset[str]] = {"uk": frozenset({"з", "зі", "із"}), "ru": frozenset({"с", "со"})}
# Cues read by the start of a word's form or lemma (inflected adjectives, Arabic with suffixes).
PREFIX_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "proposal": {"ar": ("مقترحات", "اقتراحات")},
    # the verb in every person and number: تبادلتا (the two exchanged), يتبادلان, تبادلوا
    "exchange": {"ar": ("تبادل", "يتبادل", "تتبادل")},
}
# Readiness for a contact, an exchange or an agreement is an offer of it ("ready to exchange
# prisoners", "готові до переговорів", "готов к встрече", "مستعدة للتفاوض"); readiness to help is not.
READY: dict[str, tuple[str, ...]] = {
    "en": ("ready", "willing", "prepared"), "uk": ("готов",), "ru": ("готов",), "ar": ("مستعد", "استعداد"),
}
READY_REACH = 4  # words from the readiness to the cue of what it offers
_OFFERED = ("exchange", "meeting", "summit", "visit", "call", "agreement")
# Arabic pronoun suffixes a cue may carry ("مقترحاتها" its proposals, "اتفاقهما" their agreement).
_AR_SUFFIXES = ("هما", "هم", "ها", "نا")
# Releasing prisoners is an exchange: a verb of release and a word for prisoners in one sentence.
RELEASE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("release", "released", "releases", "freed", "frees", "free", "freeing"),
    "uk": ("звільнити", "звільнення", "звільнений", "повернути", "повернення", "визволити"),
    "ru": ("освободить", "освобождение", "освобождённый", "освобожденный", "вернуть", "возвращение"),
    "ar": ("الافراج", "افراج", "افرج", "افرجت", "سراح", "اطلاق"),
}
PRISONER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("prisoner", "prisoners", "pows", "pow", "detainee", "detainees", "hostage", "hostages", "captives"),
    "uk": ("полонений", "бранець", "заручник", "в'язень", "полонених", "військовополонений"),
    "ru": ("пленный", "военнопленный", "заложник", "заключённый", "заключенный", "пленных"),
    "ar": ("الاسري", "اسري", "الاسير", "اسير", "المحتجزين", "محتجزين", "الرهائن", "رهائن", "المعتقلين", "معتقلين"),
}
# "An exchange of views": words after "exchange" that make it a conversation, not an exchange.
_EXCHANGE_OF_WORDS = re.compile(
    r"\b(?:exchanges?d?|обмін\w*|обмен\w*|обмінял\w*|обменял\w*)\s+(?:of\s+)?(?:views|opinions|ideas|information|"
    r"greetings|experience|думками|інформацією|привітаннями|досвідом|мнениями|информацией|поздравлениями|опытом)"
    r"|تبادل\w*\s+(?:وجهات|الآراء|الاراء|المعلومات|التهاني|الخبرات)", re.IGNORECASE)
# Suspending or leaving a treaty, a deal or one's part in it is a rejection (by whoever does it).
SUSPEND_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("suspend", "suspended", "suspends", "suspension", "suspending", "withdrew", "withdraw", "withdraws",
           "withdrawal", "withdrawing", "quit", "quits", "exited"),
    "uk": ("призупинити", "призупинення", "призупиняти", "вийти", "вихід", "виходити"),
    "ru": ("приостановить", "приостановка", "приостановление", "приостанавливать", "выйти", "выход", "выходить"),
    "ar": ("تعليق", "علق", "علقت", "انسحاب", "انسحب", "انسحبت"),
}
PACT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("treaty", "agreement", "deal", "accord", "participation", "initiative", "pact", "talks", "negotiations"),
    "uk": ("договір", "угода", "участь", "ініціатива", "переговори", "пакт"),
    "ru": ("договор", "соглашение", "участие", "инициатива", "переговоры", "пакт"),
    "ar": ("معاهده", "اتفاق", "اتفاقيه", "مشاركه", "مبادره", "المعاهده", "الاتفاق", "الاتفاقيه", "المشاركه",
           "المبادره", "المفاوضات", "مفاوضات"),
}
SUSPEND_REACH = 5  # words from the verb of suspending to the treaty or part suspended
# Sides written with a country's adjective: "the Ukrainian delegation", "російська сторона", "الوفد الروسي".
DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "ukraine": {"en": ("ukrainian",), "uk": ("українськ",), "ru": ("украинск",), "ar": ("الاوكراني",)},
    "russia": {"en": ("russian",), "uk": ("російськ",), "ru": ("российск",), "ar": ("الروسي",)},
    "united-states": {"en": ("american", "u.s.", "us"), "uk": ("американськ",), "ru": ("американск",),
                      "ar": ("الامريكي", "الاميركي")},
    "france": {"en": ("french",), "uk": ("французьк",), "ru": ("французск",), "ar": ("الفرنسي",)},
    "germany": {"en": ("german",), "uk": ("німецьк",), "ru": ("немецк",), "ar": ("الالماني",)},
    "united-kingdom": {"en": ("british",), "uk": ("британськ",), "ru": ("британск",), "ar": ("البريطاني",)},
    "turkey": {"en": ("turkish",), "uk": ("турецьк",), "ru": ("турецк",), "ar": ("التركي",)},
    "china": {"en": ("chinese",), "uk": ("китайськ",), "ru": ("китайск",), "ar": ("الصيني",)},
}
SIDE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("delegation", "delegations", "side", "sides", "party", "parties", "team", "teams", "negotiators"),
    "uk": ("делегація", "сторона", "команда", "переговорник"),
    "ru": ("делегация", "сторона", "команда", "переговорщик"),
    "ar": ("الوفد", "وفد", "الوفدين", "الوفدان", "الجانب", "الجانبين", "الجانبان", "الطرف", "الطرفين", "الطرفان",
           "الفريق"),
}
_AND = frozenset("and і й та и و".split())
_WITH_WORDS = frozenset("with з із зі с со مع".split())
# "We, the President of X and the President of Y, …": a declaration in the first person, by those it names.
_WE_OPENING = re.compile(r"^\W*(?:we|ми|мы|نحن)\s*[,،]", re.IGNORECASE)
# The sides together, in the future: a joint commitment ("the United States and Russia will embark
# together on …", "ستشرع الولايات المتحدة وروسيا معا"), an agreement of theirs.
TOGETHER: dict[str, frozenset[str]] = {
    "en": frozenset({"together", "jointly"}), "uk": frozenset({"разом", "спільно"}),
    "ru": frozenset({"вместе", "совместно"}), "ar": frozenset({"معا"}),
}
FUTURE: dict[str, frozenset[str]] = {
    "en": frozenset({"will", "shall"}), "uk": frozenset({"будуть", "буде", "будемо"}),
    "ru": frozenset({"будут", "будет", "будем"}), "ar": frozenset({"سوف"}),
}
_AR_FUTURE = re.compile(r"^و?س[يتن]\w{2,}$")  # "ستشرع", "وسيعمل": the future prefix on a verb
# A position the sides share is their statement ("The leaders have a common position: …").
_SHARED_POSITION = re.compile(
    r"\b(?:common|joint|shared|united)\s+(?:position|stance)\b|\bспільн\w*\s+позиці\w*|\b(?:общ|един)\w*\s+позици\w*"
    r"|موقف\w*\s+(?:ال)?(?:مشترك|موحد)", re.IGNORECASE)
# Who leads or makes up a delegation joins the contact told just before ("делегацію очолить …").
_DELEGATION_MEMBERS = re.compile(
    r"\bdelegations?\b[^.]{0,40}\b(?:led|headed)\s+by\b|\b(?:lead|leads|led|head|heads|headed)\s+the\s+delegation\b"
    r"|\bdelegations?\b[^.]{0,20}\b(?:include|includes|included|comprise[sd]?)\b"
    r"|делегаці\w*\s+очол\w*|очол\w*\s+делегаці\w*|до\s+складу\s+делегаці\w*"
    r"|делегаци\w*\s+возглав\w*|возглав\w*\s+делегаци\w*|в\s+состав\s+делегаци\w*"
    r"|(?:يرأس|ترأس|سيرأس)\s+(?:ال)?وفد|(?:ال)?وفد\w*\s+برئاسه|يضم\s+(?:ال)?وفد", re.IGNORECASE)
MEMBERS_REACH = 3  # sentences after the contact that may name its delegation
# Hosting is a meeting its host alone may name ("The United States hosted an event with partners").
HOST_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"hosted", "hosts", "hosting"}), "ar": frozenset({"استضاف", "استضافت", "تستضيف", "يستضيف"}),
}
_BARE_VERBS = frozenset({"meet", "call", "visit", "phone", "talk"})
# The first person: the speaker of a quote is a side of the contact it tells ("our meetings in Rome").
FIRST_PERSON: dict[str, frozenset[str]] = {
    "en": frozenset("i we me us my our".split()),
    "uk": frozenset("я ми мене мені мною нас нам нами наш наша наше наші нашої нашого наших мій моя мої".split()),
    "ru": frozenset("я мы меня мне мной нас нам нами наш наша наше наши нашей нашего наших мой моя мои".split()),
    "ar": frozenset("انا نحن لنا معنا اننا انني".split()),
}
LEAD_SENTENCES = 3  # where a readout reports the contact the rest of it is about
CONTACT = ("summit", "visit", "call", "meeting")
OTHER = ("exchange", "proposal", "agreement", "statement", "strike")
_IN_EXCHANGE_FOR = re.compile(r"\bin exchange for\b|\b[ву] обм[іе]н на\b|\bفي مقابل\b|\bمقابل\b", re.IGNORECASE)
ACTOR_KINDS = ("person", "organization", "country")
_QUESTION = re.compile(r"[?؟][\s\"”»’)]*$")


def _cue_keys() -> dict[str, dict[str, set[str]]]:
    return {kind: {lang: {word_key(w) for w in words} for lang, words in by_lang.items()}
            for kind, by_lang in EVENT_CUES.items()}


_KEYS = _cue_keys()


def _keyed(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(word_key(w) for w in words) for lang, words in table.items()}


_RELEASE, _PRISONERS = _keyed(RELEASE_WORDS), _keyed(PRISONER_WORDS)
_SUSPEND, _PACTS, _SIDE_NOUNS = _keyed(SUSPEND_WORDS), _keyed(PACT_WORDS), _keyed(SIDE_NOUNS)
_DEMONYM_KEYS = {country: {lang: tuple(word_key(w) for w in words) for lang, words in by_lang.items()}
                 for country, by_lang in DEMONYMS.items()}


def _arabic_bases(keys: set[str]) -> set[str]:
    """Arabic keys without a pronoun suffix ("مشاركتها" -> "مشاركه"), as cues are listed."""
    bases = set()
    for key in keys:
        for suffix in _AR_SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= 3:
                base = key[:-len(suffix)]
                bases.add(base[:-1] + "ه" if base.endswith("ت") else base)
                bases.add(base)
    return bases


def _token_keys(token: Token, index: NameIndex, lang: str) -> set[str]:
    keys = index.token_keys(token)
    if "-" in token.text.strip("-"):  # "онлайн-зустріч", "video-call": the last part says what it is
        keys = keys | {word_key(token.text.rsplit("-", 1)[1]), word_key(lemma(lang, token.text.rsplit("-", 1)[1]))}
    if lang == "ar":
        keys = keys | _arabic_bases(keys)
    return keys


def _cue_positions(sentence: Sentence, index: NameIndex, lang: str) -> dict[str, int]:
    """The offset of the first cue of each event type in a sentence."""
    found: dict[str, int] = {}
    idiom = _IN_EXCHANGE_FOR.search(sentence.text) or _EXCHANGE_OF_WORDS.search(sentence.text)
    tokens = sentence.tokens
    all_keys = [_token_keys(token, index, lang) for token in tokens]
    for n, token in enumerate(tokens):
        keys = all_keys[n]
        if n + 1 < len(tokens) and keys & TALK_WITH.get(lang, frozenset()) \
                and tokens[n + 1].text.casefold() in WITH.get(lang, frozenset()):
            found.setdefault("call", token.start)  # "говорили з ...", "поговорил с ...": a conversation
        for kind, by_lang in _KEYS.items():
            if kind not in found and keys & by_lang.get(lang, set()):
                if kind == "exchange" and idiom:
                    continue  # "in exchange for" states a condition, "an exchange of views" a conversation
                found[kind] = token.start
        for kind, prefixes in PREFIX_CUES.items():
            starts = prefixes.get(lang, ())
            if kind not in found and starts and any(k.startswith(starts) for k in keys) \
                    and not (kind == "exchange" and idiom):
                found[kind] = token.start
        if "meeting" not in found and keys & HOST_WORDS.get(lang, frozenset()):
            found["meeting"] = found["hosted"] = token.start
        if "rejection" not in found and keys & _SUSPEND.get(lang, frozenset()) \
                and any(later & _PACTS.get(lang, frozenset()) for later in all_keys[n + 1:n + 1 + SUSPEND_REACH]):
            found["rejection"] = found["suspended"] = token.start  # "suspended its participation in the deal"
    if "exchange" not in found and not idiom:
        flat = set().union(*all_keys) if all_keys else set()
        release = [t.start for t, k in zip(tokens, all_keys, strict=True) if k & _RELEASE.get(lang, frozenset())]
        if release and flat & _PRISONERS.get(lang, frozenset()):
            found["exchange"] = release[0]  # "Russia released 80 prisoners": prisoners go home
    if "statement" not in found:
        shared = _SHARED_POSITION.search(sentence.text)
        if shared:
            found["statement"] = sentence.start + shared.start()
    if "statement" not in found and _WE_OPENING.match(sentence.text):
        found["statement"] = sentence.start  # "We, the presidents of …, declare": a declaration
    if "agreement" not in found and _together_in_future(tokens, all_keys, lang):
        found["agreement"] = found["together"] = tokens[0].start
    if "proposal" not in found:
        ready = [n for n, k in enumerate(all_keys)
                 if any(key.startswith(READY.get(lang, ("\0",))) if lang != "en" else key in READY["en"] for key in k)]
        offered = {found[kind] for kind in _OFFERED if kind in found}
        for n in ready:
            if any(t.start in offered for t in tokens[n + 1:n + 1 + READY_REACH]):
                found["proposal"] = tokens[n].start
                break
    if "exchange" in found and "proposal" in found and found["proposal"] < found["exchange"]:
        del found["exchange"]  # "ready to exchange prisoners", "offered a swap": proposed, not done
    return found


def _together_in_future(tokens: Sequence[Token], keys: list[set[str]], lang: str) -> bool:
    words = {t.text.casefold() for t in tokens}
    together = [n for n, t in enumerate(tokens) if t.text.casefold() in TOGETHER.get(lang, frozenset())]
    if not together or any(n + 1 < len(tokens) and tokens[n + 1].text.casefold() in _WITH_WORDS for n in together):
        return False  # "the United States together with its allies will respond": not an agreement of two
    return bool(words & FUTURE.get(lang, frozenset())) or (
        lang == "ar" and any(_AR_FUTURE.match(word_key(t.text)) for t in tokens))


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

# ... and of a proposal, less the words that name whose it is ("the proposal of Ukraine", "من روسيا").
_NOT_PROPOSER = TOPIC_WORDS - frozenset("of from by від від من от".split())


def _names_sides(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence names the sides with a word for them ("they", "the two presidents", "сторони")."""
    words = SIDES_WORDS.get(lang, frozenset())
    return any(t.text.casefold() in words for t in sentence.tokens)


def _demonym_sides(sentence: Sentence, lang: str, index: NameIndex) -> list[LinkedMention]:
    """Countries named by their adjective before a word for a side ("the Ukrainian and Russian
    delegations", "російська сторона") or after it in Arabic ("الوفد الأوكراني")."""
    tokens = [t for t in sentence.tokens if t.text[:1].isalnum() or t.text[:1] == "."]
    nouns = _SIDE_NOUNS.get(lang, frozenset())
    found: list[LinkedMention] = []

    def country_of(token: Token) -> str | None:
        if lang == "en" and not token.text[:1].isupper():
            return None
        keys = {word_key(token.text)} | ({word_key(token.lemma)} if token.lemma else set())
        for country, by_lang in _DEMONYM_KEYS.items():
            forms = by_lang.get(lang, ())
            if (lang == "en" and keys & set(forms)) or (lang != "en" and any(k.startswith(forms) for k in keys)):
                return country
        return None

    def link(token: Token, country: str) -> LinkedMention:
        mention = EntityMention(text=token.text, start=token.start, end=token.end, type="LOC",
                                sentence=sentence.index, actor_id=country, source="demonym")
        return LinkedMention(mention, country, "country")

    for n, token in enumerate(tokens):
        if not index.token_keys(token) & nouns:
            continue
        step = 1 if lang == "ar" else -1  # Arabic adjectives follow their noun
        k = n + step
        while 0 <= k < len(tokens):
            country = country_of(tokens[k])
            if country is None:
                if lang == "ar" and k > n and word_key(tokens[k].text).startswith("و"):
                    country = country_of(Token(tokens[k].text[1:], tokens[k].start + 1, tokens[k].end))
                if country is None:
                    if tokens[k].text.casefold() in _AND and found:
                        k += step
                        continue
                    break
            found.append(link(tokens[k], country))
            k += step
    return found


def _nearest_actor(here: list[LinkedMention], position: int) -> list[str]:
    """Who does what the word at `position` says: the actor named nearest to it."""
    actors = [l for l in here if l.kind in ACTOR_KINDS]
    if not actors:
        return []
    best = min(actors, key=lambda l: min(abs(l.mention.start - position), abs(l.mention.end - position)))
    return [best.actor_id]


def _word_count(sentence: Sentence) -> int:
    return sum(1 for t in sentence.tokens if t.text[:1].isalnum())


def _first_person_speaker(sentence: Sentence, cue: int, quotes: Sequence[QuoteFact], lang: str,
                          issuer: str | None = None) -> str | None:
    """The speaker of the quote a contact is told in, where the sentence speaks in the first person;
    outside quotes, the one person whose address or remarks the article is (`issuer`)."""
    words = {t.text.casefold() for t in sentence.tokens}
    if lang == "ar":
        words = {word_key(w) for w in words}
    if not words & FIRST_PERSON.get(lang, frozenset()):
        return None
    verb = next((t.text.casefold() for t in sentence.tokens if t.start == cue), "")
    if verb in _BARE_VERBS or (lang in ("uk", "ru") and verb.endswith(("ти", "тися", "тись", "ть", "ться"))):
        return None  # "let's meet", "хочемо зустрітися": a contact wished for, not one that took place
    quoted = [q for q in quotes if q.start <= cue < q.end]
    return (quoted[0].speaker if quoted else None) or issuer  # a quote with no speaker yet: the issuer's


HEADING_WORDS = 8  # a line this short is a heading or a masthead, not a sentence of the text
MASTHEAD_LINES = 3  # lines above a statement's heading that may name the institution issuing it


def extract_events(doc: AnalysedDoc, links: list[LinkedMention], dates: list[DateFact],
                   index: NameIndex, speakers: Sequence[tuple[int, str]] = (),
                   quotes: Sequence[QuoteFact] = ()) -> list[EventFact]:
    """Events in text order, each with the sentence it was read from. `speakers` (sentence, actor
    id) are who spoke where (`quotes.statements`): each makes a statement event, once. `quotes`
    give who speaks in the first person where a contact names no other side ("our meetings")."""
    events: list[EventFact] = []
    last_contact: int | None = None  # index in `events` of the last contact, which a delegation's members join
    issuer: str | None = None  # the one person a heading says the article's words are of ("Address by …")
    links_in: dict[int, list[LinkedMention]] = {}  # by sentence, in list order: one pass, not one per sentence
    for l in links:
        links_in.setdefault(l.mention.sentence, []).append(l)
    last_sides: tuple[int, list[LinkedMention]] | None = None  # the sentence and links of the last two-sided event
    lead_sides: tuple[int, list[LinkedMention]] | None = None  # ... and of the first, when the lead reports it
    first_date: dict[int, DateFact] = {}
    for d in dates:
        first_date.setdefault(d.sentence, d)
    for sentence in doc.sentences:
        # A question reports nothing ("Is Ukraine ready for talks with Russia?", "هل ...؟").
        cues = {} if _QUESTION.search(sentence.text) else _cue_positions(sentence, index, doc.lang)
        if last_contact is not None and sentence.index - events[last_contact].sentence <= MEMBERS_REACH \
                and _DELEGATION_MEMBERS.search(sentence.text):
            # "The delegation will be led by …": who leads or makes it up took part in the contact
            members = sorted({l.actor_id for l in links_in.get(sentence.index, []) if l.kind == "person"})
            known = events[last_contact].participants
            if members and not set(members) <= set(known):
                events[last_contact] = events[last_contact].model_copy(
                    update={"participants": sorted(set(known) | set(members))})
        if not cues:
            continue
        here = [l for l in links_in.get(sentence.index, []) if not l.media]
        here = here + [l for l in _demonym_sides(sentence, doc.lang, index)
                       if not any(h.mention.start < l.mention.end and l.mention.start < h.mention.end for h in here)]
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
            # A meeting or a call needs two sides; a host is one with guests it need not name.
            two_sided = contact in ("meeting", "call") and "hosted" not in cues
            # The countries a contact names as its sides count too ("the United States and Russia
            # met"); not a country it is about or held in ("discussed Ukraine", "talks in Turkey").
            met = [l for l in here if l.kind != "country" or l.mention.source == "demonym"
                   or word_before(doc.article.text, l.mention.start) not in TOPIC_WORDS]
            speaker = _first_person_speaker(sentence, cues[contact], quotes, doc.lang, issuer)
            if speaker and date and len(_participants(met, True)) < 2 and speaker not in {l.actor_id for l in here}:
                # "Yesterday's meetings in Rome showed that our partners …", said by one who was there
                # (on a day the sentence names: "our meetings" with no day may be any, or none yet)
                add(contact, sorted({speaker, *_participants(met, True)}))
                last_contact = len(events) - 1
            elif len(participants) >= (2 if two_sided else 1) or (two_sided and len(_participants(here, True)) >= 2):
                add(contact, _participants(met, True))
                last_contact = len(events) - 1
        for kind in OTHER:
            if kind not in cues:
                continue
            participants = _participants(here, with_countries=True)
            if kind == "proposal":
                # Not a country the proposal is made to or about, nor where ("talks with Russia in Turkey")
                own = [l for l in here if l.kind != "country"
                       or word_before(doc.article.text, l.mention.start) not in _NOT_PROPOSER]
                participants = _participants(own, with_countries=True) or participants
            if kind == "statement" and _WE_OPENING.match(sentence.text):
                # "We, the President of X and the President of Y, note …": those it names declare
                opening = sentence.start + len(sentence.text.split("،" if "،" in sentence.text[:40] else ",", 2)[0])
                clause_end = min((sentence.text.find(mark, opening - sentence.start + 1) for mark in ",،"
                                  if sentence.text.find(mark, opening - sentence.start + 1) > 0),
                                 default=len(sentence.text)) + sentence.start
                named = [l for l in here if opening <= l.mention.start < clause_end]
                participants = _participants(named, with_countries=False) or participants
            if kind == "statement" and _word_count(sentence) <= HEADING_WORDS:
                # A statement's heading under a masthead ("Department of State / Office of the
                # Spokesperson / Press Statement"): the institution issues it, with whoever it names.
                masthead = []
                for step in range(1, MASTHEAD_LINES + 1):
                    above = sentence.index - step
                    if above < 0 or _word_count(doc.sentences[above]) > HEADING_WORDS:
                        break
                    masthead += [l for l in links_in.get(above, []) if l.kind == "organization" and not l.media]
                if masthead:
                    people = [l for l in here if l.kind == "person"]
                    for step in (1, 2):  # "Press Statement / Secretary of State X": who signs it, on the lines below
                        below = sentence.index + step
                        if people or below >= len(doc.sentences) or _word_count(doc.sentences[below]) > HEADING_WORDS:
                            break
                        people = [l for l in links_in.get(below, []) if l.kind == "person"]
                    participants = sorted({l.actor_id for l in masthead} | {l.actor_id for l in people})
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
            # Suspending a treaty is done by one side: the one named next to the verb.
            participants = (_nearest_actor(here, cues["suspended"]) if "suspended" in cues
                            else _participants(here, with_countries=True))
            if participants:
                add("rejection", participants)
        if issuer is None and _word_count(sentence) <= HEADING_WORDS:
            heading = [e.participants for e in events if e.sentence == sentence.index and e.type == "statement"]
            signed = [p for p in heading[0] if p in {l.actor_id for l in here if l.kind == "person"}] if heading else []
            if len(signed) == 1:
                issuer = signed[0]
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
