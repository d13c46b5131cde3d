"""Events: the contact, the call, the statement issued, the strike, with who took part."""

from generator.extract.actors import link_mentions
from generator.extract.events import extract_events
from generator.gazetteer import name_index
from tests.builders import analyse_text, project_config


def events_of(tmp_path, text, lang):
    config = project_config(tmp_path)
    doc = analyse_text(config, text, lang)
    links, _ = link_mentions(doc, config)
    return [(e.type, e.participants) for e in extract_events(doc, links, [], name_index(config))]


def test_a_phone_call_in_four_languages(tmp_path):
    assert events_of(tmp_path, "Marco Rubio held a phone call with Sergey Lavrov.", "en") == [
        ("call", ["marco-rubio", "sergey-lavrov"])]
    assert events_of(tmp_path, "Марко Рубіо провів телефонну розмову із Сергієм Лавровим.", "uk")[0][0] == "call"
    assert events_of(tmp_path, "Марко Рубио провел телефонный разговор с Сергеем Лавровым.", "ru")[0][0] == "call"
    assert events_of(tmp_path, "أجرى ماركو روبيو اتصالا هاتفيا مع سيرغي لافروف.", "ar")[0][0] == "call"


def test_a_call_needs_two_sides(tmp_path):
    assert events_of(tmp_path, "Marco Rubio called for calm.", "en") == []


def test_a_statement_issued_and_a_strike(tmp_path):
    assert ("statement", ["russia", "united-states"]) in events_of(
        tmp_path, "Russia and the United States issued a joint statement.", "en")
    assert events_of(tmp_path, "Росія завдала удару по Україні.", "uk")[0] == ("strike", ["russia", "ukraine"])


def test_a_statement_heading_is_issued_by_whoever_the_next_sentence_names(tmp_path):
    text = "Press statement\nMarco Rubio welcomed the release of the prisoners on Friday."
    assert ("statement", ["marco-rubio"]) in events_of(tmp_path, text, "en")


def statements_of(tmp_path, text, lang):
    from generator.extract import extract

    config = project_config(tmp_path)
    summary = extract(analyse_text(config, text, lang), config)
    return [e.participants for e in summary.events if e.type == "statement"]


def test_who_spoke_makes_a_statement_once(tmp_path):
    text = ("Sergey Lavrov said that the talks would go on. Lavrov added that Moscow was ready. "
            "“We are ready,” said Marco Rubio.")
    assert statements_of(tmp_path, text, "en") == [["sergey-lavrov"], ["marco-rubio"]]
    assert statements_of(tmp_path, "Сергій Лавров заявив, що переговори тривають.", "uk") == [["sergey-lavrov"]]


def test_no_statement_without_its_subject(tmp_path):
    # An infinitive, a pronoun, a name after a preposition, and an Arabic verb whose subject is
    # a pronoun ("and he added that Lavrov …") name nobody who spoke.
    assert statements_of(tmp_path, "I am glad to say that Sergey Lavrov is here.", "en") == []
    assert statements_of(tmp_path, "He said the talks in Russia went on.", "en") == []
    assert statements_of(tmp_path, "وأضاف أن سيرغي لافروف سيزور أنقرة.", "ar") == []


def test_an_institution_beside_a_verb_without_subject_made_the_statement(tmp_path):
    # "In the Kremlin they said": the institution spoke; not where someone named before it spoke.
    assert statements_of(tmp_path, "В Кремле при этом заявили, что Сергей Лавров поедет в Женеву.", "ru") == [
        ["kremlin"]]
    assert statements_of(tmp_path, "Про це повідомили у Білому домі.", "uk") == [["white-house"]]
    assert statements_of(tmp_path, "Журналисты в России заявили о давлении.", "ru") == []


def test_the_sides_of_the_last_event_agree(tmp_path):
    text = ("Marco Rubio held a phone call with Sergey Lavrov. The call lasted an hour. "
            "They agreed to meet again.")
    assert ("agreement", ["marco-rubio", "sergey-lavrov"]) in events_of(tmp_path, text, "en")
    assert not any(kind == "agreement" for kind, _ in events_of(tmp_path, "They agreed to meet again.", "en"))


