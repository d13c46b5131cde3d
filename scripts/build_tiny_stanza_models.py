#!/usr/bin/env python
"""Train tiny, real Stanza models (tokenizer + NER) from the project's own sentences.

Stanza's published models cannot be downloaded everywhere the project is tested, so this
script trains very small ones from hand-written templates in ``scripts/tiny_corpus/`` and lays
them out as a Stanza resources directory, so that the ordinary code path works offline::

    stanza.Pipeline("uk", dir=OUT, processors="tokenize,ner", download_method=None)

The models are weak (a few hundred training steps on ~170 template sentences) and are meant
for exercising the Stanza backend in tests, not for analysis.

Usage::

    python scripts/build_tiny_stanza_models.py --out DIR [--langs uk ar en ru] [--force]

Layout written under DIR::

    resources.json                   lang -> {lang_name, tokenize, ner, default_processors, packages}
    tiny_stanza_stamp.json           per language: corpus hash, files, build seconds
    <lang>/tokenize/tiny.pt
    <lang>/ner/tiny.pt

Building is idempotent: a language is skipped when the stamp records the same hash of its
corpus file, of this script and of the Stanza version (``--force`` rebuilds). Seeds are fixed.
Importable: ``build_models(out_dir, langs, force=False)`` (see its docstring).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

SCRIPT = Path(__file__).resolve()
CORPUS_DIR = SCRIPT.parent / "tiny_corpus"
PACKAGE = "tiny"
STAMP_NAME = "tiny_stanza_stamp.json"
LOCK_NAME = ".tiny_stanza.lock"
LANG_NAMES = {"uk": "Ukrainian", "ar": "Arabic", "en": "English", "ru": "Russian"}
SUPPORTED_LANGS = tuple(LANG_NAMES)
ENTITY_TYPES = ("PER", "ORG", "LOC")
SEED = 1234
SENTENCES_PER_TEMPLATE = 6  # about 160 sentences per language

# Gold tokenisation of the template sentences: words (with inner apostrophes or hyphens, as in
# "перемир'я" or "Ер-Ріяд"), numbers, and every other non-space character on its own.
TOKEN_RE = re.compile(r"\w+(?:['’ʼ-]\w+)*|[^\w\s]")
SLOT_RE = re.compile(r"\{([A-Z]+(?:_[A-Z]+)*)\}")

# Training settings, kept tiny: a few seconds per model on one CPU thread.
TOKENIZER_STEPS = 300
TOKENIZER_ARGS = [
    "--emb_dim", "16", "--hidden_dim", "32", "--batch_size", "16", "--max_seqlen", "80",
    "--lr0", "0.005", "--no_use_mwt",
]
NER_STEPS = 240
NER_ARGS = [
    "--no_pretrain", "--word_emb_dim", "32", "--char_emb_dim", "16", "--char_hidden_dim", "32",
    "--hidden_dim", "48", "--batch_size", "16", "--optim", "adam", "--lr", "0.01",
    "--dropout", "0.2", "--word_dropout", "0.05", "--lr_decay", "0", "--scheme", "bioes",
]


# --------------------------------------------------------------------------- corpus


@dataclass
class Sentence:
    """One generated sentence: its text, token spans and entity spans (character offsets)."""

    text: str
    tokens: list[tuple[int, int]]
    entities: list[tuple[int, int, str]] = field(default_factory=list)

    def token_texts(self) -> list[str]:
        return [self.text[a:b] for a, b in self.tokens]

    def bio_tags(self) -> list[str]:
        tags = ["O"] * len(self.tokens)
        for start, end, etype in self.entities:
            inside = [i for i, (a, b) in enumerate(self.tokens) if a >= start and b <= end]
            for n, i in enumerate(inside):
                tags[i] = ("B-" if n == 0 else "I-") + etype
        return tags


def corpus_path(lang: str) -> Path:
    return CORPUS_DIR / f"{lang}.txt"


def read_corpus(lang: str) -> tuple[dict[str, list[str]], list[str]]:
    """The slot lists and templates of ``tiny_corpus/<lang>.txt``."""
    slots: dict[str, list[str]] = {}
    templates: list[str] = []
    current: list[str] | None = None
    for raw in corpus_path(lang).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[([A-Z_]+)\]", line)
        if header:
            name = header.group(1)
            current = templates if name == "TEMPLATES" else slots.setdefault(name, [])
            continue
        if current is None:
            raise ValueError(f"{corpus_path(lang)}: text before the first [SECTION]: {line!r}")
        current.append(line)
    for template in templates:
        for slot in SLOT_RE.findall(template):
            if slot not in slots:
                raise ValueError(f"{corpus_path(lang)}: template uses unknown slot {{{slot}}}: {template}")
    bad = sorted({s.split("_")[0] for s in slots} - set(ENTITY_TYPES))
    if bad:
        raise ValueError(f"{corpus_path(lang)}: unknown entity types {bad}")
    return slots, templates


def _fill(template: str, decks: dict[str, Iterator[str]]) -> Sentence:
    parts: list[str] = []
    entities: list[tuple[int, int, str]] = []
    pos = 0
    used: set[str] = set()
    for match in SLOT_RE.finditer(template):
        parts.append(template[pos:match.start()])
        slot = match.group(1)
        filler = next(decks[slot])
        if filler in used:  # the same name twice in one sentence ("X met X"): draw again once
            filler = next(decks[slot])
        used.add(filler)
        start = sum(map(len, parts))
        parts.append(filler)
        entities.append((start, start + len(filler), slot.split("_")[0]))
        pos = match.end()
    parts.append(template[pos:])
    text = "".join(parts)
    tokens = [m.span() for m in TOKEN_RE.finditer(text)]
    starts, ends = {a for a, _ in tokens}, {b for _, b in tokens}
    for start, end, _ in entities:
        if start not in starts or end not in ends:
            raise ValueError(f"entity {text[start:end]!r} does not fall on token boundaries in {text!r}")
    return Sentence(text, tokens, entities)


def _deck(items: Sequence[str], rng: random.Random) -> Iterator[str]:
    """Deal items in shuffled rounds, so every filler is used before any is repeated."""
    while True:
        order = list(items)
        rng.shuffle(order)
        yield from order


def generate_sentences(lang: str) -> list[Sentence]:
    """The deterministic training sentences for ``lang`` (every template, several fillings)."""
    slots, templates = read_corpus(lang)
    rng = random.Random(f"{SEED}-{lang}")
    decks = {slot: _deck(items, rng) for slot, items in slots.items()}
    sentences = []
    for _ in range(SENTENCES_PER_TEMPLATE):
        for template in templates:
            sentences.append(_fill(template, decks))
    rng.shuffle(sentences)
    return sentences


def write_tokenizer_data(sentences: Sequence[Sentence], txt_file: Path, label_file: Path, seed: str) -> None:
    """Raw text in paragraphs (blank-line separated) and Stanza's per-character labels.

    Labels: 0 inside a token or whitespace, 1 last character of a token, 2 last character of
    the last token of a sentence (no multi-word tokens, so 3 and 4 are never used).
    """
    rng = random.Random(seed)
    paragraphs: list[tuple[str, str]] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(2, 5)
        texts, labels = [], []
        for sentence in sentences[i:i + size]:
            chars = ["0"] * len(sentence.text)
            for _, end in sentence.tokens:
                chars[end - 1] = "1"
            chars[sentence.tokens[-1][1] - 1] = "2"
            texts.append(sentence.text)
            labels.append("".join(chars))
        paragraphs.append((" ".join(texts), "0".join(labels)))
        i += size
    txt_file.write_text("\n\n".join(p for p, _ in paragraphs) + "\n", encoding="utf-8")
    label_file.write_text("\n\n".join(lab for _, lab in paragraphs) + "\n", encoding="utf-8")


def write_ner_data(sentences: Sequence[Sentence], path: Path) -> None:
    """Stanza's NER JSON: a list of sentences, each a list of {"text", "ner"} tokens (BIO tags).

    ASCII-escaped because stanza's NER trainer opens the file with the locale's encoding.
    """
    data = [[{"text": t, "ner": tag} for t, tag in zip(s.token_texts(), s.bio_tags(), strict=True)]
            for s in sentences]
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="ascii")


# --------------------------------------------------------------------------- stamp and layout


def _stanza_version() -> str:
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:
        return "missing"


def corpus_hash(lang: str) -> str:
    """What a built language depends on: its corpus file, this script, the Stanza version."""
    digest = hashlib.sha256()
    for part in (corpus_path(lang).read_bytes(), SCRIPT.read_bytes(), _stanza_version().encode()):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _is_current(out_dir: Path, lang: str, stamp: dict) -> bool:
    entry = stamp.get(lang)
    return (isinstance(entry, dict) and entry.get("hash") == corpus_hash(lang)
            and all((out_dir / f).is_file() for f in entry.get("files", [])))


def _model_files(lang: str) -> list[str]:
    return [f"{lang}/tokenize/{PACKAGE}.pt", f"{lang}/ner/{PACKAGE}.pt"]


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()


def lang_resources(out_dir: Path, lang: str) -> dict:
    """The resources.json entry for one language (the shape stanza's prepare_resources writes)."""
    processors = {"tokenize": PACKAGE, "ner": PACKAGE}
    entry: dict = {"lang_name": LANG_NAMES[lang]}
    for processor in processors:
        entry[processor] = {PACKAGE: {"md5": _md5(out_dir / lang / processor / f"{PACKAGE}.pt")}}
    entry["default_processors"] = dict(processors)
    entry["packages"] = {"default": dict(processors)}
    return entry


def write_resources(out_dir: Path, langs: Sequence[str]) -> None:
    path = out_dir / "resources.json"
    resources = _read_json(path)
    for lang in langs:
        resources[lang] = lang_resources(out_dir, lang)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(resources, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


@contextlib.contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """Serialise builders of the same directory (pytest-xdist workers share one cache)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK_NAME, "w") as handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: no locking
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --------------------------------------------------------------------------- training


def _quiet_stanza(verbose: bool) -> None:
    import logging

    logging.getLogger("stanza").setLevel(logging.INFO if verbose else logging.WARNING)


def _strip_tmp_paths(model_file: Path, tmp: Path) -> None:
    """Replace the temporary training paths stanza records in a checkpoint's config.

    The weights are already deterministic; this makes the files byte-identical across builds.
    """
    import torch

    checkpoint = torch.load(model_file, map_location="cpu", weights_only=True)
    config = checkpoint.get("config", {})
    for key, value in config.items():
        if isinstance(value, str) and value.startswith(str(tmp)):
            config[key] = "tiny-stanza/" + value[len(str(tmp)):].lstrip("/\\")
    torch.save(checkpoint, model_file)


def train_language(lang: str, out_dir: Path, verbose: bool = False) -> dict:
    """Train both models for ``lang`` in this process and move them into ``out_dir``."""
    import torch
    from stanza.models import ner_tagger, tokenizer

    _quiet_stanza(verbose)  # importing the training modules resets stanza's log level
    sentences = generate_sentences(lang)
    started = time.perf_counter()
    timings = {}
    with tempfile.TemporaryDirectory(prefix=f"tiny-stanza-{lang}-") as tmp_name:
        tmp = Path(tmp_name)
        txt, labels, ner_json = tmp / "train.txt", tmp / "train.labels", tmp / "train.json"
        write_tokenizer_data(sentences, txt, labels, seed=f"{SEED}-{lang}-paragraphs")
        write_ner_data(sentences, ner_json)
        mwt_json = tmp / "mwt.json"  # stanza's trainer needs the file even when there are no MWTs
        mwt_json.write_text("[]\n", encoding="ascii")

        torch.set_num_threads(max(1, int(os.environ.get("OMP_NUM_THREADS", "1") or 1)))
        t0 = time.perf_counter()
        tokenizer.main([
            "--mode", "train", "--lang", lang, "--shorthand", f"{lang}_{PACKAGE}",
            "--txt_file", str(txt), "--label_file", str(labels),
            "--dev_txt_file", str(txt), "--dev_label_file", str(labels), "--mwt_json_file", str(mwt_json),
            "--steps", str(TOKENIZER_STEPS), "--eval_steps", str(TOKENIZER_STEPS + 1),
            "--report_steps", str(TOKENIZER_STEPS + 1), "--seed", str(SEED), "--cpu",
            "--save_dir", str(tmp), "--save_name", "tiny-stanza-tokenizer.pt", *TOKENIZER_ARGS,
        ])
        timings["tokenize"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        ner_tagger.main([
            "--mode", "train", "--shorthand", f"{lang}_{PACKAGE}",
            "--train_file", str(ner_json), "--eval_file", str(ner_json),
            "--max_steps", str(NER_STEPS), "--eval_interval", str(NER_STEPS),
            "--log_step", str(NER_STEPS + 1), "--seed", str(SEED), "--cpu",
            "--save_dir", str(tmp), "--save_name", "tiny-stanza-nertagger.pt", *NER_ARGS,
        ])
        timings["ner"] = time.perf_counter() - t0

        for processor, name in (("tokenize", "tiny-stanza-tokenizer.pt"), ("ner", "tiny-stanza-nertagger.pt")):
            target = out_dir / lang / processor / f"{PACKAGE}.pt"
            target.parent.mkdir(parents=True, exist_ok=True)
            _strip_tmp_paths(tmp / name, tmp)
            partial = target.with_suffix(".pt.partial")  # same directory, so the replace is atomic
            shutil.copyfile(tmp / name, partial)
            os.replace(partial, target)
    return {
        "hash": corpus_hash(lang),
        "files": _model_files(lang),
        "sentences": len(sentences),
        "seconds": {k: round(v, 2) for k, v in timings.items()},
        "total_seconds": round(time.perf_counter() - started, 2),
        "stanza": _stanza_version(),
    }


def _build_here(out_dir: Path, langs: Sequence[str], force: bool, verbose: bool = False) -> list[str]:
    """Build what is missing or stale, under the directory lock. Returns the languages built."""
    built = []
    with _locked(out_dir):
        stamp_path = out_dir / STAMP_NAME
        for lang in langs:
            stamp = _read_json(stamp_path)
            if not force and _is_current(out_dir, lang, stamp):
                continue
            entry = train_language(lang, out_dir, verbose=verbose)
            stamp = _read_json(stamp_path)
            stamp[lang] = entry
            # stamp first: a resources.json without a stamp reads as somebody else's directory
            stamp_path.write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            write_resources(out_dir, [lang])
            built.append(lang)
            print(f"built {lang}: tokenize {entry['seconds']['tokenize']:.1f}s, ner {entry['seconds']['ner']:.1f}s, "
                  f"{entry['sentences']} sentences", flush=True)
        # resources.json may have been removed by hand while the stamp stayed
        if not (out_dir / "resources.json").is_file() and langs:
            write_resources(out_dir, langs)
    return built


def build_models(out_dir: Path, langs: Sequence[str], force: bool = False, *, isolate: bool = True,
                 verbose: bool = False) -> dict[str, list[str]]:
    """Make sure ``out_dir`` is a Stanza resources dir with tiny tokenize+ner models for ``langs``.

    Returns ``{lang: [absolute paths of its model files]}``. Languages whose stamp matches are
    reused (unless ``force``). With ``isolate`` (the default) training runs in a child Python
    process with ``OMP_NUM_THREADS=1`` (unless already set), so the caller's torch threads,
    seeds and logging are left alone; without it, it trains in this process.
    """
    out_dir = Path(out_dir).resolve()
    langs = list(dict.fromkeys(langs))
    unknown = [lang for lang in langs if lang not in LANG_NAMES]
    if unknown:
        raise ValueError(f"no tiny corpus for {unknown}; supported: {', '.join(SUPPORTED_LANGS)}")
    if (out_dir / "resources.json").is_file() and not (out_dir / STAMP_NAME).is_file():
        raise RuntimeError(f"{out_dir} holds a resources.json this script did not write (no {STAMP_NAME}); "
                           "use a separate directory for the tiny models")
    stamp = _read_json(out_dir / STAMP_NAME)
    todo = [lang for lang in langs if force or not _is_current(out_dir, lang, stamp)]
    if todo or not (out_dir / "resources.json").is_file():
        if isolate:
            env = dict(os.environ)
            env.setdefault("OMP_NUM_THREADS", "1")
            env.setdefault("MKL_NUM_THREADS", env["OMP_NUM_THREADS"])
            cmd = [sys.executable, str(SCRIPT), "--out", str(out_dir), "--langs", *langs, "--in-process"]
            if force:
                cmd.append("--force")
            if verbose:
                cmd.append("--verbose")
            subprocess.run(cmd, check=True, env=env)
        else:
            _build_here(out_dir, langs, force, verbose=verbose)
    stamp = _read_json(out_dir / STAMP_NAME)
    missing = [lang for lang in langs if not _is_current(out_dir, lang, stamp)]
    if missing:
        raise RuntimeError(f"tiny Stanza models missing after the build: {missing}")
    return {lang: [str(out_dir / f) for f in stamp[lang]["files"]] for lang in langs}


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="Stanza resources directory to write")
    parser.add_argument("--langs", nargs="+", default=list(SUPPORTED_LANGS), choices=SUPPORTED_LANGS,
                        help="languages to build (default: all)")
    parser.add_argument("--force", action="store_true", help="rebuild even when the stamp matches")
    parser.add_argument("--verbose", action="store_true", help="show Stanza's training log")
    parser.add_argument("--in-process", action="store_true",
                        help="train in this process instead of a child process with OMP_NUM_THREADS=1")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    out_dir = args.out.resolve()
    if args.in_process:
        built = _build_here(out_dir, args.langs, args.force, verbose=args.verbose)
        print(f"{len(built)} language(s) trained in {time.perf_counter() - started:.1f}s", flush=True)
        return 0
    files = build_models(out_dir, args.langs, args.force, verbose=args.verbose)
    stamp = _read_json(out_dir / STAMP_NAME)
    for lang, paths in files.items():
        sizes = ", ".join(f"{Path(p).relative_to(out_dir)} {Path(p).stat().st_size / 1024:.0f} KiB" for p in paths)
        print(f"{lang}: {sizes} (trained in {stamp[lang]['total_seconds']:.1f}s)")
    print(f"resources in {out_dir} ready after {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
