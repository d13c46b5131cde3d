"""Numbers that are facts of the article, with what they count, their unit and their scale.

A number is digits ("44", "1,500", "3.8") or words ("five", "три", "ثلاثة"), with an
approximation before it ("about", "більше ніж", "أكثر من"), a scale after it ("bn", "мільярдів",
"مليون"), a currency ($, €, "доларів", "دولار") or a percent sign, and the noun it counts
("prisoners", "полонених", "أسرى"). "$44bn" is 44,000,000,000 US dollars. What it counts is said
in English where the word is a common measure (people, prisoners, days, kilometres, ...), else as
the article writes it; a share after a rate or an index is that rate ("ключевую ставку на уровне
7,5%" is the key rate, "سعر الفائدة عند 7.5%" the interest rate), not a share. Years that are dates,
numbers inside dates, list markers, weekdays ("п'ятниця") and ordinals are left out, except an
ordinal of time ("1401-го дня війни", "35th anniversary"): "12-ї бригади", "the 3rd round" rank
something and count nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from generator.analyse.lexicon import EN_DEMONYMS
from generator.analyse.text import COMBINING_MARKS
from generator.extract.dates import is_month_name, is_weekday_name
from generator.morph import MORPH_LANGS, lemma, parse, part_of_speech
from generator.normalize import normalize_arabic, script_of
from generator.records import AnalysedDoc, Sentence, Token
from generator.schema import DateFact, NumberFact

_DIGITS = r"\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+(?:[.,٫]\d+)?|\d+(?:[.,٫]\d+)?"
# Written-out numbers; Cyrillic ones by their stem, so every case form matches ("двох", "трьох").
_WORD_VALUES: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "dozens": 10, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 1e6,
    "half": 0.5, "twenty-four": 24, "сто": 100, "ста": 100,
}
_CYR_STEMS: tuple[tuple[str, float], ...] = (
    ("одна", 1), ("один", 1), ("дв", 2), ("дві", 2), ("тр", 3), ("чотир", 4), ("четыр", 4), ("п'ят", 5),
    ("п’ят", 5), ("пят", 5), ("шіст", 6), ("шест", 6), ("шестеро", 6), ("сім", 7), ("сем", 7), ("вісім", 8),
    ("восем", 8), ("дев'ят", 9), ("дев’ят", 9), ("девят", 9), ("десят", 10), ("десяток", 10), ("двадцят", 20),
    ("тридцят", 30), ("сотн", 100), ("сотен", 100), ("сотень", 100), ("тисяч", 1000),
    ("тысяч", 1000), ("двоє", 2), ("троє", 3), ("четверо", 4), ("п'ятеро", 5), ("пятеро", 5),
    ("півтор", 1.5), ("полтор", 1.5), ("полутор", 1.5),
)
_AR_WORDS: dict[str, float] = {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10,
    "عشره": 10, "عشرات": 10, "عشرين": 20, "عشرون": 20, "مئه": 100, "مائه": 100, "مئات": 100, "الف": 1000,
    "الاف": 1000, "الالاف": 1000,
}
_SCALES: tuple[tuple[str, float], ...] = (
    ("trillion", 1e12), ("trn", 1e12), ("tn", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6),
    ("mln", 1e6), ("m", 1e6), ("thousand", 1e3), ("k", 1e3), ("dozen", 12.0),
    ("трильйон", 1e12), ("триллион", 1e12), ("трлн", 1e12), ("мільярд", 1e9), ("миллиард", 1e9), ("млрд", 1e9),
    ("мільйон", 1e6), ("миллион", 1e6), ("млн", 1e6), ("тисяч", 1e3), ("тысяч", 1e3), ("тис", 1e3), ("тыс", 1e3),
    ("تريليون", 1e12), ("مليار", 1e9), ("مليارات", 1e9), ("مليون", 1e6), ("ملايين", 1e6), ("الف", 1e3),
    ("الاف", 1e3),
)
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB"}
_CURRENCY_WORDS: tuple[tuple[str, str], ...] = (
    ("dollar", "USD"), ("долар", "USD"), ("доллар", "USD"), ("دولار", "USD"), ("euro", "EUR"), ("євро", "EUR"),
    ("евро", "EUR"), ("يورو", "EUR"), ("hryvni", "UAH"), ("hryvnia", "UAH"), ("грив", "UAH"), ("rouble", "RUB"),
    ("ruble", "RUB"), ("рубл", "RUB"), ("روبل", "RUB"), ("pound", "GBP"), ("фунт", "GBP"),
    ("استرليني", "GBP"),
)
_CURRENCIES = frozenset({*_CURRENCY_SIGNS.values(), *(code for _, code in _CURRENCY_WORDS)})
_CURRENCY_BEFORE = re.compile(r"(?:(?P<sign>[$€£₴₽])|\b(?P<code>USD|EUR|GBP|UAH|RUB))[ \u00a0]?$")
# "three and a half", "два з половиною", "два с половиной", "ثلاثة ونصف"
_AND_A_HALF = re.compile(r"[ \u00a0]+(?:and a half|з половиною|с половиной|و ?نصف)\b", re.IGNORECASE)
# The half after what is counted: "ثلاثة أعوام ونصف", "три года с половиной", "two years and a half"
_HALF_AFTER = re.compile(r"[ \u00a0]+(?:and a half|з половиною|с половиной|و ?نصف)(?!\w)", re.IGNORECASE)
_PERCENT_WORDS = ("%", "٪", "percent", "per cent", "відсот", "процент", "بالمئة", "بالمائة", "في المئة", "في المائة")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # (a hyphen, and the hyphens that do not break a line)
_APPROX = (
    "more than", "less than", "fewer than", "меньше", "менее", "менше ніж", "менш ніж", "менше",
    "about", "around", "almost", "nearly", "over", "up to", "at least",
    "some", "roughly", "approximately", "більше ніж", "більш ніж", "понад", "близько", "майже", "щонайменше",
    "більше", "более чем", "более", "около", "почти", "свыше", "не менее", "порядка", "أكثر من",
    "اكثر من", "نحو", "حوالي", "قرابه", "اقل من", "ما يزيد على",
)
# What is counted: a lemma (or word start) and its English name.
_MEASURES: tuple[tuple[str, str], ...] = (
    ("prisoner", "prisoners"), ("військовополонен", "prisoners"), ("военнопленн", "prisoners"),
    ("полонен", "prisoners"), ("пленн", "prisoners"), ("пленник", "prisoners"),
    ("اسير", "prisoners"), ("اسرى", "prisoners"), ("سجين", "prisoners"), ("سجناء", "prisoners"),
    ("soldier", "soldiers"), ("troop", "troops"), ("військов", "soldiers"), ("солдат", "soldiers"),
    ("военн", "soldiers"), ("جندي", "soldiers"), ("جنود", "soldiers"), ("воїн", "soldiers"), ("воин", "soldiers"),
    ("захисник", "soldiers"), ("защитник", "soldiers"), ("бійц", "soldiers"), ("боєц", "soldiers"),
    ("бойц", "soldiers"), ("боец", "soldiers"), ("військовослужбов", "soldiers"), ("военнослужащ", "soldiers"),
    ("civilian", "civilians"), ("цивільн", "civilians"), ("мирн", "civilians"), ("مدني", "civilians"),
    ("child", "children"), ("дитин", "children"), ("діт", "children"), ("ребён", "children"), ("ребен", "children"),
    ("дет", "children"), ("طفل", "children"), ("اطفال", "children"),
    ("people", "people"), ("person", "people"), ("людин", "people"), ("люд", "people"), ("осіб", "people"),
    ("особ", "people"), ("человек", "people"), ("شخص", "people"), ("اشخاص", "people"), ("مواطن", "citizens"),
    ("citizen", "citizens"), ("громадян", "citizens"), ("граждан", "citizens"),
    ("day", "days"), ("дн", "days"), ("день", "days"), ("доб", "days"), ("сутк", "days"), ("суток", "days"),
    ("يوم", "days"), ("ايام", "days"),
    ("week", "weeks"), ("тиж", "weeks"), ("недел", "weeks"), ("اسبوع", "weeks"), ("اسابيع", "weeks"),
    ("month", "months"), ("місяц", "months"), ("месяц", "months"), ("شهر", "months"), ("اشهر", "months"),
    ("year", "years"), ("рок", "years"), ("літ", "years"), ("год", "years"), ("лет", "years"), ("سنه", "years"),
    ("سنوات", "years"), ("عام", "years"), ("اعوام", "years"), ("hour", "hours"), ("годин", "hours"),
    ("час", "hours"), ("ساعه", "hours"), ("ساعات", "hours"), ("minute", "minutes"), ("хвилин", "minutes"),
    ("минут", "minutes"), ("دقيقه", "minutes"), ("دقائق", "minutes"),
    ("kilomet", "kilometres"), ("km", "kilometres"), ("кілометр", "kilometres"), ("километр", "kilometres"),
    ("км", "kilometres"), ("كيلومتر", "kilometres"), ("ton", "tonnes"), ("тонн", "tonnes"), ("طن", "tonnes"),
    ("point", "points"), ("пункт", "points"), ("بند", "points"), ("بنود", "points"), ("نقاط", "points"),
    ("meeting", "meetings"), ("зустріч", "meetings"), ("встреч", "meetings"), ("اجتماع", "meetings"),
    ("call", "calls"), ("розмов", "calls"), ("разговор", "calls"), ("drone", "drones"), ("дрон", "drones"),
    ("безпілот", "drones"), ("беспилот", "drones"), ("مسيره", "drones"), ("missile", "missiles"),
    ("ракет", "missiles"), ("صاروخ", "missiles"), ("صواريخ", "missiles"), ("job", "jobs"), ("робоч", "jobs"),
    ("вакан", "jobs"), ("country", "countries"), ("countries", "countries"), ("країн", "countries"),
    ("стран", "countries"), ("دول", "countries"), ("دوله", "countries"), ("round", "rounds"), ("раунд", "rounds"),
    ("جوله", "rounds"), ("body", "bodies"), ("тіло", "bodies"), ("тело", "bodies"), ("جثه", "bodies"),
    ("جثث", "bodies"), ("جثمان", "bodies"), ("جثامين", "bodies"),
    # (a part is no hour: "двох частин" starts as "час" does)
    ("частин", "parts"), ("часть", "parts"), ("части", "parts"),
    ("warhead", "warheads"), ("боезаряд", "warheads"), ("боєзаряд", "warheads"), ("боеголов", "warheads"),
    ("боєголов", "warheads"), ("رووس", "warheads"), ("راسا", "warheads"),
    ("شهيد", "killed"), ("شهداء", "killed"), ("شهدا", "killed"), ("مصاب", "injured"), ("اصابه", "injured"),
    ("border guard", "border guards"), ("прикордонник", "border guards"), ("пограничник", "border guards"),
    ("нацгвард", "National Guard members"), ("sailor", "sailors"), ("моряк", "sailors"),
    ("killed", "killed"), ("загибл", "killed"), ("погибш", "killed"), ("قتيل", "killed"),
    ("قتلى", "killed"), ("wounded", "wounded"), ("поранен", "wounded"), ("ранен", "wounded"), ("جريح", "wounded"),
    ("جرحى", "wounded"), ("injur", "injured"), ("травмован", "injured"), ("травмирован", "injured"),
    ("dead", "killed"), ("detain", "detained"), ("затриман", "detained"), ("задержан", "detained"),
    ("اعتقال", "detained"), ("معتقل", "detained"), ("medal", "medals"), ("медал", "medals"), ("ميدالي", "medals"),
    ("participant", "participants"), ("учасник", "participants"), ("участник", "participants"),
    ("مشارك", "participants"), ("member", "members"), ("член", "members"), ("عضو", "members"),
    ("اعضاء", "members"), ("refugee", "refugees"), ("біженц", "refugees"), ("беженц", "refugees"),
    ("لاجي", "refugees"), ("hostage", "hostages"), ("заручник", "hostages"), ("заложник", "hostages"),
    ("رهين", "hostages"), ("رهائن", "hostages"), ("رهاين", "hostages"), ("famil", "families"),
    ("сім'", "families"), ("сім’", "families"), ("семь", "families"), ("семей", "families"),
    ("عائله", "families"), ("عائلات", "families"), ("tank", "tanks"), ("танк", "tanks"), ("دبابه", "tanks"),
    ("دبابات", "tanks"), ("aircraft", "aircraft"), ("літак", "aircraft"), ("самолет", "aircraft"),
    ("самолёт", "aircraft"), ("طائره", "aircraft"), ("طائرات", "aircraft"), ("delegation", "delegations"),
    ("делегац", "delegations"), ("وفد", "delegations"), ("وفود", "delegations"),
    # people named by their country ("697 українців"), and what a war's figures count
    ("українц", "Ukrainians"), ("украинц", "Ukrainians"), ("росіян", "Russians"), ("россиян", "Russians"),
    ("американц", "Americans"), ("violation", "violations"), ("порушен", "violations"),
    ("нарушени", "violations"), ("انتهاك", "violations"), ("attack", "attacks"), ("атак", "attacks"),
    ("هجوم", "attacks"), ("هجمات", "attacks"), ("strike", "strikes"), ("удар", "strikes"), ("غاره", "strikes"),
    ("غارات", "strikes"), ("shelling", "shellings"), ("обстріл", "shellings"), ("обстрел", "shellings"),
    ("артобстріл", "shellings"), ("артобстрел", "shellings"), ("attempt", "attempts"), ("спроб", "attempts"),
    ("попыт", "attempts"), ("محاول", "attempts"), ("victim", "victims"), ("жертв", "victims"),
    ("ضحيه", "victims"), ("ضحايا", "victims"), ("facilit", "facilities"), ("об'єкт", "facilities"),
    ("об’єкт", "facilities"), ("объект", "facilities"), ("منشا", "facilities"),
    ("vote", "votes"), ("ballot", "ballots"), ("голос", "votes"), ("صوت", "votes"), ("اصوات", "votes"),
    ("voter", "voters"), ("виборц", "voters"), ("избирател", "voters"), ("ناخب", "voters"),
    ("anniversar", "anniversary"), ("річч", "anniversary"), ("ліття", "anniversary"),
    ("летие", "anniversary"), ("летия", "anniversary"), ("ذكرى", "anniversary"),
    # what sanctions, strikes on the grid and budgets count
    ("bank", "banks"), ("банк", "banks"), ("بنك", "banks"), ("بنوك", "banks"), ("compan", "companies"),
    ("компані", "companies"), ("компани", "companies"), ("شركه", "companies"), ("شركات", "companies"),
    ("employee", "employees"), ("співробітник", "employees"), ("сотрудник", "employees"), ("موظف", "employees"),
    ("worker", "workers"), ("працівник", "workers"), ("работник", "workers"), ("subscriber", "subscribers"),
    ("абонент", "subscribers"), ("مشترك", "subscribers"), ("consumer", "consumers"), ("споживач", "consumers"),
    ("потребител", "consumers"), ("representative", "representatives"), ("представник", "representatives"),
    ("представител", "representatives"), ("ممثل", "representatives"), ("election", "elections"),
    ("вибор", "elections"), ("выбор", "elections"), ("انتخاب", "elections"), ("miner", "miners"),
    ("гірник", "miners"), ("шахтар", "miners"), ("шахтер", "miners"), ("шахтёр", "miners"),
    ("journalist", "journalists"), ("журналіст", "journalists"), ("журналист", "journalists"),
    ("صحفي", "journalists"), ("vessel", "vessels"), ("ship", "ships"), ("судн", "vessels"), ("корабл", "ships"),
    ("سفينه", "ships"), ("سفن", "ships"), ("barrel", "barrels"), ("барел", "barrels"), ("баррел", "barrels"),
    ("برميل", "barrels"), ("sanction", "sanctions"), ("санкці", "sanctions"), ("санкци", "sanctions"),
    ("عقوب", "sanctions"), ("individual", "individuals"), ("entit", "entities"), ("settlement", "settlements"),
    ("населен", "settlements"), ("населён", "settlements"), ("region", "regions"), ("област", "regions"),
    ("регіон", "regions"), ("регион", "regions"), ("home", "homes"), ("house", "houses"), ("будин", "houses"),
    ("منزل", "houses"), ("منازل", "houses"), ("patient", "patients"), ("пацієнт", "patients"),
    ("пациент", "patients"), ("doctor", "doctors"), ("лікар", "doctors"), ("врач", "doctors"),
    # who is freed and who speaks: commanders, defenders, women, sources, mediations
    ("commander", "commanders"), ("командир", "commanders"), ("قائد", "commanders"), ("قاده", "commanders"),
    ("defender", "defenders"), ("оборонц", "defenders"), ("оборонец", "defenders"),
    ("women", "women"), ("жінк", "women"), ("жінок", "women"), ("женщин", "women"),
    ("نساء", "women"), ("source", "sources"), ("джерел", "sources"), ("источник", "sources"), ("مصدر", "sources"),
    ("مصادر", "sources"), ("mediation", "mediations"), ("посередництв", "mediations"), ("посредничеств", "mediations"),
    ("وساطه", "mediations"), ("وساطات", "mediations"),
    # who votes, forecasts, amends and is posted, and where people live
    ("депутат", "MPs"), ("نائب", "MPs"), ("نواب", "MPs"), ("analyst", "analysts"), ("аналітик", "analysts"),
    ("аналитик", "analysts"), ("محلل", "analysts"), ("economist", "economists"), ("економіст", "economists"),
    ("экономист", "economists"), ("amendment", "amendments"), ("поправ", "amendments"), ("правк", "amendments"),
    ("تعديل", "amendments"), ("brigade", "brigades"), ("бригад", "brigades"), ("لواء", "brigades"),
    ("ألوية", "brigades"), ("student", "students"), ("студент", "students"), ("طالب", "students"),
    ("طلاب", "students"), ("переселен", "displaced people"), ("displaced", "displaced people"),
    ("نازح", "displaced people"), ("village", "villages"), ("село", "villages"), ("قريه", "villages"),
    ("قرى", "villages"), ("city", "cities"), ("cities", "cities"), ("місто", "cities"),
    ("مدينه", "cities"), ("مدن", "cities"), ("hectare", "hectares"), ("гектар", "hectares"), ("هكتار", "hectares"),
    ("кубометр", "cubic metres"), ("megawatt", "megawatts"), ("мегават", "megawatts"), ("ميغاواط", "megawatts"),
    ("delegate", "delegates"), ("делегат", "delegates"), ("ambassador", "ambassadors"), ("посол", "ambassadors"),
    ("سفير", "ambassadors"), ("سفراء", "ambassadors"), ("minister", "ministers"), ("міністр", "ministers"),
    ("министр", "ministers"), ("وزير", "ministers"), ("وزراء", "ministers"), ("shell", "shells"),
    ("palestinian", "Palestinians"), ("палестин", "Palestinians"), ("فلسطيني", "Palestinians"),
    ("обмін", "exchanges"), ("обмен", "exchanges"), ("عسكري", "soldiers"), ("project", "projects"),
    ("проєкт", "projects"), ("проект", "projects"), ("مشروع", "projects"), ("مشاريع", "projects"),
    ("одиниц", "units"), ("единиц", "units"), ("نقطه", "points"), ("снаряд", "shells"), ("قذيفه", "shells"),
    ("قذائف", "shells"),
    # time, play and invaders ("за 12 секунд", "сім очок", "39 окупантів"); drones by their abbreviation
    ("second", "seconds"), ("секунд", "seconds"), ("ثانيه", "seconds"), ("ثوان", "seconds"), ("очк", "points"),
    ("очок", "points"), ("балів", "points"), ("бали", "points"), ("балами", "points"), ("баллов", "points"),
    ("балла", "points"), ("баллами", "points"), ("матч", "matches"), ("مباراه", "matches"),
    ("مباريات", "matches"), ("окупант", "occupiers"), ("оккупант", "occupiers"), ("загарбник", "invaders"),
    ("захватчик", "invaders"), ("бпла", "drones"), ("бпак", "drones"),
)
# (Arabic stems as _fold writes words: "اسرى" -> "اسري")
_MEASURE_STEMS = tuple((normalize_arabic(stem) if re.search(r"[\u0600-\u06FF]", stem) else stem, english)
                       for stem, english in _MEASURES)
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_CYR_ORDINAL = "го|ого|й|ий|а|ї|ої|ому|му|м"  # "1401-го дня", "4-й пункт"
_ORDINAL_SUFFIX = re.compile(rf"^-?(?:{_CYR_ORDINAL}|st|nd|rd|th)\b", re.IGNORECASE)  # after its digits
_ORDINAL_ENDINGS = rf"(?:-(?:{_CYR_ORDINAL})|st|nd|rd|th)"  # in one token with them: "1401-го", "35th"
_WORD = re.compile(rf"[^\W\d_][\w'’{COMBINING_MARKS}-]*")


_AR_KEYS = {normalize_arabic(word): value for word, value in _AR_WORDS.items()}  # as _fold writes them: ئ -> ي
# The teens: a unit and "عشر" after it ("تسعة عشر", nineteen; "اثنا عشر", twelve).
_AR_TEN = frozenset(normalize_arabic(w) for w in ("عشر", "عشرة"))
_AR_TEEN_UNITS = {normalize_arabic(w): v for w, v in (("احد", 1.0), ("إحدى", 1.0), ("اثنا", 2.0), ("اثني", 2.0))}
_AR_PER_CENT = re.compile(r"[ \u00a0]+في[ \u00a0]+ال(?:مئة|مائة|مئه|مائه)(?!\w)")


# Arabic says "two" of a noun by its dual ending: "أسبوعين" is two weeks, "ساعتين" two hours (of
# time: "لا اجتماعًا واحدًا، ولا اجتماعين" is a way of speaking).
_AR_DUAL_OF = {"يوم": "days", "اسبوع": "weeks", "شهر": "months", "عام": "years", "سنه": "years",
               "ساعه": "hours", "دقيقه": "minutes"}
_AR_DUALS = {normalize_arabic(stem[:-1] + "ت" + ending if stem.endswith("ه") else stem + ending): english
             for stem, english in _AR_DUAL_OF.items() for ending in ("ين", "ان")}


def _arabic_dual(word: str) -> str | None:
    """What an Arabic noun in the dual counts two of, where it is a common measure ("لمدة أسبوعين")."""
    key = normalize_arabic(word)
    return _AR_DUALS.get(key) or (_AR_DUALS.get(key[1:]) if key[:1] in "وبل" else None)


def _fold(word: str) -> str:
    low = word.casefold()
    return normalize_arabic(low.removeprefix("و").removeprefix("ال")) if re.search(r"[\u0600-\u06FF]", low) else low


def _digits_value(raw: str) -> float | None:
    digits = unicodedata.normalize("NFKC", raw)
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in digits)
    digits = re.sub(r"[ \u00a0\u202f]", "", digits).replace("٫", ".")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    digits = digits.replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _word_value(word: str, lang: str = "") -> float | None:
    low = _fold(word)
    if low in _WORD_VALUES:
        return _WORD_VALUES[low]
    if low.endswith("-and-a-half") and low[:-11] in _WORD_VALUES:  # "three-and-a-half (years)"
        return _WORD_VALUES[low[:-11]] + 0.5
    if low in _AR_KEYS:
        return _AR_KEYS[low]
    if low[:1] in "لبف" and low[1:] in _AR_KEYS:  # a one-letter clitic: "لآلاف" (for thousands)
        return _AR_KEYS[low[1:]]
    if re.fullmatch(r"[а-яёіїєґ'’]+", low):
        if is_weekday_name(low) or _cyrillic_ordinal(low, lang):
            return None  # "п'ятниця", "пятый": no count
        for stem, value in sorted(_CYR_STEMS, key=lambda s: -len(s[0])):
            # a short stem ("дв", "тр") only as a whole number word: два, двох, двом, три, трьох, трьом
            if low.startswith(stem) and len(low) - len(stem) <= 4 and (len(stem) > 2 or re.fullmatch(
                    r"(?:дв|тр)(?:а|і|и|ох|ом|ома|ьох|ьом|ьома|ех|ем|емя|еми|ух|ум|умя|ёх|ём)", low)):
                return value
    return None


def _cyrillic_ordinal(word: str, lang: str) -> bool:
    """Whether a Cyrillic number word is an ordinal adjective ("п'ятий", "пятого"), not a count
    ("один" is a pronoun-like adjective in Russian and counts)."""
    if lang not in MORPH_LANGS:
        return False
    grammemes = parse(lang, word)[1]
    return "ADJF" in grammemes and "Apro" not in grammemes


def _starts(word: str, table: Sequence[tuple[str, object]]) -> object | None:
    low = _fold(word)
    for stem, value in table:
        if low == stem or (len(stem) >= 3 and low.startswith(stem)):
            return value
    return None


def _currency(word: str) -> str | None:
    """The currency a word names in one of its forms ("dollars", "доларів", "євро"); not a longer
    word that starts like one ("European")."""
    low = _fold(word)
    return next((code for stem, code in _CURRENCY_WORDS if low.startswith(stem) and len(low) - len(stem) <= 3),
                None)


_SQUARE = re.compile(r"квадрат|square", re.IGNORECASE)


def _measure(word: str, lang: str) -> str | None:
    """The English name of what a word counts, where it is a common measure."""
    if word.endswith("²") and len(word) > 1:  # "км²", "km²": an area
        base = _measure(word[:-1], lang)
        return f"square {base}" if base == "kilometres" else None
    forms = {_fold(word)}
    if lang in MORPH_LANGS:
        forms.add(parse(lang, word)[0])
    if lang == "ar":  # a word that starts with و itself ("وزراء", "وفد"), not with "and"
        forms.add(normalize_arabic(word.removeprefix("ال")))
    # the longest stem that fits: "годин" (hours), not "год" (year)
    fitting = [(len(stem), -n, english) for form in forms for n, (stem, english) in enumerate(_MEASURE_STEMS)
               if form == stem or (len(stem) >= 3 and form.startswith(stem))]
    return max(fitting)[2] if fitting else None


# Measures that make even "one" or "two" a figure of the article ("two days of talks").
_FACT_MEASURES = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "prisoners", "people", "killed",
                            "wounded", "soldiers", "children", "tonnes", "kilometres", "rounds", "meetings", "calls",
                            "citizens", "civilians", "hostages"})
# Who a casualty word after them says what befell ("133 people dead": people killed).
_PEOPLE_MEASURES = frozenset({"people", "civilians", "soldiers", "children", "citizens", "Ukrainians", "Russians",
                              "Americans", "prisoners", "hostages", "residents"})
_CASUALTIES = frozenset({"killed", "wounded", "injured", "detained"})
# What the verb of a count of people's clause says befell them, by word start ("had been injured",
# "загинули", "получили ранения", "قتل"): closed lists, four languages.
_BEFELL: tuple[tuple[str, str], ...] = (
    ("killed", "killed"), ("died", "killed"), ("dead", "killed"), ("injured", "injured"), ("wounded", "wounded"),
    ("hurt", "injured"), ("freed", "freed"), ("released", "freed"), ("returned", "returned"),
    ("evacuated", "evacuated"), ("detained", "detained"), ("arrested", "detained"),
    ("загинул", "killed"), ("загинув", "killed"), ("загинуло", "killed"), ("загибл", "killed"), ("вбит", "killed"),
    ("поранен", "wounded"), ("травмован", "injured"), ("постраждал", "injured"), ("звільнен", "freed"),
    ("повернул", "returned"), ("повернен", "returned"), ("евакуйован", "evacuated"), ("затриман", "detained"),
    ("погиб", "killed"), ("убит", "killed"), ("ранен", "wounded"), ("ранени", "wounded"), ("пострадал", "injured"),
    ("травмирован", "injured"), ("освобожден", "freed"), ("освобождён", "freed"), ("вернул", "returned"),
    ("возвращен", "returned"), ("эвакуирован", "evacuated"), ("задержан", "detained"),
    ("قتل", "killed"), ("مقتل", "killed"), ("لقي", "killed"), ("لقوا", "killed"), ("اصابه", "injured"),
    ("اصيب", "injured"), ("جرح", "wounded"), ("الافراج", "freed"), ("افرج", "freed"), ("اطلاق", "freed"),
    ("اعتقال", "detained"), ("اعتقل", "detained"),
)
BEFELL_REACH = 5  # words from the count to the verb of its clause, either side


def _befell_word(token: Token, lang: str) -> str | None:
    """What a verb or participle of the closed lists says befell people ("поранені": wounded)."""
    word = normalize_arabic(token.text.casefold().lstrip("و")) if lang == "ar" else token.text.casefold()
    return next((english for start, english in _BEFELL if word.startswith(start)), None)


def _befell(tokens: Sequence[Token], k: int, j: int, lang: str) -> str | None:
    """What the verb of the count's clause (the words either side of it, up to a punctuation mark)
    says befell the people counted, nearest first."""
    for step in range(1, BEFELL_REACH + 1):
        for n in (j - 1 + step, k - step):
            if not 0 <= n < len(tokens):
                continue
            between = tokens[n + 1:k] if n < k else tokens[j:n]
            if any(t.text in ",;:.()«»\"“”" for t in between):
                continue  # another clause's verb
            if (found := _befell_word(tokens[n], lang)) is not None:
                return found
    return None
# What an ordinal may count: the 1401st day of the war has lasted 1401 days, a 35th anniversary 35
# years; "the 12th brigade", "the 69th exchange", "the 3rd round" rank something and count nothing.
# Parts of the day after an hour ("о 4 ранку", "в 5 утра", "الساعة 4 صباحا"), and the hour after
# "at" ("в 16 часов", "о 9 годині"): a time of day, no figure of the article.
_TIMES_OF_DAY = frozenset({"ранку", "вечора", "ночі", "пополудні", "утра", "вечера", "ночи", "пополудни",
                           "صباحا", "صباح", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا"})
_AT_HOUR = frozenset({"о", "об", "в", "во", "في"})
_ORDINAL_MEASURES = frozenset({"days", "weeks", "months", "years", "anniversary"})
# Pieces of dates that read as amounts: an ordinal before "year" is the year ("з 22-го року", "с 22-го года":
# since '22), a number "of the month" its day ("في 23 من الشهر نفسه": on the 23rd of the same month).
_DATE_PIECE = re.compile(rf"(?P<ordinal>-(?:{_CYR_ORDINAL}))?\s*(?:року|році|рік|году|года|год)\b|\s*من\s+(?:ال)?شهر",
                         re.IGNORECASE)
MAX_DESCRIBING = 3  # words that may describe what a number counts, between them
# Units whose "of" says what they measure in English: "22 million tons of grain", "five rounds of talks".
_OF_MEASURES = frozenset({"tonnes", "kilometres", "rounds", "days", "weeks", "months", "years", "hours"})
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?([a-z][a-z-]{2,})\b")
_EN_NOT_COUNTED = frozenset("and or for more less extra long times time of to in on at by the a an".split())
_EN_COUNTRY_BEFORE_NOUN = re.compile(r"\s+(?:U\.S\.|U\.K\.|US|UK|EU)\s(?=[a-z])")  # "two U.S. citizens"
# Arabic words after a number that are not what it counts: prepositions, conjunctions, times of day.
_AR_NOT_COUNTED = frozenset(normalize_arabic(w) for w in (
    "من في على إلى الى عن مع أو او ثم حتى منذ خلال بين بعد قبل عند لدى التي الذي الذين كما و أن إن "
    "صباحا مساء مساءً ظهرا فقط كان كانت كانوا يكون تكون").split())


# Possessives the Ukrainian dictionary tags as pronouns, not adjectives ("197 наших людей").
_POSSESSIVES = frozenset("наш ваш свій їхній мій твій свой их мой твой".split())


def _describing(word: str, lang: str) -> bool:
    """A word that may stand between a number and what it counts: an English lower-case word, a
    Ukrainian or Russian adjective."""
    if not _WORD.fullmatch(word):
        return False
    if lang in MORPH_LANGS:
        return part_of_speech(lang, word) in ("ADJF", "PRTF") or lemma(lang, word).casefold() in _POSSESSIVES
    return lang == "en" and ((word.islower() and word not in _EN_NOT_COUNTED) or word.casefold() in EN_DEMONYMS)


def _counted_after(tokens: Sequence[Token], lang: str) -> bool:
    """Whether these words, after a describing word, go on to what a number counts: describing
    words, then a measure or a counted noun ("imprisoned American citizens")."""
    for token in tokens:
        if not _WORD.fullmatch(token.text):
            return False
        if _measure(token.text, lang) or _counted_noun(token.text, lang):
            return True
        if not _describing(token.text, lang):
            return False
    return False


def _partitive_noun(word: str, lang: str) -> bool:
    """What "95 of (its) …" counts a part of: a common measure, or a people ("of the Ukrainians")."""
    return bool(_measure(word, lang)) or (lang == "en" and word[:1].isupper() and word.endswith("s")
                                          and word.casefold() in EN_DEMONYMS)


def _counted_noun(word: str, lang: str) -> bool:
    """A noun that a number counts, where no common measure names it: a plural noun in English, a
    noun in the Ukrainian or Russian dictionary, an indefinite word in Arabic (what a number counts
    follows it without the article: "29 رائدة أعمال", "20 جهة")."""
    if lang == "ar":
        key = normalize_arabic(word)
        return bool(_WORD.fullmatch(word)) and len(key) >= 3 and not key.startswith("ال") \
            and not any(ch.isdigit() for ch in word) \
            and key not in _AR_NOT_COUNTED and script_of(word) == "arabic" and not is_month_name(word)
    if lang == "en" and word.casefold() in EN_DEMONYMS and word.endswith("s") and word[:1].isupper():
        return True  # "five Germans", "84 Ukrainians"
    if not _WORD.fullmatch(word) or not word[:1].islower() or len(word) < 4:
        return False
    if lang in MORPH_LANGS and is_month_name(word):
        return False  # "13 або 14 жовтня": days of a month, which the dates hold
    if lang in MORPH_LANGS:
        return part_of_speech(lang, word) == "NOUN"
    if lang == "en":
        # (an adjective in -ous describes what is counted: "dozens of anxious families")
        return word.endswith("s") and not word.endswith(("ss", "ous")) and word not in _EN_NOT_COUNTED
    return False


def extract_numbers(doc: AnalysedDoc, dates: Sequence[DateFact] = ()) -> list[NumberFact]:
    """Every number that is a fact of the article, in text order."""
    text = doc.article.text
    in_dates = [(d.start, d.end) for d in dates]
    found: list[NumberFact] = []
    for sentence in doc.sentences:
        tokens = [t for t in sentence.tokens]
        k = 0
        while k < len(tokens):
            token = tokens[k]
            raw = token.text
            glued = re.fullmatch(rf"({_DIGITS})(bn|m|k|tn|trn|млрд|млн|тис)\.?", raw, re.IGNORECASE)
            hyphened = re.fullmatch(r"(\d+)-([^\W\d_]+)(?:-[^\W\d_]+)*", raw)
            ordinal = re.fullmatch(rf"(\d+){_ORDINAL_ENDINGS}", raw, re.IGNORECASE)
            glued_scale: object = None
            is_ordinal = bool(ordinal) and not glued
            if glued:  # "44bn", "5m"
                value = _digits_value(glued.group(1))
                glued_scale = _starts(glued.group(2), _SCALES)
            elif ordinal:  # "1401-го (дня)", "35th (anniversary)": counted by what follows
                value = _digits_value(ordinal.group(1))
                hyphened = None
            elif hyphened and _measure(hyphened.group(2), doc.lang):  # "28-point", "95-year-old", "30-річчя"
                value = _digits_value(hyphened.group(1))
            elif (worded := re.fullmatch(r"([^\W\d_]+)[-\u2010\u2011]([^\W\d_]+)", raw)) \
                    and (number := _word_value(worded.group(1), doc.lang)) is not None \
                    and _measure(worded.group(2), doc.lang):
                value, hyphened = number, worded  # "three-hour"
            else:
                value = _digits_value(raw) if re.fullmatch(_DIGITS, raw) else _word_value(raw, doc.lang)
            clitic = 0
            if value is None and doc.lang == "ar" and (glued_clitic := re.fullmatch(rf"[وبلف]ـ*({_DIGITS})", raw)):
                # "و17 مليون دولار": "and 17 million dollars"; "لـ3 أشهر": for 3 months
                value, clitic = _digits_value(glued_clitic.group(1)), glued_clitic.start(1)
            article = re.fullmatch(rf"([وبلف]?الـ?ـ*)({_DIGITS})", raw) if value is None and doc.lang == "ar" else None
            if article:  # "حاجز الـ102 دولار": the article written onto the figure
                value, clitic = _digits_value(article.group(2)), len(article.group(1))
            if value is None and doc.lang == "ar" and _fold(raw) in _AR_TEEN_UNITS and k + 1 < len(tokens) \
                    and normalize_arabic(tokens[k + 1].text) in _AR_TEN:
                value = _AR_TEEN_UNITS[_fold(raw)]  # "أحد عشر", "اثنا عشر": only before "عشر" a number
            dual = _arabic_dual(raw) if value is None and doc.lang == "ar" else None
            if dual:
                value = 2.0
            if value is None or any(s <= token.start < e for s, e in in_dates):
                k += 1
                continue
            start, end = token.start + clitic, token.end
            j = k + 1
            # Thousands written with spaces are separate tokens: "1 500".
            while j < len(tokens) and re.fullmatch(r"\d{3}", tokens[j].text) and tokens[j].start - end == 1 \
                    and re.fullmatch(r"\d{1,3}", text[start:end].replace(" ", "")[-3:] or ""):
                value = value * 1000 + float(tokens[j].text)
                end = tokens[j].end
                j += 1
            half = _AND_A_HALF.match(text, end)
            if half:
                value, end = value + 0.5, half.end()
                while j < len(tokens) and tokens[j].start < end:
                    j += 1
            if j + 1 < len(tokens) and tokens[j].text in _HYPHENS and tokens[j].start == end \
                    and tokens[j + 1].start == tokens[j].end and _measure(tokens[j + 1].text, doc.lang):
                hyphened = re.fullmatch(r"(\w+)[-\u2010\u2011]([^\W\d_]+)(?:-[^\W\d_]+)*",
                                        text[start:tokens[j + 1].end])
                end, j = tokens[j + 1].end, j + 2  # "28-point", "three-hour" written as three tokens
            if j < len(tokens) and _ORDINAL_SUFFIX.match(text[end:tokens[j].end]) and tokens[j].start == end:
                j += 1  # "1401-го", "35th": an ordinal; kept with what follows
                end = tokens[j - 1].end
                is_ordinal = True
            elif j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j].start == end \
                    and tokens[j + 1].start == tokens[j].end and _ORDINAL_SUFFIX.match(f"-{tokens[j + 1].text}"):
                j += 2  # "1401-го" written as three tokens
                end = tokens[j - 1].end
                is_ordinal = True
            if raw.isdigit() and _YEAR.match(raw) and (j >= len(tokens) or _measure(tokens[j].text, doc.lang)
                                                       in (None, "years")):
                k = j
                continue  # a year
            unit: str | None = None
            currency = _CURRENCY_BEFORE.search(text[max(sentence.start, start - 5):start])
            if currency:  # "$44bn", "$ 3.4 billion", "USD 1 billion"
                start -= len(currency.group(0))
                unit = _CURRENCY_SIGNS.get(currency.group("sign") or "") or currency.group("code")
            scale = glued_scale if isinstance(glued_scale, float) else 1.0
            if j + 1 < len(tokens) and tokens[j].text == "+" and tokens[j].start == end:
                end, j = tokens[j].end, j + 1  # "$300+ billion": at least that much, in its scale
            if scale == 1.0 and j < len(tokens):
                nxt = tokens[j]
                found_scale = _starts(nxt.text, _SCALES) if nxt.start - end <= 1 else None
                if isinstance(found_scale, float):
                    scale, end, j = found_scale, nxt.end, j + 1
                    if re.fullmatch(r"\d{1,3}\.\d{3}", unicodedata.normalize("NFKC", raw)):
                        value /= 1000  # "9.928 مليون", "9.928 million": before a scale word the dot is a decimal point
                    if j + 1 < len(tokens) and tokens[j].text == "." and tokens[j].start == end \
                            and tokens[j + 1].text[:1].islower():
                        end, j = tokens[j].end, j + 1  # "600 тыс. человек": the abbreviation's dot
            if doc.lang == "ar" and scale == 1.0 and value < 10 and j < len(tokens) \
                    and normalize_arabic(tokens[j].text) in _AR_TEN and tokens[j].start - end <= 1:
                value, end, j = value + 10, tokens[j].end, j + 1  # "تسعة عشر": nineteen
            if doc.lang == "ar" and scale > 1.0:
                value, end, j = _arabic_compound(tokens, j, end, value, scale)
            if doc.lang == "ar" and (per_cent := _AR_PER_CENT.match(text, end)):
                unit, end = "percent", per_cent.end()  # "2 في المئة": two per cent
                while j < len(tokens) and tokens[j].start < end:
                    j += 1
            if j < len(tokens) and text[end:tokens[j].end].strip() in ("%", "٪"):
                unit, end, j = "percent", tokens[j].end, j + 1
            up_to: float | None = None
            between = k > 0 and tokens[k - 1].text.casefold() in _BETWEEN
            upper = _range_end(tokens, j, end, text, between)
            if upper is not None and upper[0] * upper[1] > value * scale:  # not "won 52 to 48"
                # "from 300 to 400 soldiers", "від 3 до 5 млн": "3 to 5 million" says the scale once
                up_to, upper_scale, end, j = upper
                if scale == 1.0 and upper_scale != 1.0:
                    scale = upper_scale
                up_to = up_to * upper_scale / scale
                if unit == "percent" and j < len(tokens) and text[end:tokens[j].end].strip() in ("%", "٪"):
                    end, j = tokens[j].end, j + 1  # "from 4.25% to 4.5%"
            if unit is None and j < len(tokens) and text[end:tokens[j].end].strip() in ("%", "٪"):
                unit, end, j = "percent", tokens[j].end, j + 1
            if unit is None and j + 1 < len(tokens) and tokens[j].text.casefold() == "per" \
                    and tokens[j + 1].text.casefold() == "cent":
                unit, end, j = "percent", tokens[j + 1].end, j + 2  # "25 per cent"
            what: str | None = dual or (_measure(hyphened.group(2), doc.lang) if hyphened and not glued else None)
            if what is None and j + 1 < len(tokens) and tokens[j].text.casefold() in ("of", "з", "із", "из", "من") \
                    and _word_value(raw) is not None:
                end, j = tokens[j].end, j + 1  # "hundreds of civilians", "десятки з них"
                more = _word_value(tokens[j].text, doc.lang) if j < len(tokens) else None
                if more is not None and more >= 1000 and value >= 10:  # "hundreds of thousands (of people)"
                    value, end, j = value * more, tokens[j].end, j + 1
                    if j + 1 < len(tokens) and tokens[j].text.casefold() in ("of", "з", "із", "из", "من"):
                        end, j = tokens[j].end, j + 1
            elif what is None and j + 1 < len(tokens) and tokens[j].text.casefold() in _PARTITIVE:
                # "95 of its soldiers", "103 من جنودها": the count of a part of those named after it
                noun_at = j + 2 if tokens[j + 1].text.casefold() in _OF_DETERMINERS and j + 2 < len(tokens) else j + 1
                if noun_at + 1 < len(tokens) and not _partitive_noun(tokens[noun_at].text, doc.lang) \
                        and tokens[noun_at].text.islower() and _partitive_noun(tokens[noun_at + 1].text, doc.lang):
                    noun_at += 1  # "48 of the released Ukrainians": a word describes them first
                if _WORD.fullmatch(tokens[noun_at].text) and _partitive_noun(tokens[noun_at].text, doc.lang):
                    end, j = tokens[noun_at - 1].end, noun_at
            reach = end  # where the words after the number have got to
            country = _EN_COUNTRY_BEFORE_NOUN.match(text, end) if doc.lang == "en" and not what else None
            if country:  # "two U.S. citizens": the country's abbreviation describes what is counted
                reach = country.end() - 1
                while j < len(tokens) and tokens[j].start < reach:
                    j += 1
            described = 0  # words between the number and what it counts ("two wrongfully imprisoned citizens")
            befell: str | None = None  # what befell the people counted ("133 people dead": killed)
            for n, look in enumerate([] if what else tokens[j:j + MAX_DESCRIBING + 1]):
                if look.start - reach > 2 and unit != "percent":
                    break
                word = look.text
                if (currency_word := _currency(word)) is not None:
                    unit, end = currency_word, look.end
                    continue
                if unit is None and any(_fold(word).startswith(p) for p in _PERCENT_WORDS if p.isalpha()):
                    unit, end = "percent", look.end
                    break
                if _WORD.fullmatch(word) and (measure := _measure(word, doc.lang)):
                    what, end = measure, look.end
                    half = _HALF_AFTER.match(text, end)
                    if half and value == int(value):  # "ثلاثة أعوام ونصف": three years and a half
                        value, end = value + 0.5, half.end()
                    after = tokens[j + n + 1] if j + n + 1 < len(tokens) else None
                    if what in _PEOPLE_MEASURES and after is not None and after.start - end <= 1 \
                            and _measure(after.text, doc.lang) in _CASUALTIES:
                        befell, end = _measure(after.text, doc.lang), after.end  # "133 people dead"
                    break
                if look.start - reach <= 1 and unit is None and _counted_noun(word, doc.lang):
                    what, end = word, look.end  # the counted noun as the article writes it
                    break
                if n == described and unit is None and _describing(word, doc.lang) \
                        and _counted_after(tokens[j + n + 1:j + MAX_DESCRIBING + 1], doc.lang):
                    reach, described = look.end, described + 1  # "seven additional children", "двох телефонних розмов"
                    continue
                break
            if unit == "percent" and what in ("votes", "ballots"):
                what = "share of the vote"  # "86,82% голосов"
            if what == "kilometres" and _SQUARE.search(text[start:end]):
                what = "square kilometres"  # "26 квадратних кілометрів"
            if what is None and unit is None and scale == 1.0 and k > 0 and value >= 2:
                # "Ранены пятеро", "поранені – 17", "killed: 12": a casualty word before the count
                verb_at = k - 1 if tokens[k - 1].text not in _DASHES else k - 2
                if verb_at >= 0 and (said := _befell_word(tokens[verb_at], doc.lang)) in _CASUALTIES:
                    what, befell = "people", said
            measured = what  # the unit: "tonnes" of "tonnes of grain"
            if what in _PEOPLE_MEASURES and not befell:
                # "eleven people had been injured", "загинули 8 людей", "Два человека погибли"
                befell = _befell(tokens, k, j, doc.lang)
            if befell:
                what = f"{what} {befell}"  # people killed, the unit people
            if what and _EACH_SIDE.match(text, end, min(sentence.end, end + 40)):
                what = f"{what} from each side"  # "115 prisoners of war from each side", "من كل جانب"
            if what in _OF_MEASURES and doc.lang == "en":
                of_what = _OF_WHAT.match(text, end)
                if of_what and of_what.group(1).casefold() not in _EN_NOT_COUNTED:
                    what, end = f"{what} of {of_what.group(1)}", of_what.end()  # "22 million tons of grain"
                    while j < len(tokens) and tokens[j].start < end:
                        j += 1
            before = text[max(sentence.start, start - 25):start].casefold()
            for approx in sorted(_APPROX, key=len, reverse=True):
                if before.rstrip().endswith(approx) and (before.rstrip() == approx
                                                         or not before.rstrip()[-len(approx) - 1].isalnum()):
                    start = start - (len(before) - before.rstrip().rfind(approx))
                    break
            if unit is None and what is None and scale == 1.0:
                k = j
                continue  # a bare number: a list marker, a page, a code; no fact of its own
            if (what or "").casefold() in _TIMES_OF_DAY or (
                    what == "hours" and k > 0 and tokens[k - 1].text.casefold() in _AT_HOUR and up_to is None):
                k = j
                continue  # "о 4 ранку", "в 16 часов": when, not how much
            if (piece := _DATE_PIECE.match(text, token.end)) and (is_ordinal or piece.group("ordinal")
                                                                  or piece.group().strip()[:2] == "من"):
                k = j
                continue  # the year or day of a date, not an amount
            if is_ordinal and what not in _ORDINAL_MEASURES:
                k = j
                continue  # "12-ї бригади", "the 3rd round": a rank, not a count
            if value <= 2 and unit is None and scale == 1.0 and (measured or what) not in _FACT_MEASURES:
                k = j
                continue  # "two presidents", "one more": a way of speaking, not a figure
            if what in _DURATIONS:  # "a five-hour meeting": the meeting's length, its unit hours
                what = _duration_of(text, sentence, start, end, doc.lang) or what
            if any(n.value == value * scale and (n.text.casefold() == text[start:end].casefold()
                                                 or (what and n.what == what and n.unit == (unit or measured)
                                                     and _hedge(n.text) == _hedge(text[start:end])))
                   for n in found):
                k = max(j, k + 1)
                continue  # the same figure again (the headline's, then the body's; "168 أسيرا", "168 أسيراً"): one fact
            found.append(NumberFact(
                sentence=sentence.index, start=start, end=end, text=text[start:end], value=value * scale,
                up_to=up_to * scale if up_to is not None else None,
                unit=unit if unit else measured,
                what=what or _unmeasured(text, start, end, sentence, unit, doc.lang),
            ))
            k = max(j, k + 1)
    swaps = _swaps(doc)  # a swap's formula over its parts ("500 مقابل 500" was 500 of "مقابل")
    found = [n for n in found if not any(n.start < f.end and f.start < n.end for f in swaps)] + swaps
    found += [f for f in _fractions(doc) if not any(f.start < n.end and n.start < f.end for n in found)]
    return sorted(found, key=lambda n: n.start)


# A swap's formula: "146 for 146", "«146 на 146»", "500 مقابل 500": as many went each way.
_SWAP = re.compile(r"(?<![\d.,])(\d{1,3}(?:[,\u00a0 ]\d{3})?|\d{1,5})(?:\s+|-)(?:for|на|за|مقابل)(?:\s+|-)"
                   r"(\d{1,3}(?:[,\u00a0 ]\d{3})?|\d{1,5})(?![\d.,]?\d)")  # ... and "1,000-for-1,000"
_SWAP_PRISONER_WORDS = tuple(normalize_arabic(w) for w in (
    "prisoner", " pows", " pow ", "captive", "полонен", "пленн", "اسير", "اسرى"))
_SWAP_WORDS = tuple(normalize_arabic(w) for w in ("exchang", "swap", "обмін", "обмен", "تبادل"))


def _swaps(doc: AnalysedDoc) -> list[NumberFact]:
    text = doc.article.text
    found: list[NumberFact] = []
    for sentence in doc.sentences:
        for m in _SWAP.finditer(sentence.text):
            if m.group(1) != m.group(2):
                continue  # "won 52 to 48": a score, not a swap
            lowered = normalize_arabic(sentence.text.casefold())
            prisoners = any(w in lowered for w in _SWAP_PRISONER_WORDS)
            if not prisoners and not any(w in lowered for w in _SWAP_WORDS):
                continue  # "Let's not measure: 10 for 10": a way of speaking, where nothing is exchanged
            what = "prisoners exchanged each way" if prisoners else "exchanged each way"
            start, end = sentence.start + m.start(), sentence.start + m.end()
            found.append(NumberFact(sentence=sentence.index, start=start, end=end, text=text[start:end],
                                    value=float(re.sub(r"\D", "", m.group(1))), up_to=None,
                                    unit="people" if prisoners else None,
                                    what=what))
    return found


# Shares told as fractions: "two thirds of its exports", "about half of the budget", "cut by half",
# "майже п'яту частину території", "две трети", "ثلثا الحلفاء". Each is a percentage of what it is of.
_EN_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_EN_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "tenth": 10, "tenths": 10}
_EN_FRACTION = re.compile(
    r"\b(?:(?P<num>a|one|two|three|four)[\s-]+(?P<part>half|thirds?|quarters?|fifths?|tenths?)\s+of\b"
    r"|(?<!first )(?<!second )(?<!latter )(?<!the )(?<!a )(?P<half>half)\s+of\b|\bby\s+(?P<by>half)\b)",
    re.IGNORECASE)
_CYR_NUMERATORS = {"одна": 1, "одну": 1, "дві": 2, "две": 2, "три": 3}
_CYR_PARTS = (("половин", 2), ("третин", 3), ("чверт", 4), ("четверт", 4), ("трет", 3))
_CYR_FRACTION = re.compile(
    r"(?<![\w'’])(?:(?P<num>одна|одну|дві|две|три)\s+)?(?P<part>половин[аиуіою]\w*|третин[аиуіою]\w*|"
    r"чверт[іьию]\w*|четверт(?:ь|и|ью|ей|ям|ями|ях)\b|трет(?:ь|и|ью)\b)"
    r"|(?P<nth>п['’]ят\w+|пят\w+|десят\w+)\s+(?:частин\w*|част[ьиюі]\w*)", re.IGNORECASE)
_CYR_NTH = {"п'ят": 5, "п’ят": 5, "пят": 5, "десят": 10}
# "from each side": how many each of two sides gave, in a swap (not a total)
_EACH_SIDE = re.compile(r"[^.;:!?]{0,25}?(?:\b(?:from|by|on)\s+each\s+side|\beach\s+way|\bз\s+кожного\s+боку|"
                        r"\bз\s+кожної\s+сторони|\bс\s+каждой\s+стороны|من\s+كل\s+(?:جانب|طرف))", re.IGNORECASE)
_ORDINAL_PART = re.compile(r"(?<!\w)(?:перш|друг|перв|втор|остан|послед)\w*\s+\Z", re.IGNORECASE)
# What a Cyrillic fraction is often of ("п'яту частину території": a share of the territory).
_SHARE_NOUNS = (("територі", "territory"), ("территори", "territory"), ("населен", "population"),
                ("бюджет", "budget"), ("експорт", "exports"), ("экспорт", "exports"), ("імпорт", "imports"),
                ("импорт", "imports"), ("видобут", "production"), ("добыч", "production"), ("газ", "gas"),
                ("нафт", "oil"), ("нефт", "oil"), ("електро", "electricity"), ("электро", "electricity"))
_AR_TIME_WORDS = tuple(normalize_arabic(w) for w in ("ساعة", "ساعه", "يوم", "شهر", "سنة", "سنه", "عام", "قرن",
                                                     "أسبوع", "اسبوع", "دقيقة", "دقيقه"))


def _hedge(figure: str) -> str:
    """The words of approximation a figure's text opens with ("more than " of "more than 10 years")."""
    return re.split(r"\d", figure, maxsplit=1)[0].casefold() if re.search(r"\d", figure) else ""


