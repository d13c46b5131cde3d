"""Measure the pipeline against gold data: named entities per language, and extracted facts.

Two measurements, both read their gold files at run time from paths given by the caller (the
evaluation data is licensed for evaluation only and is never stored in the repository):

* **NER** (`evaluate_ner`): gold JSON Lines records (`id`, `lang`, `text`, `entities`,
  `nested_entities`, `extra_entities`), scored CoNLL-style per language with the drop rule for
  predictions that overlap non-scored gold spans (see `score_record`).
* **Facts** (`evaluate_facts`): a gold YAML of hand-made reference facts per article (people,
  organisations, places, quotes, events, tracks, dates, numbers) against the `Summary` objects
  the pipeline produced, with lenient name matching (`names_match`).

`flatten_ner` / `flatten_facts` turn results into flat `{metric: value}` maps, and
`compare_to_baseline` lists the metrics that fell below pinned values (a quality gate).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii

from generator.analyse.base import create_backend
from generator.config import SiteConfig
from generator.records import Article
from generator.safe_yaml import YamlError, load_yaml_file
from generator.schema import ActorFact, Summary

__all__ = [
    "FACT_KEYS",
    "NER_TYPES",
    "ArticleFacts",
    "Counts",
    "FactsReport",
    "Found",
    "GoldArticle",
    "GoldEvent",
    "GoldFormatError",
    "GoldQuote",
    "NerScores",
    "Span",
    "compare_to_baseline",
    "evaluate_facts",
    "evaluate_ner",
    "flatten_facts",
    "flatten_ner",
    "format_facts_table",
    "format_ner_table",
    "name_tokens",
    "names_match",
    "quote_found",
    "read_facts_gold",
    "read_gold_jsonl",
    "score_record",
]

NER_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")


class GoldFormatError(ValueError):
    """A gold file is unreadable or malformed; the message names the file and the line or article."""


# --------------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the derived ratios.

    Every ratio is 0.0 when its denominator is zero (undefined).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        """Add another count into this one (in place)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": _r(self.precision),
                "recall": _r(self.recall), "f1": _r(self.f1)}


@dataclass
class Found:
    """How many of `total` gold items were found; `rate` is 0.0 when there are none."""

    found: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 0.0

    def add(self, other: Found) -> None:
        """Add another tally into this one (in place)."""
        self.found += other.found
        self.total += other.total

    def to_json(self) -> dict[str, Any]:
        return {"found": self.found, "total": self.total, "rate": _r(self.rate)}


def _r(value: float) -> float:
    """Round for deterministic JSON output."""
    return round(value, 6)


# --------------------------------------------------------------------------------------------
# NER scoring
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Span:
    """A typed character span (`end` exclusive, code-point offsets)."""

    start: int
    end: int
    type: str


@dataclass
class NerScores:
    """Scores of one language: overall, per type, and type-agnostic span scores.

    `dropped` counts predictions that were neither right nor wrong (rule 2 of the scoring rule).
    """

    lang: str
    records: int
    overall: Counts
    by_type: dict[str, Counts]
    span: Counts
    dropped: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"lang": self.lang, "records": self.records, "overall": self.overall.to_json(),
                "by_type": {t: c.to_json() for t, c in sorted(self.by_type.items())},
                "span": self.span.to_json(), "dropped": self.dropped}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def _spans(items: Iterable[Mapping[str, Any]]) -> list[Span]:
    return [Span(int(item["start"]), int(item["end"]), str(item["type"])) for item in items]


def _score(gold: list[Span], ignore: list[tuple[int, int]], predicted: list[Span],
           typed: bool) -> tuple[list[Span], list[Span], list[Span]]:
    """Split predictions into correct and wrong (dropped ones vanish); return (tp, fp, fn) spans."""
    unmatched: dict[tuple[int, int, str], list[Span]] = defaultdict(list)
    for span in gold:
        unmatched[(span.start, span.end, span.type if typed else "")].append(span)
    correct: list[Span] = []
    wrong: list[Span] = []
    for pred in sorted(predicted):
        key = (pred.start, pred.end, pred.type if typed else "")
        if unmatched.get(key):
            unmatched[key].pop(0)
            correct.append(pred)
        elif any(_overlaps((pred.start, pred.end), other) for other in ignore):
            continue  # neither right nor wrong
        else:
            wrong.append(pred)
    missed = [span for spans in unmatched.values() for span in spans]
    return correct, wrong, missed


def score_record(gold: Mapping[str, Any], predicted: Sequence[Span]) -> tuple[Counts, dict[str, Counts], Counts]:
    """Score one gold record against predicted spans, exactly as the evaluation README says.

    1. A prediction is correct when start, end and type equal those of a gold entity in
       `entities`; each gold entity matches at most one prediction.
    2. A prediction that is not correct and overlaps (shares a character with) any
       `extra_entities` or `nested_entities` span is dropped: neither right nor wrong.
    3. Every other prediction is a false positive; every unmatched gold entity a false negative.

    Returns (overall counts, counts by type, type-agnostic span counts). The span counts use the
    same procedure with the type ignored. By-type counts always hold PER, ORG, LOC and MISC; a
    false positive is counted under its predicted type.
    """
    gold_spans = _spans(gold.get("entities", ()))
    ignore = [(s.start, s.end) for s in _spans(gold.get("extra_entities", ()))]
    ignore += [(s.start, s.end) for s in _spans(gold.get("nested_entities", ()))]
    preds = list(predicted)

    tp, fp, fn = _score(gold_spans, ignore, preds, typed=True)
    overall = Counts(len(tp), len(fp), len(fn))
    by_type: dict[str, Counts] = {t: Counts() for t in NER_TYPES}
    for spans, attr in ((tp, "tp"), (fp, "fp"), (fn, "fn")):
        for span in spans:
            counts = by_type.setdefault(span.type, Counts())
            setattr(counts, attr, getattr(counts, attr) + 1)

    s_tp, s_fp, s_fn = _score(gold_spans, ignore, preds, typed=False)
    return overall, by_type, Counts(len(s_tp), len(s_fp), len(s_fn))


_REQUIRED_RECORD_KEYS = ("id", "lang", "text", "entities")
_SPAN_LISTS = ("entities", "nested_entities", "extra_entities")


