"""The evaluation module: NER scoring rule, predictions file, facts scoring, name matching, gate.

Every gold file here is written by the test itself with made-up sentences.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from generator.evaluate import (
    Counts,
    GoldFormatError,
    NerScores,
    Span,
    compare_to_baseline,
    evaluate_facts,
    evaluate_ner,
    flatten_facts,
    flatten_ner,
    format_facts_table,
    format_language_table,
    format_ner_table,
    names_match,
    number_found,
    quote_found,
    read_gold_jsonl,
    score_record,
)
from generator.schema import (
    ActorFact,
    ArticleMeta,
    EventFact,
    Mention,
    QuoteFact,
    Summary,
    TrackMatch,
    Tracks,
)
from tests.builders import project_config

# ----------------------------------------------------------------------------- NER scoring rule


def ent(start: int, end: int, type_: str) -> dict:
    return {"start": start, "end": end, "type": type_, "text": "x" * (end - start)}


def record(entities=(), nested=(), extra=(), text: str = "x" * 100) -> dict:
    return {"id": "r", "lang": "en", "text": text, "entities": list(entities),
            "nested_entities": list(nested), "extra_entities": list(extra)}


def test_counts_ratios_and_undefined_values():
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    empty = Counts()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def test_exact_match_is_correct():
    overall, by_type, span = score_record(record([ent(0, 5, "PER"), ent(10, 15, "LOC")]),
                                          [Span(0, 5, "PER"), Span(10, 15, "LOC")])
    assert (overall.tp, overall.fp, overall.fn) == (2, 0, 0)
    assert by_type["PER"].tp == 1 and by_type["LOC"].tp == 1
    assert by_type["ORG"] == Counts() and by_type["MISC"] == Counts()
    assert (span.tp, span.fp, span.fn) == (2, 0, 0)


def test_wrong_type_is_a_false_positive_and_a_false_negative_but_right_span():
    overall, by_type, span = score_record(record([ent(0, 5, "PER")]), [Span(0, 5, "ORG")])
    assert (overall.tp, overall.fp, overall.fn) == (0, 1, 1)
    assert by_type["ORG"].fp == 1 and by_type["PER"].fn == 1
    assert (span.tp, span.fp, span.fn) == (1, 0, 0)


def test_wrong_boundary_is_fp_and_fn():
    overall, _, span = score_record(record([ent(0, 5, "PER")]), [Span(0, 4, "PER")])
    assert (overall.tp, overall.fp, overall.fn) == (0, 1, 1)
    assert (span.tp, span.fp, span.fn) == (0, 1, 1)


def test_prediction_overlapping_extra_or_nested_span_is_dropped():
    gold = record([ent(30, 40, "ORG")], nested=[ent(34, 40, "LOC")], extra=[ent(0, 10, "DATE")])
    predicted = [Span(5, 12, "MISC"),  # overlaps the extra DATE span: dropped
                 Span(36, 38, "LOC"),  # inside the nested span: dropped
                 Span(50, 55, "PER")]  # overlaps nothing: false positive
    overall, by_type, span = score_record(gold, predicted)
    assert (overall.tp, overall.fp, overall.fn) == (0, 1, 1)
    assert by_type["PER"].fp == 1 and by_type["MISC"].fp == 0 and by_type["LOC"].fp == 0
    assert (span.tp, span.fp, span.fn) == (0, 1, 1)


def test_touching_is_not_overlapping():
    overall, _, _ = score_record(record(extra=[ent(0, 10, "DATE")]), [Span(10, 14, "PER")])
    assert overall.fp == 1


def test_exact_match_wins_over_the_drop_rule():
    gold = record([ent(0, 10, "ORG")], nested=[ent(0, 4, "LOC")])
    overall, _, _ = score_record(gold, [Span(0, 10, "ORG"), Span(0, 4, "LOC")])
    assert (overall.tp, overall.fp, overall.fn) == (1, 0, 0)


def test_each_gold_entity_matches_one_prediction():
    overall, _, span = score_record(record([ent(0, 5, "PER")]), [Span(0, 5, "PER"), Span(0, 5, "PER")])
    assert (overall.tp, overall.fp, overall.fn) == (1, 1, 0)
    assert (span.tp, span.fp, span.fn) == (1, 1, 0)


def test_span_score_ignores_type_and_applies_the_drop_rule():
    gold = record([ent(0, 5, "PER"), ent(20, 30, "ORG")], extra=[ent(40, 45, "DATE")])
    predicted = [Span(0, 5, "LOC"), Span(20, 30, "ORG"), Span(41, 43, "PER"), Span(60, 62, "MISC")]
    overall, _, span = score_record(gold, predicted)
    assert (overall.tp, overall.fp, overall.fn) == (1, 2, 1)
    assert (span.tp, span.fp, span.fn) == (2, 1, 0)


# ----------------------------------------------------------------------------- gold reading


def test_read_gold_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    good = json.dumps(record([ent(0, 2, "PER")]))
    path.write_text(good + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:3: invalid JSON"):
        read_gold_jsonl(path)
    path.write_text(good + "\n" + json.dumps({"id": "b", "lang": "en", "text": "t"}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:2: missing key\(s\) entities"):
        read_gold_jsonl(path)
    path.write_text(json.dumps(record([ent(0, 500, "PER")])) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:1: entities\[0\].*outside"):
        read_gold_jsonl(path)


def test_read_gold_defaults_optional_lists(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "lang": "en", "text": "Hi", "entities": []}) + "\n", encoding="utf-8")
    assert read_gold_jsonl(path)[0]["nested_entities"] == []


# ----------------------------------------------------------------------------- evaluate_ner end to end


def test_evaluate_ner_writes_predictions_and_scores_per_language(tmp_path):
    config = project_config(tmp_path / "project")
    en = "Sergey Lavrov flew to Geneva on Monday. The talks were short."
    ru = "Сергей Лавров прилетел в Женеву в понедельник."
    lavrov_en, geneva_en = en.index("Sergey Lavrov"), en.index("Geneva")
    lavrov_ru = ru.index("Сергей Лавров")
    records = [
        {"id": "e1", "lang": "en", "text": en,
         "entities": [ent(lavrov_en, lavrov_en + 13, "PER"), ent(geneva_en, geneva_en + 6, "LOC")],
         "extra_entities": [ent(en.index("Monday"), en.index("Monday") + 6, "DATE")]},
        {"id": "r1", "lang": "ru", "text": ru, "entities": [ent(lavrov_ru, lavrov_ru + 13, "PER")]},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out" / "pred.jsonl"
    scores = evaluate_ner(gold, config, "offline", predictions_out=out)

    assert list(scores) == ["en", "ru"]
    assert scores["en"].records == 1 and scores["ru"].records == 1
    assert scores["en"].overall.tp >= 1  # the registry knows Sergey Lavrov

    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["e1", "r1"]
    assert "Лавров" in lines[1]  # ensure_ascii=False
    for line, rec in zip(lines, records, strict=True):
        row = json.loads(line)
        assert set(row) == {"id", "entities"}
        keys = [(e["start"], e["end"], e["type"]) for e in row["entities"]]
        assert keys == sorted(keys)
        for e in row["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in {"PER", "ORG", "LOC", "MISC"}
            assert rec["text"][e["start"]:e["end"]] == e["text"]

    table = format_ner_table(scores)
    assert "en" in table and "span" in table and "PER" in table
    flat = flatten_ner(scores)
    assert {"ner.en.f1", "ner.en.span_f1", "ner.ru.PER.f1", "ner.ru.precision"} <= set(flat)


def test_flatten_ner_and_table_from_hand_made_scores():
    scores = {"uk": NerScores("uk", 2, Counts(1, 1, 1), {"PER": Counts(1, 0, 0), "LOC": Counts(0, 1, 1)},
                              Counts(2, 0, 0))}
    flat = flatten_ner(scores)
    assert flat["ner.uk.f1"] == pytest.approx(0.5)
    assert flat["ner.uk.span_f1"] == pytest.approx(1.0)
    assert flat["ner.uk.PER.f1"] == pytest.approx(1.0)
    assert flat["ner.uk.LOC.recall"] == 0.0
    assert "0.500" in format_ner_table(scores)


# ----------------------------------------------------------------------------- name matching


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Sergey Lavrov", "Sergei Lavrov"),
    ("Sergei Lavrov", "SERGEY LAVROV"),
    ("Dmitry Peskov", "Dmitrii Peskov"),
    ("Dmitry Peskov", "Dmitriy Peskov"),
    ("Andrii Sybiha", "Andriy Sybiha"),
    ("Andrii Sybiha", "Andrei Sybiha"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
    ("Mikhail Petrov", "Mihail Petrov"),
    ("José Álvarez", "Jose Alvarez"),
    ("Lavrov Sergey", "Sergey Lavrov"),
    ("Vladimir Putin", "Vladimir Vladimirovich Putin"),
    ("Vladimir Putin", "Putin"),
])
def test_person_name_variants_match(gold, predicted):
    assert names_match(gold, predicted, "person")


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Sergey Lavrov", "Sergey Ivanov"),
    ("Vladimir Putin", "Vladimir"),
    ("Anna Bell", "Anna Bella"),  # one edit on a short token is not allowed
])
def test_different_people_do_not_match(gold, predicted):
    assert not names_match(gold, predicted, "person")


def test_surname_only_needs_a_unique_gold_surname():
    assert names_match("Victoria Nuland", "Nuland", "person", ["Victoria Nuland", "John Smith"])
    assert not names_match("Victoria Nuland", "Nuland", "person", ["Victoria Nuland", "Peter Nuland"])


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Kremlin", "the Kremlin"),
    ("US State Department", "U.S. State Department"),
    ("US State Department", "United States State Department"),
    ("United States", "USA"),
    ("Kyiv", "Kiev"),
    ("Odesa", "Odessa"),
    ("US State Department", "State Department"),
    ("Defense Department", "Department of Defense"),  # the same words in another order
    ("National Security and Defense Council", "National Security and Defence Council of Ukraine"),  # whose it is
    ("Office of the President of Ukraine", "Office of the President"),
])
def test_organisation_and_place_variants_match(gold, predicted):
    assert names_match(gold, predicted, "organization")


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Ministry of Foreign Affairs", "Ministry of Defence"),
    ("Office of the President", "Office of the Prosecutor General of Ukraine"),
    ("Council of Europe", "European Council"),
])
def test_different_organisations_do_not_match(gold, predicted):
    assert not names_match(gold, predicted, "organization")


def test_lone_generic_word_is_no_organisation():
    assert not names_match("Russian Foreign Ministry", "Ministry", "organization")


def test_quote_matching_normalises_marks_and_accepts_long_fragments():
    assert quote_found("we don’t know", 'He said: “We don\'t  know\nwhat comes”') == 2
    assert quote_found("«мир» настане скоро", '"мир" настане скоро') == 2
    assert quote_found("alpha beta gamma delta", "alpha beta gamma") == 1  # 16 of 22 characters
    assert quote_found("alpha beta gamma delta", "alpha") == 0


def test_a_number_matches_word_for_word_either_way():
    assert number_found("within three days", "three days")  # the gold took a word more
    assert number_found("34", "34 children")
    assert number_found("$44bn", "$44bn")
    assert not number_found("32 tonnes", "3 tonnes")  # words, not characters
    assert not number_found("three days", "three weeks")
    # an Arabic number word with its one-letter proclitic is the same word ("for three nights")
    assert number_found("ثلاث", "لثلاث ليال")
    assert number_found("لآلاف الأشخاص", "آلاف الأشخاص")
    assert not number_found("ثلاث", "ثلاثة")


# ----------------------------------------------------------------------------- facts scoring

GOLD_YAML = """
articles:
  art-one:
    lang: en
    primary_track: track-a
    tracks: [track-a, track-b]
    people: [Sergey Lavrov, Victoria Nuland, Jane Roe]
    organizations: [Kremlin, US State Department]
    places: [Moscow, Geneva, United States]
    dates: ["2020-03-04"]
    quotes:
      - {speaker: Sergey Lavrov, contains: "the door stays open"}
      - {speaker: Victoria Nuland, contains: "we want steady relations"}
      - {speaker: Jane Roe, contains: "nothing was agreed today"}
    events:
      - {type: meeting, participants: [Sergey Lavrov, Victoria Nuland], place: Moscow}
      - {type: visit, participants: [Jane Roe], place: Geneva}
    numbers:
      - {contains: "40 percent", what: a share}
  art-two:
    lang: uk
    primary_track: track-b
    tracks: [track-b]
    people: [Vladimir Putin]
    organizations: []
    places: [Kyiv]
    quotes:
      - {speaker: Vladimir Putin, contains: "усе буде добре"}
    events:
      - {type: summit, participants: [Vladimir Putin]}
