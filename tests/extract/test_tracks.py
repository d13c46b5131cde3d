from generator.extract.actors import link_mentions
from generator.extract.tracks import score_tracks
from generator.gazetteer import name_index
from tests.builders import analyse_text, project_config


def tracks_of(config, text, lang):
    doc = analyse_text(config, text, lang)
    links, _ = link_mentions(doc, config)
    by_sentence = {}
    for link in links:
        by_sentence.setdefault(link.mention.sentence, set()).add(link.actor_id)
    return score_tracks(doc, by_sentence, config.tracks, name_index(config))


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


def _party_config(tmp_path):
    from generator.config import load_config

    project_config(tmp_path)
    (tmp_path / "site_config" / "tracks.yml").write_text(PARTY_TRACKS, encoding="utf-8")
    return load_config(tmp_path)


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
    result = tracks_of(config, "Ukraine, Russia and the United States held talks. Russia, Ukraine and the "
                              "United States will meet again.", "en")
    assert result.close_call is not None and result.close_call != result.primary


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
    from generator.config import load_config
    from generator.extract import extract

    project_config(tmp_path)
    (tmp_path / "site_config" / "tracks.yml").write_text(CONTACT_TRACKS, encoding="utf-8")
    config = load_config(tmp_path)
    # The ministers stand for their countries; with the call, the sides and one word make the track.
    call = extract(analyse_text(config, "Marco Rubio spoke by phone with Sergey Lavrov. They discussed relations.",
                                "en"), config).tracks
    assert call.primary == "bilateral"
    assert "contact: united-states + russia" in call.matches[0].cues
    words = extract(analyse_text(config, "Marco Rubio and Sergey Lavrov discussed relations.", "en"), config).tracks
    assert words.primary == "other"


def test_a_call_in_the_lead_counts_more_than_one_the_article_recalls(tmp_path):
    from generator.config import load_config
    from generator.extract import extract

    project_config(tmp_path)
    (tmp_path / "site_config" / "tracks.yml").write_text(CONTACT_TRACKS.replace("min_score: 4", "min_score: 1"),
                                                         encoding="utf-8")
    config = load_config(tmp_path)
    call = "Marco Rubio spoke by phone with Sergey Lavrov."
    known = "Marco Rubio and Sergey Lavrov know each other well."
    tense = "Relations stayed tense."
    calm = "The weather was cold. The markets were calm."
    reported = extract(analyse_text(config, f"{call} {tense} {known} {calm}", "en"), config).tracks
    recalled = extract(analyse_text(config, f"{known} {tense} {calm} {call}", "en"), config).tracks
    assert reported.primary == recalled.primary == "bilateral"
    assert reported.matches[0].score == recalled.matches[0].score + 1