def _check_record(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(record).__name__}")
    missing = [key for key in _REQUIRED_RECORD_KEYS if key not in record]
    if missing:
        raise GoldFormatError(f"{where}: missing key(s) {', '.join(missing)}")
    for key in ("id", "lang", "text"):
        if not isinstance(record[key], str):
            raise GoldFormatError(f"{where}: '{key}' must be a string")
    length = len(record["text"])
    for key in _SPAN_LISTS:
        items = record.get(key, [])
        if not isinstance(items, list):
            raise GoldFormatError(f"{where}: '{key}' must be a list")
        for number, item in enumerate(items):
            label = f"{where}: {key}[{number}]"
            if not isinstance(item, dict) or not all(k in item for k in ("start", "end", "type")):
                raise GoldFormatError(f"{label}: needs 'start', 'end' and 'type'")
            start, end = item["start"], item["end"]
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) \
                    or isinstance(end, bool):
                raise GoldFormatError(f"{label}: 'start' and 'end' must be integers")
            if not 0 <= start <= end <= length:
                raise GoldFormatError(f"{label}: span {start}..{end} lies outside the text (length {length})")
    record.setdefault("nested_entities", [])
    record.setdefault("extra_entities", [])
    return record


def read_gold_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read gold NER records (one JSON object a line; blank lines skipped), validated.

    Raises GoldFormatError naming the file and line for unreadable files, bad JSON, missing
    keys or spans outside the text. `nested_entities` and `extra_entities` default to [].
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read: {exc}") from exc
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
        records.append(_check_record(record, where))
    return records


def _article_for(record: Mapping[str, Any], path: Path) -> Article:
    text = record["text"]
    return Article(id=record["id"], path=path, text=text, title="", lang=record["lang"], date=None,
                   source=None, url=None, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


def evaluate_ner(gold_path: Path, config: SiteConfig, analyser: str = "offline",
                 predictions_out: Path | None = None) -> dict[str, NerScores]:
    """Run an analyser over every gold record and score its entity mentions per language.

    Each record becomes an `Article` (id, text and lang from the record, empty title, sha256 of
    the text as content hash) analysed with `create_backend(analyser, config).analyse(article,
    lang)`; mentions of type PER/ORG/LOC/MISC become predicted spans (identical spans counted
    once). Records are grouped by their `lang`; the result is keyed by language, sorted.

    With `predictions_out`, writes one JSON line per gold record in gold order:
    `{"id": ..., "entities": [{"start", "end", "type", "text"}, ...]}` (entities sorted).
    """
    gold_path = Path(gold_path)
    records = read_gold_jsonl(gold_path)
    backend = create_backend(analyser, config)
    per_lang: dict[str, NerScores] = {}
    lines: list[str] = []
    for record in records:
        lang = record["lang"]
        doc = backend.analyse(_article_for(record, gold_path), lang)
        predicted = sorted({Span(m.start, m.end, m.type) for m in doc.entities if m.type in NER_TYPES})
        overall, by_type, span = score_record(record, predicted)
        scores = per_lang.setdefault(
            lang, NerScores(lang, 0, Counts(), {t: Counts() for t in NER_TYPES}, Counts()))
        scores.records += 1
        scores.overall.add(overall)
        scores.span.add(span)
        for name, counts in by_type.items():
            scores.by_type.setdefault(name, Counts()).add(counts)
        scores.dropped += len(predicted) - overall.tp - overall.fp
        text = record["text"]
        entities = [{"start": s.start, "end": s.end, "type": s.type, "text": text[s.start:s.end]}
                    for s in predicted]
        lines.append(json.dumps({"id": record["id"], "entities": entities}, ensure_ascii=False))
    if predictions_out is not None:
        predictions_out = Path(predictions_out)
        predictions_out.parent.mkdir(parents=True, exist_ok=True)
        predictions_out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return {lang: per_lang[lang] for lang in sorted(per_lang)}


def format_ner_table(scores: Mapping[str, NerScores]) -> str:
    """A plain-text table: per language the overall, per-type and type-agnostic span scores."""
    header = f"{'lang':<5} {'records':>7}  {'scope':<5} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>5} " \
             f"{'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}"
    out = [header, "-" * len(header)]

    def row(lang: str, records: str, scope: str, c: Counts) -> str:
        return (f"{lang:<5} {records:>7}  {scope:<5} {c.tp + c.fn:>5} {c.tp + c.fp:>5} {c.tp:>5} {c.fp:>5} "
                f"{c.fn:>5}  {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}")

    for lang in sorted(scores):
        s = scores[lang]
        out.append(row(lang, str(s.records), "all", s.overall))
        ordered = list(NER_TYPES) + sorted(t for t in s.by_type if t not in NER_TYPES)
        for name in ordered:
            if name in s.by_type:
                out.append(row("", "", name, s.by_type[name]))
        out.append(row("", "", "span", s.span))
        out.append(f"{'':<5} {'':>7}  dropped (overlap with nested/extra gold): {s.dropped}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Name matching
# --------------------------------------------------------------------------------------------

_ABBREVIATION = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\.){2,})")
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NON_WORD = re.compile(r"[\W_]+")
_DOUBLES = re.compile(r"(.)\1+")
_US_FORMS: tuple[tuple[str, ...], ...] = (
    ("united", "states", "of", "america"), ("united", "states"), ("usa",), ("us",),
)
_STRICT, _PARTIAL = 2, 1


def _fold_token(token: str) -> str:
    """Fold common transliteration variants of one lower-case Latin token.

    y→i (so -y, -iy, -ii, -yi, -ey all meet -i/-ei once doubles collapse), kh→h, ks→x, ie→i
    (Kiev/Kyiv), and doubled letters → one.
    """
    token = token.replace("kh", "h").replace("ks", "x").replace("y", "i").replace("ie", "i")
    return _DOUBLES.sub(r"\1", token)


def name_tokens(name: str, kind: str = "person") -> tuple[str, ...]:
    """The comparison key of a name: folded Latin tokens.

    Accents are stripped (NFKD), other scripts romanised (anyascii), case folded, abbreviations
    joined ("U.S." → "us"), apostrophes removed, other punctuation splits tokens, and each token
    folded with `_fold_token`. For organisations and places a leading "the" is dropped and
    "United States (of America)", "USA", "US" all become "us".
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = anyascii(text).casefold()
    text = _ABBREVIATION.sub(lambda m: m.group(1).replace(".", ""), text)
    text = _APOSTROPHES.sub("", text)
    tokens = _NON_WORD.sub(" ", text).split()
    if kind != "person":
        if len(tokens) > 1 and tokens[0] == "the":
            tokens = tokens[1:]
        tokens = _replace_us(tokens)
    return tuple(_fold_token(token) for token in tokens)


def _replace_us(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for form in _US_FORMS:
            if tuple(tokens[i:i + len(form)]) == form:
                out.append("us")
                i += len(form)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether two strings are at most one insertion, deletion or substitution apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _token_eq(a: str, b: str) -> bool:
    """Folded tokens equal, or one edit apart when both have at least 5 letters."""
    return a == b or (min(len(a), len(b)) >= 5 and _one_edit(a, b))


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `short` occurs in order within `long` (token-fuzzy), ending on the same last token."""
    if not short or len(short) >= len(long) or not _token_eq(short[-1], long[-1]):
        return False
    position = 0
    for token in short[:-1]:
        while position < len(long) - 1 and not _token_eq(token, long[position]):
            position += 1
        if position >= len(long) - 1:
            return False
        position += 1
    return True


