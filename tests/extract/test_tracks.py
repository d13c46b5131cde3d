import dataclasses
import datetime as dt

from generator.analyse.offline import OfflineAnalyser
from generator.config import load_config
from generator.extract import extract
from generator.extract.actors import link_mentions
from generator.extract.tracks import score_tracks
from generator.gazetteer import name_index
from tests.builders import REPO, analyse_text, make_article, project_config


def extracted_tracks(config, text, lang="en"):
    """The tracks of a whole extraction (with its events), not of the scorer alone."""
    return extract(analyse_text(config, text, lang), config).tracks


def tracks_of(config, text, lang, published=None):
    doc = analyse_text(config, text, lang)
    links, _ = link_mentions(doc, config)
    by_sentence = {}
    for link in links:
        by_sentence.setdefault(link.mention.sentence, set()).add(link.actor_id)
    return score_tracks(doc, by_sentence, config.tracks, name_index(config), published=published)


def test_keywords_on_lemmas_and_actor_pairs(tmp_path):
    config = project_config(tmp_path)
    result = tracks_of(config, "Росія та США обговорили видачу віз і роботу посольств.", "uk")
    assert result.primary == "us-russia-bilateral"
    cues = result.matches[0].cues
    assert "pair: russia + united-states" in cues and any("віза" in c for c in cues)


def test_article_that_fits_no_track_is_other(tmp_path):
    config = project_config(tmp_path)
    result = tracks_of(config, "The weather in Geneva was sunny all week.", "en")
    assert result.primary == "other" and result.matches == []


def test_arabic_keywords_with_clitics(tmp_path):
    config = project_config(tmp_path)
    result = tracks_of(config, "ناقش الجانبان الملف النووي والأسلحة النووية والتأشيرات.", "ar")
    assert {m.id for m in result.matches} >= {"arms-control"}


def test_an_arabic_keyword_in_ة_meets_its_dual_and_its_forms_with_a_pronoun(tmp_path):
    config = project_config(tmp_path)  # the keyword سفاره (embassy)
    for text in ("اتفق الجانبان على إعادة فتح السفارتين.", "أعلنت روسيا أن سفارتها ستعمل كالمعتاد."):
        cues = [c for m in tracks_of(config, text, "ar").matches for c in m.cues]
        assert any("سفاره" in c for c in cues), text


def _one_track(tmp_path, track_id, keywords):
    """A configuration of one track, its keywords a YAML flow mapping, that one keyword places on."""
    return _config_with(tmp_path, f"""
min_score: 1
tracks:
  - id: {track_id}
    title: {track_id.title()}
    cues:
      keywords: {keywords}
""")


def test_a_hyphenated_keyword_meets_one_compound_word_and_separate_words(tmp_path):
    config = _one_track(tmp_path, "bilateral", '{ru: ["российско-американский"], en: ["US-Russia relations"]}')
    result = tracks_of(config, "Обсуждались перспективы российско-американских отношений.", "ru")
    assert result.primary == "bilateral" and result.matches[0].cues == ["keyword: российско-американский"]
    assert tracks_of(config, "They discussed US-Russia relations.", "en").primary == "bilateral"
    config = _one_track(tmp_path, "bilateral", '{en: ["U.S.-Russia relations"]}')  # the dots part its letters
    assert tracks_of(config, "They discussed U.S.-Russia relations.", "en").primary == "bilateral"


def test_a_keyword_meets_its_inflected_forms_not_longer_words(tmp_path):
    config = _one_track(tmp_path, "bilateral", '{en: [diplomat, expel, "leaders\' meeting", "lift sanctions"]}')
    for text in ("Two diplomats left.", "Moscow expelled them.", "The leaders' meeting ended.",
                 "Washington lifted sanctions on the bank."):
        assert tracks_of(config, text, "en").primary == "bilateral", text
    # "diplomatic" is another word; "the leader's meeting" is one leader's
    for text in ("A diplomatic push began.", "The US leader's meeting with Zelensky ended."):
        assert tracks_of(config, text, "en").primary == "other", text


def test_a_phrase_takes_no_word_between_that_changes_it(tmp_path):
    config = _one_track(tmp_path, "summit", '{uk: ["зустріч президентів"]}')
    assert tracks_of(config, "Відбулася зустріч двох президентів.", "uk").primary == "summit"
    assert tracks_of(config, "Це сталося під час зустрічі з президентом України.", "uk").primary == "other"


