"""Tables laid out for reading rather than for import, turned into plain
tables (one row per entry, a date on every row) before they are built:

- the date written on a day's first row only, the rows under it giving times
  (a course or conference day programme): the date is carried down when the
  whole file follows that pattern;
- dates as section rows above their events ("Saturday 12 Sept" on a row of
  its own): the section's date becomes a column;
- one event on several rows that differ only in a detail (one row per
  presenter): one entry, its people its owners;
- the parts of one event listed on its rows under a second title column
  (papers of a panel, all at one time): one entry per panel.

Several columns of one kind on a row ("Event", "Event 2", "Event 3") are the
title rule's siblings (assign.py), read one entry per filled cell in rows.py.

Grids (dates along rows, entries in the cells) are in grids.py; a date written across columns (split
over several, one column per kind or per series, a week number and a weekday) in spread_dates.py.

Each function returns what it did, so the reader can say so in a note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from operator import attrgetter

from importers.sheets.dates import parse_date_column
from importers.sheets.table import cell_text, is_blank_row
from importers.sheets.rows import PEOPLE_SEPARATOR, month_heading
from importers.sheets.times import ALL_DAY, BAD_TIME, parse_time_column
from importers.slices import sliced_set

MIN_DAY_ROWS = 3  # a day programme lists several rows under each date, or fewer when its days differ in size


def fast_column(data: list[list], k: int) -> list:
    """Column ``k`` of the rows (None where a row is short)."""
    try:
        return [r[k] for r in data]
    except IndexError:
        return [r[k] if k < len(r) else None for r in data]


def blank_cell(v) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def cell_at(row: list, k: int):
    return row[k] if k < len(row) else None


def start_clock(tv):
    """The start clock of a parsed time cell, or None."""
    if tv is None or tv is ALL_DAY or tv is BAD_TIME or tv.__class__ is not tuple:
        return None
    start = tv[0]
    return start.replace(tzinfo=None) if start is not None else None


# ---------------------------------------------------------------- carry down


@dataclass(slots=True)
class CarryDown:
    filled: int  # rows that got the date of the row above
    days: int  # dated rows that head a day
    programme: bool = True  # several rows a day, one after the other (a day programme, its items end as the next begins)


def carry_dates_down(data: list[list], date_col: int, time_col: int | None,
                     dates: list | None = None, title_col: int | None = None) -> CarryDown | None:
    """Fill blank date cells from the dated row above, when the file is a day
    programme: the rows without a date follow a dated row and (nine in ten at
    least) give a time, the times of each day never fall back, with several rows per day (or days of
    different sizes, a day written once for its posts). A file where
    undated rows are something else (posts not yet scheduled) does not follow
    that pattern and is left alone. Returns None when nothing was filled."""
    if time_col is None:
        return None
    if dates is None:
        dates = fast_column(data, date_col)
    try:
        distinct = sliced_set(dates)  # a slice at a time: the GUI thread is not kept from the GIL
    except TypeError:  # an unhashable cell: look at each
        distinct = dates
    if not any(blank_cell(v) for v in distinct):
        return None  # every row has its date
    times = parse_time_column([cell_at(r, time_col) for r in data])
    blocks: list[list[int]] = []
    after_gap: set[int] = set()  # rows under a blank line: a day's next part may start earlier again
    gap = False
    for i, row in enumerate(data):
        if is_blank_row(row) or month_heading(row):  # "NOVEMBRE" over the month's rows: no day's follower
            gap = True
            continue
        if gap:
            after_gap.add(i)
            gap = False
        if not blank_cell(cell_at(row, date_col)):
            blocks.append([i])
        elif not blocks:
            return None  # text above the first date: not a programme
        else:
            blocks[-1].append(i)
    followers = [i for b in blocks for i in b[1:]]
    if len(blocks) < 2 or not followers:
        return None
    per_day = sum(len(b) for b in blocks) / len(blocks)
    if per_day < MIN_DAY_ROWS and len({len(b) for b in blocks}) == 1:
        return None  # one undated row after each dated one, all alike: a list's own pattern (a queue's slots)
    # a line without a title of its own right under an entry continues it (a second talk of a slot)
    lines = {i for b in blocks for i in b}
    untimed = sum(1 for i in followers if start_clock(times[i]) is None
                  and not (title_col is not None and blank_cell(cell_at(data[i], title_col)) and i - 1 in lines))
    if untimed > len(followers) / 10:
        return None  # undated rows without a time: not programme lines
    for block in blocks:
        known = [(i, c) for i in block if (c := start_clock(times[i])) is not None]
        if any(b < a and j not in after_gap for (_, a), (j, b) in zip(known, known[1:])):
            return None  # a day's times never fall back (two posts may share a time, on two channels),
            # but where a blank line starts the day's next part (the courses after the talks)
    for block in blocks:
        value = data[block[0]][date_col]
        for i in block[1:]:
            row = data[i]
            while len(row) <= date_col:
                row.append(None)
            row[date_col] = value
    return CarryDown(len(followers), len(blocks), per_day >= MIN_DAY_ROWS)


def next_start_ends(records: list) -> int:
    """In a day programme with start times only, an entry ends when the next one
    of the same day starts; the day's last entry keeps no end. Returns how many got one."""
    timed = [r for r in records if not r.all_day]
    n = 0
    for a, b in zip(timed, timed[1:]):
        if a.end is None and a.start.date() == b.start.date() and b.start > a.start:
            a.end = b.start
            n += 1
    return n


