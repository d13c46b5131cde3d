"""Ukrainian and Russian morphology the analysers and extractors share."""

import pytest

from generator.morph import case_forms


@pytest.mark.parametrize(("lang", "phrase", "form"), [
    ("uk", "Білий дім", "Білому домі"),  # adjective and head noun agree
    ("uk", "Білий дім", "Білого дому"),
    ("ru", "Европейский союз", "Европейском союзе"),
    ("uk", "Міністерство закордонних справ", "Міністерстві закордонних справ"),  # complements stay
    ("uk", "Рада безпеки ООН", "Раді безпеки ООН"),  # "рада" could be an adjective: it is the head
    ("uk", "Сполучені Штати", "Сполучених Штатах"),
])
def test_a_name_in_every_case(lang: str, phrase: str, form: str) -> None:
    assert form in case_forms(lang, phrase)


def test_no_forms_where_there_is_no_noun_phrase() -> None:
    assert case_forms("uk", "Київ") == []  # one word: its own endings are matched already
    assert case_forms("en", "White House") == []
    assert not any(form.startswith("Радих") for form in case_forms("uk", "Рада безпеки ООН"))


def test_a_letter_without_a_unicode_name_is_no_failure():
    from generator.morph import lemma, parse

    assert parse("uk", "𗀀") == ("𗀀", frozenset()) and lemma("ru", "𗀀") == "𗀀"
