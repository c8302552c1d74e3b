"""Rows of one mapped table -> its records, held column by column (RecordColumns).

Column formats are decided once per column (dates.py, times.py); the per-row
loop only combines ready values. Row keys are content-derived so that inserting
or re-sorting rows does not change the identity of the others.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from importers import messages as msg
from importers.channels import channel_from_titles, mailing_headers, network_in_name
from importers.sheets.asides import people_from_titles, status_from_titles
from importers.sheets.day_clocks import date_time_clocks
from importers.sheets.listed import unbracketed
from importers.sheets.dayspans import day_span
from importers.sheets.diary import Diary, plain_days_note
from importers.sheets.escaped_lines import first_escaped_line
from importers.limits import MAX_DATE, MIN_DATE, date_in_range, out_of_range
from importers.people import PEOPLE_SEPARATOR, without_own_mail  # noqa: F401 - one home; layouts.py takes it from here
from importers.records import ImportOptions, RecordColumns
from importers.sheets.assign import TitleRule
from importers.sheets.cell_zones import cell_zones
from importers.sheets.dates import BAD, ColumnInfo, parse_date_column
from importers.sheets.dates.words import names_a_month
from importers.sheets.hints import hint_in
from importers.sheets.roles import is_code, owner_people, says_a_state
from importers.sheets.sections import LabelColumns, headings_note, repeats_header, section_label
from importers.sheets.table import cell_text, is_blank_row
from importers.slices import release_lists, sliced_map, sliced_set, sliced_transpose
from importers.sheets.routes import leg_titles
from importers.sheets.untitled import with_person
from importers.sheets.row_columns import ONE_DAY, assemble, plain_rows
from importers.sheets.row_kinds import WHEN_WHERE, heading_rows, only_words, says_nothing_new
from importers.sheets.times import (ALL_DAY, BAD_TIME, NextDay, OnDay, lenient_time, parse_duration,
                                    parse_time_column, time_in_text)

EMPTY_SLOT_TITLED = 0.8  # rows titled in a programme whose untitled rows are empty slots, not entries
_TRUE = {"true", "yes", "y", "x", "1", "ja", "oui", "si", "sí", "wahr", "vrai", "verdadero", "✓", "✔"}


@dataclass(slots=True)
class SheetJob:
    """Everything one table needs beyond its rows."""

    path: Path
    sheet: str  # "" for CSV
    zone: ZoneInfo
    options: ImportOptions
    warn: Callable[[str], None]
    us_hint: bool = False
    header_day_first: bool | None = None  # the date header names its format
    year_hint: int | None = None  # from the sheet name or title block, for year-less dates
    date_header: str = ""  # casefolded header of the date column
    kind: str = "event"  # "task" when the date column is a due date
    duration_in_hours: bool = False  # the duration header says hours ("Duration (h)")
    progress_base: float = 0.0  # this sheet's share of the file's progress
    progress_span: float = 1.0
    infos: dict[str, ColumnInfo] = field(default_factory=dict)
    errors: Callable[[], dict[tuple[int, int], str]] | None = None  # the sheet's error cells, read on demand
    date_col: int = 0  # the date column's 0-based position in the sheet
    warn_note: str = ""  # a sheet-level note the rows gave rise to
    channel_in_titles: bool = False  # the channel was read from the titles ("LinkedIn: …")
    people_in_titles: bool = False  # the people were read from brackets after the titles ("… (Ilse)"), here
    people_unjudged: bool = False  # the titles' brackets were too few here to tell whether they name people
    # or (given) on an earlier sheet of the file
    own_offsets: bool = False  # every timed row's cell gave its own offset ("… (GMT+3)", "…Z"): no zone was assumed
    headers: tuple[str, ...] = ()  # the table's headers, to know them when a row repeats them

    def date_error(self, rownum: int) -> str | None:
        """The error (#REF!…) the date cell of sheet row ``rownum`` shows, if any."""
        return None if self.errors is None else self.errors().get((rownum - 1, self.date_col))

    def where(self, rownum: int) -> str:
        if self.sheet:
            return msg.say(msg.AT_SHEET_ROW, file=self.path.name, sheet=self.sheet, row=rownum)
        return msg.say(msg.AT_ROW, file=self.path.name, row=rownum)


def short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def month_heading(row: list) -> bool:
    """The row's one filled cell names a month (and perhaps its year): a heading, not an entry."""
    filled = [t for v in row if (t := cell_text(v))]
    return len(filled) == 1 and names_a_month(filled[0])


def _first_text(row: list, skip: int) -> str:
    """The first filled cell of a row other than column ``skip``, as text."""
    return next((t for k, v in enumerate(row) if k != skip and (t := cell_text(v))), "")


def _row_zones(values) -> list | None:
    """A zone column ("CET", "ET", "Europe/Paris") -> ZoneInfo per row, None where blank or unknown."""
    if values is None:
        return None
    known: dict[str, ZoneInfo | None] = {}
    out = []
    for v in values:
        text = v.strip() if isinstance(v, str) else ""
        if text not in known:
            name = None
            if text:
                try:
                    name = ZoneInfo(text).key if "/" in text or text == "UTC" else None
                except (KeyError, ValueError):
                    name = None
                name = name or hint_in(text, is_header=True) or hint_in(f"({text})")
            known[text] = ZoneInfo(name) if name else None
        out.append(known[text])
    return out


def _truthy(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return v != 0
    return isinstance(v, str) and v.strip().lower() in _TRUE


def _columns(data: list[list], width: int) -> list[tuple]:
    """The table transposed: one tuple per column, short rows padded."""
    if not data:
        return [() for _ in range(width)]
    if min(sliced_map(len, data)) < width:  # only the short rows are padded; longer ones are cut by islice
        data = [r if len(r) >= width else list(r) + [None] * (width - len(r)) for r in data]
    return sliced_transpose(data, width)  # not one GIL-holding zip over every row


def _texts(col) -> list[str] | None:
    """Trimmed text of every cell of a column."""
    if col is None:
        return None
    try:
        return sliced_map(str.strip, col)  # every cell a text: the common case, at C speed
    except TypeError:  # a number, a date or a blank among them
        return [v.strip() if v.__class__ is str else ("" if v is None else cell_text(v)) for v in col]


def _expand(data: list[list], title: int, siblings: tuple[int, ...], first_row: int) -> tuple[list[list], list[int]]:
    """One row per filled title cell ("Event", "Event 2", "Event 3"), each with the sheet row it came from."""
    out, nums = [], []
    cols = (title, *siblings)
    for i, row in enumerate(data):
        cells = [row[c] if c < len(row) else None for c in cols]
        filled = [v for v in cells if v is not None and str(v).strip()]
        for value in filled or [cells[0]]:
            copy = list(row) + [None] * (title + 1 - len(row))
            copy[title] = value
            out.append(copy)
            nums.append(first_row + i)
    return out, nums


def _file_stem(text: str) -> str:
    """The name of the file a path points at, without its folders and type ("artist1")."""
    name = re.split(r"[/\\]", text.strip())[-1]
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


def _first_line(text: str) -> str:
    """The first line of a text as a title: whole when it is a title's length (a SUMMARY column),
    else cut at a word before 120 characters, with an ellipsis."""
    line = first_escaped_line(text.split("\n", 1)[0]).strip()  # "Title\\nbody…" written by a program too
    if len(line) <= 200:
        return line
    cut = line[:120].rsplit(" ", 1)[0] if " " in line[:120] else line[:120]
    return cut.rstrip(" ,;:-–") + "…"


def _day_spans(dates: list, raw: list, parse) -> list | None:
    """The last days of the cells of a date column that span days, None for the other cells (their
    first days written into ``dates``, the column read again with them so that a year-less span
    takes its year as the column's other dates do); None when no cell the column could not read
    spans days. ``parse``: the column's date parser."""
    spans = {i: span for i, d in enumerate(dates) if d is BAD and (span := day_span(raw[i], None)) is not None}
    if not spans:
        return None
    firsts = parse([spans[i][0] if i in spans else v for i, v in enumerate(raw)])
    lasts = parse([spans[i][1] if i in spans else None for i in range(len(raw))])
    for i in spans:
        dates[i] = firsts[i]
    return lasts


def owners_of(cells: list[str]) -> str:
    """One owner field from the owner cells of a row: each person once, several joined by
    PEOPLE_SEPARATOR ("Ana & Ben", "JD, MK" and two rota columns all name each person)."""
    people: list[str] = []
    for cell in cells:
        if cell:
            for name in owner_people(cell) or [cell]:
                if name not in people:
                    people.append(name)
    return PEOPLE_SEPARATOR.join(without_own_mail(people) if len(people) > 1 else people)


def _owner_column(cols: list[list[str] | None]) -> list[str] | None:
    cols = [c for c in cols if c is not None]
    if not cols:
        return None
    if len(cols) == 1 and not any(_looks_several(v) or v[0] == "@" for v in sliced_set(cols[0]) if v):
        return cols[0]
    cache: dict[tuple, str] = {}
    out = []
    for cells in zip(*cols):
        hit = cache.get(cells)
        if hit is None:
            hit = cache[cells] = owners_of(list(cells))
        out.append(hit)
    return out


def _looks_several(cell: str) -> bool:
    return len(owner_people(cell)) > 1


def title_column(rule: TitleRule, texts: Callable[[int], list[str] | None]) -> list[str] | None:
    """The title of every row by the table's one rule (None: no rule gives a title)."""
    parts = [texts(c) for c in rule.parts]
    if rule.style == "single":
        return parts[0]
    if rule.style == "firstline":
        return [_first_line(v) for v in parts[0]]
    if rule.style == "pair":  # "Home vs Away", and the competition when the table names one
        pairs = [f"{a} vs {b}" if a and b else a or b for a, b in zip(parts[0], parts[1])]
        if len(parts) > 2:
            return [f"{p} ({c})" if p and c else p for p, c in zip(pairs, parts[2])]
        return pairs
    if rule.style == "route":  # legs of a journey, by their code when the table has one
        return leg_titles(parts[0] if len(parts) == 3 else None, *parts[-2:])
    if rule.style == "combo":
        return [f"{a} {b}".strip() for a, b in zip(parts[0], parts[1])]
    if rule.style == "venue":
        return [f"{a} @ {b}" if a and b else a or b for a, b in zip(parts[0], parts[1])]
    if rule.style == "duty":
        people = _owner_column(parts[1:]) or [""] * len(parts[0])
        return [f"{d}: {p.replace(PEOPLE_SEPARATOR, ', ')}" if d and p else d or p.replace(PEOPLE_SEPARATOR, ", ")
                for d, p in zip(parts[0], people)]
    return None


def _stated_titles(title_c: list, fallbacks: list) -> list:
    """Titles where a row's title cell only says where it stands ("tbd" in the first talk slot) taken
    from the row's next text (the other slot, the description), when it has one."""
    states = {v for v in set(title_c) if v and says_a_state(v)}
    if not states:
        return title_c
    out = list(title_c)
    for i, v in enumerate(title_c):
        if v in states:
            out[i] = next((cut(f[i]) for cut, f in fallbacks if f[i] and not says_a_state(f[i]) and not is_code(f[i])), v)
    return out


def build_records(job: SheetJob, data: list[list], first_row: int, roles: dict[str, int],
                  extras: list[tuple[str, int]], owners: tuple[int, ...] = (),
                  rule: TitleRule | None = None, nums: list[int] | None = None) -> tuple[RecordColumns, int]:
    """Records of the data rows (data[0] is sheet row ``first_row``, or data[i] sheet row ``nums[i]``
    when the rows were rearranged), and how many rows with content were skipped (each with a
    warning). ``owners``: every column naming people; ``rule``: how titles are made (default: the
    title column)."""
    opts = job.options
    if rule is None:
        rule = TitleRule("single", (roles["title"],)) if "title" in roles else TitleRule()
    if rule.siblings and nums is None:
        data, nums = _expand(data, rule.parts[0], rule.siblings, first_row)

    def at(i: int) -> int:
        """The sheet row of data[i]."""
        return first_row + i if nums is None else nums[i]
    used = [*roles.values(), *owners, *rule.parts, *rule.fallbacks]
    width = max([max(used, default=0) + 1] + [i + 1 for _, i in extras])
    cols = _columns(data, width)
    text_cache: dict[int, list[str] | None] = {}

    def texts(idx: int) -> list[str] | None:
        if idx not in text_cache:
            text_cache[idx] = _texts(cols[idx])
        return text_cache[idx]

    def col(name):
        idx = roles.get(name)
        return None if idx is None else cols[idx]

    raw_date_c = col("date")
    raw_time_c = col("time")
    dates, info = parse_date_column(raw_date_c, opts.day_first, job.us_hint, job.header_day_first,
                                    job.year_hint)
    job.infos["date"] = info
    times = date_time_clocks(raw_time_c, parse_time_column(raw_time_c)) if raw_time_c is not None else None
    end_dates = (parse_date_column(col("end_date"), info.day_first, decided=job.header_day_first,
                                   year_hint=job.year_hint)[0] if "end_date" in roles else None)
    if end_dates is None and BAD in dates:  # "21/10/2026 – 23/10/2026", "12–14 Nov 2026": days in one cell
        end_dates = _day_spans(dates, raw_date_c, lambda values: parse_date_column(
            values, opts.day_first, job.us_hint, job.header_day_first, job.year_hint)[0])
    end_times = parse_time_column(col("end_time")) if "end_time" in roles else None
    durations = None
    if "duration" in roles:
        in_hours = job.duration_in_hours
        durations = [d if d is not None and d <= ONE_DAY else None
                     for d in (parse_duration(v, in_hours) for v in col("duration"))]
    all_day_col = col("all_day")
    row_zones = _row_zones(col("timezone"))
    written = cell_zones(raw_time_c, raw_date_c)  # "9am CT", "2:00 PM PDT": a row's own zone
    if written is not None:
        row_zones = written if row_zones is None else [a or b for a, b in zip(row_zones, written)]
    zone_names: list[str] | None = [] if row_zones is not None else None
    desc_c, chan_c = _texts(col("description")), unbracketed(_texts(col("channel")))  # "[linkedin]"
    title_c = title_column(rule, texts)
    if chan_c is None and title_c:  # no channel column, but most titles name one ("LinkedIn: Launch post")
        chan_c, title_c = channel_from_titles(title_c)
        job.channel_in_titles = chan_c is not None
        if chan_c is not None and not job.warn_note:
            job.warn_note = "the channel named in each title ('LinkedIn: …') was read as the entry's channel"
    if chan_c is None and title_c:  # a file or sheet for one profile ("…_Twitter_bulk.csv", a sheet "Instagram")
        named = network_in_name(job.sheet) or network_in_name(job.path.stem)
        if named:
            chan_c = [named] * len(title_c)
            job.channel_in_titles = True  # the channel is known: no note says no column holds it
            job.warn_note = "; ".join(filter(None, (job.warn_note, f"every entry's channel was read as {named}, the network the file's name names")))
    if chan_c is None and title_c and mailing_headers(job.headers):  # a campaign export: each row is a mailing
        chan_c = ["Newsletter"] * len(title_c)
        job.channel_in_titles = True
        job.warn_note = "; ".join(filter(None, (job.warn_note, "every entry's channel was read as Newsletter: the "
                                                "columns are an e-mail's (subject line, recipients)")))
    aside_people = aside_status = None
    if title_c and "status" not in roles:  # "… [concept]"
        aside_status, title_c = status_from_titles(title_c)
    if title_c and not owners and "owner" not in roles:  # "Dealer spotlight (Ilse)"
        # an earlier sheet of the file showed its brackets name people: a small sheet need not show it again
        aside_people, title_c = people_from_titles(title_c, known=job.people_in_titles)
        job.people_in_titles = aside_people is not None
        job.people_unjudged = aside_people is None
        if aside_people is not None:
            job.warn_note = "; ".join(filter(None, (
                job.warn_note, "the people named in brackets after each title were read as the entry's people")))
    if title_c is not None and rule.names:
        title_c = [f"{t} {rule.names}" if t else t for t in title_c]
    if times is None and title_c is not None:  # no time column: a time may close the title ("Open House 8-9a")
        found = [time_in_text(v) if v and v[-1:].isalnum() else None for v in title_c]
        if any(found):
            times = [f[1] if f else None for f in found]
            title_c = [f[0] if f else v for f, v in zip(found, title_c)]
            job.warn_note = "times written at the end of titles were read as the entries' times"
    # the venue names a row last: after the one word a row may write where its number stands ("Break")
    fallbacks = [(_file_stem if c in rule.stems else _first_line if c == roles.get("description") else str.strip,
                  texts(c)) for c in rule.fallbacks if c != roles.get("location") or not rule.parts]
    venue_c = [texts(c) for c in rule.fallbacks if c == roles.get("location") and rule.parts]
    if title_c and fallbacks:
        title_c = _stated_titles(title_c, fallbacks)
    owner_c = _owner_column([unbracketed(texts(c)) for c in owners] if owners
                            else [unbracketed(_texts(col("owner"))) or aside_people])
    status_c, camp_c = _texts(col("status")) or aside_status, _texts(col("campaign"))
    link_c, dept_c = _texts(col("link")), _texts(col("department"))
    if "location" in roles:
        extras = [*extras, ("location", roles["location"])]
    extra_cols = [(head, _texts(cols[idx])) for head, idx in extras]
    zone = job.zone
    combine = datetime.combine
    n = len(data)
    plain = None
    headings = heading_rows(dates, times, title_c, (chan_c, owner_c, status_c))
    if headings:
        job.warn(msg.say(msg.AT, where=job.where(at(min(headings))), message=(
            f"{len(headings)} rows head the rows under them ('{short(title_c[min(headings)], 40)}': a title and the "
            "day of the first row below, without the time, channel, people and status every other row has, as "
            "Smartsheet's parent rows roll them up); skipped")))
    if durations is None and end_dates is None and end_times is None and all_day_col is None and row_zones is None \
            and not headings:
        plain = plain_rows(dates, times, title_c, zone)
    if plain is not None:
        opts.check_cancelled()
        opts.report(job.progress_base + job.progress_span * 0.5)  # the rows are read; the records follow
        days, starts, ends, alldays = plain
        records = assemble(job, range(n), days, starts, ends, alldays, title_c, None,
                            range(first_row, first_row + n) if nums is None else nums, extra_cols,
                            desc_c, chan_c, owner_c, status_c, camp_c, link_c, dept_c)
        release_lists(cols)  # one column at a time: all at the return held the GIL 40 ms
        return records, 0
    keep: list[int] = []
    titled = None  # the share of rows with a title, counted when a row has none
    when_where = {roles.get(f) for f in WHEN_WHERE} - {None}
    mapped = {*roles.values(), *owners}  # columns that are something else than a row's stray words
    days = []
    starts = []
    ends = []
    alldays = []
    titles: list[str] = []
    skipped = offsets = timed = 0
    nested = False  # under a header of sub-items, until the next titled row
    subs: list[int] = []  # the rows that head sub-items
    sub_skipped = 0
    month_heads: list[str] = []  # rows that name a month and nothing else: headings, said in a note
    blocks: list[str] = []  # rows that repeat the header or name a block alone ("Week 5"): the same
    labels: LabelColumns | None = None
    diary: Diary | None = None  # a table listing every day: its untitled plain days are no entries
    plain_days = 0
    for i in range(n):
        if not i & 4095 and i:
            opts.check_cancelled()
            opts.report(job.progress_base + job.progress_span * i / n)
        d = dates[i]
        title = title_c[i] if title_c else ""
        if i in headings:
            skipped += 1
            continue
        if title:
            nested = False
        elif nested and d is not BAD:
            skipped += 1
            sub_skipped += 1
            continue
        if d is None or d is BAD:
            desc = desc_c[i] if desc_c else ""
            if d is BAD and cell_text(raw_date_c[i]).casefold() == job.date_header:
                # the header repeated inside the table (a new section or page); without the title's
                # header, a table of the row above's parts (Monday.com's "Subitems": tasks, not posts)
                nested = bool(title_c) and not title and any(title_c[:i])
                if nested:
                    subs.append(i)
                continue
            if month_heading(data[i]):  # "OCTOBRE 2026" over the month's rows, in any column
                month_heads.append(_first_text(data[i], -1))
                continue
            if labels is None:
                labels = LabelColumns(data, job.headers)
            if repeats_header(data[i], job.headers) or section_label(data[i], labels):
                blocks.append(_first_text(data[i], -1))
                continue
            what = title or desc or _first_text(data[i], roles["date"])
            if what:  # a row with text never goes unnamed
                skipped += 1
                what = short(what)
                shows = job.date_error(at(i)) if d is None else None
                if shows:
                    job.warn(msg.say(msg.AT, where=job.where(at(i)),
                                     message=msg.say(msg.BROKEN_FORMULA, error=shows, title=what)))
                elif d is None:
                    job.warn(msg.say(msg.AT, where=job.where(at(i)), message=msg.say(msg.NO_DATE, title=what)))
                else:
                    job.warn(msg.say(msg.AT, where=job.where(at(i)), message=msg.say(
                        msg.DATE_NOT_UNDERSTOOD, value=short(cell_text(raw_date_c[i]), 40), title=what)))
            continue
        if not title:
            desc = desc_c[i] if desc_c else ""
            channel = chan_c[i] if chan_c else ""
            if not (desc or channel) and is_blank_row([v for k, v in enumerate(data[i]) if k != roles["date"]]):
                continue  # a date with nothing else: an empty template line
            if title_c is not None and not (desc or channel):
                if diary is None:
                    diary = Diary(data, dates, {roles["date"], *rule.parts}, title_c)
                if diary.plain(i):
                    plain_days += 1
                    continue
            if titled is None:
                titled = sum(1 for v in title_c if v) / n if title_c else 0.0
            if titled >= EMPTY_SLOT_TITLED and not (desc or channel or owner_c and owner_c[i]) \
                    and says_nothing_new(data, i, title_c, when_where):
                skipped += 1  # a slot of a programme whose rows all say what happens, this one nothing
                job.warn(msg.say(msg.AT, where=job.where(at(i)), message=(
                    "a slot with nothing in it (no title, only when and where); skipped")))
                continue
            title = next((with_person(cut(v[i]), v, owner_c[i] if owner_c else "") for cut, v in fallbacks
                          if v[i] and not is_code(v[i])), "") \
                or only_words(data, i, title_c, mapped) or next((v[i] for v in venue_c if v[i]), "") or "(untitled)"
        day, t = d
        if not MIN_DATE <= day <= MAX_DATE:  # beyond it, date arithmetic overflows (importers/limits.py)
            skipped += 1
            job.warn(msg.say(msg.AT, where=job.where(first_row + i), message=msg.say(
                msg.DATE_OUT_OF_RANGE_SKIPPED, reason=out_of_range(day), title=short(title))))
            continue
        end_t = None
        if times is not None:
            tv = times[i]
            if tv is None:
                pass
            elif tv.__class__ is tuple:
                t, end_t = tv
            elif tv is ALL_DAY:
                t = None
            elif (loose := _lenient(raw_time_c[i])) is not None:
                (t, end_t), read = loose
                job.warn(msg.say(msg.AT, where=job.where(at(i)), message=(
                    f"time '{short(cell_text(raw_time_c[i]), 30)}' read as '{read}'")))
            else:
                job.warn(msg.say(msg.AT, where=job.where(at(i)), message=msg.say(
                    msg.TIME_NOT_UNDERSTOOD, value=short(cell_text(raw_time_c[i]), 30), title=short(title))))
                t = None
        if all_day_col is not None and _truthy(all_day_col[i]):
            t = None
        if t.__class__ is OnDay:  # "12:30 a.m. (June 12, 2026)": the time's own day
            day, t = t.day, time(t.hour, t.minute, t.second)
        late = t.__class__ is NextDay
        if late:  # "25:30" on the 4th is 01:30 on the 5th
            day, t = day + ONE_DAY, time(t.hour, t.minute, t.second)
        ed = end_dates[i] if end_dates is not None else None
        if ed is BAD:
            job.warn(msg.say(msg.AT, where=job.where(at(i)), message=msg.END_NOT_UNDERSTOOD))
            ed = None
        elif ed is not None and not date_in_range(ed[0]):
            job.warn(msg.say(msg.AT, where=job.where(first_row + i),
                             message=msg.say(msg.END_OUT_OF_RANGE, reason=out_of_range(ed[0]))))
            ed = None
        et = end_times[i] if end_times is not None else None
        if et is BAD_TIME and (loose := _lenient(col("end_time")[i])) is not None:
            et, read = loose
            job.warn(msg.say(msg.AT, where=job.where(at(i)), message=(
                f"end time '{short(cell_text(col('end_time')[i]), 30)}' read as '{read}'")))
        if et is BAD_TIME or et is ALL_DAY:
            et = None
        if t is not None and not late and ed and ed[0] > day and _midnight(t) \
                and (et[0] if et else end_t or ed[1]) is not None and _midnight(et[0] if et else end_t or ed[1]):
            t, ed = None, (ed[0] - ONE_DAY, None)  # midnight to midnight days later: whole days (a fair's shift)
        if t is None:
            starts.append(day)
            ends.append((ed[0] if ed and ed[0] >= day else day) + ONE_DAY)
            alldays.append(True)
        else:
            if t.tzinfo is not None:  # the cell gave its own offset ("...T10:00Z")
                offsets += 1
                zone_i = row_zones[i] if row_zones is not None and row_zones[i] is not None else zone
                start = combine(day, t).astimezone(zone_i)
                day, t = start.date(), start.timetz().replace(tzinfo=None)
            elif row_zones is not None and row_zones[i] is not None:
                zone_i = row_zones[i]
                start = combine(day, t, zone_i)
            else:
                zone_i = zone
                start = combine(day, t, zone)
            starts.append(start)
            alldays.append(False)
            timed += 1
            end_clock = et[0] if et else (end_t or (ed[1] if ed else None))
            end = None
            if end_clock is not None:
                end_day = ed[0] if ed else (day - ONE_DAY if late else day)
                if end_clock.__class__ is NextDay:
                    end_day += ONE_DAY
                if end_clock.tzinfo is not None:
                    end = combine(end_day, end_clock).astimezone(zone_i)
                else:
                    end = combine(end_day, end_clock, zone_i)
                if end <= start and not ed:
                    end += ONE_DAY  # 23:00-01:00 runs past midnight
                if end <= start:
                    end = None
            if end is None and durations is not None and durations[i] is not None:
                end = start + durations[i]
            ends.append(end)
        keep.append(i)
        if zone_names is not None:
            zone_names.append((row_zones[i] or zone).key)
        days.append(day)
        titles.append(title)
    job.own_offsets = timed > 0 and offsets == timed
    if subs:
        head = short(" | ".join(cell_text(v) for v in data[subs[0]] if cell_text(v)), 50)
        job.warn(msg.say(msg.AT, where=job.where(at(subs[0])), message=(
            f"a header of sub-items ('{head}'), {len(subs)} in all: the {sub_skipped} rows under them, each "
            "up to the next titled row, are parts of the row above them, not entries; skipped")))
    if month_heads:
        rows_say = "1 row names" if len(month_heads) == 1 else f"{len(month_heads)} rows name"
        said = f"{rows_say} a month and nothing else ('{short(month_heads[0], 40)}'): read as headings"
        job.warn_note = "; ".join(filter(None, (job.warn_note, said)))
    job.warn_note = "; ".join(filter(None, (job.warn_note, plain_days_note(plain_days), headings_note(blocks))))
    records = assemble(job, keep, days, starts, ends, alldays, titles, zone_names, [at(i) for i in keep], extra_cols,
                        desc_c, chan_c, owner_c, status_c, camp_c, link_c, dept_c)
    release_lists(cols)
    return records, skipped


def _midnight(t) -> bool:
    """A clock at 00:00 with no zone of its own (or none written: the day's start)."""
    return t is None or (t.__class__ is time and t.tzinfo is None and t.hour == t.minute == t.second == 0)


def _lenient(v):
    """What a person reads in a time cell no format reads ("6pm start", "21;00"), or None."""
    return lenient_time(v) if v.__class__ is str else None


