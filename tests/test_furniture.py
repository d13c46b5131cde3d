"""Page furniture is kept out of the text, in every input form and language; the story is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.furniture import is_furniture, strip_furniture
from generator.ingest import ingest_folder

FURNITURE = [
    "Photo: Reuters",
    "Фото: Getty Images",
    "Фото з відкритих джерел",
    "Russian President Vladimir Putin speaks in Moscow, May 9, 2025. REUTERS/Maxim Shemetov",
    "The delegations met in Istanbul. — Getty Images",
    "(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)",
    "Editing by Mark Heinrich",
    "ترجمة مقدمة من وزارة الخارجية الأمريكية",  # a translation's credit
    "Translation provided by the U.S. Department of State",
    "Перевод: Иван Петров",
    "Associated Press writer Jane Roe in Tallinn, Estonia, contributed to this report.",
    "Staff writers Jane Roe and John Doe contributed reporting from Kyiv.",
    "By Jane Doe, Reuters",
    "Автор: Іван Петренко",
    "Share this article",
    "Follow us on Telegram",
    "Підписуйтесь на наш Telegram-канал",
    "Читайте також: Зеленський провів розмову з Трампом",
    "Читайте также: Песков ответил на вопрос о переговорах",
    "اقرأ أيضا: لافروف يلتقي روبيو",
    "Дивіться також Посол повернувся до Києва: що відомо про нові консультації",  # no colon after the label
    "Смотрите также Глава МИД прилетел в Анкару",
    "4 дня(ей) назад 8",  # when it was posted, and a view counter
    "2 hours ago",
    "Читайте: Путін поставив Зеленському ультиматум на \"нормандській зустрічі\": він відповів",  # a link's headline
    # a video player's controls, then the video's caption
    "Выйти из полноэкранного режима Развернуть на весь экран Глава делегации на переговорах в Женеве",
    # a caption that opens with its credit
    "Фото: Jane Roe / Reuters Глава делегации на переговорах с украинской стороной в Женеве в составе "
    "большой группы советников",
    "We use cookies to improve your experience.",
    "Усі права захищені. Використання матеріалів дозволяється за умови посилання.",
    "Home | News | World | Politics",
    "© 2025 Example News",
    "Гаряча телефонна лінія обласної державної адміністрації+38 0800 503 508",
    "Новини",
    # a long caption that its credit in brackets ends
    "Volunteers of a humanitarian organisation based in the United States hand out food to residents of "
    "Chernihiv, in northern Ukraine, in April, after the Russian forces withdrew from the region around the "
    "city. (© Nicola Marfisi/AGF/Getty Images)",
    # a long caption that a chain of credits separated by slashes ends
    "Делегації двох країн під час переговорів у Стамбулі 16 травня 2025 року. Праворуч — міністр оборони "
    "України, ліворуч — радник президента Росії Петро Коваль / Укрінформ / Reuters / Scanpix",
    # a caption that a credit with no brackets ends, after its last sentence
    "U.S. Assistant Secretary of State Jane Roe delivers a speech during a press conference at the residence "
    "of the U.S. Ambassador in Moscow, Russia, Monday, May 18, 2015. Photo: AP",
    "Зеленський і Макрон у Парижі. Фото: Офіс президента",
    # an agency's captions: its credit in brackets, its file picture
    "President Donald Trump arrives on Air Force One at Palm Beach International Airport, Friday, March 28, "
    "2025, in West Palm Beach, Fla. (AP Photo/Manuel Balce Ceneta)",
    "Ukrainian President Volodymyr Zelenskyy speaks during a briefing in Kyiv, Ukraine. (AP Photo/str)",
    "Russian President Vladimir Putin chairs the Security Council meeting via videoconference in Moscow, "
    "Russia, Friday, March 28, 2025. (Sergei Ilyin, Sputnik, Kremlin Pool Photo via AP)",
    "FILE - Supporters of Niger's ruling junta gather at the start of a protest in Niamey, Aug. 3, 2023.",
    "Vahdat reported from Tehran, Iran. Associated Press writer Chris Megerian in Washington contributed.",
    "Дональд Трамп / © Associated Press",
    "Фото Ольги Будник",
    "منذ 22 ثانية",
    "5 minutes ago",
    "Ссылка на материал: kremlin.ru/d/76860",
    "Текстовая версия",
    "Читайте РБК в Telegram.",
]
STORY = [
    "By 2030, Russia will have 300 warheads.",
    "Ukraine contributed troops to the mission, and the talks contributed to peace.",
    "By Tuesday, the talks had ended.",
    "Фото Путина опубликовали в сети вчера вечером.",
    "Read the statement in full on the ministry's website.",
    "Video shows the strike on a school in Kyiv.",
    "Follow-up talks are planned for next week.",
    "Share prices fell sharply on Monday after the talks collapsed.",
    "Лавров заявив, що Росія готова до переговорів.",
    "Перевод средств задержан",
    "Byron Donalds said the talks failed.",
    "Photographs of the meeting were released by the Kremlin on Friday, a day after the talks ended.",
    "He said the photo: it was a fake, made long before the talks in Geneva began.",
    "Дивіться також, як змінилася позиція сторін після зустрічі.",
    "See also the statement of the ministry, published on Monday.",
    "The news of the exchange came on Monday.",
    "Ukraine received 1 000 000 doses of vaccine.",
    "The ministers met in Geneva on Monday and agreed to continue the talks next week in a new format that "
    "both sides accepted after long talks (the text of the statement was not published).",
    "The ministers compared the costs of the plan with its gains over a long evening in Geneva, and the "
    "delegations weighed the benefits / risks / costs of each of the three drafts before they left.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", STORY)
def test_story_lines_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_byline_becomes_the_author_and_related_headlines_go() -> None:
    text = ("Talks resume in Geneva\nBy Jane Doe\nThe delegations met on Monday.\nPhoto: AFP\n"
            "The second round is planned for May.\nRelated\nLavrov meets Rubio in Riyadh\n"
            "Kremlin says no date set for summit\nZelensky calls for ceasefire")
    cleaned = strip_furniture(text)
    assert cleaned.author == "Jane Doe"
    kept = ["Talks resume in Geneva", "The delegations met on Monday.", "The second round is planned for May."]
    assert cleaned.text == "\n".join(kept)


def test_a_trailing_list_of_headlines_goes_but_a_story_ending_stays() -> None:
    story = "The delegations met on Monday.\nThey will meet again in May."
    headlines = "\nLavrov meets Rubio in Riyadh\nKremlin says no date set for summit\nZelensky calls for a ceasefire"
    assert strip_furniture(story + headlines).text == story
    assert strip_furniture(story).text == story


def test_a_trailing_list_of_outlets_goes_but_a_signature_stays() -> None:
    story = "The delegations met on Monday.\nThey will meet again in May."
    outlets = "\nThe Daily Ledger\nMorning Wire Video\nRaw Desk\nNorth Post US News"
    assert strip_furniture(story + outlets).text == story
    signed = story + "\nJane Roe\nPresident of Ruritania"
    assert strip_furniture(signed).text == signed


def test_furniture_never_reaches_the_facts_in_any_form(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "The delegations of Ukraine and Russia met in Istanbul on Monday and agreed to exchange prisoners."
    (seeds / "a.txt").write_text(f"Talks in Istanbul\n{body}\nPhoto: John Smith / Getty Images\n", encoding="utf-8")
    (seeds / "b.md").write_text(f"---\ntitle: Talks\n---\n{body}\n\nShare on Facebook\n\nFollow us on X\n",
                                encoding="utf-8")
    (seeds / "c.html").write_text(
        f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>{body}</p>"
        "<p>By Jane Doe, Reuters</p><p>(Editing by Peter Graff)</p></article></body></html>", encoding="utf-8")
    result = ingest_folder(seeds)
    assert len(result.articles) == 3
    for article in result.articles:
        assert "Getty" not in article.text and "Share on" not in article.text and "Editing" not in article.text
        assert body in article.text


def test_a_short_line_inside_a_block_of_furniture_goes_with_it() -> None:
    text = ("Hotline of the regional administration +1 800 555 0100\nVolunteer Relief Office of the Region\nNews\n"
            "Talks resume in Geneva\nThe delegations met on Monday.")
    cleaned = strip_furniture(text)
    assert cleaned.text == "Talks resume in Geneva\nThe delegations met on Monday."
    assert "Volunteer Relief Office of the Region" in cleaned.removed
    story = "Hotline +1 800 555 0100\nTalks resume in Geneva\nThe delegations met on Monday."
    assert strip_furniture(story).text == "Talks resume in Geneva\nThe delegations met on Monday."


def test_the_banner_of_us_federal_websites_is_furniture():
    text = ("An official website of the United States government Here’s how you know\n"
            "Official websites use .gov\n"
            "A .gov website belongs to an official government organization in the United States.\n"
            "Secure .gov websites use HTTPS\n"
            "The Secretary met the Foreign Minister of Chile in Santiago on Monday.")
    assert strip_furniture(text).text == "The Secretary met the Foreign Minister of Chile in Santiago on Monday."


def test_a_page_dated_only_in_a_caption_takes_that_date(tmp_path: Path) -> None:
    from generator.analyse.offline import OfflineAnalyser
    from generator.extract import extract
    from tests.builders import project_config

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Kerry in Sochi\nJohn Kerry met Sergey Lavrov on Tuesday, and on May 18 Lavrov spoke to journalists.\n"
        "John Kerry and Sergey Lavrov walk together after laying a wreath in Sochi, Russia, Tuesday, May 12, 2015. "
        "Photo: AP\n", encoding="utf-8")
    article = ingest_folder(seeds).articles[0]
    assert "Photo" not in article.text and article.furniture
    config = project_config(tmp_path)
    summary = extract(OfflineAnalyser(config).analyse(article, "en"), config)
    assert (summary.article.date, summary.article.date_source) == ("2015-05-12", "text")
    assert "2015-05-18" in [d.value for d in summary.dates]


def test_a_datelines_agency_goes_and_the_story_stays() -> None:
    cleaned = strip_furniture("MOSCOW, March 24 (Reuters) - Russia lowered flags to half-mast on Sunday.\n"
                              "ВАШИНГТОН, 22 января. /ТАСС/. Президент США заявил, что готов к встрече.\n"
                              "КАИР, 2 апр - РИА Новости. Иран выдвинул пять условий.\n"
                              "Reuters reported on Monday, citing sources, that the talks ended.")
    assert cleaned.text.split("\n") == [
        "MOSCOW, March 24 - Russia lowered flags to half-mast on Sunday.",
        "ВАШИНГТОН, 22 января. Президент США заявил, что готов к встрече.",
        "КАИР, 2 апр. Иран выдвинул пять условий.",
        "Reuters reported on Monday, citing sources, that the talks ended."]
    assert cleaned.removed == ["(Reuters)", "/ТАСС/.", "- РИА Новости."]


def test_a_translation_disclaimer_and_its_link_to_the_original_are_furniture():
    assert is_furniture("This translation is provided as a courtesy and only the original English source "
                        "should be considered authoritative.")
    assert is_furniture("هذه الترجمة هي خدمة مجانية مقدمة من وزارة الخارجية الأمريكية، مع الأخذ بالاعتبار أن النص "
                        "الإنجليزي الأصلي هو المصدر الرسمي.")
    assert is_furniture("للاطّلاع على مضمون البيان الأصلي يرجى مراجعة الرابط التالي: https://example.gov/statement/")
    assert not is_furniture("This translation of the treaty was signed by both sides in 1987.")


def test_an_arabic_datelines_reporter_goes_and_the_story_stays() -> None:
    cleaned = strip_furniture("ابوظبي - سيف اليزيد - أعلنت دولة الإمارات عن نجاح جهود وساطة جديدة بين روسيا وأوكرانيا.")
    assert cleaned.text == "ابوظبي - أعلنت دولة الإمارات عن نجاح جهود وساطة جديدة بين روسيا وأوكرانيا."
    assert cleaned.removed == ["سيف اليزيد"]


def test_a_paragraph_written_in_html_inside_markdown_stays_a_paragraph(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Swap\ndate: 2016-05-25\n---\n\n<p>\"They are coming back,\" said the source.</p><span/>"
        "<p>In parallel, the two Russians were returned.</p><p> (Additional reporting by Jane Roe; Editing by "
        "John Doe)</p>\n", encoding="utf-8")
    text = ingest_folder(tmp_path).articles[0].text
    assert "source.\n" in text and "In parallel" in text and "Jane Roe" not in text


def test_an_agencys_credits_at_the_end_of_the_last_paragraph_are_furniture():
    cleaned = strip_furniture("Washington has put six Russian properties under restrictions. (Reporting by Reuters; "
                              "Writing by Guy Faulconbridge in Moscow; Editing by Christopher Cushing")
    assert cleaned.text == "Washington has put six Russian properties under restrictions."
    assert any("Faulconbridge" in line for line in cleaned.removed)


def test_a_sites_banners_are_furniture():
    for line in ("Support The Moscow Times!", "Published in News & Features"):
        assert is_furniture(line), line
    assert not is_furniture("Published in 2019, the report was widely read.")
