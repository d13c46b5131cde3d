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
from collections.abc import Sequence, Set
from functools import cache
from itertools import pairwise

from generator.analyse import lexicon as lx
from generator.extract.actors import LinkedMention, word_before
from generator.gazetteer import NameIndex
from generator.morph import MORPH_LANGS, cases, lemma, parse
from generator.normalize import word_key
from generator.records import AnalysedDoc, EntityMention, Sentence, Token
from generator.schema import DateFact, EventFact, QuoteFact

# Cue words per event type and language (lemma or normalised form; prefixes for inflection).
EVENT_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "summit": {"en": ("summit",), "uk": ("саміт",), "ru": ("саммит",), "ar": ("قمه",)},
    "meeting": {
        "en": ("met", "meet", "meeting", "meetings", "talks", "negotiations", "negotiated", "consultations",
               "consulted", "conferred", "convene", "convenes", "convened"),
        "uk": ("зустріч", "зустрітися", "переговори", "перемовини", "зустрітись", "консультації", "консультація"),
        "ru": ("встреча", "встретиться", "переговоры", "консультации", "консультация"),
        "ar": ("التقى", "التقي", "لقاء", "لقائها", "لقائه", "محادثات", "اجتماع", "الاجتماعات", "اجرتا", "اجرى",
               "المحادثات", "مباحثات", "مشاورات", "المشاورات", "مفاوضات", "المفاوضات",
               "اجتمع", "اجتمعت", "يجتمع", "تجتمع", "اجتماعا", "التقت", "يلتقي",
               # "received" a visitor: the usual verb of a host's meeting
               "استقبل", "استقبلت", "يستقبل", "تستقبل"),
    },
    "visit": {"en": ("visit", "visited", "visits", "trip", "arrived", "traveled", "travelled"),
              "uk": ("візит", "відвідати", "поїздка", "прибути", "відвідини"),
              "ru": ("визит", "посетить", "поездка", "прибыть", "посещение"),
              "ar": ("زياره", "زار", "يزور", "رحله", "رحلته", "وصل", "وصلت", "يصل", "تصل")},
    "call": {"en": ("call", "called", "phone", "phoned", "spoke", "spoken", "conversation", "videoconference",
                    "teleconference"),
             "uk": ("розмова", "зателефонувати", "телефонувати", "поговорити", "телефонний", "відеоконференція"),
             "ru": ("разговор", "позвонить", "созвониться", "телефонный", "поговорить", "беседа", "побеседовать",
                    "переговорить", "видеоконференция"),
             "ar": ("اتصال", "اتصالا", "هاتفي", "هاتفيا", "هاتفيه", "مكالمه", "مكالمة",
                    # the verbs: "اتصل أردوغان بـ…" (phoned); not "الهاتف" (the telephone, "عبر الهاتف")
                    "اتصل", "اتصلت", "يتصل", "تتصل", "هاتفت")},
    "statement": {"en": ("statement", "declaration", "communique", "remarks", "congratulations", "congratulated",
                         "condolences", "greetings", "proclamation", "speech", "briefing"),
                  "uk": ("заява", "декларація", "комюніке", "привітання", "привітати", "співчуття", "звернення",
                         "виступ", "брифінг", "пресконференція", "прес-конференція"),
                  "ru": ("заявление", "декларация", "коммюнике", "поздравление", "поздравить", "соболезнование",
                         "обращение", "выступление", "брифинг", "пресс-конференция"),
                  "ar": ("بيان", "بيانا", "اعلان", "تهنئه", "تعازي", "اعلانا", "تصريحات", "كلمه", "خطاب", "احاطه")},
    "strike": {"en": ("strike", "strikes", "attack", "attacks", "shelling", "bombardment"),
               "uk": ("удар", "атака", "обстріл"), "ru": ("удар", "атака", "обстрел"),
               "ar": ("غاره", "هجوم", "قصف", "ضربه", "ضربات", "هجمات", "غارات")},
    "proposal": {"en": ("proposed", "proposal", "proposals", "proposes", "propose", "offered", "offers", "offer",
                         "suggested", "invited", "invitation"),
                 "uk": ("пропонувати", "пропозиція", "запропонувати", "запросити", "запрошення"),
                 "ru": ("предложить", "предлагать", "предложение", "пригласить", "приглашение"),
                 "ar": ("اقترح", "اقتراح", "مقترح", "عرض", "اقترحت", "عرضت", "دعوه")},
    "rejection": {"en": ("rejected", "rejects", "refused", "dismissed", "vetoed", "veto", "withdrew", "withdrawal",
                         "rebuffed", "declined", "declines", "refuses", "rejecting", "refusing", "rejection"),
                  "uk": ("відкинути", "відхилити", "відхилений", "відмовитися", "вето", "ветувати", "відмова",
                         "відкидати", "відхиляти", "відмовлятися"),
                  "ru": ("отвергнуть", "отклонить", "отклонённый", "отказаться", "вето", "отказ", "отвергать",
                         "отклонять", "отказываться"),
                  "ar": ("رفض", "رفضت", "فيتو", "انسحاب")},
    "agreement": {"en": ("agreed", "agreement", "signed"),
                  "uk": ("домовитися", "угода", "домовленість", "погодитися", "підписати", "підписання"),
                  "ru": ("договориться", "соглашение", "договоренность", "согласиться", "подписать", "подписание"),
                  "ar": ("اتفاق", "اتفق", "اتفقت", "اتفقا", "اتفقوا")},
    "exchange": {"en": ("exchange", "exchanged", "exchanges", "swap", "swapped", "swaps"), "uk": ("обмін",),
                 "ru": ("обмен",), "ar": ("تبادل",)},
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
    "uk": frozenset({"говорити", "розмовляти", "говорили", "розмовляли", "говорив", "розмовляв"}),
    "ru": frozenset({"говорить", "разговаривать", "говорили", "разговаривали"}),
}
WITH: dict[str, frozenset[str]] = {"uk": frozenset({"з", "зі", "із"}), "ru": frozenset({"с", "со"})}
# "обговорив із президентом Туреччини", "обсудил с Эрдоганом": a conversation of the two, unless the
# sentence says they met
DISCUSS_WITH: dict[str, frozenset[str]] = {
    "uk": frozenset({"обговорити", "обговорювати", "обговорив", "обговорили", "обговорила"}),
    "ru": frozenset({"обсудить", "обсуждать", "обсудил", "обсудили", "обсудила"}),
}
# Cues read by the start of a word's form or lemma (inflected adjectives, Arabic with suffixes).
PREFIX_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "proposal": {"ar": ("مقترحات", "اقتراحات")},
    # the verb in every person and number: تبادلتا (the two exchanged), يتبادلان, تبادلوا
    "exchange": {"ar": ("تبادل", "يتبادل", "تتبادل")},
}
# Readiness for a contact, an exchange or an agreement is an offer of it ("ready to exchange
# prisoners", "готові до переговорів", "готов к встрече", "مستعدة للتفاوض"); readiness to help is not.
READY: dict[str, tuple[str, ...]] = {
    "en": ("ready", "willing", "prepared", "open"), "uk": ("готов",), "ru": ("готов",),
    "ar": ("مستعد", "استعداد", "منفتح", "منفتحه"),
}
READY_REACH = 4  # words from the readiness to the cue of what it offers
_OFFERED = ("exchange", "meeting", "summit", "visit", "call", "agreement")
# Arabic pronoun suffixes a cue may carry ("مقترحاتها" its proposals, "اتفاقهما" their agreement).
_AR_SUFFIXES = ("هما", "هم", "ها", "نا")
# Releasing prisoners is an exchange: a verb of release and a word for prisoners, or for their
# detention, in one sentence ("secure the release of an American wrongfully detained in Russia").
RELEASE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("release", "released", "releases", "freed", "frees", "free", "freeing", "home"),
    "uk": ("звільнити", "звільнення", "звільнений", "повернути", "повернення", "визволити"),
    "ru": ("освободить", "освобождение", "освобождённый", "освобожденный", "вернуть", "возвращение"),
    "ar": ("الافراج", "افراج", "افرج", "افرجت", "سراح", "اطلاق"),
}
PRISONER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("prisoner", "prisoners", "pows", "pow", "detainee", "detainees", "hostage", "hostages", "captives"),
    "uk": ("полонений", "бранець", "заручник", "в'язень", "полонених", "військовополонений", "полон"),
    "ru": ("пленный", "военнопленный", "заложник", "заключённый", "заключенный", "пленных", "плен"),
    "ar": ("الاسري", "اسري", "الاسير", "اسير", "اسيرا", "الاسر", "المحتجزين", "محتجزين", "الرهائن", "رهائن",
           "المعتقلين", "معتقلين"),
}
# Soldiers going home both ways: "returned 157 soldiers in exchange for 157 Ukrainian soldiers" is a swap.
SOLDIER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("soldiers", "servicemen", "servicemembers"),
    "uk": ("військовослужбовців", "військовослужбовці", "військових", "бійців", "захисників"),
    "ru": ("военнослужащих", "военнослужащие", "военных", "бойцов"),
    "ar": ("جنديا", "جنود", "الجنود", "عسكريين", "العسكريين", "عسكرييها", "عسكرييه"),
}
# Words of detention that make a release one of a prisoner, though they name no prisoners.
DETENTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("detained", "detention", "prison", "captivity", "jail", "jailed", "custody", "imprisoned", "imprisonment"),
    "uk": ("ув'язнення", "в'язниця", "затриманий", "неволя"),
    "ru": ("заключение", "тюрьма", "задержанный", "неволя"),
    "ar": ("السجن", "سجن", "الاحتجاز", "احتجاز", "الاعتقال", "اعتقال"),
}
# The dead returned to their side are an exchange too ("повернули тіла 1000 загиблих", "handed over
# the bodies"): words for bodies, and for handing them over.
BODY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("bodies", "remains"), "uk": ("тіло", "тіла", "тіл", "останки"), "ru": ("тело", "тела", "тел", "останки"),
    "ar": ("جثث", "الجثث", "جثامين", "الجثامين", "رفات"),
}
HANDOVER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("handed", "returned", "repatriated", "repatriation", "transferred"),
    "uk": ("передати", "репатріація", "репатріаційний", "репатріювати", "повернути"),
    "ru": ("передать", "репатриация", "вернуть", "возвратить"),
    "ar": ("تسليم", "سلمت", "سلم", "تسلم", "تسلمت", "استلام", "اعاده", "اعادت"),
}
# Arriving somewhere is a visit to it, and receiving someone a meeting with them ("Macron received
# Zelensky in Paris"), where no other word names the contact.
ARRIVE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("arrived", "arrives", "arriving", "arrive"),
    "uk": ("прибути", "прибув", "прибула", "прибули", "прибуде", "прибудуть", "прилетіти", "прилетів", "прилетіла",
           "прилетіли", "приїхати", "приїхав", "приїхала", "приїхали"),
    "ru": ("прибыть", "прибыл", "прибыла", "прибыли", "прибудет", "прибудут", "прилететь", "прилетел", "прилетела",
           "прилетели", "приехать", "приехал", "приехала", "приехали"),
    "ar": ("وصل", "وصلت", "يصل", "تصل", "وصلوا"),
}
RECEIVE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("received", "receives", "welcomed", "welcomes"),
    "uk": ("прийняти", "прийняв", "прийняла", "приймав", "приймала", "приймає"),
    "ru": ("принять", "принял", "приняла", "принимал", "принимала", "принимает"),
}
RECEIVE_REACH = 4  # words from the verb to the person received
# "An exchange of views", "обмен документами": words after "exchange" that make it a conversation or
# a formality, not an exchange.
_EXCHANGE_OF_WORDS = re.compile(
    r"\b(?:exchanges?d?|обмін\w*|обмен\w*|обмінял\w*|обменял\w*)\s+(?:of\s+)?(?:views|opinions|ideas|information|"
    r"greetings|experience|documents|notes|instruments|gifts|fire|words|blows|insults|accusations|remarks|barbs|"
    r"sanctions|threats|санкціями|погрозами|санкциями|угрозами|"
    r"letters|messages|pleasantries|думками|інформацією|привітаннями|досвідом|"
    r"документами|нотами|грамотами|подарунками|ударами|вогнем|звинуваченнями|репліками|листами|"
    r"мнениями|информацией|поздравлениями|опытом|подарками|огнем|обвинениями|репликами|письмами|"
    r"любезностями)"
    r"|تبادل\w*\s+(?:وجهات|الآراء|الاراء|المعلومات|التهاني|الخبرات|الوثائق|المذكرات|الهدايا|التقييم|التقييمات|"
    r"الحديث|الرسائل|الأفكار|الافكار|الرؤى|القصف|إطلاق|اطلاق|النار|النيران|الاتهامات|الضربات|اتهامات|عقوبات|"
    r"العقوبات|انتقادات|الانتقادات|التهديدات|تهديدات)"
    r"|(?:يتبادل|تتبادل|يتبادلان|تتبادلان|يتبادلون|تبادلت|تبادلا)\s+(?:\S+\s+){0,3}?(?:القصف|إطلاق|اطلاق|النيران|"
    r"الاتهامات|الضربات)"
    # ... a quarrel: "a fiery exchange in the Oval Office", "the tone of the exchange"
    r"|\b(?:fiery|testy|angry|tense|sharp|blunt|contentious|combative|bitter|acrimonious|shouting|televised|"
    r"public|extraordinary)\s+exchanges?\b|\btone\s+of\s+the\s+exchange\b"
    # ... and before it: "bilateral Russian-US exchanges", "trade exchanges", "двосторонні обміни"
    r"|\b(?:bilateral|diplomatic|trade|cultural|economic|scientific|academic|student|verbal|heated)"
    r"(?:\s+[\w-]+)?\s+exchanges?\b"
    r"|\b(?:двосторонн\w*|двусторонн\w*|торговельн\w*|торгов\w*|культурн\w*|гуманітарн\w*)\s+обмін\w*"
    r"|\b(?:двусторонн\w*|торгов\w*|культурн\w*)\s+обмен\w*", re.IGNORECASE)
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
    # "киевский режим", Russian officials' name for Ukraine's government
    "ukraine": {"en": ("ukrainian",), "uk": ("українськ", "київськ"), "ru": ("украинск", "киевск"),
                "ar": ("الاوكراني",)},
    "russia": {"en": ("russian",), "uk": ("російськ",), "ru": ("российск",), "ar": ("الروسي",)},
    "united-states": {"en": ("american", "u.s.", "us"), "uk": ("американськ",), "ru": ("американск",),
                      "ar": ("الامريكي", "الاميركي")},
    "france": {"en": ("french",), "uk": ("французьк",), "ru": ("французск",), "ar": ("الفرنسي",)},
    "germany": {"en": ("german",), "uk": ("німецьк",), "ru": ("немецк",), "ar": ("الالماني",)},
    "united-kingdom": {"en": ("british",), "uk": ("британськ",), "ru": ("британск",), "ar": ("البريطاني",)},
    "turkey": {"en": ("turkish",), "uk": ("турецьк",), "ru": ("турецк",), "ar": ("التركي",)},
    "china": {"en": ("chinese",), "uk": ("китайськ",), "ru": ("китайск",), "ar": ("الصيني",)},
    "iran": {"en": ("iranian",), "uk": ("іранськ",), "ru": ("иранск",), "ar": ("الايراني",)},
    "israel": {"en": ("israeli",), "uk": ("ізраїльськ",), "ru": ("израильск",), "ar": ("الاسرائيلي",)},
    "belarus": {"en": ("belarusian",), "uk": ("білоруськ",), "ru": ("белорусск",), "ar": ("البيلاروسي",)},
    "poland": {"en": ("polish",), "uk": ("польськ",), "ru": ("польск",), "ar": ("البولندي",)},
    "italy": {"en": ("italian",), "uk": ("італійськ",), "ru": ("итальянск",), "ar": ("الايطالي",)},
    "japan": {"en": ("japanese",), "uk": ("японськ",), "ru": ("японск",), "ar": ("الياباني",)},
    "india": {"en": ("indian",), "uk": ("індійськ",), "ru": ("индийск",), "ar": ("الهندي",)},
    "saudi-arabia": {"en": ("saudi",), "uk": ("саудівськ",), "ru": ("саудовск",), "ar": ("السعودي",)},
    "qatar": {"en": ("qatari",), "uk": ("катарськ",), "ru": ("катарск",), "ar": ("القطري",)},
    "egypt": {"en": ("egyptian",), "uk": ("єгипетськ",), "ru": ("египетск",), "ar": ("المصري",)},
    "syria": {"en": ("syrian",), "uk": ("сирійськ",), "ru": ("сирийск",), "ar": ("السوري",)},
}
SIDE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("delegation", "delegations", "side", "sides", "party", "parties", "team", "teams", "negotiators",
           "representatives", "authorities", "regime", "officials", "diplomats"),
    "uk": ("делегація", "сторона", "команда", "переговорник", "представник", "влада", "режим", "посадовець",
           "дипломат"),
    "ru": ("делегация", "сторона", "команда", "переговорщик", "представитель", "власти", "власть", "режим",
           "чиновник", "дипломат"),
    "ar": ("الوفد", "وفد", "الوفدين", "الوفدان", "الجانب", "الجانبين", "الجانبان", "الطرف", "الطرفين", "الطرفان",
           "الفريق", "ممثلي", "ممثلو", "مسؤولين", "مسؤولون", "المسؤولين", "المسؤولون", "دبلوماسيين"),
}
# A country's armed forces, named by its adjective: who strikes ("Russian forces launched missile strikes").
FORCE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("forces", "troops", "army", "military", "aircraft", "drones", "missiles"),
    "uk": ("війська", "військо", "сили", "армія", "військові", "окупанти"),
    "ru": ("войска", "силы", "армия", "военные", "оккупанты"),
    "ar": ("القوات", "قوات", "الجيش", "جيش", "الطائرات", "المسيرات"),
}
# What two countries hold together, named by their adjectives ("Russian-American talks",
# "российско-американские консультации", "المحادثات الروسية الأميركية"): they are its sides.
HELD_BY_SIDES: dict[str, tuple[str, ...]] = {
    "en": ("talks", "negotiations", "relations", "dialogue", "consultations", "cooperation", "summit", "contacts"),
    "uk": ("переговори", "перемовини", "відносини", "діалог", "консультації", "співпраця", "саміт", "контакти"),
    "ru": ("переговоры", "отношения", "диалог", "консультации", "сотрудничество", "саммит", "контакты"),
    "ar": ("المحادثات", "محادثات", "المفاوضات", "مفاوضات", "العلاقات", "علاقات", "الحوار", "المشاورات",
           "مشاورات", "التعاون", "القمه", "قمه", "المباحثات", "مباحثات", "الاتصالات"),
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


# --- Who is a side, and where: the subjects and objects of the event, not every name in the sentence.
# A person named by a relation to another names the other only as a possessor, who is no side
# ("Trump's son-in-law Jared Kushner", "спецпосланник Трампа Стив Уиткофф", "صهر الرئيس الأميركي
# دونالد ترامب"): words for such a relation, in English after "'s", in Ukrainian and Russian (by
# the start of the word) before a name in the genitive, in Arabic before a name in construct.
ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("son-in-law", "envoy", "adviser", "advisor", "aide", "spokesman", "spokesperson", "spokeswoman", "son",
           "daughter", "wife", "husband", "representative", "emissary", "negotiator", "lawyer", "ally", "friend",
           "assistant", "secretary", "press secretary"),
    "uk": ("посланник", "посланц", "посланець", "спецпосланц", "спецпосланник", "представник", "спецпредставник",
           "радник", "помічник", "помічниц", "зят", "речник", "речниц", "прессекретар", "прес-секретар", "син", "дочк",
           "доньк", "дружин", "соратник", "довірен"),
    "ru": ("посланник", "спецпосланник", "представител", "спецпредставител", "советник", "помощник", "помощниц",
           "зят", "пресс-секретар", "сын", "доч", "жен", "соратник", "доверенн", "официальный представител"),
    "ar": ("مبعوث", "المبعوث", "مستشار", "المستشار", "مساعد", "المساعد", "صهر", "المتحدث", "متحدث", "ممثل",
           "الممثل", "نجل", "زوجه", "ابن", "مساعده", "مستشاره", "مبعوثه"),
}
# Words of a title that may stand between the relation and the possessor ("помощник президента США").
_TITLE_BETWEEN: dict[str, tuple[str, ...]] = {
    "uk": ("президент", "прем'єр", "премʼєр", "прем’єр", "глав", "лідер", "канцлер", "міністр", "голов"),
    "ru": ("президент", "премьер", "глав", "лидер", "канцлер", "министр", "председател"),
}
_AR_PRESIDENT = frozenset(word_key(w) for w in ("الرئيس", "للرئيس", "رئيس", "لرئيس"))  # compared folded
# A news outlet, agency or forum cited as the source ("передає УНН", "according to AP", "Як пише …",
# "Interfax reported", "وفقا لوكالة") or named as where someone was ("at the World Economic Forum")
# reports or hosts an event, and takes no part in it.
_SOURCE_BEFORE = re.compile(
    r"(?:according\s+to|\bper|reported\s+by|cited\s+by|interview\s+with|передає|передает|пише|пишет|"
    r"повідомляє|повідомило|повідомили|сообщает|сообщило|сообщили|посиланням\s+на|ссылкой\s+на|за\s+даними|"
    r"по\s+данным|وفقا|نقلا\s+عن|بحسب|حسب)\s*(?:the\s+)?[«\"“'‘]?$", re.IGNORECASE)
