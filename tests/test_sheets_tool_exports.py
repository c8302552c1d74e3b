"""What task and social tools write beside a post, and how the North writes dates and times (the tenth
held-out company, tests/holdout10/, asked for these): a record's own dates ("Created Date", "Opprettet dato")
beside the entry's; Jira's "Custom field (X)"; who filed a row ("Reporter", "Opprettet av"); an account's name
on every row; Unix milliseconds (ClickUp); bracketed lists ("[linkedin]"); a column restating the start
("Due Date Text"); months and weekdays in Finnish (partitive), Estonian, Icelandic, Norwegian, Danish, Swedish,
Turkish; "kl. 14.00-15.30"; "hele dagen"; day spans after a weekday. Tables drawn from pools (seeded)."""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.dates import parse_date_column
from importers.sheets.times import ALL_DAY, parse_time_text
from tests.realworld2_pools import write_csv
from tests.sheets_build import write_xlsx

SEEDS = range(1, 11)
ZONE = ZoneInfo("Europe/Oslo")
TOPICS = ["Terminal open day", "Customer story", "Winter timetable", "Behind the scenes", "Port news", "New route",
          "Sustainability update", "Job opening", "Photo of the week", "Customs tips", "Quarterly figures"]
PEOPLE = ["Ingrid Solberg", "Mikko Korhonen", "Ayşe Yıldız", "Joost de Boer", "Kadri Tamm", "Sigurður Ólafsson",
          "Karin Svensson", "Łukasz Nowak", "Mette Sørensen", "Élodie Lefèvre", "Şule Demir", "Čeněk Dvořák"]
NETWORKS = ["LinkedIn", "Facebook", "Instagram", "X"]
MONTHS = {   # month number -> how a date writes it, per language
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
           "desember"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}
WEEKDAYS = {   # Monday..Sunday, short, as a date opens with them
    "nb": ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "is": ["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur"],
    "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "et": ["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}


def _days(rng, n):
    first = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    return [first + timedelta(days=rng.randrange(40)) for _ in range(n)]


@pytest.mark.parametrize("seed", SEEDS)
def test_month_and_weekday_names_of_the_north(seed):
    rng = random.Random(seed)
    for d in _days(rng, 20):
        lang = rng.choice(list(MONTHS))
        written = f"{d.day}. {MONTHS[lang][d.month - 1]} {d.year}" if lang != "tr" else \
            f"{d.day} {MONTHS['tr'][d.month - 1]} {d.year}"
        if rng.random() < 0.4 and lang in WEEKDAYS:
            written = f"{WEEKDAYS[lang][d.weekday()]} {written}"
        assert parse_date_column([written], None)[0] == [(d, None)], written
    for d in _days(rng, 10):   # "tirs. 6. okt." with no year: the weekday's year nearest the hint
        lang = rng.choice(["nb", "sv"])
        short = ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."]
        written = f"{WEEKDAYS[lang][d.weekday()]} {d.day}. {short[d.month - 1]}"
        from importers.sheets.dates import YearHint
        got = parse_date_column([written], None, year_hint=YearHint(d.year, "the title", None))[0]
        assert got == [(d, None)], written


@pytest.mark.parametrize("seed", SEEDS)
def test_a_clock_range_after_the_words_for_at(seed):
    rng = random.Random(seed)
    for _ in range(20):
        a = time(rng.randrange(6, 20), rng.choice([0, 15, 30, 45]))
        b = (datetime.combine(date(2026, 1, 1), a) + timedelta(minutes=rng.choice([30, 60, 90]))).time()
        sep, dash = rng.choice([".", ":"]), rng.choice(["-", "–", " - ", " – "])
        word = rng.choice(["kl.", "klo", "kell", "kl"])
        text = f"{word} {a.hour:02d}{sep}{a.minute:02d}{dash}{b.hour:02d}{sep}{b.minute:02d}"
        assert parse_time_text(text) == (a, b), text
    assert parse_time_text("Quiz 14.00-15.30").__class__ is not tuple   # a capitalised word is a title's
    for words in ("hele dagen", "hela dagen", "koko päivä", "tüm gün", "heldag"):
        assert parse_time_text(words) is ALL_DAY


def test_a_span_of_days_after_a_weekday_and_no_year_before_the_month():
    from importers.sheets.dayspans import day_span
    assert day_span("ons. 14.–16. okt.", None) == ("14 okt.", "16. okt.")
    assert parse_date_column(["14.–16. okt."], None)[0][0].__class__ is not tuple   # not 14 October 2016
    assert parse_date_column(["12 Oct 26"], None)[0] == [(date(2026, 10, 12), None)]


