"""Grupo Aurora Pacífico (coffee, cacao and snacks; head office in Mexico City, with offices in Tokyo, Seoul,
Shanghai, Taipei, São Paulo, Buenos Aires, Bogotá, Lima and Santiago): the ninth held-out company, written
without reading the product. Ten departments, each with its own people, channels, language
(es / pt / ja / ko / zh / zh-TW), zone and export habits; this module plans the posts (the truth), files.py
writes them the way each department does.

The zones are the point as much as the scripts: Mexico City has kept UTC-6 all year since 2022 and Brazil
UTC-3 since 2019; Santiago's summer time began on 6 September (UTC-3 until April); Asia keeps one offset;
none of them moves in the quarter. A reader that still believes in Mexican or Brazilian summer time is an
hour off from the first Sunday of November (or of October) on.

A post's truth is what a person reading the department's file expects: the instant to the minute (the day
of an all-day entry), the channel as the network it is, the people (by a person id: the name as its owner
writes it), the title as the department wrote it. The records reuse holdout3's Post / Series / Company."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.heldout_kit.plan import Planner, weekdays, weekly_series
from tests.holdout3.company import Company

COORDINATOR_ZONE = "America/Mexico_City"
MEX = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # Monday
WEEKS = 6


@dataclass(frozen=True)
class Person:
    native: str        # as the person writes it: "佐藤 花子", "김민지", "María Fernanda López García"
    given: str         # in Latin letters ("María Fernanda")
    family: str        # "López García" (both surnames), "Sato"
    kind: str          # es / pt / ja / ko / zh / tw
    short: str = ""    # what colleagues write: "Mafe López", "João Silva"; "" when nothing shorter

    @property
    def western(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def common(self) -> str:
        """First given name and first surname ("María López"): how another office writes a Latin name."""
        return f"{self.given.split()[0]} {self.family.split()[0]}"


PEOPLE = [
    # Mexico City
    Person("María Fernanda López García", "María Fernanda", "López García", "es", "Mafer López"),
    Person("José Luis Hernández Ruiz", "José Luis", "Hernández Ruiz", "es", "Pepe Hernández"),
    Person("Ana Sofía Martínez Torres", "Ana Sofía", "Martínez Torres", "es", "Ana Martínez"),
    # Tokyo
    Person("佐藤 花子", "Hanako", "Sato", "ja"), Person("高橋 健太", "Kenta", "Takahashi", "ja"),
    Person("中村 美咲", "Misaki", "Nakamura", "ja"),
    # Seoul
    Person("김민지", "Minji", "Kim", "ko"), Person("정우성", "Woosung", "Jung", "ko"), Person("최유나", "Yuna", "Choi", "ko"),
    # Shanghai
    Person("王磊", "Lei", "Wang", "zh"), Person("赵敏", "Min", "Zhao", "zh"), Person("孙浩", "Hao", "Sun", "zh"),
    # Taipei
    Person("林怡君", "Yi-chun", "Lin", "tw"), Person("陳冠宇", "Kuan-yu", "Chen", "tw"), Person("黃雅婷", "Ya-ting", "Huang", "tw"),
    # São Paulo
    Person("João Pedro Silva Santos", "João Pedro", "Silva Santos", "pt", "João Silva"),
    Person("Ana Carolina Souza", "Ana Carolina", "Souza", "pt", "Carol Souza"),
    Person("Lucas Oliveira", "Lucas", "Oliveira", "pt", ""),
    # Buenos Aires
    Person("Martín Gómez", "Martín", "Gómez", "es", "Tincho Gómez"), Person("Sofía Fernández", "Sofía", "Fernández", "es", ""),
    Person("Juan Ignacio Pérez", "Juan Ignacio", "Pérez", "es", "Juani Pérez"),
    # Bogotá
    Person("Valentina Rodríguez Castro", "Valentina", "Rodríguez Castro", "es", "Vale Rodríguez"),
    Person("Andrés Felipe Ramírez", "Andrés Felipe", "Ramírez", "es", "Pipe Ramírez"),
    Person("Camila Moreno", "Camila", "Moreno", "es", ""),
    # Lima
    Person("Lucía Quispe Mamani", "Lucía", "Quispe Mamani", "es", "Lucía Quispe"),
    Person("Diego Vargas Llosa", "Diego", "Vargas Llosa", "es", "Diego Vargas"),
    Person("Rosa Huamán", "Rosa", "Huamán", "es", ""),
    # Santiago
    Person("Francisca Soto Muñoz", "Francisca", "Soto Muñoz", "es", "Fran Soto"),
    Person("Matías Contreras", "Matías", "Contreras", "es", ""),
    Person("Ignacia Rojas", "Ignacia", "Rojas", "es", "Naty Rojas"),
]
PERSON = {p.native: p for p in PEOPLE}

TEAMS = {
    "cdmx": ["María Fernanda López García", "José Luis Hernández Ruiz", "Ana Sofía Martínez Torres"],
    "tokyo": ["佐藤 花子", "高橋 健太", "中村 美咲"],
    "seoul": ["김민지", "정우성", "최유나"],
    "shanghai": ["王磊", "赵敏", "孙浩"],
    "taipei": ["林怡君", "陳冠宇", "黃雅婷"],
    "saopaulo": ["João Pedro Silva Santos", "Ana Carolina Souza", "Lucas Oliveira"],
    "buenosaires": ["Martín Gómez", "Sofía Fernández", "Juan Ignacio Pérez"],
    "bogota": ["Valentina Rodríguez Castro", "Andrés Felipe Ramírez", "Camila Moreno"],
    "lima": ["Lucía Quispe Mamani", "Diego Vargas Llosa", "Rosa Huamán"],
    "santiago": ["Francisca Soto Muñoz", "Matías Contreras", "Ignacia Rojas"],
}
DEPT_NAMES = {"cdmx": "Comunicación Corporativa", "tokyo": "オーロラ・ジャパン", "seoul": "오로라 코리아",
              "shanghai": "奥罗拉中国", "taipei": "奧羅拉台灣", "saopaulo": "Aurora Brasil",
              "buenosaires": "Aurora Argentina", "bogota": "Aurora Colombia", "lima": "Aurora Perú",
              "santiago": "Aurora Chile"}
LANG = {"cdmx": "es", "tokyo": "ja", "seoul": "ko", "shanghai": "zh", "taipei": "tw", "saopaulo": "pt",
        "buenosaires": "es", "bogota": "es", "lima": "es", "santiago": "es"}
ZONE = {"cdmx": "America/Mexico_City", "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul", "shanghai": "Asia/Shanghai",
        "taipei": "Asia/Taipei", "saopaulo": "America/Sao_Paulo", "buenosaires": "America/Argentina/Buenos_Aires",
        "bogota": "America/Bogota", "lima": "America/Lima", "santiago": "America/Santiago"}
CAL_DEPTS = ("cdmx", "santiago")   # calendars: every event has an end
LATAM = ("cdmx", "saopaulo", "buenosaires", "bogota", "lima", "santiago")

CHANNELS = {
    "cdmx": ["LinkedIn", "X", "Facebook", "Newsletter"],
    "tokyo": ["X", "Instagram", "LINE", "YouTube"],
    "seoul": ["Instagram", "KakaoTalk", "Blog", "YouTube"],
    "shanghai": ["WeChat", "Weibo", "Xiaohongshu", "Douyin"],
    "taipei": ["Facebook", "Instagram", "LINE", "YouTube"],
    "saopaulo": ["Instagram", "Facebook", "LinkedIn", "TikTok", "WhatsApp"],
    "buenosaires": ["Instagram", "Facebook", "X", "LinkedIn"],
    "bogota": ["Instagram", "Facebook", "TikTok", "LinkedIn"],
    "lima": ["Facebook", "Instagram", "TikTok", "LinkedIn"],
    "santiago": ["LinkedIn", "Instagram", "X", "Facebook"],
}
TIMES = {   # each in its own wall clock
    "cdmx": [(8, 0), (9, 30), (11, 0), (13, 0), (16, 30), (18, 0)],
    "tokyo": [(8, 0), (10, 0), (12, 0), (12, 30), (19, 0), (21, 0)],
    "seoul": [(9, 0), (11, 30), (14, 0), (18, 0), (20, 30)],
    "shanghai": [(8, 30), (10, 0), (12, 0), (17, 30), (20, 0)],
    "taipei": [(9, 0), (11, 0), (12, 0), (15, 30), (20, 0)],
    "saopaulo": [(8, 0), (10, 30), (12, 0), (14, 0), (18, 30), (20, 0)],
    "buenosaires": [(9, 0), (11, 0), (13, 30), (17, 0), (19, 0)],
    "bogota": [(7, 30), (10, 0), (12, 0), (15, 0), (18, 0)],
    "lima": [(8, 0), (9, 30), (12, 30), (16, 0), (19, 30)],
    "santiago": [(9, 0), (10, 30), (13, 0), (16, 0), (18, 30)],
}

PRODUCTS = ["Café Altura", "Cacao 70", "Mazorca Snacks"]   # the brands, written alike in every script
FILLER = {
    "cdmx": ["Comunicado: nueva planta en {city}", "Entrevista al director general", "Informe trimestral Q3",
             "Aurora, gran lugar para trabajar", "Boletín interno de octubre", "Alianza con productores de {city}"],
    "tokyo": ["{product}の新しい楽しみ方", "{city}のカフェ巡り", "社員おすすめのコーヒー", "秋の新商品のお知らせ",
              "プレゼントキャンペーン実施中", "バリスタに聞くドリップのコツ"],
    "seoul": ["{product} 신제품 소개", "{city} 팝업스토어 오픈", "바리스타 인터뷰", "가을 이벤트 안내",
              "카카오톡 친구 추가 이벤트", "홈카페 레시피"],
    "shanghai": ["{product}新品上市", "{city}门店开业", "咖啡师的一天", "秋季限定饮品", "粉丝福利抽奖", "产地故事：{city}"],
    "taipei": ["{product}新口味登場", "{city}快閃店開幕", "咖啡職人專訪", "中秋禮盒預購", "粉絲抽獎活動", "手沖咖啡小教室"],
    "saopaulo": ["Receita da semana com {product}", "Bastidores da fábrica em {city}", "Conheça nossos produtores",
                 "Promoção relâmpago: {product}", "Dica de barista", "Depoimento de cliente em {city}"],
    "buenosaires": ["Receta del finde con {product}", "Nuevo local en {city}", "Conocé a nuestro equipo",
                    "Sorteo de la semana", "Maridaje: {product} y medialunas", "Tips de barista"],
    "bogota": ["Del cafetal a tu taza: {city}", "Receta con {product}", "Conoce a los caficultores de {city}",
               "Concurso de arte latte", "Tips para preparar café en casa", "Detrás de cámaras en la tostadora"],
    "lima": ["Cacao peruano: historia de {city}", "Receta con {product}", "Feria gastronómica en {city}",
             "Conoce a nuestras productoras", "Sorteo de aniversario", "Cata de cacao con nuestras baristas"],
    "santiago": ["Resultados de sostenibilidad", "Nueva bodega en {city}", "Entrevista con nuestra gerenta",
                 "Receta con {product}", "Pymes aliadas de {city}", "Webinar para distribuidores"],
}
CITIES = {"cdmx": ["Puebla", "Monterrey", "Guadalajara"], "tokyo": ["渋谷", "大阪", "京都"], "seoul": ["강남", "부산", "성수"],
          "shanghai": ["上海", "杭州", "云南"], "taipei": ["信義", "台中", "高雄"], "saopaulo": ["Campinas", "Santos", "Minas"],
          "buenosaires": ["Palermo", "Rosario", "Córdoba"], "bogota": ["Medellín", "Huila", "Cali"],
          "lima": ["Cusco", "Piura", "Arequipa"], "santiago": ["Valparaíso", "Concepción", "Temuco"]}

# the same effort, each team in its own language (a shared brand, event or link lets a reader see it)
CAMPAIGNS = [
    {"es": "Lanzamiento Café Altura Edición Especial", "pt": "Lançamento Café Altura Edição Especial",
     "ja": "Café Altura 限定エディション発売", "ko": "Café Altura 스페셜 에디션 출시", "zh": "Café Altura 特别版上市",
     "tw": "Café Altura 特別版上市"},
    {"es": "Black Friday: 30% en Cacao 70", "pt": "Black Friday: 30% off no Cacao 70", "ja": "Black Friday Cacao 70が30%オフ",
     "ko": "Black Friday Cacao 70 30% 할인", "zh": "Black Friday Cacao 70 七折", "tw": "Black Friday Cacao 70 七折優惠"},
    {"es": "Aurora Fest 2026: compra tus entradas", "pt": "Aurora Fest 2026: garanta seu ingresso",
     "ja": "Aurora Fest 2026 チケット発売", "ko": "Aurora Fest 2026 티켓 오픈", "zh": "Aurora Fest 2026 门票开售",
     "tw": "Aurora Fest 2026 門票開賣"},
    {"es": "Informe de Sostenibilidad Aurora 2026", "pt": "Relatório de Sustentabilidade Aurora 2026",
     "ja": "Aurora サステナビリティレポート2026", "ko": "Aurora 지속가능경영 보고서 2026", "zh": "Aurora 2026 可持续发展报告",
     "tw": "Aurora 2026 永續報告書"},
    {"es": "Webinar Mazorca Snacks para distribuidores", "pt": "Webinar Mazorca Snacks para distribuidores",
     "ja": "Mazorca Snacks 販売店向けウェビナー", "ko": "Mazorca Snacks 유통사 웨비나", "zh": "Mazorca Snacks 经销商网络研讨会",
     "tw": "Mazorca Snacks 經銷商線上研討會"},
]
CAMPAIGN_LINKS = ["https://aurora.example/altura-especial", "https://aurora.example/black-friday",
                  "https://aurora.example/fest-2026", "https://aurora.example/sostenibilidad-2026",
                  "https://aurora.example/webinar-mazorca"]
SPANISH_ALT = [   # a second Spanish department writes the campaign in its own words
    "Llega Café Altura Edición Especial", "Cacao 70 con 30% de descuento este Black Friday",
    "Ya están a la venta las entradas de Aurora Fest 2026", "Presentamos el Informe de Sostenibilidad 2026",
    "Inscríbete al webinar de Mazorca Snacks",
]
DECOYS = [   # alike in words, different efforts (and the campaign each resembles: not drawn beside it)
    ("Aurora Fest 2025: revive los mejores momentos", "Aurora Fest 2026: compra tus entradas", 2),
    ("Webinar Mazorca Snacks para periodistas", "Webinar Mazorca Snacks para distribuidores", 4),
    ("Informe de Sostenibilidad 2025 (archivo)", "Informe de Sostenibilidad Aurora 2026", 3),
    ("Black Friday: horario de tiendas", "Black Friday: 30% en Cacao 70", 1),
]


def _days() -> list[date]:
    return weekdays(FIRST_DAY, WEEKS)


def days_of(dept: str) -> list[date]:
    return _days()


class _Planner(Planner):
    def __init__(self, seed: int):
        super().__init__(random.Random(seed * 90001 + 17), zone=ZONE, teams=TEAMS, times=TIMES, filler=FILLER,
                         cal_depts=CAL_DEPTS, slot_keys=("product",))

    def fills(self, dept) -> dict:
        return {"city": self.rnd.choice(CITIES[dept]), "product": self.rnd.choice(PRODUCTS)}


def _local_ok(dept: str, t: datetime) -> bool:
    """A moment a department can plan: a weekday in its own wall clock, 07:00-21:59."""
    lt = t.astimezone(ZoneInfo(ZONE[dept]))
    return lt.weekday() < 5 and FIRST_DAY <= lt.date() < FIRST_DAY + timedelta(days=7 * WEEKS) and 7 <= lt.hour <= 21


def make_company(seed: int) -> Company:
    pl = _Planner(seed)
    rnd = pl.rnd
    depts = list(TEAMS)
    habits = {dept: _habits(rnd, dept) for dept in depts}

    n = 0
    for _ in range(200):   # slot clashes: one network, one moment, 0-45 minutes apart, each in its own zone
        if n == 5:
            break
        chan = rnd.choice(["Instagram", "Facebook", "LinkedIn", "LINE", "YouTube"])
        able = [d for d in depts if chan in CHANNELS[d]]
        if len(able) < 2:
            continue
        a, b = rnd.sample(able, 2)
        t0 = pl.at(a, rnd.choice(days_of(a))).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        if not _local_ok(b, t1):
            continue
        n += 1
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 75-150 minutes apart (late morning in Mexico City)
        chan = rnd.choice(["Instagram", "Facebook"])
        a, b = rnd.sample([d for d in LATAM if chan in CHANNELS[d]], 2)
        d = rnd.choice(_days())
        t0 = datetime(d.year, d.month, d.day, 9, 0, tzinfo=MEX)
        t1 = t0 + timedelta(minutes=rnd.choice([75, 90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b), local=t1, planted="decoy-slot")
    n = 0
    for _ in range(300):   # double bookings: a person of A named in B's entry, in B's own spelling
        if n == 4:
            break
        a, b = rnd.sample(list(LATAM) + ["tokyo", "seoul"], 2)
        person = rnd.choice(TEAMS[a])
        t0 = pl.at(a, rnd.choice(days_of(a))).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 10, 20]))
        if not _local_ok(b, t1):
            continue
        n += 1
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        pl.add(b, pl.filler_title(b), cb, [person, rnd.choice(TEAMS[b])], local=t1, minutes=pl.duration(b),
               planted="booking")
    a, b = rnd.sample(["cdmx", "bogota", "lima"], 2)   # decoy: one person three hours apart
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(_days())
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 9, 0, tzinfo=MEX),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 12, 0, tzinfo=MEX),
           planted="decoy-booking")

    chan = rnd.choice(["Instagram", "Facebook"])   # an overloaded day (Mexico City's): four posts 2+ hours apart
    able = [d for d in LATAM if chan in CHANNELS[d]]
    d = rnd.choice(_days())
    for i, hm in enumerate([(8, 0), (10, 0), (13, 0), (17, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=MEX), planted="overload")

    active = rnd.sample(range(len(CAMPAIGNS)), 3)
    for gid, ci in enumerate(active, start=1):   # duplicated efforts: 2-3 departments within four days
        base = _days()[rnd.randrange(3, len(_days()) - 5)]
        ds = rnd.sample(depts, rnd.choice([2, 3, 3]))
        pids, spanish = [], 0
        for dept in ds:
            lang = LANG[dept]
            title = CAMPAIGNS[ci][lang]
            if lang == "es":
                title = title if spanish == 0 else SPANISH_ALT[ci]
                spanish += 1
            day = base + timedelta(days=rnd.randint(0, 3))
            day = day if day.weekday() < 5 else day + timedelta(days=7 - day.weekday())
            p = pl.add(dept, title, rnd.choice(CHANNELS[dept]), pl.owner(dept), local=pl.at(dept, day),
                       minutes=pl.duration(dept), dup=gid, slots=tuple(x for x in PRODUCTS if x in title),
                       note=CAMPAIGN_LINKS[ci])
            pids.append(p.pid)
        pl.dups[gid] = pids
    decoys = [(ta, tb) for ta, tb, like in DECOYS if like not in active]
    for did, (ta, tb) in enumerate(rnd.sample(decoys, min(2, len(decoys))), start=1):
        da, db = rnd.sample([d for d in LATAM if d != "saopaulo"], 2)
        day = rnd.choice(_days()[:-3])
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da), local=pl.at(da, day), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db), local=pl.at(db, day + timedelta(days=1)), decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # series: Mexico City's weekly bulletin in Outlook (RRULE, EXDATE, a moved occurrence); Tokyo's weekly
    # LINE message written out row by row
    weekly_series(pl, "cdmx", "Boletín semanal Aurora", "Newsletter", ["Ana Sofía Martínez Torres"],
                  first_day=FIRST_DAY + timedelta(days=3),
                  weeks=WEEKS, hm=(12, 0), moved=(-1, -3))
    for w in range(WEEKS):
        d = FIRST_DAY + timedelta(days=7 * w + 2)
        pl.add("tokyo", "LINE週刊お知らせ", "LINE", ["中村 美咲"], local=datetime(d.year, d.month, d.day, 12, 0),
               series="tokyo-weekly")

    d = rnd.choice(_days()[5:-5])   # all-day entries
    pl.add("bogota", "Feria Expo Café Bogotá (stand, 3 días)", None, ["Andrés Felipe Ramírez"], day=d,
           last_day=d + timedelta(days=2))
    d = rnd.choice(_days())
    pl.add("cdmx", "Embargo: resultados Q3", None, ["María Fernanda López García"], day=d)

    for dept in depts:   # filler
        for _ in range(rnd.randint(12, 17)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.8, 0.13, 0.07])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept),
                   local=pl.at(dept, rnd.choice(days_of(dept))), minutes=pl.duration(dept), status=status)
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by files.py). `zone`: whether the file names its zone
    ("hint": a header or the cells) or the coordinator tells the reader (`--tz`)."""
    return {
        "cdmx": lambda: {"channel_in": rnd.choice(["categories", "summary"])},
        "tokyo": lambda: {"tool": rnd.choice(["excel", "excel", "csv"]), "date": rnd.choice(["kanji", "era", "slash"]),
                          "time": rnd.choice(["ampm", "fullwidth", "plain", "jikan"]), "zone": "told"},
        "seoul": lambda: {"tool": rnd.choice(["sheets", "euckr"]), "when": rnd.choice(["split", "joined", "joined-weekday"]),
                          "zone": rnd.choice(["hint", "told"])},
        "shanghai": lambda: {"date": rnd.choice(["slash-week", "kanji", "joined"]), "time": rnd.choice(["ampm", "plain"]),
                             "zone": rnd.choice(["hint", "told"])},
        "taipei": lambda: {"date": rnd.choice(["roc", "roc-kanji", "slash-week"]), "time": rnd.choice(["ampm", "plain"]),
                           "zone": "told"},
        "saopaulo": lambda: {"tool": rnd.choice(["mlabs", "etus", "hootsuite"]), "time": rnd.choice(["h", "colon"]),
                             "zone": rnd.choice(["hint", "told"]), "names": rnd.choice(["short", "full"])},
        "buenosaires": lambda: {"date": rnd.choice(["cell", "dmy", "weekday", "words"]), "time": rnd.choice(["hs", "colon"]),
                                "zone": rnd.choice(["hint", "told"])},
        "bogota": lambda: {"clock": rnd.choice(["ampm", "ampm-nbsp", "24h"]), "zone": rnd.choice(["hint", "told"]),
                           "names": rnd.choice(["short", "full"])},
        "lima": lambda: {"tool": rnd.choice(["google", "hootsuite", "meta"]), "names": rnd.choice(["short", "full"])},
        "santiago": lambda: {"channel_in": rnd.choice(["categories", "summary"])},
    }[dept]()
