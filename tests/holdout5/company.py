"""Maison Soleil (home and lifestyle retailer, Lyon, with teams in Madrid, Barcelona, Milan and
Lisbon): the fifth held-out company, written without reading the product. Nine departments, each
with its own people, channels, language (fr / es / ca / it / pt / en) and tool; this module plans the
posts (the truth), files.py writes them the way each department hands them over.

A post's truth is what a person reading the department's file expects: the start to the minute in
the department's zone (the day of an all-day entry), the channel as the network it is, the people by
full name, the title as the department wrote it. The records reuse holdout3's Post / Series / Company."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Company, Post, Series

COORDINATOR_ZONE = "Europe/Paris"
PAR = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday; summer time ends on Sunday 25 October
WEEKS = 6

TEAMS = {
    "marketing": ["Marie Dupont", "Luc Martin", "Camille Lefèvre", "Julien Moreau"],
    "corporate": ["Claire Rousseau", "Antoine Girard"],
    "boutiques": ["Sophie Bernard", "Hugo Lambert", "Léa Fontaine"],
    "ecommerce": ["Emma Clarke", "Nicolas Petit", "Chloé Garnier"],
    "madrid": ["Lucía García", "Javier Pérez", "Carmen Ruiz"],
    "clientes": ["Pablo Sánchez", "Elena Navarro"],
    "barcelona": ["Marta Puig", "Jordi Soler", "Núria Vidal"],
    "milano": ["Giulia Rossi", "Marco Bianchi", "Francesca Conti"],
    "lisboa": ["Inês Carvalho", "João Ferreira", "Beatriz Santos"],
}
DEPT_NAMES = {"marketing": "Marketing France", "corporate": "Communication Corporate", "boutiques": "Boutiques France",
              "ecommerce": "E-commerce", "madrid": "España Marketing", "clientes": "Atención al cliente",
              "barcelona": "Barcelona", "milano": "Italia", "lisboa": "Portugal"}
LANG = {"marketing": "fr", "corporate": "fr", "boutiques": "fr", "ecommerce": "en", "madrid": "es", "clientes": "es",
        "barcelona": "ca", "milano": "it", "lisboa": "pt"}
ZONE = {"marketing": "Europe/Paris", "corporate": "Europe/Paris", "boutiques": "Europe/Paris", "ecommerce": "Europe/Paris",
        "madrid": "Europe/Madrid", "clientes": "Europe/Madrid", "barcelona": "Europe/Madrid", "milano": "Europe/Rome",
        "lisboa": "Europe/Lisbon"}
NOBODY = ("clientes",)               # Hootsuite's bulk file names nobody
ONE_PERSON = ("boutiques", "ecommerce")   # Meta's "Créé par", Sprout's "Author": one person a post

CHANNELS = {
    "marketing": ["Instagram", "Facebook", "TikTok", "Pinterest", "Newsletter"],
    "corporate": ["LinkedIn", "X", "Blog", "Newsletter"],
    "boutiques": ["Facebook", "Instagram"],
    "ecommerce": ["Instagram", "Facebook", "Pinterest", "TikTok", "YouTube"],
    "madrid": ["Instagram", "Facebook", "X", "TikTok"],
    "clientes": ["X"],
    "barcelona": ["Instagram", "TikTok", "Facebook"],
    "milano": ["Instagram", "Facebook", "LinkedIn", "YouTube"],
    "lisboa": ["Instagram", "Facebook", "LinkedIn"],
}
TIMES = {
    "marketing": [(9, 0), (11, 30), (12, 30), (18, 0), (20, 0)],
    "corporate": [(8, 30), (10, 0), (14, 30), (16, 0)],
    "boutiques": [(10, 0), (13, 0), (17, 30)],
    "ecommerce": [(7, 45), (12, 15), (19, 0), (21, 0)],
    "madrid": [(9, 30), (14, 0), (19, 30), (21, 30)],
    "clientes": [(9, 0), (11, 0), (16, 0), (18, 30)],
    "barcelona": [(10, 30), (13, 30), (18, 0), (20, 30)],
    "milano": [(9, 0), (12, 0), (14, 30), (18, 30)],
    "lisboa": [(8, 0), (11, 0), (13, 30), (17, 0)],   # Lisbon wall clock (an hour behind Lyon)
}

PRODUCTS = ["lampe Aurore", "vase Céleste", "plaid Douceur", "bougie Figue", "fauteuil Riviera"]
CITIES = {"fr": ["Lyon", "Annecy", "Bordeaux", "Marseille"], "es": ["Madrid", "Valencia", "Sevilla", "Bilbao"],
          "ca": ["Girona", "Sabadell", "Tarragona"], "it": ["Milano", "Torino", "Bologna", "Verona"],
          "pt": ["Lisboa", "Porto", "Braga", "Coimbra"], "en": ["Lyon", "Madrid", "Milan", "Lisbon"]}
NAMES = ["Inès", "Carlos", "Sofia", "Mathieu", "Alba", "Rui"]
FILLER = {
    "marketing": ["Nouveauté : la {product} en trois coloris", "Inspiration déco : un salon cosy à {city}",
                  "Concours : gagnez la {product}", "Les coulisses de notre atelier de {city}",
                  "Idée cadeau : la {product}", "Avant/après : la chambre de {name}", "Sondage : plutôt lin ou velours ?",
                  "Tuto : composer un bouquet sec"],
    "corporate": ["Communiqué : nomination d'une directrice RSE", "Maison Soleil recrute 40 vendeurs à {city}",
                  "Interview de notre PDG dans Les Échos", "Tribune : le commerce de centre-ville",
                  "Chiffres clés : la logistique en 2026", "Partenariat avec l'école de design de {city}"],
    "boutiques": ["Atelier couronne de l'Avent à la boutique de {city}", "Nouvel arrivage : la {product}",
                  "Nocturne shopping à {city} jeudi", "Votre boutique de {city} vous présente {name}",
                  "Vitrine de la semaine à {city}", "Le coin bonnes affaires de {city}"],
    "ecommerce": ["Free delivery weekend on all orders", "Back in stock: the {product}", "Flash sale: 48 hours only",
                  "Shop the look: a cosy bedroom", "Customer review of the week: {name}", "Gift cards now available online",
                  "How to measure your window for curtains"],
    "madrid": ["Novedad: la {product} ya en tienda", "Inspiración: un salón nórdico en {city}",
               "Sorteo: gana la {product}", "Detrás de cámaras en la sesión de fotos", "Ideas para regalar: la {product}",
               "Encuesta: ¿madera o metal?", "Nuestra tienda de {city} por dentro"],
    "clientes": ["¿Dudas con tu pedido? Escríbenos por MD", "Horario de atención: de 9 a 20 h",
                 "Cómo devolver un artículo en 3 pasos", "Seguimiento de pedidos: nueva página",
                 "Estado del servicio: incidencia resuelta en {city}", "Consejo: cuida tu {product}"],
    "barcelona": ["Novetat: la {product} a la botiga", "Inspiració: un menjador a {city}", "Sorteig: guanya la {product}",
                  "Entre bastidors: la sessió de fotos", "La botiga de {city} per dins", "Idees per regalar: la {product}"],
    "milano": ["Novità: la {product} in tre colori", "Ispirazione: un soggiorno a {city}", "Concorso: vinci la {product}",
               "Dietro le quinte del nostro shooting", "Idea regalo: la {product}", "Il negozio di {city} si rinnova",
               "Sondaggio: lino o velluto?"],
    "lisboa": ["Novidade: a {product} em três cores", "Inspiração: uma sala acolhedora em {city}",
               "Passatempo: ganhe a {product}", "Nos bastidores da sessão fotográfica", "Ideia de presente: a {product}",
               "A nossa loja de {city} por dentro"],
}

CAMPAIGNS = [
    {"fr": ["Black Friday : -30 % sur toute la collection", "Black Friday – toute la collection à -30 %"],
     "es": ["Black Friday: -30 % en toda la colección", "Black Friday – toda la colección al -30 %"],
     "ca": ["Black Friday: -30 % a tota la col·lecció", "Black Friday – tota la col·lecció al -30 %"],
     "it": ["Black Friday: -30% su tutta la collezione", "Black Friday – tutta la collezione al -30%"],
     "pt": ["Black Friday: -30% em toda a coleção", "Black Friday – toda a coleção com -30%"],
     "en": ["Black Friday: 30% off the whole collection", "Black Friday – the whole collection at -30%"]},
    {"fr": ["Lancement de la collection Automne-Hiver 2026", "Collection Automne-Hiver 2026 : découvrez-la"],
     "es": ["Lanzamiento de la colección Otoño-Invierno 2026", "Colección Otoño-Invierno 2026: descúbrela"],
     "ca": ["Llançament de la col·lecció Tardor-Hivern 2026", "Col·lecció Tardor-Hivern 2026: descobreix-la"],
     "it": ["Lancio della collezione Autunno-Inverno 2026", "Collezione Autunno-Inverno 2026: scoprila"],
     "pt": ["Lançamento da coleção Outono-Inverno 2026", "Coleção Outono-Inverno 2026: descubra-a"],
     "en": ["Autumn-Winter 2026 collection launch", "Discover the Autumn-Winter 2026 collection"]},
    {"fr": ["Ouverture de notre boutique de Barcelone", "Barcelone : notre nouvelle boutique ouvre ses portes"],
     "es": ["Abrimos nuestra tienda de Barcelona", "Barcelona: nuestra nueva tienda abre sus puertas"],
     "ca": ["Obrim la nostra botiga de Barcelona", "Barcelona: la nostra nova botiga obre les portes"],
     "it": ["Apre il nostro negozio di Barcellona", "Barcellona: il nostro nuovo negozio apre le porte"],
     "pt": ["Abrimos a nossa loja de Barcelona", "Barcelona: a nossa nova loja abre as portas"],
     "en": ["Our Barcelona store opens", "Barcelona: our new store opens its doors"]},
    {"fr": ["Maison Soleil x Atelier Lumière : la collection capsule", "Collection capsule avec Atelier Lumière"],
     "es": ["Maison Soleil x Atelier Lumière: la colección cápsula", "Colección cápsula con Atelier Lumière"],
     "ca": ["Maison Soleil x Atelier Lumière: la col·lecció càpsula", "Col·lecció càpsula amb Atelier Lumière"],
     "it": ["Maison Soleil x Atelier Lumière: la collezione capsule", "Collezione capsule con Atelier Lumière"],
     "pt": ["Maison Soleil x Atelier Lumière: a coleção cápsula", "Coleção cápsula com a Atelier Lumière"],
     "en": ["Maison Soleil x Atelier Lumière: the capsule collection", "Capsule collection with Atelier Lumière"]},
    {"fr": ["Guide cadeaux de Noël 2026", "Noël 2026 : notre guide des cadeaux"],
     "es": ["Guía de regalos de Navidad 2026", "Navidad 2026: nuestra guía de regalos"],
     "ca": ["Guia de regals de Nadal 2026", "Nadal 2026: la nostra guia de regals"],
     "it": ["Guida ai regali di Natale 2026", "Natale 2026: la nostra guida ai regali"],
     "pt": ["Guia de presentes de Natal 2026", "Natal 2026: o nosso guia de presentes"],
     "en": ["Christmas gift guide 2026", "Christmas 2026: our gift guide"]},
    {"fr": ["Notre rapport RSE 2026 est en ligne", "Rapport RSE 2026 : nos engagements"],
     "es": ["Ya está disponible nuestro informe de sostenibilidad 2026", "Informe de sostenibilidad 2026: nuestros compromisos"],
     "ca": ["Ja podeu llegir l'informe de sostenibilitat 2026", "Informe de sostenibilitat 2026: els nostres compromisos"],
     "it": ["Online il nostro bilancio di sostenibilità 2026", "Bilancio di sostenibilità 2026: i nostri impegni"],
     "pt": ["Já disponível o nosso relatório de sustentabilidade 2026", "Relatório de sustentabilidade 2026: os nossos compromissos"],
     "en": ["Our 2026 sustainability report is out", "2026 sustainability report: our commitments"]},
    {"fr": ["Soleil Club : notre nouveau programme de fidélité", "Découvrez Soleil Club, le programme fidélité"],
     "es": ["Soleil Club: nuestro nuevo programa de fidelización", "Descubre Soleil Club, el programa de fidelización"],
     "ca": ["Soleil Club: el nostre nou programa de fidelització", "Descobreix Soleil Club, el programa de fidelització"],
     "it": ["Soleil Club: il nostro nuovo programma fedeltà", "Scopri Soleil Club, il programma fedeltà"],
     "pt": ["Soleil Club: o nosso novo programa de fidelização", "Conheça o Soleil Club, o programa de fidelização"],
     "en": ["Soleil Club: our new loyalty programme", "Meet Soleil Club, our loyalty programme"]},
]
DECOYS = [
    (("fr", "Atelier DIY : bougie parfumée à Lyon"), ("it", "Atelier DIY: ghirlanda natalizia a Milano")),
    (("es", "Webinar: cómo cuidar tus muebles de madera"), ("en", "Webinar: careers in retail at Maison Soleil")),
    (("fr", "Résultats du T3 : chiffre d'affaires en hausse"), ("pt", "Resultados do inquérito T3 aos colaboradores")),
    (("ca", "Concurs: guanya una làmpada de disseny"), ("es", "Concurso de escaparates: votad al ganador")),
    (("en", "Meet the maker: our Lyon ceramicist"), ("fr", "Portrait : nos tisserands de Lisbonne")),
]


class _Title(str):
    family: str | None = None
    slots: tuple = ()


def _days() -> list[date]:
    return [FIRST_DAY + timedelta(days=i) for i in range(WEEKS * 7) if (FIRST_DAY + timedelta(days=i)).weekday() < 5]


class _Planner:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed * 15485863 + 5)
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, last_day=None,
            status="planned", **kw) -> Post:
        zone = ZoneInfo(ZONE[dept])
        start = end = None
        if local is not None and minutes is None and dept == "corporate":
            minutes = 30   # a calendar event always has an end
        if local is not None:
            start = local.replace(tzinfo=zone) if local.tzinfo is None else local.astimezone(zone)
            if minutes:
                end = start + timedelta(minutes=minutes)
        kw.setdefault("family", getattr(title, "family", None))
        kw.setdefault("slots", getattr(title, "slots", ()))
        if dept in NOBODY:
            people = []
        post = Post(len(self.posts) + 1, dept, str(title), channel, list(people), start, end, day, last_day,
                    status, optional=status == "cancelled", **kw)
        self.posts.append(post)
        return post

    def duration(self, dept) -> int | None:
        if dept == "corporate":
            return self.rnd.choice([30, 45, 60])
        return None

    def owner(self, dept):
        team = TEAMS[dept]
        people = [self.rnd.choice(team)]
        if dept not in ONE_PERSON and self.rnd.random() < 0.2:
            other = self.rnd.choice(team)
            if other not in people:
                people.append(other)
        return people

    def filler_title(self, dept):
        template = self.rnd.choice(FILLER[dept])
        fills = {"product": self.rnd.choice(PRODUCTS), "city": self.rnd.choice(CITIES[LANG[dept]]),
                 "name": self.rnd.choice(NAMES)}
        title = _Title(template.format(**fills))
        title.family = template
        title.slots = tuple(str(v) for k, v in fills.items() if "{" + k + "}" in template)
        return title

    def at(self, dept, d, hm=None):
        h, m = hm or self.rnd.choice(TIMES[dept])
        return datetime(d.year, d.month, d.day, h, m)


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    days = _days()
    depts = list(TEAMS)
    with_people = [d for d in depts if d not in NOBODY]
    many_people = [d for d in with_people if d not in ONE_PERSON]

    for _ in range(3):   # slot clashes: one network, 0-45 minutes apart, each in its own zone
        chan = rnd.choice(["Instagram", "Facebook", "X", "TikTok", "LinkedIn"])
        able = [d for d in depts if chan in CHANNELS[d]]
        if len(able) < 2:
            continue
        a, b = rnd.sample(able, 2)
        t0 = pl.at(a, rnd.choice(days)).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 75-150 minutes apart
        chan = rnd.choice(["Instagram", "Facebook"])
        a, b = rnd.sample([d for d in depts if chan in CHANNELS[d]], 2)
        d = rnd.choice(days)
        t0 = datetime(d.year, d.month, d.day, 10, 0, tzinfo=PAR)
        t1 = t0 + timedelta(minutes=rnd.choice([75, 90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")
    for _ in range(2):   # double bookings: a person of A also named on B's entry (in B's spelling)
        a = rnd.choice(with_people)
        b = rnd.choice([d for d in many_people if d != a])
        person = rnd.choice(TEAMS[a])
        t0 = pl.at(a, rnd.choice(days)).replace(tzinfo=ZoneInfo(ZONE[a]))
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        t1 = t0 + timedelta(minutes=rnd.choice([0, 10, 20]))
        pl.add(b, pl.filler_title(b), cb, [person, rnd.choice(TEAMS[b])], local=t1, minutes=pl.duration(b),
               planted="booking")
    a = rnd.choice(with_people)
    b = rnd.choice([d for d in many_people if d != a])
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(days)
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0, tzinfo=PAR),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 12, 0, tzinfo=PAR),
           planted="decoy-booking")

    chan = rnd.choice(["Instagram", "Facebook"])   # an overloaded day: four posts 2+ hours apart
    able = [d for d in depts if chan in CHANNELS[d]]
    d = rnd.choice(days)
    for i, hm in enumerate([(8, 0), (11, 0), (14, 0), (17, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=PAR), planted="overload")

    for gid, camp in enumerate(rnd.sample(CAMPAIGNS, 3), start=1):   # duplicated efforts
        ds = rnd.sample([d for d in depts if d != "clientes"], rnd.choice([2, 2, 3]))
        base = rnd.randrange(3, len(days) - 4)
        used: dict[str, int] = {}
        pids = []
        for dept in ds:
            variants = camp[LANG[dept]]
            title = variants[used.get(LANG[dept], rnd.randrange(2)) % 2]
            used[LANG[dept]] = variants.index(title) + 1
            day = days[min(len(days) - 1, base + rnd.randint(0, 3))]
            p = pl.add(dept, title, rnd.choice(CHANNELS[dept]), pl.owner(dept), local=pl.at(dept, day),
                       minutes=pl.duration(dept), dup=gid)
            pids.append(p.pid)
        pl.dups[gid] = pids
    for did, ((la, ta), (lb, tb)) in enumerate(rnd.sample(DECOYS, 2), start=1):
        da = rnd.choice([d for d in depts if LANG[d] == la and d != "clientes"])
        db = rnd.choice([d for d in depts if LANG[d] == lb and d not in (da, "clientes")])
        i = rnd.randrange(0, len(days) - 2)
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, days[i]), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db), local=pl.at(db, days[i + rnd.randint(0, 2)]), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # series: Corporate's weekly press review in Outlook (RRULE, EXDATE, a moved occurrence);
    # Madrid's Google Sheet writes its weekly giveaway as one row a week
    _series(pl, "corporate", "Revue de presse de la semaine", "Newsletter", ["Antoine Girard"], weekday=0, hm=(9, 0))
    for w in range(WEEKS):
        d = FIRST_DAY + timedelta(days=7 * w + 3)
        pl.add("madrid", "Sorteo de los jueves", "Instagram", ["Carmen Ruiz"], local=datetime(d.year, d.month, d.day, 12, 0),
               series="madrid-weekly")

    d = rnd.choice(days[5:-5])   # all-day entries
    pl.add("corporate", "Salon Maison&Objet Lyon (montage + salon)", None, ["Claire Rousseau"], day=d,
           last_day=d + timedelta(days=2))
    d = rnd.choice(days)
    pl.add("marketing", "Deadline visuels Black Friday", None, ["Luc Martin"], day=d)
    d = rnd.choice(days)
    pl.add("barcelona", "Inventari: botiga tancada", None, ["Núria Vidal"], day=d)

    for dept in depts:   # filler
        for _ in range(rnd.randint(12, 20)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.78, 0.14, 0.08])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(days)), minutes=pl.duration(dept), status=status)

    habits = {dept: _habits(rnd, dept) for dept in depts}
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _series(pl: _Planner, dept, title, channel, people, *, weekday, hm):
    rnd = pl.rnd
    zone = ZoneInfo(ZONE[dept])
    first_day = FIRST_DAY + timedelta(days=weekday)
    first = datetime(first_day.year, first_day.month, first_day.day, *hm, tzinfo=zone)
    occ = [(first + timedelta(days=7 * i)).replace(tzinfo=None).replace(tzinfo=zone) for i in range(WEEKS)]
    ex = rnd.sample(occ[1:], 1)
    moved_from = rnd.choice([o for o in occ[1:] if o not in ex])
    moved_to = (moved_from + timedelta(days=1)).replace(hour=hm[0] + 2)
    s = Series(f"{dept}-weekly", dept, title, channel, people, first, WEEKS, 30, ex, {moved_from: moved_to})
    pl.series.append(s)
    for o in occ:
        if o not in ex:
            pl.add(dept, title, channel, people, local=s.moved.get(o, o), minutes=30, series=s.sid)


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by files.py)."""
    return {
        "marketing": lambda: {"date": rnd.choice(["cell", "dm-text", "long-text"]), "time": rnd.choice(["h", "h-spaced", "colon"]),
                              "people": rnd.choice(["UPPER first", "first last"]), "week": rnd.choice(["first-row", "every-row"])},
        "corporate": lambda: {"cats": rnd.choice(["channel", "channel+colour"]), "cn": rnd.choice(["UPPER first", "first last"])},
        "boutiques": lambda: {"date": rnd.choice(["fr-numeric", "fr-words"]), "hashtags": rnd.random() < 0.5},
        "ecommerce": lambda: {"date": rnd.choice(["us", "iso"]), "time": rnd.choice(["ampm", "24h"])},
        "madrid": lambda: {"date": rnd.choice(["long", "weekday-short", "numeric"]), "people": rnd.choice(["last, first", "first last"]),
                           "seconds": rnd.random() < 0.5},
        "clientes": lambda: {"header": rnd.random() < 0.5, "order": rnd.choice(["dmy", "mdy"])},
        "barcelona": lambda: {"date": rnd.choice(["cell", "iso-text"]), "subitems": rnd.random() < 0.6},
        "milano": lambda: {"when": rnd.choice(["cell+ora", "words"]), "people": rnd.choice(["email", "name"]),
                           "rollup": rnd.random() < 0.5},
        "lisboa": lambda: {"encoding": rnd.choice(["cp1252", "latin-1", "utf-8-sig"]), "when": rnd.choice(["as", "h", "split"]),
                           "people": rnd.choice(["initial", "email"]), "zone_hint": rnd.choice(["header", "title"])},
    }[dept]()
