"""Events: the contact, the call, the statement issued, the strike, with who took part."""

from generator.config import load_config
from generator.extract import extract
from generator.extract.actors import link_mentions
from generator.extract.events import demonym_sides, extract_events
from generator.gazetteer import name_index
from tests.builders import REPO, analyse_text, make_article, project_config


def events_of(tmp_path, text, lang):
    return events_with(project_config(tmp_path), text, lang)


def events_with(config, text, lang):
    doc = analyse_text(config, text, lang)
    links, _ = link_mentions(doc, config)
    return [(e.type, e.participants) for e in extract_events(doc, links, [], name_index(config))]


def kinds_of(config, text, lang):
    """The kinds of the events a text reports."""
    return {kind for kind, _ in events_with(config, text, lang)}


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


def test_a_speech_or_a_briefing_is_a_statement(tmp_path):
    assert ("statement", ["sergey-lavrov"]) in events_of(
        tmp_path, "ألقى سيرغي لافروف كلمة في موسكو يوم الاثنين.", "ar")
    assert ("statement", ["sergey-lavrov"]) in events_of(
        tmp_path, "Сергей Лавров провёл брифинг для журналистов в Москве.", "ru")
    assert ("statement", ["marco-rubio"]) in events_of(tmp_path, "Marco Rubio gave a speech in Berlin.", "en")


def statements_of(tmp_path, text, lang):
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


def test_arabic_negotiations_are_a_meeting_and_the_verb_of_phoning_a_call(tmp_path):
    found = events_of(tmp_path, "وانطلقت المفاوضات بين وفدي روسيا وأوكرانيا في إسطنبول.", "ar")
    assert ("meeting", ["russia", "ukraine"]) in found
    found = events_of(tmp_path, "واتصل الرئيس الأمريكي دونالد ترامب بالرئيس الروسي فلاديمير بوتين.", "ar")
    assert [kind for kind, _ in found] == ["call"]


def test_an_arabic_trip_or_arrival_is_a_visit(tmp_path):
    for text in ("أعلن ماركو روبيو خلال رحلته إلى موسكو دعمه للحوار.", "وصل ماركو روبيو إلى موسكو اليوم."):
        assert "visit" in {kind for kind, _ in events_of(tmp_path, text, "ar")}, text


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
    config = project_config(tmp_path)
    text = "Marco Rubio and Sergey Lavrov, the United States and Russia, met on Monday."
    summary = extract(analyse_text(config, text, "en"), config)
    line = next(f.text for f in summary.facts if f.kind == "meeting")
    assert line == "Meeting: Marco Rubio (United States) and Sergey Lavrov (Russia)"


def test_an_event_told_as_yet_to_come_is_marked_planned(tmp_path):
    config = project_config(tmp_path)

    def planned(text, lang):
        return [(e.type, e.planned) for e in extract(analyse_text(config, text, lang), config).events
                if e.type != "statement"]

    assert planned("Marco Rubio will meet Sergey Lavrov next week.", "en") == [("meeting", True)]
    assert planned("Marco Rubio met Sergey Lavrov on Monday.", "en") == [("meeting", False)]
    assert planned("Rubio said a meeting with Sergey Lavrov could take place in Riyadh.", "en") == [("meeting", True)]
    # the words of another clause do not make it planned
    assert planned("Ahead of the next round, Marco Rubio met Sergey Lavrov.", "en") == [("meeting", False)]
    assert planned("Марко Рубіо зустрінеться із Сергієм Лавровим.", "uk") == [("meeting", True)]
    assert planned("Марко Рубио встретился с Сергеем Лавровым.", "ru") == [("meeting", False)]
    assert planned("من المقرر أن يلتقي ماركو روبيو مع سيرغي لافروف.", "ar") == [("meeting", True)]
    assert planned("سيلتقي ماركو روبيو مع سيرغي لافروف.", "ar") == [("meeting", True)]  # the future prefix
    assert planned("وقد التقى ماركو روبيو مع سيرغي لافروف.", "ar") == [("meeting", False)]  # "قد" before the past
    # a proposal is something said, whatever it says will be
    assert planned("Rubio proposed that Russia and Ukraine would exchange all prisoners.", "en")[0] == (
        "proposal", False)
    # names and the words joining them take no room between the event and what makes it planned ...
    assert planned("Further talks with Marco Rubio and Sergey Lavrov are expected later this week.", "en") == [
        ("meeting", True)]
    # ... another clause has its own tense, and a plan signed is no plan to do something
    assert planned("Marco Rubio met Sergey Lavrov in Riyadh and they will meet again.", "en") == [("meeting", False)]
    assert planned("Marco Rubio and Sergey Lavrov signed onto a five-point plan in Paris.", "en") == [
        ("agreement", False)]
    # proposed, set to, agreed on, expected, a journey's purpose, called off
    assert planned("Kyiv doubts a proposed summit of Donald Trump and Vladimir Putin.", "en")[0] == ("summit", True)
    assert planned("Marco Rubio and Sergey Lavrov are set to meet in Riyadh.", "en") == [("meeting", True)]
    assert ("meeting", True) in planned("Трамп и Путин договорились о встрече в Будапеште.", "ru")
    assert planned("ومن المنتظر أن يلتقي ماركو روبيو مع سيرغي لافروف.", "ar") == [("meeting", True)]
    assert planned("Marco Rubio will travel to Riyadh on Thursday for meetings with Sergey Lavrov.", "en") == [
        ("meeting", True)]
    assert ("meeting", False) in planned("Marco Rubio and Sergey Lavrov agreed at the meeting to resume flights.",
                                         "en")
    assert planned("The meeting between Marco Rubio and Sergey Lavrov fell through.", "en") == []
    # unlikely, hoped for, close to, or one sets off for it
    assert planned("ومن غير المرجح أن يلتقي ماركو روبيو مع سيرغي لافروف.", "ar") == [("meeting", True)]
    assert planned("Марко Рубіо відлітає до Ер-Ріяда на зустріч із Сергієм Лавровим.", "uk") == [("meeting", True)]
    assert planned("Марко Рубіо провів зустріч із Сергієм Лавровим в Ер-Ріяді.", "uk") == [("meeting", False)]
    line = next(f.text for f in extract(analyse_text(config, "Marco Rubio will meet Sergey Lavrov.", "en"),
                                        config).facts if f.kind == "meeting")
    assert line.startswith("Meeting (planned): Marco Rubio")


