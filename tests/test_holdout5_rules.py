"""Generated tables for the rules the fifth held-out company (tests/holdout5/, Maison Soleil) asked
for. Each table is drawn from pools written here (seeded), never from that company's strings."""
from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.roles import is_code
from tests.company_gen import HEADER_WORDS
from tests.realworld2_pools import PHRASES, write_csv

ZONE = ZoneInfo("Europe/Berlin")
SEEDS = range(1, 21)


def digit_id(rng: random.Random) -> str:
    """A post or object id of digits only, joined (Meta's page_post ids, order numbers, ledger keys)."""
    shape = rng.randrange(4)
    if shape == 0:
        return f"{rng.randrange(10**14, 10**15)}_{rng.randrange(10**15, 10**16)}"
    if shape == 1:
        return f"{rng.randrange(1000, 9999)}-{rng.randrange(10**5, 10**6)}-{rng.randrange(10**5, 10**6)}"
    if shape == 2:
        return f"{rng.randrange(10**9, 10**10)}/{rng.randrange(100, 999)}"
    return f"{rng.randrange(10**5, 10**6)}.{rng.randrange(10**5, 10**6)}.{rng.randrange(10**5, 10**6)}"


@pytest.mark.parametrize("seed", SEEDS)
def test_digits_joined_are_an_identifier_not_the_title(tmp_path, seed):
    rng = random.Random(seed)
    start = date(2026, 1, 5) + timedelta(days=rng.randrange(300))
    phrases = rng.sample(PHRASES, rng.randrange(5, 10))
    rows, truth = [], []
    for k in range(rng.randrange(12, 30)):
        day, phrase = start + timedelta(days=k), rng.choice(phrases)
        rows.append([day.isoformat(), phrase, digit_id(rng)])
        truth.append((day, phrase))
    order = list(range(3))
    rng.shuffle(order)
    header = rng.sample(HEADER_WORDS, 3)
    path = write_csv(tmp_path / f"ids-{seed}.csv", [header[i] for i in order], [[r[i] for i in order] for r in rows])
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = Counter((r.start if isinstance(r.start, date) else r.start.date(), r.title) for r in result.records)
    assert got == Counter(truth)


def test_digit_identifiers_and_what_is_not_one():
    rng = random.Random(7)
    assert all(is_code(digit_id(rng)) for _ in range(40))
    assert not any(is_code(t) for t in ("12:30", "2026", "1.250,50", "+33 4 78 12 34 56", "26.6", "120,50", "-30 %"))


NAME_WORDS = ("plan", "calendario", "bulk", "export", "Q4", "2026", "équipe", "social", "kundeservice", "posts",
              "Planung", "agenda", "team", "brand", "campagne", "conteúdos")
NETWORK_SPELLINGS = {"Instagram": ("Instagram", "instagram", "INSTAGRAM"), "LinkedIn": ("LinkedIn", "linkedin"),
                     "Facebook": ("Facebook", "facebook"), "YouTube": ("YouTube", "Youtube"),
                     "TikTok": ("TikTok", "tiktok"), "Pinterest": ("Pinterest",), "X": ("Twitter", "twitter")}