def _approximated(before: str) -> bool:
    """Whether a figure's words of approximation end the text before it ("about", "نحو")."""
    before = normalize_arabic(before.casefold().rstrip())
    return any(before.endswith(normalize_arabic(a)) for a in _APPROX)


_AR_FRACTIONS = {"نصف": 50.0, "ثلث": 100 / 3, "ثلثا": 200 / 3, "ثلثي": 200 / 3, "ربع": 25.0}
_OF_DETERMINERS = frozenset("the its their his her all this that these those our your".split())
_PARTITIVE = frozenset({"of", "з", "із", "из", "من"})
_DASHES = frozenset({"–", "—", "-", ":"})
_OF_STOPS = frozenset("is are was were be been has have had and or but in on at for to from that which who with by "
                      "as than a an will would can could may might".split())


def _share_of(text: str) -> str:
    """What a fraction is of, from the words after its "of": "share of Russia's total export revenues"."""
    words = re.findall(r"[\w'’-]+|[^\w\s]", text[:80])
    while words and words[0].casefold() in _OF_DETERMINERS:
        words = words[1:]
    kept: list[str] = []
    for word in words:
        if not re.fullmatch(r"[\w'’-]+", word) or word.casefold() in _OF_STOPS or len(kept) == 4:
            break
        kept.append(word)
    return f"share of {' '.join(kept)}" if kept else "share"