def test_sides_named_by_their_adjective(tmp_path):
    assert events_of(tmp_path, "The French and German delegations held talks in the morning.", "en") == [
        ("meeting", ["france", "germany"])]
    assert events_of(tmp_path, "Французька та британська делегації провели переговори.", "uk") == [
        ("meeting", ["france", "united-kingdom"])]


def test_talks_named_by_the_adjectives_of_their_sides(tmp_path):
    meeting = [("meeting", ["france", "germany"])]
    assert events_of(tmp_path, "French-German talks were held in Istanbul on Thursday.", "en") == meeting
    assert events_of(tmp_path, "У Стамбулі відбулися французько-німецькі переговори.", "uk") == meeting
    assert events_of(tmp_path, "В Стамбуле начались французско-немецкие консультации.", "ru") == meeting
    assert events_of(tmp_path, "بدأت في إسطنبول المحادثات الفرنسية الألمانية.", "ar") == meeting


def test_suspending_a_treaty_is_a_rejection_by_whoever_suspends_it(tmp_path):
    assert events_of(tmp_path, "Germany regrets that France suspended its participation in the treaty.", "en") == [
        ("rejection", ["france"])]
    assert events_of(tmp_path, "France suspended the work of its consulate.", "en") == []


def test_prisoners_released_are_an_exchange_and_views_exchanged_are_not(tmp_path):
    assert events_of(tmp_path, "France released twelve prisoners held by Germany.", "en")[0][0] == "exchange"
    assert events_of(tmp_path, "France and Germany had an exchange of views on trade.", "en") == []


def test_a_detainee_released_or_home_is_an_exchange(tmp_path):
    home = "After two years wrongfully detained in a French prison, Jean Dupont is finally home."
    assert [e[0] for e in events_of(tmp_path, home, "en")] == ["exchange"]
    assert events_of(tmp_path, "Germany released Jean Dupont, jailed since 2021.", "en")[0][0] == "exchange"
    assert events_of(tmp_path, "Франція звільнила з ув'язнення Жана Дюпона.", "uk")[0][0] == "exchange"
    # no one came home, and a release that is only sought is none
    assert events_of(tmp_path, "He was detained at home last week.", "en") == []
    assert events_of(tmp_path, "France seeks the release of Jean Dupont, detained in Germany.", "en") == []


def test_documents_exchanged_are_no_exchange(tmp_path):
    text = "Владимир Путин и Александр Лукашенко приняли участие в церемонии обмена документами."
    assert [e for e in events_of(tmp_path, text, "ru") if e[0] == "exchange"] == []


def test_readiness_for_an_exchange_is_a_proposal_not_an_exchange(tmp_path):
    assert events_of(tmp_path, "France is ready to exchange all prisoners of war.", "en") == [
        ("proposal", ["france"])]
    assert events_of(tmp_path, "France is ready to help.", "en") == []


def test_a_joint_commitment_in_the_future_is_an_agreement(tmp_path):
    assert ("agreement", ["france", "germany"]) in events_of(
        tmp_path, "Germany and France will together launch a dialogue on energy.", "en")
    assert all(kind != "agreement" for kind, _ in events_of(
        tmp_path, "Germany together with its partners will respond to France.", "en"))


def test_a_declaration_in_the_first_person_is_the_statement_of_those_it_names(tmp_path):
    text = "We, Marco Rubio and Sergey Lavrov, note that the talks were useful."
    assert ("statement", ["marco-rubio", "sergey-lavrov"]) in events_of(tmp_path, text, "en")


def test_a_shared_position_is_a_statement_of_the_sides(tmp_path):
    text = "Marco Rubio held a phone call with Sergey Lavrov. The ministers have a common position on trade."
    assert ("statement", ["marco-rubio", "sergey-lavrov"]) in events_of(tmp_path, text, "en")


def test_the_members_of_a_delegation_join_the_visit(tmp_path):
    text = "A Russian delegation will visit Germany next week. The delegation will be led by Sergey Lavrov."
    assert events_of(tmp_path, text, "en") == [("visit", ["germany", "russia", "sergey-lavrov"])]


def test_a_host_alone_names_a_meeting(tmp_path):
    assert events_of(tmp_path, "Germany hosted an event with its partners.", "en") == [("meeting", ["germany"])]


def test_a_masthead_institution_issues_the_statement_under_it(tmp_path):
    text = "NATO\nPress statement\nThe allies welcome the decision of France and Germany on trade."
    assert ("statement", ["org-nato"]) in events_of(tmp_path, text, "en")


def test_a_short_transcript_turn_is_a_statement(tmp_path):
    text = "Remarks to the press\nSECRETARY RUBIO: Good morning, everyone.\nThe talks went on."
    assert ["marco-rubio"] in statements_of(tmp_path, text, "en")


def test_an_arabic_host_received_its_visitor(tmp_path):
    text = "استقبل وزير الخارجية سيرغي لافروف نظيره ماركو روبيو في موسكو."
    assert ("meeting", ["marco-rubio", "sergey-lavrov"]) in events_of(tmp_path, text, "ar")


def test_a_question_reports_no_event(tmp_path):
    assert events_of(tmp_path, "Is Marco Rubio ready to meet Sergey Lavrov in Geneva?", "en") == []
    assert events_of(tmp_path, "هل سيلتقي ماركو روبيو سيرغي لافروف في جنيف؟", "ar") == []
    assert events_of(tmp_path, "Marco Rubio met Sergey Lavrov in Geneva.", "en") == [
        ("meeting", ["marco-rubio", "sergey-lavrov"])]


def test_an_arabic_exchange_told_with_the_verb(tmp_path):
    text = "وكانت روسيا وأوكرانيا قد تبادلتا 246 أسيرا من كل جانب."
    assert ("exchange", ["russia", "ukraine"]) in events_of(tmp_path, text, "ar")
    assert not any(kind == "exchange" for kind, _ in events_of(tmp_path, "تبادل الجانبان وجهات النظر.", "ar"))


def full_events_of(tmp_path, text, lang):
    config = project_config(tmp_path)
    doc = analyse_text(config, text, lang)
    links, _ = link_mentions(doc, config)
    return [(e.type, e.participants, e.place) for e in extract_events(doc, links, [], name_index(config))]