def test_an_event_counts_for_a_track_only_between_its_sides():
    config = load_config(REPO)
    rest = " Joe Biden said Russia must talk. Russia answered Joe Biden."
    theirs = extracted_tracks(config, "Joe Biden and Vladimir Putin held a summit in Geneva." + rest)
    others = extracted_tracks(config, "NATO leaders held a summit in Madrid with Joe Biden." + rest)
    assert "event: summit" in theirs.matches[0].cues
    assert not any("event: summit" in m.cues for m in others.matches)


def test_a_keyword_inside_a_longer_keyword_is_one_cue(tmp_path):
    config = _one_track(tmp_path, "mediated", '{en: [peace, "lasting peace"]}')
    assert tracks_of(config, "They want a lasting peace.", "en").matches[0].cues == ["keyword: lasting peace"]
    cues = tracks_of(config, "They want a lasting peace. Peace is near.", "en").matches[0].cues
    assert cues == ["keyword: peace", "keyword: lasting peace"]


def test_the_words_of_an_organisations_name_are_no_keywords(tmp_path):
    config = _one_track(tmp_path, "mediated", "{en: [peace]}")
    assert tracks_of(config, "The Peace Research Institute published a report on farming.", "en").primary == "other"
    assert tracks_of(config, "The institute published a report on peace.", "en").primary == "mediated"


def test_an_envoy_word_beside_a_name_is_that_person_s_title(tmp_path):
    config = _config_with(tmp_path, """
min_score: 1
tracks:
  - id: mediated
    title: Mediated
    cues:
      keywords: {en: [envoy]}
      actors: [marco-rubio]
""")
    assert extracted_tracks(config, "The US envoy arrived in Miami.").primary == "mediated"
    assert extracted_tracks(config, "US envoy Marco Rubio arrived in Miami.").matches[0].cues == [
        "keyword: envoy", "actor: marco-rubio"]
    # another's envoy is no envoy of the track
    for text in ("Putin envoy Sergey Lavrov arrived in Miami.", "Sergey Lavrov, the Kremlin envoy, arrived."):
        assert extracted_tracks(config, text).primary == "other", text


def test_a_country_that_a_war_is_about_takes_no_part_through_it(tmp_path):
    config = _party_config(tmp_path)
    text = "The United States held talks with Armenia. They spoke of the war in Ukraine and the invasion of Ukraine."
    assert "mediated" not in [m.id for m in extracted_tracks(config, text).matches]
    text = "The United States held talks with Armenia. Ukraine welcomed it, and Ukraine will join."
    assert "mediated" in [m.id for m in extracted_tracks(config, text).matches]


PARTY_TRACKS = """
min_score: 2
tracks:
  - id: direct
    title: Direct talks
    cues:
      keywords: {en: [talks, ceasefire]}
      parties: [[russia, ukraine]]
  - id: mediated
    title: Mediated talks
    cues:
      keywords: {en: [talks, "peace plan"]}
      parties: [[united-states, ukraine]]
  - id: bilateral
    title: Bilateral
    cues:
      keywords: {en: [talks, embassy]}
      parties: [[united-states, russia]]
      require_parties: true
"""


def _config_with(tmp_path, tracks_yml):
    project_config(tmp_path)
    (tmp_path / "site_config" / "tracks.yml").write_text(tracks_yml, encoding="utf-8")
    return load_config(tmp_path)


def _party_config(tmp_path):
    return _config_with(tmp_path, PARTY_TRACKS)


def test_who_takes_part_picks_the_track(tmp_path):
    config = _party_config(tmp_path)
    direct = tracks_of(config, "Ukraine and Russia held talks in Istanbul. Russia and Ukraine agreed to meet again.",
                       "en")
    assert direct.primary == "direct" and "parties: russia + ukraine" in direct.matches[0].cues
    mediated = tracks_of(config, "Ukraine and the United States held talks in Geneva. The United States and "
                                 "Ukraine will meet again.", "en")
    assert mediated.primary == "mediated"


def test_a_track_that_requires_its_parties_needs_them(tmp_path):
    config = _party_config(tmp_path)
    result = tracks_of(config, "The embassy reopened after talks. The embassy staff returned to Kyiv.", "en")
    assert "bilateral" not in {m.id for m in result.matches}


def test_sides_alone_make_no_track(tmp_path):
    config = _party_config(tmp_path)
    result = tracks_of(config, "Russia and Ukraine reported rain. Ukraine and Russia expect snow.", "en")
    assert result.primary == "other"


