import pytest

from generator.config import load_config
from generator.extract import extract
from generator.extract.numbers import extract_numbers
from tests.builders import REPO, analyse_text, project_config


def numbers_of(tmp_path, text, lang):
    return [(n.text, n.value, n.unit) for n in extract_numbers(analyse_text(project_config(tmp_path), text, lang))]


def test_percentages_in_four_languages(tmp_path):
    assert numbers_of(tmp_path, "Russia holds 18.5% of the territory.", "en") == [("18.5%", 18.5, "percent")]
    assert numbers_of(tmp_path, "Армія просунулась на 2 відсотки території.", "uk")[0][1:] == (2.0, "percent")
    assert numbers_of(tmp_path, "تسيطر على ٢٠ ٪ من الأراضي.", "ar")[0][1:] == (20.0, "percent")


def test_points_people_and_quantity_words(tmp_path):
    found = numbers_of(tmp_path, "The 28-point plan freed 1,200 prisoners and hundreds of civilians.", "en")
    assert ("28-point", 28.0, "points") in found
    assert ("1,200 prisoners", 1200.0, "prisoners") in found
    assert ("hundreds of civilians", 100.0, "civilians") in found
    assert numbers_of(tmp_path, "План із 12 пунктів обговорили.", "uk")[0][1:] == (12.0, "points")


def test_money_with_its_scale_and_currency(tmp_path):
    assert numbers_of(tmp_path, "The US has given $44bn in aid.", "en")[0] == ("$44bn", 44e9, "USD")
    assert numbers_of(tmp_path, "Допомога склала 2,5 млрд доларів.", "uk")[0] == ("2,5 млрд доларів", 2.5e9, "USD")
    assert numbers_of(tmp_path, "قدمت 688 مليون دولار.", "ar")[0][1:] == (688e6, "USD")


def test_written_numbers_and_approximations(tmp_path):
    assert numbers_of(tmp_path, "The talks lasted more than nine hours.", "en") == [
        ("more than nine hours", 9.0, "hours")]
    assert numbers_of(tmp_path, "Переговори тривали два дні.", "uk") == [("два дні", 2.0, "days")]
    assert numbers_of(tmp_path, "وصل خلال ثلاثة أشهر.", "ar")[0][1:] == (3.0, "months")


def test_dates_years_and_ways_of_speaking_are_no_figures(tmp_path):
    assert numbers_of(tmp_path, "The two presidents met in 2021 and spoke of one more round.", "en") == []


def test_what_a_number_measures(tmp_path):
    doc = analyse_text(project_config(tmp_path), "Exports reached 9% in the region last year.", "en")
    facts = extract_numbers(doc)
    assert facts[0].unit == "percent" and facts[0].what.startswith("in the region")


def test_what_a_share_measures_ends_with_its_clause(tmp_path):
    config = project_config(tmp_path)
    for text in ("The deal is 90% done, and I agree with them.", '"We are 90% done" with the plan, he said.'):
        assert [n.what for n in extract_numbers(analyse_text(config, text, "en"))] == ["done"], text
    assert [n.what for n in extract_numbers(analyse_text(config, "Russia holds 18% of the territory.", "en"))] == [
        "share of the territory"]


def test_what_a_figure_is_of_may_stand_before_it(tmp_path):
    config = project_config(tmp_path)
    for text, what in (("Egypt raised the fuel price by almost 51 percent in August.", "fuel price"),
                       ("It signed an investment of 800 billion dollars over ten years.", "investment"),
                       ("The US would receive 50% of the profits from the fund.", "share of the profits")):
        assert extract_numbers(analyse_text(config, text, "en"))[0].what == what, text


