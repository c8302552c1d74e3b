"""Generated companies for measuring duplicate detection: paraphrases, translations, decoys.

Each company has its own trade (vocabulary), departments and languages. Its calendar is
drawn with a seeded RNG from pools of story templates and slot values written here:

* **duplicates**: one story (same slot values: a place, a figure, a product and version, a
  person, a date) written by two or three departments within a few days, each with another
  template: a paraphrase, another register ("WE DID IT") or another language;
* **decoys**: the tempting pairs that are *not* one effort: two episodes of one recurring
  format, occurrences of one series, release X.0 vs X.1, two people's spotlights, one
  topic at another event, the same story a month apart;
* **background**: the other stories of the quarter, each written once.

``company(name)`` returns the entries with the truth (pairs of entry ids).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from itertools import count

from calendar_core.model import Entry

# Templates per story kind and language. Slots: {place} {figure} {client} {product} {version}
# {person} {role} {event} {topic} {date} {partner} {award} {pct} {count}.
STORIES: dict[str, dict[str, list[str]]] = {
    "office": {
        "en": ["Our {place} office is open", "Ribbon-cutting in {place} today", "Hello {place}! Our new office opens",
               "We have opened a new office in {place}", "New home in {place}: the office is ready"],
        "de": ["Unser Büro in {place} ist eröffnet", "Neuer Standort: {place}", "Hallo {place}! Wir eröffnen unser Büro"],
        "fr": ["Notre bureau de {place} ouvre ses portes", "Bonjour {place} ! Nouveau bureau"],
        "es": ["Abrimos oficina en {place}", "¡Hola {place}! Nueva oficina inaugurada"],
    },
    "contract": {
        "en": ["WE DID IT 🎉 {figure} contract with {client}!", "{company} wins {figure} contract from {client}",
               "{client} signs {figure} deal with us", "Big news: a {figure} contract with {client}"],
        "de": ["{company} gewinnt Auftrag über {figure} von {client}", "Großauftrag: {client} vergibt {figure}"],
        "fr": ["{company} remporte un contrat de {figure} avec {client}", "Contrat de {figure} signé avec {client}"],
        "es": ["{company} gana un contrato de {figure} con {client}", "Firmamos un contrato de {figure} con {client}"],
    },
    "webinar": {
        "en": ["Join the {topic} webinar on {date_en}", "Webinar {date_en}: {topic}", "Save your seat: {topic} webinar, {date_en}"],
        "de": ["Einladung zum {topic}-Webinar am {date_de}", "Webinar am {date_de}: {topic}"],
        "fr": ["Webinaire {topic} le {date_fr}", "Inscrivez-vous au webinaire {topic} du {date_fr}"],
        "es": ["Webinar {topic} el {date_es}", "Apúntate al webinar de {topic} del {date_es}"],
    },
    "release": {
        "en": ["{product} {version} is here", "Introducing {product} {version}", "What's new in {product} {version}",
               "{product} {version} release notes"],
        "de": ["{product} {version} ist da", "Neu in {product} {version}"],
        "fr": ["{product} {version} est disponible", "Les nouveautés de {product} {version}"],
        "es": ["Ya está aquí {product} {version}", "Novedades de {product} {version}"],
    },
    "spotlight": {
        "en": ["Spotlight: {person}, {role}", "Meet {person}, our {role}", "A day with {person} ({role})"],
        "de": ["Im Porträt: {person}, {role}", "Lernen Sie {person} kennen, {role}"],
        "fr": ["Portrait : {person}, {role}", "Rencontre avec {person}, {role}"],
        "es": ["Conoce a {person}, {role}", "Perfil: {person}, {role}"],
    },
    "event": {
        "en": ["Meet us at {event} in {place}", "Visit our booth at {event}", "See you at {event}, {place}!"],
        "de": ["Besuchen Sie uns auf der {event} in {place}", "Wir sind auf der {event}"],
        "fr": ["Retrouvez-nous au salon {event} à {place}", "Venez nous voir sur {event}"],
        "es": ["Visítanos en {event} ({place})", "Estaremos en {event} en {place}"],
    },
    "partner": {
        "en": ["{company} and {partner} join forces", "New partnership with {partner}",
               "Partnering with {partner}: what it means for you"],
        "de": ["Neue Partnerschaft mit {partner}", "{company} und {partner} arbeiten zusammen"],
        "fr": ["Nouveau partenariat avec {partner}", "{company} s'associe à {partner}"],
        "es": ["Nueva alianza con {partner}", "{company} se asocia con {partner}"],
    },
    "award": {
        "en": ["We won the {award}!", "{company} receives the {award}", "Proud winners of the {award} 🏆"],
        "de": ["{company} erhält den {award}", "Ausgezeichnet: {award} für {company}"],
        "fr": ["{company} reçoit le {award}", "Nous avons remporté le {award} !"],
        "es": ["{company} recibe el {award}", "¡Ganamos el {award}!"],
    },
    "study": {
        "en": ["New study: {pct} of {topic} teams plan to grow", "Survey: {pct} say {topic} matters more",
               "Our {topic} report is out ({pct})"],
        "de": ["Neue Studie: {pct} der {topic}-Teams wollen wachsen", "Umfrage zu {topic}: {pct}"],
        "fr": ["Étude {topic} : {pct} des équipes veulent croître", "Notre rapport {topic} est publié ({pct})"],
        "es": ["Estudio {topic}: el {pct} de los equipos quiere crecer", "Publicamos el informe {topic} ({pct})"],
    },
    "milestone": {
        "en": ["{count} customers and counting!", "Thank you: {count} customers now trust {company}",
               "We just passed {count} customers"],
        "de": ["{count} Kunden – danke!", "Meilenstein: {count} Kunden vertrauen {company}"],
        "fr": ["{count} clients, merci !", "Cap des {count} clients franchi"],
        "es": ["¡{count} clientes, gracias!", "Superamos los {count} clientes"],
    },
    "hiring": {
        "en": ["We're hiring: {role} in {place}", "Join us as {role} ({place})", "Open position: {role}, {place}"],
        "de": ["Wir suchen: {role} in {place}", "Stellenangebot: {role} ({place})"],
        "fr": ["Nous recrutons : {role} à {place}", "Offre d'emploi : {role} ({place})"],
        "es": ["Buscamos {role} en {place}", "Oferta de empleo: {role} ({place})"],
    },
}
PRIMARY = {"office": "place", "contract": "client", "webinar": "topic", "release": "product", "spotlight": "person",
           "event": "event", "partner": "partner", "award": "award", "study": "topic", "milestone": "count",
           "hiring": "role"}
# Recurring formats: episodes are different items ("Tip Tuesday #4" / "#5").
FORMATS = {
    "en": ["{fmt} #{n}: {tip}", "{fmt} #{n} – {tip}"],
    "de": ["{fmt} Nr. {n}: {tip}"],
    "fr": ["{fmt} n°{n} : {tip}"],
    "es": ["{fmt} n.º {n}: {tip}"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


@dataclass
class Trade:
    """One company's vocabulary: the slot values its stories draw from."""

    company: str
    languages: tuple[str, ...]
    departments: tuple[str, ...]
    places: list[str]
    clients: list[str]
    products: list[str]
    people: list[str]
    roles: list[str]
    events: list[str]
    topics: list[str]
    partners: list[str]
    awards: list[str]
    formats: list[str]
    tips: list[str]
    channels: list[str] = field(default_factory=lambda: ["LinkedIn", "Blog", "Newsletter", "Instagram", "X"])