# ---------------------------------------------------------------- section rows


SCAN_SECTION_ROWS = 200
_HEADING_SEP = re.compile(r"\s+[–—-]\s+|:\s+|\s*\|\s*|\s*/\s+")


def _heading_date(v, day_first: bool | None):
    """The date a section heading gives: the whole cell ("Saturday 12 September"),
    or one part of it ("Day 1 – Monday, 14 October 2024", "Round 3: 12 Oct")."""
    parsed = parse_date_column([v], day_first)[0][0]
    if parsed.__class__ is tuple:
        return v
    if not isinstance(v, str):
        return None
    parts = [p.strip(" ,") for p in _HEADING_SEP.split(v.strip())]
    if len(parts) < 2:
        return None
    for part in parts:
        if part and parse_date_column([part], day_first)[0][0].__class__ is tuple:
            return part
    return None


def _lone_cell(row: list) -> tuple[int, object] | None:
    filled = [(k, v) for k, v in enumerate(row) if not blank_cell(v)]
    return filled[0] if len(filled) == 1 else None


@dataclass(slots=True)
class Sections:
    header: list  # the header row with a "Date" column first
    rows: list[list]  # data rows with the section's date first
    sections: int


def date_sections(header: list, data: list[list], day_first: bool | None,
                  above: list[list] | None = None) -> Sections | None:
    """Rows holding only a date ("Saturday 12 September 2026") head the rows
    below them. When at least two such rows exist and rows with several cells
    follow them, the section's date becomes a first column "Date" and the section
    rows go. The first section's date may stand above the header row (``above``).
    None when the table is not laid out that way."""
    lead = next((r for r in reversed(above or []) if not is_blank_row(r)), None)
    lead_cell = _lone_cell(lead) if lead is not None else None
    if lead_cell is not None:
        if _heading_date(lead_cell[1], day_first) is not None:
            found = date_sections(header, [list(lead)] + data, day_first)
            if found is not None:
                return found

    if sum(1 for r in data[:SCAN_SECTION_ROWS] if _lone_cell(r) is not None) < 2:
        return None  # a sectioned table shows its first sections early
    lone = [(i, c) for i, c in ((i, _lone_cell(r)) for i, r in enumerate(data)) if c is not None]
    if len(lone) < 2:
        return None
    found = [(i, _heading_date(v, day_first)) for i, (_, v) in lone]
    heads = {i: d for i, d in found if d is not None}
    if len(heads) < 2:
        return None
    first = min(heads)
    body = [r for i, r in enumerate(data) if i > first and i not in heads and not is_blank_row(r)]
    if len(body) < len(heads):
        return None  # mostly dates alone: a list of dates, not sections
    for k in {lone[j][1][0] for j, (i, _) in enumerate(lone) if i in heads}:
        under = [cell_at(r, k) for r in body if not blank_cell(cell_at(r, k))]
        if under and sum(p.__class__ is tuple for p in parse_date_column(under[:300], day_first)[0]) > 0.2 * len(
                under[:300]):
            return None  # the column holds dates on the other rows too: dated rows left empty, not sections
    rows: list[list] = []
    current = None
    for i, row in enumerate(data):
        if i in heads:
            current = heads[i]
            continue
        if is_blank_row(row):
            continue
        rows.append([current] + list(row))
    return Sections(["Date"] + list(header), rows, len(heads))


