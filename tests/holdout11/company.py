"""Sunda Lintas Group (parcels, warehouses and a wallet; HQ Singapore, offices in Bangkok, Jakarta, Ho Chi Minh
City, Manila, Kuala Lumpur, New Delhi, Kathmandu, Dhaka, Nairobi and Lagos): the eleventh held-out company,
written without reading the product. Ten departments in nine languages and four scripts, each with its own
people, channels, zone and tool; this module plans the posts (the truth), files.py writes them the way each
office does.

What is hard here: Thai Buddhist-era years (2569, "69") and Thai digits, Bengali and Devanagari digits,
"pukul 14.00" / "14.00 WIB", "14g30", "2.30 petang", "2:30 PM PHT", zones half and three quarters of an hour
apart (India +05:30, Nepal +05:45, Bangladesh +06:00), Windows zone names in Outlook's files, old single-byte
encodings (cp874, windows-1258) and Excel's UTF-16 "Unicode text". The coordinator sits in Singapore
(UTC+8); no zone of the company changes its clock in the quarter.

A post's truth is what a reader of the office's file expects: the instant to the minute (the day of an
all-day entry), the channel as the network, the people by full name, the title as the office wrote it. The
records are holdout3's Post / Series / Company."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Company, Post, Series

COORDINATOR_ZONE = "Asia/Singapore"
SGT = ZoneInfo(COORDINATOR_ZONE)
FIRST_DAY = date(2026, 10, 5)   # a Monday; six weeks to Friday 13 November
WEEKS = 6

TEAMS = {
    "bangkok": ["Somchai Wongsakul", "Nattaya Srisuk", "Kittipong Chaiyaporn"],
    "jakarta": ["Budi Santoso", "Siti Rahayu", "Dewi Lestari", "Agus Wijaya"],
    "hcmc": ["Nguyễn Thị Lan", "Trần Văn Minh", "Lê Hoàng Phúc"],
    "manila": ["Maria Santos", "Jose Reyes", "Angelica dela Cruz"],
    "kl": ["Nurul Aisyah", "Tan Wei Ming", "Kavitha Raman"],
    "delhi": ["Priya Sharma", "Rohit Verma", "Ananya Iyer"],
    "kathmandu": ["Bishal Shrestha", "Sunita Gurung", "Pradeep Adhikari"],
    "dhaka": ["Farhana Akter", "Tanvir Hasan", "Nusrat Jahan"],
    "nairobi": ["Wanjiru Kamau", "Otieno Odhiambo", "Achieng Atieno"],
    "lagos": ["Chinedu Okafor", "Funmilayo Adeyemi", "Ibrahim Bello"],
}
DEPT_NAMES = {"bangkok": "Sunda Lintas Thailand", "jakarta": "Sunda Lintas Indonesia", "hcmc": "Sunda Lintas Việt Nam",
              "manila": "Sunda Lintas Philippines", "kl": "Sunda Lintas Malaysia", "delhi": "Sunda Lintas India",
              "kathmandu": "Sunda Lintas Nepal", "dhaka": "Sunda Lintas Bangladesh", "nairobi": "Sunda Lintas Kenya",
              "lagos": "Sunda Lintas Nigeria"}
LANG = {"bangkok": "th", "jakarta": "id", "hcmc": "vi", "manila": "fil", "kl": "ms", "delhi": "hi",
        "kathmandu": "ne", "dhaka": "bn", "nairobi": "sw", "lagos": "en"}
ZONE = {"bangkok": "Asia/Bangkok", "jakarta": "Asia/Jakarta", "hcmc": "Asia/Ho_Chi_Minh", "manila": "Asia/Manila",
        "kl": "Asia/Kuala_Lumpur", "delhi": "Asia/Kolkata", "kathmandu": "Asia/Kathmandu", "dhaka": "Asia/Dhaka",
        "nairobi": "Africa/Nairobi", "lagos": "Africa/Lagos"}
CHANNELS = {
    "bangkok": ["Facebook", "LINE", "Instagram", "TikTok", "YouTube"],
    "jakarta": ["Instagram", "TikTok", "Facebook", "X", "LinkedIn"],
    "hcmc": ["Facebook", "Zalo", "TikTok", "YouTube", "LinkedIn"],
    "manila": ["Facebook", "Instagram", "TikTok", "X", "LinkedIn"],
    "kl": ["Facebook", "Instagram", "LinkedIn", "X", "Newsletter"],
    "delhi": ["LinkedIn", "X", "Instagram", "YouTube", "Newsletter"],
    "kathmandu": ["Facebook", "Instagram", "YouTube", "LinkedIn"],
    "dhaka": ["Facebook", "LinkedIn", "YouTube", "Instagram"],
    "nairobi": ["X", "Facebook", "LinkedIn", "WhatsApp", "Instagram"],
    "lagos": ["X", "Instagram", "LinkedIn", "Facebook", "WhatsApp"],
}
TIMES = {   # each in its own wall clock
    "bangkok": [(9, 0), (11, 30), (12, 0), (18, 0), (19, 30)],
    "jakarta": [(8, 0), (11, 0), (12, 30), (16, 0), (19, 0)],
    "hcmc": [(8, 30), (11, 30), (14, 30), (17, 0), (20, 0)],
    "manila": [(9, 0), (12, 0), (14, 30), (17, 30), (20, 0)],
    "kl": [(8, 30), (10, 0), (12, 30), (15, 0), (17, 30)],
    "delhi": [(9, 30), (11, 0), (13, 0), (16, 30), (18, 0)],
    "kathmandu": [(9, 15), (10, 45), (12, 0), (15, 30), (17, 0)],
    "dhaka": [(9, 0), (11, 0), (13, 30), (16, 0), (19, 0)],
    "nairobi": [(8, 0), (9, 30), (11, 0), (14, 0), (16, 30)],
    "lagos": [(8, 0), (10, 0), (12, 0), (14, 30), (17, 0)],
}
CITIES = {"bangkok": ["กรุงเทพฯ", "เชียงใหม่", "ชลบุรี"], "jakarta": ["Jakarta", "Surabaya", "Medan"],
          "hcmc": ["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"], "manila": ["Manila", "Cebu", "Davao"],
          "kl": ["Kuala Lumpur", "Pulau Pinang", "Johor Bahru"], "delhi": ["दिल्ली", "मुंबई", "बेंगलुरु"],
          "kathmandu": ["Kathmandu", "Pokhara", "Biratnagar"], "dhaka": ["ঢাকা", "চট্টগ্রাম", "সিলেট"],
          "nairobi": ["Nairobi", "Mombasa", "Kisumu"], "lagos": ["Lagos", "Abuja", "Port Harcourt"]}
CUSTOMERS = ["Ana", "Rizal", "Dewi", "Minh", "Priya", "Bishal", "Farhana", "Wanjiru", "Chidi", "Nok"]
FILLER = {
    "bangkok": ["รีวิวจากลูกค้า: คุณ{name} ส่งพัสดุกับเรา", "เบื้องหลังคลังสินค้า{city}", "เคล็ดลับแพ็กของให้ปลอดภัย",
                "รับสมัครพนักงานคลังสินค้า {city}", "ภาพประจำสัปดาห์จาก{city}", "ถาม-ตอบกับทีมขาย"],
    "jakarta": ["Kisah pelanggan: {name} kirim dari {city}", "Di balik layar gudang {city}", "Tips packing aman untuk UMKM",
                "Lowongan: staf gudang {city}", "Foto minggu ini dari {city}", "Tanya jawab bersama tim sales"],
    "hcmc": ["Câu chuyện khách hàng: {name} tại {city}", "Hậu trường kho hàng {city}", "Mẹo đóng gói hàng an toàn",
             "Tuyển dụng: nhân viên kho {city}", "Ảnh trong tuần từ {city}", "Hỏi đáp cùng đội kinh doanh"],
    "manila": ["Customer story: {name} ships from {city}", "Behind the scenes: {city} hub", "Tips para sa ligtas na pag-pack",
               "Hiring: warehouse staff sa {city}", "Photo of the week: {city}", "Kwentuhan with Sales"],
    "kl": ["Kisah pelanggan: {name} di {city}", "Di sebalik tabir gudang {city}", "Tip pembungkusan selamat",
           "Jawatan kosong: kakitangan gudang {city}", "Gambar minggu ini dari {city}", "Sesi soal jawab bersama pasukan jualan"],
    "delhi": ["ग्राहक की कहानी: {name}, {city}", "{city} वेयरहाउस के पीछे की कहानी", "सुरक्षित पैकिंग के टिप्स",
              "भर्ती: {city} में वेयरहाउस स्टाफ", "इस हफ़्ते की तस्वीर: {city}", "सेल्स टीम के साथ सवाल-जवाब"],
    "kathmandu": ["Customer story: {name} from {city}", "Inside the {city} depot", "Safe packing tips for online sellers",
                  "Vacancy: depot assistant, {city}", "Weekly photo: {city}", "Q&A with the sales desk"],
    "dhaka": ["গ্রাহকের গল্প: {name}, {city}", "{city} গুদামের পর্দার আড়ালে", "নিরাপদ প্যাকিং টিপস",
              "নিয়োগ: {city} গুদাম কর্মী", "এই সপ্তাহের ছবি: {city}", "সেলস টিমের সাথে প্রশ্নোত্তর"],
    "nairobi": ["Hadithi ya mteja: {name} kutoka {city}", "Nyuma ya pazia: ghala la {city}", "Vidokezo vya kufunga mizigo salama",
                "Nafasi za kazi: wafanyakazi wa ghala {city}", "Picha ya wiki kutoka {city}", "Maswali na majibu na timu ya mauzo"],
    "lagos": ["Meet our customer: {name} in {city}", "Inside our {city} warehouse", "Packaging tips for small businesses",
              "We are hiring: warehouse associates in {city}", "Picture of the week: {city}", "Ask our sales team anything"],
}
CAMPAIGNS = [   # the same effort, each office in its own words
    {"bangkok": "เปิดตัว Sunda Pay: จ่ายค่าส่งผ่านแอป", "jakarta": "Peluncuran Sunda Pay: bayar ongkir lewat aplikasi",
     "hcmc": "Ra mắt Sunda Pay: thanh toán phí giao hàng qua ứng dụng", "manila": "Sunda Pay is here: pay for shipping in the app",
     "kl": "Pelancaran Sunda Pay: bayar kos penghantaran melalui aplikasi", "delhi": "Sunda Pay लॉन्च: ऐप से शिपिंग का भुगतान",
     "kathmandu": "Sunda Pay launch: pay for delivery in the app", "dhaka": "Sunda Pay চালু: অ্যাপে ডেলিভারি চার্জ পরিশোধ",
     "nairobi": "Uzinduzi wa Sunda Pay: lipia usafirishaji kwenye programu", "lagos": "Introducing Sunda Pay: pay for your deliveries in-app"},
    {"bangkok": "11.11 ส่งฟรีทั่วประเทศ", "jakarta": "Promo 11.11: gratis ongkir se-Indonesia",
     "hcmc": "Siêu sale 11.11: miễn phí vận chuyển toàn quốc", "manila": "11.11 Sale: free shipping nationwide",
     "kl": "Jualan 11.11: penghantaran percuma seluruh negara", "delhi": "11.11 सेल: पूरे देश में मुफ़्त शिपिंग",
     "kathmandu": "11.11 offer: free delivery across Nepal", "dhaka": "১১.১১ সেল: সারা দেশে ফ্রি ডেলিভারি",
     "nairobi": "Ofa ya 11.11: usafirishaji bure nchi nzima", "lagos": "11.11 Sale: free delivery nationwide"},
    {"bangkok": "Sunda Lintas เปิดศูนย์กระจายสินค้า Tuas ที่สิงคโปร์", "jakarta": "Sunda Lintas resmikan hub regional Tuas di Singapura",
     "hcmc": "Sunda Lintas khai trương trung tâm khu vực Tuas tại Singapore", "manila": "Sunda Lintas opens its Tuas regional hub in Singapore",
     "kl": "Sunda Lintas buka hab serantau Tuas di Singapura", "delhi": "Sunda Lintas ने सिंगापुर में Tuas क्षेत्रीय हब खोला",
     "kathmandu": "Sunda Lintas opens Tuas regional hub, Singapore", "dhaka": "সিঙ্গাপুরে Sunda Lintas-এর Tuas আঞ্চলিক হাব উদ্বোধন",
     "nairobi": "Sunda Lintas yafungua kituo cha kikanda cha Tuas, Singapore", "lagos": "Sunda Lintas opens Tuas regional hub in Singapore"},
    {"bangkok": "เว็บินาร์: ขายของข้ามประเทศ (cross-border e-commerce)", "jakarta": "Webinar: jualan lintas negara (cross-border e-commerce)",
     "hcmc": "Hội thảo trực tuyến: bán hàng xuyên biên giới", "manila": "Webinar: cross-border e-commerce 101",
     "kl": "Webinar: jualan rentas sempadan (cross-border e-commerce)", "delhi": "वेबिनार: क्रॉस-बॉर्डर ई-कॉमर्स",
     "kathmandu": "Webinar: cross-border e-commerce for Nepali sellers", "dhaka": "ওয়েবিনার: ক্রস-বর্ডার ই-কমার্স",
     "nairobi": "Semina ya mtandaoni: biashara ya mtandaoni ya kuvuka mipaka", "lagos": "Webinar: cross-border e-commerce for sellers"},
    {"bangkok": "รายงานความยั่งยืน Sunda Lintas 2026", "jakarta": "Laporan Keberlanjutan Sunda Lintas 2026",
     "hcmc": "Báo cáo phát triển bền vững Sunda Lintas 2026", "manila": "Sunda Lintas Sustainability Report 2026",
     "kl": "Laporan Kelestarian Sunda Lintas 2026", "delhi": "Sunda Lintas सस्टेनेबिलिटी रिपोर्ट 2026",
     "kathmandu": "Sunda Lintas Sustainability Report 2026 is out", "dhaka": "Sunda Lintas টেকসই প্রতিবেদন 2026",
     "nairobi": "Ripoti ya Uendelevu ya Sunda Lintas 2026", "lagos": "Our 2026 Sustainability Report"},
]
CAMPAIGN_LINKS = ["https://sundalintas.example/pay", "https://sundalintas.example/1111", "https://sundalintas.example/tuas-hub",
                  "https://sundalintas.example/webinar/cross-border", "https://sundalintas.example/sustainability-2026"]
DECOYS = [   # alike in words, different efforts (and the campaign each resembles: not drawn beside it)
    (("manila", "Webinar: social media tips for sari-sari stores"), ("lagos", "Webinar: social media tips for market traders"), 3),
    (("jakarta", "Sunda Lintas resmikan gudang baru di Surabaya"), ("kl", "Sunda Lintas buka gudang baru di Johor Bahru"), 2),
    (("bangkok", "รายงานความยั่งยืน 2025: ผลลัพธ์ปีที่แล้ว"), ("lagos", "Sustainability town hall in Abuja"), 4),
    (("delhi", "दिवाली की शुभकामनाएँ"), ("kathmandu", "Happy Tihar from the Kathmandu team"), None),
    (("nairobi", "Picha za sherehe ya wafanyakazi 2025"), ("dhaka", "কর্মী উৎসব 2025-এর ছবি"), None),
]
CAL_DEPTS = ()   # set per seed: the offices whose file is a calendar (every entry has an end)


def _days() -> list[date]:
    return [FIRST_DAY + timedelta(days=i) for i in range(WEEKS * 7) if (FIRST_DAY + timedelta(days=i)).weekday() < 5]


class _Title(str):
    family: str | None = None
    slots: tuple = ()


class _Planner:
    def __init__(self, seed: int, habits: dict):
        self.rnd = random.Random(seed * 100129 + 11)
        self.habits = habits
        self.posts: list[Post] = []
        self.series: list[Series] = []
        self.dups: dict[int, list[int]] = {}
        self.decoys: list[tuple[int, int]] = []

    def calendar(self, dept) -> bool:
        return self.habits[dept].get("tool", "").endswith("ics")

    def add(self, dept, title, channel, people, *, local=None, minutes=None, day=None, status="planned", **kw) -> Post:
        zone = ZoneInfo(ZONE[dept])
        start = end = None
        if local is not None and minutes is None and self.calendar(dept):
            minutes = 30
        if local is not None:
            start = local.replace(tzinfo=zone) if local.tzinfo is None else local.astimezone(zone)
            if minutes:
                end = start + timedelta(minutes=minutes)
        kw.setdefault("family", getattr(title, "family", None))
        post = Post(len(self.posts) + 1, dept, str(title), channel, list(people), start, end, day, None,
                    status, optional=status == "cancelled", **kw)
        self.posts.append(post)
        return post

    def duration(self, dept) -> int | None:
        return self.rnd.choice([30, 45, 60]) if self.calendar(dept) else None

    def owner(self, dept, single=False):
        people = [self.rnd.choice(TEAMS[dept])]
        if not single and self.rnd.random() < 0.2:
            other = self.rnd.choice(TEAMS[dept])
            if other not in people:
                people.append(other)
        return people

    def filler_title(self, dept):
        template = self.rnd.choice(FILLER[dept])
        title = _Title(template.format(name=self.rnd.choice(CUSTOMERS), city=self.rnd.choice(CITIES[dept])))
        title.family = template
        return title

    def at(self, dept, d, hm=None):
        h, m = hm or self.rnd.choice(TIMES[dept])
        return datetime(d.year, d.month, d.day, h, m)


def _local_ok(dept: str, t: datetime) -> bool:
    lt = t.astimezone(ZoneInfo(ZONE[dept]))
    return lt.date() in _days() and 7 <= lt.hour <= 20


SINGLE_OWNER = {"jakarta-hootsuite", "lagos-meltwater", "dhaka-zoho", "manila-sprout"}


def single(habits, dept) -> bool:
    """The tools whose owner column holds one person."""
    return f"{dept}-{habits[dept].get('tool')}" in SINGLE_OWNER


def make_company(seed: int) -> Company:
    rnd0 = random.Random(seed * 7 + 1)
    depts = list(TEAMS)
    habits = {dept: _habits(rnd0, dept) for dept in depts}
    pl = _Planner(seed, habits)
    rnd = pl.rnd

    n = 0
    for _ in range(80):   # slot clashes: one network, one moment, 0-45 minutes apart, each in its own zone
        if n == 6:
            break
        chan = rnd.choice(["Facebook", "Instagram", "LinkedIn", "X"])
        able = [d for d in depts if chan in CHANNELS[d]]
        a, b = rnd.sample(able, 2)
        t0 = pl.at(a, rnd.choice(_days())).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15, 30, 45]))
        if not _local_ok(b, t1) or t1.astimezone(ZoneInfo(ZONE[b])).minute % 15:
            continue
        n += 1
        pl.add(a, pl.filler_title(a), chan, pl.owner(a, single(habits, a)), local=t0, minutes=pl.duration(a), planted="slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b, single(habits, b)), local=t1, minutes=pl.duration(b), planted="slot")
    for _ in range(2):   # decoys: 90-150 minutes apart (Singapore's 15:00)
        chan = rnd.choice(["Facebook", "Instagram"])
        a, b = rnd.sample([d for d in ("bangkok", "jakarta", "manila", "kl", "hcmc") if chan in CHANNELS[d]], 2)
        d = rnd.choice(_days())
        t0 = datetime(d.year, d.month, d.day, 15, 0, tzinfo=SGT)
        t1 = t0 + timedelta(minutes=rnd.choice([90, 120, 150]))
        pl.add(a, pl.filler_title(a), chan, pl.owner(a, single(habits, a)), local=t0, planted="decoy-slot")
        pl.add(b, pl.filler_title(b), chan, pl.owner(b, single(habits, b)), local=t1, planted="decoy-slot")
    n = 0
    for _ in range(100):   # double bookings: a person of A named in B's entry (B writes the name its own way)
        if n == 5:
            break
        a, b = rnd.sample(depts, 2)
        person = rnd.choice(TEAMS[a])
        t0 = pl.at(a, rnd.choice(_days())).replace(tzinfo=ZoneInfo(ZONE[a]))
        t1 = t0 + timedelta(minutes=rnd.choice([0, 15]))
        if not _local_ok(b, t1) or t1.astimezone(ZoneInfo(ZONE[b])).minute % 15:
            continue
        n += 1
        ca = rnd.choice(CHANNELS[a])
        cb = rnd.choice([c for c in CHANNELS[b] if c != ca] or CHANNELS[b])
        pl.add(a, pl.filler_title(a), ca, [person], local=t0, minutes=pl.duration(a), planted="booking")
        people = [person] if single(habits, b) else [person, rnd.choice(TEAMS[b])]
        pl.add(b, pl.filler_title(b), cb, people, local=t1, minutes=pl.duration(b), planted="booking")
    a, b = rnd.sample(["bangkok", "jakarta", "manila", "delhi", "nairobi"], 2)   # decoy: one person three hours apart
    person = rnd.choice(TEAMS[a])
    d = rnd.choice(_days())
    pl.add(a, pl.filler_title(a), CHANNELS[a][0], [person], local=datetime(d.year, d.month, d.day, 11, 0, tzinfo=SGT),
           planted="decoy-booking")
    pl.add(b, pl.filler_title(b), CHANNELS[b][-1], [person], local=datetime(d.year, d.month, d.day, 14, 0, tzinfo=SGT),
           planted="decoy-booking")

    chan = "Facebook"   # an overloaded day (Singapore's): four posts 2+ hours apart
    able = [d for d in ("bangkok", "jakarta", "hcmc", "manila", "kl", "dhaka") if chan in CHANNELS[d]]
    d = rnd.choice(_days())
    for i, hm in enumerate([(9, 0), (11, 30), (14, 0), (17, 0)]):
        dept = able[i % len(able)] if i < 2 else rnd.choice(able)
        pl.add(dept, pl.filler_title(dept), chan, pl.owner(dept, single(habits, dept)),
               local=datetime(d.year, d.month, d.day, *hm, tzinfo=SGT), planted="overload")

    active = rnd.sample(range(len(CAMPAIGNS)), 3)
    for gid, ci in enumerate(active, start=1):   # duplicated efforts, each office in its language
        camp = CAMPAIGNS[ci]
        base = _days()[rnd.randrange(3, len(_days()) - 5)]
        near = [x for x in _days() if 0 <= (x - base).days <= 4]
        ds = rnd.sample(depts, rnd.choice([2, 3, 3]))
        pids = []
        for dept in ds:
            p = pl.add(dept, camp[dept], rnd.choice(CHANNELS[dept]), pl.owner(dept, single(habits, dept)),
                       local=pl.at(dept, rnd.choice(near)), minutes=pl.duration(dept), dup=gid,
                       note=CAMPAIGN_LINKS[ci] if rnd.random() < 0.5 else "")
            pids.append(p.pid)
        pl.dups[gid] = pids
    decoys = [(x, y) for x, y, like in DECOYS if like not in active]
    for did, ((da, ta), (db, tb)) in enumerate(rnd.sample(decoys, min(3, len(decoys))), start=1):
        day = rnd.choice(_days())
        near = [x for x in _days() if 0 <= (x - day).days <= 3] or _days()[:2]
        pa = pl.add(da, ta, rnd.choice(CHANNELS[da]), pl.owner(da, single(habits, da)), local=pl.at(da, day), decoy=did)
        pb = pl.add(db, tb, rnd.choice(CHANNELS[db]), pl.owner(db, single(habits, db)), local=pl.at(db, rnd.choice(near)),
                    decoy=did)
        pl.decoys.append((pa.pid, pb.pid))

    # Nairobi's weekly tech talk: a calendar's series (or a sheet's rows); Manila's Friday recap row by row
    _series(pl, "nairobi", "Jumatano Tech Talk", "X", ["Otieno Odhiambo"], weekday=2, hm=(15, 0))
    for w in range(WEEKS):
        d = FIRST_DAY + timedelta(days=7 * w + 4)
        pl.add("manila", "Friday Feels: week in photos", "Instagram", ["Angelica dela Cruz"],
               local=datetime(d.year, d.month, d.day, 17, 30), series="manila-weekly-rows")

    # all-day: Chulalongkorn Day (Friday 23 October) in Bangkok, a Diwali greeting day in Delhi
    pl.add("bangkok", "วันปิยมหาราช (วันหยุดบริษัท)", None, ["Nattaya Srisuk"], day=date(2026, 10, 23))
    pl.add("delhi", "दीपावली अवकाश (ऑफिस बंद)", None, ["Rohit Verma"], day=date(2026, 11, 9))

    for dept in depts:   # filler
        for _ in range(rnd.randint(10, 14)):
            status = rnd.choices(["planned", "draft", "cancelled"], [0.8, 0.13, 0.07])[0]
            pl.add(dept, pl.filler_title(dept), rnd.choice(CHANNELS[dept]), pl.owner(dept, single(habits, dept)),
                   local=pl.at(dept, rnd.choice(_days())), minutes=pl.duration(dept), status=status)
    return Company(seed, pl.posts, pl.series, habits, pl.dups, pl.decoys)


def _series(pl: _Planner, dept, title, channel, people, *, weekday, hm):
    rnd = pl.rnd
    zone = ZoneInfo(ZONE[dept])
    first_day = FIRST_DAY + timedelta(days=weekday)
    first = datetime(first_day.year, first_day.month, first_day.day, *hm, tzinfo=zone)
    occ = [first + timedelta(days=7 * i) for i in range(WEEKS)]
    ex = rnd.sample(occ[1:], 1)
    moved_from = rnd.choice([o for o in occ[1:] if o not in ex])
    moved_to = (moved_from + timedelta(days=1)).replace(hour=hm[0] - 4)
    s = Series(f"{dept}-weekly", dept, title, channel, people, first, WEEKS, 60, ex, {moved_from: moved_to})
    pl.series.append(s)
    for o in occ:
        if o not in ex:
            pl.add(dept, title, channel, people, local=s.moved.get(o, o), minutes=60, series=s.sid)


def _habits(rnd: random.Random, dept: str) -> dict:
    """The writer's choices for this seed (read by files.py)."""
    c = rnd.choice
    return {
        "bangkok": lambda: {"tool": c(["wps-xlsx", "csv-cp874"]), "date": c(["abbr", "abbr-69", "full", "slash", "thai-digits"]),
                            "time": c(["colon", "dot-na"])},
        "jakarta": lambda: {"tool": c(["hootsuite", "gsheet"]), "date": c(["weekday", "short"]), "time": c(["pukul", "wib"])},
        "hcmc": lambda: {"tool": c(["gsheet", "csv-1258"]), "date": c(["thu", "slash", "thang"]), "time": c(["g", "h", "colon"])},
        "manila": lambda: {"tool": c(["sprout", "gsheet-csv"])},
        "kl": lambda: {"tool": c(["lark", "gsheet"]), "time": c(["petang", "colon"])},
        "delhi": lambda: {"tool": c(["outlook-ics", "sheet"]), "digits": c(["devanagari", "latin"])},
        "kathmandu": lambda: {"tool": c(["google-ics", "sheet"])},
        "dhaka": lambda: {"tool": c(["zoho", "sheet"]), "digits": c(["bengali", "latin"])},
        "nairobi": lambda: {"tool": c(["outlook-ics", "sheet"]), "date": c(["swahili", "slash"])},
        "lagos": lambda: {"tool": c(["unicode-text", "meltwater"]), "time": c(["ampm", "colon"])},
    }[dept]()
