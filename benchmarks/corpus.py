"""A synthetic corpus for the benchmarks: N articles in ar/en/ru/uk, written into a temp project.

The text is the project's own: sentences of the five committed seed articles, shuffled and
recombined, with actor names swapped for other registry variants of the same language, plus
sentences written here from templates (Russian has no seed, so its text is all templates). Dates,
sources, tracks and actors vary; the same seed number gives the same corpus, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator.analyse.text import split_sentences
from generator.config import SiteConfig, load_config

REPO = Path(__file__).resolve().parents[1]
MKDOCS_DEFAULT = REPO / "generator" / "scaffold" / "mkdocs.yml"  # the tool's default MkDocs configuration
LANGS = ("ar", "en", "ru", "uk")
SEED_LANGS = {"000": "ar", "001": "ar", "002": "uk", "003": "en", "004": "uk"}
SOURCES = ("Desk wire", "Reuters", "AP", "Interfax", "Ukrinform", "Al Jazeera", "RIA Novosti", "Meduza",
           "Kyiv Independent", "Asharq Al-Awsat", "TASS", "Suspilne")
# Shares of the corpus written as Markdown with front matter (title, date, lang, source) versus
# plain text (language identified and date inferred from the text, as for the committed seeds).
MARKDOWN_SHARE = 0.75

# Sentences per language and track; {p}/{q} are people, {c}/{d} countries, {place} a place,
# {n} a number, {day} a weekday, {date} a day and month. Names are in the nominative, as listed in
# the registry, so every slot reads as written.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "us-russia-bilateral": [
            "{p} said the embassy in {place} would resume issuing visas after a pause of {n} months.",
            "Diplomats from {c} and {d} discussed consular work and the expulsion of {n} staff members.",
            "The bilateral talks in {place} focused on the normalisation of relations between the two countries.",
            "\"We are ready to restore the work of our embassies,\" {p} told reporters on {day}.",
        ],
        "russia-ukraine-direct": [
            "The delegations met in {place} on {day} for a second round of talks on a ceasefire.",
            "{p} said both sides exchanged {n} prisoners under the memorandum agreed in {place}.",
            "A prisoner exchange of {n} people took place on {date}, according to {p}.",
            "\"The truce must hold before any direct talks resume,\" {p} said.",
        ],
        "us-mediated-peace": [
            "US envoy {p} arrived in {place} on {day} to present the peace plan to {q}.",
            "{p} said security guarantees for {c} remained the main obstacle to a peace deal.",
            "The mediator, {p}, met {q} in {place} to discuss territorial questions and how to end the war.",
            "\"Nobody wants to end the war more than the president,\" {p} said after the talks.",
        ],
        "leaders-summit": [
            "{p} and {q} could meet at a summit in {place} as early as {date}, officials said.",
            "A three-way meeting of the leaders is not on the agenda yet, {p} told journalists.",
            "Preparations for the summit in {place} began on {day}, according to {p}.",
        ],
        "economic-cooperation": [
            "{p} said a working group on sanctions and investment would meet in {place} on {date}.",
            "Energy projects in the Arctic and trade worth {n} billion dollars were discussed, {p} said.",
            "\"Business wants predictable rules,\" {p} said of economic cooperation with {c}.",
        ],
        "arms-control": [
            "{p} said the New START treaty limits of {n} warheads should be respected.",
            "Experts from {c} and {d} discussed strategic stability and nuclear arms control in {place}.",
            "\"Disarmament talks cannot wait,\" {p} said on {day}.",
        ],
        "any": [
            "{p} is expected to travel to {place} on {day}.",
            "The statement was published on {date}, shortly after {p} spoke to {q} by phone.",
            "Analysts in {place} said the talks showed how far apart {c} and {d} remain.",
            "{p} declined to comment on the report.",
        ],
    },
    "ru": {
        "us-russia-bilateral": [
            "{p} заявил, что посольство в городе {place} возобновит выдачу виз через {n} месяцев.",
            "Дипломаты обсудили консульские вопросы и высылку {n} сотрудников посольства.",
            "Двусторонние отношения между Россией и США остаются сложными, считает {p}.",
            "«Мы готовы к нормализации работы посольств», — сказал {p} в {day}.",
        ],
        "russia-ukraine-direct": [
            "Делегация России прибыла в город {place} для нового раунда переговоров о перемирии.",
            "{p} сообщил, что стороны провели обмен пленными: {n} человек вернулись домой.",
            "Прямые переговоры России и Украины продолжатся {date}, заявил {p}.",
            "«Прекращение огня возможно только при гарантиях», — отметил {p}.",
        ],
        "us-mediated-peace": [
            "Спецпосланник {p} представил мирный план, который обсуждался в городе {place}.",
            "{p} заявил, что гарантии безопасности для Украины остаются главным вопросом.",
            "Посредник {p} встретился с {q} для обсуждения окончания войны.",
            "«Мирное соглашение ещё не готово», — сказал {p} журналистам.",
        ],
        "leaders-summit": [
            "{p} не исключил, что саммит состоится в городе {place} уже {date}.",
            "Трехсторонняя встреча лидеров пока не обсуждается, заявил {p}.",
            "Встреча президентов может пройти в ближайшие {n} недель, считает {p}.",
        ],
        "economic-cooperation": [
            "{p} заявил, что рабочая группа по санкциям соберётся {date}.",
            "Торговля и инвестиции в Арктике обсуждались на встрече, сообщил {p}.",
            "«Бизнес ждёт отмены санкций», — сказал {p}, говоря об экономическом сотрудничестве.",
        ],
        "arms-control": [
            "{p} заявил, что договор СНВ ограничивает ядерные арсеналы {n} боеголовками.",
            "Стратегическая стабильность и контроль над вооружениями обсуждались в городе {place}.",
            "«Разоружение невозможно без доверия», — подчеркнул {p}.",
        ],
        "any": [
            "{p} отказался комментировать эти сообщения.",
            "Об этом {date} сообщил {p} после телефонного разговора с {q}.",
            "Эксперты считают, что позиции сторон по-прежнему далеки друг от друга.",
            "{p} посетит город {place} в {day}.",
        ],
    },
    "uk": {
        "us-russia-bilateral": [
            "{p} заявив, що посольство у місті {place} відновить видачу віз через {n} місяців.",
            "Дипломати обговорили консульські питання та висилку {n} працівників посольства.",
            "Двосторонні відносини між США та росією залишаються складними, вважає {p}.",
            "«Нормалізація роботи посольств можлива», — сказав {p} у {day}.",
        ],
        "russia-ukraine-direct": [
            "Делегація України прибула до міста {place} на новий раунд переговорів щодо перемир’я.",
            "{p} повідомив, що сторони провели обмін полоненими: додому повернулися {n} людей.",
            "Прямі переговори продовжаться {date}, заявив {p}.",
            "«Припинення вогню можливе лише з гарантіями», — наголосив {p}.",
        ],
        "us-mediated-peace": [
            "Спецпосланець {p} представив мирний план, який обговорювали у місті {place}.",
            "{p} заявив, що гарантії безпеки для України залишаються головним питанням.",
            "Посередник {p} зустрівся з {q}, щоб обговорити закінчення війни.",
            "«Мирна угода ще не готова», — сказав {p} журналістам.",
        ],
        "leaders-summit": [
            "{p} не виключив, що саміт відбудеться у місті {place} вже {date}.",
            "Тристороння зустріч лідерів поки не обговорюється, заявив {p}.",
            "Зустріч президентів може відбутися протягом {n} тижнів, вважає {p}.",
        ],
        "economic-cooperation": [
            "{p} заявив, що робоча група щодо санкцій збереться {date}.",
            "Торгівля, інвестиції та енергетика в Арктиці обговорювалися на зустрічі, повідомив {p}.",
            "«Бізнес чекає на скасування санкцій», — сказав {p}.",
        ],
        "arms-control": [
            "{p} заявив, що договір СНО обмежує ядерні арсенали {n} боєголовками.",
            "Стратегічна стабільність і контроль над озброєннями обговорювалися у місті {place}.",
            "«Роззброєння неможливе без довіри», — наголосив {p}.",
        ],
        "any": [
            "{p} відмовився коментувати ці повідомлення.",
            "Про це {date} повідомив {p} після телефонної розмови з {q}.",
            "Експерти вважають, що позиції сторін досі далекі одна від одної.",
            "{p} відвідає місто {place} у {day}.",
        ],
    },
    "ar": {
        "us-russia-bilateral": [
            "وقال {p} إن السفارة في {place} ستستأنف منح التأشيرات بعد توقف دام {n} شهرا.",
            "وناقش الدبلوماسيون العمل القنصلي وطرد {n} من الموظفين.",
            "وقال {p} إن العلاقات الثنائية بين البلدين لا تزال صعبة.",
        ],
        "russia-ukraine-direct": [
            "ووصل الوفد إلى {place} يوم {day} لجولة ثانية من محادثات السلام حول وقف إطلاق النار.",
            "وقال {p} إن الجانبين أجريا تبادل السجناء وعاد {n} أسيرا إلى ديارهم.",
            "وقال {p} إن الهدنة يجب أن تصمد قبل استئناف المحادثات.",
        ],
        "us-mediated-peace": [
            "ووصل المبعوث الأمريكي {p} إلى {place} يوم {day} لعرض خطة السلام.",
            "وقال {p} إن الضمانات الأمنية لا تزال العقبة الرئيسية أمام اتفاق سلام.",
            "وقال {p} إن الوساطة تهدف إلى إنهاء الحرب.",
        ],
        "leaders-summit": [
            "وقال {p} إن القمة قد تعقد في {place} خلال {n} أسابيع.",
            "وقال {p} إن اجتماع ثلاثي للقادة ليس مطروحا بعد.",
        ],
        "economic-cooperation": [
            "وقال {p} إن مجموعة عمل حول العقوبات والاستثمار ستجتمع في {place}.",
            "وناقش الجانبان مشاريع الطاقة في القطب الشمالي والتجارة بقيمة {n} مليار دولار.",
        ],
        "arms-control": [
            "وقال {p} إن معاهدة نيو ستارت تحد من الرؤوس النووية عند {n} رأسا.",
            "وناقش الخبراء الاستقرار الاستراتيجي وضبط الأسلحة في {place}.",
        ],
        "any": [
            "وقال {p} إنه سيزور {place} يوم {day}.",
            "ورفض {p} التعليق على التقرير.",
            "وقال محللون في {place} إن المحادثات أظهرت حجم الخلافات بين الجانبين.",
        ],
    },
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "ru": ["понедельник", "вторник", "среду", "четверг", "пятницу"],
    "uk": ["понеділок", "вівторок", "середу", "четвер", "п’ятницю"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}
TITLES = {
    "en": ["{p} on {track}", "Talks in {place}: {track}", "{p} and {q}: what was agreed", "{track}: the latest"],
    "ru": ["{p}: {track}", "Переговоры в городе {place}", "{p} и {q}: итоги встречи", "{track}: новости"],
    "uk": ["{p}: {track}", "Переговори у місті {place}", "{p} і {q}: підсумки зустрічі", "{track}: новини"],
    "ar": ["{p}: {track}", "محادثات في {place}", "{p} و{q}: نتائج اللقاء", "{track}: آخر التطورات"],
}
TRACK_WORDS = {
    "en": {"us-russia-bilateral": "bilateral relations", "russia-ukraine-direct": "direct talks",
           "us-mediated-peace": "the peace plan", "leaders-summit": "the summit",
           "economic-cooperation": "sanctions", "arms-control": "arms control"},
    "ru": {"us-russia-bilateral": "двусторонние отношения", "russia-ukraine-direct": "прямые переговоры",
           "us-mediated-peace": "мирный план", "leaders-summit": "саммит",
           "economic-cooperation": "санкции", "arms-control": "контроль над вооружениями"},
    "uk": {"us-russia-bilateral": "двосторонні відносини", "russia-ukraine-direct": "прямі переговори",
           "us-mediated-peace": "мирний план", "leaders-summit": "саміт",
           "economic-cooperation": "санкції", "arms-control": "контроль над озброєннями"},
    "ar": {"us-russia-bilateral": "العلاقات الثنائية", "russia-ukraine-direct": "محادثات السلام",
           "us-mediated-peace": "خطة السلام", "leaders-summit": "القمة",
           "economic-cooperation": "العقوبات", "arms-control": "ضبط الأسلحة"},
}
TRACKS = tuple(TEMPLATES["en"].keys() - {"any"})


@dataclass
class Names:
    """Registry names by language: people, countries and places (first variant, nominative)."""

    people: dict[str, list[str]]
    countries: dict[str, list[str]]
    places: dict[str, list[str]]
    all_people: dict[str, list[str]]  # every person variant, longest first (for swapping in seeds)


def registry_names(config: SiteConfig) -> Names:
    """Names of the desk's registry, per language, in registry order."""
    people: dict[str, list[str]] = {lang: [] for lang in LANGS}
    countries: dict[str, list[str]] = {lang: [] for lang in LANGS}
    places: dict[str, list[str]] = {lang: [] for lang in LANGS}
    every: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for actor in config.actors.actors:
        for lang in LANGS:
            names = (actor.name, *actor.aliases) if lang == "en" else actor.variants.get(lang, ())
            if not names:
                continue
            target = {"person": people, "country": countries, "place": places}.get(actor.type)
            if target is not None and len(names[0].split()) <= 3:
                target[lang].append(names[0])
            if actor.type == "person":
                every[lang].update(n for n in names if len(n.split()) >= 2)
    all_people = {lang: sorted(every[lang], key=lambda n: (-len(n), n)) for lang in LANGS}
    return Names(people, countries, places, all_people)