@pytest.mark.parametrize(
    ("text", "lang", "what"),
    [
        ("The central bank kept its key rate at 7.5%.", "en", "key rate"),
        ("The unemployment rate ticked down to 3.8 percent.", "en", "unemployment rate"),
        ("Inflation reached 9% in the region last year.", "en", "inflation"),
        ("Банк России сохранил ключевую ставку на уровне 7,5%.", "ru", "key rate"),
        ("Ставка должна была остаться на уровне 7,5%.", "ru", "rate"),
        ("Инфляция замедлилась до 12,6%.", "ru", "inflation"),
        ("НБУ залишив облікову ставку на рівні 15,5%.", "uk", "key rate"),
        ("Безробіття зросло до 10%.", "uk", "unemployment"),
        ("أبقى البنك المركزي على سعر الفائدة عند 7.5%.", "ar", "interest rate"),
        ("ارتفع معدل التضخم إلى 12%.", "ar", "inflation"),
    ],
)
def test_a_rate_is_a_rate_not_a_share(tmp_path, text, lang, what):
    found = extract_numbers(analyse_text(project_config(tmp_path), text, lang))
    assert [(n.unit, n.what) for n in found] == [("percent", what)]


def test_a_share_of_something_stays_a_share(tmp_path):
    found = extract_numbers(analyse_text(project_config(tmp_path), "Узгоджено 90% плану.", "uk"))
    assert [(n.unit, n.what) for n in found] == [("percent", "share")]


def test_a_range_of_shares(tmp_path):
    found = facts_of(tmp_path, "Funding rates range from 4.25% to 4.5%, after five meetings.", "en")
    assert [(n.text, n.value, n.up_to, n.unit, n.what) for n in found[:1]] == [
        ("4.25% to 4.5%", 4.25, 4.5, "percent", "funding rate")]


def test_ordinals_count_what_follows_them(tmp_path):
    assert numbers_of(tmp_path, "Звернення Президента 1401-го дня війни.", "uk") == [("1401-го дня", 1401.0, "days")]
    assert numbers_of(tmp_path, "The telescope marks its 35th anniversary.", "en") == [
        ("35th anniversary", 35.0, "anniversary")]
    assert numbers_of(tmp_path, "Він привітав команду з 30-річчям станції.", "uk") == [
        ("30-річчям", 30.0, "anniversary")]
    assert numbers_of(tmp_path, "A 95-year-old woman spoke.", "en") == [("95-year-old", 95.0, "years")]
    assert numbers_of(tmp_path, "See the 2nd chapter.", "en") == []  # an ordinal that counts nothing


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бійці 12-ї бригади повернулися додому.", "uk"),
        ("Це був уже 69-й обмін полоненими.", "uk"),
        ("Это был уже 69-го обмена пленными.", "ru"),
        ("Пятый раунд переговоров прошел в Стамбуле.", "ru"),
        ("П'ятий раунд переговорів пройшов у Стамбулі.", "uk"),
        ("The 3rd round of talks ended.", "en"),
        ("The 82nd Airborne Division arrived.", "en"),
        ("В пятницу встречу перенесли.", "ru"),
        ("У п'ятницю зустріч перенесли.", "uk"),
    ],
)
def test_ordinals_and_weekdays_are_no_counts(tmp_path, text, lang):
    assert numbers_of(tmp_path, text, lang) == []


def test_a_scale_abbreviation_with_its_dot(tmp_path):
    assert numbers_of(tmp_path, "План сокращает армию до 600 тыс. человек. Ответа нет.", "ru") == [
        ("600 тыс. человек", 600e3, "people")]
    assert numbers_of(tmp_path, "Армію скоротять до 800 тис. військових.", "uk") == [
        ("800 тис. військових", 800e3, "soldiers")]


def test_an_arabic_number_counts_the_indefinite_word_after_it(tmp_path):
    assert numbers_of(tmp_path, "شاركت 29 رائدة أعمال في البرنامج.", "ar") == [("29 رائدة", 29.0, "رائدة")]
    assert numbers_of(tmp_path, "وقال إن أكثر من 20 جهة مانحة شاركت.", "ar")[0][1:] == (20.0, "جهة")
    # an article, a preposition or a month after the number says it counts nothing
    for text in ("المادة 51 من الميثاق.", "بدأ الغزو في 24 شباط بعد أشهر.", "صدر القرار 2231 الشهير."):
        assert numbers_of(tmp_path, text, "ar") == [], text