def test_a_possessor_is_no_side(tmp_path):
    # Who a person is related to is named, not met: "Lavrov's aide", "помічник Лаврова Марко Рубіо"
    found = full_events_of(tmp_path, "Sergey Lavrov's aide Marco Rubio met Antony Blinken in Geneva.", "en")
    assert found[0][0] == "meeting" and "sergey-lavrov" not in found[0][1]
    found = full_events_of(tmp_path, "Помічник Сергія Лаврова Марко Рубіо зустрівся з Ентоні Блінкеном у Женеві.", "uk")
    assert found[0][0] == "meeting" and "sergey-lavrov" not in found[0][1]


def test_a_goal_or_a_hypothesis_is_no_event(tmp_path):
    assert [e for e in full_events_of(tmp_path, "Marco Rubio is focused on securing a peace agreement with Russia.",
                                      "en") if e[0] == "agreement"] == []
    assert [e for e in full_events_of(tmp_path, "Марко Рубіо прибув до Женеви, аби розблокувати обміни полоненими.",
                                      "uk") if e[0] == "exchange"] == []
    assert [e for e in full_events_of(tmp_path, "Сергей Лавров и Марко Рубио обсуждали возможный обмен пленными.",
                                      "ru") if e[0] == "exchange"] == []
    assert [e for e in full_events_of(tmp_path, "Марко Рубіо наголосив на необхідності негайного обміну полоненими.",
                                      "uk") if e[0] == "exchange"] == []
    # ... while one that took place is one
    assert [e[0] for e in full_events_of(tmp_path, "Russia and Ukraine signed an agreement in Istanbul.", "en")] \
        == ["agreement"]


def test_a_contact_the_sentence_dates_itself_by_is_not_reported_again(tmp_path):
    text = "Joe Biden and Vladimir Putin praised the work of their teams following the U.S.-Russia Summit in Geneva."
    assert [e for e in events_of(tmp_path, text, "en") if e[0] == "summit"] == []
    text = "Сергей Лавров и Марко Рубио обсудили санкции после встречи в Эр-Рияде."
    assert [e for e in events_of(tmp_path, text, "ru") if e[0] == "meeting"] == []
    # ... while one the sentence reports is one, also where an earlier one dates it
    text = "After the summit in Geneva, Joe Biden met Vladimir Putin again in Helsinki."
    assert [e[0] for e in events_of(tmp_path, text, "en")] == ["meeting"]
    assert [e[0] for e in events_of(tmp_path, "Joe Biden and Vladimir Putin held a summit in Geneva.", "en")] \
        == ["summit"]
    # ... and one that names its other side ("after his meeting with X") took place: the article reports it
    text = "Марко Рубио выступил перед журналистами после встречи с Сергеем Лавровым."
    assert events_of(tmp_path, text, "ru") == [("meeting", ["marco-rubio", "sergey-lavrov"])]


def test_who_met_the_speaker_made_no_statement(tmp_path):
    text = "Marco Rubio made a statement after his meeting with Sergey Lavrov."
    assert ("statement", ["marco-rubio"]) in events_of(tmp_path, text, "en")
    # ... while a joint statement with a side is theirs too
    assert events_of(tmp_path, "Russia issued a joint statement with the United States.", "en") == [
        ("statement", ["russia", "united-states"])]


def test_readiness_to_meet_is_a_proposal_and_a_threat_no_strike(tmp_path):
    assert [e[0] for e in events_of(tmp_path, "Marco Rubio said he was ready to meet Sergey Lavrov.", "en")] == [
        "proposal"]
    text = "Марко Рубио заявил, что готов встретиться с Сергеем Лавровым в любое время."
    assert [e[0] for e in events_of(tmp_path, text, "ru")] == ["proposal"]
    text = "Иран ответит ударами по американским базам в районе Персидского залива в случае атаки со стороны США."
    assert [e for e in events_of(tmp_path, text, "ru") if e[0] == "strike"] == []
    assert events_of(tmp_path, "Russia launched a strike on Ukraine on Monday.", "en")[0][0] == "strike"


def test_a_contact_put_off_took_no_place(tmp_path):
    text = "Talks between Marco Rubio and Sergey Lavrov in Abu Dhabi were postponed indefinitely."
    assert events_of(tmp_path, text, "en") == []
    assert events_of(tmp_path, "Встречу Марко Рубио и Сергея Лаврова отложили.", "ru") == []
    assert events_of(tmp_path, "تم تأجيل اللقاء بين ماركو روبيو وسيرغي لافروف.", "ar") == []
    # ... while one held, with a later round put off in another clause, is one
    text = "Marco Rubio met Sergey Lavrov in Geneva on Monday, but the next round was postponed."
    assert events_of(tmp_path, text, "en") == [("meeting", ["marco-rubio", "sergey-lavrov"])]


def test_talking_to_the_press_is_no_call(tmp_path):
    text = "Marco Rubio spoke to the press after his meeting with Sergey Lavrov in Miami."
    assert [e[0] for e in events_of(tmp_path, text, "en")] == ["meeting"]
    assert events_of(tmp_path, "Marco Rubio spoke with Sergey Lavrov on Monday.", "en")[0][0] == "call"


def test_a_venue_needs_a_word_of_location(tmp_path):
    found = full_events_of(tmp_path, "Marco Rubio met Sergey Lavrov, adopting Moscow's position.", "en")
    assert found[0][0] == "meeting" and found[0][2] is None
    found = full_events_of(tmp_path, "Marco Rubio met Sergey Lavrov in Geneva.", "en")
    assert found[0][2] == "geneva"


def test_an_arrival_is_a_visit_and_a_host_receives(tmp_path):
    found = full_events_of(tmp_path, "Марко Рубіо прибув до Женеви.", "uk")
    assert found == [("visit", ["marco-rubio"], "geneva")]
    found = full_events_of(tmp_path, "Marco Rubio received Sergey Lavrov in Paris.", "en")
    assert found[0][:2] == ("meeting", ["marco-rubio", "sergey-lavrov"])