HEADS = [   # (record's own date, the entry's date, who filed it, who does it), in one tool's language
    ("Created Date", "Due date", "Created By", "Assigned To"), ("Opprettet dato", "Forfallsdato", "Opprettet av", "Tilordnet til"),
    ("Date Created", "Publish Date", "Reporter", "Assignee"), ("Aangemaakt", "Publicatiedatum", "Aangemaakt door", "Eigenaar"),
    ("Skapad", "Publiceringsdatum", "Skapad av", "Ansvarig"), ("Created", "Custom field (Publish date)", "Reporter", "Assignee"),
]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_records_own_dates_and_filer_give_way_to_the_entrys(tmp_path, seed):
    rng = random.Random(seed)
    made, due, filer, doer = rng.choice(HEADS)
    chan_head = rng.choice(["Custom field (Channel)", "Custom field (Kanaal)", "Kanal"])
    cols = [made, "Title", due, filer, doer, "Labels", chan_head]
    rng.shuffle(cols)
    rows, want = [], []
    for k, d in enumerate(_days(rng, rng.randrange(8, 16))):
        vals = {made: (d - timedelta(days=rng.randrange(5, 40))).strftime("%d.%m.%Y"), "Title": f"{rng.choice(TOPICS)} {k}",
                due: d.strftime("%d.%m.%Y"), filer: rng.choice(PEOPLE), doer: rng.choice(PEOPLE), "Labels": "q4-plan",
                chan_head: rng.choice(NETWORKS)}
        rows.append([vals[c] for c in cols])
        want.append((vals["Title"], d, vals[doer], vals[chan_head]))
    path = write_csv(tmp_path / f"tasks-{seed}.csv", cols, rows)
    got = sorted((r.title, r.start, r.owner, r.channel) for r in read_file(path, ImportOptions(timezone=ZONE)).records)
    assert got == sorted(want)


@pytest.mark.parametrize("seed", SEEDS)
def test_clickup_milliseconds_bracketed_lists_and_a_restated_start(tmp_path, seed):
    rng = random.Random(seed)
    head = ["Task ID", "Task Name", "Status", "Date Created", "Due Date", "Due Date Text", "Assignees", "Tags",
            "Account Name"]
    rows, want = [], []
    for k in range(rng.randrange(6, 14)):
        when = datetime(2026, 3, 2, tzinfo=timezone.utc) + timedelta(hours=rng.randrange(24 * 200), minutes=rng.choice([0, 30]))
        local = when.astimezone(ZONE)
        people = rng.sample(PEOPLE, rng.choice([1, 2]))
        net = rng.choice(NETWORKS)
        created = when - timedelta(days=rng.randrange(3, 30))
        rows.append([f"86c{k:04x}", f"{rng.choice(TOPICS)} {k}", "scheduled", str(int(created.timestamp() * 1000)),
                     str(int(when.timestamp() * 1000)), f"{local:%A}, {local:%B} {local.day} {local.year}, "
                     f"{local.hour % 12 or 12}:{local.minute:02d}:00 {'am' if local.hour < 12 else 'pm'}",
                     "[" + ", ".join(people) + "]", f"[{net.lower()}]", "Fjordline Suomi"])
        want.append((rows[-1][1], when, "; ".join(people), net))
    path = write_csv(tmp_path / f"clickup-{seed}.csv", head, rows)
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = sorted((r.title, r.start, r.end, r.owner, r.channel.lower()) for r in result.records)
    assert got == sorted((t, w, None, p, n.lower()) for t, w, p, n in want)


@pytest.mark.parametrize("seed", SEEDS)
def test_people_in_brackets_over_small_sheets(tmp_path, seed):
    """A sheet per week, each too small to show alone that its brackets name people (names no list
    holds, capitals of Latin Extended): the file's sheets together show it."""
    rng = random.Random(seed)
    sheets, want = {}, []
    for w in range(rng.randrange(3, 6)):
        rows = [["Date", "Time", "Post"]]
        for k in range(rng.choice([1, 2])):
            d = date(2026, 10, 5) + timedelta(days=7 * w + rng.randrange(5))
            t = time(rng.randrange(8, 17), rng.choice([0, 30]))
            who = rng.sample(PEOPLE, rng.choice([1, 1, 2]))
            title = f"{rng.choice(TOPICS)} {w}{k}"
            rows.append([d.isoformat(), f"{t:%H:%M}", f"{title} ({' & '.join(who)})"])
            want.append((title, "; ".join(who)))
        sheets[f"Week {41 + w}"] = rows
    path = write_xlsx(tmp_path / f"small-{seed}.xlsx", sheets)
    got = sorted((r.title, r.owner) for r in read_file(path, ImportOptions(timezone=ZONE)).records)
    assert got == sorted(want)