def test_a_word_may_stand_between_a_number_and_what_it_counts(tmp_path):
    assert numbers_of(tmp_path, "Seven additional children were returned.", "en") == [
        ("Seven additional children", 7.0, "children")]
    assert numbers_of(tmp_path, "Three anxious families waited at the border.", "en") == [
        ("Three anxious families", 3.0, "families")]  # an adjective in -ous, however it ends
    assert numbers_of(tmp_path, "Стороны провели два телефонных разговора.", "ru") == [
        ("два телефонных разговора", 2.0, "calls")]
    assert numbers_of(tmp_path, "После двух долгих разговоров стороны договорились.", "ru")[0][1:] == (2.0, "calls")


def test_arabic_number_words_with_a_clitic_or_a_definite_noun(tmp_path):
    assert numbers_of(tmp_path, "قتل مئات المدنيين في الهجوم.", "ar") == [("مئات المدنيين", 100.0, "civilians")]
    assert numbers_of(tmp_path, "قدمت المساعدة لآلاف الأشخاص.", "ar") == [("لآلاف الأشخاص", 1000.0, "people")]


def test_more_measures_and_currencies(tmp_path):
    assert numbers_of(tmp_path, "Україна здобула 100 медалей.", "uk") == [("100 медалей", 100.0, "medals")]
    assert numbers_of(tmp_path, "Лондон виділить 3 млрд фунтів.", "uk")[0][1:] == (3e9, "GBP")
    assert numbers_of(tmp_path, "Україна повернула 909 тіл загиблих.", "uk") == [("909 тіл", 909.0, "bodies")]


def facts_of(tmp_path, text, lang):
    return extract_numbers(analyse_text(project_config(tmp_path), text, lang))


def test_a_half_after_a_number(tmp_path):
    assert [(n.value, n.what) for n in facts_of(tmp_path, "He spent three and a half years in prison.", "en")] == [
        (3.5, "years")]
    assert [n.value for n in facts_of(tmp_path, "Переговори тривали два з половиною дні.", "uk")] == [2.5]
    # the half after what is counted, and one and a half in a word
    assert [(n.text, n.value, n.what) for n in facts_of(tmp_path, "قضى ثلاثة أعوام ونصف في السجن.", "ar")] == [
        ("ثلاثة أعوام ونصف", 3.5, "years")]
    assert [(n.value, n.what) for n in facts_of(tmp_path, "Переговоры длились полтора года.", "ru")] == [
        (1.5, "length of the talks")]
    assert [(n.value, n.what) for n in facts_of(tmp_path, "Війна триває вже півтора року.", "uk")] == [(1.5, "years")]


def test_a_sum_in_another_language_says_in_english_that_it_is_money(tmp_path):
    found = facts_of(tmp_path, "Россия выделит 500 млн рублей на восстановление.", "ru")
    assert [(n.value, n.unit, n.what) for n in found] == [(500_000_000, "RUB", "amount of money")]


def test_an_arabic_conjunction_glued_to_the_digits(tmp_path):
    found = facts_of(tmp_path, "قدمت الوكالة 20 مليون دولار و17 مليون دولار للمساعدات.", "ar")
    assert [(n.text, n.value, n.unit) for n in found] == [("20 مليون دولار", 20e6, "USD"),
                                                          ("17 مليون دولار", 17e6, "USD")]


def test_an_arabic_figure_told_in_parts_is_one_number(tmp_path):
    # 39 million, 702 thousand and 451 voters; the tanween of "مليونًا" stays in its word
    found = facts_of(tmp_path, "بلغ عدد الناخبين 39 مليونًا و702 ألف و451 ناخبًا.", "ar")
    assert [(n.text, n.value) for n in found] == [("39 مليونًا و702 ألف و451 ناخبًا", 39_702_451)]
    # two figures of one scale are two numbers
    found = facts_of(tmp_path, "قدمت الوكالة 3 ملايين دولار و4 ملايين دولار.", "ar")
    assert [n.value for n in found] == [3e6, 4e6]