def test_two_clauses_tell_two_contacts(tmp_path):
    text = "Marco Rubio will meet Antony Blinken in Geneva, while Sergey Lavrov flies to Paris to call John Smith."
    found = full_events_of(tmp_path, text, "en")
    assert ("meeting", ["marco-rubio", "per-antony-blinken"], "geneva") in found
    assert ("call", ["per-john-smith", "sergey-lavrov"], "paris") in found


def test_the_sides_a_delegation_comes_from(tmp_path):
    found = full_events_of(tmp_path, "A meeting of delegations from Russia, the United States and Ukraine began.", "en")
    assert found[0][1] == ["russia", "ukraine", "united-states"]


def test_an_exchange_of_prisoners_with_no_sides_named_is_reported(tmp_path):
    text = "Обмін сьогодні продовжили. Додому повернули ще 307 наших воїнів, які потрапили в полон у 2022 році."
    assert ("exchange", []) in events_of(tmp_path, text, "uk")
    from generator.extract import extract

    config = project_config(tmp_path)
    summary = extract(analyse_text(config, text, "uk"), config)
    assert "Exchange" in [f.text for f in summary.facts]  # its line names no sides
    # With nothing about prisoners, an exchange that names no sides is no event.
    assert events_of(tmp_path, "Обмін сьогодні продовжили. Ринок працював як завжди.", "uk") == []


def test_an_exchange_with_no_sides_named_takes_the_two_countries_the_article_names_most(tmp_path):
    text = ("Обмін сьогодні продовжили. Додому з полону повернули ще 307 українців. Україна дякує всім. "
            "Завдання – звільнити всіх, хто утримується в Росії.")
    assert events_of(tmp_path, text, "uk") == [("exchange", ["russia", "ukraine"])]
    # A third country named as often: the sides are not plain, and none are given.
    found = events_of(tmp_path, text + " Туреччина допомогла.", "uk")
    assert found and all(kind == "exchange" and sides == [] for kind, sides in found)


def test_representatives_named_by_their_adjective_are_sides(tmp_path):
    text = "Another round of talks between Russian and Ukrainian representatives concluded today in Istanbul."
    assert events_of(tmp_path, text, "en") == [("meeting", ["russia", "ukraine"])]
    assert events_of(tmp_path, "Российские и украинские представители провели переговоры.", "ru")[0][1] == [
        "russia", "ukraine"]


def test_officials_and_indefinite_arabic_adjectives_name_sides(tmp_path):
    assert events_of(tmp_path, "French and German officials met on Monday in Geneva.", "en") == [
        ("meeting", ["france", "germany"])]
    # "وفد فرنسي" (a French delegation): the indefinite adjective names its country too
    assert events_of(tmp_path, "أجرى وفد فرنسي محادثات مع مسؤولين أوكرانيين في جنيف.", "ar") == [
        ("meeting", ["france", "ukraine"])]


def test_countries_listed_after_a_topic_word_are_no_sides(tmp_path):
    text = "The French policy towards Germany and Turkey changed: France held talks with Italy without Germany."
    assert events_of(tmp_path, text, "en") == [("meeting", ["france", "italy"])]


def test_the_sides_of_a_deal_or_a_war_are_no_sides_of_a_call(tmp_path):
    text = "France and Italy held a phone call on Tuesday as they work on a ceasefire deal between Germany and Turkey."
    assert events_of(tmp_path, text, "en") == [("call", ["france", "italy"])]
    assert events_of(tmp_path, "Talks between Russia and Ukraine were held in Istanbul on Friday.", "en") == [
        ("meeting", ["russia", "ukraine"])]


def test_the_dead_handed_over_are_an_exchange(tmp_path):
    assert events_of(tmp_path, "France handed over the bodies of 100 fallen soldiers to Germany.", "en") == [
        ("exchange", ["france", "germany"])]
    assert events_of(tmp_path, "Франція повернула Німеччині тіла 100 загиблих військових.", "uk") == [
        ("exchange", ["france", "germany"])]
    assert events_of(tmp_path, "The remains of the building in France were removed.", "en") == []


def test_more_words_for_calls_vetoes_signings_and_invitations(tmp_path):
    assert ("call", ["sergey-lavrov", "vladimir-putin"]) in events_of(
        tmp_path, "Владимир Путин побеседовал по телефону с Сергеем Лавровым.", "ru")
    assert ("rejection", ["russia"]) in events_of(tmp_path, "Russia vetoed the draft in New York on Monday.", "en")
    assert ("agreement", ["marco-rubio", "sergey-lavrov"]) in events_of(
        tmp_path, "Сергій Лавров і Марко Рубіо підписали угоду про посольства.", "uk")
    invited = events_of(tmp_path, "Владимир Путин пригласил Марко Рубио в Москву.", "ru")
    assert [kind for kind, _ in invited] == ["proposal"]


def test_an_event_told_again_is_one_event(tmp_path):
    text = ("Telephone conversation with Marco Rubio\n\nSergey Lavrov had a telephone conversation with Marco Rubio. "
            "During the conversation Sergey Lavrov and Marco Rubio discussed the embassies.")
    calls = [participants for kind, participants in events_of(tmp_path, text, "en") if kind == "call"]
    assert calls == [["marco-rubio", "sergey-lavrov"]]


def test_the_news_the_lead_reports_took_place_on_the_articles_date(tmp_path):
    config = project_config(tmp_path)
    readout = ("Telephone conversation with President of the United States Donald Trump\n2025-03-18\n\n"
               "Vladimir Putin had a telephone conversation with Donald Trump. The conversation was frank. "
               "Earlier, Vladimir Putin met Donald Trump in Alaska.")
    summary = extract(analyse_text(config, readout, "en"), config)
    events = summary.events
    assert {e.date for e in events if e.type == "call"} == {"2025-03-18"}
    assert "2025-03-18" in {d.value for d in summary.dates}
    # ... a date of the article though no words write it, where the article's date is its metadata:
    # the event's words stand for it
    article = make_article(readout.split("\n\n", 1)[1], "en")
    doc = analyse_text(config, article.text, "en")
    doc = doc.__class__(**{**doc.__dict__, "article": article.__class__(
        **{**article.__dict__, "date": __import__("datetime").date(2025, 3, 18)})})
    dates = extract(doc, config).dates
    assert [(d.value, d.relative, "telephone conversation" in d.text) for d in dates] == [("2025-03-18", True, True)]
    assert all(e.date is None for e in events if e.type == "meeting")  # further down: its date is not said

    def meeting_dates(text, lang):
        return [e.date for e in extract(analyse_text(config, text, lang), config).events if e.type == "meeting"]

    assert meeting_dates("Putin and Trump\n2025-03-18\n\nVladimir Putin plans to meet Donald Trump.", "en") == [None]
    future = "Путин и Трамп\n2025-03-18\n\nВладимир Путин встретится с Дональдом Трампом в Эр-Рияде."
    assert meeting_dates(future, "ru") == [None]  # a perfective verb in the present: what will be