TRADES = {
    "alpenrail": Trade(
        "Alpenrail", ("en", "de"), ("Kommunikation", "Vertrieb", "Personal", "Produkt"),
        ["Innsbruck", "Zürich", "Linz", "Bozen", "Graz", "Salzburg"],
        ["ÖBB", "SBB Cargo", "Rhätische Bahn", "Trenitalia", "DB Regio"],
        ["TrackSense", "RailPilot", "SignalHub"],
        ["Anna Berger", "Lukas Steiner", "Miriam Huber", "Jonas Egger", "Sophie Wallner"],
        ["Projektleiterin", "Ingenieur", "Fahrdienstleiter", "data analyst", "Werkstattleiter"],
        ["InnoTrans", "Rail Live", "Transport Logistic", "Swiss Rail Expo"],
        ["Predictive Maintenance", "Kundenservice", "Fahrgastinformation", "Energiesparen"],
        ["Siemens Mobility", "Stadler", "Knorr-Bremse"],
        ["Rail Innovation Award", "Deutscher Mobilitätspreis"],
        ["Track Tip", "Bahnwissen"],
        ["Weichenheizung richtig einstellen", "Gleisdaten exportieren", "Fahrplanwechsel vorbereiten",
         "Alarme filtern", "Wartungsberichte teilen", "Sensoren kalibrieren"],
    ),
    "lumiere": Trade(
        "Lumière Bio", ("en", "fr"), ("Communication", "Ventes", "RH", "Boutiques"),
        ["Lyon", "Bordeaux", "Nantes", "Lille", "Montréal", "Genève"],
        ["Carrefour", "Monoprix", "Biocoop", "La Grande Épicerie"],
        ["Pain Nature", "Croissant Zéro", "LumiApp"],
        ["Claire Dubois", "Hugo Martin", "Inès Lefèvre", "Théo Moreau", "Camille Roux"],
        ["boulangère", "responsable qualité", "head baker", "chef de projet", "store manager"],
        ["Salon de l'Agriculture", "Natexpo", "Sirha", "Biofach"],
        ["bio", "zéro déchet", "circuits courts", "nutrition"],
        ["Danone", "Ulule", "Too Good To Go"],
        ["Trophée de l'Innovation", "Prix Goût Bio"],
        ["Astuce du mardi", "Recette"],
        ["conserver le pain", "levain maison", "farine de seigle", "brioche sans beurre", "cuisson à basse température",
         "pain perdu"],
    ),
    "solara": Trade(
        "Solara Energía", ("en", "es"), ("Comunicación", "Ventas", "Personas", "Ingeniería"),
        ["Sevilla", "Valencia", "Bilbao", "Málaga", "Zaragoza", "Lisboa"],
        ["Iberdrola", "Endesa", "Mercadona", "Acciona"],
        ["SolarGrid", "SunTrack", "Voltia"],
        ["Lucía Fernández", "Javier Ortega", "Marta Sánchez", "Diego Romero", "Elena Navarro"],
        ["ingeniera de campo", "jefe de obra", "project manager", "analista", "técnico solar"],
        ["Genera Madrid", "Intersolar Europe", "Smart Energy Congress", "The smarter E"],
        ["autoconsumo", "baterías", "hidrógeno verde", "eficiencia"],
        ["Siemens Gamesa", "Huawei FusionSolar", "Repsol"],
        ["Premio Eolo", "Solar Impact Award"],
        ["Consejo solar", "Energía en 1 minuto"],
        ["limpiar los paneles", "leer la factura", "orientar el tejado", "medir el consumo", "elegir inversor",
         "cargar el coche"],
    ),
    "kestrel": Trade(  # English only: paraphrases and registers, no translation
        "Kestrel Analytics", ("en",), ("Marketing", "Sales", "People", "Product", "Customer Success"),
        ["Leeds", "Dublin", "Toronto", "Austin", "Singapore", "Cape Town"],
        ["NHS Digital", "Tesco", "Ryanair", "Shopify"],
        ["Kestrel Insight", "Perch", "Talon API"],
        ["Priya Raman", "Tom Walsh", "Aisha Bello", "Ben Carter", "Mei Lin"],
        ["data scientist", "account executive", "support lead", "designer", "engineering manager"],
        ["Big Data LDN", "Web Summit", "Collision", "SaaStr Europa"],
        ["churn", "forecasting", "data quality", "dashboards"],
        ["Snowflake", "dbt Labs", "Fivetran"],
        ["Data Award", "Tech Nation Rising Star"],
        ["Tip Tuesday", "Feature Friday"],
        ["pin a chart", "share a dashboard", "schedule an export", "set alerts", "filter by cohort", "dark mode"],
    ),
}

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
DAYS = 91


