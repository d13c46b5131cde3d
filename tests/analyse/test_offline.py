from generator.analyse.langid import identify
from generator.analyse.text import segment, split_sentences
from tests.builders import analyse_text, project_config


def test_language_identification_tells_ukrainian_from_russian():
    assert identify("Міністр закордонних справ України заявив про нові переговори з Росією.")[0] == "uk"
    assert identify("Министр иностранных дел России заявил о новых переговорах с Украиной.")[0] == "ru"
    assert identify("قال وزير الخارجية إن المحادثات كانت مفيدة.")[0] == "ar"
    assert identify("The foreign minister said the talks were useful.")[0] == "en"


def test_sentences_keep_abbreviations_and_offsets():
    text = "U.S. Secretary Marco Rubio arrived. He met Mr. Lavrov in Moscow! Talks went on"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "U.S. Secretary Marco Rubio arrived.", "He met Mr. Lavrov in Moscow!", "Talks went on"]
    for sentence in segment(text):
        for token in sentence.tokens:
            assert text[token.start:token.end] == token.text


def test_lemmas_for_ukrainian(tmp_path):
    doc = analyse_text(project_config(tmp_path), "Переговори з делегаціями тривали.", "uk")
    lemmas = [t.lemma for t in doc.sentences[0].tokens if t.lemma]
    assert "делегація" in lemmas


def test_unknown_people_and_organisations_are_found_by_rules(tmp_path):
    config = project_config(tmp_path)
    doc = analyse_text(config, "The plan was welcomed by Harold Finch, a professor at Ridgeway University.", "en")
    found = {(m.text, m.type) for m in doc.entities}
    assert ("Harold Finch", "PER") in found
    assert ("Ridgeway University", "ORG") in found


def test_arabic_name_after_a_title(tmp_path):
    doc = analyse_text(project_config(tmp_path), "وقال المتحدث باسم الوزارة يوسف الحداد إن الاجتماع مهم.", "ar")
    assert any(m.type == "PER" and "يوسف" in m.text for m in doc.entities)