# Words before a date that make it the start or the end of a period ("since 2022", "с 2022 года",
# "منذ فبراير 2022", "until 2026", "до кінця року"), not the day of an event the sentence reports.
_SINCE_OR_UNTIL = re.compile(
    r"(?:\bsince|\buntil|\btill|\bthrough|\bз|\bзі|\bіз|\bс|\bсо|\bдо|\bпо|منذ|حتى|لغاية)\s*(?:the\s+)?$",
    re.IGNORECASE)
# ... or of the event a period runs from ("since the start of the full-scale war in February 2022",
# "з початку повномасштабного вторгнення в лютому 2022", "منذ بدء الحرب في فبراير 2022").
_SINCE_EVENT = re.compile(r"(?:\bsince|\bз\s+початку|\bс\s+начала|منذ)\s[^.,;:!?،]{0,60}?\s(?:in|у|в|في)\s+$",
                          re.IGNORECASE)
# On whose instruction one acts ("за дорученням Путіна", "по поручению президента", "at the
# instruction of"): who sent them, no side of the contact.
_INSTRUCTED_BY = re.compile(
    r"(?:за\s+дорученням|на\s+доручення|по\s+поручению|at\s+the\s+(?:instruction|request|behest)\s+of|"
    r"on\s+(?:the\s+)?instructions?\s+(?:of|from)|بتكليف\s+من|بتوجيه\s+من|بتوجيهات\s+من)\s*"
    r"(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_VENUE_BEFORE = re.compile(r"(?:\bat|\bfor|\bу|\bв|\bна|في)\s*(?:the\s+)?[«\"“'‘]?$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(
    r"^[»\"”'’]?\s*(?:reported|reports|reporting|writes|wrote|передає|передает|пише|пишет|повідомляє|повідомило|"
    r"сообщает|сообщило|пишут|пишуть|أفادت|ذكرت)\b", re.IGNORECASE)
_AR_SOURCE_PREFIX = ("لوكاله", "لصحيفه", "لموقع", "لقناه")
# Where an event takes place is a place after a word of location ("in Geneva", "у Кремлі", "до
# Стамбула", "في أبوظبي", "بموسكو"), maybe with a word for the kind of place between ("the capital",
# "столиці ОАЕ", "العاصمة الإماراتية"); not a capital standing for its government ("Moscow's
# position", "Москва сигналізувала") nor a word of a person's name.
LOCATIVES: dict[str, frozenset[str]] = {
    "en": frozenset("in at to into near outside inside".split()),
    "uk": frozenset("у в на до біля під поблизу".split()),
    "ru": frozenset("в во на у под около близ".split()),
    "ar": frozenset({"في", "الي", "إلى", "إلي", "قرب", "داخل"}),
}
_PLACE_HEADS: dict[str, tuple[str, ...]] = {
    "en": ("the", "capital", "city", "resort", "state", "town", "region", "emirate", "emirati", "russian", "turkish",
           "swiss", "saudi", "american", "his", "her", "their"),
    "uk": ("столиц", "міст", "резиденці", "курорт", "штат", "області", "регіон", "турецьк", "швейцарськ", "еміратськ",
           "саудівськ", "російськ", "американськ", "саудівськ"),
    "ru": ("столиц", "город", "резиденци", "курорт", "штат", "област", "регион", "турецк", "швейцарск", "эмиратск",
           "саудовск", "российск", "американск"),
    "ar": ("العاصمه", "عاصمه", "مدينه", "المدينه", "منتجع", "ولايه", "بولايه", "امارة", "اماره", "بمدينه", "بالعاصمه",
           "بمنتجع"),
}
_PLACE_REACH = 3  # words between the word of location and the place
# A contrast between two clauses tells two things ("A meets B in X, while C flies to Y to talk to D").
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:while|whereas)\s|,\s+as\s+(?=[A-Z])|,\s*тоді\s+як\s|,\s*тоді\s+коли\s|,\s*(?:тогда|в\s+то\s+время)\s+как\s"
    r"|,\s*а\s+(?!також|также|и\s|й\s|ще|еще|ещё)"
    r"|\s(?:بينما|في\s+حين)\s", re.IGNORECASE)


_HEADS_OF_STATE = ("president", "prime minister", "chancellor", "king", "supreme leader", "emir", "crown prince")


def _heads_a_state(actor_id: str, index: NameIndex | None) -> bool:
    """Whether the registry's role of a person opens with a head of state's or government's office."""
    entry = index.entries.get(actor_id) if index is not None else None
    return bool(entry and entry.role and entry.role.casefold().startswith(_HEADS_OF_STATE))


