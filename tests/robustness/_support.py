"""Shared helpers of the robustness suite: running the CLI, snapshots, a static HTML audit."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.schema import Summary
from tests.builders import REPO

# The projects here pin the offline analyser: the results (and the time taken) must not depend on
# which Stanza models the machine happens to have.
OFFLINE = "analyser: offline\n"

# Articles that the offline analyser reads well, in the four desk languages. `{n}` varies them.
ARTICLE_TEMPLATES = {
    "en": (
        "Lavrov and Rubio meet in Geneva, round {n}\n\n"
        "Sergey Lavrov met Marco Rubio in Geneva on March {day}, 2025. "
        '"We agreed to restore the embassies and the visas," Lavrov said. '
        "The talks lasted {n} hours and touched on nuclear arms control.\n"
    ),
    "uk": (
        "Лавров і Рубіо зустрілися в Женеві, раунд {n}\n\n"
        "Міністр закордонних справ Росії Сергій Лавров зустрівся з Марко Рубіо у Женеві {day} березня 2025 року. "
        "«Ми домовилися відновити роботу посольств і видачу віз», — заявив Лавров. "
        "Розмова тривала {n} годин.\n"
    ),
    "ru": (
        "Лавров и Рубио встретились в Женеве, раунд {n}\n\n"
        "Министр иностранных дел России Сергей Лавров встретился с Марко Рубио в Женеве {day} марта 2025 года. "
        "«Мы договорились восстановить работу посольств», — заявил Лавров. "
        "Переговоры длились {n} часов.\n"
    ),
    "ar": (
        "لافروف وروبيو في جنيف، الجولة {n}\n\n"
        "التقى وزير الخارجية الروسي سيرغي لافروف مع ماركو روبيو في جنيف يوم {day} مارس 2025. "
        'وقال لافروف إن "الحوار حول التأشيرات والسفارات كان مفيدا جدا للطرفين". '
        "استمرت المحادثات {n} ساعات.\n"
    ),
}


def article_text(lang: str, n: int, extra: str = "") -> str:
    """A small article in `lang`; `n` changes its numbers, `extra` is appended as a last paragraph."""
    text = ARTICLE_TEMPLATES[lang].format(n=n, day=1 + n % 28)
    return text + (f"\n{extra}\n" if extra else "")


def run_cli(root: Path, *args: str) -> tuple[int, str]:
    """`briefing --root ROOT ARGS` in this process; (exit code, stdout and stderr together)."""
    result = CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)
    return result.exit_code, result.output


def briefing_command(root: Path, *args: str) -> list[str]:
    """The command line of a real `briefing` process."""
    return [sys.executable, "-m", "generator.cli", "--root", str(root), *args]


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a `briefing` subprocess: this checkout importable, one thread per library."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1", **extra}
    env.pop("PYTEST_XDIST_WORKER", None)
    return env


def run_briefing(root: Path, *args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
    """`briefing` in a fresh process (its own interpreter, hash seed and process pool)."""
    return subprocess.run(briefing_command(root, *args), cwd=root, env=subprocess_env(**env), capture_output=True,
                          text=True, timeout=timeout, check=False)


def tree_snapshot(folder: Path, skip: Path | None = None) -> dict[str, tuple[str, int, str]]:
    """Every entry under folder (not following links) -> (kind, size, sha256 of a file's bytes)."""
    found: dict[str, tuple[str, int, str]] = {}
    if not folder.exists():
        return found
    for path in sorted(folder.rglob("*")):
        if skip is not None and (path == skip or skip in path.parents):
            continue
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[rel] = ("link", 0, os.readlink(path))
        elif path.is_dir():
            found[rel] = ("dir", 0, "")
        else:
            data = path.read_bytes()
            found[rel] = ("file", len(data), hashlib.sha256(data).hexdigest())
    return found


def file_bytes(folder: Path, pattern: str = "**/*") -> dict[str, bytes]:
    """Relative path -> bytes of every regular file under folder matching pattern."""
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.glob(pattern)) if p.is_file()}


# --------------------------------------------------------------------------------------------
# Static audit of built HTML
# --------------------------------------------------------------------------------------------

