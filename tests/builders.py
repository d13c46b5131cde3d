"""Tiny fixture builders: a project folder with a small registry, and analysed documents."""

from __future__ import annotations

import hashlib
import shutil
import textwrap
from pathlib import Path

from generator.analyse.offline import OfflineAnalyser
from generator.config import SiteConfig, load_config
from generator.records import AnalysedDoc, Article

REPO = Path(__file__).resolve().parents[1]
# The tool's default MkDocs configuration (this repository's mkdocs.yml inherits it by a relative path).
MKDOCS_DEFAULT = REPO / "generator" / "scaffold" / "mkdocs.yml"

# A registry written for the tests (names in four scripts), independent of the desk's registry.
ACTORS_YML = """
actors:
  - {id: russia, name: Russia, type: country, variants: {ru: [Россия, РФ], uk: [Росія, РФ], ar: [روسيا]}}
  - {id: united-states, name: United States, type: country, aliases: [U.S., USA],
     variants: {ru: [США], uk: [США], ar: [الولايات المتحدة]}}
  - {id: ukraine, name: Ukraine, type: country, variants: {uk: [Україна], ru: [Украина], ar: [أوكرانيا]}}
  - {id: vladimir-putin, name: Vladimir Putin, type: person, role: President of Russia, country: russia,
     variants: {ru: [Владимир Путин], uk: [Володимир Путін], ar: [فلاديمير بوتين]}}
  - {id: sergey-lavrov, name: Sergey Lavrov, type: person, role: Foreign Minister of Russia, country: russia,
     aliases: [Sergei Lavrov], variants: {ru: [Сергей Лавров], uk: [Сергій Лавров], ar: [سيرغي لافروف]}}
  - {id: marco-rubio, name: Marco Rubio, type: person, role: US Secretary of State, country: united-states,
     variants: {ru: [Марко Рубио], uk: [Марко Рубіо], ar: [ماركو روبيو]}}
  - {id: andrii-sybiha, name: Andrii Sybiha, type: person, role: Foreign Minister of Ukraine, country: ukraine,
     variants: {uk: [Андрій Сибіга], ru: [Андрей Сибига], ar: [أندريه سيبيها]}}
  - {id: kremlin, name: Kremlin, type: organization, variants: {ru: [Кремль], uk: [Кремль], ar: [الكرملين]}}
  - {id: white-house, name: White House, type: organization, variants: {ru: [Белый дом], uk: [Білий дім]}}
  - {id: moscow, name: Moscow, type: place, country: russia, variants: {ru: [Москва], uk: [Москва], ar: [موسكو]}}
  - {id: geneva, name: Geneva, type: place, variants: {ru: [Женева], uk: [Женева], ar: [جنيف]}}
"""

TRACKS_YML = """
min_score: 2
tracks:
  - id: us-russia-bilateral
    title: US–Russia bilateral channel
    cues:
      keywords: {en: [embassy, visa], ru: [посольство, виза], uk: [посольство, віза], ar: [تاشيرات, سفاره]}
      pairs: [[russia, united-states]]
  - id: arms-control
    title: Arms control
    cues:
      keywords: {en: [nuclear, "arms control"], ru: [ядерный], uk: [ядерний], ar: [النووي]}
"""


def make_project(root: Path, files: dict[str, str] | None = None, templates: bool = True) -> Path:
    """A project folder: site_config with the test registry, optional extra files (path -> text)."""
    (root / "site_config").mkdir(parents=True, exist_ok=True)
    (root / "site_config" / "actors.yml").write_text(ACTORS_YML, encoding="utf-8")
    (root / "site_config" / "tracks.yml").write_text(TRACKS_YML, encoding="utf-8")
    if templates:
        shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
        shutil.copy(MKDOCS_DEFAULT, root / "mkdocs.yml")
        if (REPO / "docs_assets").is_dir():
            shutil.copytree(REPO / "docs_assets", root / "docs_assets", dirs_exist_ok=True)
    for rel, text in (files or {}).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def make_article(text: str, lang: str | None = None, article_id: str = "a1") -> Article:
    """An Article built in memory."""
    return Article(id=article_id, path=Path(f"seeds/{article_id}.txt"), text=text, title=text.split("\n")[0][:60],
                   lang=lang, date=None, source=None, url=None,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())


def analyse_text(config: SiteConfig, text: str, lang: str) -> AnalysedDoc:
    """The offline analyser's view of a text."""
    return OfflineAnalyser(config).analyse(make_article(text, lang), lang)


def project_config(root: Path) -> SiteConfig:
    make_project(root, templates=False)
    return load_config(root)


def config_with_actors(root: Path, *actors: str) -> SiteConfig:
    """The test project with more registry entries, each a YAML flow mapping ("{id: ..., name: ...}")."""
    make_project(root, templates=False)
    with (root / "site_config" / "actors.yml").open("a", encoding="utf-8") as registry:
        registry.writelines(f"  - {actor}\n" for actor in actors)
    return load_config(root)


# Two short articles over the test registry, used by the CLI and incremental-build tests.
SAMPLE_ARTICLES = {
    "seeds/uk-talks.md": """
        ---
        title: Лавров і Рубіо обговорили роботу посольств
        date: 2025-03-04
        source: Test desk
        ---
        Міністр закордонних справ Росії Сергій Лавров зустрівся з Марко Рубіо у Женеві.
        "Ми домовилися відновити роботу посольств і видачу віз", — заявив Лавров.
        Розмова тривала три години.
        """,
    "seeds/ar-talks.txt": """
        لافروف وروبيو في جنيف

        التقى وزير الخارجية الروسي سيرغي لافروف مع ماركو روبيو في جنيف يوم الثلاثاء.
        وقال لافروف إن "الحوار حول التأشيرات والسفارات كان مفيدا جدا للطرفين".
        """,
}