def _possessors(sentence: Sentence, here: list[LinkedMention], text: str, lang: str,
                index: NameIndex | None = None) -> set[int]:
    """Starts of the person mentions that name another's relation only ("Trump's son-in-law …")."""
    found: set[int] = set()
    people = [l for l in here if l.kind == "person"]
    tokens = [t for t in sentence.tokens if t.text[:1].isalnum() or t.text[:1] in "'’"]
    roles = ROLE_NOUNS.get(lang, ())
    for link in people:
        m = link.mention
        if _INSTRUCTED_BY.search(text[max(0, m.start - 50):m.start]):
            found.add(m.start)
            continue
        if lang == "en":
            named = min((o.mention.start for o in people if m.end < o.mention.start <= m.end + 60), default=None)
            between = text[m.end:named] if named is not None else ""
            # "Trump's peace envoys Witkoff …", "Putin's special envoy, Kirill Dmitriev", "Putin envoy Dmitriev"
            role = re.fullmatch(r"(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?([\w-]+),?\s+", between)
            # ... ", Trump's son-in-law,": a relation told after another's name
            apposition = re.match(r"[’']s\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s*[,)]", text[m.end:m.end + 60])
            owned = re.search(rf"\b(?:{'|'.join(map(re.escape, roles))})s?\s+(?:to|of)\s+(?:the\s+)?"
                              r"((?:[A-Z][\w.-]*\s+){0,4})$", text[max(0, m.start - 80):m.start])
            if owned and not all(w.casefold() in lx.EN_PERSON_TITLES or w.casefold() in lx.EN_DEMONYMS
                                 for w in owned.group(1).split()):
                owned = None  # "envoy to the Middle East Steve Witkoff": a place of the title, then the name
            # (without "'s" only the role word itself between: "Putin envoy Dmitriev")
            roled = role is not None and _en_role(role.group(1), roles) and (
                between.startswith(("'", "’")) or between.count(" ") <= 2)
            if roled or (apposition is not None and _en_role(apposition.group(1), roles)) or owned:
                found.add(m.start)  # ("a senior aide to Russian President Vladimir Putin": Putin is whose)
            continue
        before = [t for t in tokens if t.end <= m.start][::-1]
        if lang in ("uk", "ru"):
            words = [t for t in tokens if m.start <= t.start < m.end]
            if not words or "gent" not in cases(lang, words[-1].text, nouns_only=True) \
                    or ("nomn" in parse(lang, words[-1].text)[1] and "NOUN" in parse(lang, words[-1].text)[1]):
                continue
            inside = [l for l in here if l is not link and l.kind in ("country", "organization")]
            for token in before[:4]:
                word = token.text.casefold()
                if word.startswith(roles):
                    # a relation in the genitive agrees with the name it is ("спецпосланника … Стива
                    # Уиткоффа"), unless another name follows ("спецпосланника Трампа Стива Уиткоффа")
                    if not parse(lang, token.text)[1] & {"gent", "accs"} or any(
                            o.mention.start > m.end and not text[m.end:o.mention.start].strip() for o in people) \
                            or _heads_a_state(link.actor_id, index):
                        found.add(m.start)  # (a head of state is no one's envoy: "посланця Путіна")
                    break
                if not (word.startswith(_TITLE_BETWEEN[lang])
                        or any(o.mention.start <= token.start < o.mention.end for o in inside)):
                    break
        elif lang == "ar":
            president = False
            for n, token in enumerate(before[:5]):
                key = word_key(token.text)
                if key in roles or (key.startswith("و") and key[1:] in roles):
                    if president or (n == 0 and not key.lstrip("و").startswith("ال")):
                        found.add(m.start)
                    break
                if key in _AR_PRESIDENT:
                    president = True
                elif not key.startswith(("ال", "لل")):
                    break
    return found


def _en_role(word: str, roles: Sequence[str]) -> bool:
    """Whether an English word is one of these relations, in the singular or the plural ("envoys")."""
    word = word.casefold()
    return word in roles or (word.endswith("s") and word[:-1] in roles)


_SPOKES_BEFORE = re.compile(
    r"(?i:spokes(?:man|woman|person)|press secretary|речни(?:к|ця|ка)|спікер\w*|прес-секретар\w*|"
    r"пресс-секретар\w*|официальн\w+ представител\w+|المتحدث\w*|متحدث\w*)\s+"
    r"(?:[A-ZА-ЯЁІЇЄҐ\u0600-\u06ff][^\s.!?]*\s+){0,3}$")  # and the institution's name ("спікер МЗС Олег")


def _spokespeople(here: list[LinkedMention], text: str, index: NameIndex) -> set[int]:
    """Starts of the person mentions of a spokesperson, by the registry's role or the words before the
    name ("спікер МЗС Олег Ніколаєнко"): who reports a contact, not a side of it."""
    found: set[int] = set()
    for link in here:
        if link.kind != "person":
            continue
        entry = index.entries.get(link.actor_id)
        role = entry.role.casefold() if entry is not None and entry.role else ""
        if "spokes" in role or "press secretary" in role \
                or _SPOKES_BEFORE.search(text[max(0, link.mention.start - 60):link.mention.start]):
            found.add(link.mention.start)
    return found


def _sources(here: list[LinkedMention], text: str, lang: str, located: bool) -> set[int]:
    """Starts of the organisations a sentence cites as its source ("передає УНН"), or with `located`,
    names as where someone was ("at the World Economic Forum", "у Кремлі")."""
    found: set[int] = set()
    for link in here:
        if link.kind != "organization" or link.mention.sentence != here[0].mention.sentence:
            continue
        m = link.mention
        before = text[max(0, m.start - 30):m.start]
        if located:
            if _VENUE_BEFORE.search(before):
                found.add(m.start)
        elif _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(text[m.end:m.end + 20]) \
                or (lang == "ar" and word_key(m.text).startswith(_AR_SOURCE_PREFIX)):
            found.add(m.start)
    return found


_SPEECH_WORDS = frozenset(word_key(cue) for cues in lx.SPEECH_CUES.values() for cue in cues if " " not in cue)
_REPORTED_THAT = frozenset({"that", "що", "что", "ان", "بان", "انه", "انها"})  # (Arabic by word_key)
REPORTER_REACH = 6  # words from a verb of speech to the "that" it opens (Arabic names its subject between)


# Verbs of reacting to what others did ("welcomed the exchange", "привітав обмін", "رحب بالاتفاق").
_REACTING: dict[str, tuple[str, ...]] = {
    "en": ("welcomed", "welcomes", "hailed", "hails", "praised", "praises", "applauded", "applauds", "condemned",
           "condemns", "criticised", "criticized", "denounced", "congratulated"),
    "uk": ("вітав", "привітав", "вітає", "схвалив", "схвалює", "засудив", "засуджує", "розкритикував"),
    "ru": ("приветствовал", "приветствует", "одобрил", "одобряет", "осудил", "осуждает", "раскритиковал"),
    "ar": ("رحب", "ورحب", "يرحب", "رحبت", "ورحبت", "اشاد", "واشاد", "اشادت", "ندد", "وندد", "ادان", "وادان"),
}


def _reacts(token: Token, lang: str) -> bool:
    word = word_key(token.text) if lang == "ar" else token.text.casefold()
    return word in _REACTING.get(lang, ())


_EN_SAID = frozenset({"said", "says", "announced", "confirmed", "reported", "stated", "added"})
_EN_CLAUSE_OPENERS = frozenset({"he", "she", "they", "it", "we", "the", "both"})
_EN_WHEN_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                           "june july august september october november december".split())


def _opens_reported_clause(token: Token) -> bool:
    """Whether the word after "said" opens what was said: a name or a subject pronoun ("said Putin met",
    "said they agreed"), not a time, a place or a preposition ("said on Monday", "said in Geneva")."""
    word = token.text
    return word.casefold() in _EN_CLAUSE_OPENERS or (
        word[:1].isupper() and word.casefold() not in _EN_WHEN_WORDS)


def _reported_from(sentence: Sentence, lang: str) -> int | None:
    """Where a clause reported by a verb of speech begins ("Ушаков заявил, что Москва и Вашингтон
    договорились", "said that", "وقال بوتين إن"): whoever said it is no side of what it reports."""
    words = [t for t in sentence.tokens if t.text[:1].isalnum()]
    for k, token in enumerate(words):
        if k + 1 < len(words) and _reacts(token, lang):
            return words[k + 1].start  # "Rubio welcomed Russia and Ukraine's exchange": who welcomed it is no side
        if lang == "en" and k + 1 < len(words) and token.text.casefold() in _EN_SAID \
                and _opens_reported_clause(words[k + 1]):
            return words[k + 1].start  # "The Kremlin said Putin met Witkoff": English leaves out "that"
        if word_key(token.text) not in _REPORTED_THAT:
            continue
        for before in words[max(0, k - REPORTER_REACH):k]:
            key = word_key(before.text)
            if key in _SPEECH_WORDS or key.removeprefix("و") in _SPEECH_WORDS or (
                    lang in MORPH_LANGS and word_key(lemma(lang, before.text)) in _SPEECH_WORDS):
                return token.start
    return None


def _reported(pool: list[LinkedMention], reported: int | None, cue: int, needed: int, text: str,
              index: NameIndex) -> list[LinkedMention]:
    """The actors of a reported clause, where the event's word is in it and it names enough sides
    of its own (a capital for its country); else the whole pool ("Zelensky said he met Trump": he
    is the one who said it)."""
    if reported is None or cue < reported:
        return pool
    inside = [l for l in pool if l.mention.start >= reported]
    sides = _participants(inside, True) or _capitals_acting(inside, text, index)
    return inside if len(sides) >= needed else pool


def _received(sentence: Sentence, here: list[LinkedMention], lang: str) -> int | None:
    """The offset of a verb of receiving a person ("received Zelensky"), which names a meeting."""
    verbs = _RECEIVE.get(lang, frozenset())
    words = [t for t in sentence.tokens if t.text[:1].isalnum()]
    people = [l.mention for l in here if l.kind == "person" and l.mention.sentence == sentence.index]
    for n, token in enumerate(words):
        if not ({word_key(token.text)} | ({word_key(token.lemma)} if token.lemma else set())) & verbs:
            continue
        reach = words[n + 1:n + 1 + RECEIVE_REACH]
        if any(reach and m.start >= token.end and m.start <= reach[-1].start
               and not sentence.text[m.end - sentence.start:m.end - sentence.start + 2].startswith(("'s", "’s"))
               for m in people):
            return token.start
    return None


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of the clauses a contrast divides a sentence into ("…, while …", "…, тоді як …")."""
    cuts = [sentence.start + m.start() for m in _CLAUSE_BREAK.finditer(sentence.text)]
    bounds = [sentence.start, *cuts, sentence.end]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _within(links: list[LinkedMention], clause: tuple[int, int], clauses: int) -> list[LinkedMention]:
    """The links of one clause of the sentence (all of them where the sentence is one clause; the
    sides of an earlier sentence stay)."""
    if clauses < 2:
        return links
    sentence = links[0].mention.sentence if links else -1
    return [l for l in links if l.mention.sentence != sentence or clause[0] <= l.mention.start < clause[1]]


# Those a delegation comes from are its sides ("delegations from Russia, the United States, and Ukraine").
_SIDES_FROM = re.compile(
    r"(?:delegations?|officials|representatives|envoys|negotiators|teams?|делегаці\w*|представник\w*|"
    r"делегаци\w*|представител\w*|مسؤولين|ممثلين|وفود|وفدي)\s+(?:from|of|з|із|від|из|от|من)\s*"
    # ... and the names listed after the first ("from Russia, Ukraine and the United States")
    r"(?:[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,2}\s*(?:,|\band\b|\bі\b|\bта\b|\bи\b|و)\s*(?:the\s+)?)*$",
    re.IGNORECASE)


_LIST_JOINT = re.compile(r"\s*(?:,|،|\band\b|\bі\b|\bй\b|\bта\b|\bи\b|و)\s*\Z")


_BETWEEN = re.compile(r"(\w+)\s+(?:between|між|между|بين)\s+\Z")


# A country named as what a war or the talks are about takes no part through that mention: "the war in
# Ukraine", "Russia's invasion of Ukraine", "talks on Ukraine", "війна в Україні", "الحرب في أوكرانيا".
_ABOUT_COUNTRY = re.compile(
    r"(?:\b(?:war|invasion|conflict|aggression|crisis|about|on|over|regarding|concerning|towards?)|"
    r"\b(?:війн\w*|вторгненн\w*|конфлікт\w*|агресі\w*|криз\w*|щодо|про|стосовно|відносно|"
    r"войн\w*|вторжени\w*|конфликт\w*|агресси\w*|кризис\w*|относительно|об?)|"
    r"(?<!\w)[وب]?(?:ال)?(?:حرب|غزو|صراع|نزاع|ازمه|أزمة|ازمة)|(?<!\w)(?:حول|بشأن|بشان|تجاه))"
    r"(?:\s+(?:in|of|against|on|в|у|на|проти|против|في|على|ضد|ل))?\s+(?:the\s+)?\Z"
    # ... or the threat it poses: "the threat posed by Russia", "загроза з боку Росії", "угроза со стороны России"
    r"|\bthreats?\s+(?:posed\s+by|from|of)\s+(?:the\s+)?\Z|\bзагроз\w*\s+(?:з\s+боку|від)\s+\Z"
    r"|\bугроз\w*\s+(?:со\s+стороны|от)\s+\Z|(?<!\w)(?:ال)?تهديد\w*\s+\Z", re.IGNORECASE)


# ... and before the war word in English: "the Ukraine war", "Russia's full-scale invasion", "the
# Russia-Ukraine war" (the possessive takes a few words of description before the noun).
_COUNTRY_AT_WAR = re.compile(r"(?:['’]s(?:\s+[a-z][\w-]*){0,3}|-[A-Z]\w+)?\s+(?:war|invasion|conflict|aggression)\b")


def about_country(text: str, start: int, end: int | None = None) -> bool:
    """Whether a country's name at `start`(–`end`) is what a war or talks are about, not a side."""
    return bool(_ABOUT_COUNTRY.search(text[max(0, start - 30):start])) or (
        end is not None and _COUNTRY_AT_WAR.match(text, end) is not None)