def _fractions(doc: AnalysedDoc) -> list[NumberFact]:
    text = doc.article.text
    found: list[NumberFact] = []
    for sentence in doc.sentences:
        spans: list[tuple[int, int, float, str]] = []  # start, end, percent, what
        if doc.lang == "en":
            for m in _EN_FRACTION.finditer(sentence.text):
                if m.group("num"):
                    share = _EN_NUMERATORS[m.group("num").lower()] / _EN_PARTS[m.group("part").lower()]
                else:
                    share = 0.5
                what = "share" if m.group("by") else _share_of(sentence.text[m.end():])
                start = m.start("by") if m.group("by") else m.start()
                end = m.end("part") if m.group("num") else m.end("half") if m.group("half") else m.end()
                spans.append((start, end, 100 * share, what))
        elif doc.lang in ("uk", "ru"):
            for m in _CYR_FRACTION.finditer(sentence.text):
                if _ORDINAL_PART.search(sentence.text[max(0, m.start() - 12):m.start()]):
                    continue  # "у першій половині тайму": a part of a time, as "the first half", no share
                if m.group("nth"):
                    stem = next((s for s in _CYR_NTH if m.group("nth").lower().startswith(s)), None)
                    if stem is None:
                        continue
                    share = 1 / _CYR_NTH[stem]
                else:
                    part = m.group("part").lower()
                    parts = next(n for stem, n in _CYR_PARTS if part.startswith(stem))
                    share = _CYR_NUMERATORS.get((m.group("num") or "").lower(), 1) / parts
                following = sentence.text[m.end():m.end() + 40].split()
                of = next((english for stem, english in _SHARE_NOUNS
                           if following and following[0].casefold().startswith(stem)), None)
                spans.append((m.start(), m.end(), 100 * share, f"share of {of}" if of else "share"))
        elif doc.lang == "ar":
            tokens = sentence.tokens
            for n, token in enumerate(tokens):
                key = normalize_arabic(token.text)
                value = _AR_FRACTIONS.get(key) or (_AR_FRACTIONS.get(key[1:]) if key[:1] in "وبل" else None)
                after = normalize_arabic(tokens[n + 1].text) if n + 1 < len(tokens) else ""
                before = text[max(sentence.start, token.start - 25):token.start]
                if value is not None and (after.startswith(_AR_TIME_WORDS) or (value == 50.0 and not (
                        key.startswith("ب") or _approximated(before)))):
                    continue  # "نصف ساعة": half an hour; "تمكين نصف السكان": a way of speaking
                if value is not None:
                    spans.append((token.start - sentence.start, token.end - sentence.start, value, "share"))
        for start, end, percent, what in spans:
            start, end = sentence.start + start, sentence.start + end
            before = text[max(sentence.start, start - 25):start].casefold().rstrip()
            approx = next((a for a in sorted(_APPROX, key=len, reverse=True) if before.endswith(a)
                           and (len(before) == len(a) or not before[-len(a) - 1].isalnum())), None)
            if approx:
                start -= len(text[max(sentence.start, start - 25):start]) - len(before) + len(approx)
            found.append(NumberFact(sentence=sentence.index, start=start, end=end, text=text[start:end],
                                    value=round(percent, 2), up_to=None, unit="percent", what=what))
    return found


