"""Page furniture: the lines of a saved or crawled page that are not the article.

Photo captions and credits, bylines and "editing by" lines, share and follow lines, cookie,
subscription and copyright notices, navigation rows and the lists of related headlines at the
end. They name people, outlets and places that are not the article's, so they are taken out of
the text before any fact is extracted; a byline's author is kept as the article's metadata.

The rules look at one line (a paragraph) at a time, in English, Ukrainian, Russian and Arabic,
and only at short lines: a paragraph of the story is never removed for a word it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SHORT_LINE = 160  # furniture is short; longer paragraphs are story text
CAPTION_LINE = 500  # ... except a photo caption, which a credit in brackets ends
HEADLINE_LINE = 120
TRAILING_NAMES = 4  # lines at the end of a page that list names (outlets, tags): more than a signature
NAME_WORDS = 6

_CREDIT_WORDS = (
    r"Getty\s+Images|AFP|Reuters|AP\s+Photo|Associated\s+Press|EPA(?:-EFE)?|Shutterstock|Alamy|Bloomberg\s+via|"
    r"via\s+Getty|Anadolu|Sputnik|TASS|ТАСС|РИА\s+Новости|УНІАН|Укрінформ|ANP|dpa|Xinhua|Pool|Scanpix|LETA|"
    r"Wikimedia\s+Commons|Unsplash"
)
_NAME_WORDS = r"(?:[A-ZА-ЯІЇЄҐ\u0600-\u06FF][\w.'’-]*\s*){1,4}"
_PATTERNS = [
    # Credits: "Photo: X", "Фото: X", "Фото з відкритих джерел", "(Photo by X / AFP)", "© X", "Credit: X".
    r"^\(?(?:photo(?:graph)?s?|image|picture|credit|illustration|video|фото(?:графія)?|світлина|ілюстрація|"
    r"відео|иллюстрация|видео|صورة|الصورة|تصوير)\s*(?:[:—–/-]|by\b|з\b|із\b|зі\b|from\b|courtesy\b).{0,120}$",
    r"^[©Ⓒ]",
    # "Дональд Трамп / © Associated Press", "Фото Ольги Будник": whose picture it is.
    r"^[^.!?]{0,80}\s/\s*[©Ⓒ]\s*[^.!?]{1,40}$",
    r"^(?:фото|світлина)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+){0,2}\.?$",
    # A time stamp: "منذ 22 ثانية", "5 minutes ago", "10 хвилин тому", "3 часа назад".
    r"^(?:منذ\s+\d+\s+\S+|\d+\s+(?:seconds?|minutes?|mins?|hours?)\s+ago|"
    r"\d+\s+(?:секунд|хвилин|годин|минут|час)\w*\s+(?:тому|назад))$",
    # The Kremlin's footer: "Ссылка на материал: kremlin.ru/d/76860", "Текстовая версия".
    r"^(?:ссылка на материал|посилання на матеріал|link to (?:this|the) (?:material|article|page))\s*:.{0,100}$",
    r"^(?:текстовая версия|текстова версія|text version|версия для печати|версія для друку|printable version)$",
    # "Читайте РБК в Telegram.", "Read us on Telegram": where else to follow the outlet.
    r"^(?:читайте|читайте нас|следите за|стежте за|read|follow)\s+(?:\S+\s+){0,2}(?:в|у|на|on|in)\s+"
    r"(?:telegram|телеграм\w*|facebook|x|twitter|дзен\w*|viber|whatsapp|youtube)\.?$",
    rf"^.{{0,120}}(?:[—–/|]\s*|\(|\bvia\s+|\bby\s+)(?:{_CREDIT_WORDS})\)?\.?\s*$",
    rf"^(?:{_CREDIT_WORDS})(?:\s*/\s*[\w .'-]+)?\.?$",
    rf"^.{{0,140}}\b(?:{_CREDIT_WORDS})\s*/\s*[\w .'’-]{{2,40}}$",  # "... REUTERS/Maxim Shemetov"
    # Bylines and editing lines: "By Jane Doe, Reuters", "Автор: Іван Петренко", "بقلم ...".
    rf"^(?i:by|written by|автор(?:ка)?|текст|редактор(?:ка)?|кореспондент(?:ка)?|корреспондент|كتب|كتبت|بقلم)"
    rf"\s*[:\-–—]?\s+{_NAME_WORDS}(?:\s*(?:[,|(]|and\b|і\b|и\b|و)[^.!?]{{0,60}})?$",
    r"^\(?(?:reporting|writing|editing|additional reporting|edited|compiled)\s+by\b.{0,200}$",
    # A site's banners: "Support The Moscow Times!", "Published in News & Features".
    r"^support\s+(?:the\s+)?[\w .&'’-]{2,40}!$",
    r"^published in\s+[\w &,'’-]{2,60}$",
    # A translation's credit: "Translation provided by the U.S. Department of State", "ترجمة مقدمة من ...".
    r"^(?:translation(?: provided)? by|translated by|ترجمة مقدمة من|(?:переклад|перевод)\s*:).{0,100}$",
    # "Associated Press writer Jane Roe in Tallinn, Estonia, contributed to this report."
    # ... after "Vahdat reported from Tehran, Iran."
    r"^(?:[^.!?]{0,80}\breported from\b[^.!?]{0,60}\.\s+)?"
    r"[^.!?]{0,200}\bcontributed(?: reporting)?(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))?"
    r"(?:\s+from\s+[^.!?]{1,60})?\.?$",
    # Share, follow, subscribe, read also, notices: labels, not sentences.
    r"^(?:share|share this(?: article| story)?|share on \w+|tweet|email|print|copy link|follow us(?: on)?|"
    r"subscribe|sign up|read more|read also|see also|related|related articles|related stories|more from|"
    r"more on this(?: story)?|recommended|most read|most popular|top stories|advertisement|sponsored|"
    r"поділитися|поширити|підписуйтеся|підписуйтесь|підпишіться|читайте також|дивіться також|"
    r"слідкуйте|стежте|реклама|поделиться|подписывайтесь|подпишитесь|читайте также|смотрите также|"
    r"следите|شارك|تابعونا|تابعوا|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|اشترك|إعلان)(?:\s*[:\-–—|]|\s+(?:us|on|у|в|на|في)\b)"
    r"[^.!?]{0,120}$",
    # "Read also" with the other story's headline on the same line ("Читайте також Посланець ...").
    r"^(?:read also|see also|also read|читайте також|дивіться також|читайте также|смотрите также|"
    r"اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا)\s+[^\n]{3,200}(?<![.;])$",
    # When the page was posted, as a counter: "4 дня(ей) назад 8", "2 hours ago", "3 години тому".
    r"^(?:\d{1,3}|an?|one)\s+[^\W\d_]+(?:\([^\W\d_]+\))?\s+(?:ago|назад|тому)(?:\s*[|·•]?\s*\d{1,7})?$",
    # "Читайте: <headline>", "Read: <headline>": a link to another story, its headline after a colon.
    r"^(?:читайте|читати|дивіться|смотрите|read|see|watch|також читайте|также читайте|اقرأ)\s*:"
    r"\s*[^\n]{3,200}(?<![.;])$",
    # A video player's controls, with what follows them on the line (the caption of the video).
    r"^(?:enter full ?screen|exit full ?screen|play video|выйти из полноэкранного режима|"
    r"развернуть на весь экран|вийти з повноекранного режиму|розгорнути на весь екран)\b.{0,300}$",
    r"^(?:share(?: this(?: article| story| page)?)?|subscribe|advertisement|реклама|поділитися|поделиться|"
    r"tweet|email|print|إعلان)$",
    # The banner of US federal websites: "An official website of the United States government Here's
    # how you know", "Official websites use .gov", "Secure .gov websites use HTTPS", ...
    r"^.{0,120}(?:official website of the united states government|here['’]s how you know|"
    r"\.gov websites?\b|official websites use \.gov).{0,140}$",
    # Contact lines ("Гаряча телефонна лінія ... +38 0800 503 508") and navigation labels on their own.
    r"^[^.!?]{0,120}\+\d{1,3}[\d ()\-]{6,}\d\s*$",
    r"^[^.!?]{0,80}\b(?:hotline|hot line|гаряч\w+ (?:телефонн\w+ )?лін\w+|"
    r"горяч\w+ (?:телефонн\w+ )?лини\w+)\b[^.!?]{0,80}$",
    r"^(?:news|home|menu|search|latest news|головна|новини|меню|пошук|главная|новости|поиск|الرئيسية|أخبار|"
    r"الأخبار|القائمة|بحث)$",
    r"^.{0,80}\b(?:cookies?|privacy policy|terms of (?:use|service)|all rights reserved|newsletter|"
    r"файли cookie|політика конфіденційності|усі права захищені|всі права захищені|все права защищены|"
    r"політикою конфіденційності|политика конфиденциальности|جميع الحقوق محفوظة|سياسة الخصوصية)\b.{0,100}$",
    r"^(?:telegram|facebook|twitter|x|instagram|youtube|viber|whatsapp|linkedin|tiktok|vk|вконтакте|rss)"
    r"(?:\s*[|·•,/]\s*(?:telegram|facebook|twitter|x|instagram|youtube|viber|whatsapp|linkedin|tiktok|vk|rss))*$",
]
# Case matters for the byline (names are capitalised); every other pattern ignores it.
_FURNITURE = [re.compile(p) if "{1,4}" in p else re.compile(p, re.IGNORECASE) for p in _PATTERNS]
_TRAILING_CREDITS = re.compile(r"(?<=[.!?\"”»])\s*\((?:reporting|writing|editing|additional reporting|compiled)\s+by\b"
                               r"[^()]{0,300}\)?\s*$", re.IGNORECASE)
_NAVIGATION = re.compile(r"^(?:[^|·•»>]{1,30}\s*[|·•»>]\s*){3,}[^|·•»>]{0,30}$")
_RELATED_HEADING = re.compile(
    r"^(?:related|related articles|related stories|read more|read also|see also|more from|more stories|"
    r"you may also like|recommended|читайте також|більше новин|дивіться також|новини за темою|"
    r"читайте также|смотрите также|ещё по теме|по теме|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة)\s*:?$",
    re.IGNORECASE,
)
# A caption ends with its credit in brackets: "... in Chernihiv, in April. (© Name/AGF/Getty Images)".
# ... "(AP Photo/Jae C. Hong)", "(Sergei Ilyin, Sputnik, Kremlin Pool Photo via AP)".
_CAPTION_END = re.compile(
    r"\((?:[©Ⓒ]|(?:photo(?:graph)?|image|фото|світлина|صورة|الصورة)\s*(?:[:/]|by\b|з\b))[^()]{1,160}\)\s*$"
    r"|\([^()]{0,120}\bphoto\s*(?:/|via\b)[^()]{1,80}\)\s*$",
    re.IGNORECASE,
)
# An agency's file picture: "FILE - Supporters of Niger's ruling junta gather …" (a caption however long).
_FILE_CAPTION = re.compile(r"^FILE\s*[-–—]\s")
# ... or, after its last sentence, with a credit that has no brackets: "... May 18, 2015. Photo: AP".
_CREDIT_AFTER = re.compile(
    r"[.!?]\s+(?:photo(?:graph)?|image|фото|світлина|صورة|الصورة)\s*(?::|/|by\b|з\b)\s*[^.!?:]{1,80}$",
    re.IGNORECASE)
# ... or a chain of credits, the photographer and the agencies that carried the picture:
# "... in Moscow. Jane Roe / RIA Novosti / Sputnik / Reuters".
_CREDIT_CHAIN = re.compile(r"(?:\s/\s[^/]{1,40}){2,}$")
# A caption that opens with its credit: "Фото: Jane Roe / Reuters The head of the delegation in ...".
_CREDIT_FIRST = re.compile(
    rf"^\(?(?:photo|фото|світлина|صورة|الصورة)\s*[:—–]\s*[^.!?]{{0,60}}\b(?:{_CREDIT_WORDS})\b", re.IGNORECASE)
# A dateline's agency: "MOSCOW, March 24 (Reuters) - ", "ВАШИНГТОН, 22 января. /ТАСС/. ",
# "КАИР, 2 апр - РИА Новости. ", "КИЇВ, 6 червня — Укрінформ. ".
_AGENCIES = rf"(?:{_CREDIT_WORDS}|AP|Interfax|Интерфакс|Інтерфакс-Україна|ИТАР-ТАСС|РБК|Укрінформ|УНІАН|Укринформ)"
_DATELINE_AGENCY = re.compile(
    rf"^\s*[^\W\d_][\w .'’-]{{1,30}},\s*[^\n()/—–]{{1,30}}?[.,]?\s*"
    rf"(?P<agency>\({_AGENCIES}\)\s*|/{_AGENCIES}/\.?\s*|[—–-]\s*{_AGENCIES}\.\s*)")
# An Arabic dateline with its reporter: "ابوظبي - سيف اليزيد - أعلنت دولة الإمارات …": the place where it
# was filed, then who filed it; the story starts after the second dash.
_ARABIC_DATELINE_BYLINE = re.compile(
    r"^\s*[\u0600-\u06FF]+(?:\s[\u0600-\u06FF]+)?\s+[-–—]\s+(?P<name>[\u0600-\u06FF]+(?:\s[\u0600-\u06FF]+){0,2})"
    r"\s+[-–—]\s+(?=\S[^\n]{40})")
_BYLINE = re.compile(rf"^(?i:by|written by|автор(?:ка)?|بقلم)\s*[:\-–—]?\s+({_NAME_WORDS})")
_SENTENCE_END = re.compile(r"[.!?…»\"”:;]\s*$")


@dataclass
class Cleaned:
    """Article text without its furniture, the author found in a byline, and what was removed."""

    text: str
    author: str | None = None
    removed: list[str] = field(default_factory=list)


# A translation's disclaimer ("This translation is provided as a courtesy and only the original English
# source should be considered authoritative", "هذه الترجمة هي خدمة مجانية ...") and its pointer to the
# original ("للاطلاع على مضمون البيان الأصلي يرجى مراجعة الرابط التالي: https://…"): about the page.
_TRANSLATION_NOTE = re.compile(
    r"^(?:this translation|هذه الترجمة|цей переклад|этот перевод).{0,300}"
    r"(?:original|authoritative|الأصلي|الاصلي|оригінал|оригинал|офіційн|официальн)"
    r"|^(?:للاطّلاع|للاطلاع|to (?:view|read) the original|the original (?:english )?(?:text|statement|version)"
    r"|оригінальний текст|оригинальный текст).{0,160}https?://\S+\s*$", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Whether one line is page furniture: a short line of its kinds, or a photo caption with its credit."""
    line = line.strip()
    if len(line) <= CAPTION_LINE and _TRANSLATION_NOTE.search(line):
        return True
    if _FILE_CAPTION.match(line) and len(line) <= CAPTION_LINE:
        return True
    if len(line) > SHORT_LINE:
        return len(line) <= CAPTION_LINE and (bool(_CAPTION_END.search(line) or _CREDIT_FIRST.match(line)
                                                   or _CREDIT_AFTER.search(line))
                                              or _credit_chain(line))
    if not line:
        return False
    return any(p.search(line) for p in _FURNITURE) or bool(_NAVIGATION.match(line) or _CREDIT_FIRST.match(line)
                                                            or _CREDIT_AFTER.search(line) or _CAPTION_END.search(line))


