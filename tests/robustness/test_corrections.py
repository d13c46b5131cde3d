"""Issue 5, part 3: the editor's corrections live apart from machine output and survive regeneration.

Round trip: extract -> the editor writes corrections -> extract (applied) -> extract again (same
bytes) -> the article changes so one correction no longer applies (reported in the output and in
the summary, the file untouched) -> the article comes back (applied again). Nothing the editor
wrote is ever lost or rewritten.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.schema import Summary
from generator.summarise import parse_summary
from tests.builders import make_project
from tests.robustness._support import OFFLINE, run_cli, tree_snapshot

ARTICLE = """Lavrov and Rubio meet in Geneva

Sergey Lavrov met Marco Rubio in Geneva on March 4, 2025.
"We agreed to restore the embassies and the visas," Lavrov said.
"The next round of talks will take place in Moscow very soon," Rubio told reporters.
The two ministers also discussed nuclear arms control and the embassy staff.
"""

# The same article after the desk replaced it with a later version: the first quote is gone.
CHANGED = ARTICLE.replace(
    '"We agreed to restore the embassies and the visas," Lavrov said.',
    "Lavrov did not comment on the embassies or the visas.",
)

CORRECTIONS = """\
# Written by the desk editor; the tool must never rewrite this file.
title: Lavrov and Rubio talk in Geneva
quotes:
  - {match: "restore the embassies", speaker: marco-rubio}    # wrong speaker
  - {match: "next round of talks", drop: true}               # a quote to drop
actors: {add: [kremlin]}                                      # a missing actor
tracks: {primary: PRIMARY}                                    # the wrong track
events:
  - {match: "met Marco Rubio in Geneva", drop: true}          # an event to drop