"""


def actor(actor_id: str, name: str, type_: str) -> ActorFact:
    return ActorFact(id=actor_id, name=name, type=type_, in_registry=True, confidence=1.0,
                     mentions=[Mention(sentence=0, start=0, end=1, text=name)])


def quote(qid: str, text: str, speaker: str | None, speaker_name: str | None = None) -> QuoteFact:
    return QuoteFact(sentence=0, start=0, end=1, id=qid, text=text, speaker=speaker, speaker_name=speaker_name,
                     kind="full", lang="en", confidence=0.9)


def event(eid: str, type_: str, participants: list[str]) -> EventFact:
    return EventFact(sentence=0, start=0, end=1, id=eid, type=type_, participants=participants,
                     evidence="x", confidence=0.8)


def summary(article_id: str, actors, places, quotes=(), events=(), primary="other", tracks=()) -> Summary:
    meta = ArticleMeta(id=article_id, title="t", source_file=f"seeds/{article_id}.txt", date=None,
                       date_source="unknown", lang="en", lang_confidence=1.0, analyser="offline",
                       content_hash="0" * 64, sentence_count=1)
    return Summary(article=meta, actors=list(actors), places=list(places), dates=[], quotes=list(quotes),
                   events=list(events), numbers=[], key_points=[], facts=[],
                   tracks=Tracks(primary=primary, matches=[TrackMatch(id=t, score=3.0, cues=[]) for t in tracks]))


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "facts.yml"
    path.write_text(textwrap.dedent(GOLD_YAML), encoding="utf-8")
    return path


def art_one_summary() -> Summary:
    return summary(
        "art-one",
        actors=[actor("sergei-lavrov", "Sergei Lavrov", "person"),  # spelling variant
                actor("nuland", "Nuland", "person"),  # surname only, unique among gold people
                actor("john-doe", "John Doe", "person"),  # not in gold
                actor("kremlin", "The Kremlin", "organization")],
        places=[actor("moscow", "Moscow", "place"), actor("usa", "USA", "country")],
        quotes=[quote("q1", "“The door stays open,” he said", "sergei-lavrov"),
                quote("q2", "we want steady relations", None, "John Doe"),
                quote("q3", "unrelated words", "nuland")],
        events=[event("e1", "talks", ["sergei-lavrov", "usa"]), event("e2", "statement", ["john-doe"])],
        primary="track-a", tracks=["track-a", "track-c"],
    )


def test_facts_scoring_on_hand_made_gold(gold_file):
    report = evaluate_facts(gold_file, {"art-one": art_one_summary(), "stray": art_one_summary()})
    one, two = report.articles
    assert (one.id, two.id) == ("art-one", "art-two")
    assert (one.people.tp, one.people.fp, one.people.fn) == (2, 1, 1)
    assert (one.organizations.tp, one.organizations.fp, one.organizations.fn) == (1, 0, 1)
    assert (one.places.tp, one.places.fp, one.places.fn) == (2, 0, 1)
    assert (one.quotes.found, one.quotes.total) == (2, 3)
    assert (one.speakers.found, one.speakers.total) == (1, 2)  # q2's speaker is wrong
    assert one.primary_correct
    assert (one.tracks.tp, one.tracks.fp, one.tracks.fn) == (1, 1, 1)
    assert (one.events.found, one.events.total) == (1, 2)  # talks ~ meeting with Lavrov; no visit
    assert (one.dates.found, one.dates.total) == (0, 1)
    assert one.missed["people"] == ["Jane Roe"] and one.spurious["people"] == ["John Doe"]

    # art-two has no summary: every gold item missed, listed as missing
    assert not two.has_summary and not two.primary_correct
    assert (two.people.fn, two.places.fn, two.tracks.fn) == (1, 1, 1)
    assert (two.quotes.found, two.quotes.total, two.events.total) == (0, 1, 1)
    assert report.missing == ["art-two"] and report.unscored == ["stray"]

    people = report.total("people")
    assert (people.tp, people.fp, people.fn) == (2, 1, 2)
    flat = flatten_facts(report)
    assert flat["facts.people.precision"] == pytest.approx(2 / 3)
    assert flat["facts.people.recall"] == pytest.approx(0.5)
    assert flat["facts.quotes.found"] == pytest.approx(2 / 4)
    assert flat["facts.quotes.speaker_accuracy"] == pytest.approx(0.5)
    assert flat["facts.tracks.primary_accuracy"] == pytest.approx(0.5)
    assert flat["facts.events.found"] == pytest.approx(1 / 3)
    assert flat["facts.tracks.f1"] == pytest.approx(Counts(1, 1, 2).f1)

    data = report.to_json()
    assert json.dumps(data, sort_keys=True) == json.dumps(
        evaluate_facts(gold_file, {"art-one": art_one_summary(), "stray": art_one_summary()}).to_json(),
        sort_keys=True)
    assert data["missing"] == ["art-two"]
    assert data["overall"]["people"]["tp"] == 2
    table = format_facts_table(report)
    assert "art-one" in table and "art-two (none)" in table and "missed people: Jane Roe" in table


def test_surname_prediction_is_refused_when_gold_surnames_clash(tmp_path):
    path = tmp_path / "facts.yml"
    path.write_text("articles:\n  a:\n    people: [Anna Smith, Boris Smith]\n", encoding="utf-8")
    report = evaluate_facts(path, {"a": summary("a", [actor("smith", "Smith", "person")], [])})
    assert (report.articles[0].people.tp, report.articles[0].people.fp) == (0, 1)


def ivanov_quotes_row(tmp_path, gold_quotes: str, quotes):
    """The scored row of one article whose gold names Dmitry Ivanov and these quotes (YAML lines),
    predicted with Ivanov as "Dmitrii Ivanov" and these quotes."""
    path = tmp_path / "facts.yml"
    path.write_text("articles:\n  a:\n    people: [Dmitry Ivanov]\n    quotes:\n"
                    + textwrap.indent(textwrap.dedent(gold_quotes), "      "), encoding="utf-8")
    s = summary("a", [actor("d-ivanov", "Dmitrii Ivanov", "person")], [], quotes=quotes)
    return evaluate_facts(path, {"a": s}).articles[0]


def test_fragment_quotes_and_speaker_via_actor_id(tmp_path):
    row = ivanov_quotes_row(tmp_path, '- {speaker: Dmitry Ivanov, contains: "the plan works for everyone here"}\n',
                            [quote("q1", "the plan works for everyone", "d-ivanov")])
    assert (row.quotes.found, row.speakers.found) == (1, 1)


def test_unknown_speaker_is_right_only_when_no_speaker_is_given(tmp_path):
    row = ivanov_quotes_row(tmp_path, """\
        - {speaker: unknown, contains: "the plan works for everyone"}
        - {speaker: unknown, contains: "nobody signed anything yet"}
        """, [quote("q1", "the plan works for everyone", None),
              quote("q2", "nobody signed anything yet", "d-ivanov")])
    assert (row.quotes.found, row.speakers.found) == (2, 1)  # a guess where the article says no one is wrong


def test_a_quote_within_a_longer_one_is_scored_on_the_tightest(tmp_path):
    row = ivanov_quotes_row(tmp_path, "- {speaker: Dmitry Ivanov, contains: a fair deal for all}\n",
                            [quote("q1", "The official said Ivanov wants “a fair deal for all” soon.", None),
                             quote("q2", "a fair deal for all", "d-ivanov")])
    assert (row.quotes.found, row.speakers.found) == (1, 1)


def test_bad_facts_gold_is_reported(tmp_path):
    path = tmp_path / "facts.yml"
    path.write_text("articles:\n  a:\n    quotes: [{speaker: X}]\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="article a: quotes"):
        evaluate_facts(path, {})
    path.write_text("- not a mapping\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="articles"):
        evaluate_facts(path, {})


TRACK_ONLY_GOLD = """
articles:
  en-t001-talks:
    lang: en
    split: dev
    off_topic: false
    primary_track: track-a
    tracks: [track-a]
    track_reason: the talks are the article's subject
  en-t002-football:
    lang: en
    split: dev
    off_topic: true
    primary_track: null
    tracks: []
    track_reason: sport
