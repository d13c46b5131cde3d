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


def test_a_name_after_a_title_in_the_nominative_is_a_womans_where_it_reads_both_ways():
    from generator.morph import given_name_agreeing, leaves_nominative

    # "доцент Евгения Жукова": a woman; "для доцента Евгения Жукова", "поздравил Евгения Жукова": a man
    assert given_name_agreeing("ru", "Евгения", "Жукова", after_nominative=leaves_nominative("ru", "доцент")) \
        == "евгения"
    assert not leaves_nominative("ru", "поздравил") and not leaves_nominative("ru", "доцента")
    assert given_name_agreeing("ru", "Евгения", "Жукова") is None


def test_an_unknown_name_after_a_feminine_adjective_takes_the_adjective_s_case():
    from generator.morph import phrase_nominative

    assert phrase_nominative("ru", "Новой Маячке") == "Новая Маячка"  # the dictionary reads "маячок" there
    assert phrase_nominative("ru", "Новую Маячку") == "Новая Маячка"
    assert phrase_nominative("uk", "Великій Новосілці") == "Велика Новосілка"
