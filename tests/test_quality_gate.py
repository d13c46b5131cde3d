"""The pinned quality gate (trafilatura's eval_gate): CI fails when a measured figure drops.

The gold data lives outside the repository (../shared/eval, evaluation-only licences) and is
read at run time; the figures reached are pinned in tests/quality_baseline.json.
"""

import json

import pytest

from generator.config import load_config
from generator.evaluate import compare_to_baseline, quality_figures
from tests.builders import REPO

EVAL_DIR = REPO.parent / "shared" / "eval"
BASELINE = REPO / "tests" / "quality_baseline.json"


@pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="../shared/eval is not beside the repository")
def test_no_pinned_quality_figure_dropped():
    current = quality_figures(load_config(REPO), EVAL_DIR)
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert compare_to_baseline(current, pinned) == []
