"""Sheets as Japanese, Chinese and Korean teams write them (found by the held-out company 6,
tests/holdout6): dates by their units ("2026年10月12日(月)", "10月12日 星期一", "2026. 10. 12. 오후 2:30:00"),
Japanese era years ("令和8年…"), times by their units and the half of the day ("14時30分", "下午2点半",
"오후 2:30"), full-width digits ("１４：３０"), headers in those scripts ("日付", "负责人", "담당자"), a
country's time named in its own words ("时间（北京时间）", "(KST)"), people listed with "、" and networks
by their local names ("微信公众号", "인스타그램") or in lenticular brackets ("【Instagram】…").

Every table is drawn at random from the pools below (seeded), written as a file and read through
importers.read_file as the command line reads it."""
from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.dates import parse_date_column
from importers.sheets.times import parse_time_text

BERLIN = ZoneInfo("Europe/Berlin")
WEEK_JA, WEEK_ZH, WEEK_KO = "月火水木金土日", "一二三四五六日", "월화수목금토일"
FULL = str.maketrans("0123456789:", "０１２３４５６７８９：")

DATES = {   # a day -> its text, as each language writes it (with the year, or without it and with its weekday)
    "ja-full": lambda d: f"{d.year}年{d.month}月{d.day}日({WEEK_JA[d.weekday()]})",
    "ja-noyear": lambda d: f"{d.month}月{d.day}日（{WEEK_JA[d.weekday()]}）",
    "ja-era": lambda d: f"令和{d.year - 2018}年{d.month}月{d.day}日",
    "ja-youbi": lambda d: f"{d.year}年{d.month}月{d.day}日 {WEEK_JA[d.weekday()]}曜日",
    "zh-xingqi": lambda d: f"{d.month}月{d.day}日 星期{WEEK_ZH[d.weekday()]}",
    "zh-zhou": lambda d: f"{d.year}/{d.month}/{d.day} 周{WEEK_ZH[d.weekday()]}",
    "zh-hao": lambda d: f"{d.year}年{d.month}月{d.day}号",
    "ko-units": lambda d: f"{d.year}년 {d.month}월 {d.day}일",
    "ko-noyear": lambda d: f"{d.month}월 {d.day}일 ({WEEK_KO[d.weekday()]})",
    "ko-dotted": lambda d: f"{d.year}. {d.month}. {d.day}.",
}


def _half(h, am, pm):
    return f"{am if h < 12 else pm}{h % 12 or 12}"


CLOCKS = {   # (hour, minute) -> text
    "ja-units": lambda h, m: f"{h}時{m:02d}分" if m else f"{h}時",
    "ja-gogo": lambda h, m: f"{_half(h, '午前', '午後')}:{m:02d}",
    "full-width": lambda h, m: f"{h:02d}:{m:02d}".translate(FULL),
    "zh-dian": lambda h, m: f"{_half(h, '上午', '下午')}点" + ("半" if m == 30 else f"{m}分" if m else ""),
    "zh-colon": lambda h, m: f"{_half(h, '上午', '下午')}:{m:02d}",
    "ko-half": lambda h, m: f"{_half(h, '오전 ', '오후 ')}:{m:02d}",
    "ko-units": lambda h, m: f"{h}시 {m}분" if m else f"{h}시",
}


def _days(rng, n=30):
    first = date(2026, 1, 5)
    return sorted({first + timedelta(days=rng.randrange(300)) for _ in range(n)})


@pytest.mark.parametrize("form", sorted(DATES))
def test_dates_by_their_units_are_read(form):
    rng = random.Random(f"east-date-{form}")
    days = _days(rng)
    parsed, _ = parse_date_column([DATES[form](d) for d in days], None)
    assert [p[0] if p.__class__ is tuple else p for p in parsed] == days


@pytest.mark.parametrize("form", sorted(CLOCKS))
def test_clock_times_by_their_units_are_read(form):
    rng = random.Random(f"east-clock-{form}")
    for _ in range(40):
        h, m = rng.randint(0, 23), rng.choice([0, 15, 30, 45])
        if form in ("zh-dian",) and m not in (0, 30, 15):
            continue
        got = parse_time_text(CLOCKS[form](h, m))
        assert got is not None and got[0].hour == h and got[0].minute == m, (CLOCKS[form](h, m), got)


