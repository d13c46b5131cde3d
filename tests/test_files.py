"""Atomic writes and the cache's pickles."""

from __future__ import annotations

from pathlib import Path

from generator.files import cached_pickle, read_pickle, write_atomic, write_pickle


def test_write_atomic_says_whether_it_wrote(tmp_path: Path) -> None:
    path = tmp_path / "a" / "page.md"
    assert write_atomic(path, "one") is True
    assert write_atomic(path, "one") is False
    assert write_atomic(path, "two") is True and path.read_text(encoding="utf-8") == "two"
    assert [p.name for p in path.parent.iterdir()] == ["page.md"]  # no temporary file left


def test_a_cut_or_foreign_pickle_reads_as_missing(tmp_path: Path) -> None:
    path = tmp_path / "x.pickle"
    write_pickle(path, {"a": 1})
    assert read_pickle(path) == {"a": 1}
    path.write_bytes(path.read_bytes()[:5])
    assert read_pickle(path) is None
    path.write_bytes(b"not a pickle")
    assert read_pickle(path) is None
    assert read_pickle(tmp_path / "missing.pickle") is None


def test_cached_pickle_builds_once_and_replaces_older_keys(tmp_path: Path) -> None:
    calls: list[str] = []

    def build(value: str) -> dict[str, str]:
        calls.append(value)
        return {"value": value}

    folder = tmp_path / "indexes"
    first = folder / "names-aaaa.pickle"
    assert cached_pickle(first, dict, lambda: build("a")) == {"value": "a"}
    assert cached_pickle(first, dict, lambda: build("again")) == {"value": "a"}
    assert calls == ["a"]
    # Something else under the key (a cut file, another type): built again.
    first.write_bytes(b"\x80")
    assert cached_pickle(first, dict, lambda: build("b")) == {"value": "b"}
    assert cached_pickle(first, list, lambda: ["c"]) == ["c"]
    # A new key removes the old one of the same name, not those of other names.
    other = folder / "places-latin-aaaa.pickle"
    cached_pickle(other, dict, lambda: build("p"))
    second = folder / "names-bbbb.pickle"
    cached_pickle(second, dict, lambda: build("d"))
    assert sorted(p.name for p in folder.iterdir()) == ["names-bbbb.pickle", "places-latin-aaaa.pickle"]
    # With `keep`, the newest keys of a name stay (projects with other registries share the folder).
    cached_pickle(folder / "names-cccc.pickle", dict, lambda: build("f"), keep=2)
    cached_pickle(folder / "names-dddd.pickle", dict, lambda: build("g"), keep=2)
    assert sorted(p.name for p in folder.glob("names-*")) == ["names-cccc.pickle", "names-dddd.pickle"]
    # No folder: built every time, nothing written.
    assert cached_pickle(None, dict, lambda: build("e")) == {"value": "e"}
