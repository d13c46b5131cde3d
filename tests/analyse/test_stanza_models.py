"""Tiny real Stanza models, trained from the project's own sentences, load through stanza.Pipeline.

The session fixture ``tiny_stanza_dir`` builds them once (about 15 s a language on one thread)
into ``.briefing-cache/tiny-stanza`` (git-ignored); later runs reuse them through the build
stamp. Other test modules can use it with
``from tests.analyse.test_stanza_models import tiny_stanza_dir  # noqa: F401``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "build_tiny_stanza_models.py"
CACHE_DIR = REPO / ".briefing-cache" / "tiny-stanza"
TEST_LANGS = ("uk", "ar", "en", "ru")


def load_builder() -> ModuleType:
    """scripts/ is not a package: load the build script as a module."""
    name = "build_tiny_stanza_models"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


builder = load_builder()


@pytest.fixture(scope="session")
def tiny_stanza_dir() -> Path:
    """A Stanza resources dir with tiny tokenize+ner models for uk, ar, en and ru."""
    pytest.importorskip("stanza")
    builder.build_models(CACHE_DIR, TEST_LANGS)  # trains in a child process with OMP_NUM_THREADS=1
    return CACHE_DIR


@pytest.fixture(scope="session")
def pipelines(tiny_stanza_dir):
    """One loaded pipeline per language, created on first use."""
    import stanza

    cache: dict[str, stanza.Pipeline] = {}

    def get(lang: str) -> stanza.Pipeline:
        if lang not in cache:
            cache[lang] = stanza.Pipeline(lang, dir=str(tiny_stanza_dir), processors="tokenize,ner",
                                          download_method=None, logging_level="WARN", use_gpu=False)
        return cache[lang]

    return get


def assert_well_formed(doc, text: str) -> None:
    assert doc.sentences
    previous_end = 0
    for sentence in doc.sentences:
        assert sentence.tokens
        for token in sentence.tokens:
            assert token.start_char is not None and token.end_char is not None
            assert previous_end <= token.start_char < token.end_char <= len(text)
            assert text[token.start_char:token.end_char] == token.text
            assert not any(ch.isspace() for ch in token.text)
            previous_end = token.end_char
    for entity in doc.ents:
        assert entity.type in builder.ENTITY_TYPES
        assert 0 <= entity.start_char < entity.end_char <= len(text)
        assert text[entity.start_char:entity.end_char] == entity.text


# --------------------------------------------------------------------------- corpus (fast)


def test_corpus_is_small_and_generation_is_deterministic():
    total = sum(p.stat().st_size for p in builder.CORPUS_DIR.iterdir() if p.is_file())
    assert total < 200_000
    for lang in builder.SUPPORTED_LANGS:
        first, second = builder.generate_sentences(lang), builder.generate_sentences(lang)
        assert [s.text for s in first] == [s.text for s in second]
        assert len(first) >= 100
        assert {e[2] for s in first for e in s.entities} == set(builder.ENTITY_TYPES)


def test_training_files_line_up(tmp_path):
    sentences = builder.generate_sentences("uk")
    builder.write_tokenizer_data(sentences, tmp_path / "t.txt", tmp_path / "t.labels", seed="x")
    texts = (tmp_path / "t.txt").read_text(encoding="utf-8").strip().split("\n\n")
    labels = (tmp_path / "t.labels").read_text(encoding="utf-8").strip().split("\n\n")
    assert len(texts) == len(labels)
    assert all(len(t) == len(lab) for t, lab in zip(texts, labels, strict=True))
    assert sum(lab.count("2") for lab in labels) == len(sentences)
    builder.write_ner_data(sentences, tmp_path / "ner.json")
    data = json.loads((tmp_path / "ner.json").read_text(encoding="ascii"))
    assert [" ".join(t["text"] for t in s) for s in data[:1]] == [" ".join(sentences[0].token_texts())]
    assert {t["ner"][2:] for s in data for t in s if t["ner"] != "O"} == set(builder.ENTITY_TYPES)


# --------------------------------------------------------------------------- models (slow)


@pytest.mark.slow
def test_resources_layout(tiny_stanza_dir):
    resources = json.loads((tiny_stanza_dir / "resources.json").read_text(encoding="utf-8"))
    for lang in TEST_LANGS:
        entry = resources[lang]
        assert entry["default_processors"] == {"tokenize": "tiny", "ner": "tiny"}
        assert entry["packages"]["default"] == {"tokenize": "tiny", "ner": "tiny"}
        for processor in ("tokenize", "ner"):
            model = tiny_stanza_dir / lang / processor / "tiny.pt"
            assert model.is_file() and model.stat().st_size < 1_000_000
            assert set(entry[processor]) == {"tiny"}


@pytest.mark.slow
def test_build_is_reused(tiny_stanza_dir):
    stamp = tiny_stanza_dir / builder.STAMP_NAME
    before = stamp.stat().st_mtime_ns
    files = builder.build_models(tiny_stanza_dir, ["uk"])
    assert stamp.stat().st_mtime_ns == before
    assert files == {"uk": [str(tiny_stanza_dir / "uk" / p / "tiny.pt") for p in ("tokenize", "ner")]}


@pytest.mark.slow
def test_ukrainian_pipeline(pipelines):
    text = ("Міністр Андрій Сибіга проводить переговори з Хаканом Фіданом у Стамбулі. "
            "Наступна зустріч, за словами дипломатів, відбудеться в Женеві.")
    doc = pipelines("uk")(text)
    assert_well_formed(doc, text)
    assert len(doc.sentences) == 2
    assert [t.text for t in doc.sentences[0].tokens][-3:] == ["у", "Стамбулі", "."]


@pytest.mark.slow
def test_arabic_pipeline(pipelines):
    text = "أجرى هاكان فيدان محادثات مع ماركو روبيو في جنيف. وقال إن الجولة المقبلة ستعقد قريبا."
    doc = pipelines("ar")(text)
    assert_well_formed(doc, text)
    assert len(doc.sentences) == 2
    assert [t.text for t in doc.sentences[0].tokens][-3:] == ["في", "جنيف", "."]


@pytest.mark.slow
@pytest.mark.parametrize("lang", TEST_LANGS)
def test_ner_finds_entities_in_a_training_sentence(pipelines, lang):
    sentence = next(s for s in builder.generate_sentences(lang) if len(s.entities) >= 2)
    doc = pipelines(lang)(sentence.text)
    assert_well_formed(doc, sentence.text)
    gold = {(sentence.text[a:b], etype) for a, b, etype in sentence.entities}
    found = {(e.text, e.type) for e in doc.ents}
    assert gold & found, (sentence.text, found)


@pytest.mark.slow
@pytest.mark.parametrize("lang, text", [
    ("uk", "Сергій Лавров зустрічається з Марко Рубіо на полях саміту НАТО."),
    ("ar", "التقى سيرغي لافروف مع ماركو روبيو على هامش اجتماع الاتحاد الأوروبي."),
    ("en", "Sergei Lavrov met Marco Rubio on the sidelines of the OSCE summit in Vienna."),
    ("ru", "Сергей Лавров встречается с Марко Рубио на полях саммита ОБСЕ в Вене."),
])
def test_ner_output_is_well_formed_near_the_templates(pipelines, lang, text):
    doc = pipelines(lang)(text)
    assert_well_formed(doc, text)
    assert doc.ents