def _named_file(rng: random.Random, folder, networks: list[str], channel_column: str | None = None):
    words = rng.sample(NAME_WORDS, rng.randrange(2, 4))
    for net in networks:
        words.insert(rng.randrange(len(words) + 1), rng.choice(NETWORK_SPELLINGS[net]))
    name = rng.choice("_- ").join(words) + ".csv"
    header = ["Date", "Message"] + (["Network"] if channel_column else [])
    start = date(2026, 3, 2) + timedelta(days=rng.randrange(200))
    rows = [[f"{start + timedelta(days=k):%d/%m/%Y} {rng.choice(['09:00', '12:30', '18:15'])}", rng.choice(PHRASES)]
            + ([channel_column] if channel_column else []) for k in range(rng.randrange(5, 15))]
    return write_csv(folder / name, header, rows)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_file_named_for_one_network_gives_its_entries_that_channel(tmp_path, seed):
    rng = random.Random(seed)
    net = rng.choice(sorted(NETWORK_SPELLINGS))
    result = read_file(_named_file(rng, tmp_path, [net]), ImportOptions(timezone=ZONE))
    assert result.records and {r.channel for r in result.records} == {net}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_with_two_networks_or_a_channel_column_says_nothing(tmp_path, seed):
    rng = random.Random(seed)
    a, b = rng.sample(sorted(NETWORK_SPELLINGS), 2)
    two = read_file(_named_file(rng, tmp_path, [a, b]), ImportOptions(timezone=ZONE))
    assert two.records and {r.channel for r in two.records} == {""}
    none = read_file(_named_file(rng, tmp_path, []), ImportOptions(timezone=ZONE))
    assert {r.channel for r in none.records} == {""}
    own = read_file(_named_file(rng, tmp_path, [a], channel_column=b), ImportOptions(timezone=ZONE))
    assert {r.channel for r in own.records} == {b}


OWN_CITY_NAMES = {"Lisboa": "Europe/Lisbon", "Roma": "Europe/Rome", "Warszawa": "Europe/Warsaw", "Praha": "Europe/Prague",
                  "København": "Europe/Copenhagen", "Bruxelles": "Europe/Brussels", "Athína": "Europe/Athens",
                  "București": "Europe/Bucharest", "Moskva": "Europe/Moscow"}
TIME_HEADERS = ("Hora ({city})", "Heure ({city})", "Ora ({city})", "Time ({city})", "Uhrzeit ({city})",
                "Data/Hora ({city})", "hora de {city}")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_time_header_naming_a_city_in_its_own_language_sets_the_zone(tmp_path, seed):
    from datetime import datetime

    rng = random.Random(seed)
    city = rng.choice(sorted(OWN_CITY_NAMES))
    zone = ZoneInfo(OWN_CITY_NAMES[city])
    head = rng.choice(TIME_HEADERS).format(city=city)
    start = datetime(2026, 3, 2) + timedelta(days=rng.randrange(250))
    truth, rows = [], []
    for k in range(rng.randrange(5, 12)):
        t = start + timedelta(days=k, hours=rng.choice([9, 12, 17]), minutes=rng.choice([0, 30]))
        if head.startswith("Data"):
            rows.append([t.strftime("%d/%m/%Y %H:%M"), rng.choice(PHRASES)])
        else:
            rows.append([t.strftime("%d/%m/%Y"), t.strftime("%H:%M"), rng.choice(PHRASES)])
        truth.append(t.replace(tzinfo=zone))
    header = [head, "Titre"] if head.startswith("Data") else ["Data", head, "Titre"]
    path = write_csv(tmp_path / "plan.csv", header, rows, delimiter=";")
    result = read_file(path, ImportOptions(timezone=ZoneInfo("America/Chicago")))  # no city of the pool's zones
    assert sorted(r.start for r in result.records) == sorted(truth), head


