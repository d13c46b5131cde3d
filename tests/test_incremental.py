"""Incremental builds: what a rebuild analyses, extracts and rewrites (counts, never times)."""

from __future__ import annotations

import gzip
import shutil
import textwrap
from pathlib import Path

import pytest

from generator.config import load_config
from generator.mkdocs_plugin import read_memo
from generator.pipeline import SITE_MEMO, Execution, Folders, RunReport, run_build, run_extract, run_render
from generator.render import render_site
from generator.safe_yaml import load_yaml_file
from tests.builders import SAMPLE_ARTICLES, make_project

# A small corpus in four languages over the test registry (tests/builders.py).
CORPUS = {
    "seeds/uk-talks.md": SAMPLE_ARTICLES["seeds/uk-talks.md"],
    "seeds/ru-talks.md": """
        ---
        title: Лавров и Рубио встретились в Женеве
        date: 2025-03-05
        lang: ru
        ---
        Министр иностранных дел России Сергей Лавров встретился с Марко Рубио в Женеве.
        «Мы обсудили работу посольств и выдачу виз», — заявил Лавров журналистам.
        Следующая встреча может пройти в Москве.
        """,
    "seeds/ar-talks.txt": SAMPLE_ARTICLES["seeds/ar-talks.txt"],
    "seeds/en-talks.md": """
        ---
        title: Rubio meets Lavrov in Geneva
        date: 2025-03-04
        source: Test desk
        ---
        U.S. Secretary of State Marco Rubio met Sergey Lavrov in Geneva on Tuesday.
        "We discussed the embassies and visas in a constructive way," Rubio told reporters after the talks.
        """,
    "seeds/en-nuclear.md": """
        ---
        title: Putin on arms control
        date: 2025-02-11
        ---
        Vladimir Putin said Russia would respect the limits on nuclear weapons for another year.
        The Kremlin said arms control talks with the United States could resume in Geneva.
        """,
    "seeds/uk-sybiha.md": """
        ---
        title: Сибіга про переговори
        date: 2025-01-20
        ---
        Міністр закордонних справ України Андрій Сибіга заявив, що Україна готова до переговорів.
        "Ми не погодимося на ультиматуми Кремля", — сказав Сибіга.
        """,
}
EXTRA = """
    ---
    title: Rubio and Sybiha in Geneva
    date: 2025-03-10
    ---
    Marco Rubio met Andrii Sybiha in Geneva on Monday to discuss the embassy in Kyiv.
    """


