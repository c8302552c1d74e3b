"""The reading rules holdout12 (Maple & Wattle Media) drove, each drawn at random from pools: French-Canadian
clock times ("14 h 30", "10 h") in a time column and after a date ("5 octobre 2026 à 14 h 30"); a social
tool's profile naming its network ("Facebook - Acme AU", "Acme Perth (Facebook Page)"), and such a column
under a weak header ("Service") read as the channel."""
from __future__ import annotations

import random
from datetime import date, time

import pytest

from importers.channels import known_channel
from importers.sheets.dates import parse_date_column
from importers.sheets.roles import profile, scores
from importers.sheets.times import parse_duration

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ACCOUNTS = ["Maple & Wattle AU", "Acme Perth", "Brightline NYC", "Kiwi Radio", "Les Éditions Boréal", "Harbour FM"]
NETWORKS = {"Facebook": ["Facebook", "Facebook Page"], "Instagram": ["Instagram", "Instagram Business"],
            "LinkedIn": ["LinkedIn", "LinkedIn Company Page"], "X": ["X (Twitter)", "Twitter"]}


def _fr_clock(rnd):
    h, m = rnd.randint(7, 20), rnd.choice([0, 0, 15, 30, 45])
    return (f"{h} h {m:02d}" if m else f"{h} h"), time(h, m)


@pytest.mark.parametrize("seed", range(6))
def test_french_canadian_clocks_in_a_column_are_times_of_day(seed):
    rnd = random.Random(seed)
    cells, want = zip(*[_fr_clock(rnd) for _ in range(rnd.randint(4, 12))])
    p = profile(list(cells))
    s = scores(p)
    assert s.get("time", 0) > s.get("duration", 0), (cells, s)


def test_short_lengths_stay_lengths():
    """"1 h 30", "2 h", "45 min": a column of lengths of a few hours is still a duration."""
    cells = ["1 h 30", "2 h", "1 h", "0 h 45", "3 h", "1 h 15"]
    s = scores(profile(cells))
    assert s.get("duration", 0) > s.get("time", 0), s
    assert parse_duration("1 h 30").seconds == 5400


@pytest.mark.parametrize("seed", range(6))
def test_french_canadian_date_and_time_in_one_cell(seed):
    rnd = random.Random(100 + seed)
    cells, want = [], []
    for _ in range(6):
        d = date(2026, rnd.randint(9, 11), rnd.randint(1, 28))
        text, t = _fr_clock(rnd)
        day = "1er" if d.day == 1 else str(d.day)
        cells.append(f"{day} {FR_MONTHS[d.month - 1]} {d.year} à {text}")
        want.append((d, t))
    got = parse_date_column(cells, None)[0]
    assert [(g[0], g[1]) for g in got] == want, cells


@pytest.mark.parametrize("seed", range(6))
def test_a_profile_names_the_network_it_is_on(seed):
    rnd = random.Random(200 + seed)
    for _ in range(10):
        net = rnd.choice(list(NETWORKS))
        spelled, account = rnd.choice(NETWORKS[net]), rnd.choice(ACCOUNTS)
        value = rnd.choice([f"{spelled} - {account}", f"{account} ({spelled})" if "(" not in spelled else f"{spelled} - {account}",
                            f"{account} | {spelled}"])
        assert known_channel(value, formats=True) == net, value


def test_a_profile_naming_two_networks_names_none():
    assert known_channel("Instagram - Acme - Facebook", formats=True) is None


@pytest.mark.parametrize("seed", range(4))
def test_a_service_column_of_profiles_is_the_channel(seed, tmp_path):
    from importers import read_file
    rnd = random.Random(300 + seed)
    account = rnd.choice(ACCOUNTS)
    lines = ["Date/Time,Service,Message,Created By,Status"]
    for i in range(rnd.randint(6, 12)):
        net = rnd.choice(list(NETWORKS))
        spelled = rnd.choice([s for s in NETWORKS[net] if "(" not in s])
        lines.append(f"0{rnd.randint(1, 9)}/10/2026 {rnd.randint(8, 19)}:00,{account} ({spelled}),"
                     f"Post number {i} about the harbour,Mia Kelly,Queued")
    path = tmp_path / "sendible-export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_file(path)
    assert result.settings["column_map"]["Service"] == "channel", result.settings["column_map"]
    assert all(known_channel(r.channel, formats=True) in NETWORKS for r in result.records)