def _arabic_compound(tokens: Sequence[Token], j: int, end: int, value: float, scale: float) -> tuple[float, int, int]:
    """An Arabic figure told in parts joined by و ("39 مليونًا و702 ألف و451": 39,702,451): the value
    (in units of `scale`), end and next token once the smaller parts are added."""
    total, last = value * scale, scale
    while j < len(tokens) and tokens[j].start - end <= 1 and (part := re.fullmatch(rf"و({_DIGITS})", tokens[j].text)):
        amount = _digits_value(part.group(1))
        if amount is None:
            break
        nxt, stop, part_scale = j + 1, tokens[j].end, 1.0
        if nxt < len(tokens) and tokens[nxt].start - stop <= 1:
            found = _starts(tokens[nxt].text, _SCALES)
            if isinstance(found, float) and found < last:
                part_scale, stop, nxt = found, tokens[nxt].end, nxt + 1
        if amount * part_scale >= last:
            break  # "3 ملايين و4 ملايين": two figures, not one
        total, last, end, j = total + amount * part_scale, part_scale, stop, nxt
        if part_scale == 1.0:
            break
    return total / scale, end, j


# Words that join the two ends of a range: "300 to 400", "від 300 до 400", "от 300 до 400", "من 300 إلى 400".
_RANGE_WORDS = frozenset({"to", "до", "إلى", "الى", "-", "–", "—", "or", "або", "чи", "или", "أو", "او"})


