"""Organisations found by the analysers: which are organisations, and their English names.

An organisation named in Ukrainian or Russian ("Міжнародного валютного фонду") gets its English
name word by word from a glossary of the words institutions are named with (ministry, fund,
council, national, supreme, ...) and CLDR's country names, in English word order ("International
Monetary Fund", "National Olympic Committee of Ukraine"). Where a word is not in the glossary the
name is romanised in its dictionary form and marked as a romanisation.

A single word is an organisation when it is an acronym ("NATO") or written in camel case as
companies write their names ("SolarWinds"); platforms and apps are not ("YouTube").

Not organisations: transcript labels in capitals ("MODERATOR", "SENIOR ADMINISTRATION
OFFICIAL"), a lone common word ("Office", "Delegation"), and the title of a person that runs one
("Head of the Office of the President" is the Office of the President).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set

from babel.numbers import list_currencies

from generator.analyse.lexicon import AR_GROUP_NUMBERS
from generator.analyse.places import country_names
from generator.analyse.rules_latin import camel_case_company
from generator.morph import MORPH_LANGS, lemmas, only_a_common_word, parse, parses, phrase_nominative
from generator.names import romanise
from generator.normalize import normalize_arabic, transliterate

# Words institutions are named with, by dictionary form, in Ukrainian and Russian.
_GLOSSARY: dict[str, str] = {
    # nouns
    "міністерство": "Ministry", "министерство": "Ministry", "департамент": "Department", "відомство": "Agency",
    "ведомство": "Agency", "агентство": "Agency", "служба": "Service", "управління": "Directorate",
    "управление": "Directorate", "комітет": "Committee", "комитет": "Committee", "комісія": "Commission",
    "комиссия": "Commission", "операція": "Operations", "операция": "Operations", "легіон": "Legion",
    "легион": "Legion", "рада": "Council", "совет": "Council", "палата": "Chamber", "суд": "Court",
    "фонд": "Fund", "банк": "Bank", "інститут": "Institute", "институт": "Institute", "університет": "University",
    "университет": "University", "академія": "Academy", "академия": "Academy", "музей": "Museum",
    "центр": "Center", "організація": "Organization", "организация": "Organization", "союз": "Union",
    "асамблея": "Assembly", "ассамблея": "Assembly", "парламент": "Parliament", "уряд": "Government",
    "правительство": "Government", "адміністрація": "Administration", "администрация": "Administration",
    "офіс": "Office", "офис": "Office", "посольство": "Embassy", "представництво": "Mission",
    "представительство": "Mission", "місія": "Mission", "миссия": "Mission", "сила": "Forces", "сили": "Forces",
    "силы": "Forces", "армія": "Army", "армия": "Army", "флот": "Navy", "штаб": "Headquarters",
    "партія": "Party", "партия": "Party", "фракція": "Faction", "фракция": "Faction", "форум": "Forum",
    "голос": "Voice", "служба безпеки": "Security Service", "прокуратура": "Prosecutor's Office",
    "поліція": "Police", "полиция": "Police", "гвардія": "Guard", "гвардия": "Guard", "корпорація": "Corporation",
    "корпорация": "Corporation", "компанія": "Company", "компания": "Company", "група": "Group", "группа": "Group",
    "конгрес": "Congress", "конгресс": "Congress", "сенат": "Senate", "дума": "Duma", "кабінет": "Cabinet",
    "кабинет": "Cabinet", "міністр": "Ministers", "министр": "Ministers", "представник": "Representatives",
    "представитель": "Representatives", "фонд підтримки": "Support Fund", "організація об'єднаних націй":
    "United Nations", "мир": "Peace", "світ": "Peace", "безпека": "Security", "безопасность": "Security",
    "оборона": "Defence", "справа": "Affairs", "дело": "Affairs", "розвиток": "Development",
    "развитие": "Development", "співпраця": "Cooperation", "сотрудничество": "Cooperation", "жінка": "Women",
    "женщина": "Women", "людина": "Human", "человек": "Human", "право": "Rights", "наука": "Sciences",
    "энергетика": "Energy", "енергетика": "Energy", "культура": "Culture", "освіта": "Education",
    "образование": "Education", "здоров'я": "Health", "здоровье": "Health", "фінанси": "Finance",
    "финансы": "Finance", "економіка": "Economy", "экономика": "Economy", "торгівля": "Trade",
    "торговля": "Trade", "юстиція": "Justice", "юстиция": "Justice", "розвідка": "Intelligence",
    "разведка": "Intelligence", "космос": "Space", "простір": "Space", "америка": "America",
    # adjectives (dictionary form)
    "державний": "State", "государственный": "State", "національний": "National",
    "национальный": "National", "міжнародний": "International", "международный": "International",
    "валютний": "Monetary", "валютный": "Monetary", "верховний": "Supreme", "верховный": "Supreme",
    "федеральний": "Federal", "федеральный": "Federal", "європейський": "European",
    "европейский": "European", "світовий": "World", "всемирный": "World", "мировой": "World",
    "збройний": "Armed", "вооружённый": "Armed", "вооруженный": "Armed", "олімпійський": "Olympic",
    "олимпийский": "Olympic", "незалежний": "Independent", "независимый": "Independent",
    "зовнішній": "Foreign", "иностранный": "Foreign", "закордонний": "Foreign", "внутрішній": "Internal",
    "внутренний": "Internal", "космічний": "Space", "космический": "Space", "гуманітарний": "Humanitarian",
    "гуманитарный": "Humanitarian", "обласний": "Regional", "областной": "Regional", "військовий": "Military",
    "военный": "Military", "центральний": "Central", "центральный": "Central", "генеральний": "General",
    "генеральный": "General", "об'єднаний": "United", "объединённый": "United", "объединенный": "United",
    "американський": "American", "американский": "American", "російський": "Russian", "российский": "Russian",
    "український": "Ukrainian", "украинский": "Ukrainian", "вищий": "Supreme", "высший": "Supreme",
    "конституційний": "Constitutional", "конституционный": "Constitutional", "антикорупційний": "Anti-Corruption",
    "антикоррупционный": "Anti-Corruption", "стратегічний": "Strategic", "стратегический": "Strategic",
    "енергетичний": "Energy", "энергетический": "Energy", "фінансовий": "Financial", "финансовый": "Financial",
    "прикордонний": "Border", "пограничный": "Border", "морський": "Naval", "морской": "Naval",
    "повітряний": "Air", "воздушный": "Air", "атомний": "Atomic", "атомный": "Atomic", "ядерний": "Nuclear",
    "ядерный": "Nuclear", "спеціальний": "Special", "специальный": "Special", "економічний": "Economic",
    "экономический": "Economic", "соціальний": "Social", "социальный": "Social", "русский": "Russian",
    "внешний": "Foreign", "красный": "Red", "червоний": "Red", "белый": "White", "білий": "White",
    "коммунистический": "Communist", "комуністичний": "Communist", "демократический": "Democratic",
    "демократичний": "Democratic", "республиканский": "Republican", "республіканський": "Republican",
    "либеральный": "Liberal", "ліберальний": "Liberal", "народный": "People's", "народний": "People's",
    "общественный": "Public", "громадський": "Public", "христианский": "Christian", "християнський": "Christian",
    "еврейский": "Jewish", "єврейський": "Jewish", "исламский": "Islamic", "ісламський": "Islamic",
    "православный": "Orthodox", "православний": "Orthodox", "научный": "Scientific", "науковий": "Scientific",
    "исследовательский": "Research", "дослідницький": "Research", "медицинский": "Medical",
    "медичний": "Medical", "промышленный": "Industrial", "промисловий": "Industrial",
    "сельскохозяйственный": "Agricultural", "сільськогосподарський": "Agricultural",
    "информационный": "Information", "інформаційний": "Information", "инвестиционный": "Investment",
    "інвестиційний": "Investment", "нефтяной": "Oil", "нафтовий": "Oil", "газовый": "Gas", "газовий": "Gas",
    "железнодорожный": "Railway", "залізничний": "Railway", "избирательный": "Electoral",
    "виборчий": "Electoral", "патриотический": "Patriotic", "патріотичний": "Patriotic",
    "главный": "Main", "головний": "Main", "миротворческий": "Peacekeeping", "миротворчий": "Peacekeeping",
    "чрезвычайный": "Emergency", "надзвичайний": "Emergency", "налоговый": "Tax", "податковий": "Tax",
    "таможенный": "Customs", "митний": "Customs", "счётный": "Audit", "счетный": "Audit",
    "рахунковий": "Audit", "арбитражный": "Arbitration", "арбітражний": "Arbitration",
    "кассационный": "Cassation", "касаційний": "Cassation", "апелляционный": "Appeal", "апеляційний": "Appeal",
    "разведывательный": "Intelligence", "розвідувальний": "Intelligence", "военно-морской": "Naval",
    "військово-морський": "Naval", "военно-воздушный": "Air", "військово-повітряний": "Air",
    "воздушно-космический": "Aerospace", "повітряно-космічний": "Aerospace", "следственный": "Investigative",
    "слідчий": "Investigative", "правительственный": "Government", "урядовий": "Government",
    "антитеррористический": "Anti-Terrorist", "антитерористичний": "Anti-Terrorist", "черноморский": "Black Sea",
    "чорноморський": "Black Sea", "тихоокеанский": "Pacific", "тихоокеанський": "Pacific", "каспийский": "Caspian",
    "каспійський": "Caspian", "балтийский": "Baltic", "балтійський": "Baltic", "северный": "Northern",
    "північний": "Northern", "президентский": "Presidential", "президентський": "Presidential",
    # more nouns
    "федерация": "Federation", "федерація": "Federation", "флотилия": "Flotilla", "флотилія": "Flotilla",
    "канцелярия": "Chancellery", "канцелярія": "Chancellery", "президент": "President",
    "промышленник": "Industrialists", "промисловець": "Industrialists", "предприниматель": "Entrepreneurs",
    "підприємець": "Entrepreneurs", "экспортёр": "Exporters", "экспортер": "Exporters",
    "експортер": "Exporters", "энергия": "Energy", "енергія": "Energy", "община": "Communities",
    "громада": "Communities", "партнёрство": "Partnership", "партнерство": "Partnership",
    "альянс": "Alliance", "содружество": "Commonwealth", "співдружність": "Commonwealth", "биржа": "Exchange",
    "біржа": "Exchange", "холдинг": "Holding",
    "концерн": "Concern", "предприятие": "Enterprise", "підприємство": "Enterprise", "завод": "Plant",
    "школа": "School", "больница": "Hospital", "лікарня": "Hospital", "трибунал": "Tribunal",
    "государство": "State", "держава": "State", "нация": "Nation", "нація": "Nation", "страна": "Country",
    "країна": "Country", "координаційний": "Coordination", "координационный": "Coordination",
    "безпілотний": "Unmanned", "беспилотный": "Unmanned", "система": "System", "військо": "Forces",
    "війська": "Forces", "войско": "Forces", "войска": "Forces", "сухопутний": "Land", "сухопутный": "Land",
    "десантно-штурмовий": "Air Assault", "десантно-штурмовой": "Air Assault", "територіальний": "Territorial",
    "территориальный": "Territorial", "соцполітика": "Social Policy", "секретаріат": "Secretariat",
    "секретариат": "Secretariat", "коордштаб": "Coordination Headquarters", "міський": "City", "городской": "City",
    "районний": "District", "районный": "District", "спілка": "Union", "гельсінський": "Helsinki",
    "хельсинкский": "Helsinki", "правозахисний": "Human Rights", "правозащитный": "Human Rights",
    # national adjectives (the country's own name comes from CLDR; its adjective does not)
    "корейский": "Korean", "корейський": "Korean", "китайский": "Chinese", "китайський": "Chinese",
    "японский": "Japanese", "японський": "Japanese", "французский": "French", "французький": "French",
    "немецкий": "German", "німецький": "German", "британский": "British", "британський": "British",
    "турецкий": "Turkish", "турецький": "Turkish", "израильский": "Israeli", "ізраїльський": "Israeli",
    "иранский": "Iranian", "іранський": "Iranian", "белорусский": "Belarusian", "білоруський": "Belarusian",
    "польский": "Polish", "польський": "Polish", "арабский": "Arab", "арабський": "Arab",
    "африканский": "African", "африканський": "African", "азиатский": "Asian", "азійський": "Asian",
    "индийский": "Indian", "індійський": "Indian", "саудовский": "Saudi", "саудівський": "Saudi",
    "итальянский": "Italian", "італійський": "Italian", "канадский": "Canadian", "канадський": "Canadian",
    # commerce and sport ("Американская торговая палата": the Chamber of Commerce; "хоккейная лига")
    "торговый": "Commerce", "торговельний": "Commerce", "торгово-промышленный": "Commerce and Industry",
    "торгово-промисловий": "Commerce and Industry", "лига": "League", "ліга": "League", "хоккейный": "Hockey",
    "хокейний": "Hockey", "футбольный": "Football", "футбольний": "Football", "клуб": "Club",
    "спортивный": "Sports", "спортивний": "Sports", "континентальный": "Continental",
    "континентальний": "Continental", "олимпийский комитет": "Olympic Committee",
    # clipped compounds news writes ("Генштаб", "Совет нацбезопасности", "Нацгвардия")
    "генштаб": "General Staff", "нацбезопасность": "National Security", "нацбезпека": "National Security",
    "нацгвардия": "National Guard", "нацгвардія": "National Guard", "нацполиция": "National Police",
    "нацполіція": "National Police", "минобороны": "Ministry of Defence", "міноборони": "Ministry of Defence",
}
# A state or its armed forces by their abbreviations, inside a longer name ("Повітряних сил ЗСУ": Air
# Force of the Armed Forces of Ukraine).
_STATE_ABBREVIATIONS = {"ЗСУ": "the Armed Forces of Ukraine", "ВСУ": "the Armed Forces of Ukraine", "РФ": "Russia"}
# Ukraine's local administrations, by the abbreviations news writes them with ("голова Сумської ОВА").
CYR_ADMINISTRATIONS: dict[str, tuple[str, str]] = {
    "ОВА": ("Regional Military Administration", "обласна військова адміністрація"),
    "ОДА": ("Regional State Administration", "обласна державна адміністрація"),
    "МВА": ("City Military Administration", "міська військова адміністрація"),
    "РВА": ("District Military Administration", "районна військова адміністрація"),
    "РДА": ("District State Administration", "районна державна адміністрація"),
}
# Who sits in an institution, which English names after "of" ("Council of Ministers").
_MEMBERS = frozenset({"Ministers", "Representatives", "People"})
# English names that are not the sum of their words' glosses.
_IDIOMS = {"General Staff Authority": "General Staff",
           "General Headquarters": "General Staff", "Naval Navy": "Navy", "Naval Forces": "Navy",
           "Air Forces": "Air Force", "Administration of President": "Presidential Administration",
           "Office of President": "Office of the President", "Black Sea Navy": "Black Sea Fleet",
           "Pacific Navy": "Pacific Fleet", "Northern Navy": "Northern Fleet", "Baltic Navy": "Baltic Fleet",
           # a parliament's chamber is a House; other chambers keep the word ("Audit Chamber")
           "Chamber of Representatives": "House of Representatives", "Chamber of Commons": "House of Commons",
           "Chamber of Lords": "House of Lords", "Commerce Chamber": "Chamber of Commerce",
           "Rights of Human": "Human Rights",
           "Commerce and Industry Chamber": "Chamber of Commerce and Industry"}
# What an institution is for, which English puts before its head ("Security Council", "Development
# Fund"); who sits in it keeps "of" ("Council of Ministers").
_FIELDS = frozenset({"Security", "Defence", "Development", "Cooperation", "Peace", "Energy", "Trade", "Health",
                     "Education", "Culture", "Finance", "Justice", "Intelligence", "Space", "Economy", "Systems",
                     "Operations", "National Security"})
_QUOTES = frozenset("«\"“„")
_JOINING = frozenset({"і", "й", "та", "и", "з", "із", "по", "у", "в", "для"})
_OF_JOINING = {"з": "for", "по": "for", "для": "for", "у": "in", "в": "in"}
_PERSON_TITLES = re.compile(
    r"^(?:(?:the\s+)?(?:head|chief|director|(?:co-)?chairman|(?:co-)?chairwoman|(?:co-)?chair|president|"
    r"vice president|deputy head|"
    r"secretary|spokesman|spokeswoman|spokesperson|minister|commander|leader|member|adviser|advisor|"
    r"representative|ambassador)(?:\s+\w+)?\s+of\s+(?:the\s+)?)", re.IGNORECASE)
_ROMAN = re.compile(r"^[IVXLCІХ]+$")  # Latin letters or their Cyrillic look-alikes
# Abbreviations of things, not of organisations: the web, time zones, documents, units and terms
# (AI, GDP), treaties and weapons, and countries and places (ROK, PRC, D.C.).
_NOT_ORGANISATIONS = frozenset("""
HTTP HTTPS URL PURL WWW PDF HTML RSS GMT UTC EST EDT CET CEST MSK OK TV AM PM AI DNA GDP CEO CFO COO LNG GPS VIP
PR IT ID PIN SMS FAQ FM NPT CTBT ABM ICBM SLBM WMD COVID HIMARS ATACMS SEZ ROK DPRK PRC DC USSR UAE UK US USA EU
""".split()) | frozenset(list_currencies())
_LABEL = re.compile(r"^[A-Z][A-Z .'-]{4,}$")  # transcript labels: MODERATOR, SENIOR ADMINISTRATION OFFICIAL


def is_organisation(name: str, acronym_ok: bool = True) -> bool:
    """Whether a discovered organisation name can be one (see the module docstring)."""
    words = name.split()
    if not words:
        return False
    if len(words) > 1 and _LABEL.match(name):
        return False  # a label in capitals
    if len(words) == 1:
        word = words[0]
        letters = word.replace("-", "").replace(".", "")
        acronym = letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 5  # not "WW3"
        if camel_case_company(word):
            return True  # "SolarWinds", "SpaceX"
        return acronym and acronym_ok and not _ROMAN.match(letters) and letters not in _NOT_ORGANISATIONS
    return True


def shouted_word(word: str, lang: str) -> bool:
    """A Ukrainian or Russian word in capitals that the dictionary knows only as a common word: a
    heading's ("ЗАЯВА РЕЧНИКА"), not an abbreviation ("МЧС") or a name ("ХАМАС", "УКРЕНЕРГО")."""
    return lang in MORPH_LANGS and word.isupper() and len(word) >= 4 and only_a_common_word(lang, word)