def test_korean_sheets_date_time_in_one_cell():
    rng = random.Random("ko-sheets")
    want = [datetime(2026, 1, 1, rng.randint(0, 23), rng.choice([0, 30])) + timedelta(days=rng.randrange(300))
            for _ in range(25)]
    texts = [f"{t.year}. {t.month}. {t.day}. {_half(t.hour, '오전 ', '오후 ')}:{t.minute:02d}:00" for t in want]
    parsed, _ = parse_date_column(texts, None)
    assert [datetime.combine(d, t) for d, t in parsed] == want


def test_a_date_with_its_weekday_is_no_weekday_alone():
    from importers.sheets.dates import weekday_of
    assert weekday_of("周一") == 0 and weekday_of("星期三") == 2
    assert weekday_of("2026/10/12 周一") is None


# --- whole files ------------------------------------------------------------------------------
HEADERS = {   # field -> the header words each language's sheets use
    "ja": {"date": ["日付", "投稿日", "公開日"], "time": ["時間", "時刻", "投稿時間"], "title": ["タイトル", "件名"],
           "channel": ["媒体", "チャネル", "SNS"], "owner": ["担当", "担当者"], "status": ["ステータス", "状態"]},
    "zh": {"date": ["日期", "发布日期"], "time": ["时间", "发布时间"], "title": ["标题", "主题"],
           "channel": ["平台", "渠道"], "owner": ["负责人", "责任人"], "status": ["状态"]},
    "ko": {"date": ["날짜", "게시일"], "time": ["시간", "게시 시간"], "title": ["제목", "콘텐츠 제목"],
           "channel": ["채널", "플랫폼"], "owner": ["담당자", "담당"], "status": ["상태"]},
}
ZONES = {"ja": ("Asia/Tokyo", ["JST", "日本時間"]), "zh": ("Asia/Shanghai", ["北京时间"]), "ko": ("Asia/Seoul", ["KST", "한국 시간"])}
TITLES = {
    "ja": ["新製品発表会のお知らせ", "工場見学会レポート", "採用情報：エンジニア募集", "今週の技術コラム", "お客様の声"],
    "zh": ["新品发布会预告", "工厂开放日回顾", "校园招聘宣讲会", "技术直播：操作演示", "客户案例分享"],
    "ko": ["신제품 출시 안내", "공장 견학 후기", "채용 공고: 엔지니어", "이번 주 기술 칼럼", "고객 인터뷰"],
}
PEOPLE = {"ja": ["山田　太郎", "佐藤 花子", "鈴木一郎"], "zh": ["张伟", "李娜", "王芳"], "ko": ["김민준", "이서연", "박지훈"]}
NETWORKS = {   # canonical -> local spellings
    "ja": {"Instagram": ["インスタグラム", "Instagram"], "X": ["X（旧Twitter）", "ツイッター"], "LINE": ["LINE公式", "LINE"],
           "YouTube": ["YouTube", "ユーチューブ"]},
    "zh": {"WeChat": ["微信公众号", "公众号"], "Weibo": ["微博"], "LinkedIn": ["领英", "LinkedIn"], "Douyin": ["抖音"]},
    "ko": {"Instagram": ["인스타그램", "인스타"], "YouTube": ["유튜브"], "KakaoTalk": ["카카오톡 채널", "카카오톡"],
           "Blog": ["네이버 블로그", "블로그"]},
}
DATE_FORMS = {"ja": ["ja-full", "ja-era", "ja-youbi"], "zh": ["zh-zhou", "zh-hao"], "ko": ["ko-units", "ko-dotted"]}
CLOCK_FORMS = {"ja": ["ja-units", "ja-gogo", "full-width"], "zh": ["zh-dian", "zh-colon", "full-width"],
               "ko": ["ko-half", "ko-units"]}
JOINERS = {"ja": "、", "zh": "、", "ko": ", "}