def _credit_chain(line: str) -> bool:
    """Whether a line ends with three or more credits separated by slashes, one of them an agency's."""
    chain = _CREDIT_CHAIN.search(line)
    return chain is not None and re.search(rf"/\s*(?:{_CREDIT_WORDS})\s*(?:/|$)", chain.group(0)) is not None


def _headline_like(line: str) -> bool:
    return 0 < len(line) <= HEADLINE_LINE and not _SENTENCE_END.search(line)


def _between_furniture(lines: list[str]) -> set[int]:
    """Short lines without a sentence end with furniture on both sides: a block of a page's header
    or navigation ("Hotline +1 ...", "Humanitarian Aid Office", "News") is furniture as a whole."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    furniture = {n for n in filled if is_furniture(lines[n])}
    return {n for before, n, after in zip(filled, filled[1:], filled[2:], strict=False)
            if n not in furniture and before in furniture and after in furniture
            and _headline_like(lines[n].strip())}


def strip_furniture(text: str) -> Cleaned:
    """The text without furniture lines; a trailing list of related headlines goes too."""
    lines = text.split("\n")
    between = _between_furniture(lines)
    keep: list[str] = []
    removed: list[str] = []
    author: str | None = None
    related = False
    for n, raw in enumerate(lines):
        line = raw.strip()
        if n in between:
            removed.append(line)
            continue
        if related:
            if not line or _headline_like(line) or is_furniture(line):
                if line:
                    removed.append(line)
                continue
            related = False
        if _RELATED_HEADING.match(line):
            related = True
            removed.append(line)
            continue
        dateline = _DATELINE_AGENCY.match(raw)
        if dateline and raw[dateline.end():].strip():
            # "MOSCOW, March 24 (Reuters) - ...": the agency carried the story and is no actor in it
            agency = dateline.group("agency")
            removed.append(agency.strip())
            head = raw[:dateline.start("agency")]
            raw = (f"{head.rstrip()}. " if agency[:1] in "-–—" else head) + raw[dateline.end("agency"):]
            line = raw.strip()
        byline = _ARABIC_DATELINE_BYLINE.match(raw)
        if byline:
            removed.append(byline.group("name"))
            raw = raw[:byline.start("name")] + raw[byline.end():]
            line = raw.strip()
        credits = _TRAILING_CREDITS.search(raw)
        if credits and credits.start() > 0:
            # "... in New York. (Reporting by Reuters; Writing by Guy Faulconbridge; Editing by ...)": the
            # credits the agency ends its story with, on the last paragraph's line
            removed.append(credits.group().strip())
            raw = raw[:credits.start()]
            line = raw.strip()
        if is_furniture(line):
            match = _BYLINE.match(line)
            if match and author is None and not re.search(_CREDIT_WORDS, line):
                author = " ".join(match.group(1).split())
            removed.append(line)
            continue
        keep.append(raw)
    # Headlines of other stories listed after the last paragraph: three or more short lines with no
    # sentence end, at the very end of the text; or a list of four or more names (outlets, tags).
    tail = len(keep)
    while tail > 0 and (not keep[tail - 1].strip() or _headline_like(keep[tail - 1].strip())):
        tail -= 1
    trailing = [line.strip() for line in keep[tail:] if line.strip()]
    story_ended = tail > 0 and bool(_SENTENCE_END.search(keep[tail - 1].strip()))
    headlines = len(trailing) >= 3 and all(len(line.split()) >= 3 for line in trailing)
    names = len(trailing) >= TRAILING_NAMES and all(len(line.split()) <= NAME_WORDS for line in trailing)
    if story_ended and (headlines or names):
        removed += trailing
        keep = keep[:tail]
    return Cleaned("\n".join(keep).strip("\n"), author, removed)