def heads_a_person(words: list[str], lang: str) -> bool:
    """Whether a Cyrillic name's head noun names a person ("Председателю Государственных дел",
    "Верховного Главнокомандующего", "Міністром закордонних справ"): a title, not an organisation,
    which Ukrainian and Russian name with inanimate nouns ("Совет", "Міністерство")."""
    if lang not in MORPH_LANGS:
        return False
    for word in words:
        found = parses(lang, word)
        if found and found[0].tag.POS in ("ADJF", "PRTF"):
            continue  # an adjective before the head
        nouns = [p for p in found if p.tag.POS == "NOUN"]
        return bool(nouns) and all(p.tag.animacy == "anim" for p in nouns)
    return False


def without_person_title(name: str) -> str:
    """An organisation without the title of the person who runs it ("Head of the Office" -> "Office")."""
    return _PERSON_TITLES.sub("", name, count=1).strip() or name


def english_organisation(words: list[str], lang: str) -> tuple[str, bool]:
    """The English name of an organisation written in Cyrillic, and whether it is only romanised.

    The words are read in groups (adjectives up to their noun); the first group is the head, each
    later one is joined with "of" unless a joining word ("і", "з", "по") says otherwise."""
    if lang not in MORPH_LANGS or not words:
        return transliterate(" ".join(words)), True
    # an administration's abbreviation read as its words ("Сумської ОВА": Sumy Regional Military Administration)
    words = [part for word in words
             for part in (CYR_ADMINISTRATIONS[word][1].split() if word in CYR_ADMINISTRATIONS else [word])]
    opening = next((n for n, word in enumerate(words) if word[:1] in _QUOTES), None)
    if opening:  # "Партия «Слуга народу»": the quoted name as written, before what it is (Sluga Narodu Party)
        head, head_romanised = english_organisation(words[:opening], lang)
        inside = " ".join(words[opening:]).strip("«»\"“”„").split()
        translated, romanised = english_organisation(inside, lang)  # "«Голоса Америки»": Voice of America
        quoted = " ".join(_romanised_word(word, word, lang) for word in inside) if romanised else translated
        first = parses(lang, inside[0]) if inside else []
        if any(p.tag.case == "gent" and p.tag.number == "sing" for p in first) \
                and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in first):
            # a name in the genitive is what the head is of ("Русской службы «Голоса Америки»")
            return f"{head} of {quoted}", romanised or head_romanised
        return f"{quoted} {head}", romanised or head_romanised
    countries = country_names(lang)
    groups: list[tuple[str, list[str], str]] = []  # (joining, adjectives last first, noun), as the Arabic's
    adjectives: list[str] = []
    joining: str | None = None
    known = True
    any_known = False
    unknown_before = False  # the last group is one unknown word that is not a complement ("Гута" of "Гута банк")
    for word in words:
        low = word.casefold()
        if low in _JOINING:
            joining = "and" if low in ("і", "й", "та", "и") else _OF_JOINING.get(low, "of")
            continue
        lemma, tags = parse(lang, word)
        forms = (low, lemma, *lemmas(lang, word))
        country = next((countries[f] for f in forms if f in countries), None) or _STATE_ABBREVIATIONS.get(word)
        english = country or next((_GLOSSARY[f] for f in forms if f in _GLOSSARY), None)
        if english is None:
            known = False
            english = _romanised_word(word, lemma, lang)
        else:
            any_known = True
            nouns = [p for p in parses(lang, word) if p.tag.POS == "NOUN"]
            if not country and nouns and all(p.tag.number == "plur" for p in nouns) and " " not in english \
                    and not english.endswith("s"):
                english += "s"  # "Организации американских государств": Organization of American States
        if groups and word is words[-1] and not adjectives and {"Surn", "gent"} <= tags and joining is None:
            return f"{english} {_joined(groups)}", not known  # "Центр Разумкова": Razumkov Center
        if unknown_before and joining is None and not adjectives and "ADJF" not in tags and "gent" not in tags:
            # A name before what it is, in the same case ("Гута банк", "Роял кредит банк"): Guta Bank
            previous_joining, _, previous = groups.pop()
            groups.append((previous_joining, [], f"{previous} {english}"))
            continue
        # an adjective the dictionary also reads as a noun ("Главного управления": "главное" is "the main
        # thing" too) is the adjective where a word follows and the glossary knows the adjective, not the noun
        adjective = "ADJF" in tags or (
            word is not words[-1] and words[words.index(word) + 1].casefold() not in _JOINING
            and lemma not in _GLOSSARY and any(p.tag.POS == "ADJF" and p.normal_form in _GLOSSARY
                                               for p in parses(lang, word)))
        if country or not adjective:  # a noun closes the group
            unknown_before = not country and not adjectives and english not in _GLOSSARY.values() \
                and "gent" not in tags and (not groups or joining is not None)
            groups.append((joining or "of", adjectives[::-1], english))
            adjectives, joining = [], None
        else:
            adjectives.append(english)
    if adjectives:
        groups.append((joining or "of", [], " ".join(adjectives)))
    if not any_known and sum(word.casefold() not in _JOINING for word in words) > 1:
        # No word known ("Слуга народу"): English word order and "of" would only make up a name
        # ("Sluga of Narod"); the name as written, romanised, is what a reader can look up, its
        # adjectives and noun in the nominative ("Курской группировкой": Kurskaya Gruppirovka).
        written = " ".join(words)
        return transliterate(phrase_nominative(lang, written) or written), True
    name = _joined(_compounded(groups, _FIELDS))
    for literal, idiom in _IDIOMS.items():
        name = name.replace(literal, idiom)
    return name, not known


