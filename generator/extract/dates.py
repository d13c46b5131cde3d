"""Date expressions: find them, normalise them to ISO values, and infer a publication date.

Rules of each language, no model. The text is first mapped, character for character (so every
offset stays valid), to a normalised lower-case copy: Eastern Arabic and Persian digits become
ASCII, Arabic alef/hamza variants become a bare alef, ta marbuta becomes ha, alif maqsura and
Persian yeh become ya, apostrophe variants become ``'``, and ``ё`` becomes ``е``. All patterns are
written against that copy, compiled once at import, built from tries of the word lists and
guarded by their possible first characters, so matching stays linear on long texts (no nested
quantifiers). Arabic words may carry one or two proclitics (و ف ب ل ك), kept out of the spans.

Absolute dates (en, uk, ru, ar; de, fr, tr month names too): day-month-year, month-day-year,
month-year, year with a cue word ("in 2014", "у 2014 році", "عام 2014"; never a bare number, nor
a count such as "in 2000 cities"), ISO and numeric dates (day first; English slash dates month
first unless the first number is over 12). A day or month without a year takes its year from
the publication date (the most recent such day or month on or before it, or the next one when
the expression points to the future); without a publication date, from the explicit year written
last before it in the text (else the first one after it: narrative carries its year forward);
otherwise it is dropped.

Relative expressions (weekdays, yesterday/today/tomorrow, this/last/next week, month or year,
"late September" without a year) are resolved against the publication date and skipped when it
is unknown: we never guess. A weekday is the most recent one on or before publication, unless a
modifier says otherwise ("next Monday", "الاثنين المقبل") or the tense nearest it in its own clause
is the future ("will", "буде", "будет", "سوف", "سـ" verbs, a Ukrainian or Russian verb in the
future tense, "a possible meeting on Wednesday"): then it is the coming one, the article's own day
included. "said on Monday that talks will resume" stays in the past; "said he will travel on
Thursday" is the coming Thursday. A day written with its weekday ("Wednesday, July 23") takes the
year in which it falls on that weekday (else the nearest); a deadline in the month after
publication ("by the end of August", "до конца августа") is the coming one, whatever the tense.

Confidence: 1.0 explicit full dates, 0.9 year inferred from the publication date, 0.8 year taken
from elsewhere in the text, weekdays, yesterday and tomorrow, and numeric dates whose day/month
order is ambiguous; 0.7 vaguer relatives (today, this month, last year, late September).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from generator.morph import MORPH_LANGS, parse
from generator.records import Sentence
from generator.schema import DateFact, DatePrecision

# --------------------------------------------------------------------------------------------
# Normalisation (length-preserving)

_CHAR_MAP: dict[int, str] = {
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
    **{0x06F0 + i: str(i) for i in range(10)},  # Persian digits
    **{ord(c): "ا" for c in "أإآٱ"},
    ord("ة"): "ه",
    ord("ى"): "ي",
    ord("ی"): "ي",  # Persian yeh
    ord("ک"): "ك",  # Persian kaf
    **{ord(c): "'" for c in "’ʼ‘`´′"},
    ord("ё"): "е",
    ord("Ё"): "Е",
    **{ord(c): " " for c in "\u00a0\u2007\u2009\u202f"},
    ord("İ"): "I",  # the one character whose lower case is two characters long
}


def _norm(text: str) -> str:
    """Length-preserving normalisation of a text (lower case) or of a pattern (case kept)."""
    return text.translate(_CHAR_MAP)


def _fold(text: str) -> str:
    """The normalised, lower-cased copy of a text that every pattern runs on; same length."""
    return text.translate(_CHAR_MAP).lower()


@lru_cache(maxsize=8192)
def _key(surface: str) -> str:
    """Lookup key of a matched word or phrase: normalised, lower case, single spaces."""
    return " ".join(_fold(surface).split())


# --------------------------------------------------------------------------------------------
# Word lists

_LATIN = frozenset({"en", "de", "fr", "tr"})
_ALWAYS = frozenset({"en", "uk", "ru", "ar"})


def _cyr_forms(stem: str, endings: str) -> list[str]:
    return [stem + e for e in endings.split("|")]


def _month_table() -> dict[str, dict[str, int]]:
    uk: dict[str, int] = {}
    for month, stem in ((1, "січ"), (3, "берез"), (4, "квіт"), (5, "трав"), (6, "черв"), (7, "лип"),
                        (8, "серп"), (9, "верес"), (10, "жовт"), (12, "груд")):
        uk.update(dict.fromkeys(_cyr_forms(stem, "ень|ня|ню|нем|ні"), month))
    uk.update(dict.fromkeys(_cyr_forms("лют", "ий|ого|ому|им"), 2))
    uk.update(dict.fromkeys(_cyr_forms("листопад", "|а|у|ом|і"), 11))
    ru: dict[str, int] = {}
    for month, stem in ((1, "январ"), (2, "феврал"), (9, "сентябр"), (10, "октябр"), (11, "ноябр"),
                        (12, "декабр")):
        ru.update(dict.fromkeys(_cyr_forms(stem, "ь|я|ю|ем|е"), month))
    for month, stem in ((4, "апрел"), (6, "июн"), (7, "июл")):
        ru.update(dict.fromkeys(_cyr_forms(stem, "ь|я|ю|ем|е"), month))
    for month, stem in ((3, "март"), (8, "август")):
        ru.update(dict.fromkeys(_cyr_forms(stem, "|а|у|ом|е"), month))
    ru.update(dict.fromkeys(_cyr_forms("ма", "й|я|ю|ем|е"), 5))
    ru.update({"янв.": 1, "февр.": 2, "фев.": 2, "апр.": 4, "авг.": 8, "сент.": 9, "окт.": 10,
               "нояб.": 11, "дек.": 12})
    en = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan.": 1, "jan": 1, "feb.": 2, "feb": 2, "mar.": 3, "apr.": 4, "apr": 4, "jun.": 6,
          "jul.": 7, "aug.": 8, "aug": 8, "sep.": 9, "sept.": 9, "sept": 9, "oct.": 10, "oct": 10,
          "nov.": 11, "nov": 11, "dec.": 12, "dec": 12}
    de = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
          "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12}
    fr = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
          "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
          "décembre": 12, "decembre": 12}
    tr = {"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
          "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12}
    ar_raw = {
        1: "يناير|كانون الثاني|كانون ثاني|جانفي", 2: "فبراير|شباط|فيفري", 3: "مارس|آذار",
        4: "أبريل|إبريل|ابريل|نيسان|أفريل", 5: "مايو|أيار", 6: "يونيو|يونيه|حزيران|جوان",
        7: "يوليو|يوليه|تموز|جويلية", 8: "أغسطس|آب|أوت", 9: "سبتمبر|أيلول",
        10: "أكتوبر|تشرين الأول|تشرين أول", 11: "نوفمبر|تشرين الثاني|تشرين ثاني",
        12: "ديسمبر|كانون الأول|كانون أول",
    }
    ar = {_key(w): m for m, words in ar_raw.items() for w in words.split("|")}
    return {"en": en, "de": de, "fr": fr, "tr": tr, "uk": uk, "ru": ru, "ar": ar}


_MONTHS = _month_table()
# word -> (month, languages using it)
_MONTH_LOOKUP: dict[str, tuple[int, frozenset[str]]] = {}
for _lang, _table in _MONTHS.items():
    for _word, _month in _table.items():
        _prev = _MONTH_LOOKUP.get(_word)
        _MONTH_LOOKUP[_word] = (_month, (_prev[1] if _prev else frozenset()) | {_lang})

_WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {d: i for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
    "uk": {
        **dict.fromkeys(_cyr_forms("понеділ", "ок|ка|ку|ком"), 0),
        **dict.fromkeys(_cyr_forms("вівтор", "ок|ка|ку|ком"), 1),
        **dict.fromkeys(("середа", "середу", "середи", "середою"), 2),
        **dict.fromkeys(_cyr_forms("четв", "ер|ерга|ергу|ергом"), 3),
        **dict.fromkeys(_cyr_forms("п'ятниц", "я|ю|і|ею") + _cyr_forms("пятниц", "я|ю|і|ею"), 4),
        **dict.fromkeys(_cyr_forms("субот", "а|у|и|і|ою"), 5),
        **dict.fromkeys(_cyr_forms("неділ", "я|ю|і|ею"), 6),
    },
    "ru": {
        **dict.fromkeys(_cyr_forms("понедельник", "|а|у|ом"), 0),
        **dict.fromkeys(_cyr_forms("вторник", "|а|у|ом"), 1),
        "среду": 2,  # only after a preposition or modifier: "среда" is also "environment"
        **dict.fromkeys(_cyr_forms("четверг", "|а|у|ом"), 3),
        **dict.fromkeys(_cyr_forms("пятниц", "а|у|ы|е|ей"), 4),
        **dict.fromkeys(_cyr_forms("суббот", "а|у|ы|е|ой"), 5),
        **dict.fromkeys(_cyr_forms("воскресень", "е|я|ю|ем"), 6),
    },
    "ar": {_key(w): i for i, words in enumerate(
        ("الاثنين|الإثنين|الأثنين", "الثلاثاء|الثلثاء", "الأربعاء|الاربعاء", "الخميس", "الجمعة",
         "السبت", "الأحد|الاحد")) for w in words.split("|")},
    "de": {d: i for i, d in enumerate(
        ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"))},
    "fr": {d: i for i, d in enumerate(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))},
}
_WEEKDAY_LOOKUP: dict[str, int] = {w: i for table in _WEEKDAYS.values() for w, i in table.items()}

# Weekday modifiers: direction -1 past, 0 this, +1 next, LAST_WEEK the one of the week before.
LAST_WEEK = -2
_WD_MODS: dict[str, int] = {
    "next": 1, "coming": 1, "this coming": 1, "last": -1, "past": -1, "previous": -1, "this": 0,
    **dict.fromkeys(("наступного", "наступної", "наступний", "наступну", "найближчого",
                     "найближчої", "найближчий", "найближчу", "следующий", "следующую",
                     "следующее", "следующего", "следующей", "ближайший", "ближайшую",
                     "ближайшее", "ближайшего", "ближайшей"), 1),
    # "минулого понеділка", "в прошлый понедельник": the Monday of last week, not the latest Monday
    **dict.fromkeys(("минулого", "минулої", "минулий", "минулу", "прошлый", "прошлую", "прошлое",
                     "прошлого", "прошлой", "минувший", "минувшую", "минувшее", "минувшего",
                     "минувшей"), LAST_WEEK),
    **dict.fromkeys(("цього", "цієї", "цей", "цю", "этот", "эту", "это", "этого", "этой"), 0),
    **{_key(w): 1 for w in ("المقبل", "القادم")},
    **{_key(w): -1 for w in ("الماضي", "الفائت", "المنصرم", "السابق")},
}
_EN_WD_MODS = ("next", "coming", "this coming", "last", "past", "previous", "this")
_FOLLOWING_A = re.compile(r"\bfollowing\s+an?\s+$")  # "following a Monday call": that Monday is past
_AR_WD_MODS = ("المقبل", "القادم", "الماضي", "الفائت", "المنصرم", "السابق")
_CYR_WD_MODS = tuple(w for w in _WD_MODS if w not in _EN_WD_MODS and w not in {_key(a) for a in _AR_WD_MODS})

# Relative days: offset from the publication date, and confidence.
_REL_DAYS: dict[str, tuple[int, float]] = {
    "the day before yesterday": (-2, 0.8), "yesterday": (-1, 0.8), "today": (0, 0.7),
    "tomorrow": (1, 0.8), "the day after tomorrow": (2, 0.8),
    "позавчора": (-2, 0.8), "вчора": (-1, 0.8), "учора": (-1, 0.8), "сьогодні": (0, 0.7),
    "завтра": (1, 0.8), "післязавтра": (2, 0.8),
    "позавчера": (-2, 0.8), "вчера": (-1, 0.8), "сегодня": (0, 0.7), "послезавтра": (2, 0.8),
    # parts of the day
    "this morning": (0, 0.7), "this afternoon": (0, 0.7), "this evening": (0, 0.7), "tonight": (0, 0.7),
    "last night": (-1, 0.8), "цього ранку": (0, 0.7), "цього вечора": (0, 0.7), "минулої ночі": (-1, 0.8),
    "этим утром": (0, 0.7), "этим вечером": (0, 0.7), "прошлой ночью": (-1, 0.8),
}
# The same days as adjectives in every form ("вчорашні зустрічі", "сьогоднішню", "вчерашнего").
_UK_SOFT_ENDINGS = ("ій", "я", "є", "і", "ього", "ьої", "ьому", "ім", "ю", "іх", "іми", "ьою")
_RU_SOFT_ENDINGS = ("ий", "яя", "ее", "ие", "его", "ей", "ему", "им", "юю", "их", "ими", "ем")
_DAY_ADJECTIVES = (
    ("позавчорашн", -2, _UK_SOFT_ENDINGS), ("вчорашн", -1, _UK_SOFT_ENDINGS), ("учорашн", -1, _UK_SOFT_ENDINGS),
    ("сьогоднішн", 0, _UK_SOFT_ENDINGS), ("завтрашн", 1, _UK_SOFT_ENDINGS + _RU_SOFT_ENDINGS),
    ("позавчерашн", -2, _RU_SOFT_ENDINGS), ("вчерашн", -1, _RU_SOFT_ENDINGS), ("сегодняшн", 0, _RU_SOFT_ENDINGS),
)
_REL_DAYS.update({stem + ending: (offset, 0.7 if offset == 0 else 0.8)
                  for stem, offset, endings in _DAY_ADJECTIVES for ending in endings})

# Relative periods: phrase -> (unit, offset). Units: week, month, year.
_Unit = Literal["week", "month", "year"]
_REL_PERIODS_RAW: dict[str, tuple[_Unit, int]] = {
    "this week": ("week", 0), "earlier this week": ("week", 0), "later this week": ("week", 0),
    "last week": ("week", -1), "next week": ("week", 1),
    "this month": ("month", 0), "earlier this month": ("month", 0),
    "later this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this year": ("year", 0), "earlier this year": ("year", 0), "later this year": ("year", 0),
    "last year": ("year", -1), "next year": ("year", 1),
    # Ukrainian
    "цього тижня": ("week", 0), "поточного тижня": ("week", 0), "на цьому тижні": ("week", 0),
    "минулого тижня": ("week", -1), "на минулому тижні": ("week", -1),
    "наступного тижня": ("week", 1), "на наступному тижні": ("week", 1),
    "цього місяця": ("month", 0), "поточного місяця": ("month", 0),
    "у цьому місяці": ("month", 0), "в цьому місяці": ("month", 0),
    "минулого місяця": ("month", -1), "у минулому місяці": ("month", -1),
    "в минулому місяці": ("month", -1), "наступного місяця": ("month", 1),
    "у наступному місяці": ("month", 1), "в наступному місяці": ("month", 1),
    "цього року": ("year", 0), "поточного року": ("year", 0), "у цьому році": ("year", 0),
    "в цьому році": ("year", 0), "цьогоріч": ("year", 0),
    "минулого року": ("year", -1), "у минулому році": ("year", -1), "в минулому році": ("year", -1),
    "торік": ("year", -1), "наступного року": ("year", 1), "у наступному році": ("year", 1),
    "в наступному році": ("year", 1),
    # Russian
    "на этой неделе": ("week", 0), "на текущей неделе": ("week", 0), "этой недели": ("week", 0),
    "на прошлой неделе": ("week", -1), "на минувшей неделе": ("week", -1),
    "прошлой недели": ("week", -1), "на следующей неделе": ("week", 1),
    "следующей недели": ("week", 1),
    "в этом месяце": ("month", 0), "в текущем месяце": ("month", 0), "этого месяца": ("month", 0),
    "текущего месяца": ("month", 0), "в прошлом месяце": ("month", -1),
    "прошлого месяца": ("month", -1), "в минувшем месяце": ("month", -1),
    "в следующем месяце": ("month", 1), "следующего месяца": ("month", 1),
    "в этом году": ("year", 0), "в текущем году": ("year", 0), "в нынешнем году": ("year", 0),
    "этого года": ("year", 0), "текущего года": ("year", 0), "в прошлом году": ("year", -1),
    "прошлого года": ("year", -1), "в минувшем году": ("year", -1),
    "в следующем году": ("year", 1), "следующего года": ("year", 1),
    # Arabic
    "هذا الأسبوع": ("week", 0), "الأسبوع الحالي": ("week", 0), "الأسبوع الجاري": ("week", 0),
    "الأسبوع الماضي": ("week", -1), "الأسبوع الفائت": ("week", -1),
    "الأسبوع المنصرم": ("week", -1), "الأسبوع المقبل": ("week", 1), "الأسبوع القادم": ("week", 1),
    "هذا الشهر": ("month", 0), "في وقت سابق من هذا الشهر": ("month", 0),
    "الشهر الحالي": ("month", 0), "الشهر الجاري": ("month", 0), "الشهر الماضي": ("month", -1),
    "الشهر الفائت": ("month", -1), "الشهر المنصرم": ("month", -1), "الشهر المقبل": ("month", 1),
    "الشهر القادم": ("month", 1),
    "هذا العام": ("year", 0), "هذه السنة": ("year", 0), "العام الحالي": ("year", 0),
    "العام الجاري": ("year", 0), "في وقت سابق من هذا العام": ("year", 0),
    "العام الماضي": ("year", -1), "العام الفائت": ("year", -1), "العام المنصرم": ("year", -1),
    "السنة الماضية": ("year", -1), "العام المقبل": ("year", 1), "العام القادم": ("year", 1),
    "السنة المقبلة": ("year", 1), "السنة القادمة": ("year", 1),
}
_REL_PERIODS: dict[str, tuple[_Unit, int]] = {_key(k): v for k, v in _REL_PERIODS_RAW.items()}

# Cues of a part of a month ("late September"); also accepted before a bare year.
_PART_CUES = (
    "early", "mid-", "mid", "late", "the beginning of", "beginning of", "the start of", "start of",
    "the middle of", "middle of", "the end of", "end of", "the first half of", "the second half of",
    "the first week of", "the last week of", "the last days of", "the first days of",
    "на початку", "напочатку", "наприкінці", "в кінці", "у кінці", "до кінця", "в середині",
    "у середині", "до середини", "з початку", "з середини", "у першій половині",
    "в першій половині", "у другій половині", "в другій половині",
    "в начале", "в конце", "в середине", "к концу", "к середине", "до конца", "с начала",
    "с середины", "в первой половине", "во второй половине", "в последних числах",
    "в первых числах",
    "أواخر", "أوائل", "منتصف", "أواسط", "مطلع", "بداية", "بدايات", "نهاية",
    "anfang", "mitte", "ende", "début", "mi-", "fin",
)
# Cues that make a bare month name a date ("in May", "у серпні", "в августе", "في مايو").
_MONTH_CUES = (
    "in", "since", "by", "until", "till", "during", "from", "through", "before", "after",
    "у", "в", "во", "з", "із", "до", "від", "протягом", "впродовж", "після",
    "с", "со", "к", "после", "по", "от", "в течение",
    "في", "خلال", "منذ", "حتى", "قبل", "بعد",
    "im", "seit", "bis", "ab", "en", "depuis", "dès", "jusqu'en",
)
# Cues that make a 4-digit number a year ("in 2014", "у 2014", "منذ 2014").
_YEAR_CUES = (
    "in", "in the year", "since", "by", "until", "till", "before", "after", "during", "throughout",
    "through", "from", "around",
    "у", "в", "во", "з", "із", "до", "від", "після", "протягом", "впродовж", "с", "со", "к",
    "после", "по", "от", "в течение", "начиная с",
    "في", "منذ", "خلال", "حتى", "قبل", "بعد",
    "im jahr", "im jahre", "seit", "bis", "ab", "en", "depuis", "dès", "jusqu'en",
    *_PART_CUES,
)

# A past reporting or event verb in the same clause as a weekday or a yearless date puts it in the
# past even when the sentence goes on about the future ("said on Monday that talks will resume").
_PAST_VERBS = frozenset(_key(w) for w in (
    "said", "told", "announced", "stated", "added", "reported", "declared", "wrote", "confirmed",
    "noted", "met", "visited", "signed", "agreed", "arrived", "spoke", "began", "ended", "warned",
    "claimed", "denied", "rejected", "proposed", "held", "took", "discussed", "hosted", "called",
    "urged", "stressed",
    "заявив", "заявила", "заявили", "заявило", "сказав", "сказала", "сказали", "повідомив",
    "повідомила", "повідомили", "повідомило", "зазначив", "зазначила", "зазначили", "оголосив",
    "оголосила", "оголосили", "наголосив", "наголосила", "додав", "додала", "зустрівся",
    "зустрілася", "зустрілися", "провів", "провела", "провели", "відбулася", "відбулися",
    "відбувся", "підписали", "відвідав", "відвідала", "обговорили",
    "заявил", "заявила", "заявили", "заявило", "сказал", "сказала", "сказали", "сообщил",
    "сообщила", "сообщили", "сообщило", "отметил", "отметила", "отметили", "объявил", "объявила",
    "объявили", "подчеркнул", "подчеркнула", "добавил", "добавила", "встретился", "встретилась",
    "встретились", "провел", "провела", "провели", "прошла", "прошли", "прошел", "состоялась",
    "состоялись", "состоялся", "подписали", "посетил", "посетила", "обсудили",
    "قال", "قالت", "أعلن", "أعلنت", "صرح", "صرحت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت",
    "أوضح", "أوضحت", "أشار", "أشارت", "أضاف", "أضافت", "أخبر", "أخبرت", "أبلغ", "أبلغت", "شدد",
    "شددت", "اعتبر", "اعتبرت", "بحث", "بحثت", "ناقش", "ناقشت", "تم", "جرى", "جرت", "أجرى", "أجريت",
    "عقدت", "التقى", "التقت", "وصل", "وصلت", "زار", "زارت", "وقعت", "بدأت", "انتهت",
))
_PASSIVE_AUX = frozenset(("be", "been", "being"))  # "will be held on Monday" is not past
# Where a clause ends and a reported one begins ("said ... that talks will resume").
_COMPLEMENTIZERS = frozenset(_key(w) for w in (
    "that", "що", "что", "إن", "أن", "إنه", "إنها", "أنه", "أنها", "بأن", "وإن", "وأن",
))
_CLAUSE_WORDS = 12  # how far back a past verb still governs the date (Arabic puts the verb first)

# Sentence-level future cues (searched in the normalised sentence).
_FUTURE_RE = re.compile(_norm(
    r"(?<!\w)(?:will|won't|shall|upcoming|scheduled|to\s+be\s+held|planning\s+to"
    # "plans to" as a verb, not a plan that is "to end the war" ("presented a new peace plan to end …")
    r"|(?<!peace )(?<!the )(?<!a )(?<!new )(?<!point )(?<!its )(?<!his )(?<!her )(?<!their )plans?\s+to"
    r"|would\s+(?:be\s+held|take\s+place|meet|resume|start|begin|hold|visit|travel|arrive|return|continue)"
    r"|(?:is|are)\s+(?:due|set|expected|going)\s+to|(?:is|are)\s+expected|next(?!\s+to)"
    r"|ожида[ею]тся|очіку[ює]ться|очікуються"
    r"|буде|будуть|будемо|наступн\w*|відбудеться|відбудуться|запланован\w*|планує\w*|планують"
    r"|збира\w*ся|має\s+відбутися|мають\s+відбутися"
    r"|будет|будут|будем|следующ\w*|состоится|состоятся|запланирован\w*|планиру\w*"
    r"|предстоящ\w*|намерен\w*|собира\w*ся|пройд[её]т|пройдут"
    r"|[وف]?سوف|[وف]?لن|ال?مقبل\w*|ال?قادم\w*|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|يعتزم|تعتزم"
    r"|ال?مرتقب\w*|المقرره"
    # future prefix sa- on an imperfect verb, minus common nouns and names that start alike
    r"|[وف]?س[\u064b-\u0652]?(?!ياس|يار|يد|يرغ|يرج|يطر|ينا|ينم|يول|يف|يبير|يئ|يء|يسي|يرال|تال|تيف|توك|تار|تراس"
    r"|تون|تين|ته|تود|نو|نغ|نت|ند|نا|ني)[يتن][\u064b-\u0652]?\w{2,})(?!\w)"
    r"|'ll(?!\w)"
))

# A possible meeting has not happened yet ("a possible meeting on Wednesday", "можливу зустріч у
# середу"): a cue of the future only a few words before the date, never for the whole sentence.
_MAYBE_RE = re.compile(_norm(
    r"(?<!\w)(?:possible|potential|можлив\w*|потенційн\w*|возможн(?:ая|ую|ой|ый|ое|ого|ых|ые|ым)"
    r"|потенциальн\w*|[وبل]?ال?محتمل\w*)(?!\w)"
))
_MAYBE_WORDS = 4
# Words that open another clause: a tense before them is not the date's own.
_CLAUSE_BREAKS = frozenset(_key(w) for w in (
    "although", "though", "while", "whereas", "but", "хоча", "але", "проте", "однак", "хотя", "но",
    "однако", "لكن", "ولكن", "بينما",
))


# --------------------------------------------------------------------------------------------
# Pattern building


def _alternation(words: Iterable[str]) -> str:
    """A trie-shaped regex alternation of words (spaces match any whitespace run)."""
    trie: dict[str, dict] = {}
    for word in sorted({_key(w) for w in words}):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch])
                    for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(trie) + ")"


def _compile(pattern: str, *starts: Iterable[str]) -> re.Pattern[str]:
    """Compile a pattern behind a one-character guard: the first characters a match can start with.

    The guard makes a failing position cost one set lookup instead of a walk through every branch.
    `starts` are word lists (their first characters count) or strings of characters.
    """
    first: set[str] = set()
    for group in starts:
        items = [group] if isinstance(group, str) else list(group)
        for item in items:
            if isinstance(group, str):
                first.update(_key(item))
            elif item:
                first.add(_key(item)[0])
    chars = "".join(sorted(first - {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}))
    digits = r"\d" if first & set("0123456789") else ""
    guard = "(?=[" + digits + re.escape(chars) + "])"
    return re.compile(guard + _norm(pattern))  # patterns are lower case, like the text they run on


_B = r"(?<!\w)"  # start of a word (works for Latin, Cyrillic and Arabic)
_E = r"(?!\w)"  # end of a word
_AP_CHARS = "وفبلك"
_AP = rf"[{_AP_CHARS}]{{0,2}}"  # Arabic one-letter proclitics (and, so, with, to, like), kept out of spans
_DIGITS = "0123456789"
_CYR_PREPS = ("в", "у", "во", "на", "до", "з", "із", "від", "с", "со", "к", "по")
_Y = r"(?P<y>19\d\d|20\d\d|2100)(?!\d)(?![.,]\d)"
_Y2 = _Y.replace("?P<y>", "?P<y2>")
_YTAIL = (r"(?:\s*(?:(?:року|році|рік|роки|роках|года|году|год|yılında|yılının|yılı)(?!\w)"
          r"|(?:рр?|гг?)\.)|م(?!\w)|(?![^\W\d_]))")
_D = r"(?<!\d[.,/:-])(?P<d>\d{1,2})(?:\s*[-–—]\s*(?P<d2>\d{1,2}))?"
_MONTH = _alternation(_MONTH_LOOKUP)
_MONTH_EN = _alternation(_MONTHS["en"])
_MONTHS_DUAL = rf"(?P<m>{_MONTH})(?:\s*[/(]\s*(?P<m2>{_MONTH})\s*\)?)?(?!\w)"
_WD_ALL = _alternation(_WEEKDAY_LOOKUP)
_WD_PREFIX = rf"(?:(?:يوم\s+)?(?P<wd>{_WD_ALL}){_E}\s*,?\s*)?"

_RE_ISO = _compile(
    rf"{_B}(?<!\d[.,/:-])(?P<x>(?P<y>19\d\d|20\d\d|2100)(?P<s>[-/.])(?P<mo>\d{{1,2}})(?P=s)"
    rf"(?P<d>\d{{1,2}}))(?!\d)(?![.,/:-]\d)", "12"
)
_RE_NUMERIC = _compile(
    rf"{_B}(?<!\d[.,/:-])(?P<x>(?P<a>\d{{1,2}})(?P<s>[./-])(?P<b>\d{{1,2}})(?P=s){_Y}{_YTAIL})", _DIGITS
)
_RE_DMY = _compile(
    rf"{_B}{_AP}(?P<x>{_WD_PREFIX}{_D}(?:st|nd|rd|th|er|-?(?:го|ого|е))?(?P<dot>\.)?\s+(?:of\s+)?"
    rf"{_MONTHS_DUAL}(?:[,،]?\s+(?:of\s+)?{_Y}{_YTAIL})?)", _DIGITS, _AP_CHARS, "ي", _WEEKDAY_LOOKUP
)
_RE_MDY = _compile(
    rf"{_B}(?P<x>{_WD_PREFIX}(?P<m>{_MONTH_EN})\s+{_D}(?:st|nd|rd|th)?{_E}(?![.:]\d)"
    rf"(?:,?\s+{_Y}{_YTAIL})?)", "ي", _WEEKDAY_LOOKUP, _MONTHS["en"]
)
_RE_MY = _compile(rf"{_B}(?P<x>{_MONTHS_DUAL}[,،]?\s+(?:of\s+)?{_Y}{_YTAIL})", _MONTH_LOOKUP)
_RE_MONTH_CUE = _compile(
    rf"{_B}{_AP}(?P<cue>{_alternation(_MONTH_CUES)})\s+(?P<x>(?:شهر\s+)?{_MONTHS_DUAL})", _AP_CHARS, _MONTH_CUES
)
# A month with the direction a word gives it: "last September", "минулого вересня".
_MONTH_MODS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "минулого": -1, "торішнього": -1,
               "наступного": 1, "прошлого": -1, "следующего": 1}
_RE_MONTH_MOD = _compile(rf"{_B}(?P<x>(?P<mod>{_alternation(_MONTH_MODS)})\s+{_MONTHS_DUAL})", _MONTH_MODS)
_RE_MONTH_SHAHR = _compile(rf"{_B}{_AP}(?P<x>شهر\s+{_MONTHS_DUAL})", _AP_CHARS, "ش")  # "the month of May"
_REL_MONTHS = _alternation(k for k, v in _REL_PERIODS.items() if v[0] == "month")
_RE_PART = _compile(
    rf"{_B}{_AP}(?P<x>(?P<cue>{_alternation(_PART_CUES)})\s*(?:شهر\s+)?"
    rf"(?:{_MONTHS_DUAL}(?:[,،]?\s+(?:of\s+)?{_Y}{_YTAIL})?|(?P<rel>{_REL_MONTHS}){_E}))", _AP_CHARS, _PART_CUES
)
_RE_YEAR_CUE = _compile(
    rf"{_B}{_AP}(?:{_alternation(_YEAR_CUES)})\s*(?P<x>(?:(?:ال)?(?:عام|سنة)\s+)?{_Y}{_YTAIL})",
    _AP_CHARS, _YEAR_CUES,
)
_RE_YEAR_AM = _compile(rf"{_B}{_AP}(?P<x>(?:ال)?(?:عام|سنة)\s+{_Y}{_YTAIL})", _AP_CHARS, "اعس")  # "year 2014"
_RE_YEAR_TAIL = _compile(
    rf"{_B}(?P<x>{_Y}\s*(?:(?:року|році|рік|роки|роках|года|году|yılında|yılının)(?!\w)"
    rf"|(?:рр?|гг?)\.)|{_Y2}م(?!\w))", "12"
)
_RE_WD_EN = _compile(
    rf"{_B}(?P<x>(?:(?P<mod>{_alternation(_EN_WD_MODS)})\s+)?(?P<wd>{_alternation(_WEEKDAYS['en'])})){_E}",
    _EN_WD_MODS, _WEEKDAYS["en"],
)
_RE_WD_CYR = _compile(
    rf"{_B}(?:(?P<prep>{_alternation(_CYR_PREPS)})\s+)?"
    rf"(?P<x>(?:(?P<mod>{_alternation(_CYR_WD_MODS)})\s+)?"
    rf"(?P<wd>{_alternation([*_WEEKDAYS['uk'], *_WEEKDAYS['ru']])})){_E}",
    _CYR_PREPS, _CYR_WD_MODS, _WEEKDAYS["uk"], _WEEKDAYS["ru"],
)
_RE_WD_AR = _compile(
    rf"{_B}{_AP}(?P<x>(?:يوم\s+)?(?P<wd>{_alternation(_WEEKDAYS['ar'])}){_E}"
    rf"(?:\s+(?P<mod>{_alternation(_AR_WD_MODS)}){_E})?)", _AP_CHARS, "يا"
)
_RE_REL_DAY = _compile(rf"{_B}(?P<x>{_alternation(_REL_DAYS)}){_E}", _REL_DAYS)
_RE_REL_DAY_AR = _compile(
    rf"{_B}[وف]?ب?(?P<x>(?P<ams>(?:ال)?أمس(?:\s+(?P<first>الأول))?)"
    rf"|(?P<today>{_AP}اليوم)|(?P<tom>غد[\u064b\u064e]?ا[\u064b\u064e]?|بعد\s+غد)){_E}", _AP_CHARS, "اغ"
)
_RE_REL_PERIOD = _compile(rf"{_B}{_AP}(?P<x>{_alternation(_REL_PERIODS)}){_E}", _AP_CHARS, _REL_PERIODS)

# Words that make a month a deadline, alone or before "the end of" (a deadline lies ahead).
_DEADLINE_CUES = frozenset(_key(w) for w in (
    "by", "until", "till", "до", "к", "بحلول", "حتى", "قبل",
))
_AR_PREV_NOT_WEEKDAY = frozenset(_key(w) for w in ("بين", "كلا", "لكلا", "هذين", "الطرفين"))
_AR_NOT_TODAY_BEFORE = frozenset(_key(w) for w in ("ذلك", "نفس", "طوال", "طيلة"))
_AR_NOT_YESTERDAY_AFTER = frozenset(_key(w) for w in ("الحاجة", "حاجة"))  # "أمس الحاجة": direst need
_AR_TOMORROW_BEFORE = frozenset(_key(w) for w in ("صباح", "مساء", "ظهر", "يوم", "حتى"))
_WORD_RE = re.compile(r"[\w']+")
_TASHKEEL = "\u064b-\u0652"  # Arabic short vowels and tanween, written now and then ("ستُعقد")
_TENSE_WORD_RE = re.compile(rf"[\w'][\w'{_TASHKEEL}]*")
_TASHKEEL_RE = re.compile(f"[{_TASHKEEL}]")


def _plain(word: str) -> str:
    """A word without its Arabic short vowels."""
    return _TASHKEEL_RE.sub("", word)

_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w']*)")
# Words that may follow a bare year ("in 2014 and 2015", "у 2014 та 2015", "с 2014 по 2016").
_AFTER_YEAR = frozenset((
    "and", "or", "to", "the", "a", "an", "when", "after", "before", "but", "as", "until", "with",
    "it", "he", "she", "they", "we", "there", "this", "that", "was", "were", "is", "through", "by",
    "alone", "onwards", "on", "already", "only", "will", "would", "had", "has", "have", "saw",
    "i", "й", "та", "і", "або", "але", "а", "до",
    "по", "коли", "після", "вже", "ще", "и", "или", "но", "когда", "после", "уже", "еще",
))


# --------------------------------------------------------------------------------------------
# Candidates and resolution


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    rank: int  # rule order, breaks ties between equally long candidates
    kind: str  # "date" | "weekday" | "rel_day" | "rel" | "rel_part"
    precision: DatePrecision
    year: int | None = None
    month: int | None = None
    day: int | None = None
    last_day: int | None = None  # the end of a range of days ("23-25 March")
    offset: int = 0  # weekday index, or offset in days / the period's unit
    unit: str = ""
    direction: int | None = None  # -1 past, 0 this, +1 next; None: decide from context
    confidence: float = 1.0
    weekday: int | None = None  # the weekday written with a day and month ("Wednesday, July 23")
    deadline: bool = False  # a month after "by", "until", "до", "к", "حتى" ("by the end of August")


@dataclass
class _Ctx:
    text: str
    lang: str
    norm: str
    langs: frozenset[str]
    sentences: list[Sentence]
    starts: list[int]  # sentence starts, sorted
    lines: list[int]  # line starts: the context of text outside every sentence
    future: dict[int, bool]
    unnamed: str = ""  # `norm` with the names blanked: a name is no future cue ("سيبيها" is Sybiha)

    def sentence_of(self, pos: int) -> tuple[int, int, int]:
        """Index of the sentence containing pos, and the bounds used as its context."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            s = self.sentences[i]
            return s.index, s.start, s.end
        index = self.sentences[max(i, 0)].index if self.sentences else 0
        j = bisect.bisect_right(self.lines, pos) - 1
        hi = self.lines[j + 1] - 1 if j + 1 < len(self.lines) else len(self.text)
        return index, self.lines[j], hi

    def has_future_cue(self, pos: int) -> bool:
        """Whether the sentence around pos speaks of the future: a future cue, or (Ukrainian and
        Russian) a verb in the future tense ("зустрінуться", "встретятся")."""
        _, lo, hi = self.sentence_of(pos)
        if lo not in self.future:
            text = self.unnamed or self.norm
            self.future[lo] = _FUTURE_RE.search(text, lo, hi) is not None or any(
                _verb_tense(self.lang, m.group()) > 0 for m in _TENSE_WORD_RE.finditer(text, lo, hi))
        return self.future[lo]

    def direction(self, start: int, end: int) -> int:
        """+1 when the expression points to the future, -1 (the default in news) otherwise.

        The tense marker nearest the expression in its own clause decides: a past verb or a future
        cue up to `_CLAUSE_WORDS` words back, never across "that"/"що"/"что"/"أن" or "although"
        ("said on Monday that talks will resume" stays in the past; "said he will travel on
        Thursday" is the coming Thursday), else one of the 3 words after it; "possible" counts a
        few words back ("a possible meeting on Wednesday"). With no marker, a future cue anywhere
        in the sentence decides for the future.
        """
        _, lo, hi = self.sentence_of(start)
        text = self.unnamed or self.norm
        maybe = [(m.start(), m.end()) for m in _MAYBE_RE.finditer(text, max(lo, start - 80), start)]
        if not self.has_future_cue(start) and not maybe:
            return -1  # the default; past verbs only matter against a future cue
        future = [(m.start(), m.end()) for m in _FUTURE_RE.finditer(text, lo, hi)]
        before = list(_TENSE_WORD_RE.finditer(self.norm, max(lo, start - 12 * _CLAUSE_WORDS), start))
        before = before[-_CLAUSE_WORDS:]
        # a date that opens its sentence ("On Wednesday, Moscow and Kyiv said …") takes the tense of
        # the clause it opens, however many names stand before its verb
        opening = len(self.norm[lo:start].split()) <= 1
        after = list(_TENSE_WORD_RE.finditer(self.norm, end, min(hi, end + (12 * _CLAUSE_WORDS if opening else 60))))
        after = after[:_CLAUSE_WORDS if opening else 3]
        for words, backwards in ((before[::-1], True), (after, False)):
            for i, m in enumerate(words):
                word = _plain(m.group())
                if word in _COMPLEMENTIZERS or word in _CLAUSE_BREAKS:
                    break
                if any(s <= m.start() < e for s, e in future) or (backwards and i < _MAYBE_WORDS and any(
                        s <= m.start() < e for s, e in maybe)):
                    return 1
                tense = _verb_tense(self.lang, word)
                if tense:
                    return tense
                if word in _PAST_VERBS or (word[:1] in "وف" and word[1:] in _PAST_VERBS):
                    # "will be held", "has been signed": no past of its own
                    aux = _plain(words[i + 1].group()) if backwards and i + 1 < len(words) else ""
                    aux = _plain(words[i - 1].group()) if not backwards and i > 0 else aux
                    if not (word.isascii() and aux in _PASSIVE_AUX):
                        return -1
        return 1 if self.has_future_cue(start) else -1


