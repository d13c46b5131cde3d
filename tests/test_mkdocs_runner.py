"""The MkDocs process started ahead of the site build: it runs the one command it is given, or
is stopped when the build needs no site."""

from __future__ import annotations

import os
from pathlib import Path

from generator.config import load_config
from generator.pipeline import MkDocsProcess
from tests.builders import make_project


def test_an_unused_process_exits_and_a_used_one_runs_its_command(tmp_path: Path) -> None:
    config = load_config(make_project(tmp_path))
    unused = MkDocsProcess(config)
    process = unused.process
    unused.close()
    assert process is not None and process.poll() is not None  # stopped: nothing left running
    # A command that fails (no such configuration file) gives MkDocs' own exit code.
    used = MkDocsProcess(config)
    code = used.run(["build", "-f", str(tmp_path / "missing.yml")], dict(os.environ))
    assert code != 0
    used.close()  # nothing left to close
    assert used.process is None