# ---------------------------------------------------------------- the day of a times-only file

_NAMED_DAY = re.compile(r"(?<![\d.])(?:(\d{4})[-_.](\d\d)[-_.](\d\d)|(\d\d)[._](\d\d)[._](\d{4})|"
                        r"(20\d\d)(\d\d)(\d\d))(?!\d)")


def day_of_file(stem: str, above: list[list], day_first: bool | None):
    """The one day a programme of times is on, written in a line above its table ("Programme –
    Saturday, 14 March 2026") or in the file's name ("talks-2026-03-14"): (date, where), or None."""
    from datetime import date

    for row in above:
        for v in [v for v in row if not blank_cell(v)][:3]:
            text = cell_text(v)
            if not re.search(r"(?<!\d)(19|20)\d\d(?!\d)", text):
                continue  # a day without its year is not said
            words = text.split()
            # the whole line, its parts ("Day 1 – 14 March 2026"), or its last words ("Programme Saturday 14 March 2026")
            for said in [_heading_date(text, day_first)] + [" ".join(words[-k:]) for k in range(5, 0, -1)]:
                got = parse_date_column([said], day_first)[0][0] if said else None
                if got.__class__ is tuple:
                    return got[0], "the line above the table"
    for m in _NAMED_DAY.finditer(stem):
        g = m.groups()
        y, mo, d = (g[0], g[1], g[2]) if g[0] else (g[5], g[4], g[3]) if g[5] else (g[6], g[7], g[8])
        try:
            return date(int(y), int(mo), int(d)), "the file's name"
        except ValueError:
            continue
    return None


_SAME = ("start", "end", "all_day", "title", "channel", "status", "campaign", "link", "department",
         "description")


def details_may_fold(titles: list, starts: list) -> bool:
    """The quick test of :func:`merge_detail_rows`, on the records' titles and starts: enough rows
    (a fifth) share a title, and a start and title, for any to fold; or any two rows share both
    (one row per person of a shared shift folds however few such rows there are)."""
    need = 2
    if len(titles) - len(sliced_set(titles)) < need:
        return False  # too few rows even share a title
    return len(titles) - len(sliced_set(zip(starts, titles))) >= need


def merge_detail_rows(records: list) -> tuple[list, int]:
    """A file listing one event on several rows that differ only in a detail
    column (one row per presenter, per paper, per team member) gives that event
    once, its details joined ("A; B"). Applies only when the file is written that
    way: at least a fifth of its rows repeat an event that way. Rows identical in
    everything stay separate entries (a deliberate repeat). Returns the records
    and how many rows were folded in."""
    if not details_may_fold(list(map(attrgetter("title"), records)), list(map(attrgetter("start"), records))):
        return records, 0
    groups: dict[tuple, list] = {}
    for rec in records:
        groups.setdefault(tuple(getattr(rec, f) for f in _SAME), []).append(rec)
    differing = {key: len(g) > 1 and _differ(g) for key, g in groups.items()}  # once per group, not per row
    folded = sum(len(groups[key]) - 1 for key, d in differing.items() if d)
    if folded < max(2, len(records) / 5):
        # too few for the file to be written so; yet rows alike in all but who (a person and their e-mail
        # address: Teams Shifts' one row per member of a shift) are one entry however few they are
        differing = {key: d and _only_people(groups[key]) for key, d in differing.items()}
        folded = sum(len(groups[key]) - 1 for key, d in differing.items() if d)
        if not folded:
            return records, 0
    out = []
    for rec in records:
        key = tuple(getattr(rec, f) for f in _SAME)
        group = groups[key]
        if not differing[key]:
            out.append(rec)
            continue
        if group[0] is not rec:
            continue
        merged = dict(rec.extra)
        for head in {h for r in group for h in r.extra if h not in ("row", "sheet")}:
            values = list(dict.fromkeys(r.extra.get(head, "") for r in group if r.extra.get(head)))
            if values:
                merged[head] = "; ".join(values)
        merged["rows"] = ", ".join(r.extra.get("row", "") for r in group)
        rec.extra = merged
        people = [p for r in group for p in (r.owner or "").split(PEOPLE_SEPARATOR) if p]
        rec.owner = PEOPLE_SEPARATOR.join(dict.fromkeys(people)) or rec.owner
        out.append(rec)
    return out, folded


