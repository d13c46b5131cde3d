"""Organisations: English names for Cyrillic and Arabic ones, and what is no organisation."""

import pytest

from generator.extract.organisations import (
    english_arabic_organisation,
    english_organisation,
    is_organisation,
    shouted_word,
    usual_english_form,
    without_person_title,
)


@pytest.mark.parametrize(("words", "lang", "english"), [
    ("Міжнародного валютного фонду", "uk", "International Monetary Fund"),
    ("Государственным департаментом", "ru", "State Department"),
    ("Національного олімпійського комітету України", "uk", "National Olympic Committee of Ukraine"),
    ("Ради міністрів Італії", "uk", "Council of Ministers of Italy"),
    ("Палата представителей", "ru", "House of Representatives"),
    ("Счетной палаты", "ru", "Audit Chamber"),
    # an adjective the dictionary also reads as a noun ("главное"), before its noun
    ("Главного управления", "ru", "Main Directorate"),
    ("Сил спеціальних операцій", "uk", "Special Operations Forces"),
    # what an institution is for comes before its head; a pair joined by "and" keeps "of"
    ("Совета безопасности", "ru", "Security Council"),
    ("Службы безопасности Украины", "ru", "Security Service of Ukraine"),
    ("Служби зовнішньої розвідки", "uk", "Foreign Intelligence Service"),
    ("Организации экономического сотрудничества и развития", "ru",
     "Organization of Economic Cooperation and Development"),
    ("Службы внешней разведки", "ru", "Foreign Intelligence Service"),
    ("Российского союза промышленников и предпринимателей", "ru",
     "Russian Union of Industrialists and Entrepreneurs"),
    # English names that are not the sum of their words
    ("Генерального штаба", "ru", "General Staff"),
    ("Військово-Морських сил", "uk", "Navy"),
    ("Военно-воздушных сил", "ru", "Air Force"),
    ("Чорноморського флоту", "uk", "Black Sea Fleet"),
    ("Администрации Президента", "ru", "Presidential Administration"),
    # a noun only ever plural is plural in English too; a national adjective is the nation's
    ("Организации американских государств", "ru", "Organization of American States"),
    ("Ради національної безпеки і оборони", "uk", "Council of National Security and Defence"),
    ("Корейской Народной Армии", "ru", "Korean People's Army"),
    # branches of an army, and the army by its abbreviation inside a longer name
    ("Сухопутних військ", "uk", "Land Forces"),
    ("Десантно-штурмових військ", "uk", "Air Assault Forces"),
    ("Сил безпілотних систем ЗСУ", "uk", "Unmanned Systems Forces of the Armed Forces of Ukraine"),
    ("Повітряних сил ЗСУ", "uk", "Air Force of the Armed Forces of Ukraine"),
    # commerce, sport, and the clipped compounds news writes
    ("Американская торговая палата", "ru", "American Chamber of Commerce"),
    ("Континентальной хоккейной лиги", "ru", "Continental Hockey League"),
    ("Совета нацбезопасности", "ru", "National Security Council"),
])
def test_cyrillic_organisations_get_english_names(words, lang, english):
    assert english_organisation(words.split(), lang) == (english, False)


@pytest.mark.parametrize(("words", "lang", "english"), [
    ("Гута банк", "ru", "Guta Bank"),  # a name before what it is, in the same case
    ("БКС банк", "ru", "BKS Bank"),  # an abbreviation stays in capitals
    ("Роял кредит банк", "ru", "Royat Kredit Bank"),
])
def test_a_name_before_what_it_is_is_no_complement(words, lang, english):
    assert english_organisation(words.split(), lang) == (english, True)


def test_an_unknown_word_leaves_a_marked_romanisation():
    name, romanised = english_organisation("Гудзонівського інституту".split(), "uk")
    assert romanised and name.endswith("Institute")
    # No word known: the name as written, romanised, not made-up English order ("Rukh of Opor").
    assert english_organisation("Рух опору".split(), "uk") == ("Rukh Oporu", True)
    # ... its adjectives and noun in the nominative, whatever case the sentence put them in
    assert english_organisation("Курской группировкой".split(), "ru") == ("Kurskaya Gruppirovka", True)
    assert "of" not in english_arabic_organisation("صحيفة الغارديان".split())[0].split()