def file_bytes(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build(root: Path, **kwargs: object) -> RunReport:
    """Extract and render (no MkDocs): the counts the pipeline reports."""
    config = load_config(root)
    folders = Folders.from_config(config)
    summaries, articles, report = run_extract(config, folders, "offline", **kwargs)  # type: ignore[arg-type]
    return run_render(config, folders, summaries, articles, report)


def counts(report: RunReport) -> dict[str, int]:
    assert report.analysed and report.summaries and report.pages
    return {"analysed": len(report.analysed.analysed), "extracted": len(report.extracted),
            "summaries": len(report.summaries.written), "pages": len(report.pages.written)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project built once from cold; each test copies it."""
    root = make_project(tmp_path_factory.mktemp("incremental"), CORPUS)
    report = build(root, execution=Execution(workers=1))
    assert counts(report)["analysed"] == len(CORPUS) and not report.problems
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(built, root)
    build(root)  # settled in its new folder (cache keys and pages do not depend on the root)
    return root


def test_cold_build_analyses_everything(built: Path) -> None:
    root = built.parent / "cold-again"
    shutil.copytree(built, root)
    shutil.rmtree(root / ".briefing-cache")
    shutil.rmtree(root / "summaries")
    report = build(root)
    assert counts(report)["analysed"] == len(CORPUS)
    assert counts(report)["extracted"] == len(CORPUS)
    assert report.timings.keys() >= {"ingest", "analyse", "extract", "summarise", "render"}
    assert all(seconds >= 0 for seconds in report.timings.values())


def test_a_fresh_clone_reuses_the_committed_summaries(project: Path, tmp_path: Path) -> None:
    """No private cache, no pages: the committed summaries alone say what is current."""
    clone = tmp_path / "clone"
    shutil.copytree(project, clone, ignore=shutil.ignore_patterns(".briefing-cache", "docs"))
    report = build(clone)
    assert counts(report)["analysed"] == 0 and counts(report)["extracted"] == 0
    assert counts(report)["summaries"] == 0 and not report.stale_summaries
    assert file_bytes(clone / "docs") == file_bytes(project / "docs")
    path = clone / "seeds" / "en-talks.md"
    path.write_text(path.read_text(encoding="utf-8") + "The talks lasted three hours.\n", encoding="utf-8")
    report = build(clone)
    assert report.analysed and report.analysed.analysed == ["en-talks"] and report.stale_summaries == ["en-talks.yml"]


def test_each_summary_carries_its_provenance(project: Path) -> None:
    summary = load_yaml_file(project / "summaries" / "en-talks.yml")
    assert set(summary["provenance"]) == {"article", "analyser", "configuration", "extractor", "corrections"}
    assert summary["provenance"]["corrections"] is None


def test_a_summary_from_other_code_is_made_again(project: Path) -> None:
    path = project / "summaries" / "en-talks.yml"
    text = path.read_text(encoding="utf-8")
    extractor = load_yaml_file(path)["provenance"]["extractor"]
    path.write_text(text.replace(extractor, "0.0.1+0000000000000000"), encoding="utf-8")
    shutil.rmtree(project / ".briefing-cache")
    report = build(project)
    assert report.analysed and report.analysed.analysed == ["en-talks"]
    assert report.summaries and report.summaries.written == ["en-talks.yml"]
    assert path.read_text(encoding="utf-8") == text


def test_warm_rebuild_does_nothing(project: Path) -> None:
    before = {p: p.read_bytes() for p in (project / "summaries").glob("*.yml")}
    report = build(project)
    assert counts(report) == {"analysed": 0, "extracted": 0, "summaries": 0, "pages": 0}
    assert len(report.analysed.cached) == len(CORPUS)  # type: ignore[union-attr]
    assert before == {p: p.read_bytes() for p in (project / "summaries").glob("*.yml")}


def test_one_changed_article_is_the_only_one_analysed(project: Path) -> None:
    path = project / "seeds" / "en-talks.md"
    path.write_text(path.read_text(encoding="utf-8") + "The talks lasted three hours.\n", encoding="utf-8")
    report = build(project)
    assert report.analysed and report.analysed.analysed == ["en-talks"]
    assert report.extracted == ["en-talks"]
    assert report.summaries and report.summaries.written == ["en-talks.yml"]
    assert report.pages and "articles/en-talks.md" in report.pages.written
    # Every other page rewritten shows the article (links to it, or, for the about page, counts
    # it in the per-language figures); no other article page moved.
    for page in report.pages.written:
        assert not page.startswith("articles/") or page == "articles/en-talks.md", page
        if page not in ("articles/en-talks.md", "about.md"):
            data = (project / "docs" / page).read_bytes()
            text = (gzip.decompress(data) if page.endswith(".gz") else data).decode("utf-8")
            assert "en-talks" in text, f"{page} was rewritten but does not show the changed article"


def test_one_added_article_is_the_only_one_analysed(project: Path) -> None:
    (project / "seeds" / "en-new.md").write_text(textwrap.dedent(EXTRA).lstrip("\n"), encoding="utf-8")
    report = build(project)
    assert report.analysed and report.analysed.analysed == ["en-new"]
    assert report.summaries and report.summaries.written == ["en-new.yml"]
    assert report.pages and "articles/en-new.md" in report.pages.written
    assert not [p for p in report.pages.written if p.startswith("articles/") and p != "articles/en-new.md"]


def test_removed_article_removes_its_summary_and_page(project: Path) -> None:
    (project / "seeds" / "uk-sybiha.md").unlink()
    report = build(project)
    assert counts(report)["analysed"] == 0
    assert report.summaries and report.summaries.removed == ["uk-sybiha.yml"]
    assert report.pages and "articles/uk-sybiha.md" in report.pages.removed


def test_tracks_edit_reanalyses_nothing(project: Path) -> None:
    path = project / "site_config" / "tracks.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("min_score: 2", "min_score: 1"), encoding="utf-8")
    report = build(project)
    assert counts(report)["analysed"] == 0
    assert counts(report)["extracted"] == len(CORPUS)  # extraction depends on the tracks


def test_tracks_edit_keeps_the_analysis_key(project: Path) -> None:
    before = load_config(project)
    path = project / "site_config" / "tracks.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("min_score: 2", "min_score: 1"), encoding="utf-8")
    after = load_config(project)
    assert after.fingerprint != before.fingerprint
    assert after.analysis_fingerprint == before.analysis_fingerprint


def test_actors_edit_reanalyses_everything(project: Path) -> None:
    path = project / "site_config" / "actors.yml"
    text = path.read_text(encoding="utf-8").replace("aliases: [Sergei Lavrov]", "aliases: [Sergei Lavrov, S. Lavrov]")
    path.write_text(text, encoding="utf-8")
    report = build(project)
    assert counts(report)["analysed"] == len(CORPUS)  # registry matching is part of analysis


def test_corrections_edit_reanalyses_and_reextracts_nothing(project: Path) -> None:
    fixes = project / "site_config" / "corrections" / "en-talks.yml"
    fixes.parent.mkdir(parents=True, exist_ok=True)
    fixes.write_text("title: Rubio and Lavrov in Geneva\n", encoding="utf-8")
    report = build(project)
    assert counts(report)["analysed"] == 0 and counts(report)["extracted"] == 0
    assert report.summaries and report.summaries.written == ["en-talks.yml"]
    assert "Rubio and Lavrov in Geneva" in (project / "summaries" / "en-talks.yml").read_text(encoding="utf-8")
    assert counts(build(project))["summaries"] == 0  # and the corrected YAML is cached in turn
    fixes.unlink()
    report = build(project)
    assert report.summaries and report.summaries.written == ["en-talks.yml"]
    assert "Rubio meets Lavrov in Geneva" in (project / "summaries" / "en-talks.yml").read_text(encoding="utf-8")


def test_cached_summaries_equal_fresh_ones(project: Path) -> None:
    cached = {p.name: p.read_bytes() for p in (project / "summaries").glob("*.yml")}
    pages = {p.relative_to(project / "docs"): p.read_bytes() for p in (project / "docs").rglob("*.md")}
    report = build(project, use_cache=False)
    assert counts(report)["analysed"] == len(CORPUS) and counts(report)["summaries"] == 0
    assert cached == {p.name: p.read_bytes() for p in (project / "summaries").glob("*.yml")}
    assert pages == {p.relative_to(project / "docs"): p.read_bytes() for p in (project / "docs").rglob("*.md")}


def test_a_corrupt_cache_entry_is_recomputed(project: Path) -> None:
    committed = file_bytes(project / "summaries")
    for entry in (project / ".briefing-cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert counts(build(project))["analysed"] == 0  # the committed summaries need no cache
    shutil.rmtree(project / "summaries")
    report = build(project)
    assert counts(report)["analysed"] == len(CORPUS) and file_bytes(project / "summaries") == committed


def test_only_pages_whose_inputs_changed_are_rendered_again(project: Path, tmp_path: Path) -> None:
    config = load_config(project)
    folders = Folders.from_config(config)
    run_render(config, folders, skip_unchanged=True)  # the memo of this render
    path = project / "seeds" / "en-talks.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8")
    summaries, articles, report = run_extract(config, folders, "offline")
    report = run_render(config, folders, summaries, articles, report, skip_unchanged=True)
    assert report.pages and "articles/en-talks.md" in report.pages.written
    assert "articles/ru-talks.md" in report.pages.reused and "articles/en-talks.md" not in report.pages.reused
    clean = tmp_path / "clean-docs"  # the same summaries rendered with no memo: the same files
    render_site(summaries, articles, config, clean)
    assert file_bytes(clean) == file_bytes(folders.docs)


def test_an_edit_renders_again_only_the_pages_that_list_the_article(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One briefing a page: the other pages of the edited article's tracks and actors list others.
    monkeypatch.setattr("generator.render.PAGE_SIZE", 1)
    monkeypatch.setattr("generator.render.ACTOR_PAGE_SIZE", 1)
    config = load_config(project)
    folders = Folders.from_config(config)
    run_render(config, folders, skip_unchanged=True)
    path = project / "seeds" / "en-talks.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8")
    summaries, articles, report = run_extract(config, folders, "offline")
    report = run_render(config, folders, summaries, articles, report, skip_unchanged=True)
    assert report.pages
    rendered = set(report.pages.written) | set(report.pages.unchanged)
    rendered = {p for p in rendered - set(report.pages.reused) if p.endswith(".md")}
    assert "articles/en-talks.md" in rendered
    listing = {p for p in rendered if "articles/en-talks" in (folders.docs / p).read_text(encoding="utf-8")}
    assert rendered - listing == {"articles/en-talks.md"}  # every page that does not link to it was reused
    assert any(p.startswith("actors/") and "/page-" in p for p in report.pages.reused)
    clean = tmp_path / "clean-docs"
    render_site(summaries, articles, config, clean)
    assert file_bytes(clean) == file_bytes(folders.docs)


def test_render_is_skipped_while_its_inputs_are_unchanged(project: Path) -> None:
    config = load_config(project)
    folders = Folders.from_config(config)

    def render_twice() -> tuple[RunReport, RunReport]:
        reports = []
        for _ in range(2):
            summaries, articles, report = run_extract(config, folders, "offline")
            reports.append(run_render(config, folders, summaries, articles, report, skip_unchanged=True))
        return reports[0], reports[1]

    _, second = render_twice()
    assert second.pages and second.pages.written == () and "articles/en-talks.md" in second.pages.unchanged
    template = project / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n<!-- edited -->\n", encoding="utf-8")
    first, second = render_twice()
    assert first.pages and len(first.pages.written) == len(CORPUS)  # every article page changed
    assert second.pages and second.pages.written == ()
    (project / "docs" / "articles" / "en-talks.md").unlink()  # the docs folder is not as it was left
    first, _ = render_twice()
    assert first.pages and first.pages.written == ("articles/en-talks.md",)


@pytest.mark.slow
def test_warm_build_skips_mkdocs_until_a_page_changes(project: Path) -> None:
    config = load_config(project)
    folders = Folders.from_config(config)
    report, code = run_build(config, folders, "offline", quiet=True)
    assert code == 0 and report.site_built and (folders.site / "index.html").exists()
    report, code = run_build(config, folders, "offline", quiet=True)
    assert code == 0 and report.site_built is False and report.timings.keys() >= {"mkdocs"}
    assert report.pages and report.pages.written == ()
    report, code = run_build(config, folders, "offline", quiet=True, rebuild_site=True)
    assert code == 0 and report.site_built
    path = project / "seeds" / "en-talks.md"
    path.write_text(path.read_text(encoding="utf-8") + "The talks lasted three hours.\n", encoding="utf-8")
    report, code = run_build(config, folders, "offline", quiet=True)
    assert code == 0 and report.site_built
    shutil.rmtree(folders.site)
    report, code = run_build(config, folders, "offline", quiet=True)
    assert code == 0 and report.site_built and (folders.site / "index.html").exists()


@pytest.mark.slow
def test_a_site_built_from_the_last_one_equals_a_clean_build(project: Path, tmp_path: Path) -> None:
    config = load_config(project)
    folders = Folders.from_config(config)
    assert run_build(config, folders, "offline", quiet=True, rebuild_site=True)[1] == 0
    path = project / "seeds" / "en-talks.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8")
    report, code = run_build(config, folders, "offline", quiet=True)
    assert code == 0 and report.site_built and report.pages and "articles/en-talks.md" in report.pages.written
    memo = read_memo(config.path("cache") / SITE_MEMO)
    assert memo["reused"] >= len(CORPUS) - 1  # the other article pages, at least, were not built again
    assert memo["unread"] >= len(CORPUS) - 1  # ... nor read: their source files are the ones last read
    assert _same_as_a_clean_build(project, tmp_path / "clean")
    # An article added: the other articles' pages are still taken from the last build.
    (project / "seeds" / "en-new.md").write_text(textwrap.dedent(EXTRA).lstrip("\n"), encoding="utf-8")
    report, code = run_build(config, folders, "offline", quiet=True)
    assert code == 0 and report.pages and "articles/en-new.md" in report.pages.written
    assert read_memo(config.path("cache") / SITE_MEMO)["reused"] >= len(CORPUS) - 3
    assert _same_as_a_clean_build(project, tmp_path / "clean-added")
    (project / "seeds" / "en-new.md").unlink()  # and removed: every page is built and checked again
    assert run_build(config, folders, "offline", quiet=True)[1] == 0
    assert read_memo(config.path("cache") / SITE_MEMO)["reused"] == 0
    assert _same_as_a_clean_build(project, tmp_path / "clean-removed")


@pytest.mark.slow
def test_reused_pages_are_the_last_builds_files(project: Path, capfd: pytest.CaptureFixture[str]) -> None:
    config = load_config(project)
    folders = Folders.from_config(config)
    assert run_build(config, folders, "offline", quiet=True, rebuild_site=True)[1] == 0
    page = folders.site / "articles" / "ru-talks" / "index.html"
    before = page.stat()
    path = project / "seeds" / "en-talks.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8")
    capfd.readouterr()
    assert run_build(config, folders, "offline")[1] == 0
    after = page.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # linked, not written again
    said = capfd.readouterr().err.count("ru-talks")
    assert run_build(config, folders, "offline", rebuild_site=True)[1] == 0
    assert said == capfd.readouterr().err.count("ru-talks")  # no more said of a reused page than of a built one


def _same_as_a_clean_build(project: Path, clean: Path) -> bool:
    """The project's site equals one built from nothing but what is committed."""
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(".briefing-cache", "docs", "site"))
    config = load_config(clean)
    assert run_build(config, Folders.from_config(config), "offline", quiet=True, rebuild_site=True)[1] == 0
    return file_bytes(clean / "site") == file_bytes(project / "site")