def _only_people(group: list) -> bool:
    """Rows of one entry that differ in who alone: each names other people, and any other detail that
    differs is their e-mail address."""
    if len({r.owner for r in group}) < len(group) or not all(r.owner for r in group):
        return False
    heads = {h for r in group for h in r.extra if h not in ("row", "sheet")}
    for head in heads:
        values = {r.extra.get(head, "") for r in group}
        if len(values) > 1 and not all("@" in v for v in values):
            return False
    return True


def _differ(group: list) -> bool:
    def detail(r):  # the owner is a detail too: one row per presenter gives one entry with them all
        return r.owner, tuple(sorted((k, v) for k, v in r.extra.items() if k not in ("row", "sheet")))
    return len({detail(r) for r in group}) > 1


__all__ = ["day_of_file", "carry_dates_down", "next_start_ends", "date_sections",
           "details_may_fold", "merge_detail_rows", "nest_parts", "fast_column", "blank_cell", "cell_at", "start_clock", "CarryDown", "Sections"]


# ---------------------------------------------------------------- entries made of parts


def nest_parts(records: list, candidates: list[str], title_header: str) -> tuple[list, str | None]:
    """A programme listing the parts of one event on its rows (papers of a panel, talks of a
    session): another title column (``candidates``, headers naming a title) whose every value
    stands at one time, with several values side by side at a time and several titles under each,
    is the entry; the titles under it become a detail (``title_header``: "A; B"). Returns the
    records and the header of the column that became the title (None: left as they were)."""
    n = len(records)
    if n < 6:
        return records, None
    for head in candidates:
        values = [r.extra.get(head, "") for r in records]
        if sum(1 for v in values if v) < 0.9 * n:
            continue
        groups: dict[str, list] = {}
        for rec, v in zip(records, values):
            groups.setdefault(v, []).append(rec)
        if not 2 <= len(groups) <= n / 2:
            continue
        if sum(1 for g in groups.values() if len({(r.start, r.end) for r in g}) == 1) < 0.9 * len(groups):
            continue  # the parts of one event share its time
        if len(groups) < 1.5 * len({g[0].start for g in groups.values()}):
            continue  # one value per time: a name of the slot, not an event
        if sum(1 for g in groups.values() if len({r.title for r in g}) > 1) < 0.5 * len(groups):
            continue
        out = []
        for v, group in groups.items():
            first = group[0]
            if not v:
                out.extend(group)
                continue
            extra = dict(first.extra)
            extra[title_header] = "; ".join(dict.fromkeys(r.title for r in group if r.title))
            extra["rows"] = ", ".join(dict.fromkeys(r.extra.get("row", "") for r in group))
            extra.pop(head, None)
            first.extra, first.title = extra, v
            people = [p for r in group for p in (r.owner or "").split(PEOPLE_SEPARATOR) if p]
            first.owner = PEOPLE_SEPARATOR.join(dict.fromkeys(people))
            out.append(first)
        order = {id(r): k for k, r in enumerate(records)}
        out.sort(key=lambda r: order[id(r)])
        return out, head
    return records, None


_LEADING_RANGE = re.compile(r"\s*(\d{1,2})[./](\d{1,2})\.?\s*(?:[-–—]|to|bis|au|al)?\s*(\d{1,2})[./](\d{1,2})(?!\d|[./]\d)")


@dataclass(slots=True)
class TextRange:
    column: int  # the text column that says the range
    ends: list  # the inclusive last day of each row (None where the row says none)


