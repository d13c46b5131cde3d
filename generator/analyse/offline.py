"""The offline analyser: no model download, only what PyPI packages ship.

Layers: language identification (script rules + py3langid), sentence splitting and tokenisation
(rules), lemmas for Ukrainian and Russian (pymorphy3 dictionaries), and entity mentions from the
actor registry and gazetteers plus rules for names nobody registered (capitalisation, pymorphy3's
Name/Surn/Geox/Orgn tags, titles and organisation words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analyse.base import register_backend
from generator.analyse.text import segment
from generator.config import SiteConfig
from generator.gazetteer import ENTITY_TYPE, NameIndex, name_index
from generator.morph import MORPH_LANGS
from generator.morph import parse as _parse
from generator.normalize import normalize_arabic, script_of, word_key
from generator.records import AnalysedDoc, Article, EntityMention, Sentence, Token

VERSION = "offline-1"

# Words that make a capitalised run an organisation (English), matched case-insensitively.
ORG_WORDS = frozenset(
    "ministry department university institute institution center centre council agency committee party "
    "bank fund corporation company group union organization organisation association office court "
    "parliament congress senate duma news times post journal gazette gazeta program programme "
    "foundation commission service services academy club forum network press television tv radio "
    "agency school army navy federation assembly cabinet administration bureau authority house".split()
)
# Titles that announce a person's name (English).
PERSON_TITLES = frozenset(
    "president minister secretary mr mrs ms dr professor prof general gen ambassador envoy spokesman "
    "spokeswoman spokesperson chancellor prime premier senator congressman king prince sheikh "
    "director adviser advisor analyst deputy chairman chief lieutenant colonel commander pope".split()
)
# Words that make a capitalised run a name of a thing (treaty, war, plan), not of a person.
MISC_WORDS = frozenset(
    "war wars agreement agreements accord accords treaty treaties memorial doctrine plan initiative format "
    "process deal act declaration protocol charter summit conference games cup day revolution".split()
)
CONNECTORS = frozenset({"of", "the", "for", "and", "de", "von", "van", "der", "al", "bin", "on"})
# Arabic titles after which a name follows (normalised forms), and words that end the name.
ARABIC_TITLES = ("الرئيس", "وزير", "نائب", "المتحدث", "السفير", "المبعوث", "الجنرال", "المستشار",
                 "رئيس", "الدبلوماسي", "نظيره", "المسؤوله", "المسؤول", "النائب", "المتحدثه")
ARABIC_STOP = frozenset(normalize_arabic(w) for w in (
    "في إلى على عن من مع أن إن أنه التي الذي الروسي الأميركي الأمريكي الأوكراني التركي الألماني "
    "الخارجية الخارجيه باسم الكرملين وزارة الروسية الأوكرانية الأميركية الأمريكية الجديد السابق "
    "المتقاعد يوم قال وقال أضاف خلال بعد قبل الذي لا لم لن هو هي كان كانت الدفاع الأمن القومي "
    "مستشار مبعوث ترامب").split())


_ROMAN_OR_I = re.compile(r"^(?:I|[IVX]{2,5})$")


def _proper(lang: str, word: str) -> bool:
    """Whether the lemmatiser takes a word for a proper name or an abbreviation."""
    return bool({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & _parse(lang, word)[1]) or word.isupper()


def _cased(token: Token) -> bool:
    return token.text[:1].isupper()


class OfflineAnalyser:
    """Rules, dictionaries and gazetteers; works for any language, best for ar, en, ru, uk."""

    name = "offline"
    version = VERSION

    def __init__(self, config: SiteConfig) -> None:
        self.config = config
        self._names: NameIndex | None = None

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = name_index(self.config)
        return self._names

    def languages(self) -> frozenset[str] | None:
        return None

    def analyse_batch(self, items: Sequence[tuple[Article, str]]) -> list[AnalysedDoc]:
        return [self.analyse(article, lang) for article, lang in items]

    def analyse(self, article: Article, lang: str) -> AnalysedDoc:
        sentences = [self._lemmatise(sentence, lang) for sentence in segment(article.text)]
        entities: list[EntityMention] = []
        for sentence in sentences:
            entities.extend(self._entities(article.text, sentence, lang))
        entities = self._surnames_alone(article.text, sentences, entities, lang)
        return AnalysedDoc(
            article=article, lang=lang, analyser=self.name, sentences=tuple(sentences),
            entities=tuple(entities),
        )

    def _surnames_alone(self, text: str, sentences: list[Sentence], entities: list[EntityMention],
                        lang: str) -> list[EntityMention]:
        """A person named in full once is later named by surname alone, even opening a sentence."""
        surnames: dict[str, EntityMention] = {}
        for mention in entities:
            words = mention.text.split()
            if mention.type == "PER" and mention.actor_id is None and len(words) >= 2:
                surnames.setdefault(word_key(words[-1]), mention)
        if not surnames:
            return entities
        covered = {(m.sentence, k) for m in entities for k in range(m.start, m.end)}
        added: list[EntityMention] = []
        for sentence in sentences:
            for token in sentence.tokens:
                if not _cased(token) or (sentence.index, token.start) in covered:
                    continue
                word = token.text
                for suffix in ("’s", "'s"):
                    if word.endswith(suffix):
                        word = word[: -len(suffix)]
                keys = {word_key(word)} | ({word_key(token.lemma)} if token.lemma else set())
                if keys & surnames.keys():
                    added.append(EntityMention(word, token.start, token.start + len(word), "PER",
                                               sentence.index, None, "rule"))
        return sorted(entities + added, key=lambda m: (m.start, m.end))

    def _lemmatise(self, sentence: Sentence, lang: str) -> Sentence:
        if lang not in MORPH_LANGS:
            return sentence
        tokens = tuple(
            Token(t.text, t.start, t.end, _parse(lang, t.text)[0]) if t.text[:1].isalpha() else t
            for t in sentence.tokens
        )
        return Sentence(sentence.index, sentence.start, sentence.end, sentence.text, tokens)

    def _entities(self, text: str, sentence: Sentence, lang: str) -> list[EntityMention]:
        tokens = sentence.tokens
        found: list[EntityMention] = []
        taken = [False] * len(tokens)
        for match in self.names.match(tokens):
            entry = self.names.entries[match.entry_id]
            first, last = tokens[match.first_token], tokens[match.last_token]
            found.append(EntityMention(text[first.start:last.end], first.start, last.end,
                                       ENTITY_TYPE[entry.type], sentence.index, entry.id, "registry"))
            for k in range(match.first_token, match.last_token + 1):
                taken[k] = True
        found = self._place_led_organisations(text, sentence, found, taken)
        script = script_of(sentence.text)
        if script == "arabic":
            found += self._arabic_names(text, sentence, taken)
        elif script in ("latin", "cyrillic"):
            found += self._cased_runs(text, sentence, taken, lang)
        return sorted(found, key=lambda m: m.start)

    def _place_led_organisations(self, text: str, sentence: Sentence, found: list[EntityMention],
                                 taken: list[bool]) -> list[EntityMention]:
        """A place followed by capitalised organisation words names an organisation ("Volgograd State University")."""
        tokens = sentence.tokens
        position = {t.start: k for k, t in enumerate(tokens)}
        merged: list[EntityMention] = []
        for mention in found:
            k = position.get(mention.start)
            if mention.type != "LOC" or k is None:
                merged.append(mention)
                continue
            end = k
            while end < len(tokens) and tokens[end].end <= mention.end:
                end += 1
            last = end
            while last < len(tokens) and not taken[last] and _cased(tokens[last]) and tokens[last].text.isalpha():
                last += 1
            tail = [t.text.lower() for t in tokens[end:last]]
            if tail and tail[-1] in ORG_WORDS:
                merged.append(EntityMention(text[mention.start:tokens[last - 1].end], mention.start,
                                            tokens[last - 1].end, "ORG", sentence.index, None, "rule"))
                for m in range(end, last):
                    taken[m] = True
            else:
                merged.append(mention)
        return merged

    def _cased_runs(self, text: str, sentence: Sentence, taken: list[bool], lang: str) -> list[EntityMention]:
        """Runs of capitalised words nobody registered, typed by rules."""
        tokens = sentence.tokens
        found: list[EntityMention] = []
        i = 0
        while i < len(tokens):
            if taken[i] or not _cased(tokens[i]) or not tokens[i].text[:1].isalpha():
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and not taken[j + 1]:
                nxt = tokens[j + 1]
                if _cased(nxt) and nxt.text[:1].isalpha() and nxt.start - tokens[j].end <= 1:
                    j += 1
                elif (nxt.text.lower() in CONNECTORS and j + 2 < len(tokens) and _cased(tokens[j + 2])
                      and not taken[j + 2] and lang not in MORPH_LANGS):
                    j += 2
                else:
                    break
            run = [t for t in tokens[i:j + 1] if not _ROMAN_OR_I.match(t.text)]
            initial = i == 0
            if lang in MORPH_LANGS:  # a capitalised common word opening the sentence is not a name
                while run and initial and not _proper(lang, run[0].text):
                    run.pop(0)
                    initial = False
            if run and run[-1].text.endswith(("’s", "'s")) and len(run[-1].text) > 2:
                last = run[-1]
                run[-1] = Token(last.text[:-2], last.start, last.end - 2, last.lemma)
            kind = self._type_of_run(run, tokens[i - 1] if i > 0 else None, initial, lang) if run else None
            if kind:
                found.append(EntityMention(text[run[0].start:run[-1].end], run[0].start, run[-1].end,
                                           kind, sentence.index, None, "rule"))
            i = j + 1
        return found

    def _type_of_run(self, run: Sequence[Token], before: Token | None, initial: bool, lang: str) -> str | None:
        words = [t.text for t in run]
        if all(w.isupper() and len(w) <= 1 for w in words):
            return None
        if lang in MORPH_LANGS:
            tags = [_parse(lang, w)[1] for w in words]
            if any("Orgn" in tag for tag in tags) or (len(words) == 1 and words[0].isupper() and len(words[0]) >= 2):
                return "ORG"
            if any({"Name", "Surn", "Patr"} & tag for tag in tags):
                return "PER"
            if any("Geox" in tag for tag in tags):
                return "LOC"
            if initial and len(words) == 1:
                return None
            return "ORG" if len(words) > 1 else None
        lowered = [w.lower() for w in words]
        if any(w in MISC_WORDS for w in lowered):
            return "MISC"
        if any(w in ORG_WORDS for w in lowered):
            return "ORG"
        if any(w in PERSON_TITLES for w in lowered):
            return None  # "Special Envoy", "Foreign Minister": a title, not a name
        if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
            return "ORG"
        if before is not None and before.text.lower().strip(".") in PERSON_TITLES:
            return "PER"
        if initial and len(words) == 1:
            return None
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            return "PER"
        return None

    def _arabic_names(self, text: str, sentence: Sentence, taken: list[bool]) -> list[EntityMention]:
        """Arabic has no capitals: a name is the run of unknown words right after a title."""
        tokens = sentence.tokens
        found: list[EntityMention] = []
        for i, token in enumerate(tokens):
            key = normalize_arabic(token.text)
            if not any(key.endswith(title) for title in ARABIC_TITLES):
                continue
            j = i + 1  # skip the rest of the title: "باسم الكرملين", "الخارجية الروسي"
            while j < len(tokens) and (normalize_arabic(tokens[j].text) in ARABIC_STOP
                                       or normalize_arabic(tokens[j].text).startswith("ال")):
                j += 1
            k = j
            while (k < len(tokens) and k - j < 3 and not taken[k] and tokens[k].text.isalpha()
                   and normalize_arabic(tokens[k].text) not in ARABIC_STOP
                   and not any(normalize_arabic(tokens[k].text).endswith(t) for t in ARABIC_TITLES)):
                k += 1
            if k - j >= 2 and (j == len(tokens) or not taken[j]):
                run = tokens[j:k]
                found.append(EntityMention(text[run[0].start:run[-1].end], run[0].start, run[-1].end,
                                           "PER", sentence.index, None, "rule"))
                for m in range(j, k):
                    taken[m] = True
        return found


@register_backend("offline", layers=("sentences", "tokens", "lemmas", "entities"),
                  description="Rules, pymorphy3 dictionaries, registry and gazetteers; no model download")
def create_offline(config: SiteConfig) -> OfflineAnalyser:
    return OfflineAnalyser(config)
