"""Discovered names become people, and Cyrillic words places, only with evidence."""

from generator.extract import extract
from tests.builders import analyse_text, project_config


def discovered(tmp_path, text, lang, kind):
    config = project_config(tmp_path)
    summary = extract(analyse_text(config, text, lang), config)
    return [a.name for a in [*summary.actors, *summary.places] if a.type == kind and not a.in_registry]


def test_headings_and_sentence_openings_are_no_people(tmp_path):
    text = "Joint Statement on Strategic Stability\n\nThank you all. Call me later, he said."
    assert discovered(tmp_path, text, "en", "person") == []


def test_a_title_a_speech_verb_or_a_given_name_is_evidence(tmp_path):
    people = discovered(tmp_path, "Ambassador Lynne Tracy arrived. Later Harold Finch said he agreed.", "en",
                        "person")
    assert {"Lynne Tracy", "Harold Finch"} <= set(people)


def test_a_name_keeps_its_initial_and_suffix_and_its_surname_alone_is_the_same_person(tmp_path):
    text = ("Former congressman Harold Ford, Jr. praised the deal on Monday. John R. Smith, a senator, agreed. "
            "Ford said the deal was good.")
    assert sorted(discovered(tmp_path, text, "en", "person")) == ["Harold Ford, Jr.", "John R. Smith"]


def test_a_capitalised_noun_is_no_place_but_a_place_after_a_preposition_is(tmp_path):
    text = "«Ми готові», – зазначив Глава держави. Делегація прибула до Тернополя у вівторок."
    places = discovered(tmp_path, text, "uk", "place")
    assert "Ternopil" in places and not any(p.startswith("Hlav") for p in places)


def test_an_arabic_name_no_gazetteer_knows_is_no_place(tmp_path):
    # Neither a common word ("صباح") nor a region whose letters give no English name ("دارفور" -> "Drfwr").
    text = "أعلن الوزير صباح الاثنين عن وصول المساعدات إلى دارفور بعد أسابيع من الانتظار."
    assert discovered(tmp_path, text, "ar", "place") == []
    config = project_config(tmp_path)
    summary = extract(analyse_text(config, "وصل الوزير إلى موسكو صباح الاثنين.", "ar"), config)
    assert [p.id for p in summary.places] == ["moscow"]  # a place the gazetteer knows stays


def test_a_role_word_opening_a_title_is_no_person(tmp_path):
    text = ("This was announced by Head of the delegation, Head of the faction Harold Finch. "
            "“Today we came up with a proposal,” he said.")
    assert discovered(tmp_path, text, "en", "person") == ["Harold Finch"]


def test_the_head_of_an_institution_by_its_title_is_no_person(tmp_path):
    assert discovered(tmp_path, "Очільник Кремля заявив про готовність до переговорів.", "uk", "person") == []


def test_a_given_name_before_a_word_for_a_thing_is_no_person(tmp_path):
    text = "Readout of Peace Talks in Geneva\n\nThe delegations met in the Roosevelt Room on Monday."
    assert discovered(tmp_path, text, "en", "person") == []


def test_the_surname_decides_whether_a_given_name_is_a_womans_or_a_mans_in_the_genitive(tmp_path):
    # "Богдана" is Bohdana, or Bohdan in the genitive: a man's surname declines, a woman's in a consonant does not.
    text = "Нагороду отримала Богдана Ковальчук. Орден вручили з рук Богдана Шевчука."
    people = discovered(tmp_path, text, "uk", "person")
    assert "Bohdana Kovalchuk" in people
    assert "Bohdan Shevchuk" in people


def test_a_mans_given_name_in_its_own_form_stays_a_mans(tmp_path):
    # "Александр" could be read as the genitive plural of Александра; in its own form it is the man's name.
    people = discovered(tmp_path, "Об этом рассказал Александр Кабанов.", "ru", "person")
    assert people == ["Alexander Kabanov"]


def test_a_surname_form_only_a_woman_bears_keeps_its_feminine_form(tmp_path):
    # "Васильевой" is a woman's surname in any case; the dictionary's lemma would be the man's "Васильев".
    people = discovered(tmp_path, "Слова Валентины Васильевой подтвердили в министерстве.", "ru", "person")
    assert people == ["Valentina Vasilyeva"]


def test_a_name_that_labels_a_quotation_is_a_person_but_a_family_is_not(tmp_path):
    text = ("Reactions came quickly.\n\nIvo Marten: “We are grateful for this day.”\n\n"
            "The Marten Family: “We can begin to heal now.”")
    assert discovered(tmp_path, text, "en", "person") == ["Ivo Marten"]