def range_in_text(data: list[list], date_col: int, day_first: bool | None, taken: set[int]) -> TextRange | None:
    """A text column that starts with the row's first and last day, without the year ("05/07 27/07
    2.UWT FRA" beside 2025-07-05): on nine rows in ten, the first day is the row's date. Its second
    day is the row's last (in the next year when it falls before the first). None when no column does."""
    if len(data) > 300:  # judged on the first rows, then read on all
        found = range_in_text(data[:300], date_col, day_first, taken)
        if found is None:
            return None
        taken = taken | {k for k in range(max(len(r) for r in data[:300])) if k != found.column}
    dates = parse_date_column(fast_column(data, date_col), day_first)[0]
    starts = [d[0] if d.__class__ is tuple else None for d in dates]
    width = max((len(r) for r in data[:300]), default=0)
    for k in range(width):
        if k == date_col or k in taken:
            continue
        told, hits, ends = 0, 0, []
        for row, start in zip(data, starts):
            v = cell_at(row, k)
            m = _LEADING_RANGE.match(v) if isinstance(v, str) else None
            if m is None or start is None:
                ends.append(None)
                continue
            told += 1
            a, b, c, d = map(int, m.groups())
            first, last = ((a, b), (c, d)) if day_first is not False else ((b, a), (d, c))
            if first != (start.day, start.month):
                ends.append(None)
                continue
            try:
                end = date(start.year, last[1], last[0])
            except ValueError:
                ends.append(None)
                continue
            if end < start:
                try:
                    end = end.replace(year=end.year + 1)
                except ValueError:
                    ends.append(None)
                    continue
            hits += 1
            ends.append(end)
        filled = sum(1 for s, r in zip(starts, data) if s is not None and not blank_cell(cell_at(r, k)))
        if told >= 3 and hits >= 0.9 * filled and any(e is not None and e > s for e, s in zip(ends, starts) if s):
            return TextRange(k, ends)
    return None


# ---------------------------------------------------------------- clock times written as date-times


_MIDNIGHT = time(0, 0)


@dataclass(slots=True)
class Clocks:
    starts: list  # the date column's new cells: the day with its clock ("2023-05-11T19:30:00+01:00")
    ends: list | None  # the end of each row the same way, or None
    columns: tuple[int, ...]  # the columns whose clock was read
    midnight: bool  # the date column wrote its days as midnight ("2023-05-11T00:00:00+00:00")
    date_col: int  # the column of the days (another than the one first taken, when that one held the clocks)


def clocks_beside_dates(data: list[list], date_col: int, day_first: bool | None) -> Clocks | None:
    """Date-times in the date column all at midnight are days ("2023-05-11T00:00:00+00:00", the
    day of a scrape in UTC), not entries at 00:00 (or 02:00 in Berlin). A column of date-times whose
    date is one day on every row while the date column's days vary, their clocks varying ("1899-12-30
    19:30:00" of a spreadsheet's time cell, a scrape's slip), gives each row's clock (with its offset);
    a second such column its end. None when neither is so."""
    sample = data[:300]  # judged on the first rows; read on all when so
    dated = [d for d in parse_date_column(fast_column(sample, date_col), day_first)[0] if d.__class__ is tuple]
    if len(dated) >= 3 and len({d[0] for d in dated}) == 1:  # the start on a dummy day: the days are elsewhere
        other = _varying_days(sample, date_col, day_first)
        if other is None:
            return None
        date_col = other
        dated = [d for d in parse_date_column(fast_column(sample, date_col), day_first)[0] if d.__class__ is tuple]
    if len(dated) < 3 or len({d[0] for d in dated}) < 2:
        return None
    midnight = all(d[1] is None or d[1].replace(tzinfo=None) == _MIDNIGHT for d in dated) \
        and any(d[1] is not None for d in dated)
    width = max((len(r) for r in sample), default=0)
    clocks: list[tuple[int, list]] = []
    for k in range(width):
        if k == date_col:
            continue
        cells = fast_column(sample, k)
        if not any(isinstance(v, str) and ":" in v for v in cells):
            continue  # no clock written: no date-time
        got = parse_date_column(cells, day_first)[0]
        told = [g for g, v in zip(got, cells) if not blank_cell(v)]
        timed = [g for g in told if g.__class__ is tuple and g[1] is not None]
        if not timed or len(timed) < 0.9 * len(told) or len({g[0] for g in timed}) != 1:
            continue
        if clocks and {g[0] for g in timed} == {g[0] for g in clocks[0][1] if g.__class__ is tuple}:
            clocks.append((k, got))  # the end, on the same dummy day (a few rows say one)
        elif not clocks and len(timed) >= 3 and len({g[1] for g in timed}) >= 2:
            clocks.append((k, got))
    if not clocks and not midnight:
        return None
    days = parse_date_column(fast_column(data, date_col), day_first)[0]
    clocks = [(k, parse_date_column(fast_column(data, k), day_first)[0]) for k, _ in clocks[:2]]

    def joined(day, got) -> str | None:
        if got.__class__ is not tuple or got[1] is None:
            return None
        return f"{day.isoformat()}T{got[1].isoformat()}"

    starts, ends = [], [] if len(clocks) > 1 else None
    for i, d in enumerate(days):
        if d.__class__ is not tuple:
            starts.append(cell_at(data[i], date_col))
            if ends is not None:
                ends.append(None)
            continue
        start = joined(d[0], clocks[0][1][i]) if clocks else None
        starts.append(start or (d[0].isoformat() if midnight or clocks else cell_at(data[i], date_col)))
        if ends is not None:
            ends.append(joined(d[0], clocks[1][1][i]) if start else None)
    return Clocks(starts, ends, tuple(k for k, _ in clocks[:2]), midnight, date_col)