def _strength(gold: tuple[str, ...], pred: tuple[str, ...], kind: str) -> int:
    """_STRICT for a full-name match, _PARTIAL for a sub-name match (needs a check), else 0."""
    if not gold or not pred:
        return 0
    if gold == pred:
        return _STRICT
    if len(gold) == len(pred):
        if all(_token_eq(a, b) for a, b in zip(gold, pred, strict=True)):
            return _STRICT
        if len(gold) == 2 and all(_token_eq(a, b) for a, b in zip(gold, reversed(pred), strict=True)):
            return _STRICT  # "Lavrov Sergey"
        return 0
    short, long = (pred, gold) if len(pred) < len(gold) else (gold, pred)
    if kind != "person" and len(short) < 2:
        return 0  # a lone generic word ("Ministry") is no organisation or place name
    if _subsequence(pred, gold) or _subsequence(gold, pred):
        return _PARTIAL
    if kind != "person" and _same_words(short, long):
        return _STRICT  # "Defense Department", "Department of Defense"
    if kind == "organization" and _same_words(short, long[:len(short)]) and long[len(short)] == "of" \
            and len(long) - len(short) <= OF_WHOM_WORDS:
        return _PARTIAL  # "Office of the President", "Office of the President of Ukraine"
    return 0


_LINKING_WORDS = frozenset({"of", "the", "and", "for"})
OF_WHOM_WORDS = 3  # "of the United Kingdom"


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words, in any order, leaving out "of", "the", "and", "for" (token-fuzzy)."""
    left, right = [t for t in a if t not in _LINKING_WORDS], [t for t in b if t not in _LINKING_WORDS]
    if len(left) != len(right) or len(left) < 2:
        return False
    rest = list(right)
    for token in left:
        found = next((n for n, other in enumerate(rest) if _token_eq(token, other)), None)
        if found is None:
            return False
        rest.pop(found)
    return True


def names_match(gold: str, predicted: str, kind: str = "person", others: Iterable[str] = ()) -> bool:
    """Whether a predicted name stands for a canonical gold name.

    Full names match after `name_tokens` folding, token by token with one edit allowed for
    tokens of 5+ letters, or with two tokens swapped. A shorter predicted name that is a
    sub-name of the gold one ending on the same token ("Lavrov" for "Sergey Lavrov") matches
    only when it matches no other name in `others` (the other gold names of the same kind); for
    organisations and places the shorter name needs two tokens or more.
    """
    g, p = name_tokens(gold, kind), name_tokens(predicted, kind)
    strength = _strength(g, p, kind)
    if strength != _PARTIAL or len(p) >= len(g):
        return strength > 0
    rivals = [name_tokens(other, kind) for other in others if other != gold]
    return not any(_strength(rival, p, kind) and rival != g for rival in rivals)


def _match_names(gold: Sequence[str], predicted: Sequence[str], kind: str) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold names to predicted names (pairs of indices)."""
    edges: list[list[int]] = []
    for g in gold:
        strict = [j for j, p in enumerate(predicted) if names_match(g, p, kind, gold)
                  and _strength(name_tokens(g, kind), name_tokens(p, kind), kind) == _STRICT]
        loose = [j for j, p in enumerate(predicted) if j not in strict and names_match(g, p, kind, gold)]
        edges.append(strict + loose)
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# --------------------------------------------------------------------------------------------
# Facts gold
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldQuote:
    """A reference quote: its speaker and a distinctive substring of the original text."""

    speaker: str
    contains: str


@dataclass(frozen=True)
class GoldEvent:
    """A reference event: type, participants (names), optional place and time."""

    type: str
    participants: tuple[str, ...] = ()
    place: str | None = None
    when: str | None = None


# The facts a gold article can carry, each under its own key. A gold article is measured only on
# the facts whose key it has (a track-only gold has no `people` key, so the people the tool finds
# are not counted against it); `tracks` is measured when it has `tracks`, `primary_track` or
# `off_topic`.
FACT_KEYS: tuple[str, ...] = ("people", "organizations", "places", "quotes", "events", "dates", "numbers", "tracks")
_TRACK_KEYS = ("tracks", "primary_track", "off_topic")


@dataclass(frozen=True)
class GoldArticle:
    """The reference facts of one article; `measured` names the facts its gold gives (FACT_KEYS)."""

    id: str
    lang: str = ""
    primary_track: str | None = None
    tracks: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    numbers: tuple[str, ...] = ()
    number_measures: tuple[str, ...] = ()  # what each gold number measures, and its unit (English)
    dates: tuple[str, ...] = ()
    split: str = "dev"  # dev or test (the part measured only at the end)
    off_topic: bool = False  # belongs on no negotiation track
    measured: frozenset[str] = frozenset(FACT_KEYS)


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldFormatError(f"{where}: expected a list")
    return tuple(str(item) for item in value)


