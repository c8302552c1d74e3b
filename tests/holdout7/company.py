"""Sokół Group (Warsaw; a logistics and air-cargo group with offices in Prague, Kyiv, Athens, Dubai,
Tel Aviv and Mumbai): the seventh held-out company, written without reading the product. Ten
departments, each with its own people, channels, language (pl / cs / uk / el / ar / he / en), zone,
work week and export tool; this module plans the posts (the truth), files.py writes them the way
each department does.

A post's truth is what a person reading the department's file expects: the instant to the minute
(the day of an all-day entry), the channel as the network it is, the people (each by a person id:
the name as its owner writes it in their own script), the title as the department wrote it.
The records reuse holdout3's Post / Series / Company shapes. The quarter crosses the end of summer
time (Sunday 25 October 2026 in the EU at 01:00 UTC; Israel on the same Sunday at 02:00 its own time;
Dubai and India keep their offsets), and Dubai and Tel Aviv work Sunday to Thursday."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Company, Post, Series

COORDINATOR_ZONE = "Europe/Warsaw"
WAW = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday
WEEKS = 6


@dataclass(frozen=True)
class Person:
    native: str        # as the person writes it: "Олена Коваленко", "Γιώργος Παπαδόπουλος", "نועה כהן"
    given: str         # in Latin letters
    family: str
    kind: str          # pl / cs / uk / el / ar / he / in / en

    @property
    def western(self) -> str:
        return f"{self.given} {self.family}"


PEOPLE = [
    Person("Anna Kowalska", "Anna", "Kowalska", "pl"), Person("Piotr Nowak", "Piotr", "Nowak", "pl"),
    Person("Katarzyna Wiśniewska", "Katarzyna", "Wiśniewska", "pl"), Person("Tomasz Zieliński", "Tomasz", "Zieliński", "pl"),
    Person("Magdalena Lewandowska", "Magdalena", "Lewandowska", "pl"), Person("Michał Wójcik", "Michał", "Wójcik", "pl"),
    Person("Jan Novák", "Jan", "Novák", "cs"), Person("Petra Svobodová", "Petra", "Svobodová", "cs"),
    Person("Tomáš Dvořák", "Tomáš", "Dvořák", "cs"),
    Person("Олена Коваленко", "Olena", "Kovalenko", "uk"), Person("Андрій Шевченко", "Andrii", "Shevchenko", "uk"),
    Person("Ірина Бондаренко", "Iryna", "Bondarenko", "uk"),
    Person("Γιώργος Παπαδόπουλος", "Giorgos", "Papadopoulos", "el"), Person("Μαρία Νικολάου", "Maria", "Nikolaou", "el"),
    Person("Ελένη Γεωργίου", "Eleni", "Georgiou", "el"),
    Person("أحمد المنصوري", "Ahmed", "Al Mansoori", "ar"), Person("فاطمة الهاشمي", "Fatima", "Al Hashimi", "ar"),
    Person("عمر خليل", "Omar", "Khalil", "ar"),
    Person("נועה כהן", "Noa", "Cohen", "he"), Person("יוסי לוי", "Yossi", "Levi", "he"),
    Person("מיכל מזרחי", "Michal", "Mizrahi", "he"),
    Person("Priya Sharma", "Priya", "Sharma", "in"), Person("Rahul Mehta", "Rahul", "Mehta", "in"),
    Person("Ananya Iyer", "Ananya", "Iyer", "in"),
    Person("Emma Clarke", "Emma", "Clarke", "en"), Person("James Whitfield", "James", "Whitfield", "en"),
    Person("Sophie Turner", "Sophie", "Turner", "en"), Person("Daniel Brooks", "Daniel", "Brooks", "en"),
    Person("Oliver Grant", "Oliver", "Grant", "en"),
]
PERSON = {p.native: p for p in PEOPLE}

TEAMS = {
    "warszawa": ["Anna Kowalska", "Piotr Nowak", "Katarzyna Wiśniewska", "Tomasz Zieliński"],
    "hr": ["Magdalena Lewandowska", "Michał Wójcik", "Oliver Grant"],
    "praha": ["Jan Novák", "Petra Svobodová", "Tomáš Dvořák"],
    "kyiv": ["Олена Коваленко", "Андрій Шевченко", "Ірина Бондаренко"],
    "athens": ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Γεωργίου"],
    "dubai": ["أحمد المنصوري", "فاطمة الهاشمي", "عمر خليل"],
    "telaviv": ["נועה כהן", "יוסי לוי", "מיכל מזרחי"],
    "mumbai": ["Priya Sharma", "Rahul Mehta", "Ananya Iyer"],
    "group": ["Emma Clarke", "James Whitfield", "Sophie Turner"],
    "events": ["Daniel Brooks", "Sophie Turner"],
}
DEPT_NAMES = {"warszawa": "Sokół Polska Marketing", "hr": "Group HR", "praha": "Sokół Česko", "kyiv": "Sokół Україна",
              "athens": "Sokół Ελλάδα", "dubai": "Sokół Middle East", "telaviv": "Sokół Israel",
              "mumbai": "Sokół India", "group": "Group Communications", "events": "Group Events"}
LANG = {"warszawa": "pl", "hr": "pl", "praha": "cs", "kyiv": "uk", "athens": "el", "dubai": "ar", "telaviv": "he",
        "mumbai": "en", "group": "en", "events": "en"}
ZONE = {"warszawa": "Europe/Warsaw", "hr": "Europe/Warsaw", "praha": "Europe/Prague", "kyiv": "Europe/Kyiv",
        "athens": "Europe/Athens", "dubai": "Asia/Dubai", "telaviv": "Asia/Jerusalem", "mumbai": "Asia/Kolkata",
        "group": "Europe/Warsaw", "events": "Europe/Warsaw"}
SUN_THU = ("dubai", "telaviv")      # their work week
CAL_DEPTS = ("telaviv", "events")   # calendars: every event has an end
ALL_DAY_DEPTS = ("hr",)             # Asana: a due date, no time

CHANNELS = {
    "warszawa": ["LinkedIn", "Facebook", "Instagram", "YouTube"],
    "hr": ["LinkedIn", "Instagram", "Facebook"],
    "praha": ["LinkedIn", "Facebook", "Instagram", "Newsletter"],
    "kyiv": ["Telegram", "Instagram", "Facebook", "LinkedIn"],
    "athens": ["Facebook", "Instagram", "LinkedIn", "YouTube"],
    "dubai": ["Instagram", "X", "LinkedIn", "Snapchat", "TikTok"],
    "telaviv": ["Facebook", "Instagram", "LinkedIn"],
    "mumbai": ["LinkedIn", "Instagram", "X", "YouTube", "WhatsApp"],
    "group": ["LinkedIn", "X", "Instagram", "YouTube", "Blog"],
    "events": ["LinkedIn", "YouTube"],
}
TIMES = {   # each in its own wall clock
    "warszawa": [(8, 30), (10, 0), (12, 0), (15, 0), (18, 30)],
    "hr": [(9, 0)],
    "praha": [(8, 0), (9, 30), (11, 0), (14, 0), (16, 30)],
    "kyiv": [(9, 0), (11, 30), (13, 0), (17, 0), (19, 30)],
    "athens": [(10, 0), (12, 30), (14, 0), (18, 0), (20, 30)],
    "dubai": [(9, 0), (11, 0), (13, 30), (16, 0), (19, 0), (21, 0)],
    "telaviv": [(8, 30), (10, 0), (12, 0), (15, 30), (18, 0)],
    "mumbai": [(9, 30), (11, 0), (13, 30), (16, 30), (19, 0), (20, 30)],
    "group": [(9, 0), (10, 30), (13, 0), (15, 30), (17, 0)],
    "events": [(10, 0), (11, 0), (14, 0), (16, 0)],
}

CITIES = {"pl": ["Warszawa", "Gdańsk", "Poznań", "Łódź"], "cs": ["Praha", "Brno", "Ostrava"],
          "uk": ["Київ", "Львів", "Одеса"], "el": ["Αθήνα", "Θεσσαλονίκη", "Πειραιάς"],
          "ar": ["دبي", "أبوظبي", "الشارقة"], "he": ["תל אביב", "חיפה", "אשדוד"],
          "en": ["Mumbai", "Pune", "Chennai", "Warsaw", "Gdańsk"]}
PRODUCTS = ["SkyTrack 4", "ColdChain+", "Sokol Express", "CargoHub"]
FILLER = {
    "warszawa": ["Poznaj nasz zespół: {name} z magazynu w {city}", "Nowe centrum logistyczne w {city} otwarte",
                 "Jak działa {product}? Krótki poradnik", "Za kulisami: nocna zmiana w {city}",
                 "Klient miesiąca: {product} w praktyce", "Ekologiczna flota: 20 nowych ciężarówek",
                 "Relacja z targów w {city}", "Wywiad z prezesem o wynikach za III kwartał"],
    "hr": ["Praca w Sokole: kierowca w {city}", "Dzień z życia dyspozytora", "Program stażowy 2027 – rekrutacja",
           "Nasi ludzie: {name} z działu IT", "Benefity: karta sportowa dla wszystkich", "Szkolenie BHP w {city}",
           "Meet the team: {name} from Group IT", "We're hiring: data analyst ({city})"],
    "praha": ["Představujeme tým: {name} z {city}", "Nové překladiště v {city}", "Jak funguje {product}",
              "Tip týdne: balení křehkého zboží", "Rozhovor s ředitelem pobočky Praha", "Hledáme řidiče ({city})",
              "Den otevřených dveří v {city}"],
    "kyiv": ["Знайомтеся: {name} з відділу продажів", "Новий склад у місті {city}", "Як працює {product}",
             "Порада тижня: пакування вантажу", "Вакансія: водій-експедитор ({city})", "Наші клієнти: {product} у дії",
             "Репортаж зі складу в {city}"],
    "athens": ["Γνωρίστε την ομάδα μας: {name}", "Νέο κέντρο διανομής στην {city}", "Πώς λειτουργεί το {product}",
               "Συμβουλή της εβδομάδας: σωστή συσκευασία", "Θέσεις εργασίας: οδηγοί στην {city}",
               "Πίσω από τις κάμερες: λιμάνι του Πειραιά", "Ιστορία πελάτη: {product}"],
    "dubai": ["تعرف على فريقنا: {name}", "افتتاح مستودع جديد في {city}", "كيف يعمل {product}",
              "نصيحة الأسبوع: تغليف الشحنات", "وظائف شاغرة في {city}", "قصة عميل: {product}",
              "جولة في مركز الشحن في {city}"],
    "telaviv": ["הכירו את הצוות: {name}", "מרכז הפצה חדש ב{city}", "איך עובד {product}", "טיפ השבוע: אריזה נכונה",
                "דרושים נהגים ב{city}", "סיפור לקוח: {product}", "מאחורי הקלעים בנמל {city}"],
    "mumbai": ["Meet the team: {name} from {city}", "New warehouse opens in {city}", "How {product} works",
               "Tip of the week: packing fragile cargo", "We're hiring: fleet supervisors in {city}",
               "Customer story: {product} in {city}", "टीम से मिलिए: {name}", "{city} में नया गोदाम"],
    "group": ["CEO letter: Q3 results", "Sustainability: our fleet goes electric in {city}", "How {product} saves time",
              "Partner spotlight: {product} in {city}", "Behind the scenes at our {city} hub",
              "Five things we learned this quarter", "Group news: new board member"],
    "events": ["Webinar: {product} for shippers", "Hub tour in {city}: registration open", "Live Q&A with our CTO",
               "Customer day in {city}", "Fireside chat: the future of air cargo"],
}
FIRST_NAMES = {"pl": ["Kasia", "Bartek", "Ola"], "cs": ["Lucie", "Martin", "Eva"], "uk": ["Оксана", "Тарас", "Марта"],
               "el": ["Νίκος", "Σοφία", "Δημήτρης"], "ar": ["خالد", "مريم", "يوسف"], "he": ["דנה", "איתי", "שירה"],
               "en": ["Arjun", "Meera", "Sam", "Kabir"]}

CAMPAIGNS = [   # the same effort in each language, two ways of saying it
    {"pl": ["Premiera aplikacji SkyTrack 4", "SkyTrack 4 już dostępny – nowa aplikacja"],
     "cs": ["Nová aplikace SkyTrack 4 je tady", "Představujeme SkyTrack 4"],
     "uk": ["Запуск застосунку SkyTrack 4", "SkyTrack 4 вже доступний"],
     "el": ["Νέα εφαρμογή SkyTrack 4", "Το SkyTrack 4 είναι εδώ"],
     "ar": ["إطلاق تطبيق SkyTrack 4", "تطبيق SkyTrack 4 الجديد متاح الآن"],
     "he": ["השקת אפליקציית SkyTrack 4", "SkyTrack 4 כבר כאן"],
     "en": ["Launching the SkyTrack 4 app", "SkyTrack 4 is here: our new tracking app"]},
    {"pl": ["Raport zrównoważonego rozwoju 2026", "Nasz raport ESG 2026 już opublikowany"],
     "cs": ["Zpráva o udržitelnosti 2026", "Vydali jsme zprávu o udržitelnosti 2026"],
     "uk": ["Звіт зі сталого розвитку 2026", "Опубліковано звіт про сталий розвиток 2026"],
     "el": ["Έκθεση βιωσιμότητας 2026", "Δημοσιεύσαμε την έκθεση βιωσιμότητας 2026"],
     "ar": ["تقرير الاستدامة 2026", "صدر تقرير الاستدامة لعام 2026"],
     "he": ["דוח הקיימות 2026", "פרסמנו את דוח הקיימות 2026"],
     "en": ["Our 2026 sustainability report", "Sustainability report 2026 is out"]},
    {"pl": ["Warsaw Cargo Summit 2026 – zapraszamy", "Spotkajmy się na Warsaw Cargo Summit 2026"],
     "cs": ["Potkejme se na Warsaw Cargo Summit 2026", "Warsaw Cargo Summit 2026: pozvánka"],
     "uk": ["Запрошуємо на Warsaw Cargo Summit 2026", "Warsaw Cargo Summit 2026: зустріньмося"],
     "el": ["Warsaw Cargo Summit 2026: σας περιμένουμε", "Συναντηθείτε μαζί μας στο Warsaw Cargo Summit 2026"],
     "ar": ["انضموا إلينا في Warsaw Cargo Summit 2026", "دعوة لحضور Warsaw Cargo Summit 2026"],
     "he": ["הצטרפו אלינו ל-Warsaw Cargo Summit 2026", "הזמנה ל-Warsaw Cargo Summit 2026"],
     "en": ["Join us at Warsaw Cargo Summit 2026", "Warsaw Cargo Summit 2026: see you there"]},
    {"pl": ["Nowe połączenie cargo Warszawa–Dubaj", "Otwieramy trasę cargo Warszawa–Dubaj"],
     "cs": ["Nová nákladní linka Varšava–Dubaj", "Otevíráme linku Varšava–Dubaj"],
     "uk": ["Новий вантажний маршрут Варшава–Дубай", "Відкриваємо маршрут Варшава–Дубай"],
     "el": ["Νέα γραμμή φορτίου Βαρσοβία–Ντουμπάι", "Ξεκινά η γραμμή Βαρσοβία–Ντουμπάι"],
     "ar": ["خط شحن جديد بين وارسو ودبي", "إطلاق خط الشحن وارسو–دبي"],
     "he": ["קו מטען חדש ורשה–דובאי", "פותחים את קו ורשה–דובאי"],
     "en": ["New cargo route: Warsaw to Dubai", "Warsaw–Dubai cargo route now open"]},
    {"pl": ["Webinar: ColdChain+ dla branży farmaceutycznej", "ColdChain+ w farmacji – webinar na żywo"],
     "cs": ["Webinář: ColdChain+ pro farmacii", "ColdChain+ ve farmacii – živý webinář"],
     "uk": ["Вебінар: ColdChain+ для фармацевтики", "ColdChain+ у фармі – вебінар наживо"],
     "el": ["Webinar: ColdChain+ για φαρμακευτικές", "ColdChain+ στη φαρμακευτική – ζωντανό webinar"],
     "ar": ["ندوة عبر الإنترنت: ColdChain+ لقطاع الأدوية", "ColdChain+ للأدوية – بث مباشر"],
     "he": ["וובינר: ColdChain+ לתעשיית התרופות", "ColdChain+ בפארמה – וובינר חי"],
     "en": ["Webinar: ColdChain+ for pharma", "ColdChain+ in pharma – live webinar"]},
    {"pl": ["Świąteczna zbiórka paczek 2026", "Ruszamy ze świąteczną zbiórką paczek"],
     "cs": ["Vánoční sbírka balíčků 2026", "Začíná vánoční sbírka balíčků"],
     "uk": ["Різдвяний збір посилок 2026", "Стартує різдвяний збір посилок"],
     "el": ["Χριστουγεννιάτικη συλλογή δεμάτων 2026", "Ξεκινά η συλλογή δεμάτων για τα Χριστούγεννα"],
     "ar": ["حملة تبرع بالطرود 2026", "انطلاق حملة الطرود الخيرية"],
     "he": ["מבצע איסוף חבילות 2026", "יוצאים למבצע איסוף חבילות"],
     "en": ["Holiday parcel drive 2026", "Our holiday parcel drive starts today"]},
]
DECOYS = [   # same words, different things
    (("pl", "SkyTrack 4: przerwa techniczna w sobotę"), ("en", "SkyTrack 4 training for warehouse staff")),
    (("en", "Warsaw Cargo Summit 2025: the recap"), ("pl", "Warsaw Cargo Summit 2026: wolontariusze poszukiwani")),
    (("cs", "Vánoční otevírací doba poboček"), ("pl", "Świąteczne godziny otwarcia infolinii")),
    (("en", "ColdChain+ price update for 2027"), ("el", "ColdChain+: ιστορία πελάτη από την Κρήτη")),
    (("uk", "Звіт про продажі за III квартал"), ("en", "Q3 sales kick-off in Mumbai")),
]


class _Title(str):
    family: str | None = None
    slots: tuple = ()


def _days(dept: str | None = None) -> list[date]:
    ok = (6, 0, 1, 2, 3) if dept in SUN_THU else (0, 1, 2, 3, 4)
    return [FIRST_DAY + timedelta(days=i) for i in range(WEEKS * 7) if (FIRST_DAY + timedelta(days=i)).weekday() in ok]


COMMON_DAYS = [d for d in _days() if d.weekday() < 4]   # Monday to Thursday: everyone works


class _Planner:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed * 70001 + 41)
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []
        self.habits: dict = {}

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, last_day=None,
            status="planned", **kw) -> Post:
        zone = ZoneInfo(ZONE[dept])
        start = end = None
        if dept in ALL_DAY_DEPTS and local is not None:
            day, local = (local.astimezone(zone) if local.tzinfo else local).date(), None
        if local is not None and minutes is None and dept in CAL_DEPTS:
            minutes = 30
        if local is not None:
            start = local.replace(tzinfo=zone) if local.tzinfo is None else local.astimezone(zone)
            if minutes:
                end = start + timedelta(minutes=minutes)
        kw.setdefault("family", getattr(title, "family", None))
        kw.setdefault("slots", getattr(title, "slots", ()))
        post = Post(len(self.posts) + 1, dept, str(title), channel, list(people), start, end, day, last_day,
                    status, optional=status == "cancelled", **kw)
        self.posts.append(post)
        return post

    def duration(self, dept) -> int | None:
        if dept in CAL_DEPTS:
            return self.rnd.choice([30, 45, 60])
        return None

    def owner(self, dept):
        team = TEAMS[dept]
        people = [self.rnd.choice(team)]
        alone = dept in ALL_DAY_DEPTS or (dept == "dubai" and self.habits["dubai"]["tool"] == "zoho")
        if not alone and self.rnd.random() < 0.25:
            other = self.rnd.choice(team)
            if other not in people:
                people.append(other)
        return people

    def filler_title(self, dept):
        lang = LANG[dept]
        template = self.rnd.choice(FILLER[dept])
        fills = {"name": self.rnd.choice(FIRST_NAMES["en" if dept == "hr" and "team" in template else lang]),
                 "city": self.rnd.choice(CITIES[lang]), "product": self.rnd.choice(PRODUCTS)}
        title = _Title(template.format(**fills))
        title.family = template
        title.slots = tuple(str(v) for k, v in fills.items() if "{" + k + "}" in template and k == "product")
        return title

    def at(self, dept, d, hm=None):
        h, m = hm or self.rnd.choice(TIMES[dept])
        return datetime(d.year, d.month, d.day, h, m)


def _script(dept: str, person: str, habits: dict) -> str:
    """The script a person's name is written in by a department's file (see files.name_in)."""
    from tests.holdout7.files import name_in
    s = name_in(dept, PERSON[person], habits.get(dept, {}))
    return "latin" if all(ord(ch) < 0x0370 for ch in s) else "other"


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    depts = list(TEAMS)
    timed = [d for d in depts if d not in ALL_DAY_DEPTS]
    habits = pl.habits = {dept: _habits(rnd, dept) for dept in depts}

    for _ in range(4):   # slot clashes: one network, one moment, 0-45 minutes apart, each in its own zone
        chan = rnd.choice(["LinkedIn", "Instagram", "Facebook", "YouTube", "X"])
        able = [d for d in timed if chan in CHANNELS[d]]
        a, b = rnd.sample(able, 2)
        t0 = pl.at(a, rnd.choice(COMMON_DAYS)).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 75-150 minutes apart
        chan = rnd.choice(["LinkedIn", "Instagram"])
        a, b = rnd.sample([d for d in timed if chan in CHANNELS[d]], 2)
        d = rnd.choice(COMMON_DAYS)
        t0 = datetime(d.year, d.month, d.day, 11, 0, tzinfo=WAW)
        t1 = t0 + timedelta(minutes=rnd.choice([75, 90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")
    n = 0
    for _ in range(60):   # double bookings: a person of A named in B's entry, written so both files can tell
        if n == 3:
            break
        a, b = rnd.sample(timed, 2)
        person = rnd.choice(TEAMS[a])
        if _script(a, person, habits) != _script(b, person, habits):
            continue
        n += 1
        t0 = pl.at(a, rnd.choice(COMMON_DAYS)).replace(tzinfo=ZoneInfo(ZONE[a]))
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        t1 = t0 + timedelta(minutes=rnd.choice([0, 10, 20]))
        pl.add(b, pl.filler_title(b), cb, [person, rnd.choice(TEAMS[b])], local=t1, minutes=pl.duration(b),
               planted="booking")
    a, b = rnd.sample(timed, 2)   # decoy: the same person three hours apart
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(COMMON_DAYS)
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0, tzinfo=WAW),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 12, 0, tzinfo=WAW),
           planted="decoy-booking")

    chan = rnd.choice(["LinkedIn", "Instagram"])   # an overloaded day (Warsaw's day): four posts 2+ hours apart
    able = [d for d in timed if chan in CHANNELS[d]]
    d = rnd.choice(COMMON_DAYS)
    for i, hm in enumerate([(7, 30), (10, 30), (13, 30), (16, 30)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=WAW), planted="overload")

    for gid, camp in enumerate(rnd.sample(CAMPAIGNS, 4), start=1):   # duplicated efforts
        ds = rnd.sample(depts, rnd.choice([2, 2, 3]))
        base = rnd.randrange(2, len(COMMON_DAYS) - 4)
        used: dict[str, int] = {}
        pids = []
        for dept in ds:
            variants = camp[LANG[dept]]
            title = variants[used.get(LANG[dept], rnd.randrange(2)) % 2]
            used[LANG[dept]] = variants.index(title) + 1
            day = COMMON_DAYS[min(len(COMMON_DAYS) - 1, base + rnd.randint(0, 2))]
            p = pl.add(dept, title, rnd.choice(CHANNELS[dept]), pl.owner(dept), local=pl.at(dept, day),
                       minutes=pl.duration(dept), dup=gid, slots=tuple(x for x in PRODUCTS if x in title))
            pids.append(p.pid)
        pl.dups[gid] = pids
    for did, ((la, ta), (lb, tb)) in enumerate(rnd.sample(DECOYS, 3), start=1):
        da = rnd.choice([d for d in depts if LANG[d] == la])
        db = rnd.choice([d for d in depts if LANG[d] == lb and d != da])
        i = rnd.randrange(0, len(COMMON_DAYS) - 2)
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, COMMON_DAYS[i]), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db),
                    local=pl.at(db, COMMON_DAYS[i + rnd.randint(0, 2)]), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # series: the events team's weekly LinkedIn Live in Google Calendar (Warsaw wall clock across the change
    # of time; RRULE, EXDATE, a moved occurrence); Tel Aviv's weekly Sunday tip in Outlook (Israel Standard Time)
    _series(pl, "events", "Sokół Weekly Live", "LinkedIn", ["Daniel Brooks"], weekday=2, hm=(12, 0))
    _series(pl, "telaviv", "טיפ לוגיסטי שבועי", "Facebook", ["יוסי לוי"], weekday=6, hm=(9, 0))

    d = rnd.choice(COMMON_DAYS[4:-5])   # all-day entries: a three-day fair, an embargo day
    pl.add("events", "Warsaw Cargo Summit 2026 (stand B12, 3 days)", None, ["Daniel Brooks"], day=d,
           last_day=d + timedelta(days=2))
    d = rnd.choice(_days("hr"))
    pl.add("hr", "Embargo: wyniki za III kwartał", None, ["Magdalena Lewandowska"], day=d)

    for dept in depts:   # filler
        days = _days(dept)
        for _ in range(rnd.randint(10, 16) if dept != "events" else rnd.randint(6, 9)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.78, 0.14, 0.08])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(days)), minutes=pl.duration(dept), status=status)
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _series(pl: _Planner, dept, title, channel, people, *, weekday, hm):
    rnd = pl.rnd
    zone = ZoneInfo(ZONE[dept])
    first_day = FIRST_DAY + timedelta(days=(weekday - FIRST_DAY.weekday()) % 7)
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
    """The writer's choices for this seed (read by files.py). `zone`: whether the file says its zone
    itself ("hint": a header names it) or the coordinator tells the reader (`--tz`)."""
    return {
        "warszawa": lambda: {"tool": rnd.choice(["html-xls", "csv"]), "channel_in": rnd.choice(["tags", "column"])},
        "hr": lambda: {"section": rnd.choice(["pl", "en"])},
        "praha": lambda: {"tool": rnd.choice(["cp1250", "sheets"]),
                          "date": rnd.choice(["dot", "spaced", "genitive", "weekday"]),
                          "names": rnd.choice(["a", "comma"])},
        "kyiv": lambda: {"tool": rnd.choice(["trello", "cp1251"]), "date": rnd.choice(["dot", "genitive", "short"])},
        "athens": lambda: {"tool": rnd.choice(["xlsx", "cp1253"]), "date": rnd.choice(["long", "slash", "cell"]),
                           "time": rnd.choice(["24h", "mm", "cell"]), "names": rnd.choice(["greek", "latin"])},
        "dubai": lambda: {"tool": rnd.choice(["xlsx", "cp1256", "zoho"]),
                          "digits": rnd.choice(["arabic-indic", "western", "mixed"]),
                          "zone": rnd.choice(["hint", "told"])},
        "telaviv": lambda: {"tool": rnd.choice(["outlook", "outlook", "cp1255"]), "zone": rnd.choice(["hint", "told"])},
        "mumbai": lambda: {"tool": rnd.choice(["notion", "sheets"]), "zone": rnd.choice(["hint", "told"])},
        "group": lambda: {"date": rnd.choice(["us", "iso", "eu"])},
        "events": lambda: {"channel_in": rnd.choice(["location", "description"])},
    }[dept]()
