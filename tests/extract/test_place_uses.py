"""Places the article names only inside something else are not listed (generator/extract/place_uses.py)."""

from tests.builders import project_config
from tests.extract.test_actors import summary_of


def _places(summary):
    return sorted(p.name for p in summary.places)


def test_a_country_that_only_modifies_a_noun_is_no_place(tmp_path):
    config = project_config(tmp_path)
    text = "U.S. officials met the delegation on Tuesday. The U.S. Embassy said the talks went well in Geneva."
    assert "United States" not in _places(summary_of(config, text, "en", "m1"))
    text = "U.S. officials met the delegation on Tuesday. The talks in the U.S. went well."
    assert "United States" in _places(summary_of(config, text, "en", "m2"))


def test_a_hyphenated_pair_of_countries_is_no_place(tmp_path):
    config = project_config(tmp_path)
    text = "The ministers discussed U.S.-Russia relations and planned a France-Germany meeting on Monday."
    places = _places(summary_of(config, text, "en", "h1"))
    assert not {"United States", "Russia", "France", "Germany"} & set(places)
    assert not any("-" in place for place in places)


def test_a_place_in_the_name_of_a_document_is_no_place(tmp_path):
    config = project_config(tmp_path)
    text = "The envoy recalled the Helsinki Accords and the Lisbon Protocol during the visit."
    places = _places(summary_of(config, text, "en", "d1"))
    assert "Helsinki" not in places and "Lisbon" not in places


def test_a_place_name_that_names_a_person_here_is_no_place(tmp_path):
    config = project_config(tmp_path)
    text = "Defense Secretary Paul Dallas arrived on Monday. Secretary Dallas said Dallas's team was ready."
    assert "Dallas" not in _places(summary_of(config, text, "en", "p1"))


def test_a_country_after_a_role_in_the_genitive_is_no_place_but_a_presidents_is(tmp_path):
    config = project_config(tmp_path)
    text = "Посол Франции встретился с министром финансов в понедельник."
    assert "France" not in _places(summary_of(config, text, "ru", "c1"))
    text = "Президент провів розмову з Президентом Фінляндії."
    assert "Finland" in _places(summary_of(config, text, "uk", "c2"))
    text = "التقى سفير فرنسا بالوزير يوم الاثنين."
    assert "France" not in _places(summary_of(config, text, "ar", "c3"))


def test_a_world_region_in_arabic_gets_its_usual_english_name(tmp_path):
    config = project_config(tmp_path)
    text = "تحدث الوزير عن النمو في شمال أفريقيا وغرب أفريقيا خلال زيارته."
    places = _places(summary_of(config, text, "ar", "w1"))
    assert "North Africa" in places and "West Africa" in places


def test_a_world_region_in_another_case_gets_its_usual_english_name(tmp_path):
    config = project_config(tmp_path)
    text = "Міністр прибув на саміт Асоціації держав Південно-Східної Азії в Камбоджі."
    assert "Southeast Asia" in _places(summary_of(config, text, "uk", "w2"))


def test_a_cardinal_point_or_a_feast_day_after_a_preposition_is_no_place(tmp_path):
    config = project_config(tmp_path)
    assert _places(summary_of(config, "Решение вызвало споры на Востоке и на Западе.", "ru", "n1")) == []
    assert _places(summary_of(config, "Міністр привітав усіх із Великоднем.", "uk", "n2")) == []
    # an adjective before a span of time: by the New Year, no village of Nove
    assert _places(summary_of(config, "Обмін домовилися провести до Нового року.", "uk", "n3")) == []
    assert _places(summary_of(config, "Переговоры продолжатся после Нового года.", "ru", "n4")) == []


def test_a_us_state_in_cyrillic_gets_its_english_name():
    from generator.extract.actors import _latin_name

    assert _latin_name("Калифорния", "place", "ru") == ("California", False)
    assert _latin_name("Луїзіана", "place", "uk") == ("Louisiana", False)
    assert _latin_name("Тернопіль", "place", "uk") == ("Ternopil", True)


def test_two_cities_before_regions_are_their_regions(tmp_path):
    from generator.config import load_config
    from tests.builders import REPO

    config = load_config(REPO)
    text = "Shelling continued in the Kherson and Zaporizhzhia regions overnight, officials said."
    places = _places(summary_of(config, text, "en", "r1"))
    assert "Kherson Oblast" in places and "Zaporizhzhia Oblast" in places
    assert "Kherson" not in places


def test_a_numbered_part_of_a_text_or_a_participle_is_no_place(tmp_path):
    config = project_config(tmp_path)
    text = "The guarantee is set out in Article 12 and applies in Affiliated states, the envoy said in Vienna."
    places = _places(summary_of(config, text, "en", "a1"))
    assert "Article" not in places and "Affiliated" not in places


def test_the_surname_of_someone_named_is_no_place_even_after_a_preposition(tmp_path):
    config = project_config(tmp_path)
    text = "Lawyer Anna Kessler spoke on Monday. Praise came from Kessler’s family and from Vienna."
    places = _places(summary_of(config, text, "en", "s1"))
    assert "Kessler" not in places and "Vienna" in places
