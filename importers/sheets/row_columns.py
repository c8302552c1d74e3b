"""A table's records as columns: the fast path for plain rows (every row a date, a title and at most a
clock) and the assembly of kept rows into RecordColumns with their content-derived keys."""
from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from importers.limits import MAX_DATE, MIN_DATE
from importers.records import RecordColumns, RowExtras
from importers.slices import sliced_map, sliced_set, sliced_types

if TYPE_CHECKING:
    from importers.sheets.rows import SheetJob

ONE_DAY = timedelta(days=1)


def plain_rows(dates: list, times: list | None, title_c: list[str] | None, zone: ZoneInfo) -> tuple | None:
    """Days, starts, ends and all-day flags of a table whose every row is plain: a date in range,
    a title, at most a clock time in the sheet's zone and nothing else to combine (no end, duration,
    all-day flag or zone column). The same values as the row loop, one list at a time; None when
    any row needs the loop (a blank or bad date, an untitled row, a time range, a time past
    midnight or with its own day or offset)."""
    # every whole-column step a slice at a time: the GUI thread is not kept from the GIL
    if title_c is None or "" in title_c or sliced_types(dates) != {tuple}:
        return None
    days = sliced_map(_FIRST, dates)
    if not days or min(days) < MIN_DATE or max(days) > MAX_DATE:
        return None
    clocks = sliced_map(_SECOND, dates)
    if times is not None:
        kinds = sliced_types(times)
        if not kinds <= {tuple, type(None)}:
            return None  # "all day" or a time not understood (warned by the loop)
        if kinds == {tuple}:  # a time on every row
            if sliced_set(map(_SECOND, times)) != {None}:
                return None  # a time range
            clocks = sliced_map(_FIRST, times)
        elif any(tv[1] is not None for tv in times if tv):
            return None
        else:
            clocks = [c if tv is None else tv[0] for c, tv in zip(clocks, times)]
    kinds = sliced_types(clocks)
    if kinds == {time}:  # every row timed: the common case, each list at C speed
        if sliced_set(map(_TZINFO, clocks)) != {None}:
            return None
        n = len(days)
        return days, sliced_map(datetime.combine, days, clocks, [zone] * n), [None] * n, [False] * n
    if not kinds <= {time, type(None)} or any(c.tzinfo is not None for c in clocks if c):
        return None  # a time past midnight, on its own day or with its own offset
    combine = datetime.combine
    starts = [d if c is None else combine(d, c, zone) for d, c in zip(days, clocks)]
    ends = [d + ONE_DAY if c is None else None for d, c in zip(days, clocks)]
    return days, starts, ends, [c is None for c in clocks]


_FIRST, _SECOND, _TZINFO = itemgetter(0), itemgetter(1), attrgetter("tzinfo")
_TUPLE = {tuple}


def assemble(job: SheetJob, keep, days, starts, ends, alldays, titles, zone_names, rownums, extra_cols,
              *text_cols) -> RecordColumns:
    """The kept rows' records (``keep``: a range when every row is kept), held column by column."""
    sheet = job.sheet
    every = keep.__class__ is range  # every row kept: the columns as they are
    n = len(keep)
    empty = [""] * n
    desc_c, chan_c, owner_c, status_c, camp_c, link_c, dept_c = (
        (col if every else [col[i] for i in keep]) if col else empty for col in text_cols)
    blake2b = hashlib.blake2b
    prefix = f"{sheet}!" if sheet else ""
    keys = [prefix + blake2b(f"{d.toordinal()}|{' '.join(t.split()) if '  ' in t else t}|{c}".lower().encode(),
                             digest_size=6).hexdigest() for d, t, c in zip(days, titles, chan_c)]
    if len(sliced_set(keys)) != len(keys):  # identical rows: "#2", "#3" in sheet order
        seen: dict[str, int] = {}
        for j, k in enumerate(keys):
            count = seen.get(k, 0) + 1
            seen[k] = count
            if count > 1:
                keys[j] = f"{k}#{count}"
    rows = sliced_map(str, rownums)
    where = f"sheet {sheet}, row " if sheet else "row "
    locations = [where + r for r in rows]
    extras = RowExtras(rows, sheet, [(head, values if every else [values[i] for i in keep])
                                     for head, values in extra_cols])
    nones = [None] * n
    return RecordColumns({
        "source_ref": keys, "title": titles, "start": starts, "end": ends, "all_day": alldays,
        "timezone": zone_names or [job.zone.key] * n, "description": desc_c, "channel": chan_c, "owner": owner_c,
        "status": status_c, "campaign": camp_c, "link": link_c, "department": dept_c, "tags": [()] * n,
        "kind": [job.kind] * n, "location": locations, "series_key": nones, "recurrence_id": nones,
        "recurrence": nones}, extras)