def _after_topic_word(text: str, link: LinkedMention, pool: Sequence[LinkedMention], lang: str = "en") -> bool:
    """Whether a name stands after a word that makes it a topic ("talks on Ukraine"), or in a list
    that follows one ("policy towards Russia and Ukraine", "تجاه روسيا وأوكرانيا"), or between the
    sides of something other than a contact ("a ceasefire deal between Russia and Ukraine")."""
    start, end = link.mention.start, link.mention.end
    if word_before(text, start) in TOPIC_WORDS or about_country(text, start, end):
        return True
    between = _BETWEEN.search(text[max(0, link.mention.start - 40):link.mention.start])
    if between is not None:
        noun = between.group(1)
        keys = {word_key(noun), word_key(lemma(lang, noun))} if lang in MORPH_LANGS else {word_key(noun)}
        if not any(keys & _KEYS[kind].get(lang, set()) for kind in CONTACT) \
                and not keys & _HELD_BY_SIDES.get(lang, frozenset()):
            return True
    glued = "و" if link.mention.text.startswith("و") else ""  # "وأوكرانيا": "and" written onto the name
    earlier = [other for other in pool if other.mention.end <= link.mention.start
               and _LIST_JOINT.match(text[other.mention.end:link.mention.start] + glued)]
    return bool(earlier) and _after_topic_word(text, earlier[0], pool, lang)


# A contact held to discuss something: the names after the word for discussing are its subject, not
# its sides ("met Lavrov to discuss the build-up on Ukraine's border"), unless named as partners
# ("to discuss the plan with Putin", "обсуждала с представителями США").
_DISCUSSING = re.compile(r"\bdiscuss\w*|\bобговор\w*|\bобсу[дж]\w*|(?<!\w)[وفل]?(?:ناقش|مناقش|بحث)\w*",
                         re.IGNORECASE)


_OUTLET_WORDS = re.compile(r"\b(?:News|TV|Television|Channel|Radio|Times|Post|Journal|Gazette|Tribune|Herald)\b"
                           r"|ТВ|[Тт]елеканал|[Рр]адіо|[Рр]адио|قناة|صحيفة|إذاعة")


def _news_outlet(link: LinkedMention) -> bool:
    """A news outlet: one the registry tags as media, or an organisation named as one ("Fox News")."""
    return link.media or (link.kind == "organization" and bool(_OUTLET_WORDS.search(link.mention.text)))


def _without_discussed_contacts(cues: dict[str, int], sentence: Sentence) -> dict[str, int]:
    """The cues less a contact that is what another one discusses ("обсудить разговор с Путиным на
    встрече с Зеленским": the meeting, whose topic is the call)."""
    contacts = [kind for kind in CONTACT if kind in cues]
    if len(contacts) < 2:
        return cues
    topics = {kind for kind in contacts
              if _DISCUSSING.search(" ".join(sentence.text[:cues[kind] - sentence.start].split()[-2:]))}
    if not topics or topics == set(contacts):
        return cues
    return {kind: at for kind, at in cues.items() if kind not in topics}


def _discussed(text: str, cue: int, link: LinkedMention) -> bool:
    """Whether a name stands after the word for discussing that follows a contact's cue, and no
    partner ("with") comes between them."""
    found = _DISCUSSING.search(text, cue, link.mention.start) if cue < link.mention.start else None
    return found is not None and not any(word.casefold() in _WITH_WORDS
                                         for word in text[found.end():link.mention.start].split())


# Who mediates is no side of what it mediates ("an exchange mediated by the UAE and the United States",
# "بوساطة الإمارات والولايات المتحدة", "при посередництві ОАЕ", "Організувати обмін допомогли ОАЕ").
_MEDIATED_BY = re.compile(
    r"(?:(?:mediat\w+|brokered|facilitated|helped)\s+by|(?:mediation|auspices|help|assistance)\s+of|thanks\s+to)"
    r"\s+(?:the\s+)?\Z|(?:посередництв\w*|посредничеств\w*|сприянн\w*|содействи\w*|завдяки|благодаря|"
    r"допомог\w*|помогл?\w*)\s+\Z|(?:بوساط|برعاي|بمساعد)[ةه]\s*\Z|بفضل\s*\Z", re.IGNORECASE)


def _mediating(text: str, link: LinkedMention, pool: Sequence[LinkedMention]) -> bool:
    """Whether a name is who mediates, or in a list after it."""
    if _MEDIATED_BY.search(text[max(0, link.mention.start - 40):link.mention.start]):
        return True
    glued = "و" if link.mention.text.startswith("و") else ""
    earlier = [other for other in pool if other.mention.end <= link.mention.start
               and _LIST_JOINT.match(re.sub(r"\s+the\s*\Z", " ", text[other.mention.end:link.mention.start]) + glued)]
    return bool(earlier) and _mediating(text, earlier[0], pool)


def _from_sides(text: str, link: LinkedMention) -> bool:
    return bool(_SIDES_FROM.search(text[max(0, link.mention.start - 40):link.mention.start]))


def _located(link: LinkedMention, sentence: Sentence, lang: str) -> bool:
    """Whether a place is named where something is: after a word of location ("in Geneva", "بموسكو")."""
    m = link.mention
    if lang == "ar":
        key = word_key(m.text)
        if (key.startswith(("ب", "وب", "ل", "ول")) and not key.startswith(("بو", "بي", "با"))) or key.startswith("لل"):
            return True  # "بموسكو", "لموسكو": the preposition is part of the word
    before = [t for t in sentence.tokens if t.end <= m.start and (t.text[:1].isalnum())][::-1]
    locatives = LOCATIVES.get(lang, frozenset())
    heads = _PLACE_HEADS.get(lang, ())
    for n, token in enumerate(before[:_PLACE_REACH + 1]):
        word = word_key(token.text) if lang == "ar" else token.text.casefold()
        if word in locatives:
            # "envoy to the Middle East", "المبعوث الأمريكي إلى الشرق الأوسط": the place of a title
            return not any(_envoy_word(t.text, lang) for t in before[n + 1:n + 3])
        if lang == "ar" and word.startswith(("ب", "وب")) and word.lstrip("و")[1:].startswith(heads):
            return True  # "بولاية فلوريدا", "بالعاصمة …"
        if not word.startswith(heads):
            return False
    return False


_ENVOY_WORDS = ("envoy", "ambassador", "посланник", "спецпосланник", "посланц", "посланець", "спецпосланц",
                "спецпосланець", "посол", "посла", "مبعوث", "المبعوث", "سفير", "السفير")


def _envoy_word(word: str, lang: str) -> bool:
    """Whether a word is an envoy's or an ambassador's title, whose place is where they are sent."""
    key = word_key(word).lstrip("و") if lang == "ar" else word.casefold()
    return key.startswith(_ENVOY_WORDS)


# An event needs a reported occurrence, past or set: an agreement or an exchange that is a goal,
# a purpose, a topic, a condition or a hypothesis ("focused on securing a peace agreement", "аби
# розблокувати питання обмінів", "обсуждали возможный обмен", "للتوصل إلى اتفاق") is none; nor a
# contact that is only possible or wished for ("such a meeting", "можливу зустріч"); nor one
# demanded ("calls for the release of", "требует освобождения").
IRREALIS: dict[str, tuple[str, ...]] = {
    "en": ("any", "possible", "potential", "eventual", "prospective", "secure", "securing", "reach", "reaching",
           "achieve", "achieving", "toward", "towards", "seek", "seeking", "pursue", "pursuing", "unblock",
           "unblocking", "resume", "resuming", "restart", "broker", "brokering", "discuss", "discussed", "discussing",
           "if", "unless", "would", "could", "hope", "hoped", "hopes", "aim", "aims", "aimed", "goal", "push",
           "pushing", "need", "needed", "such", "condition", "conditions", "seeks", "sought", "demand", "demands",
           "demanded", "demanding", "urge", "urges", "urged", "urging", "calls", "calling", "agree", "agrees",
           "agreed", "agreeing", "closer", "nearing", "approaching"),
    "uk": ("будь-як", "можлив", "потенційн", "досягти", "досягнення", "укласти", "укладення", "розблок", "віднов",
           "обговор", "якщо", "аби", "щоб", "задля", "потреб", "прагн", "питання", "такої", "такій", "таку", "такий",
           "умов", "необхідн", "потрібн", "треба", "вимаг", "заклика", "домовил", "домовля", "наближа", "жодн"),
    "ru": ("люб", "возможн", "потенциальн", "достичь", "достижени", "заключить", "заключени", "разблок", "возобнов",
           "обсужд", "обсуди", "если", "чтобы", "ради", "нужн", "вопрос", "такой", "такую", "такая", "такого",
           "услови", "необходим", "потребн", "требова", "требу", "призыва", "призвал", "договорил", "договарива",
           "приближа", "какие-либо", "каких-либо", "какой-либо", "какую-либо", "какого-либо"),
    "ar": ("للتوصل", "التوصل", "لابرام", "ابرام", "اي", "لاستئناف", "استئناف", "بشان", "حول", "بهدف", "لتحقيق",
           "تحقيق", "شروط", "شرط", "يضغط", "تضغط", "الحاجه", "جهودها", "جهود", "لعرقله", "عرقله", "ضروره",
           "بضروره", "يطالب", "تطالب", "طالب", "طالبت", "يدعو", "تدعو", "دعا", "دعت", "يقترب", "تقترب", "يقتربان"),
}
_IRREALIS_AFTER = frozenset({"محتمل", "محتمله", "ممكن", "ممكنه", "المحتمل", "المحتمله"})
_CONTACT_IRREALIS: dict[str, tuple[str, ...]] = {
    "en": ("any", "such", "possible", "potential", "eventual", "hoped", "hope", "condition", "unless", "if"),
    "uk": ("будь-як", "можлив", "потенційн", "такої", "такій", "таку", "умов", "якщо"),
    "ru": ("люб", "возможн", "потенциальн", "такой", "такую", "такая", "услови", "если"),
    "ar": ("اي", "محتمل", "شروط", "شرط"),
}
# Words before a contact that make it the earlier one a sentence dates itself by ("following the
# summit in Geneva", "після зустрічі"): the sentence reports what came after.
# A contact or an agreement denied is none ("will not take part in negotiations", "не домовилися",
# "لم يتفقا"): words compared whole (the Ukrainian and Russian "не" opens many other words).
_NEGATION: dict[str, tuple[str, ...]] = {
    "en": ("not", "never", "no", "without"), "uk": ("не", "ні", "без"), "ru": ("не", "ни", "без"),
    "ar": ("لن", "لم", "لا", "دون", "بدون"),
}
# Words near a strike that make it a condition or a threat ("in case of an attack by the US").
CONDITION_REACH = 10
_CONDITIONAL: dict[str, tuple[str, ...]] = {
    "en": ("if", "unless", "case"), "uk": ("якщо", "разі"), "ru": ("если", "случае"),
    "ar": ("اذا", "حال", "لو"),
}
_DEMAND_AFTER = frozenset({"for", "on"})  # "call for", "called on": a demand
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _demand(token: Token, after: Sequence[str]) -> bool:
    """An English "call" that is a demand ("a call for talks", "called on Russia to withdraw"), not a
    phone call ("called him on Monday" is one)."""
    return token.text.casefold() in ("call", "calls", "called", "calling") and bool(after) \
        and after[0] in _DEMAND_AFTER and not (after[0] == "on" and len(after) > 1 and after[1] in _WEEKDAYS)


_PRESS = frozenset("press reporters journalists media журналістами журналистами журналістам журналистам "
                   "пресою прессой الصحفيين الصحافيين للصحفيين للصحافيين الصحافة للصحافة".split())


def _to_the_press(after: Sequence[Token]) -> bool:
    """Whether the words after a verb of talking name the press as who was talked to."""
    words = [t.text.casefold() for t in after]
    return bool(words) and (words[0] == "to" or words[0] in _WITH_WORDS) and any(
        w in _PRESS for w in words[1:3])