def _verb_tense(lang: str, word: str) -> int:
    """-1 for a Ukrainian or Russian verb in the past tense, +1 in the future tense, else 0."""
    if lang not in MORPH_LANGS or not _CYRILLIC_WORD.fullmatch(word):
        return 0
    lemma, grammemes = parse(lang, word)
    if "VERB" not in grammemes or ({"1per", "plur"} <= grammemes and lemma in _ASIDE_VERBS):
        return 0  # "Напомним, 3 декабря …": the writer's aside to the reader, no future
    return -1 if "past" in grammemes else 1 if "futr" in grammemes else 0


# Verbs a writer turns to the reader with ("напомним", "нагадаємо", "отметим"): no tense of the facts.
_ASIDE_VERBS = frozenset("напомнить отметить подчеркнуть уточнить добавить заметить пояснить "
                         "нагадати зазначити підкреслити уточнити додати зауважити пояснити".split())


_CYRILLIC_WORD = re.compile(r"[а-яіїєґ']{3,}")


def _active_langs(lang: str) -> frozenset[str]:
    """Languages whose month words apply: en, uk, ru, ar always; de, fr, tr for their own texts."""
    if lang in _LATIN or lang in _ALWAYS:
        return _ALWAYS | {lang}
    return _ALWAYS | _LATIN