def test_a_near_tie_is_shown(tmp_path):
    config = _party_config(tmp_path)
    result = extracted_tracks(config, "Ukraine, Russia and the United States held talks. Russia, Ukraine and the "
                                      "United States will meet again.")
    assert result.close_call is not None and result.close_call != result.primary


def test_an_article_dated_outside_a_tracks_process_is_not_on_it(tmp_path):
    config = _config_with(tmp_path, """
min_score: 1
tracks:
  - id: mediation
    title: Mediation
    since: 2025-01-20
    cues:
      keywords: {en: [ceasefire]}
""")
    text = "The ceasefire talks resumed in Istanbul."
    assert tracks_of(config, text, "en", dt.date(2022, 3, 29)).primary == "other"
    assert tracks_of(config, text, "en", dt.date(2025, 3, 11)).primary == "mediation"
    assert tracks_of(config, text, "en").primary == "mediation"  # an undated article may be on it


CONTACT_TRACKS = """
min_score: 4
tracks:
  - id: bilateral
    title: Bilateral
    cues:
      keywords: {en: [relations]}
      contacts: [call]
      parties: [[united-states, russia]]
"""


def test_a_call_between_the_sides_supports_their_track(tmp_path):
    project_config(tmp_path)
    (tmp_path / "site_config" / "tracks.yml").write_text(CONTACT_TRACKS, encoding="utf-8")
    config = load_config(tmp_path)
    # The ministers stand for their countries; with the call, the sides and one word make the track.
    call = extract(analyse_text(config, "Marco Rubio spoke by phone with Sergey Lavrov. They discussed relations.",
                                "en"), config).tracks
    assert call.primary == "bilateral"
    assert "contact: united-states + russia" in call.matches[0].cues
    words = extracted_tracks(config, "Marco Rubio and Sergey Lavrov discussed relations.")
    assert words.primary == "other"


def test_a_call_in_the_lead_counts_more_than_one_the_article_recalls(tmp_path):

    config = _config_with(tmp_path, CONTACT_TRACKS.replace("min_score: 4", "min_score: 1"))
    call = "Marco Rubio spoke by phone with Sergey Lavrov."
    known = "Marco Rubio and Sergey Lavrov know each other well."
    tense = "Relations stayed tense."
    calm = "The weather was cold. The markets were calm."
    reported = extracted_tracks(config, f"{call} {tense} {known} {calm}")
    recalled = extracted_tracks(config, f"{known} {tense} {calm} {call}")
    assert reported.primary == recalled.primary == "bilateral"
    assert reported.matches[0].score == recalled.matches[0].score + 1


def test_the_lead_skips_date_lines_and_rubrics(tmp_path):
    from generator.extract.tracks import lead_of

    config = project_config(tmp_path)
    doc = analyse_text(config, "12 May 2025\n\nWorld\n\nThe delegations met in a hotel near the lake. They talked "
                               "for hours about the weather. Then they left the city by train. Nobody saw them.", "en")
    assert lead_of(doc) == {2, 3}


def test_a_headline_in_the_text_leads_with_the_first_two_sentences_of_the_body(tmp_path):
    from dataclasses import replace

    from generator.analyse.offline import OfflineAnalyser
    from generator.extract.tracks import lead_of
    from tests.builders import make_article

    config = project_config(tmp_path)
    text = "Talks resume\n\nThe delegations met in a hotel near the lake. They talked for hours about the " \
           "weather. Then they left the city by train."
    article = replace(make_article(text, "en"), title="Talks resume", title_in_text=True)
    assert lead_of(OfflineAnalyser(config).analyse(article, "en")) == {0, 1, 2}


def test_another_track_needs_its_own_sides(tmp_path):
    config = _party_config(tmp_path)
    # Russia and Ukraine negotiate; the peace plan words alone do not make the US-mediated track.
    result = tracks_of(config, "Ukraine and Russia held talks on a peace plan. Russia and Ukraine discussed the "
                               "peace plan again and agreed on a ceasefire.", "en")
    assert result.primary == "direct" and {m.id for m in result.matches} == {"direct"}