def test_a_range_keeps_both_ends(tmp_path):
    cases = [("Погибли от 300 до 400 человек.", "ru", 300, 400),
             ("Between 3 and 5 million people fled.", "en", 3e6, 5e6),
             ("قتل من 20 إلى 30 شخصا.", "ar", 20, 30)]
    for text, lang, low, high in cases:
        assert [(n.value, n.up_to) for n in facts_of(tmp_path, text, lang)] == [(low, high)], text
    assert [n.up_to for n in facts_of(tmp_path, "Russia holds 3 and Ukraine 5 million tonnes.", "en")] == [None]


def test_currency_codes_dozens_vague_scales_and_or_ranges(tmp_path):
    config = project_config(tmp_path)
    got = {n.text: (n.value, n.up_to, n.unit) for n in extract_numbers(analyse_text(config, (
        "The US announced USD 1 billion in aid and $ 3.4 billion in support. Biden spoke with 16 European leaders "
        "and held more than two dozen calls. Hundreds of thousands of people fled. The talks took three or four "
        "days."), "en"))}
    assert got["USD 1 billion"] == (1e9, None, "USD")
    assert got["$ 3.4 billion"] == (3.4e9, None, "USD")
    assert got["16 European leaders"] == (16, None, "leaders")  # "European" is no euro
    assert got["more than two dozen calls"] == (24, None, "calls")
    assert got["Hundreds of thousands of people"] == (100_000, None, "people")
    assert got["three or four days"] == (3, 4, "days")
    assert "dozen calls" not in got


def test_the_same_figure_again_is_one_fact(tmp_path):
    text = "Ten years in orbit\n\nThe satellite has flown for ten years. It made 1,500 turns; 1,500 turns in all."
    got = [n.text for n in extract_numbers(analyse_text(project_config(tmp_path), text, "en"))]
    assert got == ["Ten years", "1,500 turns"]


def test_nationalities_and_other_words_between_a_number_and_what_it_counts(tmp_path):
    text = ("Five Germans were freed. The 15 other countries agreed. Sixteen specific entities were sanctioned. "
            "Two U.S. citizens were released. Russia returned 84 Ukrainians.")
    got = {n.text: (n.value, n.unit) for n in extract_numbers(analyse_text(project_config(tmp_path), text, "en"))}
    assert got == {"Five Germans": (5, "Germans"), "15 other countries": (15, "countries"),
                   "Sixteen specific entities": (16, "entities"), "Two U.S. citizens": (2, "citizens"),
                   "84 Ukrainians": (84, "Ukrainians")}


def test_what_a_wars_figures_count_in_english_whatever_the_language(tmp_path):
    found = numbers_of(tmp_path, "Мораторий на 30 суток: почти пять тысяч нарушений, 90 попыток ударов и "
                                 "400 артобстрелов. Вернулись 697 украинцев.", "ru")
    assert [unit for _, _, unit in found] == ["days", "violations", "attempts", "shellings", "Ukrainians"]
    # "об’єктів" (with the typographic apostrophe) are facilities
    assert numbers_of(tmp_path, "Обстріляли 12 об’єктів, без світла 300 тисяч мешканців.", "uk")[0][2] == "facilities"
    # what sanctions and strikes on the grid count
    found = numbers_of(tmp_path, "Під санкції потрапили 50 банків. Без світла 55 тисяч абонентів, у шахті 192 "
                                 "співробітники.", "uk")
    assert [unit for _, _, unit in found] == ["banks", "subscribers", "employees"]


def test_words_that_describe_what_is_counted_and_what_a_unit_measures(tmp_path):
    found = numbers_of(tmp_path, "He raised the case of two wrongfully imprisoned American citizens. "
                                 "It lasted three-and-a-half years. 22 million tons of grain are blocked.", "en")
    assert found == [("two wrongfully imprisoned American citizens", 2.0, "citizens"),
                     ("three-and-a-half years", 3.5, "years"), ("22 million tons of grain", 22e6, "tonnes")]
    facts = extract_numbers(analyse_text(project_config(tmp_path), "They held five rounds of the talks.", "en"))
    assert [(n.unit, n.what) for n in facts] == [("rounds", "rounds of talks")]