def _month_of(ctx: _Ctx, m: re.Match[str], group: str = "m") -> int | None:
    """The month number of a matched month word, when its language applies here."""
    month, langs = _MONTH_LOOKUP[_key(m.group(group))]
    if not langs & ctx.langs:
        return None
    if langs <= {"en", "de"} and not ctx.text[m.start(group)].isupper():
        return None  # English and German write months capitalised; "may" is a verb
    return month


def _year(m: re.Match[str]) -> int | None:
    for name in ("y", "y2"):
        if name in m.re.groupindex and m.group(name) is not None:
            return int(m.group(name))
    return None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    try:
        dt.date(year or 2000, month, day or 1)
    except ValueError:
        return False
    return True


def _scan(ctx: _Ctx) -> list[_Cand]:
    """Every candidate date expression, overlapping ones included."""
    out: list[_Cand] = []
    norm = ctx.norm

    for m in _RE_ISO.finditer(norm):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid(y, mo, d):
            out.append(_Cand(*m.span("x"), 0, "date", "day", y, mo, d))

    for m in _RE_NUMERIC.finditer(norm):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        day, mo = a, b  # day first ...
        conf = 1.0
        if m["s"] != "." and ctx.lang == "en" and a <= 12:
            day, mo = b, a  # ... except in English, month first unless the first number is > 12
            if b <= 12 and a != b:
                conf = 0.8
        elif mo > 12 and day <= 12:
            day, mo = mo, day
        if _valid(y, mo, day):
            out.append(_Cand(*m.span("x"), 1, "date", "day", y, mo, day, confidence=conf))

    for rank, regex in ((2, _RE_DMY), (3, _RE_MDY)):
        for m in regex.finditer(norm):
            month = _month_of(ctx, m)
            if month is None or (m.groupdict().get("dot") and "de" not in _MONTH_LOOKUP[_key(m["m"])][1]):
                continue  # "12. Mai" is German; elsewhere "... by 12. May ..." ends a sentence
            day, year = int(m["d"]), _year(m)
            last_day = int(m["d2"]) if m["d2"] and int(m["d2"]) > day else None
            weekday = _WEEKDAY_LOOKUP[_key(m["wd"])] if m["wd"] else None
            if _valid(year, month, day):
                out.append(_Cand(*m.span("x"), rank, "date", "day", year, month, day, last_day, weekday=weekday))

    for m in _RE_MY.finditer(norm):
        month = _month_of(ctx, m)
        if month is not None:
            out.append(_Cand(*m.span("x"), 4, "date", "month", _year(m), month))

    for regex in (_RE_MONTH_CUE, _RE_MONTH_SHAHR):
        for m in regex.finditer(norm):
            month = _month_of(ctx, m)
            start, end = m.span("x")
            if month is not None and norm[end:end + 2] != "'s":  # "in May's cabinet": a person
                deadline = regex is _RE_MONTH_CUE and _is_deadline(ctx, m)
                out.append(_Cand(start, end, 5, "date", "month", None, month, deadline=deadline))

    for m in _RE_MONTH_MOD.finditer(norm):
        month = _month_of(ctx, m)
        if month is not None:
            out.append(_Cand(*m.span("x"), 5, "date", "month", None, month, direction=_MONTH_MODS[m["mod"]]))

    for m in _RE_PART.finditer(norm):
        start, end = m.span("x")
        if m["rel"] is not None:
            _, offset = _REL_PERIODS[_key(m["rel"])]
            out.append(_Cand(start, end, 6, "rel_part", "part-of-month", offset=offset, unit="month",
                             direction=0, confidence=0.7))
            continue
        month = _month_of(ctx, m)
        if month is not None:
            year = _year(m)
            out.append(_Cand(start, end, 6, "date", "part-of-month", year, month,
                             confidence=1.0 if year else 0.7, deadline=_is_deadline(ctx, m)))

    for regex in (_RE_YEAR_CUE, _RE_YEAR_AM, _RE_YEAR_TAIL):
        for m in regex.finditer(norm):
            if regex is not _RE_YEAR_CUE or not _counts_something(ctx, m.end("x")):
                out.append(_Cand(*m.span("x"), 7, "date", "year", _year(m)))

    for rank, regex in ((9, _RE_WD_EN), (10, _RE_WD_CYR), (11, _RE_WD_AR)):
        for m in regex.finditer(norm):
            cand = _weekday(ctx, m, rank)
            if cand is not None:
                out.append(cand)

    for m in _RE_REL_DAY.finditer(norm):
        offset, conf = _REL_DAYS[_key(m["x"])]
        out.append(_Cand(*m.span("x"), 12, "rel_day", "day", offset=offset, confidence=conf))

    for m in _RE_REL_DAY_AR.finditer(norm):
        cand = _arabic_rel_day(ctx, m)
        if cand is not None:
            out.append(cand)

    for m in _RE_REL_PERIOD.finditer(norm):
        unit, offset = _REL_PERIODS[_key(m["x"])]
        out.append(_Cand(*m.span("x"), 14, "rel", unit, offset=offset, unit=unit, direction=0,
                         confidence=0.7))
    return out


