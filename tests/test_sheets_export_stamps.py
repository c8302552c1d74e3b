"""Dates as database and project tools export them (found by tests/holdout4, Nordlys Radio & TV):

* an instant with the offset it was written in, said in words: Notion's "October 12, 2026 9:00 AM
  (GMT+3)", "12/10/2026 14:30 (UTC-5)", "2026-10-12 09:00 GMT+02:00"; a start with its end after
  an arrow ("… 9:00 AM → 9:30 AM (GMT+3)") is the start;
* ISO 8601 with fractional seconds in UTC, as Trello, Jira and most APIs write it ("…T05:15:00.000Z");
* a column of 16-digit ids (Asana's "Task ID") beside the dates is no duration and no reason to fail;
* a column of creation stamps weeks before the publishing time ("Skapad", "Created") is no start
  whose end the publishing time would be.

Every case is drawn at random (seeded) from the pools below."""
from __future__ import annotations

import csv
import random
from datetime import date, datetime, time, timedelta, timezone

import pytest

from importers.sheets import read
from importers.sheets.dates import parse_date_column
from importers.sheets.times import parse_duration, parse_time_text

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _twelve(t: datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def _offset_words(minutes: int, rng: random.Random) -> str:
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    word = rng.choice(["GMT", "UTC"])
    body = rng.choice([f"{sign}{h}" if not m else f"{sign}{h}:{m:02d}", f"{sign}{h:02d}:{m:02d}"])
    return rng.choice([f"({word}{body})", f"{word}{body}"])


WRITERS = [  # a local wall-clock instant and its offset in words -> the cell's text
    lambda t, off, rng: f"{MONTHS[t.month - 1]} {t.day}, {t.year} {_twelve(t)} {off}",
    lambda t, off, rng: f"{MONTHS[t.month - 1]} {t.day}, {t.year} {_twelve(t)} → "
                        f"{_twelve(t + timedelta(minutes=rng.choice([15, 30, 60])))} {off}",
    lambda t, off, rng: f"{t:%Y-%m-%d %H:%M} {off}",
    lambda t, off, rng: f"{t:%d/%m/%Y %H:%M} {off}",
]


@pytest.mark.parametrize("writer", range(len(WRITERS)))
def test_an_offset_written_in_words_places_the_instant(writer):
    rng = random.Random(f"offset-words-{writer}")
    cells, want = [], []
    for _ in range(30):
        minutes = rng.choice([-300, -240, 0, 60, 120, 180, 330, 540])
        local = datetime(2026, 1, 1, rng.randrange(24), rng.choice([0, 15, 30, 45])) + timedelta(days=rng.randrange(700))
        if local.day <= 12 and writer == 3:
            local = local.replace(day=13 + rng.randrange(15))   # a day-first column that says so
        cells.append(WRITERS[writer](local, _offset_words(minutes, rng), rng))
        want.append((local - timedelta(minutes=minutes)).replace(tzinfo=timezone.utc))
    parsed, _ = parse_date_column(cells, None)
    got = [datetime.combine(d, t).astimezone(timezone.utc) for d, t in parsed]
    assert got == want, [(c, g, w) for c, g, w in zip(cells, got, want) if g != w][:3]


def test_utc_with_fractional_seconds():
    rng = random.Random("fraction")
    cells, want = [], []
    for _ in range(30):
        t = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(700 * 1440))
        frac = rng.choice([".000", ".123", ".5", ".250000"])
        cells.append(t.strftime("%Y-%m-%dT%H:%M:%S") + frac + rng.choice(["Z", "+00:00"]))
        want.append(t)
    parsed, _ = parse_date_column(cells, None)
    assert [datetime.combine(d, tm) for d, tm in parsed] == want
    assert parse_time_text("05:15:00.000") == (time(5, 15), None)


def test_an_offset_word_without_a_time_is_no_date_time():
    parsed, _ = parse_date_column(["UTC+3", "October 12, 2026 (GMT+25)"], None)
    assert all(p is None or p.__class__ is not tuple or p[1] is None for p in parsed)


def test_ids_are_no_durations():
    rng = random.Random("ids")
    for _ in range(50):
        n = rng.randrange(10 ** 9, 10 ** 17)
        assert parse_duration(n) is None and parse_duration(str(n)) is None
    assert parse_duration("45 min") == timedelta(minutes=45) and parse_duration(90) == timedelta(minutes=90)


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


TITLES = ["Nytt avsnitt: {x}", "Trailer {x}", "Live from {x}", "Quiz: {x}", "Behind the scenes at {x}",
          "Episode {n} of {x}", "Job alert: {x}"]
