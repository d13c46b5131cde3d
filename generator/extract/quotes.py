"""Quotations and their speakers.

A quote is text between quotation marks of any of the styles the four languages use. Its speaker
is the person next to a speech cue (said, заявив, заявил, قال ...) outside the quote in the same
sentence; a pronoun next to the cue ("he said", "написав він") carries the subject over from the
previous sentences; with no cue and no carried subject the speaker is unknown, never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from generator.analyse import lexicon as lx
from generator.extract.actors import LinkedMention, word_before
from generator.gazetteer import NameIndex
from generator.morph import MORPH_LANGS, cases, lemma, parse
from generator.names import gender_of
from generator.normalize import script_of, word_key
from generator.records import AnalysedDoc, Sentence, Token
from generator.schema import ActorFact, EventFact, QuoteFact

PAIRS = {"“": "”", "«": "»", "„": "“”", "‹": "›", "”": "”"}
PRONOUNS = frozenset(
    "he she they him her them він вона вони його її них он она они него нее هو هي هم".split()
)
# Pronouns that can be the subject of a verb of speech, with the sex or number they mark: "ей" or
# "him" beside a verb is its object ("вторил ей X"), never who spoke.
SUBJECT_PRONOUNS: dict[str, str] = {
    "he": "M", "she": "F", "they": "P", "він": "M", "вона": "F", "вони": "P", "он": "M", "она": "F", "они": "P",
    "هو": "M", "هي": "F", "هم": "P",
}
# ... and those a phrase naming whose words they are takes ("according to him", "за його словами").
PHRASE_PRONOUNS: dict[str, str] = {
    "him": "M", "her": "F", "them": "P", "його": "M", "її": "F", "їх": "P", "них": "P", "его": "M", "него": "M",
    "ее": "F", "её": "F", "нее": "F", "неё": "F", "их": "P",
}
# Common nouns that stand for a person named before, as a pronoun does ("Політик додав", "the
# diplomat said"): never a name, however a registry spells one.
REFERRING_NOUNS = frozenset("politician diplomat політик политик дипломат".split())
# Who speaks when the article does not say: a quote of theirs has an unknown speaker, never the
# person named nearest ("sources familiar with the talks said", "джерела повідомили", "قال مسؤولون").
UNNAMED_SOURCES = frozenset(
    "source sources official officials observers critics analysts experts insiders diplomats "
    "джерело джерела джерел співрозмовник співрозмовники посадовець посадовці посадовців чиновники "
    "чиновників експерти експертів аналітики оглядачі критики дипломати "
    "источник источники источников собеседник собеседники чиновник чиновники чиновников эксперты "
    "экспертов аналитики наблюдатели критики дипломаты "
    "مصدر مصادر مسؤول مسؤولون مسؤولين مراقبون مراقبين محللون محللين خبراء دبلوماسيون دبلوماسيين منتقدون".split()
)
# Words after which an unnamed source is cited, not speaking ("citing sources", "з посиланням на джерела").
_CITING = frozenset("citing посиланням ссылкой".split())
_PARTITIVE = frozenset("of из من".split())  # "one of the officials said", "العديد من المراقبين"
# Arabic: a preposition between the verb and a name means the name is not the subject.
ARABIC_PREPOSITIONS = frozenset("بعد مع الى إلى عن على من في لقائها لقائه قبل بين بشأن حول".split())
# "كيلوج، الذي وصف": the verb of a relative clause has the name before the relative pronoun as subject.
ARABIC_RELATIVES = frozenset("الذي التي الذين".split())
FULL_QUOTE_WORDS = 6
CARRY_REACH = 4  # sentences back a pronoun's person may be named
CARRY_CHAIN = 8  # ... or this many, through sentences that refer to them by pronoun all along
# How far (characters) from a verb of speech its subject may stand, outside quotations.
SUBJECT_REACH = 40
# Role words that stand for a person named earlier ("— зазначив Глава держави", "the envoy said"),
# with what the registry's English role says of that person.
_SPOKES = "spokes|press secretary"  # a registry role of one who speaks for an office
_COMMISSIONER = "commissioner|комісар|комиссар|єврокомісар|еврокомиссар"
_HEAD_OF_STATE = "president|prime minister|chancellor|supreme leader"
_GOVERNOR = "governor|губернатор|(?:голов|начальни|очільни|глав)\\w*\\b.{0,30}\\b(?:обл|ова|ога|регион|регіон)"
_REGION_WORDS = frozenset("региона области регіону області облдержадміністрації ова ога края краю".split())
ROLE_WORDS: dict[str, str] = {
    "president": "president", "secretary": "secretary", "minister": "minister", "envoy": "envoy",
    "ambassador": "ambassador", "adviser": "advis|aide", "advisor": "advis|aide", "aide": "advis|aide",
    "радник": "advis|aide", "радниця": "advis|aide", "помічник": "advis|aide", "советник": "advis|aide",
    "помощник": "advis|aide", "المستشار": "advis|aide", "مساعد": "advis|aide",
    "spokesman": _SPOKES, "spokeswoman": _SPOKES, "spokesperson": _SPOKES,
    "chancellor": "chancellor", "premier": "prime minister", "senator": "senator", "governor": "governor",
    "президент": "president", "президентка": "president", "міністр": "minister", "министр": "minister",
    "посол": "ambassador", "речник": _SPOKES, "речниця": _SPOKES, "пресс-секретарь": _SPOKES,
    "прем'єр": "prime minister", "прем’єр": "prime minister", "прем'єр-міністр": "prime minister",
    "прем’єр-міністр": "prime minister", "премьер": "prime minister", "премьер-министр": "prime minister",
    "спецпосланець": "envoy", "посланець": "envoy", "спецпосланник": "envoy", "посланник": "envoy",
    "держсекретар": "secretary of state", "госсекретарь": "secretary of state", "канцлер": "chancellor",
    "генсек": "secretary general", "الرئيس": "president", "الوزير": "minister", "وزير": "minister",
    "المتحدث": _SPOKES, "السفير": "ambassador", "المبعوث": "envoy",
    "commissioner": _COMMISSIONER, "єврокомісар": _COMMISSIONER,
    "еврокомиссар": _COMMISSIONER, "комісар": _COMMISSIONER,
    "комиссар": _COMMISSIONER,
    # "заявив лідер РФ", "the Russian leader said": who leads the country
    "leader": _HEAD_OF_STATE, "лідер": _HEAD_OF_STATE, "лидер": _HEAD_OF_STATE, "الزعيم": _HEAD_OF_STATE,
    # "сказал представитель Кремля": the one who speaks for it
    "представитель": _SPOKES + "|representative", "представник": _SPOKES + "|representative",
    "представительница": _SPOKES + "|representative", "представниця": _SPOKES + "|representative",
}
# Words for a body that stand for one named earlier ("the ministry said", "وقالت الوزارة", "у
# відомстві зазначили"), with what the body's English name holds; "" for any body of state.
_INSTITUTION = "body:"
_MEDIA = "media"  # ... or the news outlet named last ("according to the publication")
_CENTRE = "cent|headquarters|staff"
INSTITUTION_WORDS: dict[str, str] = {
    "ministry": "ministr", "department": "department", "agency": "agency", "embassy": "embassy",
    "міністерство": "ministr", "министерство": "ministr", "посольство": "embassy", "відомство": "",
    "ведомство": "", "الوزارة": "ministr", "السفارة": "embassy",
    "centre": _CENTRE, "center": _CENTRE, "headquarters": _CENTRE, "штаб": _CENTRE, "коордштаб": _CENTRE,
    "publication": _MEDIA, "newspaper": _MEDIA, "outlet": _MEDIA, "видання": _MEDIA, "издание": _MEDIA,
    "газета": _MEDIA, "الصحيفة": _MEDIA,
    # "йдеться в повідомленні", "говорится в сообщении": the statement of the body named before
    "повідомлення": "", "сообщение": "", "заява": "", "заявление": "",
}
ROLE_WORDS.update({word: _INSTITUTION + stem for word, stem in INSTITUTION_WORDS.items()})


@dataclass(frozen=True)
class QuoteSpan:
    """Offsets of the quoted words (without the marks)."""

    start: int
    end: int


MULTI_PARAGRAPH_QUOTE = 5000  # characters a quote opened at a paragraph's start may run, to a paragraph's end


# After a closing mark, what says who spoke: ", – зазначив він", "», — сказал", "," he said.
_ATTRIBUTION_AFTER = re.compile(r"[,.]?\s*[–—-]\s*\w|,\s*\w")


def _paragraphs_later(text: str, start: int, closers: str) -> int:
    """Where a quote opened at the start of a paragraph and left open there closes: at the end of a
    later paragraph, or before the words that say who spoke (", – зазначив він"), within
    MULTI_PARAGRAPH_QUOTE characters; len(text) when it does not."""
    limit = min(len(text), start + MULTI_PARAGRAPH_QUOTE)
    for j in range(start + 1, limit):
        if text[j] in closers:
            rest = text[j + 1:j + 40]
            paragraph_ends = rest.lstrip(" \t")[:1] in ("\n", "")
            attributed = "\n" in text[start:j] and _ATTRIBUTION_AFTER.match(rest) is not None
            return j if paragraph_ends or attributed else len(text)
    return len(text)


def _continued(text: str, line_end: int, mark: str) -> bool:
    """Whether the next paragraph after the line ending at `line_end` opens with the same quotation mark."""
    k = line_end
    while k < len(text) and text[k].isspace():
        k += 1
    return k < len(text) and k > line_end and text[k] == mark


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in the text, typographic or straight, nested ones left inside the outer."""
    spans: list[QuoteSpan] = []
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "”" and i and not text[i - 1].isspace() and text[i - 1] not in "(«[—–-":
            i += 1  # a right quotation mark written on a word closes ("great progress” made), never opens
            continue
        if char in PAIRS or char == '"':
            closers = PAIRS.get(char, '"″')  # (a double prime closes a straight quote on some sites)
            depth_open = char if char != "”" else None
            j = i + 1
            depth = 0
            while j < n and text[j] != "\n":
                c = text[j]
                if depth_open and c == depth_open and c not in closers:
                    depth += 1
                elif c in closers:
                    if depth == 0:
                        break
                    depth -= 1
                j += 1
            if (j >= n or text[j] == "\n") and char in "“«\"" and _continued(text, j, char):
                # A quote over several paragraphs that opens each of them again and closes only the last
                # ("The president said: “… ¶ “… ¶ “…”"): each paragraph's words up to its end.
                inner_start, inner_end = i + 1, j
                while inner_end > inner_start and text[inner_end - 1].isspace():
                    inner_end -= 1
                if inner_end - inner_start > 1:
                    spans.append(QuoteSpan(inner_start, inner_end))
                i = j
                continue
            if (j >= n or text[j] == "\n") and char in "“«\"" and (i == 0 or text[i - 1] == "\n"):
                j = _paragraphs_later(text, i, closers)  # a quote that runs over several paragraphs
            if j < n and text[j] in closers and j - i > 1:
                inner_start, inner_end = i + 1, j
                while inner_start < inner_end and text[inner_start].isspace():
                    inner_start += 1
                while inner_end > inner_start and text[inner_end - 1].isspace():
                    inner_end -= 1
                if inner_end > inner_start:
                    spans.append(QuoteSpan(inner_start, inner_end))
                i = j + 1
                continue
        i += 1
    spans += _single_quotes(text, spans)
    spans += _signed_paragraphs(text, spans)
    return sorted(spans + _dash_quotes(text, spans), key=lambda q: q.start)