def _is_deadline(ctx: _Ctx, m: re.Match[str]) -> bool:
    """Whether a month is a deadline: "by August", "by the end of August", "до конца августа",
    "к середине мая", "حتى نهاية أغسطس"."""
    cue = _key(m["cue"])
    if cue.split()[0] in _DEADLINE_CUES:
        return True
    prev = _WORD_RE.findall(ctx.norm[max(0, m.start("cue") - 20):m.start("cue")])[-1:]
    return bool(prev) and _plain(prev[0]) in _DEADLINE_CUES


def _counts_something(ctx: _Ctx, end: int) -> bool:
    """Whether a number after a cue is a quantity: "in 2000 cases", "до 2000 військових".

    A year after "in"/"у"/"до" is followed by punctuation, a capitalised word or a function word;
    a lower-case noun means a count. Arabic has no case to tell, so Arabic words never count.
    """
    m = _NEXT_WORD_RE.match(ctx.norm, end)
    if m is None:
        return False
    word = m.group(1)
    if not ("a" <= word[0] <= "z" or "а" <= word[0] <= "я" or word[0] in "іїєґ"):
        return False
    return not ctx.text[m.start(1)].isupper() and word not in _AFTER_YEAR


def _weekday(ctx: _Ctx, m: re.Match[str], rank: int) -> _Cand | None:
    """A weekday candidate, unless the word is used in another sense here."""
    wd = _key(m["wd"])
    index = _WEEKDAY_LOOKUP[wd]
    mod = m["mod"]
    prep = m.groupdict().get("prep")
    if wd == "среду" and not (prep or mod):
        return None  # "окружающую среду": the environment
    if rank == 11 and index == 0 and not m["x"].startswith("يوم"):
        prev = _WORD_RE.findall(ctx.norm[max(0, m.start() - 20):m.start()])[-1:]
        if prev and prev[0] in _AR_PREV_NOT_WEEKDAY:
            return None  # "بين الاثنين": between the two
    direction = _WD_MODS[_key(mod)] if mod else None
    if direction is None and _FOLLOWING_A.search(ctx.norm[max(0, m.start() - 20):m.start()]):
        direction = -1  # "following a Monday phone call": one the sentence dates itself by, before
    return _Cand(*m.span("x"), rank, "weekday", "day", offset=index, direction=direction,
                 confidence=0.8)