PLACES = ["Malmö", "Bergen", "Aarhus", "Tromsø", "Uppsala", "Turku"]


@pytest.mark.parametrize("seed", range(4))
def test_an_export_with_ids_created_stamps_and_offsets_reads_its_publishing_times(tmp_path, seed):
    """A Notion / Asana-like export: an id column of big numbers, the title, the publishing time with
    its offset, a creation stamp 5-60 days before, the channel and the person."""
    rng = random.Random(f"export-{seed}")
    head = rng.choice([["Task ID", "Name", "Publish", "Created", "Channel", "Owner"],
                       ["ID", "Namn", "Publicering", "Skapad", "Kanal", "Ansvarig"]])
    rows, want = [head], []
    for i in range(rng.randint(12, 30)):
        minutes = rng.choice([60, 120, 180])
        local = datetime(2026, 10, 1, rng.choice([7, 9, 15, 18]), rng.choice([0, 30])) + timedelta(days=rng.randrange(60))
        created = local - timedelta(days=rng.randint(5, 60), minutes=rng.randrange(600))
        when = WRITERS[rng.choice([0, 1])](local, _offset_words(minutes, rng), rng)
        title = rng.choice(TITLES).format(x=rng.choice(PLACES), n=i + 1)
        rows.append([str(1200000000000000 + rng.getrandbits(40)), title, when,
                     f"{MONTHS[created.month - 1]} {created.day}, {created.year} {_twelve(created)}",
                     rng.choice(["Instagram", "TikTok", "YouTube"]), rng.choice(["Sara Holm", "Johan Ek"])])
        want.append((title, (local - timedelta(minutes=minutes)).replace(tzinfo=timezone.utc)))
    path = tmp_path / "export.csv"
    _write(path, rows)
    result = read(path)
    got = sorted((r.title, r.start.astimezone(timezone.utc)) for r in result.records)
    assert got == sorted(want)
    assert all(r.end is None or r.end - r.start <= timedelta(hours=2) for r in result.records)


def test_a_start_and_end_pair_with_clocks_days_apart_stays_a_pair(tmp_path):
    """The timed span does not undo what it guards: a fair from Monday 9:00 to Wednesday 17:00."""
    rows = [["Title", "Start", "End"]]
    for i in range(10):
        d = date(2026, 10, 5) + timedelta(days=7 * i)
        rows.append([f"Fair {i}", f"{d:%Y-%m-%d} 09:00", f"{d + timedelta(days=2):%Y-%m-%d} 17:00"])
    _write(tmp_path / "fairs.csv", rows)
    recs = read(tmp_path / "fairs.csv").records
    assert all(r.end is not None and r.end - r.start == timedelta(days=2, hours=8) for r in recs), recs[:2]


FIRST = ["Ella", "Lukas", "Priya", "Mikkel", "Åsa", "Jörg", "Anna-Lena", "Björn"]
LAST = ["Forsberg", "Andersson", "Nair", "Holm", "Öberg", "Müller", "Lindqvist", "Ek"]


@pytest.mark.parametrize("seed", range(3))
def test_a_person_named_and_mailed_on_one_row_is_one_person(tmp_path, seed):
    """Asana's "Assignee" beside "Assignee Email": one person, by name."""
    rng = random.Random(f"mail-{seed}")
    rows, want = [["Task ID", "Created At", "Name", "Section/Column", "Assignee", "Assignee Email", "Due Date",
                   "Tags"]], {}
    team = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(3)]   # a small team, each on many rows
    for i in range(20):
        first, last = rng.choice(team)
        local = rng.choice([f"{_plain(first)}.{_plain(last)}", f"{_plain(first)[0]}{_plain(last)}",
                            f"{_plain(first)}_{_plain(last)}"])
        title = f"Post {i}: {rng.choice(PLACES)}"
        rows.append([str(1200000000000000 + rng.getrandbits(40)), "2026-09-21", title,
                     rng.choice(["Scheduled", "Drafts"]), f"{first} {last}", f"{local}@example.org",
                     f"2026-10-{1 + i:02d}", rng.choice(["LinkedIn", "Instagram"])])
        want[title] = f"{first} {last}"
    _write(tmp_path / "asana.csv", rows)
    assert {r.title: r.owner for r in read(tmp_path / "asana.csv").records} == want