PEOPLE = ["Priya Raman", "Jordan Whitfield", "Megan Kowalski", "Daniel Osei", "Aroha Tane", "Élise Tremblay",
          "Chloe Nguyen", "Seán MacNeil"]
TITLES = ["Behind the scenes: Night Shift", "New episode of Coastlines is live", "Meet the team in Ottawa",
          "Poll: what should Paper Trail cover next?", "Weekend reads from the newsroom", "Trailer drop: Southern Light"]


@pytest.mark.parametrize("seed", range(6))
def test_people_after_a_spaced_dash_judged_together(seed):
    from importers.sheets.asides import people_from_titles
    rnd = random.Random(400 + seed)
    titles, want = [], []
    for _ in range(rnd.randint(3, 8)):
        people = rnd.sample(PEOPLE, rnd.choice([1, 1, 2]))
        title = rnd.choice(TITLES)
        titles.append(f"{title} {rnd.choice(['—', '–', '-'])} {' & '.join(people)}")
        want.append((title, people))
    got, rest = people_from_titles(titles)
    assert got is not None, titles
    assert rest == [t for t, _ in want]
    assert [g.split(" & ") for g in got] == [p for _, p in want]


def test_a_dash_in_titles_that_name_no_people_stays():
    from importers.sheets.asides import people_from_titles
    titles = ["Recap – part two", "Launch - the teaser", "Webinar — Q&A session", "Episode 4 - trailer"]
    assert people_from_titles(titles) == (None, titles)


MAIL_HEADERS = [["Campaign Name", "Subject Line", "Send Time", "Status", "Audience", "Total Recipients"],
                ["Name", "Subject", "Sent", "Opens", "Clicks"], ["Title", "Email subject", "Date", "Preview text"],
                ["Campaign", "Subject line", "Send date", "List name", "Open rate"]]


@pytest.mark.parametrize("seed", range(4))
def test_a_campaign_export_is_a_list_of_mailings(seed, tmp_path):
    from importers import read_file
    rnd = random.Random(500 + seed)
    head = MAIL_HEADERS[seed]
    rows = []
    for i in range(rnd.randint(4, 9)):
        d = date(2026, 10, rnd.randint(1, 28))
        vals = {"date": f"{d:%b %d, %Y} 9:00 am" if "Send Time" in head else d.isoformat()}
        row = []
        for h in head:
            k = h.lower()
            if "subject" in k:
                row.append(f"{rnd.choice(TITLES)} #{i}")
            elif k in ("send time", "sent", "date", "send date"):
                row.append(vals["date"])
            elif k in ("campaign name", "name", "title", "campaign"):
                row.append(f"Digest {i}")
            else:
                row.append(str(rnd.randint(10, 9000)) if "open" in k or "click" in k or "recip" in k else "Subscribers")
        rows.append(row)
    path = tmp_path / "campaigns.csv"
    path.write_text("\n".join(",".join(r) for r in [head] + rows) + "\n", encoding="utf-8")
    result = read_file(path)
    assert result.records and all(r.channel == "Newsletter" for r in result.records), result.settings


def test_a_table_with_a_subject_alone_is_no_mailing():
    from importers.channels import mailing_headers
    assert not mailing_headers(["Date", "Subject", "Owner", "Channel"])
    assert mailing_headers(["Date", "Subject line", "Audience"])


@pytest.mark.parametrize("seed", range(4))
def test_a_title_with_its_networks_tag_is_no_profile(seed):
    from importers.channels import profile_network
    rnd = random.Random(600 + seed)
    for _ in range(8):
        title = f"{rnd.choice(['Partner news', 'Launch recap', 'Community spotlight'])}: {rnd.choice(['part two', 'in five minutes', 'ask us anything'])}"
        value = f"{title} ({rnd.randint(1, 99)}) | {rnd.choice(list(NETWORKS))}"
        assert profile_network(value) is None, value