def test_arabic_people_after_a_title_with_its_complement(tmp_path):
    config = project_config(tmp_path)
    text = ("بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره سيرغي لافروف خلال اتصال هاتفي. "
            "وقال المتحدث باسم الخارجية المصرية تميم خلاف إن الوزيرين اتفقا على مواصلة التنسيق.")
    people = {a.original for a in extract(analyse_text(config, text, "ar"), config).actors
              if a.type == "person" and not a.in_registry}
    assert people == {"بدر عبد العاطي", "تميم خلاف"}  # not "المصري بدر …": the nationality ends the title


def test_a_foreign_womans_name_does_not_decline(tmp_path):
    # Russian declines a foreign woman's name only where it ends in -а or -я: not "Хейль", "Хилла".
    people = discovered(tmp_path, "С заявлением выступила бывшая посол Никки Хейли.", "ru", "person")
    assert people == ["Nikki Haley"]
    people = discovered(tmp_path, "Доклад Фионы Хилл обсуждали в Вашингтоне.", "ru", "person")
    assert people == ["Fiona Hill"]


def test_a_platform_or_a_channel_after_a_preposition_is_no_place(tmp_path):
    text = "Про це він написав у Фейсбуці у вівторок. Заяву процитував 24 Канал. Відео є в Телеграмі."
    assert discovered(tmp_path, text, "uk", "place") == []


def test_a_title_or_preposition_before_the_name_decides_the_mans_genitive(tmp_path):
    # "Павла Галкіна" reads as a woman (Pavla Halkina) or a man in the genitive (Pavlo Halkin); after
    # "для журналіста" it is the man, after the end of another phrase nothing says so.
    man = discovered(tmp_path, "Про це заявив посадовець у коментарі для журналіста Павла Галкіна.", "uk", "person")
    assert man == ["Pavlo Halkin"]
    woman = discovered(tmp_path, "Нагороду отримала чемпіонка зі стрибків у висоту Павла Галкіна.", "uk", "person")
    assert woman == ["Pavla Halkina"]


def test_a_foreign_surname_takes_the_case_of_its_given_name_off(tmp_path):
    # The dictionary does not know "Лаутером"; "Клаусом" is plainly in the instrumental, so is the surname.
    people = discovered(tmp_path, "Министр встретился с советником Клаусом Лаутером в Берлине.", "ru", "person")
    assert people == ["Klaus Lauter"]


def test_a_mans_genitive_surname_that_reads_as_a_womans_noun_is_his_surname(tmp_path):
    # "Павла" is Pavel in the genitive (or accusative: the same form); "зарубина" is also a noun (a
    # notch), which is no reason to keep the case ending on his surname.
    people = discovered(tmp_path, "Ответы на вопросы журналиста Павла Зарубина о переговорах.", "ru", "person")
    assert people == ["Pavel Zarubin"]


def test_a_given_name_is_no_evidence_for_a_things_name(tmp_path):
    # "North", "Mars" are given names too; a region, and a last word the text also writes as a common
    # noun, make the name a thing's.
    text = ("Italy is a hub for the Mediterranean and North Africa. It joins two Mars Missions in 2026. "
            "Both missions will fly. Ned Price said the price of oil rose.")
    assert discovered(tmp_path, text, "en", "person") == ["Ned Price"]


def test_a_russian_common_noun_after_a_preposition_is_no_place(tmp_path):
    # "Родина" (the motherland) is a common noun to the dictionary, which marks place names
    text = "Военнослужащие вернулись на Родину. Делегация прибыла в Курск."
    assert discovered(tmp_path, text, "ru", "place") == []


def test_an_awards_namesake_and_a_conjunction_are_no_people(tmp_path):
    text = ("Його нагородили орденом князя Ярослава Мудрого IV ступеня. Але Росія не здійснює кроків. "
            "Орден Богдана Хмельницького отримав Іван Петренко.")
    assert discovered(tmp_path, text, "uk", "person") == ["Ivan Petrenko"]


def test_a_verb_of_ordering_or_awarding_names_no_award(tmp_path):
    text = "Donald Trump ordered Pete Hegseth to leave. The prize was awarded to Harold Finch."
    assert discovered(tmp_path, text, "en", "person") == ["Donald Trump", "Harold Finch", "Pete Hegseth"]


def test_a_patronymic_is_left_out_of_the_english_name_and_a_decree_lists_the_surname_first(tmp_path):
    from generator.config import load_config
    from generator.extract.actors import link_mentions
    from tests.builders import REPO, analyse_text

    config = load_config(REPO)
    doc = analyse_text(config, "Сергей Викторович Лавров встретился с Леонидом Макаровичем Кравчуком.", "ru")
    assert {link.actor_id for link in link_mentions(doc, config)[0]} == {"sergey-lavrov", "leonid-kravchuk"}
    doc = analyse_text(config, "Указом нагороджено: Баранюку Володимиру Анатолійовичу – полковнику.", "uk")
    assert [fact.name for fact in link_mentions(doc, config)[1].values()] == ["Volodymyr Baraniuk"]