def _romanised_word(word: str, lemma: str, lang: str) -> str:
    """A word of a name no glossary knows, in the national romanisation: an abbreviation in capitals
    as written ("БКС": BKS, "ДОМ.РФ": DOM.RF), another word in its dictionary form ("Гута")."""
    if word.isupper():
        return romanise(word, lang).upper()
    return romanise(lemma[:1].upper() + lemma[1:], lang)


def _joined(groups: list[tuple[str, list[str], str]]) -> str:
    """An English name from its groups: each group's adjectives before its noun, joined by their words."""
    parts: list[str] = []
    for n, (joining, described, noun) in enumerate(groups):
        if n:
            parts.append(joining)
        parts += [*reversed(described), noun]
    return " ".join(parts)


# Arabic words institutions are named with (letters folded as normalize_arabic folds them), and
# whether each is a noun (which heads a group) or an adjective (which follows its noun).
_AR_NOUNS: dict[str, str] = {
    "وزاره": "Ministry", "وكاله": "Agency", "صندوق": "Fund", "مجلس": "Council", "منظمه": "Organization",
    "بنك": "Bank", "بيت": "House", "سفاره": "Embassy", "جيش": "Army", "حكومه": "Government", "محكمه": "Court",
    "برلمان": "Parliament", "حلف": "Alliance", "اتحاد": "Union", "هيئه": "Authority", "مكتب": "Office",
    "مركز": "Center", "معهد": "Institute", "جامعه": "University", "لجنه": "Committee", "امم": "Nations",
    "خارجيه": "Foreign Affairs", "دفاع": "Defense", "خزانه": "Treasury", "امن": "Security", "تنميه": "Development",
    "صحه": "Health", "عدل": "Justice", "داخليه": "Interior", "ماليه": "Finance", "طاقه": "Energy",
    "سلام": "Peace", "حقوق": "Rights", "انسان": "Human", "قوات": "Forces", "بعثه": "Mission",
    "برنامج": "Programme", "مجموعه": "Group", "اغذيه": "Food", "غذاء": "Food", "نقد": "Monetary",
    "اغاثه": "Relief", "هجره": "Migration", "لاجئين": "Refugees", "سكان": "Population", "مساعدات": "Assistance",
    "تعليم": "Education", "تجاره": "Trade", "زراعه": "Agriculture", "بيئه": "Environment", "ثقافه": "Culture",
    "علوم": "Sciences", "بحوث": "Research", "ابحاث": "Research", "طفوله": "Children", "انباء": "News", "نفط": "Oil",
    "وزراء": "Ministers", "ثروه": "Wealth", "اعلام": "Media", "استثمار": "Investment", "استثمارات": "Investments",
    "شيوخ": "Senate", "نواب": "Representatives", "شعب": "People", "قضاء": "Judiciary", "شرطه": "Police",
    "استخبارات": "Intelligence", "مخابرات": "Intelligence", "طوارئ": "Emergencies", "اركان": "Staff",
    "جهاز": "Service",
}
_AR_ADJECTIVES: dict[str, str] = {
    "امريكيه": "American", "امريكي": "American",
    "اميركيه": "American", "اميركي": "American", "دوليه": "International", "دولي": "International",
    "متحده": "United", "عالميه": "World", "عالمي": "World", "ابيض": "White", "اوروبي": "European",
    "جنائيه": "Criminal", "عليا": "Supreme", "وطني": "National", "وطنيه": "National", "انسانيه": "Humanitarian",
    "قومي": "National", "قوميه": "National",
    "صناعيه": "Industrial", "ذريه": "Atomic", "نوويه": "Nuclear", "نووي": "Nuclear", "انمائي": "Development",
    "روسيه": "Russian", "روسي": "Russian", "اوكرانيه": "Ukrainian", "اوكراني": "Ukrainian", "مسلحه": "Armed",
    # countries' adjectives (news agencies, ministries and armies are named with them)
    "المانيه": "German", "الماني": "German", "فرنسيه": "French", "فرنسي": "French", "بريطانيه": "British",
    "بريطاني": "British", "صينيه": "Chinese", "صيني": "Chinese", "تركيه": "Turkish", "تركي": "Turkish",
    "اماراتيه": "Emirati", "اماراتي": "Emirati", "سعوديه": "Saudi", "سعودي": "Saudi", "قطريه": "Qatari",
    "قطري": "Qatari", "مصريه": "Egyptian", "مصري": "Egyptian", "ايرانيه": "Iranian", "ايراني": "Iranian",
    "عراقيه": "Iraqi", "عراقي": "Iraqi", "سوريه": "Syrian", "سوري": "Syrian", "اسرائيليه": "Israeli",
    "اسرائيلي": "Israeli", "لبنانيه": "Lebanese", "لبناني": "Lebanese", "اردنيه": "Jordanian", "اردني": "Jordanian",
    "عمانيه": "Omani", "عماني": "Omani", "كويتيه": "Kuwaiti", "كويتي": "Kuwaiti", "يابانيه": "Japanese",
    "ياباني": "Japanese", "هنديه": "Indian", "هندي": "Indian", "ايطاليه": "Italian", "ايطالي": "Italian",
    "اسبانيه": "Spanish", "اسباني": "Spanish", "بولنديه": "Polish", "بولندي": "Polish", "سودانيه": "Sudanese",
    "سوداني": "Sudanese", "فلسطينيه": "Palestinian", "فلسطيني": "Palestinian", "عربيه": "Arab", "عربي": "Arab",
    "كوريه": "Korean", "كوري": "Korean", "نفطيه": "Oil", "نفطي": "Oil", "سويسريه": "Swiss", "سويسري": "Swiss",
    "سيادي": "Sovereign", "اتحاديه": "Federal", "اتحادي": "Federal", "عامه": "General", "عام": "General",
    "مركزي": "Central", "مركزيه": "Central",
}


