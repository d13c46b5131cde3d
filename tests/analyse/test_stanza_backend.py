"""The Stanza backend through the same code path users run, on tiny models the project trains."""

import shutil

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.safe_yaml import load_yaml_file
from tests.analyse.test_stanza_models import tiny_stanza_dir  # noqa: F401  (session fixture)
from tests.builders import REPO, make_project

pytestmark = pytest.mark.slow
SEEDS = {"uk": "002_32eafc6cd7990a62", "ar": "000_acba2b3b37321539"}


def project_with_seeds(root, stanza_dir=None):
    make_project(root, templates=False)
    for article_id in SEEDS.values():
        (root / "seeds").mkdir(exist_ok=True)
        shutil.copy(REPO / "seeds" / f"{article_id}.txt", root / "seeds")
    shutil.copy(REPO / "site_config" / "actors.yml", root / "site_config" / "actors.yml")
    if stanza_dir:
        (root / "site_config" / "site.yml").write_text(f"stanza_dir: {stanza_dir}\n", encoding="utf-8")
    return root


def run(root, *args):
    result = CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_extract_with_stanza_runs_the_pipeline_on_ukrainian_and_arabic(tmp_path, tiny_stanza_dir):  # noqa: F811
    root = project_with_seeds(tmp_path, tiny_stanza_dir)
    code, output = run(root, "extract", "--analyser", "stanza")
    assert code == 0, output
    for lang, article_id in SEEDS.items():
        summary = load_yaml_file(root / "summaries" / f"{article_id}.yml")
        assert summary["article"]["analyser"] == "stanza"
        assert summary["article"]["lang"] == lang
        assert summary["article"]["sentence_count"] > 3
    uk = load_yaml_file(root / "summaries" / f"{SEEDS['uk']}.yml")
    assert "kirill-dmitriev" in {a["id"] for a in uk["actors"]}  # registry names still linked


def test_models_list_shows_installed_languages(tmp_path, tiny_stanza_dir):  # noqa: F811
    root = project_with_seeds(tmp_path, tiny_stanza_dir)
    code, output = run(root, "models", "list")
    assert code == 0
    assert "uk: tokenize, ner" in output and "ar: tokenize, ner" in output


def test_auto_without_models_falls_back_and_says_so_once_per_language(tmp_path):
    empty = tmp_path / "no-models"
    empty.mkdir()
    root = project_with_seeds(tmp_path / "p", empty)
    code, output = run(root, "extract")
    assert code == 0, output
    for lang in SEEDS:
        line = f"{lang}: stanza models not installed; used the offline analyser. " \
               f"Install Stanza models with: briefing models download {lang}"
        assert output.count(line) == 1
    assert load_yaml_file(root / "summaries" / f"{SEEDS['ar']}.yml")["article"]["analyser"] == "offline"


def test_missing_model_with_stanza_chosen_is_one_clear_message(tmp_path):
    empty = tmp_path / "no-models"
    empty.mkdir()
    root = project_with_seeds(tmp_path / "p", empty)
    code, output = run(root, "extract", "--analyser", "stanza")
    assert code == 2
    assert "Traceback" not in output
    assert "'uk'" in output or "'ar'" in output
    assert "briefing models download" in output