def test_a_possessive_between_a_number_and_what_it_counts_and_words_for_soldiers(tmp_path):
    from tests.builders import analyse_text, project_config

    config = project_config(tmp_path)
    found = extract_numbers(analyse_text(config, "Вдалося повернути додому ще 197 наших людей і 12 захисників.", "uk"))
    assert [(n.text, n.what) for n in found] == [("197 наших людей", "people"), ("12 захисників", "soldiers")]


def test_an_elections_figures_say_what_they_count(tmp_path):
    found = facts_of(tmp_path, "Александр Лукашенко лидирует с результатом в 86,82% голосов.", "ru")
    assert [(n.value, n.what) for n in found] == [(86.82, "share of the vote")]
    found = facts_of(tmp_path, "Мая Санду набрала 943 006 голосів. Ігоря Додона підтримали 690 615 виборців.", "uk")
    assert [(n.value, n.what) for n in found] == [(943006, "votes"), (690615, "voters")]


def test_an_arabic_dual_of_time_is_two(tmp_path):
    assert numbers_of(tmp_path, "وتستمر الجولة لمدة أسبوعين في الولايات المتحدة.", "ar") == [("أسبوعين", 2.0, "weeks")]
    assert numbers_of(tmp_path, "استمر الاجتماع ساعتين.", "ar") == [("ساعتين", 2.0, "hours")]
    # not of any noun: "not one meeting, nor two" is a way of speaking
    assert numbers_of(tmp_path, "لم يعقد اجتماعًا واحدًا، ولا اجتماعين، بل ثلاثة اجتماعات.", "ar") == [
        ("ثلاثة اجتماعات", 3.0, "meetings")]


def test_arabic_teens_and_per_cent_in_words(tmp_path):
    assert numbers_of(tmp_path, "تسعة عشر من حلفاء الناتو يوفون بالتزاماتهم.", "ar")[0][1] == 19.0
    assert numbers_of(tmp_path, "قال أحد المسؤولين إن اثنا عشر جنديا قتلوا.", "ar") == [
        ("اثنا عشر جنديا", 12.0, "soldiers")]
    assert numbers_of(tmp_path, "يكرسون 2 في المئة من ميزانياتهم للإنفاق الدفاعي.", "ar") == [
        ("2 في المئة", 2.0, "percent")]


def test_what_befell_the_people_counted(tmp_path):
    config = project_config(tmp_path)
    found = {n.text: (n.unit, n.what) for n in extract_numbers(analyse_text(
        config, "The attack left 133 people dead, and more than 150 were injured.", "en"))}
    assert found == {"133 people dead": ("people", "people killed"),
                     "more than 150 were injured": ("injured", "injured")}
    found = {n.text: n.what for n in extract_numbers(analyse_text(config, "Ще 12 людей травмовані.", "uk"))}
    assert found == {"12 людей травмовані": "people injured"}


def test_a_time_of_day_is_no_figure_and_hours_are_hours(tmp_path):
    assert numbers_of(tmp_path, "Переговори почнуться о 4 ранку.", "uk") == []
    assert numbers_of(tmp_path, "Переговоры начнутся в 16 часов.", "ru") == []
    assert numbers_of(tmp_path, "Переговори тривали понад 5 годин.", "uk") == [("понад 5 годин", 5.0, "hours")]
    assert numbers_of(tmp_path, "Переговоры длились 16 часов.", "ru") == [("16 часов", 16.0, "hours")]


def test_fractions_are_shares_of_what_they_are_of(tmp_path):
    def shares(text, lang):
        return [(n.text, n.value, n.unit, n.what) for n in
                extract_numbers(analyse_text(project_config(tmp_path), text, lang))]

    assert shares("Oil and gas make up two thirds of Russia's export revenues and about half of the budget.",
                  "en") == [("two thirds", 66.67, "percent", "share of Russia's export revenues"),
                            ("about half", 50.0, "percent", "share of budget")]
    assert shares("Росія окупувала майже п'яту частину території України.", "uk") == [
        ("майже п'яту частину", 20.0, "percent", "share of territory")]
    assert shares("Две трети населения уехали.", "ru")[0][1:3] == (66.67, "percent")
    assert shares("والتزم ثلثا الحلفاء بالإنفاق.", "ar")[0][1:3] == (66.67, "percent")
    # a half that is no share: a time, a part of the year, a way of speaking
    assert shares("In the second half of the year, half the time was lost.", "en") == []
    assert shares("اختتمنا منذ نصف ساعة الجلسة، وهدفنا تمكين نصف السكان.", "ar") == []