_NATIONALITIES = frozenset("""American Russian Ukrainian German French British Chinese Turkish Emirati Saudi Qatari
Egyptian Iranian Iraqi Syrian Israeli Lebanese Jordanian Omani Kuwaiti Japanese Indian Italian Spanish Polish Sudanese
Palestinian Korean""".split())
_AR_GROUP_NUMBERS = {normalize_arabic(word): english for word, english in AR_GROUP_NUMBERS.items()}


# English words that media names keep, as Arabic writes them ("فوكس نيوز": Fox News, "كييف تايمز":
# Kyiv Times), with the cities such names open with: a name made of them reads in English word for word.
_AR_MEDIA_WORDS = {normalize_arabic(arabic): english for arabic, english in {
    "نيوز": "News", "تايمز": "Times", "تايمس": "Times", "بوست": "Post", "جورنال": "Journal", "ستريت": "Street",
    "وول": "Wall", "ديلي": "Daily", "ميل": "Mail", "تلغراف": "Telegraph", "برس": "Press", "فوكس": "Fox",
    "سكاي": "Sky", "هيرالد": "Herald", "تريبيون": "Tribune", "غارديان": "Guardian", "إندبندنت": "Independent",
    "اندبندنت": "Independent", "فايننشال": "Financial", "فاينانشيال": "Financial", "ناشيونال": "National",
    "إنترناشونال": "International", "انترناشونال": "International", "راديو": "Radio",
    "بوليتيكو": "Politico", "نيويورك": "New York", "واشنطن": "Washington", "كييف": "Kyiv",
    "موسكو": "Moscow", "لندن": "London", "باريس": "Paris", "برلين": "Berlin"}.items()}