"""


def test_partial_gold_measures_only_the_facts_it_has(tmp_path):
    from generator.schema import NumberFact

    path = tmp_path / "tracks.yml"
    path.write_text(textwrap.dedent(TRACK_ONLY_GOLD), encoding="utf-8")
    talks = art_one_summary()  # people, organisations, places, quotes, events found; tracks a and c
    talks.numbers = [NumberFact(sentence=0, start=0, end=6, text="3 days", value=3.0, unit="days", what="days")]
    football = summary("en-t002-football", [actor("john-doe", "John Doe", "person")], [])
    report = evaluate_facts(path, {"en-t001-talks": talks, "en-t002-football": football})
    one, two = report.articles
    # Only the tracks are measured: nothing the tool found counts against a gold without those keys.
    for name in ("people", "organizations", "places"):
        assert report.total(name) == Counts()
        assert name not in one.missed and name not in one.spurious
    for name in ("quotes", "speakers", "events", "dates", "numbers", "number_precision", "number_measures",
                 "english_names"):
        assert report.found(name).total == 0, name
    assert one.primary_correct and (one.tracks.tp, one.tracks.fp, one.tracks.fn) == (1, 1, 0)
    assert one.spurious["tracks"] == ["track-c"]
    assert two.off_topic_kept_off and report.off_topic.to_json()["found"] == 1
    assert report.primary_accuracy == 1.0
    flat = flatten_facts(report)
    assert flat["facts.tracks.f1"] == pytest.approx(Counts(1, 1, 0).f1)
    assert "facts.numbers.precision" not in flat  # no gold numbers: not reported
    table = format_language_table(report)
    rows = {cells[0]: cells[-1] for cells in (re.split(r"\s{2,}", line.strip()) for line in table.splitlines()[2:])}
    assert rows["people P/R"] == "-" and rows["quotes found"] == "-"
    assert rows["primary track right (on-topic)"] == "1.00 (1/1)" and rows["off-topic on no track"] == "1.00 (1/1)"
    summary_lines = format_facts_table(report)
    assert "people         not in the gold" in summary_lines and "quotes found   not in the gold" in summary_lines
    assert "tracks         P  50.0  R 100.0" in summary_lines
    # A gold without a summary misses its tracks only.
    missing = evaluate_facts(path, {"en-t002-football": football}).articles[0]
    assert (missing.tracks.fn, missing.people.fn, missing.quotes.total) == (1, 0, 0)

    # The same article with an empty `people` key is measured on people: every name found is spurious.
    path.write_text(textwrap.dedent(TRACK_ONLY_GOLD).replace("    track_reason: sport\n",
                                                               "    track_reason: sport\n    people: []\n"),
                    encoding="utf-8")
    two = evaluate_facts(path, {"en-t002-football": football}).articles[1]
    assert (two.people.tp, two.people.fp, two.people.fn) == (0, 1, 0)


# ----------------------------------------------------------------------------- quality gate


def test_compare_to_baseline_reports_drops_and_missing_metrics():
    baseline = {"ner.en.f1": 0.80, "ner.uk.f1": 0.60, "facts.people.recall": 0.5, "facts.quotes.found": 0.7}
    current = {"ner.en.f1": 0.7960, "ner.uk.f1": 0.55, "facts.people.recall": 0.9, "new.metric": 0.1}
    problems = compare_to_baseline(current, baseline)
    assert len(problems) == 2
    assert any(p.startswith("facts.quotes.found: missing") for p in problems)
    assert any(p.startswith("ner.uk.f1: dropped from 0.6000 to 0.5500") for p in problems)
    assert compare_to_baseline(current, {"ner.en.f1": 0.80}, tolerance=0.001) == [
        "ner.en.f1: dropped from 0.8000 to 0.7960 (-0.0040, tolerance 0.001)"]
    assert compare_to_baseline(baseline, baseline) == []


DEVSET_GOLD = """
articles:
  en-a:
    lang: en
    split: dev
    primary_track: track-a
    tracks: [track-a]
    people: [Jake Sullivan]
    organizations: [UN]
    numbers:
      - {contains: "1,200 prisoners", what: prisoners exchanged, value: 1200, unit: people}
  uk-b:
    lang: uk
    split: dev
    off_topic: true
    primary_track: null
    tracks: []
    people: [Luke Coffey]
  en-c:
    lang: en
    split: test
    people: [Nobody Here]