_BETWEEN = frozenset({"between", "між", "между", "بين"})
_AND = frozenset({"and", "і", "й", "та", "и", "و"})


def _range_end(tokens: Sequence[Token], j: int, end: int, text: str,
               between: bool = False) -> tuple[float, float, int, int] | None:
    """The upper end of a range that starts with the number ending at `end` (its value, scale, the
    end of its text and the next token), or None; after "between", "and" joins the ends too."""
    joins = _RANGE_WORDS | (_AND if between else frozenset())
    if j + 1 >= len(tokens) or tokens[j].text.casefold() not in joins or tokens[j].start - end > 1:
        return None
    nxt = tokens[j + 1]
    if nxt.start - tokens[j].end > 1:
        return None
    upper = _digits_value(nxt.text) if re.fullmatch(_DIGITS, nxt.text) else _word_value(nxt.text)
    if upper is None or (nxt.text.isdigit() and _YEAR.match(nxt.text)):
        return None
    scale, stop, k = 1.0, nxt.end, j + 2
    if k < len(tokens) and tokens[k].start - stop <= 1:
        found_scale = _starts(tokens[k].text, _SCALES)
        if isinstance(found_scale, float):
            scale, stop, k = found_scale, tokens[k].end, k + 1
    return upper, scale, stop, k


