"""`briefing check`: configuration cross-references and every summary against the schema."""

from __future__ import annotations

import json
from collections.abc import Sequence, Set
from pathlib import Path

import jsonschema

from generator.config import SiteConfig
from generator.gazetteer import name_index
from generator.safe_yaml import YamlError, load_yaml_file
from generator.schema import Span, Summary, json_schema
from generator.summarise import SummaryError, load_corrections, parse_summary

SCHEMA_FILE = Path("schema") / "summary.schema.json"


def _check_references(summary: Summary, origin: str, known: Set[str] = frozenset()) -> list[str]:
    """Every quote's speaker and event's participant is an actor of the article, or one the registry
    and gazetteers know (a country an event names only by its adjective: "the Russian delegation")."""
    errors: list[str] = []
    ids = {a.id for a in summary.actors + summary.places} | known
    for n, quote in enumerate(summary.quotes):
        if quote.speaker and quote.speaker not in ids:
            errors.append(f"{origin}: quotes.{n}.speaker: {quote.speaker!r} is not among the article's actors")
    for n, event in enumerate(summary.events):
        for who in event.participants:
            if who not in ids:
                errors.append(f"{origin}: events.{n}.participants: {who!r} is not among the article's actors "
                              "or known to the registry")
    spans: list[tuple[str, Sequence[Span]]] = [
        ("dates", summary.dates), ("quotes", summary.quotes), ("events", summary.events), ("numbers", summary.numbers)]
    for key, items in spans:
        for n, item in enumerate(items):
            if item.end < item.start:
                errors.append(f"{origin}: {key}.{n}: end {item.end} is before start {item.start}")
    return errors


def check_corrections(folder: Path) -> list[str]:
    """Every corrections file that cannot be read or does not match the corrections format."""
    errors: list[str] = []
    if not folder.is_dir():
        return errors
    for path in sorted(folder.glob("*.y*ml")):
        try:
            load_corrections(path)
        except SummaryError as exc:
            errors.append(f"{exc} (the corrections in it are not applied until it is fixed)")
    return errors


def check_project(config: SiteConfig, summaries_dir: Path) -> list[str]:
    """Every problem found, one message per problem naming the file and the key."""
    errors: list[str] = check_corrections(config.path("corrections"))
    schema_path = config.root / SCHEMA_FILE
    if not schema_path.exists():
        # A desk need not keep a copy: the schema is the tool's own (`briefing schema` exports it).
        schema = json.loads(json_schema())
    else:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        if schema_path.read_text(encoding="utf-8") != json_schema():
            errors.append(f"{schema_path}: out of date with generator/schema.py; run `briefing schema`")
    validator = jsonschema.Draft202012Validator(schema)
    known = set(name_index(config).entries)  # the registry's actors, countries and cities
    if not summaries_dir.is_dir():
        return [*errors, f"{summaries_dir}: no summaries folder; run `briefing extract`"]
    for path in sorted(summaries_dir.glob("*.yml")):
        try:
            data = load_yaml_file(path)
        except YamlError as exc:
            errors.append(str(exc))
            continue
        found = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
        for error in found:
            key = ".".join(map(str, error.absolute_path)) or "(top level)"
            errors.append(f"{path}: {key}: {error.message}")
        if found:
            continue
        try:
            summary = parse_summary(path.read_text(encoding="utf-8"), str(path))
        except SummaryError as exc:
            errors.append(str(exc))
            continue
        if summary.article.id != path.stem:
            errors.append(f"{path}: article.id: {summary.article.id!r} does not match the file name")
        errors += _check_references(summary, str(path), known)
    return errors
