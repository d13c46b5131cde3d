"""A desk folder and the tool's built-in files: what a desk may leave out, and `briefing init`.

A desk is a folder with `seeds/`, `site_config/` and `summaries/`. Templates, static assets and
the MkDocs configuration are optional there: what the desk has wins, the rest comes from the
package (`generator.templates`, `generator.docs_assets`, `generator.scaffold`), so a desk made
by `briefing init` builds with a wheel installed anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent

# Where each built-in folder lies in this repository (a checkout or an editable install); a wheel
# puts them all inside the package.
_SOURCE_LAYOUT = {"templates": "templates", "docs_assets": "docs_assets", "scaffold": "generator/scaffold"}

# What `briefing init` writes: path in the new desk -> file in the scaffold.
SCAFFOLD_FILES: dict[str, str] = {
    "site_config/site.yml": "site_config/site.yml",
    "site_config/actors.yml": "site_config/actors.yml",
    "site_config/tracks.yml": "site_config/tracks.yml",
    "seeds/README.md": "seeds/README.md",
    "mkdocs.yml": "mkdocs.yml",
    ".github/workflows/site.yml": "workflow-site.yml",
    ".gitignore": "gitignore",
}


def builtin_dir(name: str) -> Path:
    """The package's own copy of `templates`, `docs_assets` or `scaffold`, as a folder on disk."""
    if name not in _SOURCE_LAYOUT:
        raise ValueError(f"no built-in folder {name!r}")
    installed = PACKAGE_DIR / name  # where the wheel puts it
    return installed if installed.is_dir() else PACKAGE_DIR.parent / _SOURCE_LAYOUT[name]


def template_dirs(root: Path) -> list[Path]:
    """Folders Jinja looks in, the desk's own `templates/` first."""
    own = root / "templates"
    builtin = builtin_dir("templates")
    return [own, builtin] if own.is_dir() and own.resolve() != builtin.resolve() else [builtin]


def asset_dirs(root: Path) -> list[Path]:
    """Folders of static files, the desk's own `docs_assets/` first (its files win by path)."""
    own = root / "docs_assets"
    builtin = builtin_dir("docs_assets")
    return [own, builtin] if own.is_dir() and own.resolve() != builtin.resolve() else [builtin]


def mkdocs_file(root: Path) -> Path:
    """The MkDocs configuration a build inherits: the desk's `mkdocs.yml`, else the tool's default."""
    own = root / "mkdocs.yml"
    return own if own.exists() else builtin_dir("scaffold") / "mkdocs.yml"


@dataclass
class InitReport:
    """What `init_desk` wrote and what it left alone."""

    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def init_desk(target: Path) -> InitReport:
    """Write the starter files of a desk into target; a file that exists is never overwritten."""
    scaffold = builtin_dir("scaffold")
    report = InitReport()
    for relative, source in SCAFFOLD_FILES.items():
        path = target / relative
        if path.exists() or path.is_symlink():
            report.kept.append(relative)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as handle:  # "x": a file that appeared meanwhile is not replaced
            handle.write((scaffold / source).read_bytes())
        report.created.append(relative)
    for folder in ("summaries", "site_config/corrections"):
        (target / folder).mkdir(parents=True, exist_ok=True)
    return report
