"""The built site in a real browser: navigation, right-to-left quotes, search across scripts,
links, and hostile article text.

A small project is built once per test process: `tests.builders.make_project`, the desk's real
actor registry and tracks (so "Ryabkov", "Рябков" and "ريابكوف" all resolve to the registry actor
sergey-ryabkov), the five real seeds with their committed summaries (the pipeline's output for
them; analysing them again would take half a minute), and one hostile article that goes through
the real extraction. `site/` is served by `python -m http.server` on 127.0.0.1 and driven with
Playwright and Debian's Chromium (`scripts/install_browser.sh`; Playwright's own browser download
cannot work offline). Screenshots go to test-artifacts/ (git-ignored).

Skipped, with the reason, when Chromium or Playwright is missing; CI installs both (.ci/run).
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.builders import make_project

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARABIC_ARTICLE = "000_acba2b3b37321539"  # Ryabkov, quoted in Arabic
RYABKOV = "actors/sergey-ryabkov/"
HOSTILE = (
    "Hostile <script>alert(1)</script> {{ 7*7 }}\n\n"
    "Intro <script>alert(1)</script> and {{ 7*7 }} and <img src=x onerror=alert(1)> "
    '<a href="javascript:alert(1)">x</a> said Sergey Lavrov in Moscow.\n\n'
    '"We will not accept <b onmouseover=alert(1)>this</b>," Lavrov said.\n'
)

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: run scripts/install_browser.sh"),
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed: pip install -e '.[dev]'"),
]


# --------------------------------------------------------------------------------------------
# Building and serving
# --------------------------------------------------------------------------------------------


def _build(root: Path) -> Path:
    from generator.config import load_config
    from generator.ingest import ingest_folder
    from generator.pipeline import Folders, run_mkdocs, summarise_folder
    from generator.render import render_site
    from generator.summarise import read_summaries

    make_project(root)
    for name in ("actors.yml", "tracks.yml"):
        shutil.copy(REPO / "site_config" / name, root / "site_config" / name)
    shutil.copytree(REPO / "seeds", root / "seeds")
    hostile_dir = root / "hostile-seed"
    hostile_dir.mkdir()
    (hostile_dir / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    config = load_config(root)
    summaries, errors = read_summaries(REPO / "summaries")
    assert not errors and len(summaries) == 5, errors
    hostile = summarise_folder(config, hostile_dir, analyser="offline")
    articles = {a.id: a for a in ingest_folder(root / "seeds", max_chars=2_000_000, root=root).articles}
    articles.update({a.id: a for a in ingest_folder(hostile_dir, max_chars=2_000_000, root=root).articles})
    folders = Folders.from_config(config)
    render_site([*summaries, *hostile.values()], articles, config, folders.docs)
    assert run_mkdocs(config, folders, quiet=True) == 0
    return folders.site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site, shared by the xdist workers of one run (built by whichever comes first)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    root = shared / "browser-site"
    done = shared / "browser-site.done"
    with open(shared / "browser-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                shutil.rmtree(root, ignore_errors=True)
                _build(root)
                done.write_text("ok", encoding="utf-8")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return root / "site"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """`python -m http.server` on 127.0.0.1 serving site/; stopped at teardown."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own server
                    assert response.status == 200
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the test web server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert sync_playwright is not None
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        context.close()


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------


