"""The Stanza backend: Stanza's neural pipeline (tokenize, mwt, lemma, ner) per language.

Models live in a Stanza resources directory: `site.yml` `stanza_dir`, else the
`STANZA_RESOURCES_DIR` environment variable, else Stanza's default. A language is available when
its tokenizer model is on disk; NER, MWT and lemma models are used when present. Pipelines are
loaded lazily, once per language, and documents go through `bulk_process` in batches. Names the
registry knows (also lower-case or inflected ones NER misses) are added by the shared matcher.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from functools import cached_property
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from generator.analyse.base import AnalyserUnavailable, register_backend
from generator.config import SiteConfig
from generator.gazetteer import ENTITY_TYPE, NameIndex, name_index
from generator.records import AnalysedDoc, Article, EntityMention, Sentence, Token

# Stanza itself is imported only when a pipeline is loaded or models are downloaded: importing it
# loads torch, seconds that a build whose articles all come from the cache should not pay.
if find_spec("stanza") is None:
    raise ImportError("stanza is not installed")  # the backend is simply not registered
VERSION = f"stanza-{metadata.version('stanza')}-1"
# Stanza's tag sets (OntoNotes for English, CoNLL-style elsewhere) mapped onto PER/ORG/LOC/MISC.
TYPE_MAP = {
    "PER": "PER", "PERSON": "PER", "PERS": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "LOCATION": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "PRODUCT": "MISC", "LANGUAGE": "MISC",
}
OPTIONAL_PROCESSORS = ("mwt", "lemma", "ner")
BATCH_SIZE = 32


def resources_dir(config: SiteConfig) -> Path:
    """Where Stanza models are looked for."""
    if config.site.stanza_dir:
        return (config.root / config.site.stanza_dir).resolve()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env).expanduser().resolve() if env else _stanza_default_dir()


def _stanza_default_dir() -> Path:
    """Stanza's default (`stanza.resources.common.DEFAULT_MODEL_DIR`), found without importing it."""
    from platformdirs import user_cache_dir

    version = metadata.version("stanza")
    spec = find_spec("stanza")
    if spec is not None and spec.submodule_search_locations:
        # The resources version is set apart from the package's (stanza/_version.py).
        source = Path(next(iter(spec.submodule_search_locations))) / "_version.py"
        try:
            found = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)", source.read_text(encoding="utf-8"))
        except OSError:
            found = None
        version = found.group(1) if found else version
    return Path(user_cache_dir("stanza", "StanfordNLP", version)) / "resources"