"""


def test_dev_set_measures_by_split_and_language(tmp_path):
    from generator.schema import NumberFact

    path = tmp_path / "gold.yml"
    path.write_text(textwrap.dedent(DEVSET_GOLD), encoding="utf-8")
    english = summary("en-a", [actor("jake-sullivan", "Jake Sullivan", "person"),
                               actor("united-nations", "United Nations", "organization")], [], primary="track-a",
                      tracks=["track-a"])
    english.numbers = [NumberFact(sentence=0, start=0, end=15, text="1,200 prisoners", value=1200.0,
                                  unit="prisoners", what="prisoners"),
                       NumberFact(sentence=0, start=20, end=26, text="3 days", value=3.0, unit="days", what="days")]
    coffey = ActorFact(id="per-luke-koffey", name="Luke Koffey", type="person", in_registry=False, confidence=0.6,
                       mentions=[Mention(sentence=0, start=0, end=9, text="Люк Коффі")])
    ukrainian = summary("uk-b", [coffey], [])
    report = evaluate_facts(path, {"en-a": english, "uk-b": ukrainian}, "dev",
                            {"United Nations": ("UN",)})
    assert [row.id for row in report.articles] == ["en-a", "uk-b"]  # the test split is left out
    assert report.total("organizations").tp == 1  # UN = United Nations, by the registry's aliases
    assert report.found("number_precision").to_json()["found"] == 1 and report.found("number_precision").total == 2
    assert report.articles[0].spurious["numbers"] == ["3 days"]  # named, so the reader sees which one
    assert report.found("number_measures").found == 1
    assert report.off_topic.found == 1 and report.primary_accuracy == 1.0
    # Found, but romanised letter by letter rather than spelt as in English:
    assert (report.found("english_names").found, report.found("english_names").total) == (0, 1)
    table = format_language_table(report)
    assert table.splitlines()[0].split() == ["measure", "en", "uk", "all"]
    assert "discovered names in English spelling" in table