def texts_and_whats(tmp_path, text, lang):
    return [(n.text, n.what) for n in extract_numbers(analyse_text(project_config(tmp_path), text, lang))]


def test_what_befell_the_people_counted_comes_from_the_verb_of_their_clause(tmp_path):
    def what(text, lang):
        return texts_and_whats(tmp_path, text, lang)

    assert what("Officials said that eleven people had been injured in the shelling.", "en") == [
        ("eleven people", "people injured")]
    assert what("Two civilians have been killed.", "en") == [("Two civilians", "civilians killed")]
    assert what("Внаслідок удару загинули 8 людей, ще троє людей постраждали.", "uk") == [
        ("8 людей", "people killed"), ("троє людей", "people injured")]
    assert what("Россия вернула 150 военнопленных.", "ru") == [("150 военнопленных", "prisoners returned")]
    assert what("وأسفر القصف عن مقتل أربعة أشخاص.", "ar") == [("أربعة أشخاص", "people killed")]
    # another clause's verb says nothing of them
    assert what("Five soldiers stood guard, while the others were injured.", "en") == [("Five soldiers", "soldiers")]


def test_a_swap_s_formula_is_one_figure_and_no_quotation(tmp_path):
    config = load_config(REPO)
    summary = extract(analyse_text(config, "Россия и Украина провели обмен пленными в формате «146 на 146».", "ru"),
                      config)
    assert [(n.text, n.value, n.what) for n in summary.numbers] == [
        ("146 на 146", 146.0, "prisoners exchanged each way")]
    assert summary.quotes == []
    assert [(n.text, n.value) for n in extract_numbers(analyse_text(
        project_config(tmp_path), "ستجري عملية تبادل لأسرى الحرب، 500 مقابل 500.", "ar"))] == [("500 مقابل 500", 500.0)]
    # a way of speaking, a score: no swap; a swap of things counts no people
    assert extract_numbers(analyse_text(project_config(tmp_path), "Let's not measure: 10 for 10, he said.", "en")) == []
    assert [(n.unit, n.what) for n in extract_numbers(analyse_text(
        project_config(tmp_path), "The plant swapped 10 for 10 power units.", "en"))] == [(None, "exchanged each way")]


def test_a_count_told_apart_from_its_noun(tmp_path):
    def what(text, lang):
        return texts_and_whats(tmp_path, text, lang)

    assert what("Ukraine said 95 of its soldiers had returned home.", "en") == [
        ("95 of its soldiers", "soldiers returned")]
    assert what("وقالت الوزارة إن 103 من جنودها كانوا في بيلاروسيا.", "ar") == [("103 من جنودها", "soldiers")]
    assert what("Ранены пятеро.", "ru") == [("пятеро", "people wounded")]
    assert what("Загинули двоє, поранені – 17.", "uk") == [("двоє", "people killed"), ("17", "people wounded")]
    assert what("He won 5 of 7 games, and one was detained.", "en") == [("7 games", "games")]


def test_warheads_martyrs_and_bodies_are_counted_in_english_and_a_part_is_no_hour(tmp_path):
    found = numbers_of(tmp_path, "Обе страны могут иметь до 1550 ядерных боезарядов.", "ru")
    assert [(value, unit) for _, value, unit in found] == [(1550.0, "warheads")]
    found = numbers_of(tmp_path, "استشهد 6 شهداء وتم انتشال 624 جثمانا.", "ar")
    assert [(value, unit) for _, value, unit in found] == [(6.0, "killed"), (624.0, "bodies")]
    assert all(unit != "hours" for _, _, unit in numbers_of(tmp_path, "Робота складатиметься з 12 частин.", "uk"))