def test_home_track_article_and_rtl_quote(page: Page, server: str) -> None:
    page.goto(server)
    assert page.title().startswith("Negotiations briefing")
    assert page.locator("h2#latest-briefings").count() == 1
    assert page.locator('a[href="feed.xml"]').count() == 1
    _shot(page, "home")

    # Home -> a track page (a link under "Latest by track") -> the Arabic article.
    page.locator('h3 a[href="tracks/us-russia-bilateral/"]').click()
    page.wait_for_url("**/tracks/us-russia-bilateral/")
    assert page.locator("h1").inner_text().startswith("US–Russia bilateral channel")
    _shot(page, "track")
    page.locator(f'p.card-title a[href="../../articles/{ARABIC_ARTICLE}/"]').click()
    page.wait_for_url(f"**/articles/{ARABIC_ARTICLE}/")

    title = page.locator("h1")
    assert title.get_attribute("lang") == "ar" and title.get_attribute("dir") == "rtl"
    quote = page.locator("blockquote.quote", has_text="مواقفنا").first
    assert quote.get_attribute("lang") == "ar" and quote.get_attribute("dir") == "rtl"
    assert quote.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # The English text around it stays left to right.
    assert page.locator("article").evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert page.locator(f'.fact-card a[href="../../{RYABKOV}"]').count() == 1
    _shot(page, "article")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Ryabkov", {RYABKOV, f"articles/{ARABIC_ARTICLE}/"}),
        ("Рябков", {RYABKOV, f"articles/{ARABIC_ARTICLE}/"}),
        ("ريابكوف", {RYABKOV, f"articles/{ARABIC_ARTICLE}/"}),
        # A Ukrainian name in its dictionary form finds the Ukrainian briefings that only name
        # him inflected ("Трампа", "Дональда Трампа"), through their registry spellings.
        ("Трамп", {"actors/donald-trump/", "articles/002_32eafc6cd7990a62/", "articles/004_422c6d6a13e598e4/"}),
    ],
)
def test_search_across_scripts(page: Page, server: str, query: str, expected: set[str]) -> None:
    page.goto(server)
    box = page.locator("input.md-search__input")
    box.click()
    box.type(query, delay=20)
    # Characters outside the keyboard layout are inserted as text, without key events, and
    # Material searches on key events: one real key press, as a person's last keystroke would be.
    page.keyboard.press("End")
    results = page.locator(".md-search-result__list > li.md-search-result__item > a.md-search-result__link")
    results.first.wait_for()
    # The results grow as the worker reads the article files the query needs (a few at most).
    found: set[str] = set()
    for _ in range(50):
        found = {re.sub(r"#.*$", "", urlsplit(urljoin(page.url, href)).path.lstrip("/")) for href in
                 results.evaluate_all("links => links.map(a => a.getAttribute('href'))")}
        if expected <= found:
            break
        page.wait_for_timeout(200)
    assert expected <= found, f"{query!r}: {sorted(found)}"
    if query == "Ryabkov":
        _shot(page, "search")


def test_hostile_article_runs_nothing(page: Page, server: str, site: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "articles/hostile/")
    page.wait_for_load_state("load")
    text = page.locator("article").inner_text()
    assert "{{ 7*7 }}" in text and "<script>alert(1)</script>" in text
    assert page.locator("article script, article img[onerror], article [onmouseover]").count() == 0
    assert page.locator('article a[href^="javascript:"]').count() == 0
    # Hover and click around the text, then give any timer a moment: still no dialog.
    page.locator(".original-text").hover()
    page.locator(".original-text").click()
    page.wait_for_timeout(300)
    assert dialogs == []
    html = (site / "articles/hostile/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")


# --------------------------------------------------------------------------------------------
# Links (a static crawl of every page)
# --------------------------------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(str(values[key]))
        for key in ("href", "src"):
            value = values.get(key)
            if value is not None and tag in ("a", "link", "script", "img", "source", "iframe"):
                self.links.append(value)


def test_no_broken_internal_links(site: Path) -> None:
    pages: dict[str, _Links] = {}
    for path in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path.relative_to(site).as_posix()] = parser
    assert len(pages) > 50
    broken: list[str] = []
    checked = 0
    for rel, parser in pages.items():
        # 404.html is served from any depth: with no site_url its relative links assume the root.
        base = "http://site.test/" + rel
        for link in parser.links:
            parts = urlsplit(urljoin(base, link))
            if parts.scheme in ("mailto", "data") or (parts.scheme in ("http", "https") and parts.netloc != "site.test"):
                continue
            assert parts.scheme != "javascript", f"{rel}: {link}"
            target = unquote(parts.path).lstrip("/")
            file = site / target
            if target == "" or target.endswith("/"):
                file = file / "index.html"
            checked += 1
            if not file.is_file():
                broken.append(f"{rel}: {link}")
                continue
            fragment = unquote(parts.fragment)
            if fragment and not fragment.startswith("__") and file.suffix == ".html":
                key = file.relative_to(site).as_posix()
                if key in pages and fragment not in pages[key].ids:
                    broken.append(f"{rel}: {link} (no #{fragment})")
    assert checked > 500
    assert broken == [], "\n".join(broken[:50])