def test_convening_and_having_spoken_with_someone_are_contacts(tmp_path):
    text = "Marco Rubio convenes with Sergey Lavrov in Geneva. Vladimir Putin has spoken twice with Marco Rubio."
    kinds = events_of(tmp_path, text, "en")
    assert ("meeting", ["marco-rubio", "sergey-lavrov"]) in kinds
    assert ("call", ["marco-rubio", "vladimir-putin"]) in kinds


def test_an_address_by_a_registry_person_has_them_in_the_contacts_it_tells_in_its_own_voice(tmp_path):
    config = project_config(tmp_path)
    article = make_article("Говорив сьогодні з Марко Рубіо. Мав розмову з Сергієм Лавровим про обмін.", "uk")
    article = article.__class__(**{**article.__dict__, "author": "Андрій Сибіга"})
    doc = analyse_text(config, article.text, "uk")
    doc = doc.__class__(**{**doc.__dict__, "article": article})
    links, _ = link_mentions(doc, config)
    calls = [e.participants for e in extract_events(doc, links, [], name_index(config)) if e.type == "call"]
    assert calls == [["andrii-sybiha", "marco-rubio"], ["andrii-sybiha", "sergey-lavrov"]]
    # a journalist's article: no one's own voice
    plain = analyse_text(config, article.text, "uk")
    links, _ = link_mentions(plain, config)
    events = extract_events(plain, links, [], name_index(config))
    assert all(len(e.participants) < 2 for e in events if e.type == "call")


def test_a_demand_or_a_denied_contact_is_no_event(tmp_path):
    assert events_of(tmp_path, "The United States renewed its call for Maduro to step down.", "en") == []
    assert events_of(tmp_path, "Biden called on Russia to withdraw its troops from Ukraine.", "en") == []
    assert [kind for kind, _ in events_of(tmp_path, "Marco Rubio called Sergey Lavrov on Monday.", "en")] == ["call"]
    text = "Zelensky said Ukraine will not participate in negotiations with Russia until its troops leave."
    assert [kind for kind, _ in events_of(tmp_path, text, "en")] == []
    assert [kind for kind, _ in events_of(tmp_path, "Кулеба і Лавров не домовилися про перемир'я.", "uk")] == []
    # "exchanged assessments and views" is a conversation, not an exchange
    text = "وقال إن الوزيرين تبادلا التقييم ووجهات النظر حول الأزمة الأوكرانية مع روسيا."
    assert "exchange" not in [kind for kind, _ in events_of(tmp_path, text, "ar")]


def test_a_spokesperson_who_reports_talks_is_no_side_of_them(tmp_path):
    config = load_config(REPO)  # the registry knows Kuleba, Lavrov, Peskov (the Kremlin's press secretary)
    text = "Спікер МЗС Олег Ніколаєнко написав, що в Анталії розпочалися переговори Дмитра Кулеби і Сергія Лаврова."
    assert events_with(config, text, "uk") == [("meeting", ["dmytro-kuleba", "sergey-lavrov"])]
    text = "Dmitry Peskov said Vladimir Putin met Steve Witkoff in Moscow."
    assert events_with(config, text, "en") == [("meeting", ["steve-witkoff", "vladimir-putin"])]


def test_events_only_talked_of_halted_cancelled_or_agreed_to_are_none(tmp_path):
    def kinds(text, lang):
        return [kind for kind, _ in events_of(tmp_path, text, lang)]

    assert kinds("France and Germany Cancel Meeting in Paris", "en") == []
    assert kinds("На Украине анонсировали переговоры об обмене пленными к Рождеству.", "ru") == []
    assert kinds("Франція та Німеччина ведуть переговори щодо обміну полоненими.", "uk") == ["meeting"]
    assert "strike" not in kinds("Франція погодилася на тижневу паузу в ударах по енергетиці Німеччини.", "uk")
    assert kinds("Франція і Німеччина наближаються до угоди про торгівлю.", "uk") == []
    assert kinds("Французская сторона не подтверждала какие-либо договоренности с Берлином.", "ru") == []
    assert kinds("France agreed to exchange all prisoners with Germany.", "en") == ["agreement"]
    assert kinds("France said it is open to a meeting with Germany.", "en") == ["proposal"]
    # what did take place
    assert kinds("France and Germany exchanged prisoners on Friday.", "en") == ["exchange"]
    assert kinds("Russia launched massive strikes on Ukraine's energy.", "en") == ["strike"]


def test_what_was_discussed_who_sent_them_and_whose_envoy_are_no_sides():
    config = load_config(REPO)  # Vladimir Putin: President of Russia
    assert events_with(config, "Putin met Witkoff in Moscow and discussed Ukraine.", "en") == [
        ("meeting", ["steve-witkoff", "vladimir-putin"])]
    assert events_with(config, "التقى بوتين مع ويتكوف في موسكو وتم بحث أوكرانيا.", "ar") == [
        ("meeting", ["steve-witkoff", "vladimir-putin"])]
    assert events_with(config, "Kirill Dmitriev met Steve Witkoff at the instruction of Vladimir Putin.", "en") == [
        ("meeting", ["kirill-dmitriev", "steve-witkoff"])]
    assert "vladimir-putin" not in events_with(config, "Кремль підтвердив візит посланця Путіна до США.", "uk")[0][1]


def test_what_a_contact_is_held_to_discuss_names_no_side_but_a_partner_does():
    config = load_config(REPO)
    assert events_with(config, "Blinken met Lavrov in Geneva to discuss the troops massed near Ukraine.",
                       "en") == [("meeting", ["antony-blinken", "sergey-lavrov"])]
    assert events_with(config, "Умеров провёл встречу, на которой делегация обсуждала с представителями США "
                       "и России параметры мира.", "ru") == [("meeting", ["russia", "rustem-umerov", "united-states"])]