def test_who_votes_forecasts_and_amends_is_counted_in_english(tmp_path):
    found = numbers_of(tmp_path, "За закон проголосували 257 депутатів, які подали 662 поправки.", "uk")
    assert [unit for _, _, unit in found] == ["MPs", "amendments"]
    found = numbers_of(tmp_path, "Все 29 аналитиков ждут снижения. Россия вернула 20 палестинцев.", "ru")
    assert [unit for _, _, unit in found] == ["analysts", "Palestinians"]
    # Arabic words whose letters the text writes otherwise than the table ("أسرى"), or that open with و
    found = numbers_of(tmp_path, "أفرجت روسيا عن 150 أسرى، واجتمع 12 وزراء.", "ar")
    assert [unit for _, _, unit in found] == ["prisoners", "ministers"]


def test_a_month_or_a_digit_after_a_number_is_not_what_it_counts(tmp_path):
    assert [unit for _, _, unit in numbers_of(tmp_path, "Обмін відбувся 13 або 14 жовтня.", "uk")] != ["жовтня"]
    assert not any(unit and any(ch.isdigit() for ch in unit)
                   for _, _, unit in numbers_of(tmp_path, "وقعت الهجمات يومي 22 و23 من الشهر.", "ar"))


def test_per_cent_in_two_words_tens_of_thousands_and_a_plus_before_the_scale(tmp_path):
    found = numbers_of(tmp_path, "Inflation rose 25 per cent. Tens of thousands of people fled. Sanctions cost "
                                 "US businesses $300+ billion.", "en")
    assert [(value, unit) for _, value, unit in found] == [(25.0, "percent"), (10000.0, "people"), (3e11, "USD")]


def test_the_first_half_of_a_time_is_no_share(tmp_path):
    assert numbers_of(tmp_path, "У першій половині тайму команда забила гол.", "uk") == []
    assert numbers_of(tmp_path, "Росія контролює майже половину області.", "uk")[0][1:] == (50.0, "percent")


def test_how_many_each_side_gave_says_so(tmp_path):
    texts = {"en": "Russia and Ukraine exchanged 115 prisoners of war from each side.",
             "uk": "Сторони обміняли по 115 полонених з кожного боку.",
             "ar": "وتبادل الطرفان 115 أسيرا من كل جانب."}
    for lang, text in texts.items():
        whats = [n.what for n in extract_numbers(analyse_text(project_config(tmp_path), text, lang))]
        assert whats and whats[0].endswith("from each side"), (lang, whats)
    text = "Russia freed 115 prisoners. Each side lost."
    assert "each side" not in extract_numbers(analyse_text(project_config(tmp_path), text, "en"))[0].what


def test_a_part_of_those_a_word_describes_first(tmp_path):
    found = numbers_of(tmp_path, "Among them, 48 of the released Ukrainians were civilians.", "en")
    assert found == [("48 of the released Ukrainians", 48.0, "Ukrainians")]


def whats(tmp_path, text, lang):
    return [(n.value, n.what) for n in extract_numbers(analyse_text(project_config(tmp_path), text, lang))]


def test_a_swap_written_with_hyphens_areas_and_counts_of_play_and_invaders(tmp_path):
    found = whats(tmp_path, 'Rubio welcomed the exchange of "1,000-for-1,000" prisoners.', "en")
    assert found == [(1000.0, "prisoners exchanged each way")]
    found = whats(tmp_path, "Сили оборони звільнили 26.6 км² і понад 26 квадратних кілометрів.", "uk")
    assert found == [(26.6, "square kilometres"), (26.0, "square kilometres")]
    found = whats(tmp_path, "Збірна набрала сім очок, а знищено 39 окупантів.", "uk")
    assert found == [(7.0, "points"), (39.0, "occupiers")]
    found = whats(tmp_path, "За 12 секунд три БПЛА взорвались во дворе.", "ru")
    assert found == [(12.0, "seconds"), (3.0, "drones")]


def test_a_verb_after_a_sum_is_no_what(tmp_path):
    text = "Of the frozen assets, only $5 billion is held in the United States."
    assert whats(tmp_path, text, "en") == [(5e9, "amount of money")]
    assert whats(tmp_path, "Sanchez insisted that 2.1% was a sufficient target.", "en") == [(2.1, "share")]