_RECALLED: dict[str, tuple[str, ...]] = {
    "en": ("following", "since", "after"),
    "uk": ("після",),
    "ru": ("после",),
    "ar": ("بعد", "عقب", "اثر", "وبعد"),
}
RECALLED_REACH = 5  # "following the U.S. Russia Summit"
_DONE = frozenset({"تم", "وتم", "تمّ", "وتمّ"})  # "تمّ التوصّل إلى اتفاق": an agreement was reached
IRREALIS_REACH = 6  # words before a cue that may make it a goal or a hypothesis


def _index_at(tokens: Sequence[Token], cue: int) -> int | None:
    """The index of the token that starts at offset `cue` (a cue word), None where none does."""
    return next((n for n, t in enumerate(tokens) if t.start == cue), None)


# Words after a negation that make it none ("тем не менее", nevertheless; "not only", "не лише").
_NOT_NEGATING = frozenset("менее менш только тільки лише лишь only".split())


def _irrealis(tokens: Sequence[Token], cue: int, lang: str, markers: dict[str, tuple[str, ...]],
              reach: int = IRREALIS_REACH, whole: bool = False) -> bool:
    """Whether the cue at offset `cue` names a goal, a topic or a hypothesis, not something that happens."""
    words = [t for t in tokens if t.text[:1].isalnum() or t.text[:1] in "'’"]
    at = _index_at(words, cue)
    if at is None:
        return False
    own = markers.get(lang, ())

    def key(token: Token) -> str:
        return word_key(token.text) if lang == "ar" else token.text.casefold()

    if lang == "ar" and any(key(t) in _IRREALIS_AFTER for t in words[at + 1:at + 3]):
        return True
    for n in range(at - 1, max(-1, at - 1 - reach), -1):
        word = key(words[n])
        if key(words[n + 1]) in _NOT_NEGATING:
            continue  # "тем не менее", "not only": no negation
        if lang == "ar":
            if word.lstrip("و") in own and not (n and key(words[n - 1]) in _DONE):
                return True
        elif word in own if lang == "en" or whole else word.startswith(own):
            return True
    return False


def _conditional(tokens: Sequence[Token], cue: int, lang: str) -> bool:
    """Whether a condition stands within CONDITION_REACH words of the cue, before or after it ("if
    attacked, Iran will strike", "Iran will strike in case of an attack")."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    at = _index_at(words, cue)
    if at is None:
        return False
    near = words[max(0, at - CONDITION_REACH):at + CONDITION_REACH + 1]
    own = _CONDITIONAL.get(lang, ())
    return any((word_key(t.text).lstrip("و") if lang == "ar" else t.text.casefold()) in own for t in near)


# Words for what a contact was about, before its word: the sentence tells its subject, not a contact.
_TOPIC_OF: dict[str, tuple[str, ...]] = {
    "en": ("topic", "subject", "focus", "theme"), "uk": ("тема", "теми", "темою", "темі", "предмет", "предметом"),
    "ru": ("тема", "темы", "темой", "теме", "предмет", "предметом"), "ar": ("موضوع", "محور"),
}
TOPIC_REACH = 3  # "the topic of the call"


def _not_held(tokens: Sequence[Token], cue: int, lang: str) -> bool:
    """Whether the contact at offset `cue` is only possible, denied, one a side is ready for ("ready
    to meet Putin at any time": a proposal, no meeting) or one put off ("talks scheduled for March 5
    were postponed")."""
    return _irrealis(tokens, cue, lang, _CONTACT_IRREALIS, reach=3) \
        or _irrealis(tokens, cue, lang, _NEGATION, 3, whole=True) or _irrealis(tokens, cue, lang, READY, reach=3) \
        or _put_off(tokens, cue, lang)


# Words before strikes that halt them ("a week-long pause in strikes on energy", "мораторий на удары").
_STRIKES_HALTED: dict[str, tuple[str, ...]] = {
    "en": ("pause", "moratorium", "halt", "stop", "end", "ceasefire", "truce", "limit", "limiting", "refrain",
           "refrained", "refraining", "suspend", "suspended", "suspending", "suspension", "ban", "banning", "halting",
           "halted", "stopping", "pausing", "paused", "cease", "ceasing", "freeze", "freezing"),
    "uk": ("пауз", "мораторі", "припин", "зупин", "утрим", "призупин", "заборон", "відмов"),
    "ru": ("пауз", "моратори", "прекращ", "останов", "воздерж", "приостан", "запрет", "отказ"),
    "ar": ("وقف", "هدنه", "تعليق", "حظر", "الامتناع", "امتناع", "تجميد"),
}
# Talks about a thing ("переговори щодо обміну полоненими", "talks on an agreement"): its topic,
# which has not happened.
_TALK_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("talks", "negotiations", "consultations", "discussions"),
    "uk": ("переговор", "перемовин", "консультаці"), "ru": ("переговор", "консультаци"),
    "ar": ("محادثات", "المحادثات", "مفاوضات", "المفاوضات", "مباحثات", "المباحثات"),
}
_ABOUT: dict[str, tuple[str, ...]] = {
    "en": ("on", "about", "over", "regarding"), "uk": ("про", "щодо", "стосовно"), "ru": ("об", "о", "по", "насчет"),
    "ar": ("بشان", "حول", "عن"),
}


def _topic_of_talks(tokens: Sequence[Token], cue: int, lang: str) -> bool:
    words = [t for t in tokens if t.text[:1].isalnum()]
    at = _index_at(words, cue)
    if at is None:
        return False

    def key(token: Token) -> str:
        return word_key(token.text) if lang == "ar" else token.text.casefold()

    for n in range(at - 1, max(0, at - 4), -1):  # the preposition, up to three words before the cue
        if key(words[n]) in _ABOUT.get(lang, ()):
            talk = key(words[n - 1])
            return talk.startswith(_TALK_NOUNS.get(lang, ("\0",))) if lang in ("uk", "ru") \
                else talk in _TALK_NOUNS.get(lang, ())
    return False


# Words after a contact that put it off or call it off.
_PUT_OFF: dict[str, tuple[str, ...]] = {
    "en": ("postponed", "cancelled", "canceled", "cancel", "cancels", "delayed", "called off", "call off",
           "calls off", "scrapped", "on hold", "suspended", "fell through", "fallen through", "collapsed", "halted",
           "yet to"),
    "uk": ("перенес", "скасова", "скасува", "скасу", "відклали", "відкладено", "відкладен", "призупин"),
    "ru": ("перенес", "отменен", "отменил", "отмени", "отменя", "отложен", "отложил", "приостановлен"),
    "ar": ("تأجيل", "أجلت", "اجلت", "تأجلت", "إلغاء", "الغاء", "ألغيت", "الغيت", "يلغي", "تلغي", "تعليق", "علقت"),
}
PUT_OFF_REACH = 12  # words after the contact's word, in its clause (three before it)


def _put_off(tokens: Sequence[Token], cue: int, lang: str) -> bool:
    at = _index_at(tokens, cue)
    if at is None:
        return False
    # "the talks ... were postponed", "перенесли зустріч", "تأجيل اللقاء": in its clause after it, or
    # just before it
    clause: list[Token] = []
    for token in tokens[at + 1:]:
        if token.text in (",", ";", ":", "،", "؛") or len(clause) == PUT_OFF_REACH:
            break
        if token.text[:1].isalnum():
            clause.append(token)
    before = [t for t in tokens[max(0, at - 4):at] if t.text[:1].isalnum()][-3:]
    near = " ".join(t.text.casefold() for t in [*before, *clause])
    return any(re.search(rf"(?<!\w){re.escape(marker)}", near) for marker in _PUT_OFF.get(lang, ()))