def test_the_page_is_a_statement_of_the_actor_its_author_line_names(tmp_path):
    import dataclasses

    from generator.analyse.offline import OfflineAnalyser
    from generator.extract import extract
    from tests.builders import make_article

    config = project_config(tmp_path)
    text = "Secretary Marco Rubio welcomed the reopening of the embassy. Diplomats returned on Monday."

    def statements(author):
        article = dataclasses.replace(make_article(text, "en"), author=author)
        summary = extract(OfflineAnalyser(config).analyse(article, "en"), config)
        return [e.participants for e in summary.events if e.type == "statement"]

    assert statements("Secretary of State Marco Rubio") == [["marco-rubio"]]
    assert statements("Jane Reporter, staff writer") == []  # a byline names nobody in the article
    assert statements(None) == []


def test_the_sides_of_the_contact_the_lead_reports_agree_further_down(tmp_path):
    filler = " ".join(f"Point {n} was discussed at length." for n in range(1, 9))
    text = f"Marco Rubio held a phone call with Sergey Lavrov. {filler} The two ministers agreed to meet again."
    assert ("agreement", ["marco-rubio", "sergey-lavrov"]) in events_of(tmp_path, text, "en")


def test_an_arabic_verb_of_meeting(tmp_path):
    for verb in ("اجتمع", "التقى"):
        found = events_of(tmp_path, f"{verb} سيرغي لافروف مع ماركو روبيو في جنيف.", "ar")
        assert ("meeting", ["marco-rubio", "sergey-lavrov"]) in found, verb


def test_talking_with_someone_and_a_compound_word_name_a_contact(tmp_path):
    found = events_of(tmp_path, "Сьогодні Марко Рубіо говорив із Сергієм Лавровим про посольства.", "uk")
    assert ("call", ["marco-rubio", "sergey-lavrov"]) in found
    found = events_of(tmp_path, "Марко Рубіо та Сергій Лавров провели відео-зустріч.", "uk")
    assert ("meeting", ["marco-rubio", "sergey-lavrov"]) in found


def test_the_sides_as_subject_leave_out_whoever_else_the_sentence_names(tmp_path):
    text = ("Marco Rubio held a phone call with Sergey Lavrov. "
            "The sides also agreed on further contacts with Andrii Sybiha.")
    assert ("agreement", ["marco-rubio", "sergey-lavrov"]) in events_of(tmp_path, text, "en")


def test_a_contact_takes_the_countries_it_names_as_sides_not_those_it_is_about(tmp_path):
    found = events_of(tmp_path, "Marco Rubio and Sergey Lavrov, the United States and Russia, met on Monday.", "en")
    assert ("meeting", ["marco-rubio", "russia", "sergey-lavrov", "united-states"]) in found
    found = events_of(tmp_path, "Marco Rubio met Sergey Lavrov to talk about Ukraine.", "en")
    assert ("meeting", ["marco-rubio", "sergey-lavrov"]) in found
    # "в отношении Украины", "стосовно України": regarding Ukraine
    found = events_of(tmp_path, "Марко Рубио встретился с Сергеем Лавровым в отношении Украины.", "ru")
    assert found and found[0][0] == "meeting" and "ukraine" not in found[0][1]
    found = events_of(tmp_path, "Марко Рубіо зустрівся із Сергієм Лавровим стосовно України.", "uk")
    assert found and found[0][0] == "meeting" and "ukraine" not in found[0][1]


def test_a_fact_line_names_a_country_once_beside_its_person(tmp_path):
    from generator.extract import extract

    config = project_config(tmp_path)
    text = "Marco Rubio and Sergey Lavrov, the United States and Russia, met on Monday."
    summary = extract(analyse_text(config, text, "en"), config)
    line = next(f.text for f in summary.facts if f.kind == "meeting")
    assert line == "Meeting: Marco Rubio (United States) and Sergey Lavrov (Russia)"