def test_an_arabic_figure_with_the_article_written_onto_it(tmp_path):
    assert whats(tmp_path, "وتجاوز سعر البرميل حاجز الـ102 دولار أمس.", "ar") == [(102.0, "amount of money")]


def test_a_worded_number_joined_to_its_measure_and_less_than(tmp_path):
    found = whats(tmp_path, "The leaders held a three-hour meeting and a four\u2011hour dinner.", "en")
    assert found == [(3.0, "length of the meeting"), (4.0, "length of the dinner")]
    found = numbers_of(tmp_path, "Переговоры длились меньше двух часов.", "ru")
    assert found == [("меньше двух часов", 2.0, "hours")]


def test_a_span_of_time_says_what_it_lasted(tmp_path):
    text = ("Witkoff left after a five-hour meeting with Putin. Kyiv agreed to a 30-day halt in the fighting. "
            "Stubb met Trump for seven hours. The meeting lasted 40 minutes. He is a 67-year-old man.")
    config = project_config(tmp_path)
    assert [(n.value, n.unit, n.what) for n in extract_numbers(analyse_text(config, text, "en"))] == [
        (5, "hours", "length of the meeting"), (30, "days", "length of the halt"),
        (7, "hours", "length of the meeting"), (40, "minutes", "length of the meeting"), (67, "years", "age")]
    text = "Встреча длилась около 40 минут. Переговоры, продлившиеся пять часов, завершились."
    assert [n.what for n in extract_numbers(analyse_text(config, text, "ru"))] == [
        "length of the meeting", "length of the talks"]


def test_a_dot_before_a_scale_word_is_a_decimal_point(tmp_path):
    assert numbers_of(tmp_path, "وبلغ الإنتاج 9.928 مليون برميل يوميا.", "ar")[0][1] == 9_928_000
    assert numbers_of(tmp_path, "Output reached 9.928 million barrels.", "en")[0][1] == 9_928_000
    assert numbers_of(tmp_path, "Загинули 1.200 людей.", "uk")[0][1] == 1200  # no scale word: thousands


def test_pieces_of_dates_are_no_amounts(tmp_path):
    assert numbers_of(tmp_path, "Обміни тривають з 22-го року, сказав він.", "uk") == []
    assert numbers_of(tmp_path, "وفي 23 من الشهر نفسه أعلنت الوزارة الخبر.", "ar") == []
    assert numbers_of(tmp_path, "Переговоры идут 3 года.", "ru")[0][1:] == (3.0, "years")


def test_the_ordinal_fourth_is_no_quarter(tmp_path):
    assert numbers_of(tmp_path, "Туреччина готова провести четвертий раунд переговорів.", "uk") == []
    assert numbers_of(tmp_path, "Россия контролирует почти четверть территории.", "ru")[0][1:] == (25.0, "percent")


def test_a_digit_after_an_arabic_clitic_and_tatweel_is_read(tmp_path):
    assert (3.0, "months") in [n[1:] for n in numbers_of(tmp_path, "وقد تمدد الهدنة لـ3 أشهر.", "ar")]


def test_one_figure_told_twice_is_one_fact_unless_hedged_otherwise(tmp_path):
    twice = numbers_of(tmp_path, "وصل 168 أسيرا إلى كييف. وقالت الإمارات إن 168 أسيراً وصلوا.", "ar")
    assert [n[1] for n in twice] == [168.0]
    hedged = numbers_of(tmp_path, "The program ran for ten years. The last launch was more than 10 years ago.", "en")
    assert [n[1] for n in hedged] == [10.0, 10.0]


def test_who_is_freed_and_who_speaks_is_said_in_english(tmp_path):
    found = numbers_of(tmp_path, "Україна повернула п’ятьох командирів і 188 оборонців, серед них 20 жінок.", "uk")
    assert [(n[1], n[2]) for n in found] == [(5.0, "commanders"), (188.0, "defenders"), (20.0, "women")]
    assert [n[2] for n in numbers_of(tmp_path, "ونقلت ثلاثة مصادر أن الإمارات نجحت في 16 وساطة.", "ar")] == [
        "sources", "mediations"]