def _arabic_rel_day(ctx: _Ctx, m: re.Match[str]) -> _Cand | None:
    """Arabic yesterday / today / tomorrow, with the guards their other senses need."""
    norm = ctx.norm
    start, end = m.span("x")
    prev = _WORD_RE.findall(norm[max(0, start - 20):start])[-1:]
    nxt = _WORD_RE.findall(norm[end:end + 20])[:1]
    if m["ams"] is not None:
        if nxt and nxt[0] in _AR_NOT_YESTERDAY_AFTER:
            return None
        return _Cand(start, end, 13, "rel_day", "day", offset=-2 if m["first"] else -1, confidence=0.8)
    if m["today"] is not None:
        start = m.end("x") - len("اليوم")
        if prev and prev[0] in _AR_NOT_TODAY_BEFORE:
            return None  # "ذلك اليوم": that day
        if nxt and nxt[0].startswith("ال") and nxt[0] not in _WEEKDAYS["ar"]:
            return None  # "اليوم التالي": the next day
        return _Cand(start, end, 13, "rel_day", "day", offset=0, confidence=0.7)
    text = m["tom"]
    if text.startswith("بعد"):
        return _Cand(start, end, 13, "rel_day", "day", offset=2, confidence=0.8)
    tanween = "\u064b" in text
    at_clause_end = not nxt or not re.match(r"\s*\w", norm[end:end + 3])
    if tanween or at_clause_end or (prev and prev[0] in _AR_TOMORROW_BEFORE):
        return _Cand(start, end, 13, "rel_day", "day", offset=1, confidence=0.8)
    return None  # "غدا" is also the verb "became"


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + k
    return total // 12, total % 12 + 1


