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