# Verbs that credit the news agency a sentence comes from ("…, пише УНН", "передает ТАСС").
_CREDIT_CUES = frozenset("пише пишуть передає пишет пишут передает повідомляє сообщает".split())
# A paragraph of someone's words with no quotation marks, signed at its end with a dash and a verb of
# speech ("… прикордонники та нацгвардійці - повідомив Зеленський у соцмережах."), as Ukrainian and
# Russian news agencies write them.
_SIGNED_PARAGRAPH = re.compile(
    r"^(?![ \t]*[-–—])(?P<words>[^\n«»\"“”„]{40,}?)[,.!?…]?[ \t]+[-–—][ \t]+"
    r"(?P<verb>(?:повідоми|заяви|сказа|зазначи|наголоси|дода|підкресли|написа|розпові|отмети|подчеркну|добави|"
    r"сообщи|рассказа)(?:в|ла|ли|л|ло))[ \t]+"
    # ... and a name signs it ("- повідомив Зеленський", "- заявив президент Зеленський"; not "- повідомили в Офісі")
    r"(?:(?!(?:в|у|на|з|із|зі|во|со|с|к|до)[ \t])[а-яіїєґё’'-]+[ \t]+){0,2}[А-ЯІЇЄҐЁ][^\n]{1,80}$", re.MULTILINE)


def _signed_paragraphs(text: str, marked: list[QuoteSpan]) -> list[QuoteSpan]:
    found: list[QuoteSpan] = []
    for paragraph in _SIGNED_PARAGRAPH.finditer(text):
        start, end = paragraph.start("words"), paragraph.end("words")
        if not any(q.start < paragraph.end() and paragraph.start() < q.end for q in marked):
            found.append(QuoteSpan(start, end))
    return found