"""


def _summary(root: Path) -> Summary:
    path = root / "summaries" / "talks.yml"
    return parse_summary(path.read_text(encoding="utf-8"), str(path))


def _quote(summary: Summary, words: str):  # type: ignore[no-untyped-def]
    return next((q for q in summary.quotes if words in q.text), None)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", {"seeds/talks.txt": ARTICLE, "site_config/site.yml": OFFLINE})


def test_corrections_survive_regeneration_and_article_changes(project: Path) -> None:
    root = project
    seeds = root / "seeds" / "talks.txt"
    fixes = root / "site_config" / "corrections" / "talks.yml"

    # 1. The machine's summary: what the editor is going to correct.
    code, output = run_cli(root, "extract", "--strict")
    assert code == 0, output
    machine = _summary(root)
    assert _quote(machine, "restore the embassies").speaker == "sergey-lavrov"
    assert _quote(machine, "next round of talks") is not None
    assert "kremlin" not in {a.id for a in machine.actors}
    # The editor moves it to the track the machine did not choose.
    primary = "us-russia-bilateral" if machine.tracks.primary == "arms-control" else "arms-control"
    assert any("met Marco Rubio in Geneva" in e.evidence for e in machine.events)
    assert machine.corrections == []

    # 2. The editor's corrections are applied, and logged in the summary.
    fixes.parent.mkdir(parents=True)
    fixes.write_text(CORRECTIONS.replace("PRIMARY", primary), encoding="utf-8")
    written = fixes.read_bytes()
    code, output = run_cli(root, "extract", "--strict")
    assert code == 0, output
    corrected = _summary(root)
    assert corrected.article.title == "Lavrov and Rubio talk in Geneva"
    quote = _quote(corrected, "restore the embassies")
    assert quote.speaker == "marco-rubio" and quote.speaker_name == "Marco Rubio"
    assert _quote(corrected, "next round of talks") is None
    assert "kremlin" in {a.id for a in corrected.actors}
    assert corrected.tracks.primary == primary
    assert not any("met Marco Rubio in Geneva" in e.evidence for e in corrected.events)
    assert corrected.corrections and all(line.startswith("applied") for line in corrected.corrections)
    # The fact lines follow the corrected speaker and the dropped quote, not the machine's reading.
    statements = [f.text for f in corrected.facts if f.kind == "quote"]
    assert statements == ["Statement: Marco Rubio (United States)"], corrected.facts
    assert fixes.read_bytes() == written

    # The pages show the corrected summary.
    code, output = run_cli(root, "render")
    assert code == 0, output
    page = (root / "docs" / "articles" / "talks.md").read_text(encoding="utf-8")
    assert "Lavrov and Rubio talk in Geneva" in page and "next round of talks" not in page.split("## ")[0]

    # 3. Regenerating changes nothing: same summary bytes, same corrections file.
    summary_bytes = (root / "summaries" / "talks.yml").read_bytes()
    code, output = run_cli(root, "extract", "--strict", "--no-cache")
    assert code == 0, output
    assert (root / "summaries" / "talks.yml").read_bytes() == summary_bytes
    assert fixes.read_bytes() == written

    # 4. The article changes: the speaker fix no longer applies. It is reported, kept, and the
    #    corrections that still apply are still applied.
    seeds.write_text(CHANGED, encoding="utf-8")
    code, output = run_cli(root, "extract")
    assert code == 0, output
    stale = [line for line in output.splitlines() if "correction not applied" in line]
    assert len(stale) == 1 and "talks.yml" in stale[0] and "restore the embassies" in stale[0], output
    changed = _summary(root)
    assert any(line.startswith("not applied") and "restore the embassies" in line for line in changed.corrections)
    assert changed.article.title == "Lavrov and Rubio talk in Geneva"
    assert "kremlin" in {a.id for a in changed.actors}
    assert changed.tracks.primary == primary
    assert _quote(changed, "next round of talks") is None
    assert fixes.read_bytes() == written
    code, output = run_cli(root, "extract", "--strict")
    assert code == 1, output  # a correction that no longer applies is a problem under --strict

    # 5. The old text comes back: the kept correction applies again.
    seeds.write_text(ARTICLE, encoding="utf-8")
    code, output = run_cli(root, "extract", "--strict")
    assert code == 0, output
    assert _quote(_summary(root), "restore the embassies").speaker == "marco-rubio"
    assert (root / "summaries" / "talks.yml").read_bytes() == summary_bytes
    assert fixes.read_bytes() == written


def test_the_tool_never_writes_into_the_corrections_folder(project: Path) -> None:
    folder = project / "site_config" / "corrections"
    folder.mkdir(parents=True)
    (folder / "talks.yml").write_text(CORRECTIONS.replace("PRIMARY", "arms-control"), encoding="utf-8")
    (folder / "gone.yml").write_text("title: An article that was removed\n", encoding="utf-8")
    (folder / "notes.txt").write_text("the editor's own notes\n", encoding="utf-8")
    before = tree_snapshot(folder)
    for args in (("extract",), ("render",), ("extract", "--no-cache")):
        code, output = run_cli(project, *args)
        assert code == 0, output
        assert tree_snapshot(folder) == before, args
    (project / "seeds" / "talks.txt").unlink()
    code, output = run_cli(project, "extract")
    assert code == 0, output
    assert tree_snapshot(folder) == before  # the article is gone; its corrections stay


def test_corrections_naming_unknown_things_are_reported_and_kept(project: Path) -> None:
    folder = project / "site_config" / "corrections"
    folder.mkdir(parents=True)
    text = "actors: {add: [nobody-known]}\ntracks: {primary: no-such-track}\nevents:\n  - {match: no such sentence}\n"
    (folder / "talks.yml").write_text(text, encoding="utf-8")
    code, output = run_cli(project, "extract")
    assert code == 0, output
    reported = [line for line in output.splitlines() if "correction not applied" in line]
    assert len(reported) == 3, output
    assert all("talks.yml" in line for line in reported)
    assert len([line for line in _summary(project).corrections if line.startswith("not applied")]) == 3
    assert (folder / "talks.yml").read_text(encoding="utf-8") == text


def test_an_invalid_corrections_file_is_reported_and_the_machine_summary_still_written(project: Path) -> None:
    folder = project / "site_config" / "corrections"
    folder.mkdir(parents=True)
    text = "quotes:\n  - {match: x, speeker: marco-rubio}\n"  # a typo in a key, and a too-short match
    (folder / "talks.yml").write_text(text, encoding="utf-8")
    code, output = run_cli(project, "extract")
    assert code == 0, output
    assert "talks.yml" in output and "speeker" in output and "not applied" in output
    assert _summary(project).quotes  # the machine summary is still there
    assert (folder / "talks.yml").read_text(encoding="utf-8") == text
    code, _ = run_cli(project, "extract", "--strict")
    assert code == 1


def test_corrected_summaries_still_pass_the_check(project: Path) -> None:
    """A speaker the article did not name, an actor removed that events and quotes pointed at."""
    folder = project / "site_config" / "corrections"
    folder.mkdir(parents=True)
    (folder / "talks.yml").write_text(
        "quotes:\n  - {match: restore the embassies, speaker: andrii-sybiha}\n"
        "  - {match: next round, speaker: nobody-registered}\n"
        "actors: {remove: [sergey-lavrov, geneva]}\n", encoding="utf-8")
    assert run_cli(project, "schema")[0] == 0
    code, output = run_cli(project, "extract")
    assert code == 0, output
    assert "nobody-registered" in output and "not applied" in output
    summary = _summary(project)
    assert _quote(summary, "restore the embassies").speaker == "andrii-sybiha"
    assert "andrii-sybiha" in {a.id for a in summary.actors}
    assert "sergey-lavrov" not in {a.id for a in summary.actors}
    assert all("sergey-lavrov" not in e.participants for e in summary.events)
    assert not any("Sergey Lavrov" in f.text for f in summary.facts)
    code, output = run_cli(project, "check")
    assert code == 0, output