def _recalled(tokens: Sequence[Token], cue: int, lang: str) -> bool:
    """Whether the contact at offset `cue` is one the sentence dates itself by ("following the U.S.-Russia
    Summit", "после встречи"): the sentence reports what came after it."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    at = _index_at(words, cue)
    before = words[max(0, at - RECALLED_REACH):at] if at is not None else []
    return any((word_key(t.text) if lang == "ar" else t.text.casefold()) in _RECALLED.get(lang, ()) for t in before)


# Words before a proposal's noun that make it what is spoken of, not one made ("brief Zelensky on the
# US proposals", "the details of its offer", "про пропозиції", "о предложении").
_PROPOSAL_TOPIC: dict[str, tuple[str, ...]] = {
    "en": ("on", "about", "of", "regarding"), "uk": ("про", "щодо"), "ru": ("о", "об", "насчет"),
}
NAMING_REACH = 8  # words from "called" to the "a" of what it calls something


def _naming(tokens: Sequence[Token], cue: int) -> bool:
    """Whether English "called" gives something a name ("called Crimea a “done deal”", "called the
    plan unacceptable"): an article or a quotation mark follows its object, no word of a call does."""
    words = [t for t in tokens if t.text[:1].isalnum() or t.text in "“\"‘,;"]
    at = _index_at(words, cue)
    if at is None or words[at].text.casefold() != "called":
        return False
    for token in words[at + 2:at + 2 + NAMING_REACH]:  # (the first word after it is the object's)
        word = token.text.casefold()
        if word in (",", ";", "on", "with", "by", "for", "to", "from", "in", "at", "and", "after", "before"):
            return False
        if word in ("a", "an") or token.text in "“\"‘":
            return True
    return False


_SAY_WORDS = frozenset(word_key(w) for w in (
    "comment elaborate disclose reveal say specify name answer discuss confirm".split()))


def _declined_to_say(tokens: Sequence[Token], cue: int, lang: str) -> bool:
    """Whether a word of refusing governs a verb of saying ("отказался рассказать", "відмовився
    коментувати", "refused to comment", "رفض التعليق"): a refusal to speak, no rejection."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    at = _index_at(words, cue)
    if at is None:
        return False
    after = words[at + 1:at + 4]
    if lang == "en" and after[:1] and after[0].text.casefold() == "to":
        after = after[1:]
    for token in after[:3 if lang == "ar" else 1]:  # (Arabic names the subject after its verb first)
        key = word_key(token.text)
        lemma_key = word_key(lemma(lang, token.text)) if lang in MORPH_LANGS else key
        if key in _SAY_WORDS or lemma_key in _SPEECH_WORDS or key.removeprefix("ال") in _AR_SAYING:
            return True
    return False


_AR_SAYING = frozenset(word_key(w) for w in ("تعليق", "الكشف", "الإفصاح", "الإدلاء", "الرد"))


def _with_whom(tokens: Sequence[Token], cue: int) -> bool:
    """Whether "with" follows a contact's word: the contact names its other side ("after his meeting
    with Rustem Umerov"), one the article reports even where a sentence dates itself by it."""
    at = _index_at(tokens, cue)
    after = [t.text.casefold() for t in tokens[at + 1:at + 3]] if at is not None else []
    return bool(after) and (after[0] in _WITH_WORDS or (len(after) == 2 and after[1] in _WITH_WORDS))


def _cue_keys() -> dict[str, dict[str, set[str]]]:
    return {kind: {lang: {word_key(w) for w in words} for lang, words in by_lang.items()}
            for kind, by_lang in EVENT_CUES.items()}


_KEYS = _cue_keys()


def _keyed(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(word_key(w) for w in words) for lang, words in table.items()}


_RELEASE, _PRISONERS, _DETENTION = _keyed(RELEASE_WORDS), _keyed(PRISONER_WORDS), _keyed(DETENTION_WORDS)
_BODIES, _HANDOVER, _SOLDIERS = _keyed(BODY_WORDS), _keyed(HANDOVER_WORDS), _keyed(SOLDIER_WORDS)
_NOT_HOMECOMING = frozenset({"at", "from"})  # "detained at home": no one came home
_ARRIVE, _RECEIVE = _keyed(ARRIVE_WORDS), _keyed(RECEIVE_WORDS)
_SUSPEND, _PACTS, _SIDE_NOUNS = _keyed(SUSPEND_WORDS), _keyed(PACT_WORDS), _keyed(SIDE_NOUNS)
_HELD_BY_SIDES, _FORCE_NOUNS = _keyed(HELD_BY_SIDES), _keyed(FORCE_NOUNS)
_CONTACT_CUES = frozenset({"meeting", "call", "visit", "summit"})
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
        # the future prefix on a verb ("سيلتقي", "وستجري"): the verb itself
        keys |= {key[key.index("س") + 1:] for key in keys if _AR_FUTURE.match(key)}
    return keys


def _cue_positions(sentence: Sentence, index: NameIndex, lang: str) -> dict[str, int]:
    """The offset of the first cue of each event type in a sentence."""
    found: dict[str, int] = {}
    tokens = sentence.tokens
    all_keys = [_token_keys(token, index, lang) for token in tokens]
    flat = set().union(*all_keys) if all_keys else set()
    # "in exchange for" states a condition, unless prisoners go both ways ("returned 157 of its
    # soldiers in exchange for 157 Ukrainian soldiers", "مقابل الإفراج عن 157 جنديا")
    idiom = (_IN_EXCHANGE_FOR.search(sentence.text) and not flat & (_PRISONERS.get(lang, frozenset())
                                                                    | _SOLDIERS.get(lang, frozenset()))) \
        or _EXCHANGE_OF_WORDS.search(sentence.text)
    for n, token in enumerate(tokens):
        keys = all_keys[n]
        after = [t.text.casefold() for t in tokens[n + 1:n + 3]]
        if after and keys & TALK_WITH.get(lang, frozenset()) and (after[0] in WITH.get(lang, frozenset()) or (
                len(after) == 2 and after[1] in WITH.get(lang, frozenset()) and "ADVB" in parse(lang, after[0])[1])):
            # "говорили з ...", "поговорил с ...", "Говорив сьогодні з ...": a conversation
            found.setdefault("call", token.start)
        if after and keys & DISCUSS_WITH.get(lang, frozenset()) and after[0] in WITH.get(lang, frozenset()):
            found.setdefault("call", token.start)
            found.setdefault("discussed", token.start)
        for kind, by_lang in _KEYS.items():
            if kind not in found and keys & by_lang.get(lang, set()):
                if kind == "exchange" and idiom:
                    continue  # "in exchange for" states a condition, "an exchange of views" a conversation
                if kind == "call" and lang == "en" and _demand(token, after):
                    continue  # "a call for talks", "called on Russia to withdraw": a demand, not a phone call
                if kind == "call" and _to_the_press(tokens[n + 1:n + 4]):
                    continue  # "spoke to reporters", "поговорив із журналістами": no conversation of two sides
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
    discussed = found.pop("discussed", None)
    if discussed is not None and found.get("call") == discussed and found.keys() & _CONTACT_CUES - {"call"}:
        del found["call"]  # "під час зустрічі обговорив із …": the meeting it was
    if "exchange" not in found and not idiom:
        release = [t.start for n, (t, k) in enumerate(zip(tokens, all_keys, strict=True))
                   if k & _RELEASE.get(lang, frozenset())
                   and not (n and tokens[n - 1].text.casefold() in _NOT_HOMECOMING)]
        if release and flat & (_PRISONERS.get(lang, frozenset()) | _DETENTION.get(lang, frozenset())):
            found["exchange"] = release[0]  # "Russia released 80 prisoners": prisoners go home
        handed = [t.start for t, k in zip(tokens, all_keys, strict=True) if k & _HANDOVER.get(lang, frozenset())]
        if handed and flat & (_BODIES.get(lang, frozenset()) | _PRISONERS.get(lang, frozenset())):
            found["exchange"] = handed[0]  # "повернули тіла 1000 загиблих", "تم تسليم 157 أسير حرب": they go home
    if "statement" not in found:
        shared = _SHARED_POSITION.search(sentence.text)
        if shared:
            found["statement"] = sentence.start + shared.start()
    if "statement" not in found and _WE_OPENING.match(sentence.text):
        found["statement"] = sentence.start  # "We, the presidents of …, declare": a declaration
    if "agreement" not in found and _together_in_future(tokens, all_keys, lang):
        found["agreement"] = found["together"] = tokens[0].start
    ready_at: set[int] = set()  # where readiness makes the proposal ("заявляет о своей готовности к переговорам")
    if "proposal" not in found:
        ready = [n for n, k in enumerate(all_keys)
                 if any(key.startswith(READY.get(lang, ("\0",))) if lang != "en" else key in READY["en"] for key in k)]
        offered = {found[kind] for kind in _OFFERED if kind in found}
        for n in ready:
            if any(t.start in offered for t in tokens[n + 1:n + 1 + READY_REACH]):
                found["proposal"] = tokens[n].start
                ready_at.add(tokens[n].start)
                break
    if "exchange" in found and "proposal" in found and found["proposal"] < found["exchange"]:
        del found["exchange"]  # "ready to exchange prisoners", "offered a swap": proposed, not done
    for kind in ("agreement", "exchange"):
        if kind in found and "together" not in found and (
                _irrealis(tokens, found[kind], lang, IRREALIS) or _irrealis(tokens, found[kind], lang, _NEGATION, 3,
                                                                           whole=True)):
            del found[kind]  # "securing a peace agreement", "аби розблокувати обміни": a goal, not an event
    if "proposal" in found and (_irrealis(tokens, found["proposal"], lang, _NEGATION, 3, whole=True)
                                or (_irrealis(tokens, found["proposal"], lang, _PROPOSAL_TOPIC, reach=3)
                                    and found["proposal"] not in ready_at)):
        del found["proposal"]  # "was not invited", "не запропонувала"; "brief him on the proposals"
    if "call" in found and lang == "en" and _naming(tokens, found["call"]):
        del found["call"]  # "Trump called Zelensky a dictator": a name given, no phone call
    if "rejection" in found and _declined_to_say(tokens, found["rejection"], lang):
        del found["rejection"]  # "отказался рассказать", "declined to comment": nothing was rejected
    if "strike" in found and (_conditional(tokens, found["strike"], lang)
                              or _irrealis(tokens, found["strike"], lang, _STRIKES_HALTED, reach=3)):
        del found["strike"]  # "ответит ударами ... в случае атаки": a threat; "a pause in strikes": none
    for kind in ("exchange", "agreement"):
        if kind in found and _topic_of_talks(tokens, found[kind], lang):
            del found[kind]  # "переговоры об обмене пленными", "talks on an agreement": what is talked of
    for kind in CONTACT:
        if kind in found and _irrealis(tokens, found[kind], lang, _TOPIC_OF, reach=TOPIC_REACH, whole=True):
            del found[kind]  # "Главной темой разговора стало …": what a contact told before was about
            continue
        if kind in found and (_not_held(tokens, found[kind], lang)
                              or (_recalled(tokens, found[kind], lang) and not _with_whom(tokens, found[kind]))):
            # "such a meeting", "можливу зустріч", "ready to meet": none took place or is set;
            # "following the summit": one the sentence dates itself by. A later word may tell one
            later = [t.start for t, k in zip(tokens, all_keys, strict=True) if t.start > found[kind]
                     and k & _KEYS[kind].get(lang, set())
                     and not _not_held(tokens, t.start, lang) and not _recalled(tokens, t.start, lang)]
            if later:
                found[kind] = later[0]
            else:
                del found[kind]
    if not any(kind in found for kind in CONTACT):
        arrival = next((t.start for t, k in zip(tokens, all_keys, strict=True) if k & _ARRIVE.get(lang, frozenset())),
                       None)
        if arrival is not None:
            found["arrival"] = arrival  # "прибув до Стамбула": a visit, where it names the place
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


def _capitals_acting(here: list[LinkedMention], text: str, index: NameIndex) -> list[str]:
    """The countries whose capitals act in a sentence that names no other side ("Moscow suggested
    extending the treaty"): a capital after no preposition stands for its country."""
    found = set()
    for link in here:
        entry = index.entries.get(link.actor_id)
        if link.kind == "place" and entry is not None and entry.country and entry.role.lower().startswith("capital") \
                and word_before(text, link.mention.start) not in TOPIC_WORDS:
            found.add(entry.country)
    return sorted(found)


STRUCK_REACH = 4  # words from a strike's word to what it hits ("ударах по енергетиці України")


def _struck(sentence: Sentence, link: LinkedMention, index: NameIndex, lang: str) -> bool:
    """Whether a country is what strikes named just before it hit: a target, no side of a contact
    the sentence reports ("after his call with Putin, Russia agreed to pause strikes on Ukraine")."""
    before = [t for t in sentence.tokens if t.end <= link.mention.start and t.text[:1].isalnum()][-STRUCK_REACH:]
    strikes = _KEYS["strike"].get(lang, set())
    return any(_token_keys(t, index, lang) & strikes for t in before)


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
    "حول بشأن في على الى إلى عن من ضد "
    # what was discussed ("discussed Ukraine", "обсудили Украину", "تم بحث أوكرانيا")
    "discussed discussing обговорили обговорювали обсудили обсуждали بحث بحثا ناقش ناقشا "
    # whom a policy is towards, or who is left out ("talks with Russia without Ukraine", "بعيداً عن أوكرانيا")
    "towards toward without щодо без تجاه بدون دون".split()
)

# ... and of a proposal, less the words that name whose it is ("the proposal of Ukraine", "من روسيا").
_NOT_PROPOSER = TOPIC_WORDS - frozenset("of from by від від من от".split())