def _single_quotes(text: str, marked: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations in single marks, as British papers write them (‘We are ready,’ he said): a ‘ that
    opens a word, to the first ’ on its line that ends one (not the apostrophe of "Ukraine’s"), with
    two words at least inside, where no other quotation is."""
    found: list[QuoteSpan] = []
    for opening in re.finditer(r"(?:^|(?<=[\s(:—–\"“]))‘(?=\w)", text, re.MULTILINE):
        start = opening.end()
        line_end = text.find("\n", start)
        line = text[start:line_end if line_end >= 0 else len(text)]
        close = re.search(r"(?<=\S)’(?!\w)", line)
        if close is None:
            continue
        end = start + close.start()
        if len(text[start:end].split()) < 2 or any(q.start < end and start < q.end for q in [*marked, *found]):
            continue
        found.append(QuoteSpan(start, end))
    return found


# Ukrainian and Russian quote a speaker in a paragraph that opens with a dash: "— Ми готові, — заявив
# він. — Але не до капітуляції." The words run to the speaker's dash after a comma (or a ! ? …), or to
# the paragraph's end where a colon above announced them, or where the speaker's dash came before.
_DASH_OPENING = re.compile(r"^[ \t]*[—–][ \t]+(?=\w)", re.MULTILINE)
_SPEAKERS_DASH = re.compile(r"[,!?…][ \t]+[—–][ \t]+(?=\w)")
_SPEECH_GOES_ON = re.compile(r"[.!?…][ \t]+[—–][ \t]+(?=\w)")  # "— заявив він. — Але …"


def _dash_quotes(text: str, marked: list[QuoteSpan]) -> list[QuoteSpan]:
    found: list[QuoteSpan] = []
    for opening in _DASH_OPENING.finditer(text):
        start = opening.end()
        end_of_paragraph = text.find("\n", start)
        end_of_paragraph = len(text) if end_of_paragraph < 0 else end_of_paragraph
        if any(q.start < end_of_paragraph and start < q.end for q in marked):
            continue  # quotation marks inside: those are the words quoted
        # (a list after a colon is no quote: its items end without a full stop, one after another)
        following = text[end_of_paragraph:].lstrip()
        announced = text[:opening.start()].rstrip().endswith(":") \
            and text[:end_of_paragraph].rstrip()[-1:] in ".!?…" and not _DASH_OPENING.match(following)
        at = start
        while at < end_of_paragraph:
            attribution = _SPEAKERS_DASH.search(text, at, end_of_paragraph)
            end = attribution.start() + (0 if text[attribution.start()] == "," else 1) if attribution \
                else end_of_paragraph
            words = text[at:end].rstrip(" \t.")
            if attribution or announced or at > start:
                if len(words.split()) >= 2:
                    found.append(QuoteSpan(at, at + len(words)))
            if attribution is None:
                break
            # the words after the speaker ("— заявив він. — Але …") go on the quote
            going_on = _SPEECH_GOES_ON.search(text, attribution.end(), end_of_paragraph)
            if going_on is None:
                break
            at = going_on.end()
    return found


_AR_OBJECT_SUFFIXES = ("ها", "هم", "ه")


# A possessive pronoun inside a phrase that names whose words they are ("за його словами", "по её
# мнению"): whose they are is the one the pronoun stands for.
_PHRASE_POSSESSIVES = "його|її|їх|его|ее|её|их"


@cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in phrase.split()]
    if len(words) == 2 and re.match(r"[а-яіїєґё]", phrase):
        return re.compile(rf"{words[0]}\s+(?:(?:{_PHRASE_POSSESSIVES})\s+)?{words[1]}")
    return re.compile(re.escape(phrase))


def _cue_positions(doc: AnalysedDoc, index: NameIndex, sentence_ids: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, cue) of every speech cue in the given sentences."""
    cues = lx.SPEECH_CUES.get(doc.lang, lx.SPEECH_CUES["en"])
    singles = {c for c in cues if " " not in c}
    phrases = [c for c in cues if " " in c]
    from generator.normalize import word_key

    single_keys = {word_key(c): c for c in singles}
    found: list[tuple[int, int, str]] = []
    for sid in sorted(sentence_ids):
        sentence = doc.sentences[sid]
        for token in sentence.tokens:
            keys = index.token_keys(token)
            if doc.lang == "ar":  # a verb with its object: "ووصفها" = "and he described it"
                keys |= {k[:-len(end)] for k in keys for end in _AR_OBJECT_SUFFIXES if k.endswith(end)}
            hit = next((single_keys[k] for k in sorted(keys) if k in single_keys), None)
            if hit:
                found.append((token.start, token.end, token.text))
        lowered = sentence.text.casefold()
        for phrase in phrases:
            for match in re.finditer(_phrase_pattern(phrase), lowered):
                found.append((sentence.start + match.start(), sentence.start + match.end(),
                              sentence.text[match.start():match.end()]))
    return found


class _Offsets:
    """Sentence and mention lookups by offset in O(log n), so long articles stay linear-ish.

    Sentences come in text order without overlaps (every analyser segments left to right); when a
    backend breaks that, the lookups fall back to scanning every sentence.
    """

    def __init__(self, doc: AnalysedDoc, links: list[LinkedMention]) -> None:
        self.sentences = doc.sentences
        self.starts = [s.start for s in doc.sentences]
        self.ends = [s.end for s in doc.sentences]
        self.ordered = all(self.ends[i] <= self.starts[i + 1] for i in range(len(self.starts) - 1)) and all(
            s.start <= s.end for s in doc.sentences)
        order = sorted(range(len(links)), key=lambda i: links[i].mention.start)
        self.links = links
        self.link_order = order
        self.link_starts = [links[i].mention.start for i in order]
        self.max_end: list[int] = []  # running maximum of mention ends, in start order
        for i in order:
            self.max_end.append(max(self.max_end[-1] if self.max_end else -1, links[i].mention.end))
        self.by_sentence: dict[int, list[LinkedMention]] = {}
        for link in links:
            self.by_sentence.setdefault(link.mention.sentence, []).append(link)

    def sentence_at(self, offset: int) -> Sentence | None:
        if not self.ordered:
            return next((s for s in self.sentences if s.start <= offset < s.end), None)
        i = bisect_right(self.starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None

    def overlapping(self, start: int, end: int) -> Sequence[Sentence]:
        """Sentences that are not wholly before `start` or wholly after `end` (bounds inclusive)."""
        if not self.ordered:
            return [s for s in self.sentences if not (s.end < start or s.start > end)]
        return self.sentences[bisect_left(self.ends, start):bisect_right(self.starts, end)]

    def covered(self, start: int, end: int) -> bool:
        """Whether a mention spans all of start..end."""
        k = bisect_right(self.link_starts, start)
        return k > 0 and self.max_end[k - 1] >= end

    def links_from(self, low: int, high: int) -> list[LinkedMention]:
        """Links whose mention starts in low..high-1, in the order of `links`."""
        chosen = self.link_order[bisect_left(self.link_starts, low):bisect_left(self.link_starts, high)]
        return [self.links[i] for i in sorted(chosen)]


def _tokens_between(doc: AnalysedDoc, start: int, end: int, offsets: _Offsets | None = None) -> list[Token]:
    tokens: list[Token] = []
    sentences = offsets.overlapping(start, end) if offsets is not None else doc.sentences
    for sentence in sentences:
        if sentence.end < start or sentence.start > end:
            continue
        tokens += [t for t in sentence.tokens if t.start >= start and t.end <= end]
    return tokens


def _is_person(link: LinkedMention) -> bool:
    return link.kind == "person"


def _a_quoted_name(span: QuoteSpan, text: str, offsets: _Offsets, lang: str) -> bool:
    """A name in quotation marks ("RIA Novosti", "Servant of the People", "Leopard 2"), no quotation."""
    words = text[span.start:span.end].split()
    return offsets.covered(span.start, span.end) or not any(ch.isalpha() for ch in text[span.start:span.end]) \
        or _quoted_name(words) or _designation(words) or _cyrillic_title(words, text, span.start, span.end, lang) \
        or _named_by_kind(words, text, span.start)


def extract_quotes(doc: AnalysedDoc, links: list[LinkedMention], actors: dict[str, ActorFact],
                   index: NameIndex) -> list[QuoteFact]:
    """Quotes with speakers, in text order."""
    text = doc.article.text
    quotes: list[QuoteFact] = []
    previous_speaker: tuple[str | None, int] = (None, -10)
    offsets = _Offsets(doc, links)
    # (a name in quotation marks is no quotation, and may speak: "وقال “بوتين” إن …")
    spans = [span for span in find_quote_spans(text) if not _a_quoted_name(span, text, offsets, doc.lang)]
    quoted = [(q.start, q.end) for q in spans]
    for span in spans:
        words = text[span.start:span.end].split()
        first = offsets.sentence_at(span.start)
        last = offsets.sentence_at(max(span.start, span.end - 1))
        if first is None or last is None:
            continue
        sentence_ids = {first.index, last.index}
        if last.end - 1 <= span.end + 2 and last.index + 1 < len(doc.sentences):
            follow = doc.sentences[last.index + 1]  # "“...,” he said." split after the closing mark
            opener = follow.text[:1]
            # (not a list's next item: a dash that opens a line is its bullet)
            if follow.start - span.end < 4 and (opener.islower() or opener in "-–—,") \
                    and "\n" not in text[span.end:follow.start]:
                sentence_ids.add(follow.index)
        outside = [c for c in _cue_positions(doc, index, sentence_ids)
                   if not (span.start - 1 <= c[0] < span.end + 1)]
        speaker, cue, confidence = None, None, 0.0
        window = (min(doc.sentences[s].start for s in sentence_ids), max(doc.sentences[s].end for s in sentence_ids))
        candidates = [l for l in offsets.links_from(window[0], window[1])
                      if not _inside(l.mention.start, quoted)
                      and l.kind in ("person", "organization", "country")
                      and l.mention.text.casefold() not in REFERRING_NOUNS]
        unnamed = _unnamed_sources(doc, window[0], window[1], quoted, offsets)
        if outside:
            best, blocked = None, False
            credits = [c for c in outside if c[2].casefold() in _CREDIT_CUES]
            for cue_start, cue_end, cue_text in outside:
                if credits and len(credits) < len(outside) and cue_text.casefold() in _CREDIT_CUES:
                    continue  # "…, пише УНН": the agency's credit, where another verb names who spoke
                near = _tokens_between(doc, max(window[0], cue_start - 12), min(window[1], cue_end + 12), offsets)
                role_at = _role_near([t for t in _tokens_between(doc, max(window[0], cue_start - 30),
                                                                 min(window[1], cue_end + 30), offsets)
                                      if not _inside(t.start, quoted)], doc.lang,
                                     " " in cue_text)  # not a role the quote names
                # "according to him", "за його словами"; a verb of two words takes a subject ("he pointed out")
                pronouns = {**SUBJECT_PRONOUNS, **PHRASE_PRONOUNS} if " " in cue_text else SUBJECT_PRONOUNS
                referring = next((t for t in near if t.text.casefold() in pronouns
                                  or t.text.casefold() in REFERRING_NOUNS), None)
                plural = _plural_cue(cue_text, doc.lang)
                option: tuple[int, int, str, str, float, int] | None
                if referring is not None:
                    mark = pronouns.get(referring.text.casefold())
                    if mark == "P" or plural:
                        option, role_at, blocked = None, None, True  # "they said": not one person
                    else:
                        found = _carried_subject(doc, links, first.index, previous_speaker, offsets,
                                                 before=referring.start, gender=mark or _cue_gender(cue_text, doc.lang),
                                                 actors=actors, quoted=quoted, index=index)
                        option = (0, 0, found, cue_text, 0.7, referring.start) if found else None
                        role_at = None
                else:
                    pool = [l for l in candidates if _may_be_subject(doc, l, cue_start, cue_end, cue_text, plural)]
                    option = _nearest(doc, pool, cue_start, cue_end, cue_text, offsets, verb_first=True)
                    before = previous_speaker[0] if first.index - previous_speaker[1] <= 1 else None
                    quoted_by = _quoted_after_outlet(doc, candidates, option, cue_end, cue_text, before)
                    if quoted_by is not None:
                        option = (0, 0, quoted_by, cue_text, 0.7, cue_end)
                    source = min((_distance(cue_start, cue_end, u, u + 1) for u in unnamed), default=None)
                    # "— говорил РБК источник", "said to Reuters a source": the outlet between the verb and
                    # the source is whom the source told
                    told = option is not None and not _is_person_id(option[2], actors) and any(
                        cue_end <= option[5] < u <= option[5] + SUBJECT_REACH for u in unnamed)
                    if source is not None and source <= SUBJECT_REACH and (option is None or source < option[1]
                                                                            or told):
                        option, role_at, blocked = None, None, True  # "sources said": unnamed, not the next name
                    elif option is None and doc.lang == "ar":
                        option = _arabic_clause_subject(doc, pool, first, cue_start, cue_text)
                    if option is None and not blocked:
                        holder = _role_subject(doc, links, actors, index, sentence_ids, cue_start, quoted)
                        option = (0, 1, holder, cue_text, 0.7, cue_start) if holder else None
                if role_at and role_at[0].startswith(_INSTITUTION) and option is not None \
                        and not (" " in cue_text and 0 <= role_at[1] - cue_end <= 6):
                    # a body's word where a name is at hand ("the Foreign Ministry said"); but the one
                    # a phrase names is the source ("according to the publication")
                    role_at = None
                # the role word that is the verb's subject ("», — сказав глава держави") names the speaker
                subject_role = role_at is not None and 0 <= role_at[1] - cue_end <= 3 and option is not None \
                    and option[5] < cue_start
                if role_at and (option is None or option[1] > 40 or not _is_person_id(option[2], actors)
                                or subject_role) and not (
                        option is not None and _is_person_id(option[2], actors)
                        and min(cue_end, option[5]) <= role_at[1] <= max(cue_start, option[5])):
                    # a role word for the speaker ("the envoy said"), not the title of the name after the verb
                    found = _body_named(role_at[0].removeprefix(_INSTITUTION), links, actors, span.start,
                                        doc.article.text) \
                        if role_at[0].startswith(_INSTITUTION) else \
                        _role_holder(role_at[0], links, actors, index, span.start, doc.article.text,
                                     _country_of_role(doc.article.text, role_at[1], candidates, doc.lang, index),
                                     quoted)
                    option = (0, 1, found, cue_text, 0.7, role_at[1]) if found else option
                if option and (best is None or option[:2] < best[:2]):
                    best = option
            if best:
                speaker, cue, confidence = best[2], best[3], best[4]
            else:
                cue = outside[0][2]
                if doc.lang == "ar" and not blocked:  # an Arabic verb carries its subject: "وقالت" = "and she said"
                    speaker = _carried_subject(doc, links, first.index, previous_speaker, offsets,
                                               gender=_cue_gender(cue, doc.lang), actors=actors, quoted=quoted,
                                               index=index)
                    confidence = 0.6 if speaker else 0.0
        elif unnamed:
            pass  # "officials agreed to begin “…”": whose words they are, the article does not say
        elif (introduced := _introduced_by(text, span.start, first, offsets)) is not None:
            speaker, cue, confidence = introduced, ":", 0.7
        elif (signed := _signed_below(text, span.end, offsets)) is not None:
            (speaker, cue), confidence = signed, 0.7
        elif (heading := _heading_above(text, span.start, offsets)) is not None:
            (speaker, cue), confidence = heading, 0.6
        elif (announced := _announced_before(doc, index, first, span.start, offsets)) is not None:
            speaker, cue, confidence = announced[0], announced[1], 0.6
        elif previous_speaker[0] and first.index - previous_speaker[1] <= 1 and not candidates:
            speaker, confidence = previous_speaker[0], 0.5  # the same speaker goes on
        if speaker and cue and _disagree(cue, doc.lang, speaker, actors):
            speaker, confidence = None, 0.0  # "сказала" of a man: unknown rather than wrong
        if speaker is None and _scare_quotes(words, text, span.start, span.end):
            continue  # «аргумент»: a word the writer holds at a distance (one a speaker used has a cue)
        kind: Literal["full", "fragment"] = "full" if len(words) >= FULL_QUOTE_WORDS else "fragment"
        name = actors[speaker].name if speaker and speaker in actors else None
        quotes.append(QuoteFact(
            sentence=first.index, start=span.start, end=span.end, id=f"q{len(quotes) + 1}",
            text=text[span.start:span.end], speaker=speaker, speaker_name=name, cue=cue, kind=kind,
            lang=doc.lang, confidence=round(confidence, 2),
        ))
        if speaker:
            previous_speaker = (speaker, last.index)
    quotes += [turn.model_copy(update={"speaker_name": actors[turn.speaker].name})
               if turn.speaker in actors else turn for turn in _transcript_turns(doc, offsets, quotes)]
    quotes.sort(key=lambda q: (q.start, q.end))
    once: dict[tuple[str, str | None], QuoteFact] = {}  # a headline's words again over the story: one quote
    for quote in quotes:
        once.setdefault((quote.text.strip(), quote.speaker), quote)
    quotes = list(once.values())
    return [q.model_copy(update={"id": f"q{n}"}) for n, q in enumerate(quotes, 1)]


ISSUER_REACH = 5  # sentences from the top where a statement, message or address names who issues it


def by_issuer(quotes: list[QuoteFact], events: Sequence[EventFact], links: list[LinkedMention],
              actors: dict[str, ActorFact], doc: AnalysedDoc | None = None) -> list[QuoteFact]:
    """Quotes of a statement, message or address that the title or lead says one person issued
    ("Vladimir Putin has sent congratulations ... The message reads: “…”", "Звернення Володимира
    Зеленського"): a quote with no verb of speech and no person beside it, in the title, the lead
    sentence, the one before it or a later one, and in no sentence that cites unnamed sources, is the
    issuer's words (not a quote a related-links line further down seems to attribute)."""
    lead = next((e for e in events if e.type == "statement" and e.sentence < ISSUER_REACH
                 and any(p in actors and actors[p].type == "person" for p in e.participants)), None)
    people = [p for p in (lead.participants if lead else []) if p in actors and actors[p].type == "person"]
    if lead is None or len(people) != 1:
        return quotes
    issuer = actors[people[0]]
    named = {l.mention.sentence for l in links if _is_person(l)}
    if doc is not None:
        quoted = [(q.start, q.end) for q in quotes]
        named |= {q.sentence for q in quotes if _unnamed_sources(
            doc, doc.sentences[q.sentence].start, doc.sentences[q.sentence].end, quoted, None)}
    return [q.model_copy(update={"speaker": issuer.id, "speaker_name": issuer.name, "confidence": 0.5})
            if q.speaker is None and q.cue is None and q.sentence not in named
            and (q.sentence >= lead.sentence - 1 or q.sentence == 0)
            else q for q in quotes]


# A speaker's label at the start of a line ("SECRETARY RUBIO: ...").
_TURN_HEAD = re.compile(r"(?P<label>[^\n:.!?«»\"“”]{2,60}):[ \t]+(?=\S)")
# ... or within a paragraph, after a sentence, as the Kremlin's and other official transcripts run
# turns on ("... дать? В.Путин: Боевые действия ..."): a name with initials, or the interviewer.
# A full name of two or three words is one too ("Берл Лазар:"), and an interpreted speaker's label
# says so ("Ван И (как переведено):").
_INLINE_TURN = re.compile(
    r"(?:^|(?<=[.!?…»”\")] ))(?P<label>(?:(?:[A-ZА-ЯЁҐЄІЇ]\.){1,2} ?[A-ZА-ЯЁҐЄІЇ][\w’'-]+"
    r"|[A-ZА-ЯЁҐЄІЇ][\w’'-]+(?: [A-ZА-ЯЁҐЄІЇ][\w’'-]*){1,2})"
    r"(?: ?\((?:как переведено|в переводе|як перекладено|в перекладі|as translated|through (?:an )?interpreter)\))?"
    r"|Вопрос|Питання|Реплика|Репліка|Question|Q|سؤال) ?:[ \t]+(?=\S)", re.MULTILINE)
_LINE = re.compile(r"[^\n]+")
TURN_WORDS = 6  # a turn shorter than this is a heading or a label, not speech
TURN_LONGEST_LABEL = 6
TURN_LABEL_WORDS = 4  # a speaker's label in a transcript ("SECRETARY BLINKEN", "الوزير بلينكن")


@dataclass(frozen=True)
class _Turn:
    label_start: int
    label_end: int
    start: int  # the words spoken
    end: int
    label: str
    words: str


def _turns(text: str) -> list[_Turn]:
    """The turns of a transcript: each label's words run to the next label or the end of the line."""
    turns: list[_Turn] = []
    for line in _LINE.finditer(text):
        line_start, line_end = line.span()
        labels = [(m.start("label"), m.end("label"), m.end())
                  for m in _INLINE_TURN.finditer(text, line_start, line_end)]
        head = _TURN_HEAD.match(text, line_start, line_end)
        if head and not (labels and labels[0][0] == line_start):
            labels.insert(0, (line_start, head.end("label"), head.end()))
        for n, (label_start, label_end, start) in enumerate(labels):
            end = labels[n + 1][0] if n + 1 < len(labels) else line_end
            while end > start and text[end - 1].isspace():
                end -= 1
            turns.append(_Turn(label_start, label_end, start, end, text[label_start:label_end], text[start:end]))
    return turns


def _transcript_turns(doc: AnalysedDoc, offsets: _Offsets, found: list[QuoteFact]) -> list[QuoteFact]:
    """Speech in a transcript: "SECRETARY RUBIO: ...", "ГОССЕКРЕТАРЬ РУБИО: ...", "الوزير روبيو: ...".

    A paragraph opened by a short label that names a person is that person's words, unless it is
    mostly quotations in quotation marks; in a transcript (two labelled turns or more) so are the
    paragraphs after it, up to the next label or a short line."""
    text = doc.article.text
    turns: list[QuoteFact] = []
    # A long "label" is a sentence with a colon in it ("And given — the reason they work is: If ..."),
    # which the turn above goes on through.
    labelled = [t for t in _turns(text) if len(t.label.split()) <= TURN_LONGEST_LABEL]
    by_line: dict[int, list[_Turn]] = defaultdict(list)
    for turn in labelled:
        by_line[text.rfind("\n", 0, turn.label_start) + 1].append(turn)
    # Several turns make a transcript, and so does one speaker's label over a sentence below the
    # title ("السيد برايس: طاب يومكم. ..."): a paragraph with no label goes on the turn above it.
    # (A label with a verb of speech is reported speech: "وأضاف لافروف: «…»" twice is no transcript.)
    speakers_labels = [t for t in labelled if _speaker_label(t, doc, offsets)]
    # (the same headline twice, above the page and over the story, is one label: "Зеленський: …")
    transcript = len({(t.label.strip(), t.words.strip()) for t in labelled if not _reported(t, doc)}) >= 2 or any(
        t.label_start > text.find("\n") > 0 and t.words[-1:] in ".!?…" for t in speakers_labels)
    speaker: LinkedMention | None = None
    unnamed = False  # the turn is an unnamed official's ("SENIOR ADMINISTRATION OFFICIAL: ...")
    for line in _LINE.finditer(text):
        spans: list[tuple[int, int, _Turn | None]] = [(t.start, t.end, t) for t in by_line.get(line.start(), [])]
        if not spans:
            if not (transcript and (speaker is not None or unnamed) and len(line.group().split()) >= TURN_WORDS):
                speaker, unnamed = None, False  # a heading, a note: the turn has ended
                continue
            spans = [(line.start(), line.end(), None)]
        for start, end, head in spans:
            if head is not None:
                people = [l for l in offsets.links_from(head.label_start, head.label_end) if _is_person(l)]
                speaker = people[-1] if people else None
                unnamed = speaker is None and transcript and _speaker_label(head, doc, offsets)
                if len(head.words.split()) < TURN_WORDS:
                    continue
            quoted = sum(min(end, q.end) - max(start, q.start) for q in found if q.start < end and start < q.end)
            sentence = offsets.sentence_at(start)
            if (speaker is None and not unnamed) or quoted * 2 >= end - start or sentence is None:
                continue  # the turn's words are quotations of their own, with their own speakers
            turns.append(QuoteFact(
                sentence=sentence.index, start=start, end=end, id="q0",  # numbered with the others in text order
                text=text[start:end], speaker=speaker.actor_id if speaker else None, speaker_name=None, cue=":",
                kind="full", lang=doc.lang, confidence=0.7 if speaker else 0.5,
            ))
    return turns


def _reported(turn: _Turn, doc: AnalysedDoc) -> bool:
    """Whether a label is a verb of speech with its subject ("وأضاف لافروف:", "Lavrov said:")."""
    cues = {word_key(c) for c in lx.SPEECH_CUES.get(doc.lang, lx.SPEECH_CUES["en"]) if " " not in c}
    keys = {word_key(w.strip("()[]")) for w in turn.label.split()}
    if doc.lang == "ar":
        keys |= {k.removeprefix("و") for k in keys}
    return bool(keys & cues)


def _speaker_label(turn: _Turn, doc: AnalysedDoc, offsets: _Offsets) -> bool:
    """A transcript's label for who speaks: a few words with no verb ("Lavrov said:", "Лавров заявив:"
    are reported speech) that name a person ("الوزير بلينكن") or an unnamed official ("SENIOR
    ADMINISTRATION OFFICIAL"), not a moderator or a question."""
    words = [w.strip("()[]") for w in turn.label.split()]
    if not 0 < len(words) <= TURN_LABEL_WORDS:
        return False
    if _reported(turn, doc) or any(parse(doc.lang, w)[1] & {"VERB", "INFN"} for w in words):
        return False
    named = any(_is_person(l) for l in offsets.links_from(turn.label_start, turn.label_end))
    # An unnamed official's label is in capitals, as transcripts write it ("Експерти попереджають:" is
    # reported speech).
    return named or (turn.label.isupper() and bool({w.casefold() for w in words} & UNNAMED_SOURCES))


# Words after which a name is an object, never the subject of a verb of speech ("in Ukraine", "з Росією").
SUBJECT_PREPOSITIONS = frozenset(
    "in at to for with on of from by about against into than "
    "в у на з із зі до від для про щодо по о об за над під між через проти "
    "с со к ко из от при перед без против".split()
)
ARABIC_THAT = frozenset({"أن", "إن", "ان", "بأن", "بان"})


def statements(doc: AnalysedDoc, links: list[LinkedMention], actors: dict[str, ActorFact], index: NameIndex,
               quotes: Sequence[QuoteFact]) -> list[tuple[int, str]]:
    """(sentence, actor id) of who made a statement, first time each: the speakers of quotes, and the
    subject of a verb of speech outside quotes ("Zelensky said that …", "заявив Пєсков", "وأعلن
    بلينكن"), found as a quote's speaker is; a pronoun or no one next to the verb gives none."""
    offsets = _Offsets(doc, links)
    text = doc.article.text
    quoted = [(q.start, q.end) for q in quotes]
    found: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker and quote.speaker in actors:
            found.setdefault(quote.speaker, quote.sentence)
    for sentence in doc.sentences:
        cues = [c for c in _cue_positions(doc, index, {sentence.index})
                if not any(start - 1 <= c[0] < end + 1 for start, end in quoted)]
        if not cues:
            continue
        named = [l for l in offsets.by_sentence.get(sentence.index, [])
                 if l.kind in ("person", "organization", "country") and not l.media
                 and not any(start <= l.mention.start < end for start, end in quoted)]
        for cue_start, cue_end, cue_text in cues:
            within = [l for l in named if _speaks_from_within(text, sentence.start, l, cue_start, cue_end, cue_text,
                                                                doc.lang)]
            # A plural verb with no subject and an institution beside it: the institution spoke.
            candidates = within or [l for l in named if word_before(text, l.mention.start) not in SUBJECT_PREPOSITIONS]
            near = _tokens_between(doc, max(sentence.start, cue_start - 12), min(sentence.end, cue_end + 12), offsets)
            if any(t.text.casefold() in PRONOUNS for t in near):
                continue
            following = text[cue_end:cue_end + 5].split()
            if doc.lang == "ar" and following and following[0].strip("،,") in ARABIC_THAT:
                continue  # "وأضاف أن ..." : the verb's own subject is a pronoun, the name after is the clause's
            pool = candidates
            if doc.lang == "en":
                before = text[max(sentence.start, cue_start - 30):cue_start].rstrip()
                if before.casefold().endswith((" to", " who", " which")):
                    continue  # "glad to say", "the family, who says": not a subject's statement
                if not before.endswith((",", '"', "”")):  # only "…, said Peskov" puts the subject after
                    pool = [l for l in candidates if l.mention.end <= cue_start]
            option = _nearest(doc, pool, cue_start, cue_end, cue_text, offsets)
            if option is None or option[1] > SUBJECT_REACH or _disagree(cue_text, doc.lang, option[2], actors):
                continue
            if option[2] in actors and option[2] not in found:
                found[option[2]] = sentence.index
    for turn in _turns(text):
        # A transcript's turn too short to quote ("SECRETARY BLINKEN: Good afternoon, everyone."):
        # the person its label names spoke all the same.
        words = turn.words.split()
        if len(turn.label.split()) > TURN_LABEL_WORDS or len(words) < 2 or words[-1][-1:] not in ".!?":
            continue
        people = [l for l in offsets.links_from(turn.label_start, turn.label_end) if _is_person(l)]
        spoken = offsets.sentence_at(turn.start)
        if people and spoken is not None and people[-1].actor_id in actors:
            found.setdefault(people[-1].actor_id, spoken.index)
    author = _author_link(doc.article.author, links)
    if author is not None and author.actor_id in actors:
        found.setdefault(author.actor_id, author.mention.sentence)
    return sorted((sentence, actor_id) for actor_id, sentence in found.items())


# "В Кремле заявили", "заявили у МЗС": an institution or country in the locative beside a plural
# past verb of speech with no subject is the one who spoke.
_WITHIN = frozenset({"в", "у", "во"})
_BESIDE = 3  # words at most between the name and the verb after it
# Words that may open such a clause: no subject among them ("Об этом сообщили в …", "При этом в …").
_NO_SUBJECT = frozenset("об этом о том про це при также и а но позже затем ранее тоже також і й а але пізніше "
                        "раніше потім зокрема в частности уже вже же".split())


def _speaks_from_within(text: str, sentence_start: int, link: LinkedMention, cue_start: int, cue_end: int,
                        cue_text: str, lang: str) -> bool:
    if lang not in ("uk", "ru") or link.kind not in ("organization", "country"):
        return False
    if not cue_text.casefold().endswith("ли") or word_before(text, link.mention.start) not in _WITHIN:
        return False
    between = text[link.mention.end:cue_start].split() if link.mention.end <= cue_start else None
    if between is not None and len(between) <= _BESIDE and all(w.casefold() in _NO_SUBJECT for w in between):
        # "В Кремле (при этом) заявили": "в" opens the clause
        opening = text[_clause_start(text, sentence_start, link.mention.start):link.mention.start].split()[:-1]
    elif cue_end <= link.mention.start and text[cue_end:link.mention.start].split() in (["в"], ["у"], ["во"]):
        opening = text[_clause_start(text, sentence_start, cue_start):cue_start].split()  # "Об этом сообщили в …"
    else:
        return False
    return all(word.casefold() in _NO_SUBJECT for word in opening)


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` starts: after the last comma, dash or quotation mark."""
    return max([sentence_start, *(text.rfind(mark, sentence_start, position) + 1 for mark in ",—–«»\"“”:")])


def _author_link(author: str | None, links: list[LinkedMention]) -> LinkedMention | None:
    """The first mention of the person or organisation whose name the page's author line holds
    ("وزير الخارجية أنتوني ج. بلينكن", "The White House"): the page is their statement."""
    if not author:
        return None
    wanted = f" {' '.join(word_key(w) for w in author.split())} "
    for link in sorted(links, key=lambda l: l.mention.start):
        if link.kind in ("person", "organization") and not link.media:
            name = " ".join(word_key(w) for w in link.mention.text.split())
            if name and f" {name} " in wanted:
                return link
    return None


_NAME_INNER = frozenset("of the and for in on de la du der von van".split())


def _quoted_name(words: Sequence[str]) -> bool:
    """A title or name in quotation marks: at most four words, each capitalised or a small joining word."""
    cleaned = [w.strip(".,;:!?'’") for w in words]
    return 0 < len(cleaned) <= 4 and cleaned[0][:1].isupper() and not cleaned[-1].endswith(".") and all(
        w[:1].isupper() or w.casefold() in _NAME_INNER or w[:1].isdigit() for w in cleaned if w)


# Kinds of things named in quotation marks right after the kind ("قناة "إن تي في"", "the newspaper
# "Kommersant"", "операция «Возмездие»"): a name, not a quotation.
_NAMED_KINDS = frozenset(word_key(w) for w in """
channel newspaper agency outlet magazine programme program show station party company operation plan format
movement platform website portal
телеканал канал газета агенція агентство видання издание партія партия компанія компания операція операция
програма программа формат платформа портал сайт
قناة قناه صحيفة صحيفه وكالة وكاله مجلة مجله برنامج حزب شركة شركه موقع عملية عمليه منصة منصه حركة حركه
treaty forum network app договір договор форум мережа сеть
معاهدة معاهده منتدى منتدي اتفاقية اتفاقيه شبكة شبكه تطبيق حساب صفحة صفحه
""".split())
# A kind word's Arabic clitics and pronoun ("لشبكة", "منصته", "لمنتدى"): the word itself.
_AR_KIND_CLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")
_AR_KIND_PRONOUNS = ("ها", "هم", "ه")
# The days of the week in quotation marks (اليوم "الخميس") name a day: no quotation.
_WEEKDAYS = frozenset(word_key(w) for w in """
الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد monday tuesday wednesday thursday friday saturday sunday
""".split())


def _kind_keys(word: str) -> set[str]:
    """A word before a quoted name, as a kind word may be written: itself, and in Arabic without
    its clitics and pronoun ("لشبكة" is "شبكة", "منصته" is "منصة" + "his")."""
    key = word_key(word)
    keys = {key}
    for clitic in _AR_KIND_CLITICS:
        if key.startswith(clitic) and len(key) - len(clitic) >= 3:
            keys.add(key[len(clitic):])
    for pronoun in _AR_KIND_PRONOUNS:
        stems = {k[:-len(pronoun)] for k in list(keys) if k.endswith(pronoun) and len(k) > 4}
        keys |= stems | {stem[:-1] + "ه" for stem in stems if stem.endswith("ت")}  # "منصته": منصة + ه
    return keys
NAMED_KIND_WORDS = 4  # a name is short
_KIND_PREPOSITIONS = frozenset("on in at в у на على في عبر".split())


def _named_by_kind(words: Sequence[str], text: str, start: int) -> bool:
    before = text[max(0, start - 30):start].rstrip(" \"“«„'‘").split()
    if len(words) == 1 and word_key(words[0].strip(".,:;()")) in _WEEKDAYS:
        return True  # a day's name
    if len(before) > 1 and before[-1].casefold() in _KIND_PREPOSITIONS:
        before = before[:-1]  # "حسابه على "تلغرام"", "his account on "X""
    return 0 < len(words) <= NAMED_KIND_WORDS and bool(before) \
        and bool(_kind_keys(before[-1].strip(".,:;()")) & _NAMED_KINDS) \
        and not words[-1].endswith((".", "!", "?", "…"))


def _designation(words: Sequence[str]) -> bool:
    """A model's or a system's name in quotation marks: a word or two with a figure in them and no
    sentence punctuation ("تشالنجر2", "إم1 أبرامز", "Leopard 2", "С-400")."""
    if len(words) == 3 and words[0].isdigit() and words[-1].rstrip(".,").isdigit():
        return True  # a swap's formula ("146 на 146", "500 مقابل 500")
    return 0 < len(words) <= 2 and any(ch.isdigit() for word in words for ch in word) \
        and not words[-1].endswith((".", "!", "?", ",", "…"))


SCARE_QUOTE_WORDS = 1  # «аргумент»: a term the writer holds at a distance, no quotation


def _scare_quotes(words: Sequence[str], text: str, start: int, end: int) -> bool:
    """A word in quotation marks with no punctuation of speech: not introduced by a colon, not
    closed by a comma, stop or mark inside the quotes ("No," he said), nor followed by a speaker's dash."""
    return len(words) <= SCARE_QUOTE_WORDS and not words[-1].endswith((",", ".", "!", "?", "…")) \
        and not _marked_as_speech(text, start, end)


CYRILLIC_TITLE_WORDS = 5  # «Новые материалы и химия», «Арктика – территория диалога»
_SPOKEN_AFTER = re.compile(r"\s*[»”\"]?\s*[,.!?…]?\s*[—–-]")  # «…», — сказал он


def _marked_as_speech(text: str, start: int, end: int) -> bool:
    """Whether a colon introduces the quotation at `start`–`end` or a speaker's dash follows it."""
    return _before_quote(text, start).endswith(":") or bool(_SPOKEN_AFTER.match(text, end))


def _before_quote(text: str, start: int) -> str:
    """The text before a quotation, without its opening mark or dash."""
    before = text[:start].rstrip()
    return (before[:-1] if before[-1:] in "«\"“„‘'—–" else before).rstrip()


def _cyrillic_title(words: Sequence[str], text: str, start: int, end: int, lang: str) -> bool:
    """A name in guillemets as Ukrainian and Russian write one, its first word capitalised (a project,
    a forum's motto, «ОПЕК плюс»): a few words with no verb, neither introduced by a colon nor
    followed by the dash that names a speaker."""
    if lang not in MORPH_LANGS or not words or len(words) > CYRILLIC_TITLE_WORDS or not words[0][:1].isupper():
        return False
    if _marked_as_speech(text, start, end):
        return False
    cleaned = [w.strip(".,;:!?'’«»\"–—-") for w in words]
    if any(ch in text[start:end] for ch in ".?!"):
        return False  # a sentence
    # a verb, a predicate ("неприемлемо", "нужно") or "I"/"we"/"you" makes it speech
    return not any(parse(lang, w)[1] & {"VERB", "INFN", "PRTS", "GRND", "ADJS", "PRED", "1per", "2per"}
                   for w in cleaned if w and w[0].isalpha())


def _introduced_by(text: str, quote_start: int, sentence: Sentence, offsets: _Offsets) -> str | None:
    """The person a quote is introduced with: "Josh Shapiro: “…”", "Він заявив: «…»", "President Trump
    described the call: “…”" (the first person named before the colon, on the same line, the subject;
    in a label of capitalised words, the last)."""
    before = _before_quote(text, quote_start)
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    # (the colon's own line, in the quote's sentence or, where the quote opens the next paragraph, above it)
    line_start = text.rfind("\n", 0, colon) + 1
    if sentence.start <= colon:
        line_start = max(sentence.start, line_start)
    people = [link for link in offsets.links_from(line_start, colon) if _is_person(link)]
    if not people:
        return None
    if all(word[:1].isupper() or not word[:1].isalpha() for word in text[line_start:colon].split()):
        # a label in capitals ("Former Biden National Security Adviser Jake Sullivan:"): the name by the colon
        return max(people, key=lambda link: link.mention.start).actor_id
    return min(people, key=lambda link: link.mention.start).actor_id


_SIGNATURE = re.compile(r"[”\"»“']?\s*\n\s*[–—-]\s*(?P<line>[^\n]{3,120})")


def _signed_below(text: str, quote_end: int, offsets: _Offsets) -> tuple[str, str] | None:
    """The person who signs a statement quoted whole, and the signature: a line under the quotation
    that opens with a dash and names one person ("“…”\n\n– National Security Advisor Mike Waltz")."""
    signature = _SIGNATURE.match(text, quote_end)
    if signature is None or signature.group("line").lstrip()[:1] in "“\"«„‘'":
        return None  # (a list's next quotation, not a signature)
    people = {link.actor_id for link in offsets.links_from(signature.start("line"), signature.end("line"))
              if _is_person(link)}
    return (next(iter(people)), signature.group("line").strip()) if len(people) == 1 else None


_BULLET_QUOTE = re.compile(r"\s*[-–—•*·]\s*[“\"«„]")
HEADING_LINE_WORDS = 14  # a heading over a list of quotes ("Secretary Rubio on Meet the Press")


def _heading_above(text: str, quote_start: int, offsets: _Offsets) -> tuple[str, str] | None:
    """The person a list of quotes is headed with, and the heading: a quote that is an item of a
    list ("- “…”") under a short heading line with no sentence end that names one person."""
    line_start = text.rfind("\n", 0, quote_start) + 1
    if not _BULLET_QUOTE.fullmatch(text[line_start:quote_start]):
        return None
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _BULLET_QUOTE.match(text[start:end]):
            if len(line.split()) > HEADING_LINE_WORDS or line.endswith((".", "!", "?", ":")):
                return None
            people = {link.actor_id for link in offsets.links_from(start, end) if _is_person(link)}
            return (next(iter(people)), line) if len(people) == 1 else None
        end = start - 1
    return None


_AR_CUES = frozenset(word_key(cue) for cue in lx.SPEECH_CUES["ar"])
_AR_FEMININE_CUES = frozenset("قالت اضافت اوضحت اشارت اكدت صرحت وصفت اعتبرت كتبت ذكرت اعلنت رات".split())


def _cue_gender(cue: str, lang: str) -> str | None:
    """The sex a verb of speech marks: Ukrainian and Russian past tenses ("заявила"), Arabic ("قالت")."""
    word = cue.casefold().strip()
    if lang == "ar":
        key = word_key(word).removeprefix("و").removeprefix("ف")  # (word_key drops the vowel marks: "شدّدت")
        feminine = key in _AR_FEMININE_CUES or (key.endswith("ت") and key[:-1] in _AR_CUES)
        return "F" if feminine or (key.startswith("ت") and "ي" + key[1:] in _AR_CUES) else None  # تقول of يقول
    if lang in MORPH_LANGS and " " not in word:
        tags = parse(lang, word)[1]
        if "VERB" in tags and "past" in tags:
            return "F" if "femn" in tags else "M" if "masc" in tags else None
    return None


def _disagree(cue: str, lang: str, speaker: str, actors: dict[str, ActorFact]) -> bool:
    """Whether the verb's sex and the speaker's (by first name) contradict each other."""
    verb = _cue_gender(cue, lang)
    fact = actors.get(speaker)
    if verb is None or fact is None or fact.type != "person" or fact.romanised:
        return False  # (a name only romanised says nothing sure of its bearer's sex: "Khizer" for Хизер)
    person = gender_of(fact.name)
    return person is not None and person != verb


def _announced_before(doc: AnalysedDoc, index: NameIndex, sentence: Sentence, quote_start: int,
                      offsets: _Offsets) -> tuple[str, str] | None:
    """A quote that opens its sentence after one that says who speaks ("This was stated by President
    X." then «…»): that person, and the cue."""
    if sentence.index == 0 or doc.article.text[sentence.start:quote_start].strip(" \"“«„'—–") != "":
        return None
    previous = doc.sentences[sentence.index - 1]
    cues = _cue_positions(doc, index, {previous.index})
    people = [link for link in offsets.by_sentence.get(previous.index, []) if _is_person(link)]
    if not cues or not people:
        return None
    _, cue_end, cue_text = cues[-1]
    nearest = min(people, key=lambda link: abs(link.mention.start - cue_end))
    return nearest.actor_id, cue_text


# "The head of the ministry" is its minister: words for a head, and for a ministry.
_HEAD_WORDS = frozenset("глава голова керівник керівниця очільник очільниця руководитель head chief".split())
_MINISTRY_WORDS = frozenset("мзс мид мвс мвд мінфін минфин міноборони минобороны мінекономіки минэкономразвития "
                            "ministry".split())
_MINISTRY_STEMS = ("міністерств", "министерств")
_SECRETARY_WORDS = frozenset("секретар секретарка секретарь secretary".split())


def _role_near(tokens: Sequence[Token], lang: str, phrase: bool = False) -> tuple[str, int] | None:
    """The role a role word near the cue names ("Глава держави", "the envoy") and where the word
    stands, or None. In Ukrainian and Russian the word is the verb's subject, in the nominative, unless
    a phrase cue governs it ("по словам еврокомиссара"): "предложения президента России" is whose."""
    kept = [t for t in tokens if t.text.casefold().strip(".,:;«»\"“”–—")]
    words = [t.text.casefold().strip(".,:;«»\"“”–—") for t in kept]
    for k in range(len(words) - 1):
        if words[k] in ("глава", "head") and " ".join(words[k + 1:k + 3]) in ("держави", "государства", "of state"):
            return "president", kept[k].start
        if words[k] == "глава" and words[k + 1] in ("уряду", "правительства"):
            return "prime minister", kept[k].start
        if words[k] in ("глава", "голова", "очільник") and words[k + 1] in _REGION_WORDS:
            return _GOVERNOR, kept[k].start  # "добавил глава региона": the governor named before
        if words[k] in _HEAD_WORDS and (words[k + 1] in _MINISTRY_WORDS or words[k + 1].startswith(_MINISTRY_STEMS)):
            # "глава МЗС України": the minister, of the country named after the ministry
            return "minister", kept[k + 1].start
        if words[k] in _HEAD_WORDS and k + 2 < len(words) and words[k + 2] in _MINISTRY_WORDS:
            return "minister", kept[k].start  # "очільник турецького МЗС": the minister, of the adjective's country
        body = kept[k + 1].text.strip(".,:;«»\"“”–—")
        if words[k] in _HEAD_WORDS | _SECRETARY_WORDS and body.isupper() and body.isalpha() and 2 <= len(body) <= 6:
            # "Секретар РНБО назвав": the one the article introduced by these words ("Секретар РНБО Рустем Умєров")
            return re.escape(f"{words[k]} {words[k + 1]}"), kept[k].start
    for k, token in enumerate(tokens):
        word = token.text.casefold().strip(".,:;«»\"“”")
        if lang == "ar":
            word = word.removeprefix("و")
        # English: "the president said", not a name's title ("President Trump said").
        named_next = k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
        # ... "the Kremlin spokesman said", "the Russian president": one word of whose role it is between
        the_before = (k > 0 and tokens[k - 1].text.casefold() == "the") or (
            k > 1 and tokens[k - 2].text.casefold() == "the" and tokens[k - 1].text[:1].isupper()) or (
            # ... "the Kremlin leader's aide", "Putin's envoy": whose role it is, before it
            k > 0 and tokens[k - 1].text.endswith(("'s", "’s", "'", "’")) and tokens[k - 1].text[:1].isalpha()) or (
            k > 1 and tokens[k - 1].text in ("'s", "’s"))
        if word not in ROLE_WORDS and lang in MORPH_LANGS:
            word = parse(lang, word)[0]  # "по словам еврокомиссара": the role in its dictionary form
            if not phrase and word in ROLE_WORDS and not ROLE_WORDS[word].startswith(_INSTITUTION) \
                    and "nomn" not in cases(lang, token.text):
                continue  # (a body speaks from where it is: "у відомстві зазначили")
        if word in ROLE_WORDS and (lang != "en" or (the_before and not named_next)):
            return ROLE_WORDS[word], token.start
    return None


def _is_person_id(actor_id: str | None, actors: dict[str, ActorFact]) -> bool:
    return bool(actor_id) and actor_id in actors and actors[actor_id].type == "person"


def _holds(role: str, described: str) -> bool:
    """Whether a registry role ("President of Ukraine (2019–)") is that role, not a tie to it
    ("Adviser to President Trump")."""
    for part in described.split(";"):
        years = re.search(r"\(([^)]*\d{4}[^)]*)\)", part)
        if years and not re.search(r"[–-]\s*(?:$|present|now)", years.group(1).strip()):
            continue  # a post held once ("Ambassador to the UN (1994–2004)"), not now ("(2000–2008, 2012–)")
        held = part.split("(", 1)[0].casefold()
        if any(not re.search(r"\b(?:to|of|for|with)\s+(?:the\s+)?$", held[:m.start()])  # "Aide to the President"
               for m in re.finditer(rf"\b(?:{role})", held)):
            return True
    return False


def _described(text: str, start: int, end: int) -> str:
    """What the article says a person is, beside the name: the words before it in its clause ("Head
    of the delegation David Arakhamia") and an apposition after it ("Mykhailo Podolyak, Adviser to
    the Head of the Office of the President")."""
    before = re.split(r"[.!?;:,«»\"“”]", text[max(0, start - 120):start])[-1]
    if re.search(r"\b(?:to|of|for|with)\s*$", before, re.IGNORECASE):
        before = ""  # "an aide to Vladimir Putin": the role is tied to the name, not held by it
    after = re.match(r",\s*([^,.;:!?«»\"“”]{3,120})", text[end:end + 124])
    return f"{before.strip()}; {after.group(1) if after else ''}"


def _role_holders(role: str, links: list[LinkedMention], actors: dict[str, ActorFact], index: NameIndex,
                  text: str) -> set[str]:
    """Every person of the article who holds that role."""
    return {link.actor_id for link in links if _is_person(link) and _holds_role(role, link, actors, index, text)}


def _holds_role(role: str, link: LinkedMention, actors: dict[str, ActorFact], index: NameIndex, text: str) -> bool:
    entry = index.entries.get(link.actor_id)
    fact = actors.get(link.actor_id)
    known = (entry.role if entry else "") or (fact.role if fact else "")
    return _holds(role, known) or (bool(text) and any(_holds(role, part) for part in _described(
        text, link.mention.start, link.mention.end).split("; ")))


_ROLE_OF = re.compile(r"\w+\s+(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)
_POSSESSOR_BEFORE = re.compile(r"(?:\s+\w+)?['’]s?\s+")  # "Putin's ", "Kremlin leader's "


def _country_of_role(text: str, role_start: int, candidates: list[LinkedMention], lang: str = "en",
                     index: NameIndex | None = None) -> str | None:
    """The country a role word is of ("the President of Ukraine", "Президент України"), if the
    article names it right after the word, or by its adjective beside it ("the Russian president",
    "російський президент", "الرئيس الروسي")."""
    from generator.extract.events import demonym_country

    for link in candidates:
        if link.kind == "country" and 0 < link.mention.start - role_start <= 24 \
                and _ROLE_OF.fullmatch(text[role_start:link.mention.start]):
            return link.actor_id
        if index is not None and _POSSESSOR_BEFORE.fullmatch(text[link.mention.end:role_start]):
            # "Putin's envoy", "the Kremlin leader's aide": the possessor's country
            entry = index.entries.get(link.actor_id)
            return link.actor_id if link.kind == "country" else entry.country if entry is not None else None
    before = re.search(r"([^\W\d_]+)\s+\Z", text[max(0, role_start - 30):role_start])
    role = re.match(r"[^\W\d_]+\s+([^\W\d_]+)", text[role_start:role_start + 40])
    for word in (before, role):
        if word is not None and (country := demonym_country(Token(word.group(1), 0, len(word.group(1))), lang)):
            return country
    return None


def _role_holder(role: str, links: list[LinkedMention], actors: dict[str, ActorFact], index: NameIndex,
                 before: int, text: str = "", country: str | None = None,
                 quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The person the article names with that role (in the registry, or beside the name in the
    article), of the country the article says where it does ("the President of Ukraine"): first one
    the article itself titles so ("Президент Володимир Зеленський"), then the most mentioned one
    outside quotes, then the last before the quote."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    titled: set[str] = set()
    for link in links:
        if not _is_person(link) or _inside(link.mention.start, quoted):
            continue
        entry = index.entries.get(link.actor_id)
        fact = actors.get(link.actor_id)
        if country and (entry.country if entry else fact.country if fact else None) != country:
            continue
        known = (entry.role if entry else "") or (fact.role if fact else "")
        if _holds(role, known) or (text and any(_holds(role, part) for part in _described(
                text, link.mention.start, link.mention.end).split("; "))):
            counts[link.actor_id] = counts.get(link.actor_id, 0) + 1
            if link.mention.start < before:
                last[link.actor_id] = max(last.get(link.actor_id, -1), link.mention.start)
            # (the title a few words before the name: "Президент України Володимир Зеленський")
            title = re.findall(r"[^\W\d_]+", _described(text, link.mention.start, link.mention.end).split("; ")[0])
            if any(_role_of_word(word) == role for word in title[-4:]):
                titled.add(link.actor_id)
    if not counts:
        return None
    return max(counts, key=lambda actor_id: (actor_id in titled, counts[actor_id], last.get(actor_id, -1), actor_id))


_QUOTING = frozenset({"цитировать", "цитувати", "quoted", "quotes", "quoting"})


def _quoted_after_outlet(doc: AnalysedDoc, candidates: Sequence[LinkedMention],
                         option: tuple[int, int, str, str, float, int] | None, cue_end: int, cue_text: str,
                         previous: str | None) -> str | None:
    """The one an outlet quotes, named after it ("— цитирует ТАСС Пескова"), or by a pronoun for the
    speaker just before (`previous`: "— цитирует его ТАСС"): the speaker, not the outlet."""
    if option is None or (cue_text.casefold() not in _QUOTING and lemma(doc.lang, cue_text) not in _QUOTING):
        return None
    outlet = next((l for l in candidates if l.actor_id == option[2] and l.mention.start >= cue_end), None)
    if outlet is None or not (outlet.media or outlet.kind == "organization"):
        return None
    after = [l for l in candidates if l.kind == "person" and 0 <= l.mention.start - outlet.mention.end <= 3]
    if after:
        return after[0].actor_id
    return previous if _OBJECT_PRONOUN.match(doc.article.text, cue_end) else None


_OBJECT_PRONOUN = re.compile(r"\s+(?:его|её|ее|його|її|him|her)\b", re.IGNORECASE)


def _role_of_word(word: str) -> str | None:
    """The role a title word names ("Президент", "президента", "President"), if any."""
    folded = word.casefold()
    if folded in ROLE_WORDS:
        return ROLE_WORDS[folded]
    for lang in MORPH_LANGS:
        if (base := parse(lang, folded)[0]) in ROLE_WORDS:
            return ROLE_WORDS[base]
    return None


_EN_SPEECH_WORDS = frozenset(cue for cue in lx.SPEECH_CUES["en"] if " " not in cue)
_OUTLET_WORDS = frozenset(word for word, stem in INSTITUTION_WORDS.items() if stem == _MEDIA) | frozenset(
    "agency channel magazine daily weekly tabloid broadcaster агентство агенція телеканал канал журнал".split())
_STATE_BODY = re.compile(r"ministr|department|agency|office|service|committee|council|embassy|administration|"
                         r"headquarters|staff|directorate|kremlin|white house|pentagon", re.IGNORECASE)


def _body_named(stem: str, links: list[LinkedMention], actors: dict[str, ActorFact], before: int,
                text: str) -> str | None:
    """The body the article last named before the quote whose English name holds `stem` (any body of
    state for ""): "the ministry said" after "Russia's Defence Ministry"; "the newspaper concluded"
    after an outlet, or a name the article calls a newspaper ("the newspaper, Moskovsky Komsomolets")."""
    for link in sorted(links, key=lambda link: -link.mention.start):
        if link.kind != "organization" or link.mention.start >= before or link.actor_id not in actors:
            continue
        name = actors[link.actor_id].name
        called = text[max(0, link.mention.start - 30):link.mention.start].casefold().replace(",", " ").split()[-2:]
        outlet = link.media or any(w.strip("«\"“") in _OUTLET_WORDS for w in called)
        if (stem == _MEDIA and outlet) or (stem and stem != _MEDIA and re.search(stem, name, re.IGNORECASE)) \
                or (not stem and _STATE_BODY.search(name)):
            return link.actor_id
    return None


# Words that open an Arabic role phrase beside the titles ("عضو المكتب السياسي", "مدير إدارة الأمن").
_AR_ROLE_HEADS = frozenset("عضو مدير مسؤول الناطق ناطق ممثل قائد أمين سكرتير محافظ".split())


def _arabic_role_head(token: Token) -> bool:
    """Whether an Arabic word opens the speaker's role ("رئيس", "عضو"), not a clause ("خلال لقائه")."""
    from generator.analyse.rules_arabic import is_title

    return is_title(token) or token.text in _AR_ROLE_HEADS


def _after_arabic_title(text: str, start: int) -> bool:
    """Whether the word right before offset `start` is an Arabic title ("مستشار", "مبعوث")."""
    from generator.analyse.rules_arabic import is_title

    words = text[max(0, start - 30):start].split()
    return bool(words) and is_title(Token(words[-1], start - len(words[-1]) - 1, start - 1))


def _nearest(doc: AnalysedDoc, candidates: list[LinkedMention], cue_start: int, cue_end: int,
             cue_text: str, offsets: _Offsets | None = None,
             verb_first: bool = False) -> tuple[int, int, str, str, float, int] | None:
    """The person (else organisation or country) nearest to the cue, and where its name starts; Arabic
    subjects follow the verb, never behind a preposition or "أن" (the name there is the clause's), and
    with `verb_first` only a name right before the verb ("زيلينسكي قال") may precede it."""
    arabic = script_of(cue_text) == "arabic"
    best = None
    for link in candidates:
        m = link.mention
        distance = cue_start - m.end if m.end <= cue_start else m.start - cue_end
        if distance < 0:
            continue
        if arabic and verb_first and m.end <= cue_start and distance > 3 and not set(
                doc.article.text[m.end:cue_start].replace("،", " ").replace(",", " ").split()) <= ARABIC_RELATIVES:
            continue  # a name well before an Arabic verb is not its subject (see _arabic_clause_subject)
        if arabic and m.start >= cue_end:
            between = _tokens_between(doc, cue_end, m.start, offsets)
            text = doc.article.text
            # "وقال عضو المكتب السياسي في الحركة، حسام بدران،": a name set off by commas after the
            # speaker's title is the speaker, whatever prepositions the title holds
            apposed = bool(between) and _arabic_role_head(between[0]) \
                and text[:m.start].rstrip().endswith(("،", ",")) and text[m.end:].lstrip().startswith(("،", ","))
            if any((t.text in ARABIC_PREPOSITIONS and not apposed) or t.text in ARABIC_THAT for t in between):
                continue
        if arabic and _is_person(link) and any(
                _is_person(other) and 0 < other.mention.start - m.end <= 3
                and not doc.article.text[m.end:other.mention.start].strip(" ،,") for other in candidates) \
                and _after_arabic_title(doc.article.text, m.start):
            continue  # "مستشار بوتين، يوري أوشاكوف": the title's complement; who speaks is the apposition
        rank = (0 if _is_person(link) else 1, distance)
        if best is None or rank < best[:2]:
            confidence = 0.9 if _is_person(link) else 0.6
            best = (rank[0], rank[1], link.actor_id, cue_text, confidence, m.start)
    if best and best[1] > 200:
        return None
    return best


def _carried_subject(doc: AnalysedDoc, links: list[LinkedMention], sentence: int,
                     previous_speaker: tuple[str | None, int], offsets: _Offsets | None = None, *,
                     before: int | None = None, gender: str | None = None,
                     actors: dict[str, ActorFact] | None = None, quoted: Sequence[tuple[int, int]] = (),
                     index: NameIndex | None = None) -> str | None:
    """The subject a pronoun or a subjectless verb carries over: a person named as a subject earlier
    in its own sentence (before `before`), else the subject of the closest earlier sentence that has
    one, within CARRY_REACH sentences, or further back through sentences that go on saying "she" or
    "he". A subject is a person who can be one: not after a preposition, not a possessor ("Trump's
    envoy"), in the nominative in Ukrainian and Russian ("радник Путіна": Putin does not speak), of
    the sex the pronoun or the verb marks, outside quotations; a sentence whose subject is an unnamed
    source, or only a role ("the adviser") held by no single person, ends the search: unknown."""

    def subjects(sid: int, until: int | None = None) -> tuple[list[LinkedMention], list[LinkedMention]]:
        pool = offsets.by_sentence.get(sid, []) if offsets is not None else links
        people = sorted((l for l in pool if l.mention.sentence == sid and _is_person(l)
                         and not _inside(l.mention.start, quoted)
                         and (until is None or l.mention.end <= until)), key=lambda l: l.mention.start)
        clause = _arabic_that(doc, sid) if doc.lang == "ar" else None
        text = doc.article.text
        if doc.lang == "en":  # "…, said James Barnett, a researcher": who speaks, before the others it names
            people.sort(key=lambda l: word_before(text, l.mention.start).casefold() not in _EN_SPEECH_WORDS)
        return people, [l for l in people
                        if (_may_be_subject(doc, l) or _SOURCE_PHRASE.search(text, max(0, l.mention.start - 80),
                                                                             l.mention.start))
                        and _agrees(l.actor_id, gender, actors) and (clause is None or l.mention.start < clause)]

    if before is not None:
        fitting = subjects(sentence, before)[1]
        if fitting:
            return fitting[0].actor_id
    for back in range(sentence - 1, max(-1, sentence - CARRY_CHAIN - 1), -1):
        current = doc.sentences[back]
        if previous_speaker[0] and previous_speaker[1] == back and _agrees(previous_speaker[0], gender, actors):
            return previous_speaker[0]  # "…,” Dmitriev said. He stressed …": the one who spoke last
        people, fitting = subjects(back)
        if fitting:
            return fitting[0].actor_id
        if _unnamed_sources(doc, current.start, current.end, quoted, offsets):
            return None
        if actors is not None and index is not None:
            holder = _role_subject(doc, links, actors, index, {back}, current.end, quoted)
            if holder is not None:
                return holder or None  # "" : a role several people of the article hold
        referring = any(t.text.casefold() in PRONOUNS for t in current.tokens)
        if people and not referring:
            return None  # the people it names are objects or possessors; its subject is someone else
        if sentence - back >= CARRY_REACH and not referring:
            break
    if previous_speaker[0] and sentence - previous_speaker[1] <= 3 and _agrees(previous_speaker[0], gender, actors):
        return previous_speaker[0]
    return None


def _arabic_that(doc: AnalysedDoc, sid: int) -> int | None:
    """Where the first "أن"/"إن" of an Arabic sentence stands: the names after it are its clause's."""
    return next((t.start for t in doc.sentences[sid].tokens
                 if t.text.removeprefix("و").removeprefix("ف") in ARABIC_THAT), None)


def _agrees(actor_id: str, gender: str | None, actors: dict[str, ActorFact] | None) -> bool:
    """Whether a person may be the one a pronoun or verb of that sex stands for."""
    if gender is None or actors is None or actor_id not in actors or actors[actor_id].type != "person":
        return True
    found = gender_of(actors[actor_id].name)
    return found is None or found == gender


def _inside(offset: int, quoted: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in quoted)


def _distance(cue_start: int, cue_end: int, start: int, end: int) -> int:
    return cue_start - end if end <= cue_start else max(0, start - cue_end)


_BETWEEN = frozenset("between among між серед между среди".split())
_QUOTED_AS_SAYING = frozenset({"قوله", "قولها"})  # (by word_key)
_PHRASE_CUES = ("according to", "за словами", "на думку", "по словам", "по мнению")
# A name after one of those, its title between ("За словами спецпосланця Віткоффа, …"): whose words
# the sentence gives, its subject for what follows.
_SOURCE_PHRASE = re.compile(rf"(?:{'|'.join(_PHRASE_CUES)})(?:\s+[\w’'-]+){{0,3}}\s+\Z", re.IGNORECASE)


# A sitting of a body: the body after it is where someone spoke ("during a meeting of the Security Council").
_SESSION_WORDS = frozenset({"meeting", "session", "засіданні", "засідання", "заседании", "заседания",
                            *(word_key(w) for w in ("اجتماع", "اجتماعات", "جلسة", "جلسات"))})


def _may_be_subject(doc: AnalysedDoc, link: LinkedMention, cue_start: int | None = None, cue_end: int = 0,
                    cue_text: str = "", plural: bool = False) -> bool:
    """Whether a name can be the subject of a verb of speech by its grammatical role: not after a
    preposition, not a possessor ("Trump's son-in-law"), in the nominative (Ukrainian, Russian: not
    "радник Путіна", "спецпосланник Трампа"), not a single person for a plural verb; an English
    subject stands before the verb unless the verb follows the quote ("“…,” said X"). After a phrase
    that names whose words they are ("according to", "за словами") any name may follow."""
    text, lang, m = doc.article.text, doc.lang, link.mention
    if plural and _is_person(link):
        return False
    if cue_start is not None and cue_text.casefold() in _PHRASE_CUES and 0 <= m.start - cue_end <= 40 and not any(
            mark in text[cue_end:m.start] for mark in ",.;:«»\"“”"):
        return True
    before = word_before(text, m.start)
    if lang == "ar" and before.removeprefix("و") == "عن" and word_key(cue_text) in _QUOTED_AS_SAYING \
            and cue_start is not None and 0 <= cue_start - m.end <= 3:
        return True  # "نقل الموقع عن زيلينسكي قوله": the one quoted as saying
    if lang == "en" and (title := _TITLE_BEFORE.search(text[max(0, m.start - 60):m.start])) \
            and any(w.casefold() in lx.EN_PERSON_TITLES for w in title.group().split()):
        # "with German Chancellor Friedrich Merz": the word before the title decides
        title_word = word_before(text, m.start - len(title.group()))
        before = title_word if title_word in SUBJECT_PREPOSITIONS or title_word in _BETWEEN else before
    if before in SUBJECT_PREPOSITIONS or before in _BETWEEN or (
            lang == "ar" and before.removeprefix("و") in ARABIC_PREPOSITIONS):
        return False
    if (word_key(before) if lang == "ar" else before) in _SESSION_WORDS:
        return False  # "خلال اجتماع لمجلس الأمن", "a meeting of the Council": where one spoke, not who
    if lang == "ar" and before.removeprefix("و").removeprefix("ف") in ARABIC_THAT and not (
            cue_start is not None and 0 <= cue_start - m.end <= 3):
        return False  # "أعرب عن اعتقاده بأن بوتين …": the clause's subject, not the sentence's ("أن X قال" is)
    if lang == "en":
        if m.text.endswith(("'s", "’s")) or text[m.end:m.end + 2] in ("'s", "’s"):
            return False
        if cue_start is not None and m.start >= cue_end and not _after_quote(text, cue_start):
            return False  # "No 10 said the Russia strikes were …": a name after "said" is in what was said
    elif lang in MORPH_LANGS:
        words = [w.strip(".,:;!?()") for w in m.text.split()]
        found = cases(lang, words[-1]) if words and words[-1] else frozenset()
        # a surname the dictionary reads as another word's case ("Рябков": of "рябок") takes the
        # case of the given name before it ("Сергей Рябков")
        given = parse(lang, words[0])[1] if len(words) > 1 and words[0] else frozenset()
        if found and "nomn" not in found and not {"Name", "nomn"} <= given:
            return False
    return True


_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][\w.’'-]*\s+){1,4}\Z")  # capitalised words right before a name


def _after_quote(text: str, cue_start: int) -> bool:
    """Whether a verb of speech follows the quote it reports ("“…,” said X", "“…” – said X")."""
    before = text[max(0, cue_start - 6):cue_start].rstrip().rstrip(",–—-").rstrip()
    return before[-1:] in "\"”'’»"


def _plural_cue(cue: str, lang: str) -> bool:
    """Whether a Ukrainian or Russian verb of speech is plural ("заявили", "додали")."""
    word = cue.casefold().strip()
    if lang not in MORPH_LANGS or " " in word:
        return False
    tags = parse(lang, word)[1]
    return "VERB" in tags and "plur" in tags


def _unnamed_sources(doc: AnalysedDoc, start: int, end: int, quoted: Sequence[tuple[int, int]],
                     offsets: _Offsets | None) -> list[int]:
    """Where words for unnamed sources ("sources", "officials", "джерела", "مسؤولون") stand between
    start and end, outside quotations, as subjects (not "citing sources", "з посиланням на джерела")."""
    text = doc.article.text
    found = []
    for token in _tokens_between(doc, start, end, offsets):
        word = token.text.casefold().strip(".,:;!?«»\"“”()")
        if doc.lang == "ar":
            word = word.removeprefix("و").removeprefix("ال")
        if word in UNNAMED_SOURCES and not _inside(token.start, quoted):
            before = word_before(text, token.start)
            if before in _PARTITIVE or (before not in _CITING and before not in SUBJECT_PREPOSITIONS
                                        and before.removeprefix("و") not in ARABIC_PREPOSITIONS):
                found.append(token.start)
    return found


def _arabic_clause_subject(doc: AnalysedDoc, pool: list[LinkedMention], sentence: Sentence, cue_start: int,
                           cue_text: str) -> tuple[int, int, str, str, float, int] | None:
    """An Arabic verb with no name after it shares the subject of the clause before it: the name right
    before the verb ("غير أن زيلينسكي قال"), else the first named person of its sentence, the subject of
    its first verb ("واستضاف الرئيس ترامب نظيره زيلينسكي ... وأكد أن")."""
    people = sorted((l for l in pool if _is_person(l) and l.mention.end <= cue_start
                     and l.mention.start >= sentence.start), key=lambda l: l.mention.start)
    if not people:
        return None
    chosen = next((l for l in people if cue_start - l.mention.end <= 3), people[0])
    return 0, cue_start - chosen.mention.end, chosen.actor_id, cue_text, 0.6, chosen.mention.start


def _role_subject(doc: AnalysedDoc, links: list[LinkedMention], actors: dict[str, ActorFact], index: NameIndex,
                  sentence_ids: set[int], until: int, quoted: Sequence[tuple[int, int]]) -> str | None:
    """The person a role word that is the subject names ("Також радник Путіна припустив", "The adviser
    said"): only where exactly one person of the article holds that role ("" where several do; None
    where no role word is the subject)."""
    text = doc.article.text
    for sid in sorted(sentence_ids):
        tokens = [t for t in doc.sentences[sid].tokens if t.end <= until and not _inside(t.start, quoted)]
        for k, token in enumerate(tokens):
            word = token.text.casefold().strip(".,:;«»\"“”")
            if doc.lang == "ar":
                word = word.removeprefix("و")
            if word not in ROLE_WORDS or word_before(text, token.start) in SUBJECT_PREPOSITIONS:
                continue
            if doc.lang == "en" and (k == 0 or tokens[k - 1].text.casefold() != "the"
                                     or (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())):
                continue
            if doc.lang in MORPH_LANGS and "nomn" not in cases(doc.lang, token.text):
                continue
            holders = _role_holders(ROLE_WORDS[word], links, actors, index, text)
            return next(iter(holders)) if len(holders) == 1 else ""
    return None
