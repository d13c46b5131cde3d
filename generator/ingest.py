"""Ingest stage: files in the seeds folder -> `Article` records, plus problems an editor can act on.

Readers are looked up by file suffix in `READERS` (the Pelican `readers.py` pattern), so a new format is
one function and one `register_reader` call. Every reader gets the raw bytes and a `ReadContext` that
decodes, builds articles and collects problems; one bad file never stops the others.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import hashlib
import html
import json
import math
import os
import re
import reprlib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Protocol
from urllib.parse import urlsplit

import charset_normalizer
from lxml import etree
from lxml import html as lxml_html
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from generator.furniture import strip_furniture
from generator.normalize import edit_distance
from generator.records import Article
from generator.safe_yaml import YamlError, load_yaml_text

DEFAULT_MAX_CHARS = 2_000_000
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ID_CHARS = 120
MAX_TITLE_LINE_CHARS = 200
FALLBACK_TITLE_CHARS = 120

ERROR = "error"
WARNING = "warning"

SAVE_AS_UTF8 = "Save the file as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding)."


# --------------------------------------------------------------------------------------------------
# Results and problems


@dataclass(frozen=True)
class IngestProblem:
    """Something wrong with one input file, phrased for the editor who has to fix it."""

    path: Path
    reason: str  # what is wrong
    advice: str  # what the editor should do
    severity: str  # "error" (article skipped) or "warning" (article kept)

    def message(self) -> str:
        """One line: "seeds/x.md: <reason>. <advice>"."""
        reason = self.reason.rstrip(". ")
        advice = self.advice.strip()
        if advice and advice[-1] not in ".!?":
            advice += "."
        return f"{PurePosixPath(self.path.as_posix())}: {reason}. {advice}".rstrip()


@dataclass(frozen=True)
class IngestResult:
    """All articles of a folder (sorted by id) and every problem met on the way (in path order)."""

    articles: tuple[Article, ...]
    problems: tuple[IngestProblem, ...]

    @property
    def errors(self) -> tuple[IngestProblem, ...]:
        """Problems that made an article or file be skipped."""
        return tuple(p for p in self.problems if p.severity == ERROR)

    @property
    def warnings(self) -> tuple[IngestProblem, ...]:
        """Problems that left the article in, possibly changed."""
        return tuple(p for p in self.problems if p.severity == WARNING)


class SkipFile(Exception):  # a control-flow signal for readers, hence no Error suffix
    """Raised by a reader to skip the whole file with one error problem."""

    def __init__(self, reason: str, advice: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.advice = advice


class NotTextError(ValueError):
    """The bytes are not text in any encoding we accept (binary, or an unrecognised encoding)."""

    def __init__(self, reason: str, advice: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.advice = advice


# --------------------------------------------------------------------------------------------------
# Decoding

# Order matters: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

# Signatures of formats editors drop into the seeds folder by mistake; naming them makes the advice concrete.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
)

# Legacy encodings worth guessing for this desk (Cyrillic, Arabic, Western) -> the name we report.
_LEGACY: dict[str, str] = {
    "cp1251": "windows-1251",
    "cp1256": "windows-1256",
    "koi8_r": "koi8-r",
    "cp1252": "windows-1252",
}
_PLAUSIBLE = 0.6  # minimum _text_score for a guessed legacy decoding
_DETECT_SAMPLE = 256 * 1024  # bytes given to the detector; enough to decide, cheap on 50 MB files
_SCORE_SAMPLE = 20_000  # characters scored per candidate

# Control bytes that never occur in text files (TAB, LF, VT, FF, CR and ESC excluded).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_STRIP_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")

_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
# Letter frequencies (per mille) of running text: Russian and Ukrainian averaged, and Arabic news text.
# They rank decodings that all look like words, e.g. KOI8-R read as Windows-1251 gives plausible
# ALL-CAPS Cyrillic, and Windows-1256 Arabic read as KOI8-R gives lower-case Cyrillic.
_FREQ_TABLES = {
    "C": "о100 а79 н72 и69 е68 т58 р55 с48 в48 к38 л35 п33 м32 і32 д31 у28 я20 з18 ь16 г16 б13 ч12 й11 "
    "ы9 ж9 ш8 х8 ю7 ц6 щ5 ї4 є4 ф4 э2 ґ1 ъ1 ё1",
    "A": "ا150 ل107 ي82 و61 م60 ن59 ت57 ر51 س32 ب28 د28 ف27 ق26 ة26 ك25 أ23 ع22 ه17 ح15 ج12 إ11 ث10 "
    "ط10 ى10 ض8 ش7 خ7 ز6 ئ5 ص5 ذ4 غ4 ء4 ؤ2 ظ2 آ1",
}
_LOG_FREQ: dict[str, dict[str, float]] = {
    script: {item[0]: math.log(int(item[1:]) / 1000) for item in table.split()}
    for script, table in _FREQ_TABLES.items()
}
_LOG_UNSEEN = math.log(0.5 / 1000)
_TEXTY_PUNCT = frozenset(
    "\u00a0«»–—‘’‚“”„…•№€°·‹›′″"  # typographic punctuation common in ru/uk/en/fr articles
    "،؛؟٪٫٬\u200c\u200d\u200e\u200f"  # Arabic punctuation and the joiners/marks Arabic text uses
)


@dataclass(frozen=True)
class Decoded:
    """Decoded, normalised text; `replaced` counts undecodable bytes turned into U+FFFD."""

    text: str
    encoding: str
    replaced: int = 0


def normalise_text(text: str) -> str:
    """NFC, \\n line ends, no NUL/C0/C1 control characters except \\n and \\t, no stray BOMs, and no
    Latin look-alike letter inside a Cyrillic word (or the other way round)."""
    # Line breaks first: \r is itself a control character and would otherwise be deleted.
    text = _LINE_BREAKS.sub("\n", text)
    text = _STRIP_CHARS.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _MIXED_WORD.sub(_one_alphabet, text)


# Letters that look the same in the Latin and Cyrillic alphabets: a word typed with both ("Mаркевич"
# with a Latin M) is one word of the alphabet most of its letters are in, letter for letter.
_LATIN_LOOKALIKES = "AaBCcEeHIiKMOoPpTXxy"
_CYRILLIC_LOOKALIKES = "АаВСсЕеНІіКМОоРрТХху"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+\b")


def _one_alphabet(match: re.Match[str]) -> str:
    word = match.group()
    cyrillic = [ch for ch in word if "\u0400" <= ch <= "\u04ff"]
    latin = [ch for ch in word if ch.isascii() and ch.isalpha()]
    minority, lookalikes, table = (latin, _LATIN_LOOKALIKES, _TO_CYRILLIC) if len(cyrillic) > len(latin) \
        else (cyrillic, _CYRILLIC_LOOKALIKES, _TO_LATIN)
    if any(ch not in lookalikes for ch in minority):
        return word  # a letter with no look-alike: two words glued, or a code ("COVIDвірус"), left as written
    return word.translate(table)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to normalised text; returns (text, encoding name) or raises NotTextError."""
    decoded = decode_bytes_detailed(data)
    return decoded.text, decoded.encoding