def _gold_article(article_id: str, data: Any, origin: str) -> GoldArticle:
    where = f"{origin}: article {article_id}"
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: expected a mapping")
    quotes: list[GoldQuote] = []
    for n, item in enumerate(data.get("quotes") or []):
        if not isinstance(item, dict) or "contains" not in item:
            raise GoldFormatError(f"{where}: quotes[{n}] needs 'contains' (and 'speaker')")
        quotes.append(GoldQuote(str(item.get("speaker") or ""), str(item["contains"])))
    events: list[GoldEvent] = []
    for n, item in enumerate(data.get("events") or []):
        if not isinstance(item, dict) or "type" not in item:
            raise GoldFormatError(f"{where}: events[{n}] needs 'type'")
        place, when = item.get("place"), item.get("when")
        events.append(GoldEvent(str(item["type"]), _str_list(item.get("participants"), f"{where}: events[{n}]"),
                                None if place is None else str(place), None if when is None else str(when)))
    numbers: list[str] = []
    measures: list[str] = []
    for n, item in enumerate(data.get("numbers") or []):
        if isinstance(item, dict) and "contains" in item:
            numbers.append(str(item["contains"]))
            measures.append(f"{item.get('what') or ''} {item.get('unit') or ''}".strip())
        elif isinstance(item, str | int | float):
            numbers.append(str(item))
            measures.append("")
        else:
            raise GoldFormatError(f"{where}: numbers[{n}] needs 'contains'")
    primary = data.get("primary_track")
    tracks = _str_list(data.get("tracks"), f"{where}: tracks")
    if not tracks and primary:
        tracks = (str(primary),)
    return GoldArticle(
        id=article_id, lang=str(data.get("lang") or ""), primary_track=None if primary is None else str(primary),
        tracks=tracks, people=_str_list(data.get("people"), f"{where}: people"),
        organizations=_str_list(data.get("organizations"), f"{where}: organizations"),
        places=_str_list(data.get("places"), f"{where}: places"), quotes=tuple(quotes), events=tuple(events),
        numbers=tuple(numbers), number_measures=tuple(measures), dates=_str_list(data.get("dates"), f"{where}: dates"),
        split=str(data.get("split") or "dev"), off_topic=bool(data.get("off_topic")),
        measured=frozenset(name for name in FACT_KEYS if name in data
                           or (name == "tracks" and any(key in data for key in _TRACK_KEYS))),
    )


