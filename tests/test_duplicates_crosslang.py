"""Duplicated effort across languages (calendar_core/analysis/crosslang.py, languages.py), on companies
drawn from pools of their own: departments each writing one language (Polish, Czech, Ukrainian, Greek,
Arabic, Hebrew, Turkish, English), a background of each department's routine posts, and planted pairs.

* one effort: a coined name (invented products: mixed case, a code, a name a figure follows) both
  titles write, each in its own language, 0-2 days apart; or a route between two cities whose
  names are cognates in the two alphabets ("Paryż–Londyn" / "Paříž–Londýn" / "Париж–Лондон");
* not one effort: two titles in two languages sharing only a city or a first name; sharing a
  product's name while naming different years ("2025" / "2026") or one naming a year the other does not;
  two departments of one language sharing only a product (the words decide there, as before).
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from itertools import count

import pytest

from calendar_core.analysis import analyse
from calendar_core.analysis.crosslang import CrossLanguage
from calendar_core.analysis.items import make_items
from calendar_core.analysis.languages import languages, team_languages, title_language
from calendar_core.analysis.timeutil import LocalClock
from calendar_core.model import Entry
from calendar_core.settings import Settings

SEEDS = range(1, 7)
DEPARTMENTS = {"pl": "Oddział Polska", "cs": "Pobočka Česko", "uk": "Офіс Україна", "el": "Γραφείο Ελλάδα",
               "ar": "مكتب الخليج", "he": "משרד ישראל", "tr": "Türkiye Ofisi", "en": "Group Comms"}
# Routine posts: each department's own, in its own language ({city}, {name} filled from pools below).
ROUTINE = {
    "pl": ["Poznaj nasz zespół: {name} z biura w {city}", "Za kulisami: nocna zmiana w {city}",
           "Porada tygodnia: jak pakować szkło", "Dzień otwarty w {city}", "Szkolenie BHP dla nowych kierowców"],
    "cs": ["Představujeme tým: {name} z {city}", "Tip týdne: balení křehkého zboží", "Den otevřených dveří v {city}",
           "Hledáme řidiče do {city}", "Rozhovor s ředitelem pobočky"],
    "uk": ["Знайомтеся: {name} з відділу продажів", "Порада тижня: пакування вантажу", "Репортаж зі складу",
           "Вакансія: водій-експедитор", "День відкритих дверей"],
    "el": ["Γνωρίστε την ομάδα μας: {name}", "Συμβουλή της εβδομάδας: σωστή συσκευασία", "Θέσεις εργασίας: οδηγοί",
           "Πίσω από τις κάμερες στο λιμάνι", "Ημέρα ανοιχτών θυρών"],
    "ar": ["تعرف على فريقنا: {name}", "نصيحة الأسبوع: تغليف الشحنات", "وظائف شاغرة في المستودع", "جولة في مركز الشحن"],
    "he": ["הכירו את הצוות: {name}", "טיפ השבוע: אריזה נכונה", "דרושים נהגים", "מאחורי הקלעים בנמל"],
    "tr": ["Ekibimizle tanışın: {name}", "Haftanın ipucu: doğru paketleme", "Depoda bir gün", "Sürücü arıyoruz"],
    "en": ["Meet the team: {name} from {city}", "Tip of the week: packing fragile cargo", "Behind the scenes at the hub",
           "We're hiring: fleet supervisors", "Five things we learned this quarter"],
}
# How each language announces something new about a product ({product}), two ways.
LAUNCH = {
    "pl": ["Premiera: {product}", "{product} już dostępny"], "cs": ["Představujeme {product}", "{product} je tady"],
    "uk": ["Запуск: {product}", "{product} вже доступний"], "el": ["Νέο: {product}", "Το {product} είναι εδώ"],
    "ar": ["إطلاق {product}", "{product} متاح الآن"], "he": ["השקת {product}", "{product} כבר כאן"],
    "tr": ["Yeni: {product}", "{product} satışta"], "en": ["Launching {product}", "{product} is here"],
}
YEAR_EDITION = {  # an edition of an event, its year written
    "pl": "{product} {year} – zapraszamy", "cs": "{product} {year}: pozvánka", "uk": "Запрошуємо на {product} {year}",
    "el": "{product} {year}: σας περιμένουμε", "en": "Join us at {product} {year}", "tr": "{product} {year} davetiyesi",
}
ALONE = {  # a routine post that only names a city or a person, no product
    "pl": "Nowe biuro w {city}", "cs": "Nová kancelář v {city}", "uk": "Новий офіс у {city}",
    "en": "Our new office in {city}", "tr": "{city} ofisimiz açıldı",
}
# Routes whose city names are cognates across the alphabets (Latin with its letters, Cyrillic).
ROUTES = [("Paryż", "Londyn", "Paříž", "Londýn", "Париж", "Лондон"),
          ("Madryt", "Berlin", "Madrid", "Berlín", "Мадрид", "Берлін"),
          ("Warszawa", "Amsterdam", "Varšava", "Amsterdam", "Варшава", "Амстердам")]
ROUTE = {"pl": "Nowe połączenie {a}–{b}", "cs": "Nová linka {a}–{b}", "uk": "Новий маршрут {a}–{b}"}
CITIES = ["Gdańsk", "Brno", "Ostrava", "Poznań", "Łódź", "Plzeň", "Lublin", "Olomouc"]
NAMES = ["Kasia", "Bartek", "Lucie", "Martin", "Ola", "Eva", "Arjun", "Meera"]
_SYLLABLES = ["ka", "ro", "vi", "ne", "tu", "la", "mo", "zi", "pe", "sa", "do", "ri"]


def _product(rnd: random.Random) -> str:
    """An invented product name written as products are: mixed case, a code, or a name a figure follows."""
    a = "".join(rnd.sample(_SYLLABLES, 2)).capitalize()
    b = "".join(rnd.sample(_SYLLABLES, 2)).capitalize()
    kind = rnd.randrange(3)
    if kind == 0:
        return a + b  # "KaroVine"
    if kind == 1:
        return f"{a[:2].upper()}-{rnd.randint(2, 99)}"  # "KA-17"
    return f"{a}{b.lower()} {rnd.randint(2, 900)}"  # "Karovine 300"


_ids = count(1)
FIRST = datetime(2026, 10, 5, 9, 0, tzinfo=timezone.utc)


def _entry(title: str, lang: str, day: int, hour: int = 9) -> Entry:
    n = next(_ids)
    start = FIRST + timedelta(days=day, hours=hour - 9)
    dept = DEPARTMENTS[lang]
    return Entry(id=n, source_id=list(DEPARTMENTS).index(lang) + 1, source_ref=f"row {n}", title=title, start=start,
                 end=None, all_day=False, department=dept, channel="LinkedIn", owner="",
                 source_name=f"{lang}.xlsx")


def _background(rnd: random.Random, langs) -> list[Entry]:
    out = []
    for lang in langs:
        for _ in range(rnd.randint(8, 12)):
            title = rnd.choice(ROUTINE[lang]).format(city=rnd.choice(CITIES), name=rnd.choice(NAMES))
            out.append(_entry(title, lang, rnd.randrange(0, 42), rnd.choice([9, 11, 14, 16])))
    return out


def _grouped(entries: list[Entry], a: Entry, b: Entry) -> bool:
    result = analyse(entries, Settings())
    return any(a.id in g.entry_ids and b.id in g.entry_ids for g in result.duplicates)


def _pair(rnd, pool: dict, fill: dict, langs=None):
    la, lb = rnd.sample(sorted(langs or pool), 2)
    day = rnd.randrange(3, 36)
    a = _entry(rnd.choice(pool[la]) if isinstance(pool[la], list) else pool[la], la, day)
    b = _entry(rnd.choice(pool[lb]) if isinstance(pool[lb], list) else pool[lb], lb, day + rnd.randint(0, 2), 14)
    a.title, b.title = a.title.format(**fill), b.title.format(**fill)
    return la, lb, a, b


@pytest.mark.parametrize("seed", SEEDS)
def test_a_coined_name_in_two_languages_is_one_effort(seed):
    rnd = random.Random(seed)
    entries = _background(rnd, DEPARTMENTS)
    found = 0
    for _ in range(3):
        _, _, a, b = _pair(rnd, LAUNCH, {"product": _product(rnd)})
        entries += [a, b]
        found += _grouped(entries, a, b)
    assert found == 3


@pytest.mark.parametrize("seed", SEEDS)
def test_cognate_city_names_make_one_route(seed):
    rnd = random.Random(seed)
    entries = _background(rnd, DEPARTMENTS)
    route = rnd.choice(ROUTES)
    spelt = {"pl": route[0:2], "cs": route[2:4], "uk": route[4:6]}
    la, lb = rnd.sample(sorted(ROUTE), 2)
    day = rnd.randrange(3, 36)
    a = _entry(ROUTE[la].format(a=spelt[la][0], b=spelt[la][1]), la, day)
    b = _entry(ROUTE[lb].format(a=spelt[lb][0], b=spelt[lb][1]), lb, day + rnd.randint(0, 2), 15)
    assert _grouped(entries + [a, b], a, b), (a.title, b.title)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_city_alone_is_no_effort(seed):
    rnd = random.Random(seed)
    entries = _background(rnd, DEPARTMENTS)
    _, _, a, b = _pair(rnd, ALONE, {"city": rnd.choice(CITIES)})
    assert not _grouped(entries + [a, b], a, b), (a.title, b.title)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_first_name_alone_says_nothing_across_languages(seed):
    """Two spotlights naming one first name, in two languages: the step adds nothing (whatever the
    words' own judgement of two posts of recurring formats is)."""
    rnd = random.Random(seed)
    entries = _background(rnd, DEPARTMENTS)
    pool = {lang: [t for t in ROUTINE[lang] if "{name}" in t] for lang in ROUTINE}
    _, _, a, b = _pair(rnd, pool, {"name": rnd.choice(NAMES), "city": rnd.choice(CITIES)})
    items = make_items(entries + [a, b], LocalClock("UTC"))
    items.sort(key=lambda it: (it.day, it.ts))
    cross = CrossLanguage(items, 7)
    i, j = sorted(k for k, it in enumerate(items) if it.entry.id in (a.id, b.id))
    found = cross.judge(i, j)
    assert found is None or found.score < Settings().duplicate_threshold, (a.title, b.title, found)


@pytest.mark.parametrize("seed", SEEDS)
def test_another_year_of_one_name_is_another_edition(seed):
    rnd = random.Random(seed)
    entries = _background(rnd, DEPARTMENTS)
    event = _product(rnd).split(" ")[0]
    la, lb = rnd.sample(sorted(YEAR_EDITION), 2)
    day = rnd.randrange(3, 36)
    a = _entry(YEAR_EDITION[la].format(product=event, year=2025), la, day)
    b = _entry(YEAR_EDITION[lb].format(product=event, year=2026), lb, day + 1)
    same_a = _entry(YEAR_EDITION[la].format(product=event, year=2026), la, day + 20)
    same_b = _entry(YEAR_EDITION[lb].format(product=event, year=2026), lb, day + 21)
    entries += [a, b, same_a, same_b]
    assert not _grouped(entries, a, b), (a.title, b.title)
    assert _grouped(entries, same_a, same_b), (same_a.title, same_b.title)


@pytest.mark.parametrize("seed", SEEDS)
def test_one_language_is_left_to_the_words(seed):
    """Departments that all write one language never run the step: nothing changes for them."""
    rnd = random.Random(seed)
    entries = [_entry(rnd.choice(ROUTINE["en"]).format(city=rnd.choice(CITIES), name=rnd.choice(NAMES)), "en",
                      rnd.randrange(0, 42)) for _ in range(20)]
    for k, e in enumerate(entries):  # two departments, one language
        e.department = "Group Comms" if k % 2 else "Group Events"
    items = make_items(entries, LocalClock("UTC"))
    assert not CrossLanguage(items, 7).active


@pytest.mark.parametrize("seed", SEEDS)
def test_languages_by_script_letters_small_words_and_department(seed):
    rnd = random.Random(seed)
    script_words = {"cyrl": "Запуск нового складу", "el": "Νέα εφαρμογή", "ar": "إطلاق تطبيق", "he": "השקת אפליקציה",
                    "hi": "नया गोदाम", "ko": "신제품 공개", "ja": "新発売のお知らせ", "zh": "正式发布"}
    for code, words in script_words.items():
        product = _product(rnd)
        title = f"{product} {words}" if rnd.random() < 0.5 else f"{words} {product}"
        assert title_language(title) == code, title
    assert title_language(f"Meet the team: {rnd.choice(NAMES)} from Gdańsk") == "en"  # a name's letters are the name's
    assert title_language("Raport zrównoważonego rozwoju 2026") == "pl"
    assert title_language("Představujeme tým v Brně") == "cs"
    undetected = f"Premiera {_product(rnd)}"
    assert title_language(undetected) == ""
    titles = [undetected, "Szkolenie BHP dla nowych kierowców", "Dzień otwarty w Łodzi", "Porada tygodnia: jak pakować"]
    usual = team_languages(titles, ["pl-team"] * 4)
    assert usual == {"pl-team": "pl"} and languages(titles, ["pl-team"] * 4)[0] == "pl"


DAY_EVENT = {  # an event whose name ends in a common word before its year ("Innovation Day 2026")
    "pl": "{event} Day {year}: zapisy otwarte", "cs": "Registrace na {event} Day {year}", "tr": "{event} Day {year} kayıtları açıldı",
    "en": "{event} Day {year}: registration open", "uk": "Реєстрація на {event} Day {year}",
}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_common_word_before_a_figure_is_part_of_the_name(seed):
    rnd = random.Random(seed)
    entries = _background(rnd, DEPARTMENTS)
    event = "".join(rnd.sample(_SYLLABLES, 3)).capitalize()
    la, lb = rnd.sample(sorted(DAY_EVENT), 2)
    day = rnd.randrange(3, 36)
    a = _entry(DAY_EVENT[la].format(event=event, year=2026), la, day)
    b = _entry(DAY_EVENT[lb].format(event=event, year=2026), lb, day + rnd.randint(0, 2), 14)
    assert _grouped(entries + [a, b], a, b), (a.title, b.title)