def _unmeasured(text: str, start: int, end: int, sentence: Sentence, unit: str | None, lang: str) -> str | None:
    """What a sum or a share with no measure word counts: a rate named before a share ("the key
    rate at 7.5%", "ставку на уровне 7,5%", "سعر الفائدة عند 7.5%"), in English; else, in an English
    article, the words after it up to the end of its clause; elsewhere, in English, that it is money
    or a share (the article's own words are not English)."""
    if unit == "percent":
        rate = _rate_before(text, max(sentence.start, start - 80), start, lang)
        if rate:
            return rate
        if _VOTES.search(sentence.text):
            return "share of the vote"  # "82% of those who voted", "у голосуванні отримала 55%"
    if lang == "en":
        after = _context(text, end, sentence.end)
        if after is not None and (after.split()[0].casefold() in _EN_AUXILIARIES
                                  or after.split()[0].casefold().endswith("ed")):
            # "only $5 billion is held in", "$210 billion trapped in": a verb tells what befell the
            # figure, not what it is
            return _head_before(text, max(sentence.start, start - 80), start) or _generic(unit)
        if after is None or after.split()[0].casefold() in _EN_PREPOSITIONS:
            # "an investment of $800bn over ten years", "raised the price by almost 51 percent in
            # August": what the figure is of stands before it, not in the words after it
            return _head_before(text, max(sentence.start, start - 80), start) or after
        if unit == "percent" and after.split()[0].casefold() == "of":
            return f"share {after}"  # "50% of the profits": a share of them
        return after
    return _generic(unit)