def _plain(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode().replace("-", "")


def test_someone_elses_address_stays_a_second_person():
    from importers.people import without_own_mail
    rng = random.Random("other-mail")
    for _ in range(30):
        first, other, last = *rng.sample(FIRST, 2), rng.choice(LAST)
        names = [f"{first} {last}", f"{_plain(other)}.{_plain(last)}@example.org"]
        assert without_own_mail(names) == names
        assert without_own_mail([f"{first} {last}", f"{_plain(first)}.{_plain(last)}@x.org"]) == [f"{first} {last}"]



@pytest.mark.parametrize("seed", range(1, 4))
def test_a_tag_column_beside_the_people_is_no_more_people(tmp_path, seed):
    """Notion's "Taggar" of one or two capitalised labels ("Barnkanalen, Pyssel") beside "Ansvarig":
    the labels are no people, however alike single words and first names look. The export is
    tests/holdout4's Barn & Unga file (drawn from its pools)."""
    from tests.holdout4.company import make_company
    from tests.holdout4.files import barn

    company = make_company(seed)
    for k in range(3):   # three writers' draws of the file per seed
        path = barn(company, tmp_path, random.Random(seed * 53 + 7 + k), company.habits["barn"])
        want = sorted((p.title, "; ".join(p.people)) for p in company.of("barn"))
        assert sorted((r.title, r.owner) for r in read(path).records) == want


NETWORKS = ["Instagram", "TikTok", "Facebook", "LinkedIn", "YouTube"]
OTHER_LABELS = ["Live", "Ukens låt", "Konkurranse", "Evergreen", "Needs review", "Q4 campaign"]
COLOURS = ["green", "purple", "black", "sky", "orange", "red"]


@pytest.mark.parametrize("seed", range(3))
def test_a_label_list_naming_one_network_is_the_channel_column(tmp_path, seed):
    """Trello's "Labels" ("TikTok (black), Live (green)"): a list of labels, one of them a network,
    makes the channel column by its content, whatever the header."""
    from importers.channels import channel_in_list, known_channel

    rng = random.Random(f"labels-{seed}")
    head = ["Card Name", rng.choice(["Labels", "Etiketter", "Tags"]), "Due Date"]
    rows, want = [head], {}
    for i in range(20):
        net = rng.choice(NETWORKS)
        labels = [net] + rng.sample(OTHER_LABELS, rng.choice([0, 1, 1, 2]))
        rng.shuffle(labels)
        if rng.random() < 0.5:
            labels = [f"{x} ({rng.choice(COLOURS)})" for x in labels]
        title = f"Card {i}: {rng.choice(PLACES)}"
        rows.append([title, ", ".join(labels), f"2026-10-{1 + i:02d}T0{rng.randrange(10)}:00:00.000Z"])
        want[title] = net
    _write(tmp_path / "trello.csv", rows)
    got = {r.title: (known_channel(r.channel) or channel_in_list(r.channel)) for r in read(tmp_path / "trello.csv").records}
    assert got == want


def test_card_people_columns_are_named_so():
    """Trello's "Members" and Jira's "Assignees" hold user names ("theanilsen") nothing in the
    content says are people: the header does."""
    from importers.sheets.mapping import match
    assert [match(h)[0] for h in ("Members", "Member", "Assignees")] == ["owner"] * 3


@pytest.mark.parametrize("seed", range(3))
def test_outlook_attendees_join_the_organizer(tmp_path, seed):
    """Outlook's CSV export: "Meeting Organizer" and, on a few rows, "Required Attendees" ("A;B"):
    everyone named books the entry, however rarely the attendees column is filled."""
    rng = random.Random(f"outlook-{seed}")
    team = [f"{f} {l}" for f, l in zip(rng.sample(FIRST, 4), rng.sample(LAST, 4))]
    rows, want = [["Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event",
                   "Meeting Organizer", "Required Attendees", "Optional Attendees", "Categories"]], []
    for i in range(25):
        org = rng.choice(team)
        att = [p for p in rng.sample(team, 2) if p != org][:1] if rng.random() < 0.15 else []
        d = date(2026, 10, 1) + timedelta(days=i)
        rows.append([f"Post {i}", f"{d:%Y-%m-%d}", "09:00:00", f"{d:%Y-%m-%d}", "09:30:00", "False", org,
                     ";".join(att), "", rng.choice(["Instagram", "Facebook"])])
        want.append((f"Post {i}", "; ".join([org] + att)))
    _write(tmp_path / "outlook.csv", rows)
    assert sorted((r.title, r.owner) for r in read(tmp_path / "outlook.csv").records) == sorted(want)


def test_killed_and_dropped_say_cancelled_but_start_no_title():
    """Airtable's "Killed", a Trello list "Droppet": cancelled as a status; "Killed: …" as a title's
    first word is a headline, not a cancelled meeting."""
    from importers.statuses import cancelled_prefix, is_cancelled
    assert is_cancelled("Killed") and is_cancelled("droppet") and is_cancelled("KILLED")
    assert cancelled_prefix("Killed: the story behind the stag") is None
