"""Latin spellings of names written in Cyrillic: the usual English one, else a standard romanisation."""

import pytest

from generator.names import english_spelling, romanise


@pytest.mark.parametrize(("name", "lang", "latin"), [
    ("Дмитрий Карцев", "ru", "Dmitry Kartsev"),  # -ий as English-language media write it
    ("Тимур Олевский", "ru", "Timur Olevsky"),
    ("Володимир Огризко", "uk", "Volodymyr Ohryzko"),  # the Ukrainian national system
    ("Валерій", "uk", "Valerii"),
    ("Валентина Васильева", "ru", "Valentina Vasilyeva"),  # е after a vowel or ь is "ye" (BGN/PCGN)
    ("Сергей Алексеев", "ru", "Sergey Alekseyev"),
    ("Павел Соловьёв", "ru", "Pavel Solovyov"),
])
def test_standard_romanisation(name: str, lang: str, latin: str) -> None:
    assert romanise(name, lang) == latin


@pytest.mark.parametrize(("name", "lang", "latin"), [
    ("Джейк Салліван", "uk", "Jake Sullivan"),
    ("Тревора Рід", "uk", "Trevor Reid"),  # a foreign given name left in the genitive
    ("Йодзо Хирано", "ru", "Yozo Hirano"),  # a Japanese name, Polivanov back to Hepburn
])
def test_usual_english_spelling(name: str, lang: str, latin: str) -> None:
    spelling = english_spelling(name, lang)
    assert spelling.latin == latin and spelling.known
