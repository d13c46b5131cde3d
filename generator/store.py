"""What is current and what must be redone: the one owner of the tool's stored results.

The committed summaries are the record. Each summary file carries its `Provenance`: short hashes
of the article as read, the analysers and models, the configuration extraction reads, the tool's
code, and the article's corrections file. A summary whose provenance is the one this run would
write is current and is used as it is, on any machine, with no private cache: a fresh clone
analyses only new and changed articles.

Under the cache folder (private, never committed, safe to delete) sit pickles that only save
time, all through `Cache`:

- `analysis/`: analysed documents, by article and analyser (see `generator.analyse`), so that
  editing tracks.yml re-extracts without re-analysing;
- `machine/`: machine summaries (before the cross-article merge and the corrections), by the
  provenance less the corrections, so that editing a corrections file re-extracts nothing;
- `committed/`: parsed summary files, by the hash of their bytes, so that a warm build does not
  parse a thousand YAML files again;
- `ingested-<code>.pickle`: what reading each article file gave, by its bytes, path and settings
  (`ReadStore`), so that a build does not parse every article file again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.config import SiteConfig
from generator.files import collector_paused, read_pickle, write_atomic, write_pickle
from generator.fingerprints import extraction_code_fingerprint, ingestion_code_fingerprint, package_version
from generator.ingest import IngestProblem
from generator.records import Article
from generator.schema import Provenance, Summary
from generator.summarise import SummaryError, parse_summary, summary_yaml

T = TypeVar("T")
PARALLEL_PARSE = 200  # summary files to parse before it is worth starting worker processes


class Cache:
    """A folder of pickles under the cache folder, one per key; a missing or unreadable entry is None."""

    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.folder = folder
        self.enabled = enabled

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str, kind: type[T]) -> T | None:
        if not self.enabled:
            return None
        value = read_pickle(self._path(key))
        return value if isinstance(value, kind) else None

    def put(self, key: str, value: object) -> None:
        if self.enabled:
            write_pickle(self._path(key), value)


def _short(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def file_hash(path: Path) -> str | None:
    """A short hash of a file's bytes; None when there is no such file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return None


def provenance(article: Article, selection: str, config: SiteConfig, corrections: str | None) -> Provenance:
    """The provenance a summary of `article` made now would carry (`selection`: the analysers serving
    each language, from `generator.analyse.selection_fingerprint`)."""
    identity = json.dumps([article.content_hash, article.id, article.path.as_posix(), article.fmt,
                           article.encoding, article.title_in_text])
    return Provenance(
        article=_short(identity),
        analyser=_short(selection),
        configuration=_short(config.analysis_fingerprint, config.fingerprint),
        extractor=f"{package_version('briefing-digest')}+{extraction_code_fingerprint()}",
        corrections=corrections,
    )


def _parse(data: bytes) -> str | None:
    """A summary file's bytes as the summary's JSON; None when it is not a summary this tool reads
    (it is then made again, and the file replaced)."""
    try:
        return parse_summary(data.decode("utf-8"), "summary").model_dump_json()
    except (SummaryError, UnicodeDecodeError):
        return None


def _parse_chunk(chunk: list[bytes]) -> list[str | None]:
    return [_parse(data) for data in chunk]


def _parse_all(files: list[bytes], workers: int) -> list[str | None]:
    if workers < 2 or len(files) < PARALLEL_PARSE:
        return _parse_chunk(files)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(files) // (workers * 4))
    chunks = [files[n:n + size] for n in range(0, len(files), size)]
    methods = multiprocessing.get_all_start_methods()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork" if "fork" in methods else None),
                             ) as pool:
        return [summary for chunk in pool.map(_parse_chunk, chunks) for summary in chunk]


def machine_key(made_from: Provenance) -> str:
    """The cache key of a machine summary: its provenance less the corrections."""
    return _short(made_from.article, made_from.analyser, made_from.configuration, made_from.extractor)


class ReadStore:
    """The memo of `generator.ingest.ingest_folder` (`ReadMemo`), one pickle for this reading code:
    it keeps the entries of the last build only, and is written when they changed."""

    def __init__(self, config: SiteConfig, use_cache: bool = True) -> None:
        self.path = config.path("cache") / f"ingested-{ingestion_code_fingerprint()}.pickle" if use_cache else None
        found = read_pickle(self.path) if self.path is not None else None
        self._before: dict[str, tuple[list[Article], list[IngestProblem]]] = found if isinstance(found, dict) else {}
        self._kept: dict[str, tuple[list[Article], list[IngestProblem]]] = {}

    def get(self, key: str) -> tuple[list[Article], list[IngestProblem]] | None:
        value = self._before.get(key)
        if value is not None:
            self._kept[key] = value
        return value

    def put(self, key: str, value: tuple[list[Article], list[IngestProblem]]) -> None:
        self._kept[key] = value

    def save(self) -> None:
        if self.path is None or self._kept.keys() == self._before.keys():
            return
        write_pickle(self.path, self._kept)
        for old in self.path.parent.glob("ingested-*.pickle"):  # what older code read
            if old != self.path:
                old.unlink(missing_ok=True)