@pytest.mark.parametrize(("words", "english"), [
    ("وزارة الخارجية", "Ministry of Foreign Affairs"),
    ("الوكالة الأمريكية للتنمية الدولية", "USAID"),
    ("منظمة الصحة العالمية", "World Health Organization"),
    ("صندوق النقد الدولي", "International Monetary Fund"),
    ("مجلس حقوق الإنسان", "Human Rights Council"),
    ("مجموعة العشرين", "Group of Twenty"),
    ("مجموعة الدول الثماني", "Group of Eight"),
    ("المعهد الأمريكي للسلام", "US Institute for Peace"),
    ("المحكمة الجنائية الدولية", "International Criminal Court"),
    ("لوزارة الخارجية", "Ministry of Foreign Affairs"),  # "to the ministry": the preposition is no part of it
    ("لوكالة الأنباء", "News Agency"),
    # a country's adjective qualifies the whole name
    ("وكالة الأنباء الألمانية", "German News Agency"),
    ("وزارة الدفاع الروسية", "Russian Ministry of Defense"),
    ("مجلس الأمن القومي الأمريكي", "US National Security Council"),
    # who sits in it keeps "of"; an idiom
    ("مجلس الوزراء", "Council of Ministers"),
    ("صندوق الثروة السيادي", "Sovereign Wealth Fund"),
    ("هيئة الأركان العامة", "General Staff"),
    # a country by the first word of its long name
    ("وكالة أنباء الإمارات", "News Agency of United Arab Emirates"),
])
def test_arabic_organisations_get_english_names(words, english):
    assert english_arabic_organisation(words.split()) == (english, False)


@pytest.mark.parametrize(("name", "usual"), [
    ("US Agency for Global Media", "USAGM"),
    ("American Council of Learned Societies", "US Council of Learned Societies"),
    ("US Institute of Peace", "US Institute of Peace"), ("American Embassy", "American Embassy")])
def test_the_usual_english_form_of_a_translated_name(name, usual):
    assert usual_english_form(name) == usual


@pytest.mark.parametrize("name", ["MODERATOR", "SENIOR ADMINISTRATION OFFICIAL", "Office", "Delegation", "HTTPS",
                                  "IV", "YouTube", "WhatsApp", "MacArthur", "USD", "UAH", "WW3", "AI", "GDP", "ROK"])
def test_labels_common_words_and_numerals_are_no_organisations(name):
    assert not is_organisation(name)


@pytest.mark.parametrize("name", ["NATO", "OSCE", "Goldman Sachs", "Voice of America", "BlueOrbit", "DataX"])
def test_organisations_stay(name):
    assert is_organisation(name)


def test_the_title_of_whoever_runs_it_is_cut():
    assert without_person_title("Head of the Office of the President") == "Office of the President"
    assert without_person_title("Vice President of the National Academy of Sciences") == \
        "National Academy of Sciences"
    assert without_person_title("Office of the President") == "Office of the President"
    assert without_person_title("Co-Chair of the Joint Commission") == "Joint Commission"


def test_an_institution_named_after_a_surname_reads_as_english_writes_it():
    from generator.extract.organisations import english_organisation

    assert english_organisation(["Центру", "Разумкова"], "uk") == ("Razumkov Center", True)


def test_a_cyrillic_acronym_is_romanised_letter_by_letter_with_the_h_of_latin_acronyms(tmp_path):
    from generator.extract import extract
    from tests.builders import analyse_text, project_config

    config = project_config(tmp_path)
    summary = extract(analyse_text(config, "Игроки НХЛ и КХЛ встретились. Об этом сообщила СБУ.", "ru"), config)
    assert {a.name for a in summary.actors if a.type == "organization"} >= {"NHL", "KHL", "SBU"}


def test_a_title_is_no_organisation_and_a_quoted_name_is_read_as_written(tmp_path):
    from generator.extract import extract
    from tests.builders import analyse_text, project_config

    config = project_config(tmp_path)
    text = ("Письмо направлено Председателю Государственных дел КНДР. Приказ отдал Верховный Главнокомандующий "
            "Вооружёнными Силами. Партия «Слуга народа» проголосовала.")
    names = {a.name for a in extract(analyse_text(config, text, "ru"), config).actors if a.type == "organization"}
    assert not any(name.startswith(("Predsedatel", "Supreme")) for name in names)
    assert "Sluga Naroda" in names  # as written, not "Sluga of Narod"
    assert english_organisation("Партия «Слуга народа»".split(), "ru") == ("Sluga Naroda Party", True)
    russian_service = english_organisation("Русской службы «Голоса Америки»".split(), "ru")
    assert russian_service == ("Russian Service of Voice of America", False)  # the genitive: of