def test_an_arabic_speaker_s_own_verb_makes_the_speaker_a_side():
    from tests.builders import analyse_text

    config = load_config(REPO)
    transcript = "مؤتمر صحفي\n\nالوزير بلينكن: طاب يومكم جميعا.\n\n{}"
    held = extract(analyse_text(config, transcript.format(
        "اجتمعت في الأسبوع الماضي في جنيف بوزير الخارجية الروسي لافروف لمناقشة الأزمة."), "ar"), config).events
    assert [(e.type, e.participants) for e in held if e.type == "meeting"] == [
        ("meeting", ["antony-blinken", "sergey-lavrov"])]
    # a subject after the verb: "Russia and Ukraine met", not the speaker
    told = extract(analyse_text(config, transcript.format("اجتمعت روسيا وأوكرانيا في جنيف."), "ar"), config).events
    assert [(e.type, e.participants) for e in told if e.type == "meeting"] == [("meeting", ["russia", "ukraine"])]


def test_prisoners_going_both_ways_and_prisoners_handed_over_are_an_exchange_and_its_mediators_no_sides():
    config = load_config(REPO)
    assert events_with(config, "أعلنت روسيا أنها استعادت 157 من عسكرييها من الأسر مقابل الإفراج عن 157 جنديا "
                       "أوكرانيا في عملية جرت بوساطة الإمارات والولايات المتحدة.", "ar") == [
        ("exchange", ["russia", "ukraine"])]
    assert events_with(config, "Russia and Ukraine exchanged 150 prisoners in a swap mediated by the UAE and the "
                       "United States.", "en") == [("exchange", ["russia", "ukraine"])]
    assert events_with(config, "Україна та Росія провели обмін полоненими при посередництві ОАЕ.", "uk") == [
        ("exchange", ["russia", "ukraine"])]
    assert events_with(config, "وتم تسليم 157 أسيرا إلى أوكرانيا.", "ar") == [("exchange", ["ukraine"])]
    # who helped is no side, nor one of the two an exchange with no sides named is between
    for text in ("Україна повернула 103 полонених. Організувати обмін полоненими допомогли ОАЕ.",
                 "Обмін полоненими: 103 українців повернули завдяки ОАЕ. ОАЕ подякували."):
        found = events_with(config, text, "uk")
        assert found and all(kind == "exchange" and "united-arab-emirates" not in sides for kind, sides in found)
    # a condition is still no exchange
    assert events_with(config, "Russia offered a ceasefire in exchange for Ukraine's withdrawal.", "en")[0][0] == \
        "proposal"


def test_an_arabic_phone_conversation_is_a_call_and_a_president_s_relation_names_no_president():
    config = load_config(REPO)
    assert events_with(config, "أجرى ترامب محادثة هاتفية مع بوتين.", "ar") == [
        ("call", ["donald-trump", "vladimir-putin"])]
    assert events_with(config, "التقى صهر الرئيس الأمريكي دونالد ترامب جاريد كوشنر مع بوتين في موسكو.", "ar") == [
        ("meeting", ["jared-kushner", "vladimir-putin"])]


def test_a_war_s_countries_in_the_genitive_are_its_subject_and_a_contact_s_topic_no_new_contact():
    config = load_config(REPO)
    assert events_with(config, "Путин и Трамп созвонились, обсудив завершение конфликта России и Украины.", "ru") == [
        ("call", ["donald-trump", "vladimir-putin"])]
    assert events_with(config, "Путин и Трамп созвонились вечером. Главной темой разговора стало завершение "
                       "конфликта России и Украины.", "ru") == [("call", ["donald-trump", "vladimir-putin"])]
    assert events_with(config, "The main topic of the call was the end of the war.", "en") == []
    # "тем не менее", nevertheless, denies nothing
    assert events_with(config, "Тем не менее встреча Путина и Трампа состоялась.", "ru") == [
        ("meeting", ["donald-trump", "vladimir-putin"])]


def test_a_clause_after_as_tells_its_own_contact():
    config = load_config(REPO)
    text = ("Donald Trump announced that he would meet Vladimir Putin following a productive call with the Russian "
            "leader, as Ukrainian President Volodymyr Zelensky arrived in Washington on Friday.")
    assert events_with(config, text, "en") == [
        ("visit", ["volodymyr-zelensky"]), ("call", ["donald-trump", "vladimir-putin"])]


def test_a_press_conference_is_a_statement():
    config = load_config(REPO)
    assert events_with(config, "Трамп і Путін провели спільну пресконференцію в Анкориджі.", "uk") == [
        ("statement", ["donald-trump", "vladimir-putin"])]
    assert events_with(config, "Трамп и Путин провели совместную пресс-конференцию.", "ru") == [
        ("statement", ["donald-trump", "vladimir-putin"])]


def test_a_capital_that_acts_stands_for_its_country_where_no_other_side_is_named():
    config = load_config(REPO)
    assert events_with(config, "Moscow suggested extending the treaty’s validity for another year.", "en") == [
        ("proposal", ["russia"])]
    assert events_with(config, "Talks were held in Moscow.", "en") == []


def test_the_country_strikes_hit_is_no_side_of_a_call(tmp_path):
    text = "Після розмови Макрона з Шольцом Франція погодилася на паузу в ударах по енергетиці Польщі."
    assert "poland" not in events_of(tmp_path, text, "uk")[0][1]


def test_a_date_that_opens_or_closes_a_period_is_no_event_s_day():
    from tests.builders import analyse_text

    config = load_config(REPO)
    text = "Визит Дмитриева станет первым посещением Вашингтона российским чиновником с 2022 года."
    assert [e.date for e in extract(analyse_text(config, text, "ru"), config).events] == [None]
    text = "Putin met Trump in Alaska on August 15, 2025."
    assert [e.date for e in extract(analyse_text(config, text, "en"), config).events] == ["2025-08-15"]


