"""Kranich Werke AG (Stuttgart; an industrial group with offices in Vienna, Zurich, Tokyo, Shanghai,
Seoul and Istanbul): the sixth held-out company, written without reading the product. Nine
departments, each with its own people, channels, language (de / ja / zh / ko / tr / en), zone and
export habits; this module plans the posts (the truth), files.py writes them the way each
department does.

A post's truth is what a person reading the department's file expects: the instant to the minute
(the day of an all-day entry), the channel as the network it is, the people (each by a person id:
the name as its owner writes it in their own script), the title as the department wrote it.
The records reuse holdout3's Post / Series / Company shapes."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Company, Post, Series

COORDINATOR_ZONE = "Europe/Berlin"
BER = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday; summer time ends in Europe on Sunday 25 October (not in Asia)
WEEKS = 6


@dataclass(frozen=True)
class Person:
    native: str        # as the person writes it: "山田 太郎", "张伟", "김민준", "Hans Müller"
    given: str         # in Latin letters
    family: str
    kind: str          # de / ja / zh / ko / tr

    @property
    def western(self) -> str:
        return f"{self.given} {self.family}"


PEOPLE = [
    Person("Hans Müller", "Hans", "Müller", "de"), Person("Anna Schmidt", "Anna", "Schmidt", "de"),
    Person("Julia Weber", "Julia", "Weber", "de"), Person("Markus Fischer", "Markus", "Fischer", "de"),
    Person("Stefan Wagner", "Stefan", "Wagner", "de"), Person("Claudia Becker", "Claudia", "Becker", "de"),
    Person("Thomas Hoffmann", "Thomas", "Hoffmann", "de"),
    Person("Anna Huber", "Anna", "Huber", "de"), Person("Thomas Gruber", "Thomas", "Gruber", "de"),
    Person("Lena Steiner", "Lena", "Steiner", "de"),
    Person("Lukas Meier", "Lukas", "Meier", "de"), Person("Sarah Keller", "Sarah", "Keller", "de"),
    Person("Reto Brunner", "Reto", "Brunner", "de"),
    Person("山田 太郎", "Taro", "Yamada", "ja"), Person("佐藤 花子", "Hanako", "Sato", "ja"),
    Person("鈴木 一郎", "Ichiro", "Suzuki", "ja"),
    Person("张伟", "Wei", "Zhang", "zh"), Person("李娜", "Na", "Li", "zh"), Person("王芳", "Fang", "Wang", "zh"),
    Person("陈静", "Jing", "Chen", "zh"), Person("刘洋", "Yang", "Liu", "zh"),
    Person("김민준", "Minjun", "Kim", "ko"), Person("이서연", "Seoyeon", "Lee", "ko"), Person("박지훈", "Jihoon", "Park", "ko"),
    Person("Ayşe Yılmaz", "Ayşe", "Yılmaz", "tr"), Person("Mehmet Demir", "Mehmet", "Demir", "tr"),
    Person("Elif Kaya", "Elif", "Kaya", "tr"),
]
PERSON = {p.native: p for p in PEOPLE}

TEAMS = {
    "konzern": ["Hans Müller", "Anna Schmidt", "Julia Weber", "Markus Fischer"],
    "vertrieb": ["Stefan Wagner", "Claudia Becker", "Thomas Hoffmann"],
    "wien": ["Anna Huber", "Thomas Gruber", "Lena Steiner"],
    "zurich": ["Lukas Meier", "Sarah Keller", "Reto Brunner"],
    "tokyo": ["山田 太郎", "佐藤 花子", "鈴木 一郎"],
    "shanghai": ["张伟", "李娜", "王芳"],
    "shanghai_hr": ["陈静", "刘洋"],
    "seoul": ["김민준", "이서연", "박지훈"],
    "istanbul": ["Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya"],
}
DEPT_NAMES = {"konzern": "Konzernkommunikation", "vertrieb": "Vertrieb Deutschland", "wien": "Kranich Austria",
              "zurich": "Kranich Schweiz", "tokyo": "Kranich Japan", "shanghai": "Kranich China Marketing",
              "shanghai_hr": "Kranich China HR", "seoul": "Kranich Korea", "istanbul": "Kranich Türkiye"}
LANG = {"konzern": "de", "vertrieb": "de", "wien": "de", "zurich": "en", "tokyo": "ja", "shanghai": "zh",
        "shanghai_hr": "zh", "seoul": "ko", "istanbul": "tr"}
ZONE = {"konzern": "Europe/Berlin", "vertrieb": "Europe/Berlin", "wien": "Europe/Vienna", "zurich": "Europe/Zurich",
        "tokyo": "Asia/Tokyo", "shanghai": "Asia/Shanghai", "shanghai_hr": "Asia/Shanghai", "seoul": "Asia/Seoul",
        "istanbul": "Europe/Istanbul"}
CAL_DEPTS = ("wien",)   # a calendar: every event has an end

CHANNELS = {
    "konzern": ["LinkedIn", "X", "Instagram", "YouTube", "Newsletter"],
    "vertrieb": ["LinkedIn", "Newsletter", "Blog"],
    "wien": ["LinkedIn", "Facebook", "Instagram"],
    "zurich": ["LinkedIn", "Instagram", "YouTube", "Blog"],
    "tokyo": ["X", "Instagram", "YouTube", "LINE", "LinkedIn"],
    "shanghai": ["WeChat", "Weibo", "LinkedIn", "Douyin"],
    "shanghai_hr": ["WeChat", "LinkedIn", "Weibo"],
    "seoul": ["Instagram", "YouTube", "KakaoTalk", "Blog", "LinkedIn"],
    "istanbul": ["Instagram", "LinkedIn", "X", "YouTube", "Facebook"],
}
TIMES = {   # each in its own wall clock
    "konzern": [(8, 0), (9, 30), (10, 0), (12, 0), (14, 30), (16, 0)],
    "vertrieb": [(8, 30), (10, 0), (11, 15), (15, 0)],
    "wien": [(9, 0), (10, 30), (13, 0), (15, 30)],
    "zurich": [(8, 15), (11, 0), (14, 0), (17, 0)],
    "tokyo": [(9, 0), (12, 0), (15, 30), (17, 0), (19, 0), (21, 0)],
    "shanghai": [(8, 0), (10, 0), (12, 30), (14, 30), (18, 0), (20, 0)],
    "shanghai_hr": [(9, 30), (11, 0), (16, 0)],
    "seoul": [(8, 30), (11, 30), (14, 0), (18, 30), (20, 0)],
    "istanbul": [(9, 0), (11, 0), (13, 30), (16, 0), (19, 0)],
}

CITIES = {"de": ["Stuttgart", "Ulm", "Heilbronn", "Karlsruhe"], "ja": ["東京", "大阪", "名古屋"],
          "zh": ["上海", "苏州", "深圳"], "ko": ["서울", "부산", "인천"], "tr": ["İstanbul", "Bursa", "İzmir"],
          "en": ["Zurich", "Basel", "Winterthur"]}
PRODUCTS = ["KR-7", "KR-12", "Falke 300", "Taktmaster X2"]
FILLER = {
    "konzern": ["Werkstour: so entsteht der {product}", "Interview mit dem Vorstand zur Q3-Bilanz",
                "Azubi-Tag im Werk {city}", "Nachhaltigkeit: Solardach in {city} in Betrieb",
                "Mitarbeiterporträt: {name} aus der Montage", "Pressemitteilung: neuer Standort in {city}",
                "Rückblick: Betriebsfest 2026", "Innovation: der {product} im Einsatz"],
    "vertrieb": ["Kundenreferenz: {product} bei einem Zulieferer in {city}", "Webinar-Einladung: Wartung des {product}",
                 "Neue Preisliste Q4", "Fachartikel: Automatisierung im Mittelstand",
                 "Messenachbericht: Kundentag in {city}", "Angebot des Monats: Ersatzteile {product}"],
    "wien": ["Kundentag in Wien: Anmeldung offen", "Neuer Servicepartner in Graz", "Lehrlinge gesucht: Mechatronik",
             "Einblick: unser Schulungszentrum in Linz", "Praxisbericht: {product} in der Lebensmittelindustrie",
             "Team Austria stellt sich vor: {name}"],
    "zurich": ["Case study: {product} at a Swiss watchmaker", "Meet our engineers in {city}",
               "ETH collaboration: robotics lab visit", "Job opening: service engineer ({city})",
               "How the {product} saves energy", "Behind the scenes: assembly in {city}"],
    "tokyo": ["{product}導入事例：{city}の工場", "展示会レポート：{city}", "新入社員紹介：{name}さん",
              "{product}のメンテナンスのポイント", "採用情報：フィールドエンジニア募集", "工場見学会のお知らせ（{city}）",
              "今週の技術コラム", "お客様の声：{product}"],
    "shanghai": ["{product}客户案例：{city}汽车零部件厂", "技术直播：{product}操作演示", "展会回顾：{city}工博会",
                 "新品预告：{product}", "工程师说：{name}的一天", "{city}服务中心正式启用"],
    "shanghai_hr": ["校园招聘：{city}站宣讲会", "员工故事：{name}", "2027届管培生项目启动", "工厂开放日：{city}",
                    "招聘：电气工程师（{city}）"],
    "seoul": ["{product} 도입 사례: {city} 공장", "{city} 전시회 현장 스케치", "신입사원 인터뷰: {name}",
              "{product} 유지보수 팁", "채용 공고: 서비스 엔지니어", "이번 주 기술 칼럼"],
    "istanbul": ["{product} müşteri hikayesi: {city} fabrikası", "{city} fuarından kareler", "Ekibimizle tanışın: {name}",
                 "{product} bakım ipuçları", "İş ilanı: saha mühendisi ({city})", "Haftanın teknik yazısı"],
}
FIRST_NAMES = {"de": ["Jonas", "Mia", "Leon"], "ja": ["健太", "美咲", "翔"], "zh": ["小明", "晓红", "志强"],
               "ko": ["지우", "서준", "하은"], "tr": ["Emre", "Zeynep", "Can"], "en": ["Noah", "Lea", "Luca"]}

CAMPAIGNS = [   # the same effort in each language, two ways of saying it
    {"de": ["Marktstart KR-7: der neue Roboterarm", "Jetzt verfügbar: Roboterarm KR-7"],
     "en": ["KR-7 robot arm launch", "Introducing the KR-7 robot arm"],
     "ja": ["新型ロボットアームKR-7発売", "KR-7ロボットアーム新発売のお知らせ"],
     "zh": ["KR-7机械臂正式发布", "全新KR-7机械臂上市"],
     "ko": ["KR-7 로봇암 출시", "신제품 KR-7 로봇암 공개"],
     "tr": ["KR-7 robot kolu lansmanı", "Yeni KR-7 robot kolu satışta"]},
    {"de": ["Besuchen Sie uns auf der SPS 2026 in Nürnberg", "SPS 2026: Kranich in Halle 7"],
     "en": ["Meet Kranich at SPS 2026 in Nuremberg", "SPS 2026: visit us in hall 7"],
     "ja": ["SPS 2026（ニュルンベルク）に出展します", "SPS 2026出展のご案内：ホール7"],
     "zh": ["Kranich亮相SPS 2026纽伦堡展", "SPS 2026：欢迎莅临7号馆"],
     "ko": ["SPS 2026 뉘른베르크 전시회 참가", "SPS 2026 7홀에서 만나요"],
     "tr": ["SPS 2026 Nürnberg fuarındayız", "SPS 2026: 7. salonda bizi ziyaret edin"]},
    {"de": ["125 Jahre Kranich: der Jubiläumsfilm", "Jubiläumsfilm 125 Jahre Kranich Werke"],
     "en": ["125 years of Kranich: the anniversary film", "Kranich at 125: watch the film"],
     "ja": ["Kranich創業125周年記念動画", "創業125周年：Kranichの記念ムービー"],
     "zh": ["Kranich 125周年纪念影片", "庆祝Kranich成立125周年"],
     "ko": ["Kranich 창립 125주년 기념 영상", "창립 125주년: Kranich 기념 영상"],
     "tr": ["Kranich 125 yaşında: yıl dönümü filmi", "125. yıl belgeseli: Kranich"]},
    {"de": ["Nachhaltigkeitsbericht 2026 veröffentlicht", "Unser Nachhaltigkeitsbericht 2026 ist da"],
     "en": ["Our 2026 sustainability report is out", "Sustainability report 2026 published"],
     "ja": ["サステナビリティレポート2026を公開", "2026年版サステナビリティレポート発行"],
     "zh": ["2026可持续发展报告发布", "Kranich发布2026年可持续发展报告"],
     "ko": ["2026 지속가능경영보고서 발간", "Kranich 2026 지속가능성 보고서 공개"],
     "tr": ["2026 Sürdürülebilirlik Raporu yayında", "Sürdürülebilirlik Raporumuz 2026 yayımlandı"]},
    {"de": ["Live-Webinar: Predictive Maintenance mit Falke 300", "Webinar Falke 300: vorausschauende Wartung"],
     "en": ["Live webinar: predictive maintenance with Falke 300", "Falke 300 webinar on predictive maintenance"],
     "ja": ["ウェビナー：Falke 300で予知保全", "Falke 300予知保全ウェビナー開催"],
     "zh": ["直播：Falke 300预测性维护", "Falke 300预测性维护线上研讨会"],
     "ko": ["웨비나: Falke 300 예지 정비", "Falke 300 예지보전 웨비나 안내"],
     "tr": ["Canlı webinar: Falke 300 ile kestirimci bakım", "Falke 300 kestirimci bakım semineri"]},
    {"de": ["Innovation Day 2026 im Stammwerk Stuttgart", "Kranich Innovation Day 2026: Anmeldung offen"],
     "en": ["Kranich Innovation Day 2026 in Stuttgart", "Register now: Innovation Day 2026"],
     "ja": ["Kranich Innovation Day 2026（シュトゥットガルト）", "Innovation Day 2026参加受付開始"],
     "zh": ["Kranich创新日2026（斯图加特）", "Innovation Day 2026报名开启"],
     "ko": ["Kranich 이노베이션 데이 2026 (슈투트가르트)", "Innovation Day 2026 참가 신청"],
     "tr": ["Kranich Innovation Day 2026 Stuttgart'ta", "Innovation Day 2026 kayıtları açıldı"]},
]
DECOYS = [   # same words, different things
    (("de", "KR-7: Software-Update 3.2 für Bestandskunden"), ("en", "KR-7 operator training course in Zurich")),
    (("ja", "SPS 2026 出展ブース設営スタッフ募集"), ("de", "SPS 2026: Rückblick auf die Messe 2024")),
    (("tr", "İstanbul ofisi açık kapı günü"), ("de", "Tag der offenen Tür im Werk Ulm")),
    (("zh", "Falke 300 售后服务热线调整"), ("en", "Falke 300 case study: Basel bakery")),
    (("ko", "2026 신입사원 채용 설명회"), ("de", "Q3 2026 Quartalszahlen")),
]


class _Title(str):
    family: str | None = None
    slots: tuple = ()


def _days() -> list[date]:
    return [FIRST_DAY + timedelta(days=i) for i in range(WEEKS * 7) if (FIRST_DAY + timedelta(days=i)).weekday() < 5]


class _Planner:
    def __init__(self, seed: int):
        self.rnd = random.Random(seed * 60013 + 29)
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, last_day=None,
            status="planned", **kw) -> Post:
        zone = ZoneInfo(ZONE[dept])
        start = end = None
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
        if dept in CAL_DEPTS or dept == "vertrieb":
            return self.rnd.choice([30, 45, 60])
        if dept in ("zurich", "seoul"):
            return self.rnd.choice([None, None, 30, 60])
        return None

    def owner(self, dept):
        team = TEAMS[dept]
        people = [self.rnd.choice(team)]
        if self.rnd.random() < 0.25:
            other = self.rnd.choice(team)
            if other not in people:
                people.append(other)
        return people

    def filler_title(self, dept):
        lang = LANG[dept]
        template = self.rnd.choice(FILLER[dept])
        fills = {"name": self.rnd.choice(FIRST_NAMES[lang]), "city": self.rnd.choice(CITIES[lang]),
                 "product": self.rnd.choice(PRODUCTS)}
        title = _Title(template.format(**fills))
        title.family = template
        title.slots = tuple(str(v) for k, v in fills.items() if "{" + k + "}" in template and k == "product")
        return title

    def at(self, dept, d, hm=None):
        h, m = hm or self.rnd.choice(TIMES[dept])
        return datetime(d.year, d.month, d.day, h, m)


def _script(dept: str, person: str, habits: dict) -> str:
    """The script a person's name is written in by a department's file (see files.name_in)."""
    from tests.holdout6.files import name_in
    s = name_in(dept, PERSON[person], habits.get(dept, {}))
    return "latin" if all(ord(ch) < 0x2E80 for ch in s) else "cjk"


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    days = _days()
    depts = list(TEAMS)
    habits = {dept: _habits(rnd, dept) for dept in depts}

    for _ in range(4):   # slot clashes: one network, one moment, 0-45 minutes apart, each in its own zone
        chan = rnd.choice(["LinkedIn", "Instagram", "X", "YouTube", "WeChat"])
        able = [d for d in depts if chan in CHANNELS[d]]
        a, b = rnd.sample(able, 2)
        t0 = pl.at(a, rnd.choice(days)).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 75-150 minutes apart
        chan = rnd.choice(["LinkedIn", "Instagram"])
        a, b = rnd.sample([d for d in depts if chan in CHANNELS[d]], 2)
        d = rnd.choice(days)
        t0 = datetime(d.year, d.month, d.day, 10, 0, tzinfo=BER)
        t1 = t0 + timedelta(minutes=rnd.choice([75, 90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")
    n = 0
    for _ in range(40):   # double bookings: a person of A named in B's entry, written so both files can tell
        if n == 3:
            break
        a, b = rnd.sample(depts, 2)
        person = rnd.choice(TEAMS[a])
        if _script(a, person, habits) != _script(b, person, habits):
            continue
        n += 1
        t0 = pl.at(a, rnd.choice(days)).replace(tzinfo=ZoneInfo(ZONE[a]))
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        t1 = t0 + timedelta(minutes=rnd.choice([0, 10, 20]))
        pl.add(b, pl.filler_title(b), cb, [person, rnd.choice(TEAMS[b])], local=t1, minutes=pl.duration(b),
               planted="booking")
    a, b = rnd.sample(depts, 2)   # decoy: the same person three hours apart
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(days)
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0, tzinfo=BER),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 12, 0, tzinfo=BER),
           planted="decoy-booking")

    chan = rnd.choice(["LinkedIn", "Instagram"])   # an overloaded day (Stuttgart's day): four posts 2+ hours apart
    able = [d for d in depts if chan in CHANNELS[d]]
    d = rnd.choice(days)
    for i, hm in enumerate([(7, 0), (10, 0), (13, 0), (16, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=BER), planted="overload")

    for gid, camp in enumerate(rnd.sample(CAMPAIGNS, 4), start=1):   # duplicated efforts
        ds = rnd.sample(depts, rnd.choice([2, 2, 3]))
        base = rnd.randrange(3, len(days) - 4)
        used: dict[str, int] = {}
        pids = []
        for dept in ds:
            variants = camp[LANG[dept]]
            title = variants[used.get(LANG[dept], rnd.randrange(2)) % 2]
            used[LANG[dept]] = variants.index(title) + 1
            day = days[min(len(days) - 1, base + rnd.randint(0, 3))]
            p = pl.add(dept, title, rnd.choice(CHANNELS[dept]), pl.owner(dept), local=pl.at(dept, day),
                       minutes=pl.duration(dept), dup=gid, slots=tuple(x for x in PRODUCTS if x in title))
            pids.append(p.pid)
        pl.dups[gid] = pids
    for did, ((la, ta), (lb, tb)) in enumerate(rnd.sample(DECOYS, 3), start=1):
        da = rnd.choice([d for d in depts if LANG[d] == la])
        db = rnd.choice([d for d in depts if LANG[d] == lb and d != da])
        i = rnd.randrange(0, len(days) - 2)
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, days[i]), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db), local=pl.at(db, days[i + rnd.randint(0, 2)]),
                    decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # series: Vienna's weekly LinkedIn tip in Outlook (RRULE, EXDATE, a moved occurrence); Tokyo's weekly
    # column written out as one row per week
    _series(pl, "wien", "Technik-Tipp der Woche", "LinkedIn", ["Thomas Gruber"], weekday=2, hm=(9, 0))
    for w in range(WEEKS):
        d = FIRST_DAY + timedelta(days=7 * w + 3)
        pl.add("tokyo", "週刊Kranichニュース", "LINE", ["佐藤 花子"], local=datetime(d.year, d.month, d.day, 12, 0),
               series="tokyo-weekly")

    d = rnd.choice(days[5:-5])   # all-day entries
    pl.add("zurich", "Swiss Robotics Forum (stand, 3 days)", None, ["Reto Brunner"], day=d, last_day=d + timedelta(days=2))
    d = rnd.choice(days)
    pl.add("konzern", "Sperrfrist: Q3-Zahlen", None, ["Anna Schmidt"], day=d)

    for dept in depts:   # filler
        for _ in range(rnd.randint(12, 20)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.78, 0.14, 0.08])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(days)), minutes=pl.duration(dept), status=status)
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
    """The writer's choices for this seed (read by files.py). `zone`: whether the file says its zone
    itself ("hint": a header or title names it) or the coordinator tells the reader (`--tz`)."""
    return {
        "konzern": lambda: {"layout": rnd.choice(["list", "list", "grid"]), "time": rnd.choice(["uhr", "dot", "cell"]),
                            "names": rnd.choice(["full", "initial"])},
        "vertrieb": lambda: {"ext": rnd.choice([".xls", ".txt"])},
        "wien": lambda: {"channel_in": rnd.choice(["categories", "summary"])},
        "zurich": lambda: {"date": rnd.choice(["iso", "dmy"])},
        "tokyo": lambda: {"tool": rnd.choice(["xlsx", "sjis-csv"]),
                          "date": rnd.choice(["nengappi", "md-yearless", "reiwa", "cell"]),
                          "time": rnd.choice(["jikan", "gogo", "fullwidth", "colon"]),
                          "names": rnd.choice(["kanji", "romaji"]), "channel_in": rnd.choice(["column", "bracket"]),
                          "zone": rnd.choice(["hint", "told"])},
        "shanghai": lambda: {"date": rnd.choice(["md-xingqi", "ymd-zhou", "nianyueri"]),
                             "time": rnd.choice(["dianban", "xiawu-colon", "colon"]), "zone": rnd.choice(["hint", "told"])},
        "shanghai_hr": lambda: {"zone": rnd.choice(["hint", "told"])},
        "seoul": lambda: {"when": rnd.choice(["sheets-datetime", "md-weekday"]), "zone": rnd.choice(["hint", "told"])},
        "istanbul": lambda: {"date": rnd.choice(["long", "dot"]), "time": rnd.choice(["dot", "colon"]),
                             "zone": rnd.choice(["hint", "told"])},
    }[dept]()