def installed_processors(directory: Path) -> dict[str, list[str]]:
    """Languages with a tokenizer on disk, and the processors installed for each."""
    try:
        resources = json.loads((directory / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, list[str]] = {}
    for lang, entry in sorted(resources.items()):
        if not isinstance(entry, dict) or not (directory / lang / "tokenize").is_dir():
            continue
        if not any((directory / lang / "tokenize").glob("*.pt")):
            continue
        found[lang] = ["tokenize"] + [
            proc for proc in OPTIONAL_PROCESSORS if proc in entry and any((directory / lang / proc).glob("*.pt"))
        ]
    return found


def _import_stanza(lang: str) -> Any:
    """The stanza package, imported on first need; a broken install (torch) says so by language."""
    try:
        import stanza
    except ImportError as exc:
        raise AnalyserUnavailable("stanza", lang, f"stanza cannot be imported ({exc})",
                                  "Reinstall it: pip install -e '.[stanza]' (CPU torch first)") from exc
    return stanza


def install_hint(lang: str) -> str:
    """The command that installs the models of a language."""
    return f"Install Stanza models with: briefing models download {lang}"


class StanzaAnalyser:
    """Stanza pipelines, one per language, loaded on first use."""

    name = "stanza"
    version = VERSION

    def __init__(self, config: SiteConfig) -> None:
        self.config = config
        self.directory = resources_dir(config)
        self._pipelines: dict[str, Any] = {}

    @cached_property
    def installed(self) -> dict[str, list[str]]:
        return installed_processors(self.directory)

    @cached_property
    def names(self) -> NameIndex:
        return name_index(self.config)

    def languages(self) -> frozenset[str] | None:
        return frozenset(self.installed)

    def install_hint(self, lang: str) -> str:
        return install_hint(lang)

    def _device(self) -> str:
        wanted = self.config.site.device
        if wanted != "auto":
            return wanted
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"

    def pipeline(self, lang: str) -> Any:
        """The pipeline of a language, loaded once."""
        if lang not in self._pipelines:
            if lang not in self.installed:
                raise AnalyserUnavailable("stanza", lang, f"no models in {self.directory}", install_hint(lang))
            stanza = _import_stanza(lang)
            self._pipelines[lang] = stanza.Pipeline(
                lang, dir=str(self.directory), processors=",".join(self.installed[lang]),
                download_method=None, logging_level="WARN", device=self._device(),
                tokenize_no_ssplit=False,
            )
        return self._pipelines[lang]

    def analyse(self, article: Article, lang: str) -> AnalysedDoc:
        return self.analyse_batch([(article, lang)])[0]

    def analyse_batch(self, items: Sequence[tuple[Article, str]]) -> list[AnalysedDoc]:
        results: dict[int, AnalysedDoc] = {}
        by_lang: dict[str, list[int]] = {}
        for position, (_, lang) in enumerate(items):
            by_lang.setdefault(lang, []).append(position)
        for lang in sorted(by_lang):
            positions = by_lang[lang]
            pipe = self.pipeline(lang)
            stanza = _import_stanza(lang)
            for start in range(0, len(positions), BATCH_SIZE):
                chunk = positions[start:start + BATCH_SIZE]
                docs = pipe.bulk_process([stanza.Document([], text=items[p][0].text) for p in chunk])
                for position, doc in zip(chunk, docs, strict=True):
                    results[position] = self._convert(items[position][0], lang, doc)
        return [results[p] for p in range(len(items))]

    def _convert(self, article: Article, lang: str, doc: Any) -> AnalysedDoc:
        sentences: list[Sentence] = []
        for index, sent in enumerate(doc.sentences):
            tokens: list[Token] = []
            for token in sent.tokens:
                words = token.words
                lemma = words[0].lemma if len(words) == 1 else None
                tokens.append(Token(token.text, token.start_char, token.end_char, lemma, words[0].upos))
            if tokens:
                begin, end = tokens[0].start, tokens[-1].end
                sentences.append(Sentence(index, begin, end, article.text[begin:end], tuple(tokens)))
        entities = self._entities(article.text, sentences, doc)
        return AnalysedDoc(article=article, lang=lang, analyser=self.name, sentences=tuple(sentences),
                           entities=tuple(entities))

    def _entities(self, text: str, sentences: list[Sentence], doc: Any) -> list[EntityMention]:
        """NER mentions, linked to known names where the matcher agrees, plus registry names NER missed."""
        found: list[EntityMention] = []
        starts = [s.start for s in sentences]
        for ent in getattr(doc, "ents", []):
            kind = TYPE_MAP.get(ent.type)
            if kind is None:
                continue
            where = max((i for i, s in enumerate(starts) if s <= ent.start_char), default=0)
            found.append(EntityMention(text[ent.start_char:ent.end_char], ent.start_char, ent.end_char, kind,
                                       where, None, "model"))
        for sentence in sentences:
            for match in self.names.match(sentence.tokens):
                entry = self.names.entries[match.entry_id]
                first, last = sentence.tokens[match.first_token], sentence.tokens[match.last_token]
                linked = EntityMention(text[first.start:last.end], first.start, last.end,
                                       ENTITY_TYPE[entry.type], sentence.index, entry.id, "registry")
                overlapping = [m for m in found if m.start < linked.end and linked.start < m.end]
                if overlapping:
                    found = [m for m in found if m not in overlapping]
                found.append(linked)
        return sorted(found, key=lambda m: (m.start, m.end))


@register_backend("stanza", layers=("sentences", "tokens", "lemmas", "entities"),
                  description="Stanza neural pipeline (models from a resources directory)")
def create_stanza(config: SiteConfig) -> StanzaAnalyser:
    return StanzaAnalyser(config)


def download_models(langs: Sequence[str], config: SiteConfig) -> Path:
    """Fetch the models of languages into the resources directory (needs a network)."""
    import stanza

    directory = resources_dir(config)
    for lang in langs:
        try:
            stanza.download(lang, model_dir=str(directory), processors="tokenize,mwt,lemma,ner",
                            logging_level="WARN")
        except (ValueError, KeyError):  # a language without multi-word tokens has no mwt model
            stanza.download(lang, model_dir=str(directory), processors="tokenize,lemma,ner", logging_level="WARN")
    return directory