def test_who_reports_an_event_is_no_side_of_it():
    config = load_config(REPO)  # the registry knows Ushakov
    found = events_with(config, "Юрий Ушаков заявил, что Россия и США договорились о новой встрече.", "ru")
    assert ("agreement", ["russia", "united-states"]) in found
    found = events_with(config, "Ушаков заявил, что Москва и Вашингтон договорились о новой встрече.", "ru")
    assert ("agreement", ["russia", "united-states"]) in found  # a capital for its country
    found = events_with(config, "Песков повідомив, що Путін і Трамп провели телефонну розмову.", "uk")
    assert found == [("call", ["donald-trump", "vladimir-putin"])]
    # ... unless the reported clause names too few sides: "he" is the one who said it
    found = events_with(config, "Zelensky said that he had agreed with Trump on a ceasefire.", "en")
    assert ("agreement", ["donald-trump", "volodymyr-zelensky"]) in found


def test_being_open_to_negotiations_in_arabic_is_an_offer(tmp_path):
    text = "وأكد وزير الخارجية الروسي سيرغي لافروف أن موسكو منفتحة على المفاوضات لمعالجة الأسباب الجذرية للنزاع."
    assert [kind for kind, _ in events_of(tmp_path, text, "ar")] == ["proposal"]


def test_a_country_before_the_word_for_its_war_is_what_the_talks_are_about():
    config = load_config(REPO)
    text = ("Donald Trump meets Vladimir Putin today at a base near Anchorage for talks that could influence "
            "the Ukraine war’s outcome.")
    assert events_with(config, text, "en") == [("meeting", ["donald-trump", "vladimir-putin"])]
    text = "Volodymyr Zelensky met Donald Trump to discuss Russia's full-scale invasion."
    assert events_with(config, text, "en") == [("meeting", ["donald-trump", "volodymyr-zelensky"])]


def test_whose_envoy_aide_or_relation_someone_is_takes_no_part():
    config = load_config(REPO)
    cases = {
        "President Trump's advisers Steve Witkoff and Jared Kushner met with Vladimir Putin in Moscow.":
            ["jared-kushner", "steve-witkoff", "vladimir-putin"],
        "Vladimir Medinsky, a senior aide to Russian President Vladimir Putin, met Rustem Umerov in Istanbul.":
            ["rustem-umerov", "vladimir-medinsky"],
        "Putin's special envoy, Kirill Dmitriev, met Steve Witkoff in Miami.": ["kirill-dmitriev", "steve-witkoff"],
        "Steve Witkoff and Jared Kushner, Trump's son-in-law, met Volodymyr Zelensky in Berlin.":
            ["jared-kushner", "steve-witkoff", "volodymyr-zelensky"],
    }
    for text, sides in cases.items():
        assert events_with(config, text, "en") == [("meeting", sides)], text
    assert events_with(config, "Donald Trump met Vladimir Putin in Alaska.", "en") == [
        ("meeting", ["donald-trump", "vladimir-putin"])]


def test_every_country_listed_after_the_representatives_of_is_a_side(tmp_path):
    for text, lang in (("Representatives from Russia, Ukraine and the United States met in Abu Dhabi.", "en"),
                       ("Делегації Росії, України та США зустрілися в Абу-Дабі.", "uk")):
        assert events_of(tmp_path, text, lang) == [("meeting", ["russia", "ukraine", "united-states"])], text


def test_a_people_worked_with_stands_for_its_country_among_who_takes_part():
    config = load_config(REPO)
    index = name_index(config)
    for text, lang in (("Уиткофф продолжает работу с украинцами.", "ru"),
                       ("Witkoff continues talks with the Ukrainians.", "en"),
                       ("يواصل ويتكوف العمل مع الأوكرانيين.", "ar")):
        doc = analyse_text(config, text, lang)
        sides = [link.actor_id for s in doc.sentences for link in demonym_sides(s, lang, index, held=False)]
        assert sides == ["ukraine"], text


def test_the_place_an_envoy_is_sent_to_is_no_place_of_the_event():
    config = load_config(REPO)
    index = name_index(config)
    for text, lang in (("والتقى المبعوث الأمريكي إلى الشرق الأوسط ستيف ويتكوف الرئيس الروسي فلاديمير بوتين.", "ar"),
                       ("The US envoy to the Middle East Steve Witkoff met Vladimir Putin.", "en")):
        doc = analyse_text(config, text, lang)
        links, _ = link_mentions(doc, config)
        found = [(e.participants, e.place) for e in extract_events(doc, links, [], index)]
        assert len(found) == 1 and found[0][1] is None and "steve-witkoff" in found[0][0], (text, found)


def test_refusing_to_comment_is_no_rejection():
    config = load_config(REPO)
    for text, lang in (("Песков отказался рассказать о деталях.", "ru"),
                       ("Dmitry Peskov refused to comment on the details.", "en"),
                       ("ورفض بيسكوف التعليق على التفاصيل.", "ar")):
        assert "rejection" not in [kind for kind, _ in events_with(config, text, lang)], text
    assert ("rejection", ["russia"]) in events_with(config, "Russia refused to withdraw its troops.", "en")


def test_calling_someone_something_is_no_phone_call(tmp_path):
    for text in ("Donald Trump called Volodymyr Zelensky a dictator.",
                 "Sergey Lavrov called Crimea being part of Russia a “done deal”."):
        assert "call" not in [kind for kind, _ in events_of(tmp_path, text, "en")], text
    for text in ("Donald Trump called Vladimir Putin on Tuesday.", "Donald Trump called Vladimir Putin, a rare step."):
        assert [kind for kind, _ in events_of(tmp_path, text, "en")] == ["call"], text


def test_bilateral_or_trade_exchanges_are_no_prisoner_exchange(tmp_path):
    for text, lang in (("Bilateral Russian-US exchanges occurred on the sidelines of the talks.", "en"),
                       ("Двусторонние обмены между Россией и США продолжились.", "ru")):
        assert "exchange" not in [kind for kind, _ in events_of(tmp_path, text, lang)], text


def test_a_proposal_denied_or_only_spoken_of_is_none(tmp_path):
    for text, lang in (("Volodymyr Zelensky was not invited, alarming Kyiv.", "en"),
                       ("Russia did not propose a ceasefire.", "en"),
                       ("Moscow has not revealed the details of its offer.", "en"),
                       ("They will brief Volodymyr Zelensky in London on the US proposals.", "en"),
                       ("Росія не запропонувала перемир'я.", "uk")):
        assert "proposal" not in [kind for kind, _ in events_of(tmp_path, text, lang)], text
    assert events_of(tmp_path, "Russia proposed a ceasefire on Monday.", "en") == [("proposal", ["russia"])]
    # readiness declared is an offer, whatever preposition the declaring takes
    text = "Российская сторона заявляет о своей готовности к мирным переговорам."
    assert "proposal" in [kind for kind, _ in events_of(tmp_path, text, "ru")]


