"""The workbook's Summary, Conflicts and Duplicates sheets (rows written in order, constant memory)."""
from __future__ import annotations

from calendar_core.export.bounds import in_zone

from calendar_core.export.xlsxcells import excel_date, excel_datetime

KIND_LABELS = {
    "slot_clash": "Slot clash", "double_booking": "Double booking", "overload": "Overload",
    "blackout": "Blackout date",
}
MAX_CHART_SERIES = 60  # Excel allows 255 series; beyond a few dozen a chart is unreadable anyway
DECISION_LABELS = {"resolved": "Resolved", "intentional": "Intentional", "not_duplicate": "Not a duplicate"}


def write_summary(b, ws, rows) -> None:
    """Entries per department × channel × ISO week, with totals and a stacked chart."""
    weeks, table = b.week_table(rows)
    ws.write_string(0, 0, b.title, b.f_title)
    first = min((r.entry.start for r in rows), default=None)
    last = max((r.entry.start for r in rows), default=None)
    info = f"{len(rows)} entries in {len(table)} departments; weeks in {b.zone.key}"
    if first is not None:
        info += f"; {in_zone(first, b.zone):%Y-%m-%d} to {in_zone(last, b.zone):%Y-%m-%d}"
    ws.write_string(1, 0, info)
    head = 3
    labels = [f"{year}-W{week:02d}" for year, week in weeks]
    ws.write_string(head, 0, b.display.label("Department"), b.f_head)
    ws.write_string(head, 1, b.display.label("Channel"), b.f_head)
    for col, label in enumerate(labels, start=2):
        ws.write_string(head, col, label, b.f_head)
    total_col = 2 + len(weeks)
    ws.write_string(head, total_col, b.display.label("Total"), b.f_head)
    r = head + 1
    dept_rows: list[tuple[str, int, int]] = []  # department, its total row, the row naming it
    grand = [0] * len(weeks)
    for dept in sorted(table, key=lambda d: (d == "", d.lower())):
        channels = table[dept]
        dept_total = [0] * len(weeks)
        name_row = r
        for channel in sorted(channels, key=lambda c: (c == "", c.lower())):
            counts = channels[channel]
            b.text(ws, r, 0, dept or "(no department)")
            b.text(ws, r, 1, channel or "(no channel)")
            line_total = 0
            for i, week in enumerate(weeks):
                n = counts.get(week, 0)
                if n:
                    ws.write_number(r, 2 + i, n)
                dept_total[i] += n
                line_total += n
            ws.write_number(r, total_col, line_total)
            r += 1
        fmt = b.f_dept.get(dept, b.f_bold)
        b_label = f"Total {dept}" if dept else "Total (no department)"
        ws.write_string(r, 0, b_label, fmt)
        ws.write_string(r, 1, "all channels", fmt)
        for i, n in enumerate(dept_total):
            ws.write_number(r, 2 + i, n, b.f_bold)
            grand[i] += n
        ws.write_number(r, total_col, sum(dept_total), b.f_bold)
        dept_rows.append((dept, r, name_row))
        r += 1
    ws.write_string(r, 0, b.display.label("All departments"), b.f_head)
    ws.write_string(r, 1, "all channels", b.f_head)
    for i, n in enumerate(grand):
        ws.write_number(r, 2 + i, n, b.f_head)
    ws.write_number(r, total_col, sum(grand), b.f_head)
    ws.freeze_panes(head + 1, 2)
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 14)
    if weeks:
        ws.set_column(2, total_col, 9)
        _chart(b, ws, weeks, dept_rows, head, r + 2)
    from calendar_core.export.xlsx_kpis import write_kpis

    write_kpis(b, ws, r + 22 if weeks else r + 2)


def _chart(b, ws, weeks, dept_rows, head: int, at_row: int) -> None:
    chart = b.wb.add_chart({"type": "column", "subtype": "stacked"})
    last_col = 1 + len(weeks)
    for dept, row, name_row in dept_rows[:MAX_CHART_SERIES]:
        chart.add_series({
            # a reference to the cell naming the department, never its text: xlsxwriter reads a
            # series name such as "+cmd|' /C calc'!A0" as a formula (defined names alike)
            "name": [ws.name, name_row, 0],
            "categories": [ws.name, head, 2, head, last_col],
            "values": [ws.name, row, 2, row, last_col],
            "fill": {"color": b.dept_colour.get(dept, "#999999")},
            "gap": 50,
        })
    chart.set_title({"name": "Entries per week by department"})
    chart.set_y_axis({"name": "Entries", "major_gridlines": {"visible": True}})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": min(1600, 240 + 28 * len(weeks)), "height": 360})
    ws.insert_chart(at_row, 0, chart)