_AR_CITY_WORDS = frozenset({"New York", "Washington", "Kyiv", "Moscow", "London", "Paris", "Berlin"})


def english_arabic_organisation(words: list[str]) -> tuple[str, bool]:
    """The English name of an organisation written in Arabic: nouns head groups, adjectives follow
    their noun ("الوكالة الأمريكية للتنمية الدولية" -> American Agency for International Development)."""
    media = [_AR_MEDIA_WORDS.get(normalize_arabic(word).removeprefix("ال")) for word in words]
    if len(words) > 1 and all(media) and any(word not in _AR_CITY_WORDS for word in media):
        return " ".join(word for word in media if word), False
    nouns = {normalize_arabic(k): v for k, v in _AR_NOUNS.items()}
    adjectives = {normalize_arabic(k): v for k, v in _AR_ADJECTIVES.items()}
    countries = country_names("ar")
    folded_countries = {normalize_arabic(name): english for name, english in countries.items()}
    openings = Counter(normalize_arabic(name.split()[0]) for name in countries if " " in name)
    for name, country in countries.items():  # "الإمارات" for "الإمارات العربية المتحدة", where only one opens so
        if " " in name and openings[normalize_arabic(name.split()[0])] == 1:
            folded_countries.setdefault(normalize_arabic(name.split()[0]), country)
    groups: list[tuple[str, list[str], str]] = []  # (joining, adjectives, noun)
    known = True
    for word in words:
        key = normalize_arabic(word)
        joining = "of"
        if key.startswith("لل") and len(key) > 4:
            key, joining = key[2:], "for"
        elif key.startswith("و") and len(key) > 3 and key[1:] in nouns | adjectives:
            key, joining = key[1:], "and"
        elif not groups and key[:1] in "لب" and len(key) > 3 and key[1:].removeprefix("ال") in nouns:
            key = key[1:]  # a preposition glued to the name's first word: "لوزارة الخارجية" (to the ministry)
        key = key.removeprefix("ال")
        if key in adjectives and groups:
            # A country's adjective qualifies the whole name: "وزارة الدفاع الروسية" is the Russian
            # Ministry of Defense; others their own noun ("مجلس الأمن القومي": National Security Council).
            groups[0 if adjectives[key] in _NATIONALITIES else -1][1].append(adjectives[key])
            continue
        english = nouns.get(key) or folded_countries.get(key) or folded_countries.get("ال" + key)
        if english is None:
            known = False
            english = transliterate(word)
        groups.append((joining, [], english))
    if groups and groups[0][2] == "Group":  # "مجموعة (الدول الصناعية) السبع": the Group of Seven
        number = next((english for word in words for folded, english in _AR_GROUP_NUMBERS.items()
                       if normalize_arabic(word) == folded), None)
        if number is not None:
            return f"Group of {number}", False
    if not any(english in nouns.values() or english in folded_countries.values() for _, _, english in groups) \
            and len(groups) > 1 and not any(described for _, described, _ in groups):
        # No word known ("صحيفة الغارديان"): no English order or "of" made up around the words.
        return transliterate(" ".join(words)), True
    # who sits in it keeps "of" ("مجلس الوزراء": Council of Ministers)
    name = _joined(_compounded(groups, set(nouns.values()) - _MEMBERS))
    for literal, idiom in _IDIOMS.items():
        name = name.replace(literal, idiom)
    return usual_english_form(name), not known