_DURATIONS = frozenset({"minutes", "hours", "days", "weeks", "months", "years"})
_EN_COMPOUND_HEAD = re.compile(r"\s+([a-z]{3,})\b")  # "a five-hour meeting", "a 30-day halt"
_EN_LASTED = re.compile(r"\b([a-z]{3,})\s+(?:has\s+|had\s+|have\s+)?(?:lasted|lasting|lasts|last|went on for)"
                        r"(?:\s+for)?\s+(?:about|around|nearly|almost|more than|over|some|roughly)?\s*\Z")
_EN_MET_FOR = re.compile(r"\b(met|talked|spoke|negotiated|conferred)\b[^.;,]{0,60}\bfor\s+"
                         r"(?:about|around|nearly|almost|more than|over|some|roughly)?\s*\Z")
_EN_MET_NOUN = {"met": "meeting", "talked": "talks", "spoke": "conversation", "negotiated": "talks",
                "conferred": "talks"}
# "встреча длилась около 40 минут", "переговоры, продлившиеся пять часов", "зустріч тривала дві години"
_CYRILLIC_LASTED = re.compile(r"([а-яёіїєґ'’]{4,}),?\s+(?:(?:не\s+)?(?:\w+\s+)?)?"
                              r"(?:продл|длил|длят|длящ|продолжал|тривал|тривав|триває|тривають|протривал)\w*\s+"
                              r"(?:около|почти|более|свыше|меньше|менее|близько|майже|понад|менше|приблизно|"
                              r"примерно)?\s*\Z", re.IGNORECASE)
