"""Duplicated effort on a company nobody tuned to: its own vocabulary (a bakery-café chain), its own
templates in English, German, French and Spanish, drawn with a seeded RNG.

Planted duplicates are one story told by two or three departments within a few days, each in its
own words or language. Decoys are the tempting pairs that are not one effort: one format with another
subject, one subject at another place or with another person or partner (also partners whose names
share a first part, "Fern Valley" / "Ferncroft"), and two departments' recurring weekly formats. The
rest of the quarter is background, each story told once.

``python -m pytest tests/test_duplicates_unseen.py -s`` prints precision and recall per seed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import count

import pytest

from calendar_core.analysis import analyse
from calendar_core.model import Entry
from calendar_core.settings import Settings

DEPARTMENTS = ("Marketing", "Community", "People", "Stores", "Press office", "Digital")
LANGS = ("en", "de", "fr", "es")
PLACES = ("Porto", "Ghent", "Bilbao", "Tampere", "Brno", "Aarhus", "Innsbruck", "Cluj", "Gdańsk", "Lyon",
          "Bremen", "Córdoba", "Utrecht", "Salzburg", "Nantes", "Turku", "Ljubljana", "Girona")
PEOPLE = ("Ines Carvalho", "Tomasz Wierzbicki", "Maud Lefèvre", "Jonas Ekberg", "Aylin Demir", "Pablo Arregui",
          "Greta Vogt", "Sanne de Wit", "Rui Matos", "Elif Kaya")
PRODUCTS = ("Hazel Crunch", "Rye Twist", "Lemon Cloud", "Fig Knot", "Cardamom Swirl", "Oat Crown", "Pear Tartlet")
# Partners: some share a first part (a stem trap), several share a generic last word ("Mills").
PARTNERS = ("Fern Valley", "Ferncroft", "Ashby Mills", "Kettle Mills", "Norland Mills", "Oakhurst Dairy",
            "Oakley", "Greystone Farms", "Hollow Farms", "Brookmere")
TOPICS = {  # the subject of a workshop, per language
    "sourdough": {"en": "sourdough basics", "de": "Sauerteig für Einsteiger", "fr": "les bases du levain",
                  "es": "masa madre para principiantes"},
    "latte": {"en": "latte art", "de": "Latte Art", "fr": "l'art du latte", "es": "arte latte"},
    "cakes": {"en": "decorating birthday cakes", "de": "Geburtstagstorten verzieren",
              "fr": "décorer un gâteau d'anniversaire", "es": "decorar tartas de cumpleaños"},
    "coffee": {"en": "brewing filter coffee", "de": "Filterkaffee richtig brühen", "fr": "préparer un café filtre",
               "es": "preparar café de filtro"},
}
STORIES = {
    "opening": {
        "en": ["Our {place} bakery opens its doors", "Fresh bread in {place}: the new shop is open",
               "Say hello to our {place} café"],
        "de": ["Neue Bäckerei in {place} eröffnet", "Wir backen jetzt auch in {place}"],
        "fr": ["Ouverture de notre boulangerie à {place}", "Bienvenue dans notre café de {place}"],
        "es": ["Abrimos panadería en {place}", "Nuestro café de {place} ya está abierto"],
    },
    "cleanup": {
        "en": ["Volunteers wanted: river clean-up in {place}", "Help us clean the {place} riverside"],
        "de": ["Freiwillige gesucht: Flussputztag in {place}", "Gemeinsam für ein sauberes Ufer in {place}"],
        "fr": ["Nettoyage des berges à {place} : bénévoles bienvenus", "Journée propreté au bord de l'eau à {place}"],
        "es": ["Voluntarios para limpiar el río en {place}", "Jornada de limpieza del río en {place}"],
    },
    "talk": {
        "en": ["Guest talk: {person} on baking with less sugar", "An evening with {person}",
               "{person} joins us for a guest talk"],
        "de": ["Gastvortrag von {person}", "Ein Abend mit {person}"],
        "fr": ["Conférence de {person}", "Une soirée avec {person}"],
        "es": ["Charla de {person}", "Una tarde con {person}"],
    },
    "product": {
        "en": ["Meet the {product}, our spring pastry", "The {product} is back in every shop",
               "Taste the new {product}"],
        "de": ["Neu im Regal: {product}", "Probieren Sie den {product}"],
        "fr": ["Le {product} arrive dans nos boutiques", "Goûtez le nouveau {product}"],
        "es": ["Llega el {product} a nuestras tiendas", "Prueba el nuevo {product}"],
    },
    "partner": {
        "en": ["We now bake with flour from {partner}", "Proud to partner with {partner}",
               "{partner} becomes our new supplier"],
        "de": ["Neuer Lieferant: {partner}", "Partnerschaft mit {partner}"],
        "fr": ["{partner}, notre nouveau fournisseur", "Partenariat avec {partner}"],
        "es": ["{partner}, nuestro nuevo proveedor", "Alianza con {partner}"],
    },
    "survey": {
        "en": ["{pct} of you want more vegan options", "Survey: {pct} ask for vegan pastries"],
        "de": ["Umfrage: {pct} wünschen sich mehr vegane Auswahl", "{pct} möchten mehr Veganes"],
        "fr": ["Sondage : {pct} veulent plus d'options véganes", "{pct} d'entre vous demandent du végane"],
        "es": ["Encuesta: el {pct} quiere más opciones veganas", "El {pct} pide más bollería vegana"],
    },
    "workshop": {
        "en": ["Workshop: {topic} – book your seat", "Learn {topic} with our bakers"],
        "de": ["Workshop: {topic} – jetzt Platz sichern", "Kurs: {topic} mit unseren Bäckern"],
        "fr": ["Atelier : {topic} – réservez votre place", "Apprenez {topic} avec nos boulangers"],
        "es": ["Taller: {topic} – reserva tu plaza", "Aprende {topic} con nuestros panaderos"],
    },
}
# Each department's own weekly format (a series in that department's calendar).
WEEKLY = {"en": ["Recipe of the week", "Weekly bake tip", "Friday staff pick"],
          "de": ["Rezept der Woche", "Backtipp der Woche"], "fr": ["Recette de la semaine", "L'astuce du vendredi"],
          "es": ["Receta de la semana", "Consejo del viernes"]}
START = datetime(2027, 2, 1, 8, 0, tzinfo=timezone.utc)
DAYS = 84


@dataclass
class Pool:
    entries: list[Entry]
    pairs: set[frozenset[int]]
    decoys: set[frozenset[int]]


class _Draw:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.ids = count(1)
        self.entries: list[Entry] = []
        self.pairs: set[frozenset[int]] = set()
        self.decoys: set[frozenset[int]] = set()
        self.lang = {d: self.r.choice(LANGS) for d in DEPARTMENTS}
        self.used: dict[str, list[str]] = {}  # kind -> primary values already told

    def add(self, title: str, day: int, dept: str, series: str | None = None) -> Entry:
        n = next(self.ids)
        start = START + timedelta(days=day, hours=self.r.randrange(0, 9))
        e = Entry(id=n, source_id=1 + DEPARTMENTS.index(dept), source_ref=f"row {n}", title=title, start=start,
                  end=start + timedelta(minutes=30), department=dept, series_key=series,
                  source_name=f"{dept.lower()}.xlsx")
        self.entries.append(e)
        return e

    def slots(self, kind: str) -> dict[str, str] | None:
        """Fresh slot values for one story: its main value (place, person...) told by no other story."""
        r = self.r
        primary = {"opening": "place", "cleanup": "place", "talk": "person", "product": "product",
                   "partner": "partner", "survey": "pct", "workshop": "topic"}[kind]
        for _ in range(30):
            s = {"place": r.choice(PLACES), "person": r.choice(PEOPLE), "product": r.choice(PRODUCTS),
                 "partner": r.choice(PARTNERS), "pct": f"{r.randrange(31, 89)} %", "topic": r.choice(sorted(TOPICS))}
            if s[primary] not in self.used.setdefault(kind, []):
                self.used[kind].append(s[primary])
                return s
        return None

    def title(self, kind: str, lang: str, s: dict[str, str], avoid: str = "") -> tuple[str, str]:
        pool = [t for t in STORIES[kind][lang] if t != avoid] or STORIES[kind][lang]
        template = self.r.choice(pool)
        values = dict(s, topic=TOPICS[s["topic"]][lang])
        text = template.format(**values)
        return text[0].upper() + text[1:], template

    def duplicate(self, kind: str) -> None:
        s = self.slots(kind)
        if s is None:
            return
        day = self.r.randrange(2, DAYS - 5)
        members, used = [], ""
        for dept in self.r.sample(DEPARTMENTS, self.r.choice((2, 2, 3))):
            text, used = self.title(kind, self.lang[dept], s, avoid=used)
            members.append(self.add(text, day + self.r.randrange(0, 4), dept))
        self.pairs |= {frozenset((a.id, b.id)) for i, a in enumerate(members) for b in members[i + 1:]}

    def decoy(self, kind: str) -> None:
        """Two departments, one format (or one template), two different subjects."""
        one, two = self.slots(kind), self.slots(kind)
        if one is None or two is None:
            return
        a, b = self.r.sample(DEPARTMENTS, 2)
        lang = self.lang[a] if self.r.random() < 0.5 else self.lang[b]
        template = self.r.choice(STORIES[kind][lang])
        day = self.r.randrange(0, DAYS - 5)
        titles = [template.format(**dict(v, topic=TOPICS[v["topic"]][lang])) for v in (one, two)]
        if titles[0] == titles[1]:
            return
        ea = self.add(titles[0][0].upper() + titles[0][1:], day, a)
        eb = self.add(titles[1][0].upper() + titles[1][1:], day + self.r.randrange(0, 4), b)
        self.decoys.add(frozenset((ea.id, eb.id)))

    def weekly(self) -> None:
        """Each of two departments runs its own weekly format; their posts of one week are not one effort."""
        a, b = self.r.sample(DEPARTMENTS, 2)
        series = {a: self.r.choice(WEEKLY[self.lang[a]])}
        series[b] = self.r.choice([t for t in WEEKLY[self.lang[b]] if t != series[a]])
        offset = self.r.randrange(0, 3)
        for week in range(DAYS // 7):
            ea = self.add(series[a], 7 * week, a, series=f"weekly-{a}")
            eb = self.add(series[b], 7 * week + offset, b, series=f"weekly-{b}")
            if week == 0:
                self.decoys.add(frozenset((ea.id, eb.id)))

    def background(self, kind: str) -> None:
        s = self.slots(kind)
        if s is not None:
            dept = self.r.choice(DEPARTMENTS)
            self.add(self.title(kind, self.lang[dept], s)[0], self.r.randrange(0, DAYS), dept)


def pool(seed: int) -> Pool:
    d = _Draw(seed)
    kinds = sorted(STORIES)
    for kind in d.r.sample(kinds, len(kinds)):
        d.duplicate(kind)
    for kind in ("opening", "talk", "partner", "workshop", "cleanup"):
        d.decoy(kind)
    d.weekly()
    for _ in range(40):
        d.background(d.r.choice(kinds))
    return Pool(d.entries, d.pairs, d.decoys)


def found_pairs(entries: list[Entry]) -> set[frozenset[int]]:
    result = analyse(entries, Settings(timezone="Europe/Berlin"))
    return {frozenset((g.entry_ids[i], g.entry_ids[j])) for g in result.duplicates
            for i in range(len(g.entry_ids)) for j in range(i + 1, len(g.entry_ids))}


SEEDS = range(1, 11)


def measure(seeds=SEEDS) -> tuple[int, int, int, int]:
    """True positives, false positives, false negatives and decoys flagged over ``seeds``."""
    tp = fp = fn = flagged = 0
    for seed in seeds:
        p = pool(seed)
        found = found_pairs(p.entries)
        tp += len(found & p.pairs)
        fp += len(found - p.pairs)
        fn += len(p.pairs - found)
        flagged += len(found & p.decoys)
    return tp, fp, fn, flagged


def test_the_pool_plants_duplicates_and_every_kind_of_decoy():
    p = pool(1)
    assert len(p.pairs) >= 7 and len(p.decoys) >= 5
    langs = {e.title.split()[0] for e in p.entries}
    assert len(langs) > 20


@pytest.fixture(scope="module")
def measured():
    return measure()


def test_precision_and_recall_on_the_unseen_pool(measured):
    tp, fp, fn, flagged = measured
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"\nunseen pool, seeds {SEEDS.start}-{SEEDS.stop - 1}: precision {precision:.2f} recall {recall:.2f} "
          f"(tp {tp} fp {fp} fn {fn}, decoys flagged {flagged})")
    assert precision >= PRECISION_FLOOR, (tp, fp, fn)
    assert recall >= RECALL_FLOOR, (tp, fp, fn)
    assert flagged <= MAX_DECOYS


PRECISION_FLOOR = 0.9  # measured 0.94 (seeds 1-10), before and after branch dup-quality
RECALL_FLOOR = 0.45  # measured 0.48: translations sharing only a place name are still missed
MAX_DECOYS = 4