def _names_sides(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence names the sides with a word for them ("they", "the two presidents", "сторони")."""
    words = SIDES_WORDS.get(lang, frozenset())
    return any(t.text.casefold() in words for t in sentence.tokens)


def demonym_country(token: Token, lang: str) -> str | None:
    """The country a word names by its adjective ("Ukrainian", "російська", "الأمريكي"), if any."""
    if lang == "en" and not token.text[:1].isupper():
        return None
    keys = {word_key(token.text)} | ({word_key(token.lemma)} if token.lemma else set())
    if lang == "ar":
        return _arabic_demonym_country(word_key(token.text))
    for country, by_lang in _DEMONYM_KEYS.items():
        forms = by_lang.get(lang, ())
        if (lang == "en" and keys & set(forms)) or (lang != "en" and any(k.startswith(forms) for k in keys)):
            return country
    return None


# What an Arabic adjective of nationality takes after its stem: feminine, plural, dual; and what
# goes before it: the article, and "and", "by", "to" glued to it ("وأميركيين", "الأميركية").
_AR_DEMONYM_ENDINGS = ("", "ه", "ين", "ون", "ان", "تين", "تان")
_AR_DEMONYM_OPENINGS = ("وال", "بال", "فال", "لل", "ال", "و", "")


# Every written form of each Arabic adjective of nationality (its stem with each opening and ending)
# -> its country: the word exactly, not any word that starts the same ("تركيز").
_AR_DEMONYM_FORMS = {opening + form.removeprefix("ال") + ending: country
                     for country, by_lang in reversed(_DEMONYM_KEYS.items()) for form in by_lang.get("ar", ())
                     for opening in _AR_DEMONYM_OPENINGS for ending in _AR_DEMONYM_ENDINGS}


def _arabic_demonym_country(key: str) -> str | None:
    """The country an Arabic adjective of nationality names, definite or not ("أميركي", "الأميركية",
    "أميركيين")."""
    return _AR_DEMONYM_FORMS.get(key)


def demonym_sides(sentence: Sentence, lang: str, index: NameIndex, held: bool = True,
                  forces: bool = False) -> list[LinkedMention]:
    """Countries named by their adjective before a word for a side ("the Ukrainian and Russian
    delegations", "російська сторона") or after it in Arabic ("الوفد الأوكراني"), and the two
    countries whose adjectives name talks or relations they hold ("російсько-американські переговори"),
    with `held`; with `forces`, only those whose forces are named ("القوات الروسية", "Russian troops")."""
    tokens = [t for t in sentence.tokens if t.text[:1].isalnum() or t.text[:1] == "."]
    nouns = _FORCE_NOUNS.get(lang, frozenset()) if forces else \
        _SIDE_NOUNS.get(lang, frozenset()) | (_HELD_BY_SIDES.get(lang, frozenset()) if held else frozenset())
    found: list[LinkedMention] = []

    def country_of(token: Token) -> str | None:
        country = demonym_country(token, lang)
        if country is None and "-" in token.text.strip("-"):  # "російсько-американські": the first of a pair
            first = token.text.split("-", 1)[0]
            country = demonym_country(Token(first, token.start, token.start + len(first)), lang)
        return country

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
            if "-" in tokens[k].text.strip("-"):  # "... -американські": the second of the pair
                start = tokens[k].start + tokens[k].text.rindex("-") + 1
                second = demonym_country(Token(tokens[k].text[start - tokens[k].start:], start, tokens[k].end), lang)
                if second is not None and second != country:
                    found.append(link(Token(tokens[k].text[start - tokens[k].start:], start, tokens[k].end), second))
            k += step
    if not held:  # "работа с украинцами", "talks with the Ukrainians": a people worked with stands for its country
        for n, token in enumerate(tokens[1:], 1):
            before = tokens[n - 2] if n > 1 and tokens[n - 1].text.casefold() == "the" else tokens[n - 1]
            country = _people_country(token, lang) if before.text.casefold() in _PARTNER_WITH else None
            if country is not None:
                found.append(link(token, country))
    return found


_PARTNER_WITH = frozenset("with з із зі с со مع".split())
# A country's people in the plural, by the start of the word ("українцями", "الأوكرانيين").
_PEOPLE_STEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "ukraine": {"en": ("ukrainians",), "uk": ("українц",), "ru": ("украинц",), "ar": ("الاوكرانيين", "اوكرانيين")},
    "russia": {"en": ("russians",), "uk": ("росіян",), "ru": ("россиян",), "ar": ("الروس",)},
    "united-states": {"en": ("americans",), "uk": ("американц",), "ru": ("американц",),
                      "ar": ("الامريكيين", "الاميركيين")},
}


def _people_country(token: Token, lang: str) -> str | None:
    word = word_key(token.text) if lang == "ar" else token.text.casefold()
    return next((country for country, by_lang in _PEOPLE_STEMS.items()
                 if any(word.startswith(word_key(stem) if lang == "ar" else stem) for stem in by_lang.get(lang, ()))),
                None)


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
    quoted = [q for q in quotes if q.start <= cue < q.end]
    if not words & FIRST_PERSON.get(lang, frozenset()) and not ((issuer or quoted) and opens_with_own_verb(sentence,
                                                                                                          lang)):
        return None
    verb = next((t.text.casefold() for t in sentence.tokens if t.start == cue), "")
    if verb in _BARE_VERBS or (lang in ("uk", "ru") and verb.endswith(("ти", "тися", "тись", "ть", "ться"))):
        return None  # "let's meet", "хочемо зустрітися": a contact wished for, not one that took place
    return (quoted[0].speaker if quoted else None) or issuer  # a quote with no speaker yet: the issuer's


def _registry_author(author: str | None, index: NameIndex) -> str | None:
    """The registry person an article's author is, written as one of the registry's names."""
    if not author:
        return None
    wanted = " ".join(author.split()).casefold()
    return next((entry.id for entry in index.entries.values() if entry.type == "person" and entry.in_registry
                 and any(v.casefold() == wanted for vs in entry.variants.values() for v in vs)), None)


# What follows an Arabic verb of the first person singular that opens a sentence, where no subject
# follows it: a preposition, a time ("اجتمعت في جنيف", "اجتمعت الأسبوع الماضي", "التقيت أمس"); not
# a name ("اجتمعت روسيا": Russia met).
_AR_AFTER_OWN_VERB = frozenset(word_key(w) for w in "في مع امس اليوم الاسبوع هاتفيا خلال مساء صباح".split())


def opens_with_own_verb(sentence: Sentence, lang: str) -> bool:
    """Whether a sentence opens with a past verb and no subject before it: in an address, the
    speaker's own doing ("Говорив сьогодні з канцлером ...", "Мав розмову з ..."); in Arabic, a verb
    in ت that no subject follows ("اجتمعت في الأسبوع الماضي بوزير الخارجية", "I met")."""
    if lang == "ar":
        words = [word_key(t.text) for t in sentence.tokens if t.text[:1].isalnum()][:2]
        return len(words) == 2 and words[0].endswith("ت") and len(words[0]) >= 4 \
            and (words[1] in _AR_AFTER_OWN_VERB or (words[1].startswith("ب") and not words[1].startswith("بين")))
    if lang not in MORPH_LANGS:
        return False
    first = next((t for t in sentence.tokens if t.text[:1].isalnum()), None)
    return first is not None and first.text[:1].isupper() and {"VERB", "past"} <= set(parse(lang, first.text)[1])


def _side(actor_id: str, index: NameIndex) -> str:
    """The country an actor stands for (a person's or organisation's), or the actor itself."""
    entry = index.entries.get(actor_id)
    return entry.country if entry is not None and entry.type != "country" and entry.country else actor_id


def _exchange_sides(links: list[LinkedMention], index: NameIndex, mediators: Set[str] = frozenset()) -> list[str]:
    """The sides of a prisoner exchange the article names none of ("307 more of our soldiers are
    home"): the two countries it names in most sentences, themselves or through their people and
    organisations, less those that mediate; none where a third country is named as often as the second."""
    sentences: dict[str, set[int]] = {}
    for link in links:
        if link.kind in ("person", "organization", "country") and not link.media and link.actor_id not in mediators:
            side = _side(link.actor_id, index)
            entry = index.entries.get(side)
            if entry is not None and entry.type == "country":
                sentences.setdefault(side, set()).add(link.mention.sentence)
    ranked = sorted(sentences.items(), key=lambda item: (-len(item[1]), item[0]))
    if len(ranked) < 2 or (len(ranked) > 2 and len(ranked[2][1]) == len(ranked[1][1])):
        return []
    return sorted(side for side, _ in ranked[:2])


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
    # the one person the article's words are of: its author where the registry knows the author (an
    # address's "author: Володимир Зеленський"), or whom a heading names ("Address by …")
    issuer: str | None = _registry_author(doc.article.author, index)
    links_in: dict[int, list[LinkedMention]] = {}  # by sentence, in list order: one pass, not one per sentence
    for l in links:
        links_in.setdefault(l.mention.sentence, []).append(l)
    last_sides: tuple[int, list[LinkedMention]] | None = None  # the sentence and links of the last two-sided event
    lead_sides: tuple[int, list[LinkedMention]] | None = None  # ... and of the first, when the lead reports it
    first_date: dict[int, DateFact] = {}
    for d in dates:
        if not _SINCE_OR_UNTIL.search(doc.article.text[max(0, d.start - 12):d.start]) \
                and not _SINCE_EVENT.search(doc.article.text[max(0, d.start - 80):d.start]):
            first_date.setdefault(d.sentence, d)  # ("since 2022", "до 2026 року" date no event)
    # An article about prisoners reports an exchange it names no sides of ("The exchange went on
    # today: 307 more of our soldiers are home"): the sides are plain to its readers.
    # (Worked out once, and only for an exchange that names no sides.)
    @cache
    def about_prisoners() -> bool:
        prisoners = _PRISONERS.get(doc.lang, frozenset())
        return any(_token_keys(token, index, doc.lang) & prisoners for s in doc.sentences for token in s.tokens)

    for sentence in doc.sentences:
        # A question reports nothing ("Is Ukraine ready for talks with Russia?", "هل ...؟").
        cues = {} if _QUESTION.search(sentence.text) else _cue_positions(sentence, index, doc.lang)
        cues = _without_discussed_contacts(cues, sentence)
        if last_contact is not None and sentence.index - events[last_contact].sentence <= MEMBERS_REACH \
                and _DELEGATION_MEMBERS.search(sentence.text):
            # "The delegation will be led by …": who leads or makes it up took part in the contact
            members = sorted({l.actor_id for l in links_in.get(sentence.index, []) if l.kind == "person"})
            known = events[last_contact].participants
            if members and not set(members) <= set(known):
                events[last_contact] = events[last_contact].model_copy(
                    update={"participants": sorted(set(known) | set(members))})
        if not any(kind in cues for kind in CONTACT) and not _QUESTION.search(sentence.text):
            received = _received(sentence, links_in.get(sentence.index, []), doc.lang)
            if received is not None:
                cues["meeting"] = received  # "Macron received Zelensky in Paris"
        if not cues:
            continue
        here = [l for l in links_in.get(sentence.index, []) if not l.media]
        here = here + [l for l in demonym_sides(sentence, doc.lang, index)
                       if not any(h.mention.start < l.mention.end and l.mention.start < h.mention.end for h in here)]
        if "strike" in cues and not cues.keys() & _CONTACT_CUES:  # who struck, by its forces ("شنت القوات الروسية")
            here = here + [l for l in demonym_sides(sentence, doc.lang, index, forces=True)
                           if l.actor_id not in {h.actor_id for h in here}]
        opens = _opened_by_sides(sentence, doc.lang)
        if (len(_participants(here, True)) < 2 or opens) and _names_sides(sentence, doc.lang):
            # "They also agreed …": the sides of the last event, else those of the contact the lead reports
            sides = (last_sides[1] if last_sides and sentence.index - last_sides[0] <= SIDES_REACH
                     else lead_sides[1] if lead_sides else [])
            if sides and opens:  # the sides are the subject: whoever else it names is not ("… contacts with Trump")
                here = [l for l in here if l.kind == "place"] + sides
            else:
                here = here + sides
        text = doc.article.text
        possessed = _possessors(sentence, here, text, doc.lang, index)
        cited = _sources(here, text, doc.lang, located=False)
        # Who acts: not a possessor ("Trump's son-in-law"), a source ("передає УНН") or a venue ("at the Forum")
        acting = [l for l in here if l.mention.start not in possessed and l.mention.start not in cited
                  and l.mention.start not in _sources(here, text, doc.lang, located=True)
                  and not _mediating(text, l, here)]
        located = [l for l in here if l.kind == "place" and l.mention.sentence == sentence.index
                   and _located(l, sentence, doc.lang)]
        date = first_date.get(sentence.index)

        def add(kind: str, participants: list[str], rejected_by: list[str] | None = None,
                sentence: Sentence = sentence, located: list[LinkedMention] = located, date: DateFact | None = date,
                cue: int | None = None, sentence_cues: dict[str, int] = cues,
                clauses: list[tuple[int, int]] = _clauses(sentence)) -> None:
            # Where: the place named with a word of location, the nearest to the word for the event
            at = cue if cue is not None else sentence_cues.get(kind, sentence.start)
            # ... in the clause of the word, where a contrast divides the sentence
            near = [loc for loc in located if not any(c[0] <= at < c[1] for c in clauses)
                    or next(c for c in clauses if c[0] <= at < c[1])[0] <= loc.mention.start
                    < next(c for c in clauses if c[0] <= at < c[1])[1]]
            place = min(near, key=lambda loc: abs(loc.mention.start - at)).actor_id if near else None
            events.append(EventFact(
                sentence=sentence.index, start=sentence.start, end=sentence.end, id=f"e{len(events) + 1}",
                type=kind, participants=participants, place=place,  # type: ignore[arg-type]
                date=date.value if date else None, date_text=date.text if date else None, what=None,
                rejected_by=rejected_by or [], evidence=sentence.text,
                planned=kind not in _SPEECH_ACTS and told_as_planned(sentence, at, doc.lang),
                confidence=0.6 if len(participants) >= 2 else 0.5,
            ))

        contacts: list[tuple[str, int, list[LinkedMention], dict[str, int]]] = []
        clauses = _clauses(sentence)
        contact = next((kind for kind in CONTACT if kind in cues), None)
        if contact:
            clause = next(c for c in clauses if c[0] <= cues[contact] < c[1])
            contacts.append((contact, cues[contact], _within(acting, clause, len(clauses)), cues))
            for other in clauses:
                if other is clause:
                    continue
                # "A meets B in X, while C flies to Y to talk to D": each clause tells its own contact
                part = Sentence(sentence.index, other[0], other[1], text[other[0]:other[1]],
                                tuple(t for t in sentence.tokens if other[0] <= t.start < other[1]))
                own_cues = _cue_positions(part, index, doc.lang)
                kind = next((k for k in CONTACT if k in own_cues), None)
                if kind:
                    contacts.append((kind, own_cues[kind], _within(acting, other, 2), own_cues))
        elif "arrival" in cues and located:
            contacts.append(("visit", cues["arrival"], acting, cues))
        reporting = _spokespeople(here, text, index)
        reported = _reported_from(sentence, doc.lang)
        for contact, cue, pool, contact_cues in contacts:
            # a spokesperson reports the talks ("спікер МЗС написав, що в Анталії розпочалися переговори")
            pool = [l for l in pool if l.mention.start not in reporting] or pool
            pool = [l for l in pool if not _news_outlet(l)]  # "speaking to Fox News": an interview, no contact
            pool = _reported(pool, reported, cue, 2, text, index)
            participants = _participants(pool, with_countries=False)
            # A meeting or a call needs two sides; a host is one with guests it need not name.
            two_sided = contact in ("meeting", "call") and "hosted" not in contact_cues
            # The countries a contact names as its sides count too ("the United States and Russia
            # met"); not a country it is about or held in ("discussed Ukraine", "talks in Turkey").
            met = [l for l in pool if l.kind != "country" or l.mention.source == "demonym"
                   or ((not _after_topic_word(text, l, pool, doc.lang) or _from_sides(text, l))
                       and not _struck(sentence, l, index, doc.lang) and not _discussed(text, cue, l))]
            speaker = _first_person_speaker(sentence, cue, quotes, doc.lang, issuer)
            met_sides = {_side(p, index) for p in _participants(met, True)}
            if speaker and (date or opens_with_own_verb(sentence, doc.lang)) and len(met_sides) < 2 \
                    and _side(speaker, index) not in met_sides and speaker not in {l.actor_id for l in here}:
                # "Yesterday's meetings in Rome showed that our partners …", said by one who was there
                # (on a day the sentence names: "our meetings" with no day may be any, or none yet)
                add(contact, sorted({speaker, *_participants(met, True)}), cue=cue)
                last_contact = len(events) - 1
            elif len(participants) >= (2 if two_sided else 1) or (two_sided and len(_participants(pool, True)) >= 2):
                add(contact, _participants(met, True), cue=cue)
                last_contact = len(events) - 1
            elif two_sided and len(participants) == 1 and any(
                    l.kind == "person" and word_before(text, l.mention.start) in _WITH_WORDS for l in met):
                # "Сьогодні була зустріч із Дональдом Трампом", "talked with Erdogan": the one met is named;
                # the other side is the one who tells it
                add(contact, _participants(met, True), cue=cue)
                last_contact = len(events) - 1
        spoken = [l for l in here if l.mention.start not in possessed and l.mention.start not in cited]
        if any(kind in cues for kind in CONTACT):
            # "a statement after his meeting with X": X met the speaker and made no statement
            spoken = [l for l in spoken if word_before(text, l.mention.start) not in _WITH_WORDS] or spoken
        for kind in OTHER:
            if kind not in cues:
                continue
            pool = spoken if kind == "statement" else _reported(
                acting, reported, cues[kind], 2 if kind in ("agreement", "exchange") else 1, text, index)
            participants = _participants(pool, with_countries=True) or _capitals_acting(pool, text, index)
            if kind == "proposal":
                # Not a country the proposal is made to or about, nor where ("talks with Russia in Turkey")
                own = [l for l in pool if l.kind != "country"
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
            if not participants and not (kind == "exchange" and about_prisoners()):
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
                # ... the subject right before the verb, where the language puts it first ("Russia has
                # refused the proposal", "Путин отказался"): that one alone
                subject = [l for l in here if l.kind in (*ACTOR_KINDS, "place") and 0 <= cue - l.mention.end <= 25
                           and not re.search(r"[,;:]", text[l.mention.end:cue])]
                if doc.lang != "ar" and subject:
                    rejected_by = [max(subject, key=lambda l: l.mention.end).actor_id]
            add(kind, participants, rejected_by)
        if "rejection" in cues and "proposal" not in cues:
            # Suspending a treaty is done by one side: the one named next to the verb.
            participants = (_nearest_actor(here, cues["suspended"]) if "suspended" in cues
                            else _participants(acting, with_countries=True))
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
    mediators = {l.actor_id for l in links if _mediating(doc.article.text, l, links_in.get(l.mention.sentence, []))}
    events = [e.model_copy(update={"participants": _exchange_sides(links, index, mediators)})
              if e.type == "exchange" and not e.participants else e for e in events]
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
    told = sorted(_told_once(events), key=lambda e: (e.start, e.end))
    return [e.model_copy(update={"id": f"e{n}"}) for n, e in enumerate(told, 1)]


def _told_once(events: list[EventFact]) -> list[EventFact]:
    """One event however often the article tells it (the headline, then the lead, then "during the
    conversation"): an event of the same type whose sides are among an earlier one's, or take
    them in, with no other date or place, is that event (its sides and place added; the telling
    that dates it is kept)."""
    def same(earlier: EventFact, event: EventFact) -> bool:
        mine, theirs = set(event.participants), set(earlier.participants)
        if earlier.type != event.type or not mine or not (mine <= theirs or theirs <= mine):
            return False
        dates = None in (earlier.date, event.date) or earlier.date == event.date
        places = None in (earlier.place, event.place) or earlier.place == event.place
        return dates and places

    kept: list[EventFact] = []
    for event in events:
        match = next((k for k, earlier in enumerate(kept) if same(earlier, event)), None)
        if match is None:
            kept.append(event)
            continue
        earlier = kept[match]
        # The telling that dates it is the fuller one ("met in Geneva on March 4" after the headline).
        told, other = (event, earlier) if event.date and not earlier.date else (earlier, event)
        kept[match] = told.model_copy(update={
            "planned": told.planned and other.planned,  # held, where one telling says so
            "participants": sorted(set(told.participants) | set(other.participants)),
            "place": told.place or other.place, "what": told.what or other.what,
            "rejected_by": sorted(set(told.rejected_by) | set(other.rejected_by))})
    return kept


# A plan or an expectation, not a report ("plans to meet", "очікується зустріч").
_PLANNED: dict[str, tuple[str, ...]] = {
    "en": ("plan", "plans", "planned", "planning", "expected", "expects", "scheduled", "intends", "intend", "going",
           "upcoming", "next", "ahead", "proposed", "mooted", "possible", "potential", "prospective", "prospect",
           "unlikely", "likely", "hope", "hopes", "hoped", "close"),
    # (the verbs and participles of planning: "плану" is the noun, "мирного плану" a peace plan)
    "uk": ("планує", "планую", "планува", "заплан", "очіку", "намір", "наступн", "майбутн", "близьк", "сподіва",
           "надію"),
    "ru": ("планиру", "планиров", "заплан", "ожида", "намер", "следующ", "предстоя", "будущ", "грядущ", "близк",
           "надеж", "надею", "надеет", "надеем"),
    "ar": ("يعتزم", "تعتزم", "المقرر", "المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه",
           "المنتظر", "المتوقع", "يتوقع", "ينتظر", "المرجح", "مرجح", "اتمني", "نامل", "يامل", "تامل", "قريبا"),
}
# Words that make what follows "to" yet to be ("set to meet", "due to hold talks"), and verbs of
# agreeing that make the contact they govern one agreed on, yet to be held ("agreed to meet",
# "домовилися провести зустріч", "договорились о встрече"; not "agreed at the meeting").
_BEFORE_TO = frozenset({"set", "due"})
_AGREEING: dict[str, tuple[str, ...]] = {
    "en": ("agreed", "agree", "agrees"), "uk": ("домовил", "домовля", "погодил"),
    "ru": ("договорил", "договарива", "условил"),
}
_AGREED_ON = frozenset("to on о об про провести проведення проведении организовать організувати".split())


def _agreeing(token: Token, lang: str) -> bool:
    word = token.text.casefold()
    words = _AGREEING.get(lang, ())
    return word in words if lang == "en" else word.startswith(words) if words else False
# What can, must or should be ("can be finished with direct negotiations")
_MODAL: dict[str, tuple[str, ...]] = {
    "en": ("can", "could", "would", "should", "must", "may", "might", "need", "needs", "require", "requires"),
    "uk": ("мож", "повин", "треба", "потрібн", "необхідн", "слід"),
    "ru": ("мож", "долж", "нужн", "надо", "необходим", "следует"),
    "ar": ("يمكن", "يجب", "ينبغي", "قد"),
}


def _reports_as_done(sentence: Sentence, lang: str) -> bool:
    """Whether a sentence reports something that happened or happens now, not a plan, a wish or
    what will be: no future, no plan, no question, no condition."""
    if _QUESTION.search(sentence.text):
        return False
    tokens = [t for t in sentence.tokens if t.text[:1].isalnum()]
    keys = [word_key(t.text) if lang == "ar" else t.text.casefold() for t in tokens]
    if set(keys) & FUTURE.get(lang, frozenset()) or (lang == "ar" and any(_AR_FUTURE.match(k) for k in keys)):
        return False
    for markers in (_PLANNED.get(lang, ()), _CONTACT_IRREALIS.get(lang, ()), _MODAL.get(lang, ())):
        if any(k in markers if lang in ("en", "ar") else k.startswith(markers) for k in keys):
            return False
    # Ukrainian and Russian say what will be with a perfective verb in the present ("зустрінеться")
    return not any("futr" in parse(lang, t.text)[1] for t in tokens if lang in ("uk", "ru"))


# Events that are something said: what they say may be yet to come ("suggested Ukraine could retake").
_SPEECH_ACTS = frozenset({"statement", "proposal", "rejection"})
PLANNED_BEFORE, PLANNED_AFTER = 4, 4  # words before and after an event's word that may say it is yet to be
PLANNED_SCAN = 14  # words at most either side, names and their joints included
PURPOSE_REACH = 4  # words further back for a contact after "for", "на" ("відлітає до Москви на зустріч")
_PURPOSE = {"en": ("for",), "uk": ("на",), "ru": ("на",)}
# Verbs of setting off, whose present tells what is under way (Ukrainian and Russian word starts).
_SETTING_OFF = {"uk": ("вируш", "відліта", "вилітає", "вилітають", "летить", "поїде", "їде", "прямує", "прямують"),
                "ru": ("отправ", "вылета", "улета", "летит", "поедет", "едет", "направляется", "направляются")}
_CLAUSE_OPENERS = frozenset("but while whereas although though which who that але проте однак який яка які що "
                            "но однако который которая которые что".split())
_PRONOUNS = frozenset("they he she we it вони він вона ми они он она мы".split())


def _opens_clause(tokens: Sequence[Token], n: int) -> bool:
    """Whether the word at n opens another clause ("but", "which", "and they"), whose tense is its own."""
    word = tokens[n].text.casefold()
    return word in _CLAUSE_OPENERS or (word in ("and", "і", "та", "и") and n + 1 < len(tokens)
                                       and tokens[n + 1].text.casefold() in _PRONOUNS)


_NAME_JOINTS = frozenset("and with of the between і та й з зі із и с со".split())
_PLAN_NOUNS = frozenset({"plan", "plans"})  # English: a plan only "to" do something is yet to be
_NOT_PLANNED = frozenset({"ahead", "going"})  # "ahead of the summit, they met": the summit dates the meeting
_CLAUSE_MARKS = frozenset(",;:()—–،؛")  # the words of another clause say nothing of this event


def told_as_planned(sentence: Sentence, cue: int, lang: str) -> bool:
    """Whether the words around an event's word, in its clause, tell it as what will, may or should
    happen ("will meet", "the meeting could take place", "зустрінуться", "من المقرر أن يلتقي"), not
    as held ("Ahead of the summit, Rubio met Lavrov": the comma closes the summit's words)."""
    tokens = sentence.tokens
    at = next((n for n, t in enumerate(tokens) if t.start >= cue), len(tokens))
    before: list[Token] = []
    after: list[Token] = []
    # "will travel to Moscow on Thursday for meetings": a contact that is a journey's purpose is as
    # yet to be as the journey
    purpose = PURPOSE_REACH if at > 0 and tokens[at - 1].text.casefold() in _PURPOSE.get(lang, ()) else 0
    for step, reach, near in ((-1, PLANNED_BEFORE + purpose, before), (1, PLANNED_AFTER + 1, after)):
        n = at - 1 if step < 0 else at  # the cue itself is the first word after it
        counted = 0  # names and their joints take no room ("meetings with Witkoff and Kushner are expected")
        while 0 <= n < len(tokens) and counted < reach and abs(n - at) <= PLANNED_SCAN \
                and tokens[n].text not in _CLAUSE_MARKS and not _opens_clause(tokens, n):
            if tokens[n].text[:1].isalnum():
                near.append(tokens[n])
                counted += not (n != at and ((tokens[n].text[:1].isupper() and n > 0)
                                             or tokens[n].text.casefold() in _NAME_JOINTS))
            n += step
    following = {t.start: tokens[n + 1].text.casefold() for n, t in enumerate(tokens[:-1])}
    if purpose and any(t.text.casefold().startswith(_SETTING_OFF.get(lang, ("\0",))) for t in before):
        return True  # "відлітає до Москви на зустріч": one sets off for it, so it is yet to be
    if any(following.get(t.start) in _AGREED_ON and t.start != cue and _agreeing(t, lang) for t in before) \
            or (lang == "en" and any(t.text.casefold() in _BEFORE_TO and following.get(t.start) == "to"
                                     for t in before + after)):
        return True  # "agreed to meet", "договорились о встрече"; "set to meet"
    # "plans to meet", not a plan signed ("signed onto a five-point plan")
    keys = [word_key(t.text) if lang == "ar" else t.text.casefold() for t in before + after
            if not (lang == "en" and t.text.casefold() in _PLAN_NOUNS and following.get(t.start) != "to")]
    # the Arabic future prefix on the verb or before it: after it, "سيرغي" is a name, not a verb
    if set(keys) & FUTURE.get(lang, frozenset()) or (lang == "ar" and any(
            _AR_FUTURE.match(word_key(t.text)) for t in before + after[:1])):
        return True
    if lang == "ar":
        # "قد" before a verb in the present is "may"; before one in the past, "has" ("وقد استضافت")
        verb = word_key(tokens[at].text) if at < len(tokens) else ""
        keys = [k for k in keys if k.lstrip("و") != "قد" or (verb[:1] in "يتن" and verb not in _DONE)]
    for markers in (_PLANNED.get(lang, ()), _MODAL.get(lang, ())):
        markers = tuple(m for m in markers if m not in _NOT_PLANNED)
        if any(k.lstrip("و") in markers if lang == "ar" else k in markers if lang == "en" else k.startswith(markers)
               for k in keys):
            return True
    # Ukrainian and Russian say what will be with a perfective verb in the present ("зустрінуться")
    return lang in ("uk", "ru") and any("futr" in parse(lang, t.text)[1] for t in before + after)


_EN_PAST = frozenset("""had held met spoke took gave sent made said told went came began brought won saw led left
wrote sought struck rang flew spent""".split())
HEADLINE_WORDS = 15  # a title this short is a headline, which tells the news in the present


def _tells_the_news(sentence: Sentence, lang: str, title: bool) -> bool:
    """A headline, or a sentence in the past tense ("had a telephone conversation", "провів
    переговори"): news, not what a commentary says in the present ("the Kremlin sees the visits")."""
    words = [t.text for t in sentence.tokens if t.text[:1].isalpha()]
    if (title and len(words) <= HEADLINE_WORDS) or lang == "ar":
        return True
    if lang == "en":
        return any(w.casefold() in _EN_PAST or (len(w) > 4 and w.casefold().endswith("ed")) for w in words)
    return any("past" in parse(lang, w)[1] for w in words)


def dated_by_the_article(events: list[EventFact], doc: AnalysedDoc, lead: set[int], published: str) -> list[EventFact]:
    """The events the lead reports as news with no date of their own took place on the day the
    article is dated: a readout's "Vladimir Putin had a telephone conversation with …" is that
    day's call. Events further down, planned or wished for, or told in a commentary's present
    tense keep no date."""
    title_end = len(doc.article.title) if doc.article.title_in_text else 0

    def news(sentence: Sentence) -> bool:
        return _reports_as_done(sentence, doc.lang) and _tells_the_news(sentence, doc.lang, sentence.start < title_end)

    return [event.model_copy(update={"date": published}) if event.date is None and event.sentence in lead
            and news(doc.sentences[event.sentence]) else event for event in events]