@dataclass
class WriteReport:
    """Summary files a run wrote (new or changed), left as they were, and removed."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def summary_file_digest(data: bytes) -> str:
    """The hash by which a summary file's bytes are known (the parsed cache's key, the render's inputs)."""
    return hashlib.sha256(data).hexdigest()[:32]


class SummaryStore:
    """The summaries folder and the caches behind it: which summaries are current, and keeping
    what a run makes."""

    def __init__(self, config: SiteConfig, folder: Path, use_cache: bool = True) -> None:
        self.folder = folder
        self.corrections_dir = config.path("corrections")
        cache_dir = config.path("cache")
        self.machine_cache = Cache(cache_dir / "machine", use_cache)
        self.parsed_cache = Cache(cache_dir / "committed", use_cache)
        self.report = WriteReport()
        self._hashes: dict[str, str] = {}  # article id -> hash of its summary file's bytes, as read or written

    def path(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.yml"

    def corrections_path(self, article_id: str) -> Path:
        return self.corrections_dir / f"{article_id}.yml"

    def committed(self, wanted: dict[str, Provenance], workers: int = 1) -> dict[str, Summary]:
        """The committed summaries that are current: made from the provenance `wanted` (by article id).

        Files the parsed cache does not hold (a fresh clone: all of them) are parsed on `workers`
        processes when there are many: parsing the YAML is most of a fresh clone's extract stage.
        """
        found: dict[str, tuple[str, bytes]] = {}
        summaries: dict[str, Summary] = {}
        with collector_paused():  # a thousand summaries made, each kept
            for article_id in wanted:
                try:
                    data = self.path(article_id).read_bytes()
                except OSError:
                    continue
                digest = summary_file_digest(data)
                cached = self.parsed_cache.get(digest, str)
                if cached is None:
                    found[article_id] = (digest, data)
                    continue
                try:
                    summaries[article_id] = Summary.model_validate_json(cached)
                    self._hashes[article_id] = digest
                except ValueError:
                    found[article_id] = (digest, data)
            for article_id, summary_json in zip(found, _parse_all([data for _, data in found.values()], workers),
                                                strict=True):
                if summary_json is not None:
                    digest = found[article_id][0]
                    self.parsed_cache.put(digest, summary_json)
                    summaries[article_id] = Summary.model_validate_json(summary_json)
                    self._hashes[article_id] = digest
        return {article_id: summary for article_id, summary in summaries.items()
                if summary.provenance == wanted[article_id] and summary.article.id == article_id}

    def machine(self, made_from: Provenance) -> Summary | None:
        """The machine summary made from these inputs, if a run here kept it."""
        cached = self.machine_cache.get(machine_key(made_from), str)
        if cached is None:
            return None
        try:
            return Summary.model_validate_json(cached)
        except ValueError:
            return None

    def keep_machine(self, made_from: Provenance, summary_json: str) -> None:
        self.machine_cache.put(machine_key(made_from), summary_json)

    def write(self, summary: Summary, text: str | None = None, summary_json: str | None = None) -> None:
        """Write a summary file (its YAML `text` and JSON when already made); an unchanged file is not touched."""
        assert summary.provenance is not None, "a summary is written with its provenance"
        text = text if text is not None else summary_yaml(summary)
        name = f"{summary.article.id}.yml"
        data = text.encode("utf-8")
        if write_atomic(self.path(summary.article.id), text):
            self.report.written.append(name)
        else:
            self.report.unchanged.append(name)
        digest = self._hashes[summary.article.id] = summary_file_digest(data)
        if self.parsed_cache.enabled:
            self.parsed_cache.put(digest, summary_json or summary.model_dump_json())

    def unchanged(self, article_id: str) -> None:
        """A current summary stays as committed."""
        self.report.unchanged.append(f"{article_id}.yml")

    def digest(self, article_ids: list[str]) -> str:
        """One hash of these articles' summary files as they now are (for the render stage's stamp)."""
        digest = hashlib.sha256()
        for article_id in article_ids:
            digest.update(f"{article_id}:{self._hashes.get(article_id, '-')};".encode())
        return digest.hexdigest()

    def digests(self, article_ids: list[str]) -> dict[str, str]:
        """The hash of each of these articles' summary files as they now are (those known)."""
        return {article_id: self._hashes[article_id] for article_id in article_ids if article_id in self._hashes}

    def prune(self, keep: set[str]) -> None:
        """Remove the summaries of articles that are gone (`keep`: the article ids)."""
        if self.folder.is_dir():
            # os.scandir: pathlib's glob takes a second over 5,000 files here.
            names = sorted(entry.name for entry in os.scandir(self.folder))
            for name in names:
                if name.endswith(".yml") and not name.startswith(".") and name[:-4] not in keep:
                    (self.folder / name).unlink()
                    self.report.removed.append(name)
                elif name.startswith(".") and ".yml." in name and name.endswith(".tmp"):
                    (self.folder / name).unlink(missing_ok=True)  # from a build killed mid-write