@pytest.mark.parametrize(("word", "lang", "shouted"), [
    ("ЗАЯВА", "uk", True), ("ЗАЯВЛЕНИЕ", "ru", True), ("МЧС", "ru", False), ("ХАМАС", "ru", False),
    ("УКРЕНЕРГО", "uk", False), ("ЗСУ", "uk", False)])
def test_a_common_word_in_capitals_is_no_abbreviation(word, lang, shouted):
    assert shouted_word(word, lang) is shouted


def test_a_registry_institution_written_in_lower_case_is_found_whole():
    from generator.config import load_config
    from generator.extract import extract
    from tests.builders import REPO, analyse_text

    config = load_config(REPO)
    text = "Об этом сообщил директор департамента министерства иностранных дел России Алексей Полищук."
    summary = extract(analyse_text(config, text, "ru"), config)
    assert "russian-foreign-ministry" in {a.id for a in summary.actors}


@pytest.mark.parametrize(("words", "english"), [
    ("وول ستريت جورنال", "Wall Street Journal"),
    ("فوكس نيوز", "Fox News"),
    ("كييف تايمز", "Kyiv Times"),
])
def test_an_arabic_media_name_of_english_words_reads_word_for_word(words, english):
    assert english_arabic_organisation(words.split()) == (english, False)


def test_a_city_alone_is_no_media_name():
    assert english_arabic_organisation(["موسكو", "لندن"])[0] != "Moscow London"


@pytest.mark.parametrize(("text", "lang", "name", "acronym"), [
    ("Analysts at the Kyiv School of Economics (KSE) put the damage at $12bn. KSE said it would rise.", "en",
     "Kyiv School of Economics", "KSE"),
    ("Звернення підтримала Українська гельсінська спілка з прав людини (УГСПЛ). У УГСПЛ заявили про це.", "uk",
     "Ukrainian Helsinki Union for Human Rights", "УГСПЛ"),
])
def test_a_name_spelt_out_before_its_acronym_is_one_organisation(tmp_path, text, lang, name, acronym):
    from generator.extract import extract
    from tests.builders import analyse_text, project_config

    config = project_config(tmp_path)
    organisations = [a for a in extract(analyse_text(config, text, lang), config).actors if a.type == "organization"]
    assert [a.name for a in organisations] == [name]
    assert [m.text for m in organisations[0].mentions].count(acronym) == 2


def test_no_organisation_where_the_letters_do_not_fit_or_no_word_names_a_body(tmp_path):
    from generator.extract import extract
    from tests.builders import analyse_text, project_config

    config = project_config(tmp_path)
    text = "The Conventional Armed Forces in Europe (CFE) treaty lapsed. The Special Economic Zone (SEZ) opened."
    names = {a.name for a in extract(analyse_text(config, text, "en"), config).actors if a.type == "organization"}
    assert "Conventional Armed Forces in Europe" not in names and "Special Economic Zone" not in names


def test_a_bare_ministry_after_another_countrys_adjective_is_that_countrys():
    from generator.config import load_config
    from generator.extract import extract
    from tests.builders import REPO, analyse_text

    config = load_config(REPO)
    text = "Спецпосланник Уиткофф встретился с главой иранского МИДа Аббасом Арагчи в Маскате."
    summary = extract(analyse_text(config, text, "ru"), config)
    organisations = {a.id for a in summary.actors if a.type == "organization"}
    assert "russian-foreign-ministry" not in organisations and len(organisations) == 1
    # the title the tagger took in with the name is left out: the envoy is the registry's Witkoff
    assert {a.id for a in summary.actors if a.type == "person"} == {"steve-witkoff", "abbas-araghchi"}


@pytest.mark.parametrize(("source", "url"), [("Meduza", None), (None, "https://meduza.io/feature/2025/11/26/x")])
def test_the_outlet_that_published_the_article_naming_itself_is_no_organisation_of_it(source, url):
    import dataclasses

    from generator.analyse.offline import OfflineAnalyser
    from generator.config import load_config
    from generator.extract import extract
    from tests.builders import REPO, make_article

    config = load_config(REPO)
    text = "Записи разговоров вызвали споры. «Медуза» собрала реакции. Об этом пишут «Ведомости»."
    article = dataclasses.replace(make_article(text, "ru"), source=source, url=url)
    summary = extract(OfflineAnalyser(config).analyse(article, "ru"), config)
    assert {a.id for a in summary.actors if a.type == "organization"} == {"vedomosti"}
    # the same words in another outlet's article name Meduza as a source
    summary = extract(OfflineAnalyser(config).analyse(make_article(text, "ru"), "ru"), config)
    assert {a.id for a in summary.actors if a.type == "organization"} == {"meduza", "vedomosti"}
