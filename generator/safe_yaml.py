"""YAML loading that refuses hostile input (alias bombs, huge files, non-mapping junk)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_YAML_BYTES = 5_000_000
MAX_ALIASES = 100
MAX_DEPTH = 100  # nested mappings and lists; deeper input would exhaust the composer's stack


class YamlError(Exception):
    """A YAML file could not be read; the message names the file and the problem."""


class _GuardedLoader(yaml.SafeLoader):
    """SafeLoader that counts alias expansions: nested aliases ("billion laughs") are refused."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._alias_count = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            self._alias_count += 1
            if self._alias_count > MAX_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_ALIASES} aliases: refusing a possible alias bomb")
        return super().compose_node(parent, index)


# libyaml's parser, when PyYAML was built with it: ten times faster than the pure-Python one, which
# matters for a thousand articles' front matter on every build. Its composer is C code, so aliases
# cannot be counted there: text with an alias ('*name') goes through the guarded loader instead.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def _check_depth(text: str) -> None:
    """Refuse deep nesting before composing: libyaml's composer recurses in C (a crash, not an
    error) and the pure-Python one runs out of stack. The parser's events need no recursion."""
    depth = 0
    for event in yaml.parse(text, Loader=_FAST_LOADER or yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.YAMLError(f"nested more than {MAX_DEPTH} levels deep: refusing to parse it")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load_yaml_text(text: str, origin: str) -> Any:
    """Parse YAML text; `origin` names the file in error messages."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise YamlError(f"{origin}: larger than {MAX_YAML_BYTES} bytes; refusing to parse it")
    try:
        _check_depth(text)
        loader = _FAST_LOADER if _FAST_LOADER is not None and "*" not in text else _GuardedLoader
        return yaml.load(text, Loader=loader)  # noqa: S506 - SafeLoader or its C version
    except RecursionError as exc:
        raise YamlError(f"{origin}: nested too deeply; refusing to parse it") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlError(f"{origin}{where}: invalid YAML: {problem}") from exc


def load_yaml_file(path: Path) -> Any:
    """Read and parse a YAML file as UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise YamlError(f"{path}: cannot read: {exc.strerror}") from exc
    if len(data) > MAX_YAML_BYTES:
        raise YamlError(f"{path}: larger than {MAX_YAML_BYTES} bytes; refusing to parse it")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    return load_yaml_text(text, str(path))
