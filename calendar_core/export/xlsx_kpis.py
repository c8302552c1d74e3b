"""The Summary sheet's per-department KPI block and its native Excel charts.

Numbers come from calendar_core.reports (one home for the counting). Every
chart series takes its name and categories from cells (never user text as a
chart name), so the charts stay live when someone edits the numbers.
"""
from __future__ import annotations

from datetime import timedelta

from calendar_core.reports import compute_report, local_day

MAX_SPAN_DAYS = 3660  # the KPI block counts at most ten years from the first entry

KPI_HEADERS = ("Department", "Posts", "Channels", "Conflicts caused", "Duplicates involved", "Share settled")
MAX_KPI_ROWS = 60


def write_kpis(b, ws, at_row: int) -> int:
    """Write the KPI block from ``at_row`` and its charts beside it; returns the first free row after it."""
    entries = b.entries
    if not entries:
        return at_row
    zone_name = b.zone.key
    days = [local_day(e, b.zone) for e in entries]
    blackout = frozenset(s.id for s in b.sources.values() if getattr(s, "blackout", False))
    rep = compute_report(entries, b.conflicts, b.duplicates, min(days), min(max(days), min(days) + timedelta(days=MAX_SPAN_DAYS)), zone_name,
                         blackout_source_ids=blackout)
    ws.write_string(at_row, 0, b.display.label("Per department"), b.f_bold)
    head = at_row + 1
    for col, name in enumerate(KPI_HEADERS):
        ws.write_string(head, col, b.display.label(name), b.f_head)
    kpis = rep.kpis[:MAX_KPI_ROWS]
    percent = b.wb.add_format({"num_format": "0%"})
    for i, k in enumerate(kpis, start=1):
        r = head + i
        b.text(ws, r, 0, k.department)
        ws.write_number(r, 1, k.posts)
        ws.write_number(r, 2, k.channels)
        ws.write_number(r, 3, k.conflicts)
        ws.write_number(r, 4, k.duplicates)
        ws.write_number(r, 5, k.share_settled, percent)  # a value, not a formula: the workbook holds none
    last = head + len(kpis)
    if kpis:
        _kpi_charts(b, ws, head, last)
    return last + 2


def _kpi_charts(b, ws, head: int, last: int) -> None:
    categories = [ws.name, head + 1, 0, last, 0]
    posts = b.wb.add_chart({"type": "bar"})
    posts.add_series({"name": [ws.name, head, 1], "categories": categories, "values": [ws.name, head + 1, 1, last, 1],
                      "data_labels": {"value": True}, "fill": {"color": "#4e79a7"}})
    posts.set_title({"name": [ws.name, head, 1]})
    posts.set_legend({"none": True})
    posts.set_y_axis({"reverse": True})
    posts.set_size({"width": 480, "height": 60 + 26 * (last - head)})
    ws.insert_chart(head, 7, posts)
    issues = b.wb.add_chart({"type": "column"})
    patterns = ("solid", "dark_upward_diagonal")
    for n, col in enumerate((3, 4)):
        series = {"name": [ws.name, head, col], "categories": categories, "values": [ws.name, head + 1, col, last, col],
                  "data_labels": {"value": True}}
        if patterns[n] == "solid":
            series["fill"] = {"color": "#e15759"}
        else:  # black-and-white readable: the second series is hatched
            series["pattern"] = {"pattern": patterns[n], "fg_color": "#4e79a7", "bg_color": "#ffffff"}
            series["border"] = {"color": "#4e79a7"}
        issues.add_series(series)
    issues.set_title({"name": "Conflicts and duplicates per department"})
    issues.set_legend({"position": "bottom"})
    issues.set_size({"width": 560, "height": 320})
    ws.insert_chart(head, 15, issues)