def test_a_city_shows_where_and_a_capital_who():
    from types import SimpleNamespace

    from generator.extract.tracks import taking_part

    entries = {"oslo": SimpleNamespace(type="place", role="Capital of Norway", country="norway"),
               "bergen": SimpleNamespace(type="place", role="City in Norway", country="norway"),
               "norway": SimpleNamespace(type="country", role="", country=None)}
    index = SimpleNamespace(entries=entries)
    assert taking_part({0: {"bergen"}, 5: {"bergen"}}, index) == set()  # type: ignore[arg-type]
    assert taking_part({0: {"oslo"}}, index) == {"norway"}  # type: ignore[arg-type]


MEETING_TRACKS = """
min_score: 2
tracks:
  - id: direct
    title: Direct talks
    cues:
      keywords: {en: [talks]}
      contacts: [meeting]
      parties: [[russia, ukraine]]
  - id: mediated
    title: Mediated talks
    cues:
      keywords: {en: [talks]}
      contacts: [meeting]
      parties: [[united-states, ukraine], [united-states, russia, ukraine]]
"""


def test_a_meeting_of_three_sides_belongs_to_the_track_of_all_three(tmp_path):
    project_config(tmp_path)
    (tmp_path / "site_config" / "tracks.yml").write_text(MEETING_TRACKS, encoding="utf-8")
    config = load_config(tmp_path)
    result = extract(analyse_text(config, "Russia, Ukraine and the United States met in Geneva for talks.", "en"),
                     config).tracks
    cues = {m.id: m.cues for m in result.matches}
    assert result.primary == "mediated" and "contact: united-states + russia + ukraine" in cues["mediated"]
    assert not any(c.startswith("contact") for c in cues.get("direct", []))


CHANNEL_TRACKS = """
min_score: 3
tracks:
  - id: bilateral
    title: Bilateral
    cues:
      keywords: {en: [relations]}
      contacts: [call]
      parties: [[united-states, russia]]
      require_parties: true
  - id: arms
    title: Arms control
    cues:
      keywords: {en: [treaty, nuclear]}
      parties: [[united-states, russia]]
      channel: bilateral
"""


def _channel_config(tmp_path):
    return _config_with(tmp_path, CHANNEL_TRACKS)


def test_a_topic_held_in_a_channel_brings_the_channel(tmp_path):
    config = _channel_config(tmp_path)
    result = tracks_of(config, "Russia and the United States discussed the treaty. The United States and Russia "
                               "want fewer nuclear arms.", "en")
    assert result.primary == "arms" and [m.id for m in result.matches] == ["arms", "bilateral"]
    assert "channel of arms" in result.matches[1].cues


def test_an_article_on_the_channel_takes_its_topic_on_fewer_words(tmp_path):

    config = _channel_config(tmp_path)
    text = ("Marco Rubio spoke by phone with Sergey Lavrov about relations. Relations stayed tense. The weather "
            "was cold. The markets were calm. They also mentioned the treaty. Both sides praised the treaty.")
    result = extracted_tracks(config, text)
    assert result.primary == "bilateral" and "arms" in {m.id for m in result.matches}
    once = extracted_tracks(config, text.replace(" Both sides praised the treaty.", ""))
    assert "arms" not in {m.id for m in once.matches}


