"""Date expressions in en, uk, ru, ar (and de, fr, tr): absolute, relative, publication date."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from generator.extract.dates import find_dates, infer_publication_date
from generator.records import Sentence
from generator.schema import DateFact

PUB = dt.date(2025, 5, 21)  # a Wednesday


def sentences(text: str) -> list[Sentence]:
    """Split on ". " and newlines: enough sentence structure for the date rules."""
    out: list[Sentence] = []
    start = 0
    for m in [*re.finditer(r"\. |\n", text), None]:
        end = len(text) if m is None else m.start() + (1 if m.group() == ". " else 0)
        if text[start:end].strip():
            out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end]))
        if m is not None:
            start = m.end()
    return out


def facts(text: str, lang: str, published: dt.date | None = PUB) -> list[DateFact]:
    found = find_dates(text, sentences(text), lang, published)
    for fact in found:  # provenance holds for every fact
        assert text[fact.start:fact.end] == fact.text
    return found


def values(text: str, lang: str, published: dt.date | None = PUB) -> list[tuple[str, str, str]]:
    return [(f.text, f.value, f.precision) for f in facts(text, lang, published)]


# ---------------------------------------------------------------------------------------------
# Absolute dates


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The talks ended on May 12, 2015 in Sochi.", "en", ("May 12, 2015", "2015-05-12")),
        ("The talks ended on 12 May 2015 in Sochi.", "en", ("12 May 2015", "2015-05-12")),
        ("Moscow, Russia, Monday, May 18, 2015.", "en", ("Monday, May 18, 2015", "2015-05-18")),
        ("They met on the 3rd of June 2016.", "en", ("3rd of June 2016", "2016-06-03")),
        ("It was signed Sept. 9, 2019.", "en", ("Sept. 9, 2019", "2019-09-09")),
        ("Зустріч відбулася 12 травня 2025 року в Женеві.", "uk", ("12 травня 2025 року", "2025-05-12")),
        ("Угоду підписали 1 січня 2024 р. у Києві.", "uk", ("1 січня 2024 р.", "2024-01-01")),
        ("Встреча прошла 12 мая 2025 года в Москве.", "ru", ("12 мая 2025 года", "2025-05-12")),
        ("Переговоры начались 3 декабря 2023 г. в Женеве.", "ru", ("3 декабря 2023 г.", "2023-12-03")),
        ("وصل الوفد في 12 مايو 2015 إلى موسكو.", "ar", ("12 مايو 2015", "2015-05-12")),
        ("وصل الوفد في ١٢ أيار ٢٠١٥ إلى موسكو.", "ar", ("١٢ أيار ٢٠١٥", "2015-05-12")),
        ("وصل الوفد في ۱۲ مايو ۲۰۱۵ إلى موسكو.", "ar", ("۱۲ مايو ۲۰۱۵", "2015-05-12")),
        ("عقد الاجتماع في 3 كانون الثاني 2024 في جنيف.", "ar", ("3 كانون الثاني 2024", "2024-01-03")),
        ("جرت المحادثات في 9 تشرين الأول 2023.", "ar", ("9 تشرين الأول 2023", "2023-10-09")),
        ("جرت المحادثات في 5 أيار/مايو 2022.", "ar", ("5 أيار/مايو 2022", "2022-05-05")),
        ("جرت المحادثات في 20 اغسطس 2022.", "ar", ("20 اغسطس 2022", "2022-08-20")),
        ("Das Treffen fand am 12. Mai 2015 statt.", "de", ("12. Mai 2015", "2015-05-12")),
        ("La réunion a eu lieu le 1er mai 2015.", "fr", ("1er mai 2015", "2015-05-01")),
        ("Görüşme 12 Mayıs 2015 tarihinde yapıldı.", "tr", ("12 Mayıs 2015", "2015-05-12")),
    ],
)
def test_full_dates_in_every_language(text: str, lang: str, expected: tuple[str, str]) -> None:
    found = facts(text, lang, None)
    assert [(f.text, f.value) for f in found] == [expected]
    assert found[0].precision == "day" and found[0].confidence == 1.0 and not found[0].relative


def test_eastern_arabic_digits_keep_their_offsets() -> None:
    text = "قال المتحدث الثلاثاء إن الجولة الأولى انتهت في ٢ حزيران ٢٠٢٥ دون اتفاق."
    fact = facts(text, "ar", None)[0]
    assert fact.text == "٢ حزيران ٢٠٢٥" and fact.value == "2025-06-02"
    assert text.index("٢ حزيران") == fact.start


def test_every_grammatical_case_of_slavic_month_names() -> None:
    uk = "Січень, лютого, березні, квітню, травнем; у грудні 2024 року і в листопаді 2023 року."
    assert values(uk, "uk") == [
        ("грудні 2024 року", "2024-12", "month"),
        ("листопаді 2023 року", "2023-11", "month"),
    ]
    ru = "в январе 2020 года, к февралю 2021 года, с марта 2022 года"
    assert [v for _, v, _ in values(ru, "ru")] == ["2020-01", "2021-02", "2022-03"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The ceasefire collapsed in May 2015.", "en", "2015-05"),
        ("Talks resumed in March of 2016.", "en", "2016-03"),
        ("Сторони домовилися у травні 2025 року.", "uk", "2025-05"),
        ("У серпні 2025 сторони знову зустрілися.", "uk", "2025-08"),
        ("Стороны договорились в мае 2015 года.", "ru", "2015-05"),
        ("اتفق الطرفان في مايو 2015.", "ar", "2015-05"),
        ("اتفق الطرفان في أيار 2015.", "ar", "2015-05"),
    ],
)
def test_month_and_year(text: str, lang: str, value: str) -> None:
    found = facts(text, lang, None)
    assert [(f.value, f.precision, f.confidence) for f in found] == [(value, "month", 1.0)]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("In 2014 Russia annexed Crimea.", "en", "2014"),
        ("In 2014 the war began.", "en", "2014"),
        ("Talks stalled late 2014.", "en", "2014"),
        ("У 2014 Росія анексувала Крим.", "uk", "2014"),
        ("Санкции действуют с 2014 г.", "ru", "2014 г."),
        ("Sanctions were imposed in 2014.", "en", "2014"),
        ("Sanctions were imposed in the year 2014.", "en", "2014"),
        ("The conflict has lasted since 2014.", "en", "2014"),
        ("Санкції запровадили у 2014 році.", "uk", "2014 році"),
        ("Санкции ввели в 2014 году.", "ru", "2014 году"),
        ("فرضت العقوبات عام 2014.", "ar", "عام 2014"),
        ("فرضت العقوبات في 2014.", "ar", "2014"),
        ("في 2014 ضمت روسيا القرم.", "ar", "2014"),
        ("النزاع مستمر منذ 2014.", "ar", "2014"),
        ("النزاع مستمر منذ عام ٢٠١٤.", "ar", "عام ٢٠١٤"),
    ],
)
def test_year_with_a_cue(text: str, lang: str, surface: str) -> None:
    assert values(text, lang, None) == [(surface, "2014", "year")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The team scored 20 points and freed 1000 prisoners.", "en"),
        ("About 2014 prisoners were exchanged, 1999 soldiers came home.", "en"),
        ("Report 2015 lists 12.05 million people; version 2.12.2015.1 shipped.", "en"),
        ("Обміняли 1200 полонених і 2014 тіл.", "uk"),
        ("Обменяли 2015 пленных.", "ru"),
        ("تم تبادل 2014 أسيرا و1000 جندي.", "ar"),
        ("They may 12 times have tried; march on.", "en"),
        ("Le 12 mai 2015.", "en"),  # French month in an English article
        ("Protests spread in 2000 cities.", "en"),
        ("Обміняли до 2000 військових.", "uk"),
        ("Обменяли до 2000 военнопленных.", "ru"),
    ],
)
def test_no_date_from_bare_numbers(text: str, lang: str) -> None:
    assert facts(text, lang, None) == []


@pytest.mark.parametrize(
    ("text", "lang", "value", "confidence"),
    [
        ("Published 2015-05-12 at noon.", "en", "2015-05-12", 1.0),
        ("Опубліковано 12.05.2015 о 10:00.", "uk", "2015-05-12", 1.0),
        ("Опубліковано 12/05/2015.", "uk", "2015-05-12", 1.0),
        ("Опубликовано 05/25/2015.", "ru", "2015-05-25", 1.0),  # second number > 12: month first
        ("Posted 05/12/2015.", "en", "2015-05-12", 0.8),  # English: month first, ambiguous
        ("Posted 25/12/2015.", "en", "2015-12-25", 1.0),  # first number > 12: day first
        ("Posted 12.05.2015.", "en", "2015-05-12", 1.0),  # dots: day first everywhere
        ("نشر في ١٢/٠٥/٢٠١٥.", "ar", "2015-05-12", 1.0),
    ],
)
def test_numeric_dates(text: str, lang: str, value: str, confidence: float) -> None:
    found = facts(text, lang, None)
    assert [(f.value, f.precision, f.confidence) for f in found] == [(value, "day", confidence)]


def test_month_names_follow_the_article_language() -> None:
    assert values("Spotkanie 12 mai 2015.", "pl", None) == [("12 mai 2015", "2015-05-12", "day")]
    assert values("Spotkanie 12 mai 2015.", "en", None) == []
    found = values("Meeting on 12 травня 2015 року.", "en", None)  # Cyrillic and Arabic always apply
    assert found == [("12 травня 2015 року", "2015-05-12", "day")]


def test_invalid_days_are_dropped() -> None:
    text = "Not a date: 31 June 2015, 2015-13-01, 30.02.2016."
    assert values(text, "en", None) == [("June 2015", "2015-06", "month")]  # the month still stands


def test_a_range_gives_its_first_day() -> None:
    assert values("Talks were held on 12-13 May 2015.", "en") == [("12-13 May 2015", "2015-05-12", "day")]
    assert values("Talks were held May 12-13, 2015.", "en") == [("May 12-13, 2015", "2015-05-12", "day")]


# ---------------------------------------------------------------------------------------------
# Dates without a year


def test_day_without_year_takes_the_publication_year() -> None:
    fact = facts("Shortly after the May 12 visit, experts were sceptical.", "en")[0]
    assert (fact.text, fact.value, fact.precision, fact.relative, fact.confidence) == (
        "May 12", "2025-05-12", "day", True, 0.9
    )


def test_day_without_year_is_the_most_recent_one_unless_the_sentence_looks_ahead() -> None:
    assert values("Сторони зустрілися 15 серпня.", "uk")[0][1] == "2024-08-15"
    assert values("Сторони зустрінуться 15 серпня, переговори будуть довгими.", "uk")[0][1] == "2025-08-15"
    assert values("The summit will open on June 3.", "en")[0][1] == "2025-06-03"


def test_day_without_year_and_without_publication_date_uses_the_nearest_year_in_the_text() -> None:
    text = "Moscow, Tuesday, May 12, 2015. During the May 18 lunch, Lavrov spoke. In 2019 nothing changed."
    found = facts(text, "en", None)
    lunch = next(f for f in found if f.text == "May 18")
    assert (lunch.value, lunch.precision, lunch.relative, lunch.confidence) == (
        "2015-05-18", "day", False, 0.8
    )


def test_day_without_any_year_is_dropped() -> None:
    assert facts("During the May 18 lunch, Lavrov spoke.", "en", None) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The talks stalled in August.", "en", "2024-08"),
        ("Переговори зупинилися у серпні.", "uk", "2024-08"),
        ("Переговоры остановились в августе.", "ru", "2024-08"),
        ("توقفت المحادثات في أغسطس.", "ar", "2024-08"),
        ("توقفت المحادثات في شهر آب.", "ar", "2024-08"),
        ("Переговоры начались в марте.", "ru", "2025-03"),
        ("Переговоры будут продолжены в августе.", "ru", "2025-08"),
    ],
)
def test_month_without_year(text: str, lang: str, value: str) -> None:
    found = facts(text, lang)
    assert [(f.value, f.precision, f.relative) for f in found] == [(value, "month", True)]


# ---------------------------------------------------------------------------------------------
# Relative expressions


def test_relative_expressions_are_skipped_without_a_publication_date() -> None:
    text = (
        "On Monday officials met. Yesterday they spoke; last week and last month too. "
        "У понеділок вони говорили, вчора теж. В среду и на прошлой неделе. "
        "التقى الوزيران الثلاثاء وأمس والأسبوع الماضي. Talks began in late September."
    )
    assert facts(text, "en", None) == []


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("Officials met on Monday in Geneva.", "en", "Monday", "2025-05-19"),
        ("Officials will meet on Monday in Geneva.", "en", "Monday", "2025-05-26"),
        ("The minister said on Monday that talks will resume.", "en", "Monday", "2025-05-19"),
        ("Talks will be held on Friday.", "en", "Friday", "2025-05-23"),
        ("They meet next Monday.", "en", "next Monday", "2025-05-26"),
        ("They met last Friday.", "en", "last Friday", "2025-05-16"),
        ("They meet this Friday.", "en", "this Friday", "2025-05-23"),
        ("Talks on Wednesday went well.", "en", "Wednesday", "2025-05-21"),
        ("У понеділок сторони провели переговори.", "uk", "понеділок", "2025-05-19"),
        ("Переговори відбудуться в понеділок.", "uk", "понеділок", "2025-05-26"),
        ("Делегація прибула в п’ятницю.", "uk", "п’ятницю", "2025-05-16"),
        ("Делегація прибула в п'ятницю.", "uk", "п'ятницю", "2025-05-16"),
        ("Зустріч буде наступного понеділка.", "uk", "наступного понеділка", "2025-05-26"),
        ("Вони зустрілися минулої п'ятниці.", "uk", "минулої п'ятниці", "2025-05-16"),
        ("Во вторник стороны встретились.", "ru", "вторник", "2025-05-20"),
        ("В среду министр выступил.", "ru", "среду", "2025-05-21"),
        ("Встреча состоится в четверг.", "ru", "четверг", "2025-05-22"),
        ("Подписание ожидается во вторник.", "ru", "вторник", "2025-05-27"),  # expected: to come
        ("Рішення очікується в понеділок.", "uk", "понеділок", "2025-05-26"),
        ("The vote is expected on Friday.", "en", "Friday", "2025-05-23"),
        ("В воскресенье прошли консультации.", "ru", "воскресенье", "2025-05-18"),
        ("أعلنت روسيا، الثلاثاء، أن المحادثات مفيدة.", "ar", "الثلاثاء", "2025-05-20"),
        ("تقول روسيا إنها سترسل وفدا إلى اسطنبول يوم الاثنين.", "ar", "يوم الاثنين", "2025-05-26"),
        ("وصل الوفد والثلاثاء بدأت المحادثات.", "ar", "الثلاثاء", "2025-05-20"),
        ("تعقد الجولة المقبلة الخميس المقبل.", "ar", "الخميس المقبل", "2025-05-22"),
        ("التقى الوزيران يوم الأحد الماضي.", "ar", "يوم الأحد الماضي", "2025-05-18"),
        ("التقى الوزيران الإثنين في جنيف.", "ar", "الإثنين", "2025-05-19"),
        # a past verb in the same clause wins over a future cue later in the sentence ...
        ("وقال الوزير خلال مؤتمر صحفي مشترك مع نظيره الجمعة إن الوفد سيصل.", "ar", "الجمعة", "2025-05-16"),
        ("Міністр у середу заявив, що переговори будуть.", "uk", "середу", "2025-05-21"),
        # ... but not across "that": the reported clause speaks for itself
        ("Він заявив, що делегація прибуде в четвер, і переговори будуть.", "uk", "четвер", "2025-05-22"),
        # the tense nearest the weekday decides, in every language
        ("The envoy said he and his deputy will fly to Berlin on Thursday.", "en", "Thursday", "2025-05-22"),
        ("A visit was expected for possible talks, although on Tuesday he said he would not come.", "en",
         "Tuesday", "2025-05-20"),
        ("Видання повідомило про можливу зустріч у п'ятницю.", "uk", "п'ятницю", "2025-05-23"),
        ("Міністри зустрінуться у п'ятницю в Женеві.", "uk", "п'ятницю", "2025-05-23"),
        ("Министры встретятся в пятницу в Женеве.", "ru", "пятницу", "2025-05-23"),
        ("Накануне саммита в пятницу министры обсуждали возможный обмен.", "ru", "пятницу", "2025-05-16"),
        ("وأوضحت الرئاسة أن القمة ستُعقد بعد ظهر الاثنين.", "ar", "الاثنين", "2025-05-26"),
        # "following a Monday call": one the sentence dates itself by, before, whatever else is upcoming
        ("An upcoming summit has been canceled, following a Monday phone call.", "en", "Monday", "2025-05-19"),
        # a coming weekday that is the article's own day is today, not a week on
        ("Officials will meet on Wednesday in Geneva.", "en", "Wednesday", "2025-05-21"),
        ("Переговори відбудуться в середу.", "uk", "середу", "2025-05-21"),
        ("سيصل الوفد الأربعاء إلى جنيف.", "ar", "الأربعاء", "2025-05-21"),
    ],
)
def test_weekdays_resolve_against_publication(text: str, lang: str, surface: str, value: str) -> None:
    found = facts(text, lang)
    assert [(f.text, f.value) for f in found] == [(surface, value)]
    assert found[0].relative and found[0].precision == "day" and found[0].confidence == 0.8


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "en"),
        ("понеділка вівторка середу четверга п’ятниці суботу неділю", "uk"),
        ("понедельник вторник в среду четверг пятницу субботу воскресенье", "ru"),
        ("الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الأحد", "ar"),
    ],
)
def test_every_weekday_name(words: str, lang: str) -> None:
    found = facts(words, lang)  # the week before publication, Thursday 15 to Wednesday 21 May 2025
    days = {dt.date.fromisoformat(f.value).weekday(): f.value for f in found}
    assert len(found) == 7 and sorted(days) == list(range(7))
    assert all("2025-05-15" <= value <= "2025-05-21" for value in days.values())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Захист окружающую среду важен.", "ru"),
        ("الخلاف بين الاثنين مستمر.", "ar"),
        ("في اليوم التالي عاد الوفد.", "ar"),
        ("في ذلك اليوم عاد الوفد.", "ar"),
        ("هو بأمس الحاجة إلى الدعم.", "ar"),
        ("غدا الوضع أكثر تعقيدا في المنطقة.", "ar"),
    ],
)
def test_words_with_another_sense_are_not_dates(text: str, lang: str) -> None:
    assert facts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("Yesterday the ministers spoke.", "en", "Yesterday", "2025-05-20"),
        ("The talks resume tomorrow.", "en", "tomorrow", "2025-05-22"),
        ("Вчора міністри говорили.", "uk", "Вчора", "2025-05-20"),
        ("Учора міністри говорили.", "uk", "Учора", "2025-05-20"),
        ("Переговори продовжаться завтра.", "uk", "завтра", "2025-05-22"),
        ("Вчера министры говорили.", "ru", "Вчера", "2025-05-20"),
        ("Позавчера министры говорили.", "ru", "Позавчера", "2025-05-19"),
        ("وصل الوفد أمس إلى موسكو.", "ar", "أمس", "2025-05-20"),
        ("وصل الوفد بالأمس إلى موسكو.", "ar", "الأمس", "2025-05-20"),
        ("وصل الوفد أمس الأول إلى موسكو.", "ar", "أمس الأول", "2025-05-19"),
        ("تستأنف المحادثات غداً.", "ar", "غداً", "2025-05-22"),
        ("تستأنف المحادثات غدًا في جنيف.", "ar", "غدًا", "2025-05-22"),
        ("تستأنف المحادثات بعد غد في جنيف.", "ar", "بعد غد", "2025-05-23"),
    ],
)
def test_yesterday_and_tomorrow(text: str, lang: str, surface: str, value: str) -> None:
    found = facts(text, lang)
    assert [(f.text, f.value, f.precision, f.confidence) for f in found] == [(surface, value, "day", 0.8)]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [("Today the talks resume.", "en", "Today"), ("Сьогодні переговори.", "uk", "Сьогодні"),
     ("Сегодня переговоры.", "ru", "Сегодня"), ("تستأنف المحادثات اليوم.", "ar", "اليوم"),
     ("تستأنف المحادثات اليوم الخميس.", "ar", "اليوم")],
)
def test_today_is_vaguer(text: str, lang: str, surface: str) -> None:
    fact = facts(text, lang)[0]
    assert (fact.text, fact.value, fact.confidence) == (surface, "2025-05-21", 0.7)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("The envoy visited Moscow in late September.", "en", "late September", "2024-09"),
        ("The envoy arrived in early May.", "en", "early May", "2025-05"),
        ("Talks stalled in mid-June.", "en", "mid-June", "2024-06"),
        ("Talks will resume in mid-June.", "en", "mid-June", "2025-06"),
        ("The deal was signed at the end of March.", "en", "the end of March", "2025-03"),
        ("Посланець приїхав наприкінці вересня.", "uk", "наприкінці вересня", "2024-09"),
        ("Посланець приїхав на початку травня.", "uk", "на початку травня", "2025-05"),
        ("Посланець приїхав в середині квітня.", "uk", "в середині квітня", "2025-04"),
        ("Посланник приехал в конце сентября.", "ru", "в конце сентября", "2024-09"),
        ("Посланник приехал в начале мая.", "ru", "в начале мая", "2025-05"),
        ("وصل المبعوث أواخر سبتمبر.", "ar", "أواخر سبتمبر", "2024-09"),
        ("وصل المبعوث أوائل مايو.", "ar", "أوائل مايو", "2025-05"),
        ("وصل المبعوث في منتصف يونيو.", "ar", "منتصف يونيو", "2024-06"),
        ("The envoy came late last month.", "en", "late last month", "2025-04"),
        ("Посланець приїхав наприкінці минулого місяця.", "uk", "наприкінці минулого місяця", "2025-04"),
    ],
)
def test_part_of_month(text: str, lang: str, surface: str, value: str) -> None:
    found = facts(text, lang)
    assert [(f.text, f.value, f.precision, f.relative, f.confidence) for f in found] == [
        (surface, value, "part-of-month", True, 0.7)
    ]


def test_part_of_month_with_a_year_is_explicit() -> None:
    found = facts("The envoy came in late September 2015.", "en", None)
    assert [(f.text, f.value, f.precision, f.relative, f.confidence) for f in found] == [
        ("late September 2015", "2015-09", "part-of-month", False, 1.0)
    ]
    assert values("Посланник приехал в конце сентября 2015 года.", "ru", None) == [
        ("в конце сентября 2015 года", "2015-09", "part-of-month")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value", "precision"),
    [
        ("Earlier this month the envoy visited.", "en", "Earlier this month", "2025-05", "month"),
        ("The envoy visited last month.", "en", "last month", "2025-04", "month"),
        ("The envoy will visit next month.", "en", "next month", "2025-06", "month"),
        ("Цього місяця посланець приїхав.", "uk", "Цього місяця", "2025-05", "month"),
        ("Посланець приїхав минулого місяця.", "uk", "минулого місяця", "2025-04", "month"),
        ("Посланник приехал в этом месяце.", "ru", "в этом месяце", "2025-05", "month"),
        ("Посланник приехал в прошлом месяце.", "ru", "в прошлом месяце", "2025-04", "month"),
        ("وصل المبعوث هذا الشهر.", "ar", "هذا الشهر", "2025-05", "month"),
        ("وصل المبعوث في وقت سابق من هذا الشهر.", "ar", "في وقت سابق من هذا الشهر", "2025-05", "month"),
        ("وصل المبعوث الشهر الماضي.", "ar", "الشهر الماضي", "2025-04", "month"),
        ("Sanctions were extended this year.", "en", "this year", "2025", "year"),
        ("Sanctions were extended last year.", "en", "last year", "2024", "year"),
        ("Санкції продовжили цього року.", "uk", "цього року", "2025", "year"),
        ("Санкції продовжили минулого року.", "uk", "минулого року", "2024", "year"),
        ("Санкции продлили в этом году.", "ru", "в этом году", "2025", "year"),
        ("Санкции продлили в прошлом году.", "ru", "в прошлом году", "2024", "year"),
        ("مددت العقوبات هذا العام.", "ar", "هذا العام", "2025", "year"),
        ("مددت العقوبات العام الماضي.", "ar", "العام الماضي", "2024", "year"),
        ("The ministers met last week.", "en", "last week", "2025-05-12", "week"),
        ("The ministers meet this week.", "en", "this week", "2025-05-19", "week"),
        ("Міністри зустрілися минулого тижня.", "uk", "минулого тижня", "2025-05-12", "week"),
        ("Министры встретились на прошлой неделе.", "ru", "на прошлой неделе", "2025-05-12", "week"),
        ("التقى الوزيران الأسبوع الماضي.", "ar", "الأسبوع الماضي", "2025-05-12", "week"),
        ("يلتقي الوزيران الأسبوع المقبل.", "ar", "الأسبوع المقبل", "2025-05-26", "week"),
    ],
)
def test_this_last_next_periods(text: str, lang: str, surface: str, value: str, precision: str) -> None:
    found = facts(text, lang)
    assert [(f.text, f.value, f.precision, f.relative, f.confidence) for f in found] == [
        (surface, value, precision, True, 0.7)
    ]


# ---------------------------------------------------------------------------------------------
# The list as a whole


def test_sorted_without_overlaps_and_with_sentence_indexes() -> None:
    text = (
        "Moscow, Monday, May 18, 2015. Kerry visited on May 12.\n"
        "У вівторок, 12 травня 2015 року, сторони зустрілися. Наступного тижня буде новий раунд.\n"
        "وقال المتحدث الثلاثاء ١٢ مايو ٢٠١٥ إن الجولة المقبلة ستعقد منتصف يونيو."
    )
    found = facts(text, "en", dt.date(2015, 5, 20))
    assert [(f.text, f.value, f.sentence) for f in found] == [
        ("Monday, May 18, 2015", "2015-05-18", 0),
        ("May 12", "2015-05-12", 1),
        ("вівторок, 12 травня 2015 року", "2015-05-12", 2),
        ("Наступного тижня", "2015-05-25", 3),
        ("الثلاثاء ١٢ مايو ٢٠١٥", "2015-05-12", 4),
        ("منتصف يونيو", "2015-06", 4),
    ]
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


def test_deterministic() -> None:
    text = "On Monday, 12 May 2015, in 2014 and last week. У понеділок. الثلاثاء الماضي."
    assert find_dates(text, sentences(text), "en", PUB) == find_dates(text, sentences(text), "en", PUB)


def test_works_without_sentences() -> None:
    found = find_dates("Talks on 12 May 2015 and on Monday.", [], "en", PUB)
    assert [(f.text, f.sentence) for f in found] == [("12 May 2015", 0), ("Monday", 0)]


def test_a_long_single_line_returns() -> None:
    chunk = (
        "On Monday, May 18, 2015 the ministers met in 2014 and 20 points were agreed; "
        "у понеділок 12 травня 2025 року; в конце сентября; الثلاثاء ١٢ أيار ٢٠١٥ والأسبوع الماضي. "
        "The delegation travelled to the capital for another round of consultations with partners "
    )
    text = (chunk * (200_000 // len(chunk) + 1))[:200_000]
    found = find_dates(text, [], "en", PUB)
    assert len(found) > 1000


# ---------------------------------------------------------------------------------------------
# Publication date


def test_publication_date_from_a_dateline() -> None:
    text = "KYIV, 3 June 2025. Talks on 12 May 2025 were useful. A new round started 20 May 2025."
    assert infer_publication_date(text, sentences(text), "en") == dt.date(2025, 6, 3)


def test_publication_date_is_the_latest_full_date_otherwise() -> None:
    text = (
        "Experts remain sceptical. They point to differences.\n"
        "Kerry visited Sochi, Tuesday, May 12, 2015. Nuland spoke in Moscow, Monday, May 18, 2015.\n"
        "In 2014 relations broke down. A new round will start on 1 June 2015."
    )
    assert infer_publication_date(text, sentences(text), "en") == dt.date(2015, 5, 18)


def test_publication_date_ignores_relative_and_yearless_dates() -> None:
    text = "Officials met on Monday. Talks resumed on May 12. They began in 2014. Yesterday nothing."
    assert infer_publication_date(text, sentences(text), "en") is None


def test_publication_date_without_sentences_reads_the_first_two_lines() -> None:
    text = "Moscow\nTuesday, 12 May 2015\nThe talks of 10 May 2015 were useful.\nA round on 20 May 2015."
    assert infer_publication_date(text, [], "en") == dt.date(2015, 5, 12)
    text = "Moscow\nTalks\nThe talks of 10 May 2015 were useful.\nAnother round followed on 20 May 2015."
    assert infer_publication_date(text, [], "en") == dt.date(2015, 5, 20)


def test_publication_date_in_arabic_and_ukrainian() -> None:
    ar = "موسكو - ١٢ أيار ٢٠١٥. قال المتحدث إن المحادثات مفيدة."
    assert infer_publication_date(ar, sentences(ar), "ar") == dt.date(2015, 5, 12)
    uk = "Сторони зустрілися. Про це стало відомо. Раунд відбувся 14 серпня 2025 року."
    assert infer_publication_date(uk, sentences(uk), "uk") == dt.date(2025, 8, 14)


def test_a_yearless_date_weeks_after_publication_is_the_coming_one(tmp_path) -> None:
    import datetime as dt

    from generator.extract.dates import find_dates
    from tests.builders import analyse_text, project_config

    text = "They agreed to complete the extension by February 5. The last round was on December 3."
    doc = analyse_text(project_config(tmp_path), text, "en")
    found = {d.text: d.value for d in find_dates(text, doc.sentences, "en", dt.date(2021, 1, 26))}
    assert found == {"February 5": "2021-02-05", "December 3": "2020-12-03"}


def test_a_yearless_date_just_after_new_year_is_the_coming_one() -> None:
    december = dt.date(2021, 12, 30)
    text = "It was confirmed that the negotiations would take place in Geneva on January 9."
    assert [v for _, v, _ in values(text, "en", december)] == ["2022-01-09"]
    # With a past verb governing it, the same words are the January just gone.
    assert [v for _, v, _ in values("The delegations met in Geneva on January 9.", "en", december)] == ["2021-01-09"]


def test_an_arabic_comma_may_stand_between_month_and_year() -> None:
    ar = "بيان لوزير الخارجية\n24 فبراير، 2023\nقال الوزير إن الحرب مستمرة."
    assert [(f.text, f.value) for f in facts(ar, "ar", None)] == [("24 فبراير، 2023", "2023-02-24")]


@pytest.mark.parametrize(("text", "lang", "start", "until"), [
    ("Talks were held on March 23-25, 2025 in Riyadh.", "en", "2025-03-23", "2025-03-25"),
    ("Переговоры пройдут 17-18 февраля в Женеве.", "ru", "2026-02-17", "2026-02-18"),
    ("Переговори тривали 9–10 червня 2025 року.", "uk", "2025-06-09", "2025-06-10"),
])
def test_a_range_of_days_gives_its_first_and_last_day(text: str, lang: str, start: str, until: str) -> None:
    found = facts(text, lang, dt.date(2026, 2, 10))
    assert [(f.value, f.until) for f in found] == [(start, until)]


def test_a_single_day_has_no_end() -> None:
    assert [f.until for f in facts("They met on 12 May 2025.", "en")] == [None]


@pytest.mark.parametrize(("text", "lang", "value"), [
    # a day as an adjective, in any form
    ("Вчорашні зустрічі у Ватикані були важливими.", "uk", "2025-05-20"),
    ("Він розповів про сьогоднішню зустріч.", "uk", "2025-05-21"),
    ("На вчерашнем заседании решили продолжить.", "ru", "2025-05-20"),
    ("Завтрашняя встреча пройдёт в Женеве.", "ru", "2025-05-22"),
    # last week's weekday in Ukrainian and Russian (PUB is Wednesday 21 May 2025), the latest in English
    ("В прошлый понедельник посол был в суде.", "ru", "2025-05-12"),
    ("Минулого понеділка делегація прибула до Києва.", "uk", "2025-05-12"),
    ("В понедельник посол был в суде.", "ru", "2025-05-19"),
    ("Last Monday the envoy arrived.", "en", "2025-05-19"),
    # parts of the day
    ("In an interview this morning, the president spoke.", "en", "2025-05-21"),
    ("Last night the talks ended.", "en", "2025-05-20"),
    ("Цього ранку делегація прибула до Києва.", "uk", "2025-05-21"),
    ("Прошлой ночью переговоры закончились.", "ru", "2025-05-20"),
])
def test_days_told_in_words_resolve_against_the_article_date(text: str, lang: str, value: str) -> None:
    assert [f.value for f in facts(text, lang)] == [value]


def test_a_name_is_no_cue_of_the_future() -> None:
    # "سيبيها" (Sybiha) looks like a verb with the future prefix sa-: as a name it is none.
    text = "بحث الوزير مع نظيره أندريه سيبيها خلال اتصال هاتفي اليوم الاثنين جهود التوصل إلى تسوية سلمية للأزمة."
    sentences = [Sentence(0, 0, len(text), text, [])]
    monday = dt.date(2025, 3, 10)
    name = text.index("أندريه سيبيها")
    found = find_dates(text, sentences, "ar", monday, [(name, name + len("أندريه سيبيها"))])
    assert [d.value for d in found] == ["2025-03-10", "2025-03-10"]


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        # the year in which the day falls on its weekday, whatever the tense (PUB: 21 May 2025)
        ("Утром в среду, 23 июля, журналисты стали собираться у дворца.", "ru", "среду, 23 июля", "2025-07-23"),
        ("The summit will open on Wednesday, May 14.", "en", "Wednesday, May 14", "2025-05-14"),
        ("У четвер, 15 січня, діятимуть графіки.", "uk", "четвер, 15 січня", "2026-01-15"),
        ("У середу, 15 січня, відбулася зустріч.", "uk", "середу, 15 січня", "2025-01-15"),
        ("وصل الوفد يوم الأربعاء 23 يوليو إلى جنيف.", "ar", "يوم الأربعاء 23 يوليو", "2025-07-23"),
        # no year near the article date fits the weekday: the nearest year
        ("The talks ended on Sunday, May 22.", "en", "Sunday, May 22", "2025-05-22"),
    ],
)
def test_a_weekday_with_day_and_month_chooses_the_year(text: str, lang: str, surface: str, value: str) -> None:
    assert [(f.text, f.value) for f in facts(text, lang)] == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Стороны настаивали на встрече до конца июня.", "ru", "до конца июня"),
        ("They insisted on a deal by the end of June.", "en", "the end of June"),
        ("They insisted on a deal by June.", "en", "June"),
        ("Вони вимагали угоди до кінця червня.", "uk", "до кінця червня"),
        ("وطالبوا بعقد القمة قبل نهاية يونيو.", "ar", "نهاية يونيو"),
    ],
)
def test_a_deadline_in_the_next_month_is_the_coming_one(text: str, lang: str, surface: str) -> None:
    # PUB is 21 May 2025: a deadline of June after a past verb is next month's, not last year's
    assert [(f.text, f.value) for f in facts(text, lang)] == [(surface, "2025-06")]


def test_a_month_with_a_word_of_direction():
    # published 2025-05-21: last September is 2024's, next March 2026's
    assert [v[:2] for v in values("He resigned last September.", "en")] == [("last September", "2024-09")]
    assert [v[:2] for v in values("Він пішов у відставку минулого вересня.", "uk")] == [("минулого вересня", "2024-09")]
    assert [v[:2] for v in values("They will meet again next March.", "en")] == [("next March", "2026-03")]


def test_the_writers_aside_to_the_reader_is_no_future() -> None:
    # "Напомним," / "Нагадаємо," ("let us recall") are verbs in the future form: what follows is past.
    published = dt.date(2026, 1, 15)
    assert values("Напомним, 3 декабря Госдума приняла закон.", "ru", published)[0][1] == "2025-12-03"
    assert values("Нагадаємо, у листопаді Рада ухвалила закон.", "uk", published)[0][1] == "2025-11"
    # a verb of the future in the first person plural that is no aside still looks ahead
    assert values("Мы встретимся 3 февраля.", "ru", published)[0][1] == "2026-02-03"


def test_a_plan_to_do_something_is_no_cue_of_the_future() -> None:
    published = dt.date(2025, 12, 5)
    text = "In November, the US presented a new peace plan to end the war in Ukraine."
    assert values(text, "en", published)[0][1] == "2025-11"
    assert values("Trump plans to meet Putin in January.", "en", published)[0][1] == "2026-01"


def test_a_weekday_that_opens_its_sentence_takes_the_tense_of_its_clause() -> None:
    published = dt.date(2024, 1, 26)  # a Friday
    text = "On Wednesday, Moscow and Kyiv said a scheduled prisoner swap fell through."
    assert values(text, "en", published)[0][1] == "2024-01-24"
    assert values("On Wednesday, Moscow and Kyiv will hold the scheduled swap.", "en", published)[0][1] == "2024-01-31"