def seed_sentences(seeds: Path) -> dict[str, list[str]]:
    """The sentences of the committed seed articles, by language (Russian has none)."""
    found: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for path in sorted(seeds.glob("*.txt")):
        lang = SEED_LANGS.get(path.name[:3])
        if lang is None:
            continue
        text = path.read_text(encoding="utf-8")
        for start, end in split_sentences(text):
            sentence = " ".join(text[start:end].split())
            if 40 <= len(sentence) <= 400:
                found[lang].append(sentence)
    return found


class CorpusWriter:
    """Writes synthetic articles; `article(n)` is a pure function of the seed and n."""

    def __init__(self, config: SiteConfig, seeds: Path, seed: int = 20250101) -> None:
        self.names = registry_names(config)
        self.sentences = seed_sentences(seeds)
        self.seed = seed
        self.popular = {lang: random.Random(seed).sample(self.names.people[lang], 25) for lang in LANGS}
        self._swap = {lang: re.compile("|".join(re.escape(n) for n in self.names.all_people[lang]))
                      for lang in LANGS if self.names.all_people[lang]}

    def _fill(self, template: str, lang: str, rng: random.Random, cast: list[str]) -> str:
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
        month = MONTHS[lang][start.month - 1]
        values = {
            "p": cast[0], "q": cast[1],
            "c": rng.choice(self.names.countries[lang][:12]), "d": rng.choice(self.names.countries[lang][:12]),
            "place": rng.choice(self.names.places[lang][:30]), "n": str(rng.randrange(2, 400)),
            "day": rng.choice(WEEKDAYS[lang]),
            "date": f"{month} {start.day}" if lang == "en" else f"{start.day} {month}",
            "track": "",
        }
        return template.format(**values)

    def _recombined(self, sentence: str, lang: str, rng: random.Random, cast: list[str]) -> str:
        pattern = self._swap.get(lang)
        if pattern is None:
            return sentence
        return pattern.sub(lambda m: rng.choice(cast), sentence)

    def article(self, n: int) -> tuple[str, str]:
        """(file name, file text) of article n."""
        rng = random.Random(self.seed * 1_000_003 + n)
        lang = LANGS[n % len(LANGS)]
        track = rng.choice(TRACKS)
        second = rng.choice(TRACKS)
        people = self.names.people[lang]
        # A few people recur often (as in the news), the long tail rarely.
        popular = self.popular[lang]
        cast = [rng.choice(popular) if rng.random() < 0.7 else rng.choice(people) for _ in range(5)]
        lines: list[str] = []
        for _ in range(rng.randrange(3, 7)):  # paragraphs
            paragraph: list[str] = []
            for _ in range(rng.randrange(2, 5)):
                pool = self.sentences[lang]
                roll = rng.random()
                if pool and roll < 0.4:
                    paragraph.append(self._recombined(rng.choice(pool), lang, rng, cast))
                else:
                    group = track if roll < 0.75 else (second if roll < 0.85 else "any")
                    order = rng.sample(cast, 2)
                    paragraph.append(self._fill(rng.choice(TEMPLATES[lang][group]), lang, rng, order))
            lines.append(" ".join(paragraph))
        title = rng.choice(TITLES[lang]).format(
            p=cast[0], q=cast[1], place=rng.choice(self.names.places[lang][:30]), track=TRACK_WORDS[lang][track])
        date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(4000))
        body = "\n\n".join(lines) + "\n"
        article_id = f"bench-{n:06d}"
        if rng.random() < MARKDOWN_SHARE:
            front = (f"---\ntitle: \"{title}\"\ndate: {date.isoformat()}\nlang: {lang}\n"
                     f"source: {rng.choice(SOURCES)}\n---\n\n")
            return f"{article_id}.md", front + body
        return f"{article_id}.txt", f"{title}\n\n{body}"


def make_bench_project(root: Path, count: int, seed: int = 20250101) -> Path:
    """A project folder with the desk's configuration and `count` synthetic articles in seeds/."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "site_config", root / "site_config", dirs_exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
    if (REPO / "docs_assets").is_dir():
        shutil.copytree(REPO / "docs_assets", root / "docs_assets", dirs_exist_ok=True)
    shutil.copy(MKDOCS_DEFAULT, root / "mkdocs.yml")
    writer = CorpusWriter(load_config(REPO), REPO / "seeds", seed)
    seeds = root / "seeds"
    seeds.mkdir(exist_ok=True)
    for n in range(count):
        name, text = writer.article(n)
        (seeds / name).write_text(text, encoding="utf-8")
    return root