# Scripts the theme (Material for MkDocs) puts on every page: its bundle, its JSON config, and two
# inline bootstraps. Anything else in a <script> came from somewhere else.
_THEME_INLINE = ("__md_scope=", "var target=document.getElementById(location.hash")
_URL_ATTRS = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
                        "cite", "longdesc", "srcset", "ping", "manifest", "codebase", "archive"})
_BAD_SCHEMES = re.compile(r"^(?:javascript|vbscript|data|livescript|mocha):", re.IGNORECASE)
_ACTIVE_TAGS = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "meta"})
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


@dataclass
class HtmlFindings:
    """What the audit found in one page."""

    scripts: list[str] = field(default_factory=list)  # scripts that are not the theme's
    handlers: list[str] = field(default_factory=list)  # on*= attributes
    bad_urls: list[str] = field(default_factory=list)  # javascript:/data:/vbscript: URLs
    active: list[str] = field(default_factory=list)  # iframes, objects, forms, <base>, <meta http-equiv>
    script_bodies: list[str] = field(default_factory=list)  # every script's text and src, the theme's too
    text: str = ""  # the text a reader sees (entities decoded)

    def problems(self) -> list[str]:
        return [*self.scripts, *self.handlers, *self.bad_urls, *self.active]


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = HtmlFindings()
        self._script: tuple[dict[str, str | None], list[str]] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.handlers.append(f"<{tag} {name}={value!r}>")
            if name in _URL_ATTRS and value is not None:
                for part in value.split(",") if name == "srcset" else [value]:
                    if _BAD_SCHEMES.match(_INVISIBLE.sub("", part)):
                        self.found.bad_urls.append(f"<{tag} {name}={value!r}>")
        theme_form = tag == "form" and values.get("class") == "md-search__form" and "action" not in values
        if tag in _ACTIVE_TAGS and not theme_form and not (tag == "meta" and "http-equiv" not in values):
            self.found.active.append(f"<{tag} {values}>")
        if tag == "script":
            self._script = (values, [])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            values, parts = self._script
            self._script = None
            body = "".join(parts).strip()
            src = values.get("src") or ""
            self.found.script_bodies.append(f"{src}\n{body}")
            theme = (
                (src and re.fullmatch(r"(?:\.\./)*/?assets/javascripts/bundle\.[0-9a-f]+\.min\.js", src) and not body)
                or (not src and values.get("id") == "__config" and values.get("type") == "application/json")
                or (not src and not values and body.startswith(_THEME_INLINE))
            )
            if not theme:
                self.found.scripts.append(f"<script {values}>{body[:80]}")

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script[1].append(data)
        else:
            self._text.append(data)


def audit_html(html: str) -> HtmlFindings:
    """Scripts, event handlers, script URLs and active elements in a page, plus its visible text."""
    parser = _Audit()
    parser.feed(html)
    parser.close()
    parser.found.text = " ".join("".join(parser._text).split())
    return parser.found


# --------------------------------------------------------------------------------------------
# One expensive build shared by every xdist worker
# --------------------------------------------------------------------------------------------


def shared_once(tmp_path_factory: Any, name: str,
                make: Callable[[Path], dict[str, Any]]) -> tuple[Path, dict[str, Any]]:
    """Run `make(folder)` once per test session, even when pytest-xdist spreads a module's tests.

    Every worker gets a module-scoped fixture of its own; the first to take the lock builds, the
    others wait and read its result (JSON) and files. Without fcntl (not POSIX) each one builds.
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the workers of this session
    folder = base / f"shared-{name}"
    result_file = folder / "result.json"
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        folder = Path(tmp_path_factory.mktemp(name))
        return folder, make(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with (base / f"shared-{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not result_file.exists():
                result = make(folder / "work")
                result_file.write_text(json.dumps(result), encoding="utf-8")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return folder / "work", json.loads(result_file.read_text(encoding="utf-8"))


def load_summary(path: Path) -> Summary:
    """A summary file, validated; parsed with libyaml when there is one (summaries of long articles
    run to megabytes, which the pure-Python loader takes many seconds to read)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return Summary.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))