def test_who_welcomes_or_condemns_what_others_did_takes_no_part_in_it(tmp_path):
    config = project_config(tmp_path)
    assert events_with(config, "Secretary Marco Rubio welcomed Russia and Ukraine's exchange of prisoners.", "en") == [
        ("exchange", ["russia", "ukraine"])]
    assert ("exchange", ["russia", "ukraine"]) in events_with(
        config, "Марко Рубіо привітав обмін полоненими між Росією та Україною.", "uk")


def test_the_event_a_period_runs_from_dates_no_event(tmp_path):
    import dataclasses
    import datetime as dt

    from generator.analyse.offline import OfflineAnalyser
    from tests.builders import make_article

    config = project_config(tmp_path)

    def dated(text):
        article = dataclasses.replace(make_article(text, "en"), date=dt.date(2024, 1, 3))
        return [(e.type, e.date) for e in extract(OfflineAnalyser(config).analyse(article, "en"), config).events]

    assert dated("Russia and Ukraine exchanged 230 prisoners, the largest exchange since the start of the "
                 "full-scale war in February 2022.") == [("exchange", "2024-01-03")]


def test_a_contact_that_another_discusses_is_its_topic():
    config = load_config(REPO)
    found = events_with(config, "Ми з президентом Зеленським зустрінемося завтра, де обговоримо мою розмову з "
                                "президентом Путіним.", "uk")
    assert [kind for kind, _ in found] == ["meeting"]


def test_speaking_to_a_news_outlet_is_an_interview_not_a_contact(tmp_path):
    config = project_config(tmp_path)
    assert events_with(config, "Marco Rubio, speaking to Fox News on Sunday, said the talks were useful.", "en") == []


def test_declining_a_proposal_is_its_rejection_by_the_subject_and_limiting_attacks_is_no_strike():
    config = load_config(REPO)
    text = ("Putin declined for now to agree to a broader ceasefire that the United States had proposed. "
            "Russia has refused the proposal, only agreeing to limit attacks on energy infrastructure.")
    doc = analyse_text(config, text, "en")
    links, _ = link_mentions(doc, config)
    events = extract_events(doc, links, [], name_index(config))
    assert [(e.type, e.rejected_by) for e in events if e.type in ("proposal", "rejection")] == [
        ("proposal", ["vladimir-putin"]), ("proposal", ["russia"])]
    assert not [e for e in events if e.type == "strike"]


def test_discussing_with_someone_is_a_conversation_unless_the_sentence_says_they_met():
    config = load_config(REPO)
    text = "Президент Володимир Зеленський обговорив із президентом Туреччини Реджепом Таїпом Ердоганом експорт зерна."
    assert ("call", ["recep-tayyip-erdogan", "turkey", "volodymyr-zelensky"]) in events_with(config, text, "uk")
    text = "Під час зустрічі в Парижі Зеленський обговорив з Макроном питання безпеки."
    assert [kind for kind, _ in events_with(config, text, "uk")] == ["meeting"]


def test_who_struck_is_the_country_whose_forces_are_named():
    config = load_config(REPO)
    for text, lang in (("فقد شنت القوات الروسية ضربات صاروخية في أنحاء مختلفة من أوكرانيا.", "ar"),
                       ("Russian forces launched missile strikes on Kyiv overnight.", "en")):
        strikes = [parts for kind, parts in events_with(config, text, lang) if kind == "strike"]
        assert strikes and "russia" in strikes[0], (text, strikes)


def test_who_said_it_is_no_side_of_what_english_reports_without_that():
    config = load_config(REPO)
    events = events_with(config, "The Kremlin said Putin met Witkoff on Thursday.", "en")
    assert ("meeting", ["steve-witkoff", "vladimir-putin"]) in events
    said_when = events_with(config, "Putin said on Monday he met Witkoff.", "en")
    assert "vladimir-putin" in next(people for kind, people in said_when if kind == "meeting")


def test_a_contact_with_one_named_person_is_told_by_the_other_side():
    config = load_config(REPO)
    assert ("meeting", ["donald-trump"]) in events_with(config, "Сьогодні була зустріч із Дональдом Трампом.", "uk")
    assert ("call", ["recep-tayyip-erdogan"]) in events_with(config, "Сьогодні говорив з Ердоганом.", "uk")
    assert "meeting" not in kinds_of(config, "Дональд Трамп провів зустріч.", "uk")


def test_an_exchange_of_fire_words_or_a_quarrel_is_no_exchange():
    config = load_config(REPO)
    for text, lang in (("Trump and Zelensky had a fiery exchange in the Oval Office.", "en"),
                       ("Russia and Ukraine had an exchange of fire near Kupiansk.", "en"),
                       ("وتتبادل روسيا وأوكرانيا القصف على الحدود.", "ar"),
                       ("Россия и Украина обменялись ударами по энергетике.", "ru"),
                       ("وسط توتر حاد بين واشنطن وموسكو على خلفية تبادل عقوبات واتهامات.", "ar"),
                       ("Washington and Moscow went through an exchange of sanctions.", "en")):
        assert "exchange" not in kinds_of(config, text, lang), text
    assert ("exchange", ["russia", "ukraine"]) in events_with(config, "Russia and Ukraine exchanged 390 prisoners.",
                                                              "en")


def test_strikes_suspended_banned_or_refrained_from_are_none():
    config = load_config(REPO)
    for text, lang in (("Russia agreed to suspend attacks on energy infrastructure.", "en"),
                       ("The US proposed a ban on attacks on ports.", "en"),
                       ("Трамп попросил Путина воздержаться от ударов по Киеву.", "ru"),
                       ("Росія призупинила удари по енергетиці.", "uk")):
        assert "strike" not in kinds_of(config, text, lang), text
    assert "strike" in kinds_of(config, "Россия нанесла удары по Киеву.", "ru")
