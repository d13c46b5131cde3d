"""Check that this Python environment holds exactly the locked versions (`make setup` runs it).

Usage: python scripts/check_lock.py requirements/lock.txt [requirements/torch-cpu.txt ...]

Every requirement of the lock files whose environment marker applies here must be installed at
its locked version, and nothing else may be installed but pip and the project itself. Prints each
difference and exits 1 when there is one, so a stale or hand-changed environment is never tested.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

PINNED = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")
# Installed by the setup itself, not by the lock: the installer and the project under test.
NOT_LOCKED = {"pip", "briefing-digest"}


def locked(paths: list[Path]) -> dict[str, str]:
    """Package name -> version for every pinned line whose marker applies to this environment."""
    versions: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            match = PINNED.match(line.strip())
            if not match:
                continue
            name, version, marker = match.groups()
            if marker and not Marker(marker).evaluate():
                continue
            versions[canonicalize_name(name)] = version
    return versions


def installed() -> dict[str, str]:
    """Package name -> version of every distribution this interpreter sees."""
    return {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}


def differences(want: dict[str, str], have: dict[str, str]) -> list[str]:
    """One line per package that is missing, at another version, or not in the lock."""
    lines = []
    for name in sorted(want):
        if name not in have:
            lines.append(f"missing: {name}=={want[name]}")
        elif have[name] != want[name]:
            lines.append(f"wrong version: {name} {have[name]} installed, {want[name]} locked")
    for name in sorted(set(have) - set(want) - NOT_LOCKED):
        lines.append(f"not in the lock: {name}=={have[name]}")
    return lines


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    found = differences(locked([Path(a) for a in argv]), installed())
    for line in found:
        print(f"check_lock: {line}", file=sys.stderr)
    if found:
        print("check_lock: this environment is not the locked one; delete .venv and run `make setup`, or refresh the "
              "lock with `make lock`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
