"""Latin spellings of names written in Cyrillic: the usual English one, else a standard romanisation."""

import pytest

from generator.names import english_spelling, romanise


@pytest.mark.parametrize(("name", "lang", "latin"), [
    ("Дмитрий Карцев", "ru", "Dmitry Kartsev"),  # -ий as English-language media write it
    ("Тимур Олевский", "ru", "Timur Olevsky"),
    ("Володимир Огризко", "uk", "Volodymyr Ohryzko"),  # the Ukrainian national system
    ("Валерій", "uk", "Valerii"),
    ("Валентина Васильева", "ru", "Valentina Vasilyeva"),  # е after a vowel or ь is "ye" (BGN/PCGN)
    ("Сергей Алексеев", "ru", "Sergey Alekseyev"),  # (a given name: Sergei, as English-language news writes it)
    ("Павел Соловьёв", "ru", "Pavel Solovyov"),
])
def test_standard_romanisation(name: str, lang: str, latin: str) -> None:
    assert romanise(name, lang) == latin


@pytest.mark.parametrize(("name", "lang", "latin"), [
    ("Джейк Салліван", "uk", "Jake Sullivan"),
    ("Тревора Рід", "uk", "Trevor Reid"),  # a foreign given name left in the genitive
    ("Йодзо Хирано", "ru", "Yozo Hirano"),  # a Japanese name, Polivanov back to Hepburn
    # A final -y, -ey or -ie is written і (и in Russian).
    ("Берні Сандерс", "uk", "Bernie Sanders"),
    ("Стенлі", "uk", "Stanley"),
    ("Мэттью Уитни", "ru", "Matthew Whitney"),
    ("Маттео Ренці", "uk", "Matteo Renzi"),  # an Italian -i stays
    ("Митч Макконнелл", "ru", "Mitch McConnell"),  # Scottish and Irish Mc
    # German st, sp, ei and j
    ("Йенс Столтенберг", "ru", "Jens Stoltenberg"),
    ("Штефан", "ru", "Stefan"),
    ("Кайл Уэст", "ru", "Kyle West"),
    # A given name that Russians also bear, beside a plainly foreign surname, is the foreign one.
    ("Пол Райан", "ru", "Paul Ryan"),
    # A foreign surname in the genitive that ends like a Slavic one ("-ана").
    ("Моргана", "ru", "Morgan"),
])
def test_usual_english_spelling(name: str, lang: str, latin: str) -> None:
    spelling = english_spelling(name, lang)
    assert spelling.latin == latin and spelling.known


def test_names_of_the_region_keep_their_romanisation() -> None:
    assert english_spelling("Мария Захарова", "ru").latin == "Mariya Zakharova"
    assert english_spelling("Иванова", "ru").latin == "Ivanova"  # its stem is a Russian name too
    assert english_spelling("Олена Зеленська", "uk").latin == "Olena Zelenska"


@pytest.mark.parametrize(("name", "latin"), [
    ("Валерій Борзов", "Valeriy Borzov"),
    ("Юрій Бойко", "Yuriy Boiko"),
    ("Сергій Бойко", "Serhii Boiko"),  # more of its bearers write -ii
])
def test_a_ukrainian_given_name_in_ij_is_spelled_as_its_bearers_spell_it(name: str, latin: str) -> None:
    assert english_spelling(name, "uk").latin == latin


def test_a_ukrainian_given_name_is_read_as_written_not_as_a_foreign_look_alike() -> None:
    assert english_spelling("Олександр Прокудін", "uk").latin == "Oleksandr Prokudin"  # not Aleksandr
    assert english_spelling("Петро Порошенко", "uk").latin == "Petro Poroshenko"  # not Petra
    assert english_spelling("Олаф Шольц", "uk").latin == "Olaf Scholz"  # read the same both ways: foreign
    assert english_spelling("Рут Бейдер Гинзбург", "ru").latin.startswith("Ruth ")  # Russian writes foreigners


def test_a_foreign_name_no_list_knows_reads_kh_as_h_and_dzh_as_j() -> None:
    # Karl is plainly foreign: so is the surname beside it, though no list knows it
    assert english_spelling("Карл Нехаммер", "ru").latin == "Karl Nehammer"
    assert english_spelling("Михаил Ходорковский", "ru").latin == "Mikhail Khodorkovsky"  # a name of the region


def test_a_name_of_the_region_keeps_a_word_a_foreign_list_knows_only_far_fetched() -> None:
    assert english_spelling("Ігор Додон", "uk").latin == "Ihor Dodon"  # not Dadon
    assert english_spelling("Майкл Калви", "ru").latin == "Michael Calvey"  # Майкл reads as Michael at once
    # a name Russians bear too, but with a foreign reading of its own, is no sign of the region
    assert english_spelling("Хасан Роухани", "ru").latin.endswith(" Rouhani")


def test_a_stem_less_its_case_ending_does_not_end_the_name() -> None:
    # "Антоніу" less "у" is no English name ending in -y: the name keeps its own spelling.
    assert english_spelling("Антоніу Гутерреш", "uk").latin.split()[0] != "Anthony"


@pytest.mark.parametrize(("name", "latin"), [
    ("Сергей Алексеев", "Sergei Alekseyev"),
    ("Николай Патрушев", "Nikolai Patrushev"),
    ("Александр Дарчиев", "Alexander Darchiyev"),
    ("Юрий Борисов", "Yuri Borisov"),
    ("Дмитрий Карцев", "Dmitry Kartsev"),
    ("Сергей Крикалёв", "Sergei Krikalev"),  # the surname ending -ёв as -ev: Gorbachev, Korolev
    ("Владимир Соловьёв", "Vladimir Solovyov"),  # ... but ьё stays yo
])
def test_a_russian_given_name_is_spelled_as_english_language_news_spells_it(name: str, latin: str) -> None:
    assert english_spelling(name, "ru").latin == latin


@pytest.mark.parametrize(("name", "latin"), [
    ("روجر كارستينز", "Roger Carstens"),  # no short vowels written; ج for g, ز for s
    ("بول ويلان", "Paul Whelan"),  # ب for p, و for wh
    ("نيد برايس", "Ned Price"),  # اي for i, a silent e
    ("جيمس جونز", "James Jones"),  # ي for the long a of James
])
def test_a_foreign_name_in_arabic_letters_is_read_back_into_its_english_spelling(name: str, latin: str) -> None:
    spelling = english_spelling(name, "ar")
    assert spelling.latin == latin and spelling.known


@pytest.mark.parametrize(("name", "latin"), [
    ("حازم بدوي", "Hazem Badawi"),  # not the foreigners' "Bedoya"
    ("سامح شكري", "Sameh Chokri"),  # a given name no Arabic list has, far commoner among Arabs: not "Samah Shakeri"
    ("عبدالفتاح السيسي", "Abdel Fatah al-Sisi"),  # عبد with the next word; the article as al-
    ("محمد بن سلمان", "Mohamed bin Salman"),
    ("جون سوليفان", "John Sullivan"),  # pyarabic lists جون too; John reads better
])
def test_an_arabs_name_is_read_among_arabs_names(name: str, latin: str) -> None:
    assert english_spelling(name, "ar").latin == latin


def test_an_arabic_name_no_list_knows_is_a_marked_transliteration() -> None:
    spelling = english_spelling("قثصضطظ", "ar")
    assert not spelling.known
