"""Fjordline Logistics (freight and ferries; Oslo, with offices in Stockholm, Helsinki, Copenhagen,
Reykjavík, Amsterdam, Brussels, Istanbul and Tallinn): the tenth held-out company, written without
reading the product. Eleven departments in nine languages, each with its own people, channels, zone
and tool; this module plans the posts (the truth), files.py and grids.py write them the way each
department does.

The hard part is the North's own habits: planning by ISO week ("uke 42", "vecka 42", "viikko 42",
"KW 42", "Hafta 42") in grids whose columns are weekdays, often with no date in the sheet at all;
"kl. 14.00" and "14.00-15.30"; Finnish months in the partitive ("12. lokakuuta"), Icelandic and
Estonian months; Turkish capitals with a dotted İ (TARİH, SAAT); three kinds of zone in one quarter:
the EU's summer time ends on 25 October (Oslo, Helsinki, Tallinn), Istanbul keeps UTC+3 and
Reykjavík UTC all year, so an Istanbul 14:00 post is Oslo 13:00, then 12:00.

A post's truth is what a person reading the department's file expects: the instant to the minute (the
day of an all-day entry), the channel as the network it is, the people (by full name), the title as the
department wrote it. The records reuse holdout3's Post / Series / Company shapes."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.heldout_kit.plan import Planner, weekdays, weekly_series
from tests.holdout3.company import Company

COORDINATOR_ZONE = "Europe/Oslo"
OSL = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday of ISO week 41; the EU's summer time ends Sunday 25 October
WEEKS = 6

TEAMS = {
    "oslo": ["Ingrid Solberg", "Lars Haugen", "Kari Nilsen", "Ole Berg"],
    "hr": ["Silje Dahl", "Morten Lie"],
    "stockholm": ["Anna Lindqvist", "Erik Johansson", "Karin Svensson"],
    "helsinki": ["Aino Virtanen", "Mikko Korhonen", "Johanna Mäkinen"],
    "copenhagen": ["Mette Sørensen", "Søren Kristensen", "Louise Holm"],
    "reykjavik": ["Guðrún Jónsdóttir", "Sigurður Ólafsson", "Þóra Einarsdóttir"],
    "amsterdam": ["Sanne Visser", "Joost de Boer", "Femke Smit"],
    "brussels_nl": ["Pieter Claes", "An Peeters", "Wouter Janssens"],
    "brussels_fr": ["Camille Dubois", "Julien Lambert", "Élodie Lefèvre"],
    "istanbul": ["Ayşe Yıldız", "Mehmet Çelik", "Zeynep Aydın", "İbrahim Kaya"],
    "tallinn": ["Kadri Tamm", "Mart Saar", "Liis Kask"],
}
DEPT_NAMES = {"oslo": "Konsernkommunikasjon", "hr": "People & Culture", "stockholm": "Marknad Sverige",
              "helsinki": "Viestintä Suomi", "copenhagen": "Kommunikation Danmark", "reykjavik": "Fjordline Ísland",
              "amsterdam": "Marketing Benelux", "brussels_nl": "Public Affairs (NL)", "brussels_fr": "Affaires publiques (FR)",
              "istanbul": "Fjordline Türkiye", "tallinn": "Fjordline Eesti"}
LANG = {"oslo": "nb", "hr": "nb", "stockholm": "sv", "helsinki": "fi", "copenhagen": "da", "reykjavik": "is",
        "amsterdam": "nl", "brussels_nl": "nl", "brussels_fr": "fr", "istanbul": "tr", "tallinn": "et"}
ZONE = {"oslo": "Europe/Oslo", "hr": "Europe/Oslo", "stockholm": "Europe/Stockholm", "helsinki": "Europe/Helsinki",
        "copenhagen": "Europe/Copenhagen", "reykjavik": "Atlantic/Reykjavik", "amsterdam": "Europe/Amsterdam",
        "brussels_nl": "Europe/Brussels", "brussels_fr": "Europe/Brussels", "istanbul": "Europe/Istanbul",
        "tallinn": "Europe/Tallinn"}
DAY_DEPTS = ("hr",)                        # MS Planner: due days only
CAL_DEPTS = ("copenhagen", "reykjavik")    # every entry has an end ("14.00-15.30", a calendar's DTEND)
SINGLE = ("brussels_nl", "tallinn")        # Jira's assignee, Falcon's author: one person
TIMED = tuple(d for d in TEAMS if d not in DAY_DEPTS)

CHANNELS = {
    "oslo": ["LinkedIn", "Facebook", "Instagram", "Newsletter", "Blog"],
    "hr": ["LinkedIn", "Instagram", "Facebook"],
    "stockholm": ["LinkedIn", "Instagram", "Facebook", "Newsletter"],
    "helsinki": ["LinkedIn", "Facebook", "X", "Newsletter"],
    "copenhagen": ["LinkedIn", "Instagram", "Facebook", "YouTube"],
    "reykjavik": ["Facebook", "Instagram", "LinkedIn"],
    "amsterdam": ["LinkedIn", "Instagram", "Newsletter", "X"],
    "brussels_nl": ["LinkedIn", "X", "Newsletter"],
    "brussels_fr": ["LinkedIn", "X", "Facebook"],
    "istanbul": ["LinkedIn", "Instagram", "X", "YouTube"],
    "tallinn": ["Facebook", "LinkedIn", "Instagram"],
}
TIMES = {   # each in its own wall clock
    "oslo": [(8, 0), (9, 30), (11, 0), (14, 0), (15, 30)],
    "hr": [(9, 0)],
    "stockholm": [(8, 30), (10, 0), (12, 0), (14, 0), (16, 30)],
    "helsinki": [(8, 0), (9, 0), (11, 30), (13, 0), (15, 0)],
    "copenhagen": [(9, 0), (10, 30), (13, 0), (14, 0), (15, 30)],
    "reykjavik": [(8, 0), (9, 30), (11, 0), (13, 0), (16, 0)],
    "amsterdam": [(8, 30), (10, 0), (12, 30), (14, 0), (16, 0)],
    "brussels_nl": [(9, 0), (10, 30), (13, 30), (15, 0)],
    "brussels_fr": [(8, 30), (11, 0), (14, 30), (16, 0)],
    "istanbul": [(9, 0), (10, 30), (12, 0), (14, 0), (17, 30)],
    "tallinn": [(8, 30), (10, 0), (12, 0), (14, 30), (16, 0)],
}
PORTS = {"oslo": ["Oslo", "Bergen", "Kristiansand"], "hr": ["Oslo", "Bergen"], "stockholm": ["Göteborg", "Malmö", "Stockholm"],
         "helsinki": ["Helsinki", "Turku", "Kotka"], "copenhagen": ["Aarhus", "Esbjerg", "København"],
         "reykjavik": ["Reykjavík", "Akureyri"], "amsterdam": ["Rotterdam", "Amsterdam", "Moerdijk"],
         "brussels_nl": ["Antwerpen", "Gent", "Zeebrugge"], "brussels_fr": ["Liège", "Bruxelles", "Charleroi"],
         "istanbul": ["İzmir", "Mersin", "Ambarlı"], "tallinn": ["Tallinn", "Muuga", "Paldiski"]}
VESSELS = ["MS Nordlys", "MS Havørn", "MS Polaris", "MS Bifröst"]
FIRST_NAMES = ["Nora", "Emil", "Aleksi", "Freja", "Baran", "Hanna", "Jens"]
FILLER = {
    "oslo": ["Kundehistorie: {name} frakter med oss fra {port}", "Bak kulissene på {vessel}", "Ny terminal i {port}",
             "Kvartalstall: volumene øker", "Slik reduserer vi utslipp på {vessel}", "Ukens bilde fra {port}"],
    "hr": ["Vi ansetter: lagermedarbeider i {port}", "Møt kollegaen: {name} på {vessel}", "Trainee-programmet 2027 åpner",
           "En dag som matros på {vessel}", "Sommerjobb på terminalen i {port}", "Lederutvikling: årets kull"],
    "stockholm": ["Kundcase: {name} skeppar från {port}", "Nytt lager i {port}", "Veckans tips: tullpapper i tid",
                  "Bakom kulisserna på {vessel}", "Hållbarhet: el-lastbilar i {port}", "Frågestund med vår säljchef"],
    "helsinki": ["Asiakastarina: {name} ja {port}", "Uusi reitti: {port}–Tallinna", "Viikon vinkki: tullaus ajoissa",
                 "Kulissien takana: {vessel}", "Satamakuulumiset {port}", "Rekrytointi: terminaalityöntekijä {port}"],
    "copenhagen": ["Kundehistorie: {name} i {port}", "Ugens billede fra {vessel}", "Nyt lager i {port}",
                   "Webinar: toldregler efter nytår", "Bag om {vessel}", "Grøn transport fra {port}"],
    "reykjavik": ["Saga viðskiptavinar: {name} í {port}", "Ný áætlun til {port}", "Á bak við tjöldin á {vessel}",
                  "Vetraráætlun kynnt", "Mynd vikunnar frá {port}", "Fiskútflutningur í vetur"],
    "amsterdam": ["Klantverhaal: {name} verscheept via {port}", "Achter de schermen op de {vessel}",
                  "Nieuw distributiecentrum in {port}", "Tip van de week: douanepapieren", "Havennieuws uit {port}",
                  "Vacature: planner in {port}"],
    "brussels_nl": ["Standpunt: het EU-havenpakket", "Rondetafel over vrachtvervoer in {port}", "Nieuwsbrief Public Affairs",
                    "Interview: onze visie op {port}", "Reactie op de Europese vergroeningsdoelen", "Bezoek van de minister aan {port}"],
    "brussels_fr": ["Prise de position : le paquet portuaire de l'UE", "Table ronde sur le fret à {port}",
                    "Entretien : notre vision pour {port}", "Réaction aux objectifs climatiques européens",
                    "Visite du ministre à {port}", "Lettre d'information affaires publiques"],
    "istanbul": ["Müşteri hikayesi: {name} ve {port}", "{port} limanından haftanın fotoğrafı", "Yeni depo: {port}",
                 "Sahne arkası: {vessel}", "Gümrük ipuçları", "İşe alım: {port} terminal operatörü"],
    "tallinn": ["Kliendilugu: {name} ja {port}", "Uus marsruut {port}–Helsingi", "Nädala pilt: {vessel}",
                "Kulisside taga: {vessel}", "Tolliinfo: muudatused jaanuarist", "Tööpakkumine: laotöötaja {port}"],
}
CAMPAIGNS = [   # the same effort, each team in its own language
    {"nb": "Ny rute Oslo–Tallinn fra 1. desember", "sv": "Ny rutt Oslo–Tallinn från 1 december",
     "fi": "Uusi reitti Oslo–Tallinna 1. joulukuuta alkaen", "da": "Ny rute Oslo–Tallinn fra 1. december",
     "is": "Ný leið Osló–Tallinn frá 1. desember", "nl": "Nieuwe route Oslo–Tallinn vanaf 1 december",
     "fr": "Nouvelle ligne Oslo–Tallinn dès le 1er décembre", "tr": "1 Aralık'tan itibaren yeni Oslo–Tallinn hattı",
     "et": "Uus liin Oslo–Tallinn alates 1. detsembrist"},
    {"nb": "Fjordline Green Corridor 2030: vår klimaplan", "sv": "Fjordline Green Corridor 2030: vår klimatplan",
     "fi": "Fjordline Green Corridor 2030: ilmastosuunnitelmamme", "da": "Fjordline Green Corridor 2030: vores klimaplan",
     "is": "Fjordline Green Corridor 2030: loftslagsáætlun okkar", "nl": "Fjordline Green Corridor 2030: ons klimaatplan",
     "fr": "Fjordline Green Corridor 2030 : notre plan climat", "tr": "Fjordline Green Corridor 2030: iklim planımız",
     "et": "Fjordline Green Corridor 2030: meie kliimakava"},
    {"nb": "Webinar: tollregler etter Brexit", "sv": "Webbinarium: tullregler efter Brexit",
     "fi": "Webinaari: tullisäännöt Brexitin jälkeen", "da": "Webinar: toldregler efter Brexit",
     "is": "Vefnámskeið: tollareglur eftir Brexit", "nl": "Webinar: douaneregels na de Brexit",
     "fr": "Webinaire : les règles douanières après le Brexit", "tr": "Web semineri: Brexit sonrası gümrük kuralları",
     "et": "Veebiseminar: tollireeglid pärast Brexitit"},
    {"nb": "Fjordline kjøper Baltic Reefer Lines", "sv": "Fjordline köper Baltic Reefer Lines",
     "fi": "Fjordline ostaa Baltic Reefer Linesin", "da": "Fjordline køber Baltic Reefer Lines",
     "is": "Fjordline kaupir Baltic Reefer Lines", "nl": "Fjordline neemt Baltic Reefer Lines over",
     "fr": "Fjordline rachète Baltic Reefer Lines", "tr": "Fjordline, Baltic Reefer Lines'ı satın aldı",
     "et": "Fjordline ostab Baltic Reefer Linesi"},
    {"nb": "Julefrakt 2026: siste bestillingsdag 14. desember", "sv": "Julfrakt 2026: sista bokningsdag 14 december",
     "fi": "Joulurahti 2026: viimeinen tilauspäivä 14. joulukuuta", "da": "Julefragt 2026: sidste bestillingsdag 14. december",
     "is": "Jólaflutningar 2026: síðasti pöntunardagur 14. desember", "nl": "Kerstvracht 2026: laatste boekingsdag 14 december",
     "fr": "Fret de Noël 2026 : dernier jour de réservation le 14 décembre", "tr": "Yılbaşı taşımacılığı 2026: son rezervasyon günü 14 Aralık",
     "et": "Jõulukaubad 2026: viimane tellimispäev 14. detsember"},
]
CAMPAIGN_LINKS = ["https://fjordline.example/oslo-tallinn", "https://fjordline.example/green-corridor-2030",
                  "https://fjordline.example/webinar/brexit", "https://fjordline.example/press/baltic-reefer",
                  "https://fjordline.example/julefrakt-2026"]
DECOYS = [   # alike in words, different efforts (and the campaign each resembles: not drawn beside it)
    (("nb", "Ny rute Oslo–Kiel fra 1. mars 2027"), ("sv", "Ny rutt Göteborg–Kiel i vår"), 0),
    (("da", "Webinar: toldregler for Norge"), ("nl", "Webinar: nieuwe havengelden in Rotterdam"), 2),
    (("fi", "Joulujuhla 2025: kuvat"), ("et", "Jõulupidu 2025: pildid"), 4),
    (("tr", "Green Corridor 2025 raporu: geçen yılın sonuçları"), ("fr", "Green Corridor : réunion des partenaires à Liège"), 1),
    (("nb", "Terminaldag i Bergen"), ("is", "Opið hús í Akureyri"), None),
]


def _days() -> list[date]:
    return weekdays(FIRST_DAY, WEEKS)


class _Planner(Planner):
    def __init__(self, seed: int):
        super().__init__(random.Random(seed * 100103 + 17), zone=ZONE, teams=TEAMS, times=TIMES, filler=FILLER,
                         cal_depts=CAL_DEPTS, cal_minutes=60, durations=(30, 60, 90), day_depts=DAY_DEPTS,
                         single=SINGLE, slot_keys=("vessel",))

    def fills(self, dept) -> dict:
        return {"name": self.rnd.choice(FIRST_NAMES), "port": self.rnd.choice(PORTS[dept]),
                "vessel": self.rnd.choice(VESSELS)}


def _local_ok(dept: str, t: datetime) -> bool:
    lt = t.astimezone(ZoneInfo(ZONE[dept]))
    return lt.date() in _days() and 7 <= lt.hour <= 18


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    depts = list(TEAMS)
    habits = {dept: _habits(rnd, dept) for dept in depts}

    n = 0
    for _ in range(60):   # slot clashes: one network, one moment, 0-45 minutes apart, each in its own zone
        if n == 5:
            break
        chan = rnd.choice(["LinkedIn", "Instagram", "Facebook"])
        a, b = rnd.sample([d for d in TIMED if chan in CHANNELS[d]], 2)
        t0 = pl.at(a, rnd.choice(_days())).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        if not _local_ok(b, t1) or t1.astimezone(ZoneInfo(ZONE[b])).minute % 15:
            continue
        n += 1
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 75-150 minutes apart (Oslo's 10:00)
        chan = rnd.choice(["LinkedIn", "Instagram"])
        a, b = rnd.sample([d for d in ("oslo", "stockholm", "copenhagen", "amsterdam") if chan in CHANNELS[d]], 2)
        d = rnd.choice(_days())
        t0 = datetime(d.year, d.month, d.day, 10, 0, tzinfo=OSL)
        t1 = t0 + timedelta(minutes=rnd.choice([90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")
    n = 0
    for _ in range(80):   # double bookings: a person of A named in B's entry
        if n == 4:
            break
        a, b = rnd.sample(TIMED, 2)
        person = rnd.choice(TEAMS[a])
        t0 = pl.at(a, rnd.choice(_days())).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15]))
        if not _local_ok(b, t1) or t1.astimezone(ZoneInfo(ZONE[b])).minute % 15:
            continue
        n += 1
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        people = [person] if b in SINGLE else [person, rnd.choice(TEAMS[b])]
        pl.add(b, pl.filler_title(b), cb, people, local=t1, minutes=pl.duration(b), planted="booking")
    a, b = rnd.sample(["oslo", "stockholm", "amsterdam", "brussels_fr"], 2)   # decoy: one person three hours apart
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(_days())
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0, tzinfo=OSL),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 12, 0, tzinfo=OSL),
           planted="decoy-booking")

    chan = "LinkedIn"   # an overloaded day (Oslo's): four posts 2+ hours apart
    able = [d for d in ("oslo", "stockholm", "copenhagen", "amsterdam", "brussels_nl", "istanbul") if chan in CHANNELS[d]]
    d = rnd.choice(_days())
    for i, hm in enumerate([(8, 0), (10, 0), (12, 30), (15, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=OSL), planted="overload")

    active = rnd.sample(range(len(CAMPAIGNS)), 3)
    for gid, ci in enumerate(active, start=1):   # duplicated efforts, each team in its language
        camp = CAMPAIGNS[ci]
        base = _days()[rnd.randrange(3, len(_days()) - 5)]
        near = [x for x in _days() if 0 <= (x - base).days <= 4]
        langs = set()
        ds = []
        for dept in rnd.sample(depts, len(depts)):
            if LANG[dept] not in langs and len(ds) < rnd.choice([2, 3, 3]):
                ds.append(dept)
                langs.add(LANG[dept])
        pids = []
        for dept in ds:
            p = pl.add(dept, camp[LANG[dept]], rnd.choice(CHANNELS[dept]), pl.owner(dept),
                       local=pl.at(dept, rnd.choice(near)), minutes=pl.duration(dept), dup=gid,
                       note=CAMPAIGN_LINKS[ci] if rnd.random() < 0.5 else "")
            pids.append(p.pid)
        pl.dups[gid] = pids
    decoys = [(a, b) for a, b, like in DECOYS if like not in active]
    for did, ((la, ta), (lb, tb)) in enumerate(rnd.sample(decoys, min(3, len(decoys))), start=1):
        da = rnd.choice([d for d in depts if LANG[d] == la])
        db = rnd.choice([d for d in depts if LANG[d] == lb and d != da])
        day = rnd.choice(_days())
        near = [x for x in _days() if 0 <= (x - day).days <= 3] or _days()[:2]
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, day), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db), local=pl.at(db, rnd.choice(near)), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # series: Reykjavík's weekly ferry update (a calendar's RRULE over the EU's end of summer time:
    # 10:00 in Reykjavík is Oslo's 12:00, then 11:00), Istanbul's fortnightly bulletin written out row by row
    weekly_series(pl, "reykjavik", "Vikuleg ferjufrétt", "Facebook", ["Sigurður Ólafsson"],
                  first_day=FIRST_DAY + timedelta(days=2),
                  weeks=WEEKS, hm=(10, 0), moved=(1, 3))
    for w in range(0, WEEKS, 2):
        d = FIRST_DAY + timedelta(days=7 * w + 1)
        pl.add("istanbul", "Fjordline Bülten", "LinkedIn", ["Zeynep Aydın"], local=datetime(d.year, d.month, d.day, 11, 0),
               series="istanbul-fortnightly")

    d = rnd.choice(_days()[5:-5])   # all-day entries
    pl.add("copenhagen", "Transport & Logistik messe (stand, 3 dage)", None, ["Louise Holm"], day=d, last_day=d + timedelta(days=2))
    pl.add("oslo", "Embargo: kvartalsrapport Q3", None, ["Ingrid Solberg"], day=rnd.choice(_days()))

    for dept in depts:   # filler
        for _ in range(rnd.randint(10, 15)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.8, 0.13, 0.07])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(_days())), minutes=pl.duration(dept), status=status)
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by files.py / grids.py)."""
    return {
        "oslo": lambda: {"layout": rnd.choice(["week-sheets-dated", "week-sheets", "week-rows"])},
        "hr": lambda: {"lang": rnd.choice(["nb", "en"])},
        "stockholm": lambda: {"tool": rnd.choice(["monday", "wrike"]), "time": rnd.choice(["kl", "dot", "colon"])},
        "helsinki": lambda: {"tool": rnd.choice(["sheet", "sheet", "clickup"]), "date": rnd.choice(["partitive", "weekday", "cell"])},
        "copenhagen": lambda: {"tool": rnd.choice(["sheet", "shifts"])},
        "reykjavik": lambda: {"tool": rnd.choice(["apple", "sheet"])},
        "amsterdam": lambda: {"tool": rnd.choice(["grid", "grid", "trello"]), "dated": rnd.random() < 0.5},
        "brussels_nl": lambda: {"date": rnd.choice(["jira", "iso"])},
        "brussels_fr": lambda: {"tool": rnd.choice(["agorapulse", "meltwater"])},
        "istanbul": lambda: {"tool": rnd.choice(["sheet", "hafta", "nextcloud"])},
        "tallinn": lambda: {"tool": rnd.choice(["falcon", "sheet", "fastmail"])},
    }[dept]()