_CYRILLIC_EVENT_NOUNS = {"встреча": "meeting", "зустріч": "meeting", "переговоры": "talks", "переговори": "talks",
                         "перемовини": "talks", "разговор": "conversation", "розмова": "conversation",
                         "беседа": "conversation", "визит": "visit", "візит": "visit", "саммит": "summit",
                         "саміт": "summit", "консультации": "consultations", "консультації": "consultations",
                         "заседание": "meeting", "засідання": "meeting", "раунд": "round of talks"}


def _duration_of(text: str, sentence: Sentence, start: int, end: int, lang: str) -> str | None:
    """What a span of time measures, where the sentence says: the noun a compound describes ("a
    five-hour meeting"), the subject of "lasted" ("the meeting lasted 40 minutes", "встреча длилась
    40 минут"), a meeting that went on for it ("met Trump for seven hours")."""
    before = text[max(sentence.start, start - 80):start]
    if lang == "en":
        if text[start:end].casefold().endswith(("-old", "\u2011old")):
            return "age"  # "a 67-year-old man"
        if re.search(r"[-\u2010\u2011]", text[start:end]) and (head := _EN_COMPOUND_HEAD.match(text, end)) \
                and head.group(1) not in _EN_PREPOSITIONS | _EN_AUXILIARIES | {"and", "old", "long", "ago"}:
            return f"length of the {head.group(1)}"
        if (lasted := _EN_LASTED.search(before.casefold())) and lasted.group(1) not in _DETERMINERS:
            return f"length of the {lasted.group(1)}"
        if met := _EN_MET_FOR.search(before.casefold()):
            return f"length of the {_EN_MET_NOUN[met.group(1)]}"
    elif lang in MORPH_LANGS and (lasted := _CYRILLIC_LASTED.search(before)):
        noun = _CYRILLIC_EVENT_NOUNS.get(lemma(lang, lasted.group(1).casefold()))
        return f"length of the {noun}" if noun else None
    return None


def _generic(unit: str | None) -> str | None:
    return "amount of money" if unit in _CURRENCIES else "share" if unit == "percent" else None


_EN_AUXILIARIES = frozenset("is was are were be been being can could will would shall should may might must has have "
                            "had do does did".split())
_EN_PREPOSITIONS = frozenset("under in over by for to from at on with after before during within since into".split())
_APPROXIMATELY = frozenset("about almost nearly some over around approximately roughly up more than less "
                           "just another an additional extra".split())
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
# "the fuel price by 51 percent", "an investment of $800bn", "a loan worth $2bn": a noun and the word
# that ties the figure to it
_HEAD_BEFORE = re.compile(r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+(?:of|by|worth|totall?ing|at)\s*\Z")


def _head_before(text: str, start: int, end: int) -> str | None:
    """The noun a figure is of, before it: up to three words before "of", "by", "worth", less an
    approximation ("of about") and the determiners; none where a verb ends the phrase."""
    words = text[start:end].split()
    while words and words[-1].casefold().strip("$€£") in _APPROXIMATELY:
        words.pop()
    found = _HEAD_BEFORE.search(" ".join(words))
    if found is None:
        return None
    head = [w for w in found.group(1).split() if w.casefold() not in _DETERMINERS]
    while head and head[0].casefold().endswith("ed") and len(head) > 1:
        head = head[1:]  # "raised the fuel price": the price, not the raising
    return " ".join(head) or None


# Words of an election's count: a share in their sentence is a share of the vote.
_VOTES = re.compile(r"\b(?:votes?|voted|ballots?|голос\w*|проголосува\w*|проголосова\w*|виборц\w*|избирател\w*)\b"
                    r"|(?:الأصوات|أصوات|الاصوات|اصوات|صوتا|صوت|الناخبين|ناخب)", re.IGNORECASE)


# A rate or index that a share measures: a word's start (as _fold writes it) and its English name.
_RATES: tuple[tuple[str, str], ...] = (
    ("ключев", "key rate"), ("облікова", "key rate"), ("облікову", "key rate"), ("обліковій", "key rate"),
    ("процентн", "interest rate"), ("відсотков", "interest rate"), ("ставк", "rate"),
    ("інфляц", "inflation"), ("инфляц", "inflation"), ("تضخم", "inflation"), ("inflation", "inflation"),
    ("безробітт", "unemployment"), ("безработиц", "unemployment"), ("بطاله", "unemployment"),
    ("unemployment", "unemployment"), ("ввп", "GDP"), ("gdp", "GDP"), ("ناتج", "GDP"),
    ("явк", "turnout"), ("turnout", "turnout"), ("فائده", "interest rate"),
    ("tariff", "tariff"), ("мито", "tariff"), ("мита", "tariff"), ("пошлин", "tariff"), ("yield", "yield"),
    ("дохідн", "yield"), ("доходн", "yield"),
)
_RATES = tuple((normalize_arabic(stem) if script_of(stem) == "arabic" else stem, english)
               for stem, english in _RATES)  # as _fold writes Arabic words
_RATE_NOUNS = ("rate", "rates")
_EN_BEFORE_RATE = frozenset("the a an its their his her our this that".split())


def _rate_before(text: str, lo: int, start: int, lang: str) -> str | None:
    """The rate a share just after it measures, named in the words before it in its clause."""
    clause = re.split(r"[,;:()«»\"“”]|\s[—–-]\s", text[lo:start])[-1]
    words = _WORD.findall(clause)[-8:]
    for i in range(len(words) - 1, -1, -1):
        low = _fold(words[i])
        if lang == "en" and low in _RATE_NOUNS:
            prev = words[i - 1].casefold() if i > 0 else ""
            return f"{prev} rate" if prev.isalpha() and prev not in _EN_BEFORE_RATE else "rate"
        for stem, english in _RATES:
            if low.startswith(stem):
                if english == "rate" and i > 0:  # "ключевую ставку", "облікову ставку"
                    prev = _fold(words[i - 1])
                    english = next((e for st, e in _RATES if e != "rate" and prev.startswith(st)), "rate")
                return english
    return None


def _context(text: str, end: int, sentence_end: int) -> str | None:
    """A few words after the number, up to the end of its clause, where no measure word says what it
    counts ("9% in the region"); none where the clause ends at once ("90% done, and I agree")."""
    clause = re.split(r"[,;:()\"“”]|\s[—–-]\s|\s(?:and|but|or|to|while|as)\s", text[end:sentence_end])[0]
    after = _WORD.findall(clause)[:4]
    while after and (after[-1].casefold() in _EN_PREPOSITIONS or after[-1].casefold() in _DETERMINERS
                     or after[-1].casefold() == "of"):
        after.pop()  # "of the profits from": the words end on what they name
    return " ".join(after) or None
