"""Calendars drawn as grids: a row of dates (a week, a month) with the entries
in the cells below each date and a row label (a time, a period) on the left,
or rows of day numbers under a month title. Unpivoted to plain (date, label,
entry, details) rows; a grid with nothing written in it is a blank template.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from importers.channels import channel_tag, known_channel
from importers.sheets.dates import decide_order, parse_date_column, weekday_of
from importers.sheets.dates.words import day_with_month
from importers.sheets.layouts import blank_cell, cell_at, start_clock
from importers.sheets.table import cell_text, is_blank_row, looks_like_data
from importers.sheets.times import ALL_DAY, BAD_TIME, parse_time_column, parse_time_text

MIN_GRID_DATES = 3
MIN_WEEK_DATES = 5  # a sheet holding one week shows at least its working days
SCAN_GRID_ROWS = 400
_DASH_MD = re.compile(r"^\s*(\d{2})-(\d{2})\s*$")  # "03-05": month-day in grids (East Asian timetables)
# a clock that cannot be a count: minutes after ':', '.' or 'h', or an am/pm or "Uhr" mark
_CLOCKISH = re.compile(r"\d\s*[:.h]\s*\d{2}|\d\s*(?:[ap]\.?m\b|[ap]\b|uhr\b|h\b)", re.I)
_LEAD_WORDS = re.compile(r"^\s*([^\W\d_][^:\n]{1,24}?)\s*(?::|\s[-–—]\s)\s*(\S.*)$")  # "ganztägig: …"
_PAREN_TAIL = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")
SHORT_DETAIL = 40  # longest second line of a grid cell still read as a value of its own (a name)
MIN_CELL_TIMES = 0.5  # share of a grid's entries whose cell carries a time before cell times are read


@dataclass(slots=True)
class Grid:
    header: list  # ["Date", "Time" or "Slot", "Event", "Details"]
    rows: list[list]
    date_rows: int
    cells: int  # filled cells under the date rows
    headings: list[str]  # lines without a row label, read as headings


def _grid_text(v):
    if isinstance(v, str):
        m = _DASH_MD.match(v)
        if m:
            return f"{m.group(1)}/{m.group(2)}"
    return v


def _datey(v) -> bool:
    if isinstance(v, date):
        return True
    return isinstance(v, str) and (looks_like_data(v) or day_with_month(v))


def _date_cells(row: list, year_hint, order: bool | None) -> dict[int, tuple]:
    """Columns of a row that hold dates, when most of its filled cells are dates
    running forward along the row (a week or a month)."""
    if sum(map(_datey, row)) < MIN_GRID_DATES:
        return {}
    idx = [k for k, v in enumerate(row) if not blank_cell(v)]
    if len(idx) < MIN_GRID_DATES:
        return {}
    parsed, _ = parse_date_column([_grid_text(row[k]) for k in idx], order, decided=order, year_hint=year_hint)
    hits = {k: p for k, p in zip(idx, parsed) if p.__class__ is tuple}
    if len(hits) < MIN_GRID_DATES or len(hits) < 0.6 * len(idx):
        return {}
    days = [hits[k][0] for k in sorted(hits)]
    steps = sorted((b - a).days for a, b in zip(days, days[1:]))
    if steps[0] <= 0 or steps[len(steps) // 2] != 1:
        return {}  # not consecutive days along the row: dates of one entry (start, end...)
    return hits


def _day_number(v) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)) and float(v).is_integer() and 1 <= v <= 31:
        return int(v)
    if isinstance(v, str) and v.strip().isdigit() and len(v.strip()) <= 2 and 1 <= int(v) <= 31:
        return int(v)
    return None


def _month_context(title: str, rows: list[list]) -> tuple[int, int] | None:
    """(month, year) a month grid names in its sheet name or title rows ("August 2026")."""
    from importers.sheets.dates import MONTHS, fold

    texts = [title] + [cell_text(v) for row in rows[:12] for v in row if isinstance(v, (str, int, float))]
    month = year = None
    for text in texts:
        for tok in re.findall(r"[^\W\d_]+|\d+", fold(text)):
            if month is None and tok in MONTHS:
                month = MONTHS[tok]
            elif year is None and tok.isdigit() and len(tok) == 4 and 1970 <= int(tok) <= 2100:
                year = int(tok)
        if month and year:
            return month, year
    return None


def _day_number_rows(rows: list[list], title: str, year_hint) -> dict[int, dict[int, tuple]]:
    """Rows of day numbers running along (1 2 3 … 7) in a month grid that names its
    month and year: dates, the month moving on each time the numbers start again."""
    if _month_context(title, rows[:SCAN_GRID_ROWS // 20]) is None:
        return {}  # no month named: day numbers cannot be dated
    found = []
    for i, row in enumerate(rows[:SCAN_GRID_ROWS]):
        nums = {k: n for k, v in enumerate(row) if (n := _day_number(v)) is not None}
        filled = sum(1 for v in row if not blank_cell(v))
        if len(nums) < MIN_GRID_DATES or len(nums) < 0.6 * filled:
            continue
        seq = [nums[k] for k in sorted(nums)]
        steps = [b - a for a, b in zip(seq, seq[1:])]
        if all(s == 1 or (s < 0 and a >= 28 and b == 1) for s, a, b in zip(steps, seq, seq[1:])):
            found.append((i, nums))
    if len(found) < 2:
        return {}
    context = _month_context(title, rows[:found[0][0]])
    if context is None:
        return {}
    month, year = context
    first = next(n for _, nums in found for n in (nums[min(nums)],))
    if first > 20:  # the grid opens with the last days of the month before
        month, year = (12, year - 1) if month == 1 else (month - 1, year)
    out: dict[int, dict[int, tuple]] = {}
    prev = 0
    for i, nums in found:
        hits = {}
        for k in sorted(nums):
            n = nums[k]
            if n < prev:
                month, year = (1, year + 1) if month == 12 else (month + 1, year)
            prev = n
            try:
                hits[k] = (date(year, month, n), None)
            except ValueError:
                continue
        out[i] = hits
    return out


def _pinned_year(rows: list[list], date_rows: dict[int, dict[int, tuple]]) -> int | None:
    """The year in which the weekday names written above the dates fit every date."""
    pairs = set()
    for i, hits in date_rows.items():
        for above in rows[max(0, i - 2):i]:
            for k, (day, _t) in hits.items():
                wd = weekday_of(cell_text(cell_at(above, k)))
                if wd is not None:
                    pairs.add((day.month, day.day, wd))
    if len(pairs) < 2:
        return None
    base = next(iter(date_rows.values()))
    centre = next(iter(base.values()))[0].year
    for delta in (0, 1, -1, 2, -2):
        year = centre + delta
        try:
            if all(date(year, m, d).weekday() == wd for m, d, wd in pairs):
                return year
        except ValueError:
            continue
    return None


def date_grid(rows: list[list], year_hint=None, order: bool | None = None, title: str = "") -> Grid | None:
    """A sheet whose dates run along rows (a week or month per row of dates) with
    the entries in the cells below each date, and the row's label (a time, a
    period) in a column left of the dates. None unless at least two date rows
    exist and they are a minority of the filled rows (a table with several date
    columns has dates on every row), or one week heads the sheet (a sheet per week)."""
    candidates = [i for i, row in enumerate(rows[:SCAN_GRID_ROWS]) if sum(map(_datey, row)) >= MIN_GRID_DATES]
    date_rows: dict[int, dict[int, tuple]] = {}
    if len(candidates) >= 2:
        if order is None:
            texts = [_grid_text(v) for i in candidates for v in rows[i] if isinstance(v, str)]
            order = decide_order([texts]).day_first
        for i in candidates:
            hits = _date_cells(rows[i], year_hint, order)
            if hits:
                date_rows[i] = hits
    lone = candidates[0] if len(candidates) == 1 else next(iter(date_rows)) if len(date_rows) == 1 else None
    week = _week_on_top(rows, lone, year_hint, order) if lone is not None else None
    if week is not None:
        date_rows = {lone: week}
    elif len(date_rows) < 2:
        date_rows = _day_number_rows(rows, title, year_hint)
        if len(date_rows) < 2:
            return None
    else:
        for i, row in enumerate(rows[SCAN_GRID_ROWS:], SCAN_GRID_ROWS):
            if sum(1 for v in row if not blank_cell(v)) >= MIN_GRID_DATES:
                hits = _date_cells(row, year_hint, order)
                if hits:
                    date_rows[i] = hits
    year = _pinned_year(rows, date_rows)
    if year is not None:
        date_rows = {i: {k: (_with_year(d, year), t) for k, (d, t) in hits.items()} for i, hits in date_rows.items()}
    date_cols = {k for hits in date_rows.values() for k in hits}
    label_cols = [k for k in range(min(date_cols)) if k not in date_cols]
    found: list[tuple] = []  # (date, column, row index, label, first line, rest)
    order_rows = sorted(date_rows)
    headings: list[str] = []
    for n, top in enumerate(order_rows):
        bottom = order_rows[n + 1] if n + 1 < len(order_rows) else len(rows)
        band = [i for i in range(top + 1, bottom) if i not in date_rows and not _weekday_row(rows[i], date_rows[top])]
        if label_cols and any(not blank_cell(cell_at(rows[i], c)) for i in band for c in label_cols):
            # a grid with row labels: a line without one is a heading repeated over each week
            headings += [cell_text(next(v for v in rows[i] if not blank_cell(v))) for i in band
                         if all(blank_cell(cell_at(rows[i], c)) for c in label_cols) and not is_blank_row(rows[i])]
            band = [i for i in band if any(not blank_cell(cell_at(rows[i], c)) for c in label_cols)]
        for k, (day, _t) in sorted(date_rows[top].items()):
            for i in band:
                v = cell_at(rows[i], k)
                if blank_cell(v) or _not_an_entry(v):
                    continue
                label = next((cell_text(cell_at(rows[i], c)) for c in label_cols if not blank_cell(cell_at(rows[i], c))), "")
                text = cell_text(v).replace("\r\n", "\n").replace("\r", "\n")
                head, _, rest = text.partition("\n")
                found.append((day, k, i, label, head.strip(), rest.strip()))
    found = _posts_per_line(found)
    merged: list[list] = []
    cells = len(found)
    prev = None
    for item in found:
        day, k, i, label, head, rest = item
        if prev and prev[0] == day and prev[1] == k and prev[2] == i - 1 and prev[4] == head and prev[5] == rest:
            merged[-1][1] = f"{merged[-1][1].split(' – ')[0]} – {label}" if label else merged[-1][1]
            prev = item
            continue
        merged.append([day, label, head, rest])
        prev = item
    labels = [r[1] for r in merged if r[1]]
    clock = labels and all(start_clock(t) is not None for t in parse_time_column(labels))
    # rows labelled by networks ("LinkedIn", "Nyhetsbrev"): the label is each post's channel, however
    # few posts a sheet of one quiet week has to show it
    networks = not clock and labels and sum(known_channel(t) is not None for t in set(labels)) >= 0.6 * len(set(labels))
    header = ["Date", "Time" if clock else "Channel" if networks else "Slot", "Event", "Details"]
    if not clock:
        timed = [_cell_time(head, rest) for _day, _label, head, rest in merged]
        if merged and sum(t is not None for t in timed) >= MIN_CELL_TIMES * len(merged):
            header = ["Date", "Time", "Channel" if networks else "Slot", "Event", "Details"]
            merged = [[day, t[0] if t else "", label, t[1] if t else head, t[2] if t else rest]
                      for (day, label, head, rest), t in zip(merged, timed)]
    tagged = _network_lines(r[-1] for r in merged)
    if tagged is not None:  # "Insta – Marloes & Ilse" under each post: its network, then who
        header[-1:] = ["Channel", f"Field {len(header) + 1}"]
        merged = [[*r[:-1], *tag] for r, tag in zip(merged, tagged)]
    elif _one_short_line(r[-1] for r in merged):
        header[-1] = f"Field {len(header)}"  # "Anna", "j.doe@…" under each post: its content says what it is
    return Grid(header, merged, len(date_rows), cells, headings)


_LINE_LABEL = re.compile(r"^([^\W\d_][\w&.+-]{0,11})\s*:\s+\S")  # "LI: …", "FB: …", "Insta: …"


def _posts_per_line(found: list[tuple]) -> list[tuple]:
    """Cells that hold several posts, one per line, each line led by a network ("LI: …", "FB: …")
    or by a label that leads a post of its own elsewhere in the grid: a post per line; or two lines
    per post, the second opening with its network ("Title⏎LI – Mark"); or each line led by its own
    time ("07:00 Werkstour⏎12:00 Innovation"). A cell whose
    lines are a post's fields ("Topic: …", "Owner: …") stays one post, since no cell holds
    "Owner: …" alone and no network is called so."""
    alone = {m.group(1).casefold() for *_, head, rest in found if not rest and (m := _LINE_LABEL.match(head))}

    def leads(line: str) -> bool:
        m = _LINE_LABEL.match(line)
        return m is not None and (m.group(1).casefold() in alone or channel_tag(line, "lead", strict=True) is not None)

    out = []
    for item in found:
        day, k, i, label, head, rest = item
        lines = [head] + [line.strip() for line in rest.split("\n") if line.strip()] if rest else []
        if len(lines) > 1 and (all(map(leads, lines)) or all(map(_clock_led, lines))):
            out += [(day, k, i, label, line, "") for line in lines]
        elif len(lines) > 2 and len(lines) % 2 == 0 and all(
                channel_tag(line, "lead", strict=True) is not None and not leads(title)
                for title, line in zip(lines[::2], lines[1::2])):
            # "Title⏎LI – Mark⏎Title⏎FB – Mark": posts of two lines each, the second naming the network
            out += [(day, k, i, label, title, line) for title, line in zip(lines[::2], lines[1::2])]
        else:
            out.append(item)
    return out


def _title_word(word: str) -> bool:
    """A capitalised word after a clock time that is the title's, not the time's zone ("10:00 SPS 2026:
    Rückblick": the fair, not a zone the reader knows)."""
    from importers.sheets.hints import ABBREVIATIONS
    bare = word.strip("()[],:")
    return bare.isalpha() and bare.isupper() and len(bare) >= 2 and bare not in ABBREVIATIONS \
        and bare.rstrip(".").lower() not in ("am", "pm")


def _clock_led(line: str) -> bool:
    """A line that is a post of its own: a clock time, then its title ("07:00 Werkstour")."""
    words = line.split()
    return any(len(words) > n and _a_clock(" ".join(words[:n])) for n in (2, 1))


def _network_lines(values) -> list[tuple[str, str]] | None:
    """(network, the rest) for each post's second line when most of them are one line that opens
    with a network ("LI – Mark", "Insta: Marloes & Ilse"); None otherwise."""
    values = list(values)
    lines = [v for v in values if v]
    if not lines or any("\n" in v for v in lines):
        return None
    tags = [channel_tag(v, "lead", strict=True) if v else None for v in values]
    if sum(t is not None for t in tags) < 0.6 * len(lines):
        return None
    return [t if t is not None else ("", v) for t, v in zip(tags, values)]


def _one_short_line(values) -> bool:
    """Whether a grid's second lines are a short value each (a name, a status), not notes."""
    filled = [v for v in values if v]
    short = sum(1 for v in filled if "\n" not in v and len(v) <= SHORT_DETAIL)
    return len(filled) >= 2 and short >= 0.8 * len(filled)


def _a_clock(text: str) -> bool:
    """Text that is a time or a range of times and reads as a clock, not a count ("10:30", "9am")."""
    parsed = parse_time_text(text)
    return (parsed is not None and parsed is not ALL_DAY and parsed is not BAD_TIME
            and _CLOCKISH.search(text) is not None)


def _cell_time(head: str, rest: str) -> tuple[str, str, str] | None:
    """The time a grid cell gives its post, as people write it in a week plan: a line of
    its own ("Launch post\n10:30\nAnna"), leading the first line ("10:30 Launch post", "ganztägig: Embargo")
    or in parentheses after it ("Launch post (10:30)") -> (time, title, details)."""
    lines = rest.split("\n") if rest else []
    for n, line in enumerate(lines):
        if _a_clock(line.strip()):
            return line.strip(), head, "\n".join(lines[:n] + lines[n + 1:]).strip()
    m = _PAREN_TAIL.match(head)
    if m and _a_clock(m.group(2).strip()):
        return m.group(2).strip(), m.group(1), rest
    lead = _LEAD_WORDS.match(head)
    if lead and parse_time_text(lead.group(1)) is ALL_DAY:  # "ganztägig: Sperrfrist", "All day – Embargo"
        return lead.group(1), lead.group(2), rest
    words = head.split()
    for n in (3, 2, 1):  # "10:30", "10:30 am", "9 - 10 Uhr" before the title
        if len(words) > n and _a_clock(" ".join(words[:n])) and not _title_word(words[n - 1]):
            return " ".join(words[:n]), " ".join(words[n:]), rest
    return None


def _week_on_top(rows: list[list], i: int, year_hint, order: bool | None) -> dict[int, tuple] | None:
    """The dates of the one row of dates that heads a sheet holding one week: under nothing but
    title lines (one or two cells each), at least a working week of days, labelled rows below with texts (not dates
    or figures) in most of the day columns' filled cells. None otherwise."""
    if any(sum(1 for v in row if not blank_cell(v)) >= MIN_GRID_DATES for row in rows[:i]):
        return None  # a table above: these are dates of one entry, or a second header
    # (a title line may hold two cells: "Week 41" and "all times CET")
    if order is None:
        order = decide_order([[_grid_text(v) for v in rows[i] if isinstance(v, str)]]).day_first
    hits = _date_cells(rows[i], year_hint, order)
    if len(hits) < MIN_WEEK_DATES or min(hits) == 0:
        return None
    below = rows[i + 1:i + 1 + SCAN_GRID_ROWS]
    labelled = sum(1 for r in below if any(not blank_cell(cell_at(r, c)) for c in range(min(hits))))
    filled = [cell_at(r, k) for r in below for k in hits if not blank_cell(cell_at(r, k))]
    entries = sum(1 for v in filled if not _not_an_entry(v))
    if labelled < 1 or entries < 1 or 2 * entries < len(filled):
        return None  # one labelled row and one post will do: a quiet week of a sheet per week
    return hits


def _not_an_entry(v) -> bool:
    """A grid cell that is no entry: a date or number (a template's day cells) or
    a label awaiting content ("Notes:")."""
    if not isinstance(v, str):
        return True
    text = v.strip()
    if text.endswith(":") and len(text) <= 30:
        return True
    return parse_date_column([text], None)[0][0].__class__ is tuple


def _with_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:
        return d


def _weekday_row(row: list, hits: dict[int, tuple]) -> bool:
    names = [weekday_of(cell_text(cell_at(row, k))) for k in hits]
    return sum(n is not None for n in names) >= max(2, len(names) // 2)



__all__ = ["date_grid", "Grid"]