def decode_bytes_detailed(data: bytes, *, hint: str | None = None) -> Decoded:
    """Like `decode_bytes`, with a declared charset `hint` (HTML/XML) and the count of replaced bytes."""
    if not data:
        return Decoded("", "utf-8")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise NotTextError(
                f"binary file, not text (it looks like {kind})",
                "Convert it to .txt, .md or .html, or remove it from the seeds folder.",
            )
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise NotTextError(
                    f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"(bad byte at offset {exc.start + len(bom)})",
                    SAVE_AS_UTF8,
                ) from exc
            return Decoded(_checked_text(text), name)
    nuls = data.count(b"\x00")
    # A stray NUL or two (a bad paste) is stripped later; many mean UTF-16 without a BOM, or binary.
    if nuls > 16 or nuls * 500 > len(data):
        codec16 = _guess_utf16(data)
        if codec16 is not None:
            try:
                return Decoded(_checked_text(data.decode(codec16)), codec16)
            except UnicodeDecodeError:
                pass
        raise NotTextError(
            "binary file, not text (it contains NUL bytes)",
            "Convert it to .txt, .md or .html, or remove it from the seeds folder.",
        )
    head = data[:65536]
    if len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) * 0.05:
        raise NotTextError(
            "binary file, not text (it is mostly control bytes)",
            "Convert it to .txt, .md or .html, or remove it from the seeds folder.",
        )
    try:
        return Decoded(_checked_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    hinted = _decode_with_hint(data, hint)
    if hinted is not None:
        return hinted
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return nearly
    legacy = _guess_legacy(data)
    if legacy is not None:
        return legacy
    raise NotTextError(
        f"not valid UTF-8, and its encoding could not be recognised (tried {', '.join(_LEGACY.values())})",
        SAVE_AS_UTF8,
    )


def _checked_text(text: str) -> str:
    """Refuse decoded text that is mostly control characters (binary that happened to decode)."""
    sample = text[:65536]
    if sample and len(_BINARY_CHARS.findall(sample)) > len(sample) * 0.05:
        raise NotTextError(
            "binary file, not text (it is mostly control characters)",
            "Convert it to .txt, .md or .html, or remove it from the seeds folder.",
        )
    return normalise_text(text)


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs cluster on one byte position (spaces and ASCII have a 0 high byte)."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= max(2, pairs // 20) and even * 4 <= odd:
        return "utf-16-le"
    if even >= max(2, pairs // 20) and odd * 4 <= even:
        return "utf-16-be"
    return None


def _decode_with_hint(data: bytes, hint: str | None) -> Decoded | None:
    """Use a charset declared in the file when it decodes cleanly and reads like text."""
    if not hint:
        return None
    try:
        codec = codecs.lookup(hint).name
    except LookupError:
        return None
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        codec = "cp1252"  # browsers treat these labels as windows-1252, and so do the files in the wild
    if codec.startswith(("utf-8", "utf-16", "utf-32")):
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _text_score(text[:_SCORE_SAMPLE]) < _PLAUSIBLE:
        return None
    return Decoded(_checked_text(text), _LEGACY.get(codec.replace("-", "_"), codec))


def _nearly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few damaged bytes (a truncated copy, one bad paste): keep it, count the damage."""
    text = data.decode("utf-8", errors="replace")
    genuine = data.count(b"\xef\xbf\xbd")
    replaced = text.count("\ufffd") - genuine
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - replaced - genuine
    # Legacy single-byte text produces far more invalid sequences than accidental valid ones.
    if replaced and valid_multibyte >= 8 * replaced:
        return Decoded(_checked_text(text), "utf-8", replaced)
    return None


def _guess_legacy(data: bytes) -> Decoded | None:
    """charset-normalizer over the desk's legacy encodings, then our own script check picks the winner.

    charset-normalizer alone confuses Windows-1251 and Windows-1256 on short texts (both map every
    high byte to a letter), so every candidate is re-scored by how much its words look like real
    Cyrillic, Arabic or Latin words and the best plausible one wins.
    """
    sample = data[:_DETECT_SAMPLE]
    proposed: list[str] = []
    try:
        matches = charset_normalizer.from_bytes(sample, cp_isolation=list(_LEGACY))
        proposed = [m.encoding for m in matches if m.encoding in _LEGACY]
    except Exception:  # the detector is only a hint; our own scoring still runs
        proposed = []
    candidates = list(dict.fromkeys([*proposed, *_LEGACY]))
    best: tuple[float, float, str] | None = None
    for codec in candidates:
        try:
            text = sample.decode(codec)[:_SCORE_SAMPLE]
        except UnicodeDecodeError:
            continue  # single-byte codecs fail only on a byte they leave undefined: not this encoding
        score = _text_score(text)
        # Rank by word shape plus letter frequencies; the shape score alone decides plausibility.
        rank = score + 0.3 * max(-1.0, min(1.0, _letter_likelihood(text))) + 0.1 * _lower_case_bias(text)
        if proposed and codec == proposed[0]:
            rank += 0.02  # a tie goes to charset-normalizer's own pick
        if best is None or rank > best[0]:
            best = (rank, score, codec)
    if best is None or best[1] < _PLAUSIBLE:
        return None
    codec = best[2]
    text = data.decode(codec, errors="replace")
    replaced = text.count("\ufffd")
    return Decoded(_checked_text(text), _LEGACY[codec], replaced)


def _script(ch: str) -> str:
    """A coarse script tag for a letter or mark: L(atin), C(yrillic), A(rabic), G(reek), H(ebrew), O(ther)."""
    o = ord(ch)
    if o < 0x250:
        return "L"
    if 0x400 <= o < 0x530:
        return "C"
    if 0x600 <= o < 0x700 or 0x750 <= o < 0x780 or 0xFB50 <= o < 0xFE00 or 0xFE70 <= o < 0xFF00:
        return "A"
    if 0x370 <= o < 0x400:
        return "G"
    if 0x590 <= o < 0x600:
        return "H"
    if 0x300 <= o < 0x370:
        return "M"  # combining marks attach to any script
    return "O"


def _letter_likelihood(text: str) -> float:
    """Mean log-likelihood gain (nats per letter) of Cyrillic/Arabic letters over a uniform alphabet.

    Real text scores about +0.4; the same bytes read in the wrong single-byte encoding permute the
    letters and score near or below zero. Text without such letters scores 0.
    """
    total = 0.0
    count = 0
    for ch in text:
        if ch.isalpha() and ord(ch) >= 0x400:
            script = _script(ch)
            table = _LOG_FREQ.get(script)
            if table is not None:
                total += table.get(ch.lower(), _LOG_UNSEEN) + math.log(len(table))
                count += 1
    return total / count if count else 0.0


def _lower_case_bias(text: str) -> float:
    """-1..1: running text is mostly lower case, so a decoding that reads as ALL CAPS is less likely."""
    lower = sum(1 for ch in text if ch.islower() and ord(ch) >= 0x80)
    upper = sum(1 for ch in text if ch.isupper() and ord(ch) >= 0x80)
    return (lower - upper) / (lower + upper) if lower + upper else 0.0


def _text_score(text: str) -> float:
    """0..1: how much decoded text looks like natural-language text (used to compare decodings)."""
    nonascii = texty = 0
    words = good_words = 0
    lower = upper = 0
    word: list[str] = []

    def close_word() -> None:
        nonlocal words, good_words
        if not word or all(ord(c) < 0x80 for c in word):
            word.clear()
            return
        words += 1
        scripts = {s for s in (_script(c) for c in word) if s != "M"}
        letters = [c for c in word if c.isalpha()]
        ok = len(scripts) == 1 and "O" not in scripts and bool(letters)
        if ok and scripts == {"L"}:
            # Real Latin-script words are mostly ASCII; Cyrillic read as cp1252 is all accents.
            ok = sum(1 for c in letters if ord(c) > 0x7F) * 2 <= len(letters)
        if ok and scripts == {"C"} and len(letters) >= 3 and not all(c.isupper() for c in letters):
            # Russian/Ukrainian words have vowels; Arabic bytes read as 1251 often give "нжг".
            ok = any(c in _CYRILLIC_VOWELS for c in letters)
        if ok and len(letters) > 1:
            rest = letters[1:]
            ok = all(c.islower() or not c.isupper() for c in rest) or all(
                c.isupper() or not c.islower() for c in letters
            )
        good_words += ok
        word.clear()

    for ch in text:
        o = ord(ch)
        if o >= 0x80:
            nonascii += 1
            cat = unicodedata.category(ch)
            if cat[0] in "LM" or cat == "Nd":
                if _script(ch) != "O":
                    texty += 1
            elif ch in _TEXTY_PUNCT:
                texty += 1
        if ch.isalpha() or (o >= 0x80 and unicodedata.category(ch).startswith("M")):
            word.append(ch)
            if ch.islower():
                lower += 1
            elif ch.isupper():
                upper += 1
        else:
            close_word()
    close_word()
    if nonascii == 0:
        return 1.0
    score = (texty / nonascii) * (good_words / words if words else 1.0)
    cased = lower + upper
    if cased >= 20 and lower < upper:
        # Running text is mostly lower case; a decoding that flips case (KOI8-R vs 1251) is wrong.
        score *= 0.5 + lower / cased
    return score


_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,500}\?>")


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or an XML declaration names in the first 4 KB, if any."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


# --------------------------------------------------------------------------------------------------
# Ids, titles, hashing


def _sanitise_id(raw: str) -> str:
    """Best-effort safe id; may be empty (callers decide the fallback)."""
    raw = unicodedata.normalize("NFKC", raw)
    out: list[str] = []
    for ch in raw:
        # Letters, digits and combining marks of any script are kept so Cyrillic/Arabic names stay readable.
        if ch in "-_." or unicodedata.category(ch)[0] in "LNM":
            out.append(ch)
        elif not out or out[-1] != "-":
            out.append("-")
    text = re.sub(r"\.{2,}", ".", "".join(out))
    text = text.strip(".-")
    if len(text) > MAX_ID_CHARS:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        text = text[: MAX_ID_CHARS - 9].rstrip(".-") + "-" + digest
    if text.split(".")[0].upper() in _RESERVED_NAMES:
        text += "_"  # Windows refuses these as file names, whatever the extension
    return text


_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)


def safe_id(raw: str) -> str:
    """A file-name-safe article id: Unicode letters/digits, '-', '_', '.'; never empty, '..' or a path."""
    cleaned = _sanitise_id(raw)
    if cleaned:
        return cleaned
    return "article-" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def article_hash(
    text: str, title: str, lang: str | None, date: dt.date | None, source: str | None, url: str | None,
    author: str | None = None, furniture: tuple[str, ...] = (),
) -> str:
    """sha256 hex of a canonical JSON serialisation of everything that affects the summary."""
    payload: dict[str, str | list[str] | None] = {
        "date": date.isoformat() if date else None,
        "lang": lang,
        "source": source,
        "text": text,
        "title": title,
        "url": url,
    }
    if author:
        payload["author"] = author  # only when known, so articles without one keep their hash
    if furniture:
        payload["furniture"] = list(furniture)  # a caption's date may date the article
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# Lookbehind + possessive quantifiers: a match can only start at the beginning of a punctuation run,
# so a 200,000-character run of dots costs linear time, not quadratic.
_SENTENCE_END = re.compile(r"(?<![.!?…؟。])[.!?…؟。]++[\"'»”’)\]]*+(?=\s|$)")
_TITLE_BAD_ENDINGS = (".", ":", ";", ",", "،", "؛", "-", "–", "—")


def _clean_title(title: str) -> str:
    return " ".join(normalise_text(title).split())


_CUT_WORD = re.compile(r"(?<=\s)([^\W\d_][^\s…]*)(?:…|\.\.\.)$")


def _without_cut_word(title: str, text: str) -> str:
    """A title less the word a crawler cut short before its ellipsis ("وزارة الخار…", "at the
    Security Coun…"): no word, and no piece of a name. A word is cut where the body writes longer
    words that start with it and never the word itself; one cut at its end ("غرينفيلد…") stays."""
    match = _CUT_WORD.search(title)
    if match is None or len(title.split()) < 4:
        return title
    word = match.group(1)
    body = set(re.findall(r"\w+", text))
    if word in body or not any(other.startswith(word) for other in body):
        return title
    return title[:match.start()] + "…"


def _looks_like_title(line: str, next_line: str) -> bool:
    """A short first line without sentence-final punctuation reads as a headline."""
    if len(line) > MAX_TITLE_LINE_CHARS or not any(ch.isalpha() for ch in line):
        return False
    if line.endswith(_TITLE_BAD_ENDINGS) and not line.endswith("..."):
        return False
    # A hard-wrapped paragraph continues in lower case on the very next line.
    return not (next_line and next_line[0].islower())


def _sentence_title(text: str) -> str:
    """The first sentence, cut to FALLBACK_TITLE_CHARS at a word boundary with an ellipsis."""
    head = " ".join(text[:2000].split())
    sentence = head
    for match in _SENTENCE_END.finditer(head):
        before = head[: match.start()].rsplit(" ", 1)[-1]
        # "U.S." or an initial "J." is not a sentence end.
        if len(before.split(".")[-1]) <= 1 and match.group().startswith("."):
            continue
        sentence = head[: match.end()]
        break
    if len(sentence) <= FALLBACK_TITLE_CHARS:
        return sentence.removesuffix(".") if not sentence.endswith("..") else sentence
    cut = sentence[: FALLBACK_TITLE_CHARS - 1]
    space = cut.rfind(" ")
    if space >= FALLBACK_TITLE_CHARS // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def derive_title(text: str) -> tuple[str, bool]:
    """(title, title_in_text) for untitled text: a headline-like first line, else the first sentence."""
    stripped = text.lstrip()
    end = stripped.find("\n")
    first = (stripped if end < 0 else stripped[:end]).strip()
    rest = "" if end < 0 else stripped[end + 1 :]
    next_end = rest.find("\n")
    next_line = (rest if next_end < 0 else rest[:next_end]).strip()
    if first and rest.strip() and _looks_like_title(first, next_line):
        return _clean_title(first), True
    return _clean_title(_sentence_title(stripped)), False


def _first_line(text: str) -> str:
    end = text.find("\n")
    return (text if end < 0 else text[:end]).strip()


def _cut_text(text: str, max_chars: int) -> str:
    """Cut to at most max_chars, preferring a line end, then a sentence end, then a space near the limit."""
    window = max(200, min(10_000, max_chars // 5))
    low = max(0, max_chars - window)
    newline = text.rfind("\n", low, max_chars + 1)
    if newline > 0:
        return text[:newline].rstrip()
    last = None
    for last in _SENTENCE_END.finditer(text, low, max_chars):  # noqa: B007 - we want the last match
        pass
    if last is not None:
        return text[: last.end()].rstrip()
    space = text.rfind(" ", low, max_chars + 1)
    if space > 0:
        return text[:space].rstrip()
    return text[:max_chars]


# --------------------------------------------------------------------------------------------------
# Reader plumbing


@dataclass
class ReadContext:
    """What a reader gets besides the bytes: where the file is, limits, and a place to report problems."""

    path: Path  # shown in problems and stored as Article.path
    stem: str  # file name without suffix
    max_chars: int = DEFAULT_MAX_CHARS
    problems: list[IngestProblem] = field(default_factory=list)

    @property
    def stem_id(self) -> str:
        """The default article id: the file stem, made safe."""
        return safe_id(self.stem)

    def warn(self, reason: str, advice: str) -> None:
        """Report a problem that leaves the article in."""
        self.problems.append(IngestProblem(self.path, reason, advice, WARNING))

    def error(self, reason: str, advice: str) -> None:
        """Report a problem that skips an article (use SkipFile to skip the whole file)."""
        self.problems.append(IngestProblem(self.path, reason, advice, ERROR))

    def decode(self, data: bytes, *, hint: str | None = None) -> Decoded:
        """Decode bytes, turning NotTextError into SkipFile and reporting replaced bytes."""
        try:
            decoded = decode_bytes_detailed(data, hint=hint)
        except NotTextError as exc:
            raise SkipFile(exc.reason, exc.advice) from exc
        if decoded.replaced:
            self.warn(
                f"{decoded.replaced} byte(s) are not valid {decoded.encoding} and were replaced by '\ufffd'",
                SAVE_AS_UTF8,
            )
        return decoded

    def build(
        self,
        *,
        text: str,
        fmt: str,
        encoding: str,
        article_id: str | None = None,
        title: str | None = None,
        title_in_text: bool | None = None,
        lang: str | None = None,
        date: dt.date | None = None,
        source: str | None = None,
        url: str | None = None,
        author: str | None = None,
        label: str = "",
    ) -> Article | None:
        """Make an Article: trim, cut to max_chars, derive a missing title, hash; None + an error if empty.

        `label` names the part of the file (e.g. "item 3") in problems when a file holds several articles.
        """
        prefix = f"{label}: " if label else ""
        # Captions, credits, bylines, share lines, related headlines: not the article (furniture.py).
        cleaned = strip_furniture(text)
        text = cleaned.text.strip()
        author = author or cleaned.author
        if not text:
            self.error(f"{prefix}no text", "Add the article text or remove the entry.")
            return None
        if len(text) > self.max_chars:
            original = len(text)
            text = _cut_text(text, self.max_chars)
            self.warn(
                f"{prefix}text is {original:,} characters, over the limit of {self.max_chars:,}; "
                f"it was cut to {len(text):,}",
                "Split the article into several files, or raise max_article_chars in site_config/site.yml.",
            )
        clean = _without_cut_word(_clean_title(title), text) if title else ""
        if clean:
            in_text = _first_line(text) == clean if title_in_text is None else title_in_text
            if not in_text:
                # The headline is where news says what happened: its facts are the article's too.
                text, in_text = f"{clean}\n\n{text}", True
        else:
            clean, in_text = derive_title(text)
        return Article(
            id=article_id or self.stem_id,
            path=self.path,
            text=text,
            title=clean,
            lang=lang,
            date=date,
            source=source,
            url=url,
            content_hash=article_hash(text, clean, lang, date, source, url, author, tuple(cleaned.removed)),
            encoding=encoding,
            fmt=fmt,
            title_in_text=in_text,
            author=author,
            furniture=tuple(cleaned.removed),
        )


Reader = Callable[[bytes, ReadContext], list[Article]]
READERS: dict[str, Reader] = {}


def register_reader(suffixes: str | Iterable[str], reader: Reader) -> None:
    """Register `reader` for file suffixes such as ".txt" (case-insensitive; the dot is optional)."""
    for suffix in [suffixes] if isinstance(suffixes, str) else suffixes:
        key = suffix.lower()
        READERS[key if key.startswith(".") else "." + key] = reader


# --------------------------------------------------------------------------------------------------
# Plain text


def read_txt(data: bytes, ctx: ReadContext) -> list[Article]:
    """Plain text: the whole file is the body; a headline-like first line is the title and stays in it."""
    decoded = ctx.decode(data)
    _require_text(decoded.text, data)
    article = ctx.build(text=decoded.text, fmt="txt", encoding=decoded.encoding)
    return [article] if article else []


def _require_text(text: str, data: bytes) -> None:
    if not data:
        raise SkipFile("the file is empty", "Add the article text or remove the file.")
    if not text.strip():
        raise SkipFile("the file contains only whitespace", "Add the article text or remove the file.")


# --------------------------------------------------------------------------------------------------
# Markdown with front matter

_FM_EXPECTED = {
    "title": "text on one line",
    "date": "an ISO date such as 2025-03-14",
    "source": "text on one line, such as the outlet's name",
    "url": "an http:// or https:// address",
    "lang": "a 2-3 letter language code such as en, uk, ru or ar",
    "id": "text made of letters, digits, '-', '_' or '.'",
    "author": "a name, or a list of names",
    "description": "text",
    "tags": "a list of words",
}
# Keys that crawlers and static-site tools write, read as ours (first key present wins).
_FM_SYNONYMS = {
    "authors": "author", "byline": "author", "creator": "author",
    "summary": "description", "excerpt": "description", "subtitle": "description",
    "categories": "tags", "keywords": "tags", "category": "tags",
    "published": "date", "pubdate": "date", "date_published": "date", "published_at": "date",
    "link": "url", "source_url": "url", "canonical_url": "url", "canonical": "url", "permalink": "url",
    "sitename": "source", "site_name": "source", "publisher": "source", "outlet": "source",
    "language": "lang", "locale": "lang",
}
# Keys those tools write that the briefing has no use for: accepted without a word.
_FM_IGNORED = frozenset("""
word_count wordcount reading_time readingtime image images thumbnail cover featured_image og_image slug draft
lastmod updated modified date_modified layout weight toc type hostname fingerprint license licence comments
aliases series menu hidden sitemap translationkey translation_key lang_code fetched fetched_at crawled
crawled_at scraped_at status template
""".split())
_LANG_RE = re.compile(r"[A-Za-z]{2,3}")


def _coerce_text(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float | dt.date):
        raise ValueError("expected text")
    return str(value)  # `title: 2024` or `id: 17` are plainly meant as text


def _parse_date(value: Any) -> dt.date | None:
    """ISO date or datetime (YAML may already have parsed it) -> date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise ValueError("expected an ISO date")


def _http_url(value: str) -> str | None:
    """The URL when it is a plain http(s) address; javascript:, file:, relative links are refused."""
    value = value.strip()
    if not value or any(ch.isspace() or ord(ch) < 0x20 for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return value


def _lang_code(value: str) -> str | None:
    """'en', 'EN', 'en-US' -> 'en'; anything else -> None."""
    primary = re.split(r"[-_]", value.strip(), maxsplit=1)[0]
    return primary.lower() if _LANG_RE.fullmatch(primary) else None


class FrontMatter(BaseModel):
    """The optional YAML header of a Markdown article."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    id: str | None = None
    author: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()

    @field_validator("author", mode="before")
    @classmethod
    def _people(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):  # "authors: [A, B]" as crawlers write it
            value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
        if isinstance(value, dict):  # "author: {name: A, url: ...}"
            value = value.get("name")
        return _coerce_text(value)

    @field_validator("description", mode="before")
    @classmethod
    def _description(cls, value: Any) -> Any:
        return _coerce_text(value)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: Any) -> Any:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [part for part in re.split(r"[,;]", value)]
        if not isinstance(value, list | tuple):
            raise ValueError("expected a list of words")
        return tuple(str(v).strip() for v in value if isinstance(v, str | int | float) and str(v).strip())

    @field_validator("title", "source", "id", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return _coerce_text(value)

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> dt.date | None:
        return _parse_date(value)

    @field_validator("url", mode="before")
    @classmethod
    def _url(cls, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or _http_url(value) is None:
            raise ValueError("expected an http(s) URL")
        return value.strip()

    @field_validator("lang", mode="before")
    @classmethod
    def _lang(cls, value: Any) -> str | None:
        if value is None:
            return None
        # Front matter asks for the bare code; a region suffix is refused rather than guessed away.
        if not isinstance(value, str) or not _LANG_RE.fullmatch(value.strip()):
            raise ValueError("expected a 2-3 letter language code")
        return value.strip().lower()


_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def _split_front_matter(text: str) -> tuple[str | None, str]:
    """(YAML text or None, body). Front matter is a first line '---' up to a line '---' or '...'."""
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip() != "---":
        return None, text
    close = _FM_CLOSE.search(text, first_end + 1)
    if close is None:
        return None, text
    return text[first_end + 1 : close.start()], text[close.end() :]


_BOUNDED_REPR = reprlib.Repr()
_BOUNDED_REPR.maxlevel, _BOUNDED_REPR.maxlist, _BOUNDED_REPR.maxdict = 2, 4, 4
_BOUNDED_REPR.maxstring = _BOUNDED_REPR.maxother = 60


def _short(value: Any) -> str:
    # Containers get a bounded repr: a YAML alias bomb is cheap to load but not to print in full.
    shown = _BOUNDED_REPR.repr(value) if isinstance(value, list | dict | set | tuple) else repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _misspelt(key: str, ours: str) -> bool:
    """One letter added, lost, changed, or two neighbours swapped ("titel", "daet", "Title")."""
    if key == ours or edit_distance(key, ours, 1) <= 1:
        return True
    diff = [i for i, (a, b) in enumerate(zip(key, ours, strict=False)) if a != b]
    return len(key) == len(ours) and len(diff) == 2 and diff[1] == diff[0] + 1 \
        and key[diff[0]] == ours[diff[1]] and key[diff[1]] == ours[diff[0]]


def _parse_front_matter(yaml_text: str, ctx: ReadContext) -> FrontMatter:
    """Validate front matter key by key: unknown or malformed keys are reported and ignored, not fatal."""
    try:
        raw = load_yaml_text(yaml_text, str(ctx.path))
    except YamlError as exc:
        message = str(exc).removeprefix(f"{ctx.path}").lstrip(": ")
        raw = _plain_key_values(yaml_text)
        if raw is None:
            ctx.warn(
                f"front matter is not valid YAML ({message}); it was ignored",
                "Fix the YAML between the '---' lines; the body was still read.",
            )
            return FrontMatter()
        # Crawlers write "title: Песков: Кремль ждет…" unquoted: each line is still one key and its value.
        ctx.warn(
            f"front matter is not valid YAML ({message}); it was read as plain 'key: value' lines",
            "Put values that hold ': ' in quotes.",
        )
    if raw is None:
        return FrontMatter()
    if not isinstance(raw, dict):
        ctx.warn(
            f"front matter is a {type(raw).__name__}, not 'key: value' lines; it was ignored",
            "Write one 'key: value' per line between the '---' lines.",
        )
        return FrontMatter()
    known: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(key, str) and key in _FM_EXPECTED:
            known[key] = value
            continue
        name = key.lower().replace("-", "_") if isinstance(key, str) else None
        if name in _FM_SYNONYMS and _FM_SYNONYMS[name] not in raw:
            known.setdefault(_FM_SYNONYMS[name], value)
            continue
        if name in _FM_IGNORED or name in _FM_SYNONYMS:
            continue
        near = [ours for ours in _FM_EXPECTED if name and _misspelt(name, ours)]
        if not near:
            continue  # another tool's key: not ours to judge
        ctx.warn(
            f"unknown front-matter key {_short(key)} (did you mean '{near[0]}'?); it was ignored",
            f"Rename it to '{near[0]}'.",
        )
    try:
        return FrontMatter.model_validate(known)
    except ValidationError as exc:
        bad = sorted({str(err["loc"][0]) for err in exc.errors() if err["loc"]})
    for key in bad:
        ctx.warn(
            f"front-matter key '{key}' has the value {_short(known.get(key))}, expected {_FM_EXPECTED[key]}; "
            "the value was ignored",
            f"Correct '{key}' or remove it.",
        )
        known.pop(key, None)
    try:
        return FrontMatter.model_validate(known)
    except ValidationError:  # cannot happen once every failing key is gone; stay safe anyway
        return FrontMatter()


_PLAIN_LINE = re.compile(r"([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*")


def _plain_key_values(text: str) -> dict[str, str] | None:
    """Front matter as one 'key: value' a line (the value: all after the first ': '), where a value
    holding ': ' is what broke the YAML; None when a line is something else (a list, a nested key,
    a block, a bracket left open)."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PLAIN_LINE.fullmatch(line)
        if match is None or match.group(1) in found:
            return None
        value = match.group(2) or ""
        if value[:1] in ("[", "{", "&", "*", "|", ">", "!", "%", "@", "`"):
            return None  # YAML syntax, broken: not a plain value
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        found[match.group(1)] = value
    return found if any(": " in value for value in found.values()) else None


_RULE_LINE = re.compile(r"(?:[-*_=][ \t]*){3,}")
_REF_DEF = re.compile(r"\s{0,3}\[[^\]\n]{1,200}\]:\s*\S")
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
_MD_REF_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_EMPHASIS = re.compile(r"\*\*|__|~~|`|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|figure|figcaption|section|article|blockquote|header|footer)"
    r"(?:\s[^<>]{0,500})?/?>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_DROP_TAGS = ("script", "style", "iframe", "object", "embed", "template", "noscript", "svg")
_DROP_OPEN = re.compile(r"<(" + "|".join(_DROP_TAGS) + r")\b", re.IGNORECASE)


def _drop_html_noise(text: str) -> str:
    """Remove HTML comments and script-like elements with their content (linear scans, no backtracking)."""
    lower = text.lower()
    parts: list[str] = []
    pos = 0
    while True:
        comment = lower.find("<!--", pos)
        element = _DROP_OPEN.search(lower, pos)
        if comment < 0 and element is None:
            break
        if element is None or 0 <= comment < element.start():
            parts.append(text[pos:comment])
            end = lower.find("-->", comment + 4)
            pos = len(text) if end < 0 else end + 3
        else:
            parts.append(text[pos : element.start()])
            close = lower.find("</" + element.group(1), element.end())
            if close < 0:
                pos = len(text)
            else:
                gt = lower.find(">", close)
                pos = len(text) if gt < 0 else gt + 1
    parts.append(text[pos:])
    return "".join(parts)


def _markdown_to_text(body: str) -> tuple[str, bool]:
    """Plain text of a Markdown body, and whether its first block is a heading.

    Analysis wants prose, not '#', '**' or link targets; this is a light, line-based conversion
    (linear time on long lines), not a full Markdown renderer.
    """
    body = _drop_html_noise(body)
    out: list[str] = []
    in_fence = False
    first_heading: bool | None = None
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        if _RULE_LINE.fullmatch(stripped):
            # A setext underline under the first line makes that line a heading.
            if stripped[0] in "=-" and first_heading is not None and len(out) == 1:
                first_heading = True
            continue
        if _REF_DEF.match(line):
            continue
        heading = False
        if stripped.startswith("#"):
            hashes = len(stripped) - len(stripped.lstrip("#"))
            if hashes <= 6 and (len(stripped) == hashes or stripped[hashes] in " \t"):
                line = stripped[hashes:].strip().rstrip("#").rstrip()
                heading = True
        while line.lstrip().startswith(">"):
            line = line.lstrip()[1:].removeprefix(" ")
        if first_heading is None and line.strip():
            first_heading = heading
        if out or line.strip():
            out.append(line)
    text = "\n".join(out)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_BLOCK_TAG.sub("\n\n", text)  # a paragraph written in HTML is a paragraph ("…</p><p>In …")
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = html.unescape(text)
    # Removed blocks (scripts, rules, reference lines) leave runs of blank lines behind.
    text = _BLANK_RUNS.sub("\n\n", text)
    return normalise_text(text), bool(first_heading)


def read_markdown(data: bytes, ctx: ReadContext) -> list[Article]:
    """Markdown with optional YAML front matter (title, date, source, url, lang, id)."""
    decoded = ctx.decode(data)
    _require_text(decoded.text, data)
    yaml_text, body = _split_front_matter(decoded.text)
    meta = _parse_front_matter(yaml_text, ctx) if yaml_text is not None else FrontMatter()
    article_id = ctx.stem_id
    if meta.id is not None:
        cleaned = _sanitise_id(meta.id)
        if not cleaned:
            ctx.warn(
                f"front-matter id {_short(meta.id)} has no usable characters; using '{article_id}'",
                "Use letters, digits, '-', '_' or '.' in the id.",
            )
        else:
            if cleaned != meta.id:
                ctx.warn(
                    f"front-matter id {_short(meta.id)} is not a safe file name; using '{cleaned}'",
                    "Use letters, digits, '-', '_' or '.' in the id (no '/', '\\' or '..').",
                )
            article_id = cleaned
    text, starts_with_heading = _markdown_to_text(body)
    title = meta.title
    title_in_text: bool | None = None
    if not title and starts_with_heading:
        # An opening '# Heading' is the title and stays in the text, like a .txt headline.
        title, title_in_text = _first_line(text), True
    article = ctx.build(
        text=text,
        fmt="md",
        encoding=decoded.encoding,
        article_id=article_id,
        title=title,
        title_in_text=title_in_text,
        lang=meta.lang,
        date=meta.date,
        source=meta.source,
        url=meta.url,
        author=meta.author,
    )
    return [article] if article else []


# --------------------------------------------------------------------------------------------------
# HTML

_BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
    "blockquote", "pre", "hr", "table", "ul", "ol", "dd", "dt", "header", "footer", "figcaption",
)  # fmt: skip
_NOISE_TAGS = (*_DROP_TAGS, "head", "canvas", "math", "button", "select", "textarea", "form", "nav")


def _element_text(element: Any) -> str:
    """Visible text of an lxml HTML element: scripts and styles dropped, one line per block element."""
    for noise in list(element.iter(*_NOISE_TAGS)):
        if noise is not element:
            noise.drop_tree()  # keeps the tail text that follows the element
    for block in element.iter(*_BLOCK_TAGS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in "".join(element.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_fragment_text(fragment: str) -> str:
    """Text of an HTML snippet (feed descriptions); plain text passes through unchanged."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    if not fragment.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return _element_text(root)


# Layout elements that only nest other elements: removed from a page nested too deep to parse.
_LAYOUT_TAGS = re.compile(r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tr|td|th|"
                          r"aside|header|footer|nav|figure|b|i|em|strong|a)(?:\s[^<>]*)?/?>", re.IGNORECASE)
# libxml2 stops reading an HTML tree deeper than this many elements (without its "huge" option).
_PARSER_DEPTH = 255


def _html_text(markup: str) -> tuple[str, Any, Any]:
    """(main text, parsed tree, trafilatura metadata) of a page; text "" when none is found."""
    try:
        tree = lxml_html.document_fromstring(markup, parser=lxml_html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as exc:
        raise SkipFile(
            f"the HTML could not be parsed ({exc})", "Open it in a browser and save it again."
        ) from exc
    import trafilatura  # a quarter of a second to import: only saved pages need it

    text = ""
    meta = None
    try:
        text = (
            trafilatura.extract(markup, include_comments=False, include_links=False, include_images=False)
            or ""
        )
        meta = trafilatura.extract_metadata(markup)
    except Exception:  # trafilatura is best effort; the lxml fallback below still works
        text = text or ""
    text = normalise_text(text)
    if not text.strip():
        body = tree.find("body")
        text = _element_text(body if body is not None else tree)
    return text, tree, meta


def read_html(data: bytes, ctx: ReadContext) -> list[Article]:
    """HTML page: main text via trafilatura (no comments), falling back to the visible <body> text."""
    decoded = ctx.decode(data, hint=_declared_charset(data))
    _require_text(decoded.text, data)
    markup = _XML_DECLARATION.sub("", decoded.text, count=1)
    text, tree, meta = _html_text(markup)
    if not text.strip() and markup.lower().count("<div") + markup.lower().count("<span") > _PARSER_DEPTH:
        # Text nested deeper than the parser reads: read it again without the layout elements.
        flat_text, flat_tree, flat_meta = _html_text(_LAYOUT_TAGS.sub(" ", markup))
        if flat_text.strip():
            ctx.warn(
                f"the page nests its text more than {_PARSER_DEPTH} elements deep; it was read with its "
                "layout elements (div, span, table ...) removed",
                "Check the article's text on its page; save the article itself (reader view) if it is wrong.",
            )
            text, meta = flat_text, flat_meta or meta
            if tree.findtext(".//title") is None:
                tree = flat_tree
    if not text.strip():
        raise SkipFile(
            "the page has no readable text", "Check that the file is the article page, not a frame."
        )
    title = (meta.title if meta is not None else None) or tree.findtext(".//title") or ""
    if not title.strip():
        h1 = tree.find(".//h1")
        title = h1.text_content() if h1 is not None else ""
    date = None
    if meta is not None and meta.date:
        try:
            date = _parse_date(meta.date)
        except ValueError:
            date = None
    url = _http_url(meta.url) if meta is not None and meta.url else None
    lang = _lang_code(tree.get("lang") or "") if tree.get("lang") else None
    source = meta.sitename if meta is not None and meta.sitename else None
    article = ctx.build(
        text=text,
        fmt="html",
        encoding=decoded.encoding,
        title=title,
        lang=lang,
        date=date,
        source=_clean_title(source) if source else None,
        url=url,
        author=_clean_title(meta.author) if meta is not None and meta.author else None,
    )
    return [article] if article else []


# --------------------------------------------------------------------------------------------------
# RSS 2.0 / RSS 1.0 / Atom feeds

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _local(element: Any) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(element: Any, name: str) -> list[Any]:
    return [child for child in element if _local(child) == name]


def _xml_text(element: Any) -> str:
    """Text content without unexpanded entity references (`&xxe;` must never reach the article)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_xml_text(child))
        parts.append(child.tail or "")  # entities, comments and PIs contribute only their tail
    return "".join(parts)


def _child_text(element: Any, *names: str) -> str:
    for name in names:
        for child in _children(element, name):
            value = _xml_text(child).strip()
            if value:
                return value
    return ""


def _feed_date(value: str) -> dt.date | None:
    """RFC 822 (RSS pubDate) or ISO 8601 (Atom, dc:date) -> date."""
    value = value.strip()
    if not value:
        return None
    try:
        return _parse_date(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _entry_body(entry: Any) -> str:
    """Plain text of an item: content:encoded / Atom content first, then description / summary."""
    for name in ("encoded", "content", "description", "summary"):
        for child in _children(entry, name):
            kind = (child.get("type") or "html").lower()
            has_elements = any(isinstance(sub.tag, str) for sub in child)  # entity refs do not count
            if kind in {"xhtml", "application/xhtml+xml"} or has_elements:
                holder = lxml_html.fragment_fromstring("<div></div>")
                for sub in child:
                    if isinstance(sub.tag, str):
                        holder.append(lxml_html.fromstring(etree.tostring(sub)))
                text = _element_text(holder)
            elif kind == "text":
                text = _xml_text(child)
            else:
                text = _html_fragment_text(_xml_text(child))
            if text.strip():
                return text
    return ""


def _entry_link(entry: Any) -> str:
    for link in _children(entry, "link"):
        href = link.get("href")
        if href is not None:
            if (link.get("rel") or "alternate") == "alternate":
                return href.strip()
        elif _xml_text(link).strip():
            return _xml_text(link).strip()
    for guid in _children(entry, "guid"):
        if (guid.get("isPermaLink") or "true") == "true":
            return _xml_text(guid).strip()
    return ""


def read_feed(data: bytes, ctx: ReadContext) -> list[Article]:
    """RSS 2.0, RSS 1.0 or Atom: one Article per item, ids '<stem>-001', '<stem>-002', ..."""
    decoded = ctx.decode(data, hint=_declared_charset(data))
    _require_text(decoded.text, data)
    # No entity expansion, no DTD loading, no network: external entities (XXE) stay unresolved.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )  # fmt: skip
    markup = _XML_DECLARATION.sub("", decoded.text, count=1)
    try:
        root = etree.fromstring(markup, parser)
    except etree.XMLSyntaxError as exc:
        raise SkipFile(f"not well-formed XML ({exc})", "Download the feed again or fix the XML.") from exc
    if any(True for _ in root.iter(etree.Entity)):
        ctx.warn(
            "the feed uses custom entities (for example &name;); they were not expanded",
            "Nothing to do unless text is missing; ask the source for a plain feed.",
        )
    kind = _local(root)
    if kind == "rss":
        channel = next(iter(_children(root, "channel")), root)
        entries = _children(channel, "item")
        feed_title = _child_text(channel, "title")
        feed_lang = _child_text(channel, "language")
    elif kind == "feed":
        channel = root
        entries = _children(root, "entry")
        feed_title = _child_text(root, "title")
        feed_lang = root.get(_XML_LANG) or ""
    elif kind == "RDF":
        channel = next(iter(_children(root, "channel")), root)
        entries = _children(root, "item")
        feed_title = _child_text(channel, "title")
        feed_lang = _child_text(channel, "language")
    else:
        raise SkipFile(
            f"not an RSS or Atom feed (the root element is <{kind or root.tag}>)",
            "Only RSS and Atom feeds are read from .xml files; convert other XML to .txt or .md.",
        )
    if not entries:
        raise SkipFile("the feed has no items", "Download the feed again when it has articles.")
    source = _clean_title(_html_fragment_text(feed_title)) or None
    articles: list[Article] = []
    for number, entry in enumerate(entries, start=1):
        label = f"item {number}"
        link = _entry_link(entry)
        url = _http_url(link) if link else None
        if link and url is None:
            ctx.warn(
                f"{label}: link {_short(link)} is not an http(s) address; it was ignored", "Check the feed."
            )
        raw_date = _child_text(entry, "pubDate", "published", "date", "updated")
        date = _feed_date(raw_date)
        if raw_date and date is None:
            ctx.warn(f"{label}: date {_short(raw_date)} is not a date; it was ignored", "Check the feed.")
        lang_raw = entry.get(_XML_LANG) or _child_text(entry, "language") or feed_lang
        article = ctx.build(
            text=normalise_text(_entry_body(entry)),
            fmt="feed",
            encoding=decoded.encoding,
            article_id=f"{ctx.stem_id}-{number:03d}",
            title=_html_fragment_text(_child_text(entry, "title")),
            lang=_lang_code(lang_raw) if lang_raw else None,
            date=date,
            source=source,
            url=url,
            label=label,
        )
        if article is not None:
            articles.append(article)
    return articles


register_reader((".txt",), read_txt)
register_reader((".md", ".markdown"), read_markdown)
register_reader((".html", ".htm"), read_html)
register_reader((".xml", ".rss", ".atom"), read_feed)


# --------------------------------------------------------------------------------------------------
# Files and folders


class ReadMemo(Protocol):
    """What reading a file gave (its articles, its problems), by `read_key`: see `ingest_folder`."""

    def get(self, key: str) -> tuple[list[Article], list[IngestProblem]] | None: ...

    def put(self, key: str, value: tuple[list[Article], list[IngestProblem]]) -> None: ...


def read_key(data: bytes, shown: Path, stem: str, max_chars: int, suffix: str) -> str:
    """Everything a built-in reader's result depends on, besides the code."""
    digest = hashlib.sha256(f"{shown.as_posix()}\x1f{stem}\x1f{max_chars}\x1f{suffix}\x1f".encode())
    digest.update(data)
    return digest.hexdigest()


def _read_file(path: Path, shown: Path, max_chars: int,
               memo: ReadMemo | None = None) -> tuple[list[Article], list[IngestProblem]]:
    """Read one file with one reader; every failure becomes a problem instead of an exception."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")  # a caller bug, not a file problem
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kind = f"unsupported file type {suffix}" if suffix else "file without a type suffix"
        known = ", ".join(sorted(READERS))
        return [], [
            IngestProblem(shown, kind, f"Convert it to .txt, .md or .html (readable: {known}).", ERROR)
        ]
    try:
        if not path.is_file():
            return [], [IngestProblem(shown, "not a regular file", "Replace it with a text file.", ERROR)]
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return [], [_too_big(shown, size)]
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        return [], [
            IngestProblem(
                shown, f"cannot read the file ({exc.strerror or exc})", "Check its permissions.", ERROR
            )
        ]
    if len(data) > MAX_FILE_BYTES:
        return [], [_too_big(shown, len(data))]
    # Only the built-in readers' results are kept: the memo's key holds their code, not a desk's.
    built_in = memo is not None and reader.__module__ == __name__
    key = read_key(data, shown, path.stem, max_chars, suffix) if built_in else None
    remembered = memo.get(key) if key is not None and memo is not None else None
    if remembered is not None:
        return list(remembered[0]), list(remembered[1])
    ctx = ReadContext(path=shown, stem=path.stem, max_chars=max_chars)
    try:
        articles = reader(data, ctx)
    except SkipFile as exc:
        ctx.error(exc.reason, exc.advice)
        articles = []
    except Exception as exc:  # one broken file must not stop the build
        ctx.error(
            f"could not be read ({type(exc).__name__}: {exc})",
            "Check the file; if it looks fine, report this with the file attached.",
        )
        articles = []
    if key is not None and memo is not None:
        memo.put(key, (list(articles), list(ctx.problems)))
    return articles, ctx.problems


def _too_big(shown: Path, size: int) -> IngestProblem:
    return IngestProblem(
        shown,
        f"the file is {size / 1024 / 1024:.1f} MB, over the {MAX_FILE_BYTES // 1024 // 1024} MB limit",
        "Split it or keep only the article text.",
        ERROR,
    )


def read_article(
    path: Path, *, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[list[Article], list[IngestProblem]]:
    """Read one file (a feed gives several articles); problems name `path` as given."""
    path = Path(path)
    return _read_file(path, path, max_chars)


def _is_ignored(name: str) -> bool:
    """Hidden files and READMEs are not articles; skipping them needs no report."""
    return name.startswith(".") or name.upper().startswith("README")


def _shown_path(path: Path, root: Path, root_resolved: Path) -> Path:
    """The path relative to root (posix) when possible, so output does not depend on the machine."""
    candidates = (
        lambda: (path, root),
        lambda: (path.absolute(), root.absolute()),
        lambda: (path.resolve(), root_resolved),  # last and lazy: a link loop makes resolve() raise
    )
    for candidate in candidates:
        try:
            target, base = candidate()
            return Path(target.relative_to(base).as_posix())
        except (ValueError, OSError, RuntimeError):
            continue
    return path


def _collect(folder: Path, root: Path, root_resolved: Path,
             problems: list[IngestProblem]) -> list[tuple[Path, Path]]:
    """All candidate files under folder, each with its path as shown (`_shown_path`), in the order
    of those; links that leave root are refused, folder links not followed."""
    found: list[tuple[Path, Path]] = []
    pending = [folder]
    while pending:
        directory = pending.pop()
        try:
            # os.scandir: the kind of each entry comes with the listing (5,000 articles: a tenth of a second)
            with os.scandir(directory) as listing:
                entries = sorted(((Path(item.path), item) for item in listing), key=lambda pair: pair[1].name)
        except OSError as exc:
            shown = _shown_path(directory, root, root_resolved)
            problems.append(
                IngestProblem(shown, f"cannot list the folder ({exc.strerror})", "Check permissions.", ERROR)
            )
            continue
        for entry, item in entries:
            if _is_ignored(entry.name):
                continue
            shown = _shown_path(entry, root, root_resolved)
            if item.is_symlink():
                try:
                    target = entry.resolve()
                except (OSError, RuntimeError):
                    problems.append(IngestProblem(shown, "symbolic link loop", "Remove the link.", ERROR))
                    continue
                if not target.is_relative_to(root_resolved):
                    problems.append(
                        IngestProblem(
                            shown,
                            f"symbolic link points outside {root} (to {target})",
                            "Copy the file into the folder instead of linking to it.",
                            ERROR,
                        )
                    )
                    continue
                if not target.exists():
                    problems.append(
                        IngestProblem(shown, "broken symbolic link", "Remove or fix the link.", ERROR)
                    )
                    continue
                if target.is_dir():
                    # Following folder links invites loops and double counting; the target is read directly.
                    problems.append(
                        IngestProblem(
                            shown, "link to a folder, not followed", "Move the files instead.", WARNING
                        )
                    )
                    continue
            if item.is_dir():
                pending.append(entry)
            else:
                found.append((entry, shown))
    return sorted(found, key=lambda pair: pair[1].as_posix())


def ingest_folder(
    folder: Path, *, max_chars: int = DEFAULT_MAX_CHARS, root: Path | None = None, memo: ReadMemo | None = None
) -> IngestResult:
    """Read every article under folder (recursively, in sorted path order); never raises for bad files.

    With `memo` (kept by `generator.store.ReadStore` for this code), a file whose bytes, path and
    settings were read before is not parsed again: its articles and problems come from the memo.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    folder = Path(folder)
    base = Path(root) if root is not None else folder
    base_resolved = base.resolve()
    problems: list[IngestProblem] = []
    if not folder.is_dir():
        problem = IngestProblem(
            folder, "folder not found", "Check paths.seeds in site_config/site.yml.", ERROR
        )
        return IngestResult((), (problem,))
    articles: list[Article] = []
    ids: dict[str, Path] = {}
    texts: dict[str, Article] = {}
    for path, shown in _collect(folder, base, base_resolved, problems):
        found, file_problems = _read_file(path, shown, max_chars, memo)
        problems.extend(file_problems)
        for article in found:
            if article.id in ids:
                problems.append(
                    IngestProblem(
                        shown,
                        f"duplicate id '{article.id}', also used by {ids[article.id].as_posix()}",
                        "Rename one of the files, or give one a different 'id:' in its front matter.",
                        ERROR,
                    )
                )
                continue
            ids[article.id] = article.path
            text_key = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
            first = texts.get(text_key)
            if first is not None:
                problems.append(
                    IngestProblem(
                        shown,
                        f"same text as {first.path.as_posix()} (id '{first.id}'); both were kept",
                        "Remove one copy unless the article really appeared twice.",
                        WARNING,
                    )
                )
            else:
                texts[text_key] = article
            articles.append(article)
    articles.sort(key=lambda a: a.id)
    return IngestResult(tuple(articles), tuple(problems))


__all__ = [
    "DEFAULT_MAX_CHARS",
    "MAX_FILE_BYTES",
    "READERS",
    "Decoded",
    "FrontMatter",
    "IngestProblem",
    "IngestResult",
    "NotTextError",
    "ReadContext",
    "ReadMemo",
    "Reader",
    "SkipFile",
    "article_hash",
    "decode_bytes",
    "decode_bytes_detailed",
    "derive_title",
    "ingest_folder",
    "normalise_text",
    "read_article",
    "read_feed",
    "read_html",
    "read_key",
    "read_markdown",
    "read_txt",
    "register_reader",
    "safe_id",
]