def write_items(b, conflicts_ws, duplicates_ws) -> None:
    _conflicts(b, conflicts_ws)
    _duplicates(b, duplicates_ws)


def _item_header(b, ws, names: list[str], widths: list[int]) -> None:
    for col, (name, width) in enumerate(zip(names, widths)):
        ws.write_string(0, col, name, b.f_head)
        ws.set_column(col, col, width)
    ws.freeze_panes(1, 0)


def _when(b, ws, r: int, c: int, entry_ids) -> None:
    start = b.first_start(list(entry_ids))
    if start is None:
        return
    entry = min((b.by_id[i] for i in entry_ids if i in b.by_id), key=lambda e: e.start)
    if entry.all_day:
        ws.write_number(r, c, excel_date(start.date()), b.f_date)
    else:
        ws.write_number(r, c, excel_datetime(in_zone(start, b.zone).replace(tzinfo=None)), b.f_time)


LISTED = 50  # entries described in an item's row
CELL_LIMIT = 32_767  # characters Excel keeps in one cell


def _id_list(ids: list[int]) -> str:
    text = ", ".join(str(i) for i in ids)
    if len(text) <= CELL_LIMIT:
        return text
    cut = text.rfind(",", 0, CELL_LIMIT - 40)
    return f"{text[:cut]} … ({len(ids):,} in all)"


def _entries_cells(b, ws, r: int, c: int, entry_ids) -> None:
    ids = list(dict.fromkeys(entry_ids))
    known = [b.by_id[i] for i in ids if i in b.by_id]
    shown = [b.describe(i) for i in ids[:LISTED]]
    if len(ids) > LISTED:  # a group of thousands stays a readable cell; its ids are all in the next one
        shown.append(f"… and {len(ids) - LISTED:,} more")
    b.text(ws, r, c, "\n".join(shown), wrap=True)
    b.text(ws, r, c + 1, _id_list(ids))
    b.text(ws, r, c + 2, ", ".join(dict.fromkeys(e.department for e in known if e.department)))
    b.text(ws, r, c + 3, ", ".join(dict.fromkeys(e.channel for e in known if e.channel)))


def _decision(b, ws, r: int, c: int, item) -> None:
    b.text(ws, r, c, b.display.label(DECISION_LABELS.get(item.decision or "", item.decision or "Open")))
    b.text(ws, r, c + 1, item.note, wrap=True)
    b.text(ws, r, c + 2, item.key)


def _conflicts(b, ws) -> None:
    names = [b.display.label(n) for n in ("#", "Kind", "First start", "Message", "Entries", "Entry IDs", "Departments",
                                          "Channels", "Decision", "Note", "Key")]
    names[2] += f" ({b.zone.key})"
    _item_header(b, ws, names, [5, 15, 17, 40, 60, 12, 22, 14, 14, 24, 20])
    items = sorted(b.conflicts, key=lambda c: (b.first_start(c.entry_ids) or b.epoch, c.kind, c.key))
    for r, item in enumerate(items, start=1):
        ws.write_number(r, 0, r)
        b.text(ws, r, 1, b.display.label(KIND_LABELS.get(item.kind, item.kind)))
        _when(b, ws, r, 2, item.entry_ids)
        b.text(ws, r, 3, item.message, wrap=True)
        _entries_cells(b, ws, r, 4, item.entry_ids)
        _decision(b, ws, r, 8, item)
    ws.autofilter(0, 0, max(len(items), 1), len(names) - 1)


def _duplicates(b, ws) -> None:
    names = [b.display.label(n) for n in ("#", "Score", "First start", "Reasons", "Entries", "Entry IDs", "Departments",
                                          "Channels", "Decision", "Note", "Key")]
    names[2] += f" ({b.zone.key})"
    _item_header(b, ws, names, [5, 7, 17, 40, 60, 12, 22, 14, 14, 24, 20])
    for r, item in enumerate(b.duplicates, start=1):  # numbered as in Master's "Duplicate group"
        ws.write_number(r, 0, r)
        ws.write_number(r, 1, float(item.score), b.f_score)
        _when(b, ws, r, 2, item.entry_ids)
        b.text(ws, r, 3, "; ".join(item.reasons), wrap=True)
        _entries_cells(b, ws, r, 4, item.entry_ids)
        _decision(b, ws, r, 8, item)
    ws.autofilter(0, 0, max(len(b.duplicates), 1), len(names) - 1)