SOON_DAYS = 45  # a yearless date this close after publication is the coming one ("by February 5")


def _year_for(pub: dt.date, month: int, day: int | None, direction: int) -> int:
    """The year of the nearest such day or month on or before pub (after it when direction > 0).

    With no cue either way, a day a few weeks after publication is the coming one: news announces
    deadlines and meetings ahead; a day further on is last year's."""
    here = (month, day or 0)
    now = (pub.month, pub.day if day else 0)
    if direction > 0:
        return pub.year if here >= now else pub.year + 1
    # "January 9" in an article of December 30, with no past verb: next year's.
    for year in (pub.year, pub.year + 1) if direction == 0 else (pub.year,):
        if day and _valid(year, month, day) and 0 < (dt.date(year, month, day) - pub).days <= SOON_DAYS:
            return year
    return pub.year if here <= now else pub.year - 1


def _year_of_weekday(pub: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year in which a day written with its weekday ("Wednesday, July 23") falls on that weekday,
    of the years around the publication date; the nearest to it when two do."""
    years = [y for y in (pub.year - 1, pub.year, pub.year + 1)
             if _valid(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    return min(years, key=lambda y: abs((dt.date(y, month, day) - pub).days)) if years else None


def _nearest_year(pub: dt.date, month: int, day: int) -> int:
    """The year that puts a day and month nearest the publication date."""
    years = [y for y in (pub.year - 1, pub.year, pub.year + 1) if _valid(y, month, day)]
    return min(years, key=lambda y: abs((dt.date(y, month, day) - pub).days)) if years else pub.year


def _iso(precision: str, year: int, month: int | None = None, day: int | None = None) -> str:
    if precision in ("day", "week"):
        return f"{year:04d}-{month:02d}-{day:02d}"
    if precision in ("month", "part-of-month"):
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _resolve(ctx: _Ctx, c: _Cand, pub: dt.date | None, years: tuple[list[int], list[int]]) -> DateFact | None:
    """Turn a candidate into a fact, or None when it cannot be resolved without guessing."""
    sentence, _, _ = ctx.sentence_of(c.start)
    surface = ctx.text[c.start:c.end]
    until = None
    relative = False
    conf = c.confidence
    if c.kind == "date":
        year = c.year
        if year is None and pub is not None and c.weekday is not None and c.month and c.day:
            # the weekday says the year: the one where that day falls on it, else the nearest
            year = _year_of_weekday(pub, c.month, c.day, c.weekday) or _nearest_year(pub, c.month, c.day)
            relative = True
            conf = min(conf, 0.9)
        elif year is None and pub is not None:
            direction = c.direction if c.direction is not None else ctx.direction(c.start, c.end)
            if c.deadline and c.month == pub.month % 12 + 1:
                direction = 1  # "insisted on a meeting by the end of August" (in July): the coming one
            year = _year_for(pub, c.month or 1, c.day, direction)
            relative = True
            conf = min(conf, 0.9)
        elif year is None and years[0]:
            positions, values = years  # the last year written before it, else the first after it
            i = bisect.bisect_left(positions, c.start)
            year = values[i - 1] if i > 0 else values[i]
            conf = min(conf, 0.8) if c.precision != "part-of-month" else 0.6
        if year is None or (c.month is not None and not _valid(year, c.month, c.day)):
            return None
        value = _iso(c.precision, year, c.month, c.day)
        if c.last_day is not None and c.month is not None and _valid(year, c.month, c.last_day):
            until = _iso("day", year, c.month, c.last_day)
    else:
        if pub is None:
            return None  # relative expressions need the publication date: we never guess
        relative = True
        if c.kind == "weekday":
            direction = c.direction if c.direction is not None else ctx.direction(c.start, c.end)
            if direction > 0 and c.direction is None:  # "will meet on Thursday": today or the coming one
                day = pub + dt.timedelta(days=(c.offset - pub.weekday()) % 7)
            elif direction > 0:  # "next Thursday": after today
                day = pub + dt.timedelta(days=(c.offset - pub.weekday() - 1) % 7 + 1)
            elif direction == LAST_WEEK:
                day = pub - dt.timedelta(days=pub.weekday() + 7 - c.offset)
            elif direction < 0:
                day = pub - dt.timedelta(days=(pub.weekday() - c.offset) % 7)
            else:  # "this Monday": the one in the publication week
                day = pub + dt.timedelta(days=c.offset - pub.weekday())
            value = day.isoformat()
        elif c.kind == "rel_day":
            value = (pub + dt.timedelta(days=c.offset)).isoformat()
        elif c.unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=c.offset)
            value = monday.isoformat()
        elif c.unit == "month":
            year, month = _add_months(pub.year, pub.month, c.offset)
            value = _iso("month", year, month)
        else:
            value = _iso("year", pub.year + c.offset)
    return DateFact(sentence=sentence, start=c.start, end=c.end, text=surface, value=value, until=until,
                    precision=c.precision, relative=relative, confidence=conf)


def _context(text: str, sentences: Sequence[Sentence], lang: str,
             names: Sequence[tuple[int, int]] = ()) -> _Ctx:
    ordered = sorted(sentences, key=lambda s: (s.start, s.end))
    code = (lang or "").lower()[:2]
    lines = [0, *(m.end() for m in re.finditer("\n", text))]
    norm = _fold(text)
    unnamed = norm
    if names and len(norm) == len(text):
        chars = list(norm)
        for start, end in names:
            chars[start:end] = " " * (end - start)
        unnamed = "".join(chars)
    return _Ctx(text, code, norm, _active_langs(code), ordered, [s.start for s in ordered], lines, {}, unnamed)


def _find(text: str, sentences: Sequence[Sentence], lang: str, published: dt.date | None,
          names: Sequence[tuple[int, int]] = ()) -> tuple[_Ctx, list[tuple[_Cand, DateFact]]]:
    """Resolved, non-overlapping candidates: the longest resolvable one wins, then the earliest."""
    ctx = _context(text, sentences, lang, names)
    cands = [c for c in _scan(ctx) if c.end > c.start]
    explicit = sorted({(c.start, c.year) for c in cands if c.kind == "date" and c.year})
    years = ([p for p, _ in explicit], [y for _, y in explicit])
    taken = bytearray(len(text) + 1)
    chosen: list[tuple[_Cand, DateFact]] = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, c.start, c.rank)):
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        fact = _resolve(ctx, cand, published, years)
        if fact is None:
            continue  # a shorter expression inside it may still resolve
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append((cand, fact))
    chosen.sort(key=lambda cf: (cf[0].start, cf[0].end))
    return ctx, chosen


def is_month_name(word: str) -> bool:
    """Whether a word is the name of a month in a language the dates are read in ("شباط", "May")."""
    return _key(word) in _MONTH_LOOKUP


def is_weekday_name(word: str) -> bool:
    """Whether a word is the name of a weekday in a language the dates are read in ("п'ятницю")."""
    return _key(word) in _WEEKDAY_LOOKUP


def find_dates(text: str, sentences: Sequence[Sentence], lang: str, published: dt.date | None,
               names: Sequence[tuple[int, int]] = ()) -> list[DateFact]:
    """Date expressions in the text, normalised, sorted by start, without overlaps. `names`: the
    spans of the names in it, which are never a cue of the future."""
    return [fact for _, fact in _find(text, sentences, lang, published, names)[1]]


def infer_publication_date(text: str, sentences: Sequence[Sentence], lang: str) -> dt.date | None:
    """A publication date read from the text: a full date in the first two sentences, else the latest one.

    Only explicit full dates count (day, month and a written year), and only in sentences without
    future cues (a scheduled meeting is not a dateline). Returns None when there is none.
    """
    ctx, found = _find(text, sentences, lang, None)
    dates: list[tuple[int, dt.date]] = []
    for cand, fact in found:
        if cand.kind != "date" or cand.precision != "day" or cand.year is None:
            continue
        if ctx.has_future_cue(cand.start):
            continue
        dates.append((cand.start, dt.date.fromisoformat(fact.value)))
    if not dates:
        return None
    # The lead: the first two sentences, or the first two lines when there are no sentences.
    bounds = [s.end for s in ctx.sentences] or [pos - 1 for pos in ctx.lines[1:]] or [len(text)]
    lead_end = bounds[min(1, len(bounds) - 1)]
    lead = [d for start, d in dates if start < lead_end]
    return lead[0] if lead else max(d for _, d in dates)