def _varying_days(sample: list[list], skip: int, day_first: bool | None) -> int | None:
    """The column of days without a clock (or at midnight), different days on the rows."""
    width = max((len(r) for r in sample), default=0)
    for k in range(width):
        if k == skip:
            continue
        cells = fast_column(sample, k)
        got = [g for g, v in zip(parse_date_column(cells, day_first)[0], cells) if not blank_cell(v)]
        days = [g for g in got if g.__class__ is tuple and (g[1] is None or g[1].replace(tzinfo=None) == _MIDNIGHT)]
        if len(days) >= 3 and len(days) >= 0.9 * len(got) and len({g[0] for g in days}) >= 2:
            return k
    return None


# ---------------------------------------------------------------- a time on the line below


@dataclass(slots=True)
class TimeLines:
    rows: list[list]  # the entry lines, each with its time last
    lines: list[int]  # the index in the data of each entry line
    folded: int  # time lines folded into the line above


def time_lines(data: list[list]) -> TimeLines | None:
    """Entries written over two lines: the entry, and under it a line holding only its time ("14:00
    Uhr" under "Samstag, 21.10.2023;1;Eltmann III;Eltmann IV"). Each time line is folded into the line
    above as a last column, when such pairs make up nine lines in ten of the table. None when not so."""
    if len(data) > 300 and time_lines(data[:300]) is None:
        return None  # judged on the first lines
    filled = [i for i, r in enumerate(data) if not is_blank_row(r)]
    if len(filled) < 6:
        return None
    alone = {}  # row -> its one filled cell
    for i in filled:
        cells = [v for v in data[i] if not blank_cell(v)]
        if len(cells) == 1:
            alone[i] = cells[0]
    clocks = parse_time_column(list(alone.values())) if alone else []
    timed = {i for i, c in zip(alone, clocks) if c is not None and c is not BAD_TIME and c is not ALL_DAY}
    paired = [i for i in timed if i - 1 in set(filled) and i - 1 not in timed and i - 1 not in alone]
    if len(paired) < 3 or 2 * len(paired) < 0.9 * len(filled):
        return None
    width = max(len(data[i]) for i in filled)
    under = {i - 1: next(v for v in data[i] if not blank_cell(v)) for i in paired}
    lines = [i for i in filled if i not in timed]
    rows = [[*data[i], *[None] * (width - len(data[i])), under.get(i)] for i in lines]
    return TimeLines(rows, lines, len(paired))


def fold_continuations(data: list[list], undated: set[int], date_col: int, time_col: int,
                       title_col: int) -> tuple[list[int], int]:
    """In a day programme, a line right under an entry that gives no date, no time and no title of
    its own ("Da graduação ao mercado…" and its speaker under the slot's first talk) continues that
    entry: its cells are joined to the entry's (in place). Returns the lines kept and how many were
    joined."""
    keep: list[int] = []
    folded = 0
    for i, row in enumerate(data):
        above = keep[-1] if keep and keep[-1] == i - 1 and not is_blank_row(data[i - 1]) else None
        if (above is not None and i in undated and not is_blank_row(row) and blank_cell(cell_at(row, time_col))
                and blank_cell(cell_at(row, title_col)) and not month_heading(row)):  # "ΝΟΈΜΒΡΙΟΣ": a heading
            target = data[above]
            for k, v in enumerate(row):
                if k == date_col or blank_cell(v):
                    continue
                while len(target) <= k:
                    target.append(None)
                mine = cell_text(target[k])
                target[k] = f"{mine}{PEOPLE_SEPARATOR}{cell_text(v)}" if mine else v
            folded += 1
            continue
        keep.append(i)
    return keep, folded