# Heads whose English name takes what they are about before them ("مجلس الأمن القومي" is the National
# Security Council, "منظمة الصحة العالمية" the World Health Organization); others take "of" ("Ministry
# of Foreign Affairs", "Court of Justice").
_COMPOUND_HEADS = frozenset({"Programme", "Organization", "Council", "Fund", "Agency", "Committee", "Commission",
                             "Authority", "Center", "Forces", "Service"})


def _compounded(groups: list[tuple[str, list[str], str]], glossary: Set[str]) -> list[tuple[str, list[str], str]]:
    """The head and the nouns joined to it with "of" in one English compound, where the head is one
    of _COMPOUND_HEADS and the nouns come from the glossary (a country keeps "of": "Council of Europe")."""
    if not groups or groups[0][2] not in _COMPOUND_HEADS:
        return groups
    run = 1
    while run < len(groups) and groups[run][0] == "of" and groups[run][2] in glossary - {"Affairs"}:
        run += 1
    if run == 1 or (run < len(groups) and groups[run][0] == "and"):
        return groups  # "Organisation for Economic Co-operation and Development": no compound of a pair
    adjectives = [a for _, described, _ in groups[:run] for a in described]
    nouns = [noun for _, _, noun in reversed(groups[:run])]
    return [(groups[0][0], list(reversed(adjectives)), " ".join(nouns)), *groups[run:]]


def usual_english_form(name: str) -> str:
    """The form English news gives a translated name: an American institution is a US one ("US
    Institute of Peace"), and a US agency named for its work goes by its initials ("US Agency for
    International Development" is USAID, as "US Agency for Global Media" is USAGM)."""
    if name.startswith("American ") and len(name.split()) >= 3:
        name = "US " + name.removeprefix("American ")
    words = name.split()
    if words[:3] == ["US", "Agency", "for"] and len(words) >= 4 and all(w[:1].isupper() for w in words[3:]):
        return "USA" + "".join(w[0] for w in words[3:])
    return name