MONTH_NAMES = {"it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                      "ottobre", "novembre", "dicembre"],
               "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                      "novembre", "décembre"],
               "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                      "noviembre", "diciembre"],
               "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                      "novembro", "dezembro"],
               "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                      "November", "Dezember"]}
AT_WORDS = {"it": ["ore", "alle", ""], "fr": ["à", ""], "es": ["a las", ""], "pt": ["às", ""], "de": ["um", ""]}
DATE_FORMS = ("{d} {m} {y}", "{d} de {m} de {y}", "{d}. {m} {y}")
CLOCK_FORMS = ("{h}.{mm}", "{h}:{mm}", "{h}h{mm}", "{hh}:{mm}")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_date_in_words_with_its_time_after_a_joining_word(seed):
    from datetime import datetime

    from importers.sheets.dates import parse_date_column

    rng = random.Random(seed)
    values, truth = [], []
    for _ in range(20):
        lang = rng.choice(sorted(MONTH_NAMES))
        t = datetime(2026, 1, 1) + timedelta(days=rng.randrange(364), hours=rng.randrange(7, 23), minutes=rng.choice([0, 5, 30, 45]))
        when = rng.choice(DATE_FORMS).format(d=t.day, m=MONTH_NAMES[lang][t.month - 1], y=t.year)
        clock = rng.choice(CLOCK_FORMS).format(h=t.hour, hh=f"{t.hour:02d}", mm=f"{t.minute:02d}")
        values.append(" ".join(x for x in (when, rng.choice(AT_WORDS[lang]), clock) if x))
        truth.append((t.date(), t.time()))
    got = parse_date_column(values, None)[0]
    assert [(g[0], g[1]) if isinstance(g, tuple) else g for g in got] == truth, list(zip(values, got))


def test_words_before_a_date_are_still_no_date():
    from importers.sheets.dates import BAD, parse_date_column

    got = parse_date_column(["Sortie prévue 12 octobre 2026", "Lancio il 3 marzo 2026 ore 9.00"], None)[0]
    assert all(g is BAD or g is None for g in got), got


@pytest.mark.parametrize("seed", SEEDS)
def test_a_week_number_column_is_not_joined_to_repeated_titles(tmp_path, seed):
    rng = random.Random(seed)
    start = date(2026, 1, 5) + timedelta(days=7 * rng.randrange(40))
    phrases = rng.sample(PHRASES, rng.randrange(3, 6))
    rows, truth = [], []
    for w in range(rng.randrange(5, 9)):  # each week the team's usual posts, each once
        for k, phrase in enumerate(rng.sample(phrases, rng.randrange(2, len(phrases) + 1))):
            day = start + timedelta(days=7 * w + k)
            week = day.isocalendar()[1]
            rows.append([str(week) if rng.random() < 0.5 else week, day.strftime("%d/%m/%Y"), phrase])
            truth.append((day, phrase))
    header = rng.sample(HEADER_WORDS, 3)
    path = write_csv(tmp_path / f"weeks-{seed}.csv", header, rows)
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = Counter((r.start if isinstance(r.start, date) else r.start.date(), r.title) for r in result.records)
    assert got == Counter(truth)


FIRSTS = ("Lucía", "Javier", "Marta", "Søren", "Ana", "Pierre", "Giulia", "João", "Hanna", "Mehmet")
LASTS = ("García", "Ruiz", "Oliveira", "Lindqvist", "Moreau", "Bianchi", "Kowalska", "Öztürk", "Nakamura", "Brown")
LIST_JOINERS = (" / ", " y ", "; ", " & ", " e ", " + ")


@pytest.mark.parametrize("seed", SEEDS)
def test_names_written_surname_first_are_listed_as_people(tmp_path, seed):
    rng = random.Random(seed)
    team = [f"{last}, {first}" for first, last in zip(rng.sample(FIRSTS, 4), rng.sample(LASTS, 4))]
    joiner = rng.choice(LIST_JOINERS)
    start = date(2026, 4, 6) + timedelta(days=rng.randrange(100))
    rows, truth = [], []
    for k in range(rng.randrange(10, 20)):
        people = rng.sample(team, rng.choice([1, 1, 2]))
        rows.append([f"{start + timedelta(days=k):%d/%m/%Y}", rng.choice(PHRASES), joiner.join(people)])
        truth.append(people)
    path = write_csv(tmp_path / "owners.csv", ["Fecha", "Publicación", "Responsable"], rows)
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert [r.owner.split("; ") for r in result.records] == truth


LABELS = ("Promo", "Evergreen", "Promo, FR", "Always-on", "Brand", "Sale", "Seasonal", "Launch, Paid")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_few_labels_do_not_tell_repeated_titles_apart(tmp_path, seed):
    rng = random.Random(seed)
    phrases = rng.sample(PHRASES, rng.randrange(5, 8))
    labels = rng.sample(LABELS, rng.randrange(2, 4))
    start = date(2026, 2, 2) + timedelta(days=rng.randrange(200))
    combos = rng.sample([(p, lb) for p in phrases for lb in labels], len(phrases) * len(labels))
    rows, truth = [], []  # the team's posts come back, each time under another label
    for k, (phrase, label) in enumerate(combos[: rng.randrange(2 * len(phrases), len(combos) + 1)]):
        day = start + timedelta(days=k)
        rows.append([f"{day.month}/{day.day}/{day.year}", phrase, label])
        truth.append((day, phrase))
    header = ["Date", rng.choice(["Post", "Title", "Topic"]), rng.choice(["Tags", "Labels", "Category"])]
    path = write_csv(tmp_path / "labels.csv", header, rows)
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = Counter((r.start if isinstance(r.start, date) else r.start.date(), r.title) for r in result.records)
    assert got == Counter(truth)


BOARD_HEADERS = (("Item", "Person", "Status", "Date", "Time"), ("Publicació", "Persona", "Estat", "Data", "Hora"),
                 ("Elemento", "Persona", "Estado", "Fecha", "Hora"), ("Élément", "Personne", "Statut", "Date", "Heure"),
                 ("Name", "Owner", "Status", "Due date", "Time"))
SUB_WORDS = ("Subitems", "Subelements", "Subelementos", "Sous-éléments", "Tasks")
TASKS = ("Write the copy", "Photo shoot", "Brand review", "Translate", "Book the venue", "Order samples")
STATES = ("Done", "Working on it", "Stuck", "Fet", "En curs", "Hecho")


@pytest.mark.parametrize("seed", SEEDS)
def test_sub_items_under_their_own_header_are_no_entries(tmp_path, seed):
    from datetime import datetime, time

    from tests.sheets_build import write_xlsx

    rng = random.Random(seed)
    head = rng.choice(BOARD_HEADERS)
    people = rng.sample(FIRSTS, 3)
    start = date(2026, 5, 4) + timedelta(days=rng.randrange(150))
    rows, truth = [["Board: " + rng.choice(PHRASES)]], []
    k = 0
    for group in range(rng.randrange(2, 4)):
        sub = rng.choice(SUB_WORDS)
        rows += [[], [f"Group {group + 1}"], [head[0], sub, *head[1:]]]
        for _ in range(rng.randrange(3, 7)):
            k += 1
            day = start + timedelta(days=k)
            t = time(rng.choice([9, 11, 15, 18]), rng.choice([0, 30]))
            title = f"{rng.choice(PHRASES)} {k}"
            tasks = rng.sample(TASKS, rng.randrange(1, 4)) if rng.random() < 0.5 else []
            rows.append([title, ", ".join(tasks), rng.choice(people), rng.choice(STATES),
                         datetime(day.year, day.month, day.day), t.strftime("%H:%M")])
            truth.append((datetime.combine(day, t, ZONE), title))
            if tasks:
                rows.append([None, sub, head[1], head[2], head[3]])
                for task in tasks:
                    due = day - timedelta(days=rng.randrange(1, 4))
                    rows.append([None, task, rng.choice(people), rng.choice(STATES), datetime(due.year, due.month, due.day)])
    path = write_xlsx(tmp_path / "board.xlsx", {"Board": rows})
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert sorted((r.start, r.title) for r in result.records) == sorted(truth)


CA_STATES = {"planned": ("Programat", "Publicat", "Fet", "Aprovat"), "draft": ("Esborrany", "En curs", "Pendent"),
             "cancelled": ("Cancel·lat", "Cancel·lada", "Anul·lat", "cancel.lat")}


@pytest.mark.parametrize("seed", SEEDS)
def test_catalan_states_and_cancellations(tmp_path, seed):
    from importers.statuses import is_cancelled

    rng = random.Random(seed)
    start = date(2026, 9, 7) + timedelta(days=rng.randrange(60))
    rows, truth = [], []
    for k in range(rng.randrange(10, 20)):
        kind = rng.choices(sorted(CA_STATES), [0.3, 0.2, 0.5])[0]
        phrase = rng.choice(PHRASES)  # "Data import 4" at the table's foot too (see the test below)
        rows.append([f"{start + timedelta(days=k):%d/%m/%Y}", f"{phrase} {k}", rng.choice(CA_STATES[kind])])
        truth.append(kind == "cancelled")
    path = write_csv(tmp_path / "ca.csv", ["Data", "Publicació", "Estat"], rows)
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert [is_cancelled(r.status) for r in result.records] == truth


SURNAMES = ("Dupont", "García López", "de Vries", "Rossi", "Le Goff", "Carvalho", "Puig", "Nowak", "Lindqvist", "Okafor")
GIVEN = ("Marie", "Lucía", "Sanne", "Giulia", "Chloé", "Inês", "Jordi", "Piotr", "Erik", "Chidi")


def _plain(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


@pytest.mark.parametrize("seed", SEEDS)
def test_a_surname_in_capitals_first_is_the_same_person(seed):
    from calendar_core.names import person_identities

    rng = random.Random(seed)
    people = list(zip(rng.sample(GIVEN, 5), rng.sample(SURNAMES, 5)))
    spellings = {}
    for first, last in people:
        address = f"{_plain(first)}.{_plain(last).replace(' ', '')}@firm.example"
        forms = [f"{first} {last}", f"{last}, {first}", address]
        spellings[(first, last)] = [f"{last.upper()} {first}", rng.choice(forms)]
    keys = person_identities([s for forms in spellings.values() for s in forms])
    per_person = [{keys[s] for s in forms} for forms in spellings.values()]
    assert all(len(k) == 1 for k in per_person), spellings
    assert len(set().union(*per_person)) == len(people)


@pytest.mark.parametrize("spelling", ["Lettre d'info", "Lettre d’info", "E-mailing", "Infolettre", "Butlletí",
                                      "Boletim informativo", "lettre d'information", "Nieuwsbrief"])
def test_the_newsletter_in_the_languages_read(spelling):
    from calendar_core.names import Names

    assert Names.defaults().channel(spelling) == "Newsletter"


HEADER_WORD_TITLES = ("Data import", "Date night special", "Datum-Check der Anmeldungen", "Fecha límite de inscripción",
                      "Status update", "Title sponsor reveal", "Hora del té", "Data review")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_last_row_whose_title_starts_with_a_header_word_is_data(tmp_path, seed):
    rng = random.Random(seed)
    head = rng.choice((["Data", "Titol", "Estat"], ["Date", "Title", "Status"], ["Fecha", "Título", "Estado"],
                       ["Datum", "Titel", "Status"]))
    start = date(2026, 3, 2) + timedelta(days=rng.randrange(200))
    n = rng.randrange(4, 15)
    rows, truth = [], []
    for k in range(n):
        words = rng.choice(HEADER_WORD_TITLES) if k >= n - rng.randrange(1, 3) else rng.choice(PHRASES)
        title = f"{words} {k}"
        day = start + timedelta(days=k)
        rows.append([day.strftime("%d/%m/%Y"), title, rng.choice(["Planned", "Done", "Draft"])])
        truth.append((day, title))
    path = write_csv(tmp_path / "foot.csv", head, rows)
    result = read_file(path, ImportOptions(timezone=ZONE))
    got = Counter((r.start if isinstance(r.start, date) else r.start.date(), r.title) for r in result.records)
    assert got == Counter(truth)


def _amount(rng: random.Random) -> str:
    """A cost as teams write it: small sums with their cents, now and then a large one grouped."""
    cents = rng.choice(["00", "50", "5", "90", "25"])
    if rng.random() < 0.15:
        return f"{rng.randrange(1000, 20000):,}".replace(",", ".") + f",{cents}"
    return f"{rng.randrange(5, 400)}{rng.choice([',', ',', '.'])}{cents}"


@pytest.mark.parametrize("seed", SEEDS)
def test_an_amount_column_gives_no_entry_a_length(tmp_path, seed):
    rng = random.Random(seed)
    start = date(2026, 3, 2) + timedelta(days=rng.randrange(200))
    rows = []
    for k in range(rng.randrange(8, 20)):
        day = start + timedelta(days=k)
        rows.append([day.strftime("%d/%m/%Y"), rng.choice(["09:00", "12:30", "17:45"]), f"{rng.choice(PHRASES)} {k}",
                     _amount(rng) if rng.random() < 0.8 else ""])
    header = ["Data", "Hora", rng.choice(["Publicação", "Título", "Titre"]),
              rng.choice(["Custo (€)", "Presupuesto", "Budget", "Kosten", "Coste", "Importe"])]
    delimiter = rng.choice([";", ","])
    path = write_csv(tmp_path / "amounts.csv", header, rows, delimiter=delimiter)
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert len(result.records) == len(rows)
    assert all(r.end is None for r in result.records), [(r.start, r.end) for r in result.records if r.end]


PARENT_NAMES = ("Settimana {n}", "Week {n}", "Semaine {n}", "Campaign {n}", "Sprint {n}", "KW {n}")
NETWORKS = ("Instagram", "LinkedIn", "Facebook", "TikTok")


@pytest.mark.parametrize("seed", SEEDS)
def test_parent_rows_that_roll_up_their_childrens_day_are_no_entries(tmp_path, seed):
    from datetime import datetime, time

    from tests.sheets_build import write_xlsx

    rng = random.Random(seed)
    parent = rng.choice(PARENT_NAMES)
    start = date(2026, 2, 2) + timedelta(days=7 * rng.randrange(30))
    rows, truth = [["Task", "Date", "Time", "Channel", "Owner", "Status"]], []
    for w in range(rng.randrange(3, 7)):
        days = sorted(start + timedelta(days=7 * w + k) for k in rng.sample(range(5), rng.randrange(2, 5)))
        rows.append([parent.format(n=w + 1), datetime.combine(days[0], time()), None, None, None, None])
        for k, day in enumerate(days):
            t = time(rng.choice([9, 12, 16]), rng.choice([0, 30]))
            title = f"{rng.choice(PHRASES)} {w}.{k}"
            rows.append(["  " + title, datetime.combine(day, time()), t.strftime("%H:%M"), rng.choice(NETWORKS),
                         rng.choice(FIRSTS), rng.choice(["Scheduled", "Draft", "Published"])])
            truth.append((datetime.combine(day, t, ZONE), title))
    path = write_xlsx(tmp_path / "smartsheet.xlsx", {"Plan": rows})
    result = read_file(path, ImportOptions(timezone=ZONE))
    assert sorted((r.start, r.title) for r in result.records) == sorted(truth)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_all_day_entry_with_its_people_is_no_parent_row(tmp_path, seed):
    from datetime import datetime, time

    from tests.sheets_build import write_xlsx

    rng = random.Random(seed)
    start = date(2026, 4, 6) + timedelta(days=rng.randrange(100))
    rows, want = [["Task", "Date", "Time", "Channel", "Owner", "Status"]], 0
    for k in range(rng.randrange(10, 20)):
        day = start + timedelta(days=k // 2)
        timed = rng.random() < 0.85
        rows.append([f"{rng.choice(PHRASES)} {k}", datetime.combine(day, time()), "10:00" if timed else None,
                     rng.choice(NETWORKS) if timed else None, rng.choice(FIRSTS), rng.choice(["Scheduled", "Draft"])])
        want += 1
    path = write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows})
    assert len(read_file(path, ImportOptions(timezone=ZONE)).records) == want