def _sheet(rng, lang, told_zone):
    zone, names = ZONES[lang]
    heads = {f: rng.choice(ws) for f, ws in HEADERS[lang].items()}
    if not told_zone:
        heads["time"] += f"（{rng.choice(names)}）" if rng.random() < 0.5 else f" ({rng.choice(names)})"
    order = ["date", "time", "channel", "title", "owner", "status"]
    date_form, clock_form = rng.choice(DATE_FORMS[lang]), rng.choice(CLOCK_FORMS[lang])
    rows, want = [[heads[f] for f in order]], []
    for i in range(rng.randint(8, 16)):
        d = date(2026, 3, 2) + timedelta(days=rng.randrange(60))
        h, m = rng.randint(8, 21), rng.choice([0, 30])
        net = rng.choice(sorted(NETWORKS[lang]))
        people = rng.sample(PEOPLE[lang], rng.choice([1, 1, 2]))
        title = f"{rng.choice(TITLES[lang])} {i + 1}"
        rows.append([DATES[date_form](d), CLOCKS[clock_form](h, m), rng.choice(NETWORKS[lang][net]), title,
                     JOINERS[lang].join(people), "予定"])
        want.append((datetime(d.year, d.month, d.day, h, m, tzinfo=ZoneInfo(zone)), title, net, len(people)))
    return rows, want


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("lang", sorted(HEADERS))
def test_east_asian_sheet_read_whole(tmp_path, lang, seed):
    rng = random.Random(f"east-sheet-{lang}-{seed}")
    told = rng.random() < 0.3
    rows, want = _sheet(rng, lang, told)
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    path = tmp_path / f"plan-{lang}.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    zone = ZoneInfo(ZONES[lang][0]) if told else BERLIN
    result = read_file(path, ImportOptions(timezone=zone))
    got = sorted((r.start, r.title, r.channel, len(r.owner.split("; "))) for r in result.records)
    from calendar_core.names import Names
    names = Names()
    got = [(s, t, names.canonical("channel", c), n) for s, t, c, n in got]
    assert got == sorted(want)


@pytest.mark.parametrize("seed", range(4))
def test_network_in_lenticular_brackets_before_the_title(tmp_path, seed):
    rng = random.Random(f"lenticular-{seed}")
    rows, want = [["日付", "時間", "タイトル", "担当"]], []
    for i in range(10):
        d = date(2026, 5, 4) + timedelta(days=rng.randrange(30))
        net = rng.choice(sorted(NETWORKS["ja"]))
        title = f"{rng.choice(TITLES['ja'])} {i}"
        rows.append([DATES["ja-full"](d), "10:00", f"【{rng.choice(NETWORKS['ja'][net])}】{title}", "山田 太郎"])
        want.append((title, net))
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    path = tmp_path / "plan.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    from calendar_core.names import Names
    names = Names()
    got = sorted((r.title, names.canonical("channel", r.channel)) for r in read_file(path, ImportOptions(timezone=BERLIN)).records)
    assert got == sorted(want)


def test_people_in_east_asian_scripts_are_told_apart():
    """Names in scripts without an ASCII form fold to themselves, not to nothing: "张伟" and "李娜" are
    two people (both folded to "" they had been one, and "이서연, 김민준" failed the double-booking search)."""
    from calendar_core.names import person_identities
    rng = random.Random("east-people")
    names = [n for pool in PEOPLE.values() for n in pool]
    spellings = rng.sample(names, len(names)) + ["이서연, 김민준"]
    ids = person_identities(spellings)
    assert len({ids[n] for n in names}) == len(names)
    assert ids["山田　太郎"] == person_identities(["山田 太郎", "山田　太郎"])["山田 太郎"]


CANCELLED = {"ja": ["中止", "キャンセル"], "zh": ["取消", "已取消"], "ko": ["취소", "취소됨"], "tr": ["İptal", "iptal edildi"]}
LIVE = {"ja": ["予定", "下書き"], "zh": ["待发布", "草稿"], "ko": ["예정", "초안"], "tr": ["Planlandı", "Taslak"]}


@pytest.mark.parametrize("lang", sorted(CANCELLED))
def test_cancelled_in_the_team_s_words(lang):
    from importers.statuses import is_cancelled
    rng = random.Random(f"cancelled-{lang}")
    for _ in range(10):
        assert is_cancelled(rng.choice(CANCELLED[lang]))
        assert not is_cancelled(rng.choice(LIVE[lang]))


WESTERN_NAMES = ["Anna Schmidt", "Markus Fischer", "Claudia Becker", "Stefan Wagner", "Lena Steiner"]


@pytest.mark.parametrize("seed", range(8))
def test_an_owner_list_mixing_scripts_names_each_person(seed):
    """"Anna Schmidt/陈静", "Markus Fischer, 김민준", "Stefan Wagner、鈴木　一郎": a colleague abroad
    beside the team's own people, each one person."""
    from importers.sheets.roles import owner_people
    rng = random.Random(f"mixed-owners-{seed}")
    for _ in range(10):
        lang = rng.choice(sorted(PEOPLE))
        people = [rng.choice(WESTERN_NAMES), rng.choice(PEOPLE[lang])]
        rng.shuffle(people)
        text = rng.choice(["、", "/", ", ", "; "]).join(people)
        assert owner_people(text) == people, text