def test_a_channel_must_be_another_track(tmp_path):
    import pytest

    from generator.config import ConfigError, load_config

    project_config(tmp_path)
    (tmp_path / "site_config" / "tracks.yml").write_text(CHANNEL_TRACKS.replace("channel: bilateral",
                                                                                "channel: nowhere"), encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config(tmp_path)


def test_an_article_of_statements_only_needs_the_words_of_a_track(tmp_path):

    config = _config_with(tmp_path, CONTACT_TRACKS.replace("min_score: 4", "min_score: 3"))
    # The sides named with a word of the track reach min_score, but nobody negotiates: no track.
    said = "Russia and the United States commented on relations. The United States and Russia said no more."
    assert extracted_tracks(config, said).primary == "other"
    # A call between the sides reported: the sides count.
    call = "Marco Rubio spoke by phone with Sergey Lavrov. Russia and the United States said no more on relations."
    assert extracted_tracks(config, call).primary == "bilateral"


TRUCE_TRACKS = """
min_score: 3
tracks:
  - id: direct
    title: Direct
    cues:
      keywords: {ru: [перемирие]}
      parties: [[russia, ukraine]]
"""


def test_one_side_proposing_is_a_negotiation_where_the_other_side_takes_part(tmp_path):
    config = _config_with(tmp_path, TRUCE_TRACKS)
    # Russia declares a truce that "the Ukrainian side" is to follow: a side named by its adjective
    # takes part, and one side's proposal to it is a step between the two.
    text = ("Российская сторона объявляет перемирие с 8 по 11 мая. Россия предложила перемирие. "
            "Украинская сторона должна последовать этому примеру. При нарушениях перемирия украинской "
            "стороной последует ответ.")
    assert extracted_tracks(config, text, "ru").primary == "direct"
    # Russia alone, with Ukraine named once in passing: no step between the sides.
    alone = "Россия предложила перемирие на праздники. Перемирие продлится три дня. Об Украине речи не шло."
    assert extracted_tracks(config, alone, "ru").primary == "other"


MEDIATED_TRACKS = """
min_score: 2
tracks:
  - id: mediated
    title: Mediated peace
    cues:
      keywords: {en: [peace, "peace plan"], ru: [мир, "мирный план"]}
      named: [united-states]
"""


def test_a_mediated_track_needs_its_mediator_named(tmp_path):
    config = _config_with(tmp_path, MEDIATED_TRACKS)
    # The mediator named, by name or by its adjective: the track.
    assert tracks_of(config, "Ukraine discussed the peace plan with the United States.", "en").primary == "mediated"
    assert tracks_of(config, "Украина обсудила мирный план, предложенный американской стороной.",
                     "ru").primary == "mediated"
    # Peace talk without the mediator (another country's mediation, the sides alone): not the track.
    alone = tracks_of(config, "Ukraine discussed the peace plan with Turkey. Peace was the aim.", "en")
    assert alone.primary == "other"


MEDIATION_BY_CONTACT = """
min_score: 3
tracks:
  - id: mediated
    title: Mediated peace
    cues:
      keywords: {en: [peace]}
      contacts: [call]
      parties: [[united-states, ukraine], [united-states, russia, ukraine]]
  - id: bilateral
    title: Bilateral
    cues:
      keywords: {en: [relations]}
      contacts: [call]
      parties: [[united-states, russia]]
"""


def test_part_of_a_tracks_sides_meeting_needs_a_word_of_the_track(tmp_path):

    config = _config_with(tmp_path, MEDIATION_BY_CONTACT)
    # Two of the three sides of the mediated talks, and no word of them: a call about aid.
    aid = "Marco Rubio spoke by phone with Andrii Sybiha. They discussed air defence for Ukraine."
    assert extracted_tracks(config, aid).primary == "other"
    talks = "Marco Rubio spoke by phone with Andrii Sybiha. They discussed peace for Ukraine."
    assert extracted_tracks(config, talks).primary == "mediated"
    # A track whose sides are those two alone takes the call as it is.
    call = "Marco Rubio spoke by phone with Sergey Lavrov. They discussed the weather in Russia."
    assert extracted_tracks(config, call).primary == "bilateral"


DIRECT_TRACKS = """
min_score: 3
tracks:
  - id: direct
    title: Direct talks
    cues:
      keywords: {en: [truce, "prisoner exchange", "prisoners of war"]}
      parties: [[russia, ukraine]]
"""


def test_a_track_with_sides_needs_one_of_them_named(tmp_path):
    config = _config_with(tmp_path, DIRECT_TRACKS)
    yemen = ("The parties in Yemen completed a prisoner exchange. The prisoner exchange followed a truce, "
             "and more prisoners of war will be released.")
    assert tracks_of(config, yemen, "en").primary == "other"
    ours = ("Russia and Ukraine completed a prisoner exchange. The prisoner exchange followed a truce, "
            "and more prisoners of war will be released.")
    assert tracks_of(config, ours, "en").primary == "direct"


ECONOMIC_TRACKS = """
min_score: 3
tracks:
  - id: economic
    title: Economic track
    cues:
      keywords: {en: [sanctions, economic]}
      parties: [[united-states, russia]]
      require_parties: true
"""


def test_a_negotiation_of_other_sides_does_not_make_an_article_of_statements_a_track(tmp_path):

    config = _config_with(tmp_path, ECONOMIC_TRACKS)
    rest = (" The two ministers spoke for an hour about the war. Rubio said that new sanctions on Russia "
            "would follow. He added that economic pressure on Russia would grow.")
    kyiv = extracted_tracks(config, "Marco Rubio met Andrii Sybiha in Kyiv on Monday." + rest)
    assert kyiv.primary == "other"  # a US–Ukraine meeting: no US–Russia negotiation
    riyadh = extracted_tracks(config, "Marco Rubio met Sergey Lavrov in Riyadh on Monday." + rest)
    assert riyadh.primary == "economic"


def test_the_sides_of_a_reported_negotiation_take_part_however_they_are_named(tmp_path):
    config = _config_with(tmp_path, PARTY_TRACKS.replace("min_score: 2", "min_score: 3").replace(
        "keywords: {en: [talks, ceasefire]}", "keywords: {en: [ceasefire]}\n      contacts: [talks, meeting]"))
    # Named only by their adjectives, in one sentence: the talks make Russia and Ukraine its sides.
    talks = extracted_tracks(config, "The President told the press about the ceasefire. He gave an account of the "
                                     "talks held by Russian and Ukrainian representatives in Istanbul.")
    assert talks.primary == "direct" and "parties: russia + ukraine" in talks.matches[0].cues
    named = extracted_tracks(config, "The President told the press about the ceasefire. He spoke of Russian and "
                                     "Ukrainian history in Istanbul.")
    assert named.primary == "other"


def test_talks_of_the_sides_alone_are_their_track(tmp_path):
    config = load_config(REPO)
    opening = "Україна і Росія мають різні позиції. Україна не здасться, Росія висуває вимоги. "
    assert extracted_tracks(config, opening + "Україна обстоює свою позицію.", "uk").primary == "other"
    talks = extracted_tracks(config, "Україна і Росія продовжують переговори. " + opening, "uk")
    assert talks.primary == "russia-ukraine-direct"
    assert "negotiation: переговори" in talks.matches[0].cues


def test_a_summit_of_the_sides_reported_in_the_lead_is_what_the_article_is_about():
    config = load_config(REPO)
    text = ("Trump and Putin held a summit in Alaska on Friday. "
            "The two presidents discussed a ceasefire, a peace deal and the end of the war in Ukraine. "
            "Steve Witkoff said that diplomacy, mediation and the peace process would go on.")
    tracks = extracted_tracks(config, text)
    assert tracks.primary == "leaders-summit" and "reported in the lead: summit" in tracks.matches[0].cues


def test_a_summit_the_lead_recalls_is_no_report_of_one():
    config = load_config(REPO)
    text = ("Putin and Biden spoke by video on Tuesday. The two presidents discussed the outcomes of the June 2021 "
            "summit in Geneva. They agreed that their embassies and diplomats should work normally.")
    article = dataclasses.replace(make_article(text, "en"), date=dt.date(2021, 12, 7))
    tracks = extract(OfflineAnalyser(config).analyse(article, "en"), config).tracks
    assert not any("reported in the lead" in cue for m in tracks.matches for cue in m.cues)


def test_the_news_agency_an_article_comes_from_takes_no_part_in_it():
    text = ("У Єгипті відбудеться новий раунд переговорів про припинення вогню в Газі. Про це повідомляє Reuters, "
            "передає Укрінформ. Делегація обговорить пропозиції щодо припинення вогню, передані посередникам. "
            "Як повідомляв Укрінформ, сотня заручників досі перебувають у полоні.")
    assert extracted_tracks(load_config(REPO), text, "uk").primary == "other"


def test_the_mediator_talking_peace_with_one_side_is_the_mediated_process():
    config = load_config(REPO)
    meeting = "В Кремле Владимир Путин встретился со спецпосланником президента США Стивом Уиткоффом. "
    peace = extracted_tracks(config, meeting + "Они обсудили американский мирный план и территориальный вопрос. "
                                               "Переговоры продлились пять часов.", "ru")
    assert peace.primary == "us-mediated-peace"
    embassies = extracted_tracks(config, meeting + "Они обсудили работу посольств, визы и двусторонние отношения. "
                                                   "Переговоры продлились пять часов.", "ru")
    assert embassies.primary == "us-russia-bilateral"
    iran = extracted_tracks(config, "US envoy Steve Witkoff met Iran's foreign minister in Muscat. Oman's mediation "
                                    "and diplomatic efforts helped the envoy, who also spoke of peace. Iran will "
                                    "discuss the talks with Russia.")
    assert iran.primary == "other"


def test_sanctions_imposed_are_no_economic_dealing_and_their_relief_is(tmp_path):
    config = load_config(REPO)
    punished = ("The United States imposed new sanctions on Russia. Russia called the sanctions hostile. "
                "The sanctions hit Russian business.")
    assert "economic-cooperation" not in {m.id for m in extracted_tracks(config, punished).matches}
    relief = ("Russia asked the United States for sanctions relief. The United States said lifting sanctions "
              "would follow a deal on investment.")
    assert extracted_tracks(config, relief).primary == "economic-cooperation"


def test_talks_whose_sides_are_named_by_their_adjectives_are_the_sides_track(tmp_path):
    text = ("بدأت في إسطنبول المحادثات الروسية الأميركية حول عمل السفارة والتاشيرات. "
            "وتعقد المباحثات في مبنى القنصلية.")
    assert extracted_tracks(project_config(tmp_path), text, "ar").primary == "us-russia-bilateral"


def test_what_strikes_hit_and_a_fund_beside_its_head_are_no_economic_cues(tmp_path):
    config = project_config(tmp_path)
    text = ("Трамп заявив, що після розмови з Путіним Росія погодилася на паузу в ударах по енергетиці та "
            "інфраструктурі України. Росія і США домовилися про паузу.")
    assert not any(m.id == "economic-cooperation" for m in extracted_tracks(config, text, "uk").matches)
    from generator.config import load_config
    from tests.builders import REPO

    text = ("Глава РФПИ Кирилл Дмитриев посетит Вашингтон, чтобы обсудить инвестиции и торговлю. "
            "Россия и США ведут переговоры об экономическом сотрудничестве.")
    cues = [c for m in extracted_tracks(load_config(REPO), text, "ru").matches for c in m.cues]
    assert "actor: kirill-dmitriev" in cues and "actor: rdif" not in cues


def test_new_start_by_its_russian_abbreviation_is_arms_control():
    config = load_config(REPO)
    text = "Рябков заявил, что Россия и США обсудили продление договора СНВ. Москва соблюдает ограничения ДСНВ."
    result = tracks_of(config, text, "ru")
    assert result.primary == "arms-control" and "keyword: ДСНВ" in result.matches[0].cues


def test_a_prisoner_swap_of_the_us_and_russia_is_their_channel():
    config = load_config(REPO)
    text = ("Russia and the United States exchanged prisoners in Abu Dhabi on Thursday. Moscow released an American "
            "teacher; Washington freed a Russian businessman.")
    result = extracted_tracks(config, text)
    assert result.primary == "us-russia-bilateral" and "event: exchange" in result.matches[0].cues


def test_words_two_tracks_share_make_no_second_track_whose_sides_never_meet():
    config = load_config(REPO)
    text = ("US and Ukrainian delegations met in Jeddah on Tuesday and agreed on a 30-day ceasefire proposal. Rubio "
            "said the truce between Russia and Ukraine would begin once Russia accepts the ceasefire. Russia has not "
            "replied to the ceasefire offer.")
    assert [m.id for m in extracted_tracks(config, text).matches] == ["us-mediated-peace"]
    # ... where Russia and Ukraine sit at the table, the same words are their direct talks too
    text = ("The delegations of Russia, Ukraine and the United States met in Abu Dhabi on Friday for trilateral talks. "
            "They discussed a ceasefire and a prisoner exchange. Witkoff said the truce remains the aim.")
    assert [m.id for m in extracted_tracks(config, text).matches] == ["us-mediated-peace", "russia-ukraine-direct"]


def test_a_summit_of_the_sides_and_many_more_is_no_negotiation_of_the_sides():
    config = load_config(REPO)
    text = ("The G20 summit opened in Johannesburg on Saturday with the presidents of the United States, Russia, "
            "China, Mexico and Argentina absent. The summit will discuss climate and debt.")
    assert extracted_tracks(config, text).primary == "other"
    text = "Donald Trump and Vladimir Putin held a summit in Alaska on Friday. The summit lasted three hours."
    assert extracted_tracks(config, text).primary == "leaders-summit"


def test_an_alliances_summit_is_no_summit_of_the_negotiating_leaders():
    config = load_config(REPO)
    text = ("Nato summit ends with a spending pledge. Donald Trump joined the Nato summit in The Hague, where the "
            "allies pledged more for defence against the threat posed by Russia. The summit declaration names Russia "
            "a long-term threat, and Vladimir Putin was not invited to the summit.")
    assert "leaders-summit" not in [m.id for m in extracted_tracks(config, text).matches]
    # a summit of the leaders themselves still is one, and its "summit" words after it too
    text = ("Donald Trump and Vladimir Putin held a summit in Alaska on Friday. The summit lasted three hours, "
            "and the summit talks covered Ukraine.")
    assert extracted_tracks(config, text).primary == "leaders-summit"


def test_a_track_actors_title_a_target_in_particular_and_a_short_inflected_phrase_word():
    config = load_config(REPO)
    # the actor counts once, not again by the words of his title
    text = ("Kirill Dmitriev, the special envoy for investment and economic cooperation, met Steve Witkoff in Miami. "
            "Russia and the United States held talks.")
    cues = [c for m in tracks_of(config, text, "en").matches for c in m.cues]
    assert "actor: kirill-dmitriev" in cues and "keyword: economic cooperation" not in cues
    # what strikes hit, named in particular after a list, is no economic cue
    text = ("وقال الوزير إن روسيا وأوكرانيا تركزان على مهاجمة البنية التحتية، وخاصة قطاع الطاقة. "
            "وأضاف أن مفاوضات روسيا وأوكرانيا متوقفة.")
    assert all(m.id != "economic-cooperation" for m in tracks_of(config, text, "ar").matches)
    # "ending this war" is the keyword "end war"
    text = "Marco Rubio urged dialogue with Ukraine as the only path to ending this war."
    assert any("keyword: end war" in m.cues for m in tracks_of(config, text, "en").matches)


def test_an_adjective_keyword_matches_whatever_gender_the_lemmatiser_reads():
    config = load_config(REPO)  # "мирного" reads as the neuter "мирне"; the keyword is "мирний план"
    text = "Україна отримала проєкт мирного плану від США. Умєров обговорив деталі мирного плану з Віткоффом."
    assert any(c.startswith("keyword: мирний план") for m in tracks_of(config, text, "uk").matches for c in m.cues)


def test_an_event_of_no_one_the_registry_knows_is_no_event_of_the_sides():
    from generator.extract.tracks import _among
    from generator.gazetteer import name_index

    index = name_index(load_config(REPO))
    assert _among(["russia", "ukraine"], {"russia", "ukraine"}, index)
    assert not _among(["org-international-airport"], {"russia", "ukraine"}, index)
    assert not _among(["russia", "belarus"], {"russia", "ukraine"}, index)
    assert _among([], {"russia", "ukraine"}, index)  # an exchange that names no sides: the article's own


def test_two_keywords_that_are_forms_of_one_word_are_one_cue():
    from generator.extract.tracks import _keyword_hits

    token_keys = [(0, {"economic"}), (0, {"ties"})]
    hits = _keyword_hits(token_keys, ["economic", "economi", "economic ties"], "en")
    assert hits == {"economic": [], "economi": [], "economic ties": [0]}
    # "sanction" (inflected) and "sanctions" both read the one word "sanctions"
    hits = _keyword_hits([(0, {"sanctions"})], ["sanctions", "sanction"], "en")
    assert hits == {"sanctions": [0], "sanction": []}


def test_an_arabic_phrase_without_its_article_a_dual_and_a_hyphenated_english_word_meet_their_keywords():
    config = load_config(REPO)
    text = "أعلن البيت الأبيض مسودة خطة سلام محدثة عقب مباحثات بين الوفدين الأمريكي والأوكراني لإنهاء الحرب مع روسيا."
    cues = [c for m in tracks_of(config, text, "ar").matches if m.id == "us-mediated-peace" for c in m.cues]
    assert {"keyword: خطه السلام", "keyword: وفد", "keyword: انهاء الحرب"} <= set(cues)
    for text in ("Russia and Ukraine agreed to a cease-fire. The cease-fire begins on Monday.",
                 "Russia and Ukraine agreed to a ceasefire. The ceasefire begins on Monday."):
        cues = [c for m in tracks_of(config, text, "en").matches for c in m.cues]
        assert any(c.startswith("keyword: ceasefire") for c in cues), text


def test_a_summit_named_after_one_leader_in_an_article_on_an_alliances_summit_is_the_alliances():
    config = load_config(REPO)
    text = ("Саміт НАТО перетворився на саміт Трампа.\n\nЦьогорічний саміт НАТО в Гаазі, який держсекретар США "
            "Марко Рубіо назвав «самітом Трампа», завершився. Запитання про те, чи є Путін «противником», Трамп "
            "оминув.")
    assert extracted_tracks(config, text, "uk").primary == "other"
    text = "Саміт НАТО завершився. Саміт Трампа і Путіна відбувся в Анкориджі."
    assert extracted_tracks(config, text, "uk").primary == "leaders-summit"  # two leaders' own summit