def read_facts_gold(path: Path) -> list[GoldArticle]:
    """Read a facts gold YAML (`articles: {id: {...}}`), sorted by article id."""
    path = Path(path)
    try:
        data = load_yaml_file(path)
    except YamlError as exc:
        raise GoldFormatError(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise GoldFormatError(f"{path}: expected a top-level 'articles' mapping of article id to facts")
    return [_gold_article(str(key), value, str(path)) for key, value in sorted(data["articles"].items())]


# --------------------------------------------------------------------------------------------
# Facts scoring
# --------------------------------------------------------------------------------------------

_QUOTE_MARKS = str.maketrans({**dict.fromkeys("“”„‟«»‹›〝〞＂", '"'), **dict.fromkeys("‘’‚‛′`´ʼ", "'")})
_SPACES = re.compile(r"\s+")
# Which predicted event types a gold event type accepts.
EVENT_TYPES_ACCEPTED: dict[str, frozenset[str]] = {
    "meeting": frozenset({"meeting", "talks", "summit", "visit"}),
    "summit": frozenset({"summit", "meeting"}),
    "visit": frozenset({"visit", "meeting"}),
    "talks": frozenset({"talks", "meeting"}),
}
CATEGORIES = ("people", "organizations", "places")
_KIND_OF_CATEGORY = {"people": "person", "organizations": "organization", "places": "place"}


def _norm_text(text: str) -> str:
    """NFC, one form of quote marks and apostrophes, collapsed whitespace, case folded."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTE_MARKS)
    return _SPACES.sub(" ", text).strip().casefold()


def quote_found(gold: str, predicted: str) -> int:
    """2 when the predicted text contains the gold substring, 1 for a fragment (the gold
    substring contains the predicted text, which is at least 60% of its length), else 0."""
    g, p = _norm_text(gold), _norm_text(predicted)
    if not g or not p:
        return 0
    if g in p:
        return 2
    if p in g and len(p) >= 0.6 * len(g):
        return 1
    return 0


def number_found(gold: str, predicted: str) -> bool:
    """Whether a predicted number is the gold one: either text holds the other word for word ("three
    days" in the gold's "within three days"; a predicted text always holds its number)."""
    g, p = _words_of(gold), _words_of(predicted)
    short, long = (g, p) if len(g) <= len(p) else (p, g)
    return bool(short) and any(all(_same_word(a, b) for a, b in zip(long[i:i + len(short)], short, strict=True))
                               for i in range(len(long) - len(short) + 1))


_AR_PROCLITICS = "وبلفك"


def _same_word(a: str, b: str) -> bool:
    """One word, or one Arabic word with and without a one-letter proclitic ("لثلاث", for three)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and long[0] in _AR_PROCLITICS and long[1:] == short and len(short) >= 3


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", _norm_text(text))


@dataclass
class ArticleFacts:
    """Scores of one gold article. `missed`/`spurious` list names by category for reading."""

    id: str
    lang: str
    has_summary: bool
    people: Counts = field(default_factory=Counts)
    organizations: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    quotes: Found = field(default_factory=Found)
    speakers: Found = field(default_factory=Found)  # correct speakers among found quotes
    primary_gold: str | None = None
    primary_predicted: str | None = None
    tracks: Counts = field(default_factory=Counts)
    events: Found = field(default_factory=Found)
    dates: Found = field(default_factory=Found)
    numbers: Found = field(default_factory=Found)
    # Discovered (not registry) people of a non-Latin-script article found by the tool: how many
    # carry the gold's usual English spelling rather than a romanisation of their own.
    english_names: Found = field(default_factory=Found)
    speakers_wrong: int = 0  # found quotes given to someone else (not unknown)
    number_precision: Found = field(default_factory=Found)  # predicted numbers that are gold numbers
    number_measures: Found = field(default_factory=Found)  # gold numbers found with what they measure
    off_topic: bool = False
    measured: frozenset[str] = frozenset(FACT_KEYS)  # the facts the gold gives (see GoldArticle)
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)

    @property
    def primary_correct(self) -> bool:
        return self.has_summary and self.primary_predicted == self.primary_gold

    @property
    def off_topic_kept_off(self) -> bool:
        """An off-topic article that the tool put on no track."""
        return self.off_topic and self.has_summary and self.primary_predicted is None and not self.tracks.fp

    def category(self, name: str) -> Counts:
        return {"people": self.people, "organizations": self.organizations, "places": self.places}[name]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "lang": self.lang, "has_summary": self.has_summary,
            **{name: self.category(name).to_json() for name in CATEGORIES},
            "quotes": self.quotes.to_json(), "speakers": self.speakers.to_json(),
            "primary_track": {"gold": self.primary_gold, "predicted": self.primary_predicted,
                              "correct": self.primary_correct},
            "tracks": self.tracks.to_json(), "events": self.events.to_json(), "dates": self.dates.to_json(),
            "numbers": self.numbers.to_json(), "english_names": self.english_names.to_json(),
            "speakers_wrong": self.speakers_wrong, "off_topic": self.off_topic,
            "missed": {k: list(v) for k, v in sorted(self.missed.items()) if v},
            "spurious": {k: list(v) for k, v in sorted(self.spurious.items()) if v},
        }


@dataclass
class FactsReport:
    """Per-article rows (sorted by id) and micro-averaged overall figures."""

    articles: list[ArticleFacts]
    missing: list[str]  # gold articles with no summary (counted as all missed)
    unscored: list[str]  # summaries with no gold entry (ignored)

    def total(self, name: str) -> Counts:
        """Micro-averaged counts of a category: people, organizations, places or tracks."""
        counts = Counts()
        for row in self.articles:
            counts.add(row.tracks if name == "tracks" else row.category(name))
        return counts

    def found(self, name: str) -> Found:
        """Summed tallies of quotes, speakers, events, dates or numbers."""
        tally = Found()
        for row in self.articles:
            tally.add(getattr(row, name))
        return tally

    @property
    def primary_accuracy(self) -> float:
        """Share of on-topic articles (a gold primary track) whose primary track is right."""
        on_topic = [row for row in self.articles if row.primary_gold is not None]
        return sum(row.primary_correct for row in on_topic) / len(on_topic) if on_topic else 0.0

    @property
    def off_topic(self) -> Found:
        """Off-topic articles put on no track."""
        rows = [row for row in self.articles if row.off_topic]
        return Found(sum(row.off_topic_kept_off for row in rows), len(rows))

    @property
    def speakers_wrong(self) -> int:
        return sum(row.speakers_wrong for row in self.articles)

    def measures(self, name: str) -> bool:
        """Whether any article's gold gives the fact (FACT_KEYS; speakers go with quotes)."""
        name = "quotes" if name == "speakers" else name
        return any(name in row.measured for row in self.articles)

    def by_language(self) -> dict[str, FactsReport]:
        """One report per article language, in language order."""
        langs = sorted({row.lang for row in self.articles})
        return {lang: FactsReport([row for row in self.articles if row.lang == lang], [], []) for lang in langs}

    def to_json(self) -> dict[str, Any]:
        """A deterministic, JSON-serialisable dict of the whole report."""
        overall: dict[str, Any] = {name: self.total(name).to_json() for name in (*CATEGORIES, "tracks")}
        overall.update({name: self.found(name).to_json() for name in ("quotes", "speakers", "events", "dates",
                                                                      "numbers")})
        overall["english_names"] = self.found("english_names").to_json()
        overall["speakers_wrong"] = self.speakers_wrong
        overall["number_precision"] = self.found("number_precision").to_json()
        overall["number_measures"] = self.found("number_measures").to_json()
        overall["off_topic_kept_off"] = self.off_topic.to_json()
        overall["primary_track_accuracy"] = _r(self.primary_accuracy)
        overall["articles"] = len(self.articles)
        return {"overall": overall, "articles": [row.to_json() for row in self.articles],
                "missing": sorted(self.missing), "unscored": sorted(self.unscored)}


def _all_actors(summary: Summary) -> list[ActorFact]:
    return [*summary.actors, *summary.places]


def _predicted_names(summary: Summary, category: str) -> list[str]:
    kinds = {"people": ("person",), "organizations": ("organization",), "places": ("country", "place")}[category]
    names: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for actor in _all_actors(summary):
        if actor.type in kinds:
            key = name_tokens(actor.name, _KIND_OF_CATEGORY[category])
            if key not in seen:
                seen.add(key)
                names.append(actor.name)
    return names


def _id_name(actor_id: str, by_id: Mapping[str, ActorFact]) -> tuple[str, str]:
    """The display name and name kind of an actor id (the id itself, de-slugged, when unknown)."""
    actor = by_id.get(actor_id)
    if actor is None:
        return actor_id.replace("-", " "), "person"
    return actor.name, "person" if actor.type == "person" else "organization"


def _score_quotes(gold: GoldArticle, summary: Summary, row: ArticleFacts) -> None:
    by_id = {actor.id: actor for actor in _all_actors(summary)}
    row.missed["quotes"] = []
    for quote in gold.quotes:
        hits = [(quote_found(quote.contains, q.text), n, q) for n, q in enumerate(summary.quotes)]
        hits = [hit for hit in hits if hit[0]]
        if not hits:
            row.missed["quotes"].append(quote.contains)
            continue
        row.quotes.found += 1
        best = min(hits, key=lambda hit: (-hit[0], len(hit[2].text), hit[1]))[2]  # the tightest, as a quote in a turn
        candidates = [name for name in (best.speaker_name,) if name]
        if best.speaker:
            candidates.append(_id_name(best.speaker, by_id)[0])
        row.speakers.total += 1
        if any(names_match(quote.speaker, name, "person", gold.people) for name in candidates) \
                or (quote.speaker == "unknown" and not candidates):  # the article does not say, nor do we
            row.speakers.found += 1
        else:
            row.speakers_wrong += bool(candidates) and quote.speaker != "unknown"
            row.missed.setdefault("speakers", []).append(f"{quote.speaker}: {quote.contains}")


_LATIN_LANGS = frozenset({"en", "fr", "de", "es", "it", "pl", "tr"})


def spelling_key(name: str) -> tuple[str, ...]:
    """A name's letters as a reader compares spellings: accents, case and punctuation ignored only."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return tuple(_NON_WORD.sub(" ", _APOSTROPHES.sub("", text)).split())


_MEASURE_WORDS = re.compile(r"[a-z]+")


def _measure_agrees(gold: str, what: str | None, unit: str | None) -> bool:
    """Whether a predicted number says what the gold says it measures: a shared English word of
    three letters or more between the gold's 'what'/'unit' and the prediction's (plural s ignored)."""
    def words(text: str) -> set[str]:
        return {w.removesuffix("s") for w in _MEASURE_WORDS.findall(text.casefold()) if len(w) >= 3}

    return bool(words(gold) & words(f"{what or ''} {unit or ''}"))


def _score_english_names(gold: GoldArticle, summary: Summary, row: ArticleFacts) -> None:
    """Discovered people of a Cyrillic or Arabic article: matched to gold, and spelled as the gold."""
    if gold.lang in _LATIN_LANGS:
        return
    discovered = [a.name for a in summary.actors if a.type == "person" and not a.in_registry]
    pairs = _match_names(list(gold.people), discovered, "person")
    for i, j in pairs:
        want, got = spelling_key(gold.people[i]), spelling_key(discovered[j])
        row.english_names.total += 1
        if got == want or (len(got) < len(want) and got == want[-len(got):]):
            row.english_names.found += 1
        else:
            row.missed.setdefault("english spelling", []).append(f"{gold.people[i]} (shown as {discovered[j]})")


def _score_events(gold: GoldArticle, summary: Summary, row: ArticleFacts) -> None:
    by_id = {actor.id: actor for actor in _all_actors(summary)}
    context = [*gold.people, *gold.organizations, *gold.places]
    row.missed["events"] = []
    for event in gold.events:
        accepted = EVENT_TYPES_ACCEPTED.get(event.type, frozenset({event.type}))
        found = False
        for predicted in summary.events:
            if predicted.type not in accepted:
                continue
            if not event.participants:
                found = True
                break
            names = [_id_name(pid, by_id) for pid in predicted.participants]
            if any(names_match(g, name, kind, context) for g in event.participants for name, kind in names):
                found = True
                break
        row.events.found += found
        if not found:
            row.missed["events"].append(f"{event.type}: {', '.join(event.participants)}")


def _match_with_aliases(gold: Sequence[str], predicted: Sequence[str], kind: str,
                        aliases: Mapping[str, Sequence[str]]) -> list[tuple[int, int]]:
    """`_match_names`, where a registry actor also matches by its other names ("UN", "United Nations")."""
    if not aliases:
        return _match_names(gold, predicted, kind)
    pairs = _match_names(gold, predicted, kind)
    matched_gold, matched_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, name in enumerate(gold):
        if i in matched_gold:
            continue
        for j, pred in enumerate(predicted):
            if j not in matched_pred and any(names_match(name, alt, kind) for alt in aliases.get(pred, ())):
                pairs.append((i, j))
                matched_gold.add(i)
                matched_pred.add(j)
                break
    return sorted(pairs)


def _score_article(gold: GoldArticle, summary: Summary | None,
                   aliases: Mapping[str, Sequence[str]] | None = None) -> ArticleFacts:
    row = ArticleFacts(id=gold.id, lang=gold.lang, has_summary=summary is not None,
                       primary_gold=gold.primary_track, off_topic=gold.off_topic, measured=gold.measured)
    row.quotes.total = len(gold.quotes)
    row.events.total = len(gold.events)
    row.dates.total = len(gold.dates)
    row.numbers.total = len(gold.numbers)
    if summary is None:
        for name in CATEGORIES:
            if name in gold.measured:
                row.category(name).fn = len(getattr(gold, name))
                row.missed[name] = list(getattr(gold, name))
        if "tracks" in gold.measured:
            row.tracks.fn = len(set(gold.tracks))
        return row

    for name in CATEGORIES:
        if name not in gold.measured:
            continue
        gold_names = list(getattr(gold, name))
        predicted = _predicted_names(summary, name)
        pairs = _match_with_aliases(gold_names, predicted, _KIND_OF_CATEGORY[name], aliases or {})
        counts = row.category(name)
        counts.tp = len(pairs)
        counts.fn = len(gold_names) - len(pairs)
        counts.fp = len(predicted) - len(pairs)
        matched_gold, matched_pred = {i for i, _ in pairs}, {j for _, j in pairs}
        row.missed[name] = [g for i, g in enumerate(gold_names) if i not in matched_gold]
        row.spurious[name] = [p for j, p in enumerate(predicted) if j not in matched_pred]

    if "people" in gold.measured:
        _score_english_names(gold, summary, row)
    if "quotes" in gold.measured:
        _score_quotes(gold, summary, row)
    if "events" in gold.measured:
        _score_events(gold, summary, row)

    if "tracks" in gold.measured:
        row.primary_predicted = None if summary.tracks.primary == "other" else summary.tracks.primary
        gold_tracks, predicted_tracks = set(gold.tracks), {match.id for match in summary.tracks.matches}
        row.tracks = Counts(len(gold_tracks & predicted_tracks), len(predicted_tracks - gold_tracks),
                            len(gold_tracks - predicted_tracks))
        row.missed["tracks"] = sorted(gold_tracks - predicted_tracks)
        row.spurious["tracks"] = sorted(predicted_tracks - gold_tracks)

    if "dates" in gold.measured:
        values = {date.value for date in summary.dates} | {date.until for date in summary.dates if date.until}
        row.missed["dates"] = [d for d in gold.dates if d not in values]
        row.dates.found = len(gold.dates) - len(row.missed["dates"])
    if "numbers" in gold.measured:
        row.missed["numbers"] = [n for n in gold.numbers
                                 if not any(number_found(n, p.text) for p in summary.numbers)]
        row.numbers.found = len(gold.numbers) - len(row.missed["numbers"])
        row.number_measures.total = len(gold.numbers)
        for contains, measure in zip(gold.numbers, gold.number_measures or ("",) * len(gold.numbers), strict=True):
            hits = [p for p in summary.numbers if number_found(contains, p.text)]
            row.number_measures.found += any(_measure_agrees(measure, p.what, p.unit) for p in hits)
        row.spurious["numbers"] = [p.text for p in summary.numbers
                                   if not any(number_found(n, p.text) for n in gold.numbers)]
        row.number_precision = Found(len(summary.numbers) - len(row.spurious["numbers"]), len(summary.numbers))
    return row


def evaluate_facts(gold_path: Path, summaries: Mapping[str, Summary], split: str | None = None,
                   aliases: Mapping[str, Sequence[str]] | None = None) -> FactsReport:
    """Score summaries (keyed by article id) against a facts gold YAML.

    * people / organisations / places: precision and recall of names (actors of type person,
      organization; country and place), matched one-to-one with `names_match`.
    * quotes: a gold quote is found when a predicted quote contains its substring (or is a
      fragment of at least 60% of it, see `quote_found`); speakers are checked on found quotes
      (the best-matching predicted quote's `speaker_name`, or its speaker id's display name; of equal
      matches the tightest); a gold `unknown` speaker is right where the quote has none.
    * tracks: primary-track accuracy and track-set precision/recall/F1.
    * events: recall of gold events (compatible type, and one gold participant matching a
      predicted participant); dates (exact ISO value, or the last day of a predicted range) and
      numbers (`number_found`: one text holds the other word for word) recall as well.

    A gold article is measured only on the facts it has a key for (`GoldArticle.measured`): a
    track-only gold (no `people`, `quotes`, ... keys) scores the tracks and nothing else, so the
    names, quotes and numbers the tool finds are not counted as false positives against it.

    Gold articles without a summary count as all missed and are listed in `missing`. With
    `split`, only the gold articles of that split (dev or test) are scored. `aliases` gives the
    other names of registry actors by display name, so "UN" in the gold matches "United Nations".
    """
    gold = read_facts_gold(Path(gold_path))
    if split is not None:
        gold = [article for article in gold if article.split == split]
    gold_ids = {article.id for article in gold}
    rows = [_score_article(article, summaries.get(article.id), aliases) for article in gold]
    return FactsReport(
        articles=rows,
        missing=sorted(article.id for article in gold if article.id not in summaries),
        unscored=sorted(key for key in summaries if key not in gold_ids and split is None),
    )


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}"


def format_language_table(report: FactsReport) -> str:
    """Each measure (rows) per article language and overall (columns)."""
    columns = {**report.by_language(), "all": report}

    def pr(c: Counts) -> str:
        return f"{c.precision:.2f}/{c.recall:.2f}" if c.tp + c.fp + c.fn else "-"

    def rate(f: Found) -> str:
        return f"{f.rate:.2f} ({f.found}/{f.total})" if f.total else "-"

    rows: list[tuple[str, Callable[[FactsReport], str]]] = [
        ("articles", lambda r: str(len(r.articles))),
        ("people P/R", lambda r: pr(r.total("people"))),
        ("organisations P/R", lambda r: pr(r.total("organizations"))),
        ("places P/R", lambda r: pr(r.total("places"))),
        ("discovered names in English spelling", lambda r: rate(r.found("english_names"))),
        ("quotes found", lambda r: rate(r.found("quotes"))),
        ("speaker right", lambda r: rate(r.found("speakers"))),
        ("speaker wrong (not unknown)", lambda r: str(r.speakers_wrong)),
        ("events found", lambda r: rate(r.found("events"))),
        ("dates found", lambda r: rate(r.found("dates"))),
        ("numbers found", lambda r: rate(r.found("numbers"))),
        ("numbers precision", lambda r: rate(r.found("number_precision"))),
        ("numbers with what they measure", lambda r: rate(r.found("number_measures"))),
        ("primary track right (on-topic)", lambda r: rate(Found(
            sum(row.primary_correct for row in r.articles if row.primary_gold is not None),
            sum(row.primary_gold is not None for row in r.articles)))),
        ("off-topic on no track", lambda r: rate(r.off_topic)),
        ("track-set F1", lambda r: f"{r.total('tracks').f1:.2f}" if r.articles else "-"),
    ]
    cells = [[label, *(fn(columns[name]) for name in columns)] for label, fn in rows]
    head = ["measure", *columns]
    widths = [max(len(str(line[i])) for line in [head, *cells]) for i in range(len(head))]
    out = ["  ".join(str(v).ljust(widths[0]) if i == 0 else str(v).rjust(widths[i]) for i, v in enumerate(line))
           for line in [head, *cells]]
    out.insert(1, "-" * len(out[0]))
    return "\n".join(out) + "\n"


def format_facts_table(report: FactsReport) -> str:
    """A plain-text table: one row per article and an overall row, then misses by article."""
    header = (f"{'article':<28} {'lang':<4} {'people P/R':>11} {'orgs P/R':>11} {'places P/R':>11} "
              f"{'quotes':>7} {'speaker':>7} {'primary':>7} {'tracksF1':>8} {'events':>7}")
    out = [header, "-" * len(header)]

    def pr(c: Counts) -> str:
        return f"{_pct(c.precision)}/{_pct(c.recall)}"

    def frac(f: Found) -> str:
        return f"{f.found}/{f.total}"

    for row in report.articles:
        primary = "yes" if row.primary_correct else ("no" if row.has_summary else "-")
        name = row.id if row.has_summary else f"{row.id} (none)"
        out.append(f"{name:<28} {row.lang:<4} {pr(row.people):>11} {pr(row.organizations):>11} "
                   f"{pr(row.places):>11} {frac(row.quotes):>7} {frac(row.speakers):>7} {primary:>7} "
                   f"{_pct(row.tracks.f1):>8} {frac(row.events):>7}")
    out.append("-" * len(header))
    total_primary = f"{_pct(report.primary_accuracy)}%"
    out.append(f"{'overall (micro)':<28} {'':<4} {pr(report.total('people')):>11} "
               f"{pr(report.total('organizations')):>11} {pr(report.total('places')):>11} "
               f"{frac(report.found('quotes')):>7} {frac(report.found('speakers')):>7} {total_primary:>7} "
               f"{_pct(report.total('tracks').f1):>8} {frac(report.found('events')):>7}")
    out.append("")
    for label, name in (("people", "people"), ("organisations", "organizations"), ("places", "places"),
                        ("tracks", "tracks")):
        c = report.total(name)
        if not report.measures(name):
            out.append(f"{label:<14} not in the gold")
            continue
        out.append(f"{label:<14} P {_pct(c.precision)}  R {_pct(c.recall)}  F1 {_pct(c.f1)}  "
                   f"(tp {c.tp}, fp {c.fp}, fn {c.fn})")
    for label, name in (("quotes found", "quotes"), ("speakers right", "speakers"), ("events found", "events"),
                        ("dates found", "dates"), ("numbers found", "numbers")):
        f = report.found(name)
        if not report.measures(name):
            out.append(f"{label:<14} not in the gold")
            continue
        out.append(f"{label:<14} {_pct(f.rate)}%  ({f.found}/{f.total})")
    out.append(f"{'primary track':<14} {_pct(report.primary_accuracy)}%  (on-topic articles)")
    out.append("")
    out.append(format_language_table(report).rstrip("\n"))
    if report.missing:
        out.append(f"no summary for: {', '.join(report.missing)}")
    if report.unscored:
        out.append(f"not in gold (ignored): {', '.join(report.unscored)}")
    for row in report.articles:
        misses = [f"  missed {k}: {'; '.join(v)}" for k, v in sorted(row.missed.items()) if v]
        extra = [f"  spurious {k}: {'; '.join(v)}" for k, v in sorted(row.spurious.items()) if v]
        if misses or extra:
            out.append(f"{row.id}:")
            out.extend(misses + extra)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Quality gate
# --------------------------------------------------------------------------------------------


def flatten_ner(scores: Mapping[str, NerScores]) -> dict[str, float]:
    """Flat metrics: ner.<lang>.{precision,recall,f1}, ner.<lang>.span_{precision,recall,f1},
    ner.<lang>.<TYPE>.{precision,recall,f1}; keys sorted."""
    flat: dict[str, float] = {}
    for lang, s in scores.items():
        for metric in ("precision", "recall", "f1"):
            flat[f"ner.{lang}.{metric}"] = getattr(s.overall, metric)
            flat[f"ner.{lang}.span_{metric}"] = getattr(s.span, metric)
            for name, counts in s.by_type.items():
                flat[f"ner.{lang}.{name}.{metric}"] = getattr(counts, metric)
    return dict(sorted(flat.items()))


def flatten_facts(report: FactsReport, prefix: str = "facts") -> dict[str, float]:
    """Flat metrics: <prefix>.{people,organizations,places,tracks}.{precision,recall,f1},
    <prefix>.{quotes,events,dates,numbers}.found, <prefix>.quotes.speaker_accuracy,
    <prefix>.tracks.primary_accuracy, and where the gold has them the share of discovered names in
    their English spelling, number precision and measures, off-topic articles kept off; keys sorted."""
    flat: dict[str, float] = {}
    for name in (*CATEGORIES, "tracks"):
        counts = report.total(name)
        for metric in ("precision", "recall", "f1"):
            flat[f"{prefix}.{name}.{metric}"] = getattr(counts, metric)
    for name in ("quotes", "events", "dates", "numbers"):
        flat[f"{prefix}.{name}.found"] = report.found(name).rate
    flat[f"{prefix}.quotes.speaker_accuracy"] = report.found("speakers").rate
    flat[f"{prefix}.tracks.primary_accuracy"] = report.primary_accuracy
    extra = {"names.english_spelling": report.found("english_names"),
             "numbers.precision": report.found("number_precision"),
             "numbers.measured": report.found("number_measures"), "tracks.off_topic_kept_off": report.off_topic}
    for key, found in extra.items():
        if found.total:
            flat[f"{prefix}.{key}"] = found.rate
    return dict(sorted(flat.items()))


DEVSET_GOLD = Path("eval") / "gold.yml"
DEVSET_ARTICLES = Path("eval") / "articles"


def devset_figures(config: SiteConfig, root: Path, split: str = "dev") -> dict[str, float]:
    """The real-article dev set's figures (`eval/gold.yml` under root), per language and overall:
    devset.<lang>.* and devset.all.*; nothing when the project has no dev set."""
    from generator.pipeline import summarise_folder

    gold = root / DEVSET_GOLD
    if not gold.exists():
        return {}
    summaries = summarise_folder(config, root / DEVSET_ARTICLES, "offline", use_cache=False)
    aliases = {actor.name: actor.aliases for actor in config.actors.actors if actor.aliases}
    report = evaluate_facts(gold, summaries, split, aliases)
    figures = flatten_facts(report, "devset.all")
    for lang, part in report.by_language().items():
        figures.update(flatten_facts(part, f"devset.{lang}"))
    return figures


def compare_to_baseline(current: Mapping[str, float], baseline: Mapping[str, float],
                        tolerance: float = 0.005) -> list[str]:
    """Messages for every pinned metric that fell more than `tolerance` below its baseline value,
    or that is missing (or not a number) in `current`. An empty list means the gate passes.
    Metrics only in `current` are new and never reported."""
    problems: list[str] = []
    for key in sorted(baseline):
        pinned = float(baseline[key])
        if key not in current:
            problems.append(f"{key}: missing from the current results (baseline {pinned:.4f})")
            continue
        value = current[key]
        if not isinstance(value, int | float) or value != value:  # NaN
            problems.append(f"{key}: not a number ({value!r}); baseline {pinned:.4f}")
            continue
        if value < pinned - tolerance:
            problems.append(f"{key}: dropped from {pinned:.4f} to {float(value):.4f} "
                            f"({float(value) - pinned:+.4f}, tolerance {tolerance})")
    return problems


def quality_figures(config: SiteConfig, eval_dir: Path, seeds: Path | None = None) -> dict[str, float]:
    """Every pinned figure: offline NER on `eval_dir/ner/*.jsonl`, facts on `eval_dir/seeds_gold.yml`,
    and facts of the dev split of the project's real-article dev set (`eval/`)."""
    from generator.pipeline import summarise_folder

    figures: dict[str, float] = {}
    for path in sorted((eval_dir / "ner").glob("*.jsonl")):
        figures.update(flatten_ner(evaluate_ner(path, config, "offline")))
    gold = eval_dir / "seeds_gold.yml"
    if gold.exists():
        summaries = summarise_folder(config, seeds or config.path("seeds"), "offline", use_cache=False)
        aliases = {actor.name: actor.aliases for actor in config.actors.actors if actor.aliases}
        figures.update(flatten_facts(evaluate_facts(gold, summaries, aliases=aliases)))
    figures.update(devset_figures(config, config.root))
    return figures


def accuracy_markdown(figures: Mapping[str, float]) -> str:
    """The measured accuracy as Markdown tables (for the README and the site's about page)."""
    lines = ["| language | precision | recall | F1 | span F1 | PER F1 | ORG F1 | LOC F1 | MISC F1 |",
             "|---|---|---|---|---|---|---|---|---|"]
    langs = sorted({key.split(".")[1] for key in figures if key.startswith("ner.")})
    for lang in langs:
        def get(name: str, lang: str = lang) -> str:
            value = figures.get(f"ner.{lang}.{name}")
            return "–" if value is None else f"{value:.2f}"
        lines.append(f"| {lang} | {get('precision')} | {get('recall')} | {get('f1')} | {get('span_f1')} | "
                     f"{get('PER.f1')} | {get('ORG.f1')} | {get('LOC.f1')} | {get('MISC.f1')} |")
    lines += ["", "Facts of the five seed articles:", "", "| fact | figure |", "|---|---|"]
    for key in sorted(k for k in figures if k.startswith("facts.")):
        lines.append(f"| {key.removeprefix('facts.').replace('_', ' ')} | {figures[key]:.2f} |")
    columns = sorted({key.split(".")[1] for key in figures if key.startswith("devset.")}, key=lambda c: (c == "all", c))
    if columns:
        lines += ["", "Facts of real articles nobody tuned for (the dev split of `eval/`, by language):", "",
                  "| fact | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
        metrics = sorted({key.split(".", 2)[2] for key in figures if key.startswith("devset.")})
        for metric in metrics:
            cells = [figures.get(f"devset.{c}.{metric}") for c in columns]
            shown = " | ".join("–" if v is None else f"{v:.2f}" for v in cells)
            lines.append(f"| {metric.replace('_', ' ')} | {shown} |")
    return "\n".join(lines) + "\n"