@dataclass
class Company:
    name: str
    entries: list[Entry]
    pairs: set[frozenset[int]]  # true duplicate pairs
    decoys: set[frozenset[int]]


class _Builder:
    def __init__(self, name: str, seed: int):
        self.trade = TRADES[name]
        self.rnd = random.Random(seed)
        self.ids = count(1)
        self.entries: list[Entry] = []
        self.pairs: set[frozenset[int]] = set()
        self.decoys: set[frozenset[int]] = set()
        self.name = name
        self.taken: dict[tuple[str, str], list[int]] = {}
        self.series_made = 0

    # ----- slot values -------------------------------------------------------
    def free_slots(self, kind: str, day: int) -> dict[str, str] | None:
        """Slot values whose main one (the place of an opening, the person of a spotlight) no other
        story of this kind uses within ten days: only planted duplicates tell one story twice."""
        for _ in range(40):
            slots = self.slots(kind, day)
            if self.claim(kind, slots, day):
                return slots
        return None

    def claim(self, kind: str, slots: dict[str, str], day: int) -> bool:
        key = (kind, slots[PRIMARY[kind]])
        days = self.taken.setdefault(key, [])
        if any(abs(day - d) <= 10 for d in days):
            return False
        days.append(day)
        return True

    def slots(self, kind: str, day: int = 0) -> dict[str, str]:
        t, r = self.trade, self.rnd
        day = START + timedelta(days=day)
        m = day.month - 1
        figure = r.choice([f"€{r.randrange(5, 95)}m", f"€{r.randrange(2, 9)}.{r.randrange(1, 9)}m", f"€{r.randrange(120, 900)}k"])
        return {
            "company": t.company, "place": r.choice(t.places), "figure": figure, "client": r.choice(t.clients),
            "product": r.choice(t.products), "version": f"{r.randrange(2, 9)}.{r.randrange(0, 4)}",
            "person": r.choice(t.people), "role": r.choice(t.roles), "event": r.choice(t.events),
            "topic": r.choice(t.topics), "partner": r.choice(t.partners), "award": r.choice(t.awards),
            "pct": f"{r.randrange(21, 89)}%", "count": f"{r.randrange(2, 40) * 500:,}".replace(",", "."),
            "date_en": f"{MONTHS['en'][m]} {day.day}", "date_de": f"{day.day}. {MONTHS['de'][m]}",
            "date_fr": f"{day.day} {MONTHS['fr'][m]}", "date_es": f"{day.day} de {MONTHS['es'][m]}",
        }

    def title(self, kind: str, lang: str, slots: dict[str, str], avoid: str = "") -> str:
        pool = STORIES[kind].get(lang) or STORIES[kind]["en"]
        choices = [p for p in pool if p != avoid] or pool
        return self.rnd.choice(choices).format(**slots)

    # ----- entries -----------------------------------------------------------
    def add(self, title: str, day: int, dept: str, *, series: str | None = None, hour: int | None = None) -> Entry:
        n = next(self.ids)
        start = START + timedelta(days=day, hours=(hour if hour is not None else self.rnd.randrange(0, 9)))
        e = Entry(id=n, source_id=1 + self.trade.departments.index(dept), source_ref=f"row {n}", title=title,
                  start=start, end=start + timedelta(minutes=30), department=dept,
                  channel=self.rnd.choice(self.trade.channels), series_key=series,
                  source_name=f"{self.name}_{dept.lower()}.xlsx")
        self.entries.append(e)
        return e

    def depts(self, k: int) -> list[str]:
        return self.rnd.sample(list(self.trade.departments), k)

    def lang(self) -> str:
        return self.rnd.choice(self.trade.languages)

    def story(self, kind: str, slots: dict, day: int, dept: str, lang: str | None = None) -> Entry:
        return self.add(self.title(kind, lang or self.lang(), slots), day, dept)

    def duplicate(self, kind: str) -> None:
        """One story told by 2-3 departments within 0-3 days, each in its own words."""
        r = self.rnd
        day = r.randrange(2, DAYS - 6)
        slots = self.free_slots(kind, day)
        if slots is None:
            return
        k = 3 if r.random() < 0.25 else 2
        members = []
        used: set[str] = set()
        for d, dept in enumerate(self.depts(k)):
            lang = self.trade.languages[d % len(self.trade.languages)] if d < 2 else self.lang()
            pool = STORIES[kind].get(lang) or STORIES[kind]["en"]
            fresh = [p for p in pool if p not in used] or pool
            template = r.choice(fresh)
            used.add(template)
            members.append(self.add(template.format(**slots), day + r.randrange(0, 4), dept))
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                self.pairs.add(frozenset((members[x].id, members[y].id)))

    def decoy(self, a: Entry, b: Entry) -> None:
        self.decoys.add(frozenset((a.id, b.id)))

    def decoys_of_every_kind(self) -> None:
        r, t = self.rnd, self.trade
        # Two episodes of one recurring format, different departments, a few days apart.
        fmt = r.choice(t.formats)
        lang = self.lang()
        n = r.randrange(3, 40)
        tips = r.sample(t.tips[:-2], 2)
        day = r.randrange(DAYS - 6)
        template = r.choice(FORMATS[lang])
        a, b = self.depts(2)
        self.decoy(self.add(template.format(fmt=fmt, n=n, tip=tips[0]), day, a),
                   self.add(template.format(fmt=fmt, n=n + 1, tip=tips[1]), day + r.randrange(1, 6), b))
        for decoy in (self.release_decoy, self.spotlight_decoy, self.event_decoy, self.month_decoy, self.series_decoy):
            decoy()

    def release_decoy(self) -> None:
        """Release X.0 vs X.1 of one product."""
        r = self.rnd
        day = r.randrange(DAYS - 6)
        slots = self.free_slots("release", day)
        if slots is None:
            return
        major = r.randrange(2, 9)
        a, b = self.depts(2)
        lang = self.lang()
        first = self.title("release", lang, slots | {"version": f"{major}.0"})
        second = self.title("release", lang, slots | {"version": f"{major}.1"})
        self.decoy(self.add(first, day, a), self.add(second, day + r.randrange(1, 6), b))

    def spotlight_decoy(self) -> None:
        """Two different people's spotlights."""
        r, t = self.rnd, self.trade
        day = r.randrange(DAYS - 6)
        slots = self.free_slots("spotlight", day)
        if slots is None:
            return
        other = r.choice([p for p in t.people if p != slots["person"]])
        if not self.claim("spotlight", slots | {"person": other}, day):
            return
        a, b = self.depts(2)
        lang = self.lang()
        self.decoy(self.story("spotlight", slots, day, a, lang),
                   self.story("spotlight", slots | {"person": other, "role": r.choice(t.roles)},
                              day + r.randrange(1, 5), b, lang))

    def event_decoy(self) -> None:
        """The same topic at another event."""
        r, t = self.rnd, self.trade
        day = r.randrange(DAYS - 6)
        slots = self.free_slots("event", day)
        if slots is None:
            return
        other = r.choice([e for e in t.events if e != slots["event"]])
        elsewhere = r.choice([p for p in t.places if p != slots["place"]])
        if not self.claim("event", slots | {"event": other}, day):
            return
        a, b = self.depts(2)
        lang = self.lang()
        self.decoy(self.story("event", slots, day, a, lang),
                   self.story("event", slots | {"event": other, "place": elsewhere}, day + r.randrange(1, 5), b, lang))

    def month_decoy(self) -> None:
        """The same story a month apart (another webinar on the same topic)."""
        r = self.rnd
        day = r.randrange(DAYS - 35)
        slots = self.free_slots("webinar", day)
        if slots is None or not self.claim("webinar", slots, day + 30):
            return
        later = START + timedelta(days=day + 30)
        m = later.month - 1
        moved = slots | {"date_en": f"{MONTHS['en'][m]} {later.day}", "date_de": f"{later.day}. {MONTHS['de'][m]}",
                         "date_fr": f"{later.day} {MONTHS['fr'][m]}", "date_es": f"{later.day} de {MONTHS['es'][m]}"}
        a, b = self.depts(2)
        lang = self.lang()
        self.decoy(self.story("webinar", slots, day, a, lang), self.story("webinar", moved, day + 30, b, lang))

    def series_decoy(self) -> None:
        """One series: the same title every week."""
        r, t = self.rnd, self.trade
        dept = r.choice(t.departments)
        self.series_made += 1
        title = f"{t.formats[self.series_made % 2]}: {t.tips[-1 - self.series_made % 2]}"  # tips only in series
        key = f"series-{next(self.ids)}"
        day = r.randrange(7)
        week = [self.add(title, day + 7 * w, dept, series=key, hour=8) for w in range(8)]
        for x in range(len(week) - 1):
            self.decoy(week[x], week[x + 1])

    def background(self, n: int) -> None:
        kinds = list(STORIES)
        for _ in range(n):
            kind = self.rnd.choice(kinds)
            day = self.rnd.randrange(DAYS)
            slots = self.free_slots(kind, day)
            if slots is not None:
                self.story(kind, slots, day, self.rnd.choice(self.trade.departments))
        # Recurring-format episodes of the trade, one department, weekly.
        fmt = self.rnd.choice(self.trade.formats)
        dept = self.rnd.choice(self.trade.departments)
        lang = self.trade.languages[-1]
        for w in range(12):
            template = self.rnd.choice(FORMATS[lang])
            self.add(template.format(fmt=fmt, n=w + 1, tip=self.rnd.choice(self.trade.tips[:-2])), 7 * w + 1, dept)


def company(name: str, seed: int = 1, duplicates: int = 16, background: int = 140) -> Company:
    b = _Builder(name, seed)
    kinds = list(STORIES)
    for k in range(duplicates):
        b.duplicate(kinds[k % len(kinds)])
    for _ in range(2):
        b.decoys_of_every_kind()
    b.background(background)
    return Company(name, b.entries, b.pairs, b.decoys)


def pair_scores(found: set[frozenset[int]], truth: set[frozenset[int]]) -> tuple[float, float, float]:
    tp = len(found & truth)
    p = tp / len(found) if found else 1.0
    r = tp / len(truth) if truth else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