def test_a_week_or_weekday_column_is_no_title(tmp_path):
    rows = [["viikko 41" if k % 3 == 0 else "", f"{5 + k}. lokakuuta 2026", f"klo {9 + k % 5}.00", "LinkedIn",
             f"{TOPICS[k % len(TOPICS)]} {k}", "Aino Virtanen"] for k in range(9)]
    path = write_xlsx(tmp_path / "fi.xlsx", {"Lokakuu": [["Viikko", "Päivämäärä", "Klo", "Kanava", "Sisältö",
                                                        "Vastuuhenkilö"], *rows]})
    got = [r.title for r in read_file(path, ImportOptions(timezone=ZONE)).records]
    assert sorted(got) == sorted(r[4] for r in rows)


@pytest.mark.parametrize("seed", SEEDS)
def test_midnight_to_midnight_days_later_is_whole_days(tmp_path, seed):
    """Teams Shifts writes a three-day fair as 00:00 on its first day to 00:00 the day after its last."""
    rng = random.Random(seed)
    rows, want = [], []
    for k in range(rng.randrange(4, 9)):
        d = date(2026, 10, 1) + timedelta(days=rng.randrange(50))
        if k % 2:
            days = rng.randrange(1, 4)
            rows.append([f"{d.month}/{d.day}/{d.year}", "00:00", f"{(d + timedelta(days=days)).month}/"
                         f"{(d + timedelta(days=days)).day}/{d.year}", "00:00", f"Fair {k}"])
            want.append((f"Fair {k}", d, d + timedelta(days=days), True))
        else:
            t = time(rng.randrange(8, 16), 30)
            rows.append([f"{d.month}/{d.day}/{d.year}", f"{t:%H:%M}", f"{d.month}/{d.day}/{d.year}",
                         f"{t.hour + 1:02d}:30", f"Post {k}"])
            want.append((f"Post {k}", datetime.combine(d, t, ZONE), datetime.combine(d, time(t.hour + 1, 30), ZONE), False))
    path = write_csv(tmp_path / f"shifts-{seed}.csv", ["Start Date", "Start Time", "End Date", "End Time", "Custom Label"], rows)
    got = sorted((r.title, r.start, r.end, r.all_day) for r in read_file(path, ImportOptions(timezone=ZONE)).records)
    assert got == sorted(want)


@pytest.mark.parametrize("seed", SEEDS)
def test_one_row_per_member_of_a_shift_is_one_entry(tmp_path, seed):
    """Teams Shifts writes a shift two people share as two rows alike in all but the member and their
    e-mail; however few such shifts a file has, each is one entry with both people. Rows that differ in
    something else too (the note) stay two."""
    rng = random.Random(seed)
    head = ["Member", "Work Email", "Group", "Start Date", "Start Time", "End Date", "End Time", "Custom Label", "Notes"]
    rows, want = [], []
    for k in range(rng.randrange(10, 18)):
        d = date(2026, 10, 5) + timedelta(days=rng.randrange(40))
        t = time(rng.randrange(8, 16), rng.choice([0, 30]))
        who = rng.sample(PEOPLE, 2 if k % 6 == 0 else 1)
        net, title = rng.choice(NETWORKS), f"{rng.choice(TOPICS)} {k}"
        notes = [f"note {k}-{n}" if k % 12 == 6 else "" for n in range(len(who))]
        for person, note in zip(who, notes):
            rows.append([person, f"{person.split()[0].lower()}@fjordline.example", net, f"{d.month}/{d.day}/{d.year}",
                         f"{t:%H:%M}", f"{d.month}/{d.day}/{d.year}", f"{t.hour + 1:02d}:{t.minute:02d}", title, note])
        if any(notes):
            want += [(title, p) for p in who]
        else:
            want.append((title, "; ".join(who)))
    path = write_csv(tmp_path / f"shifts-{seed}.csv", head, rows)
    got = sorted((r.title, r.owner) for r in read_file(path, ImportOptions(timezone=ZONE)).records)
    assert got == sorted(want)
