"""The Reports charts as data: what each chart shows, its numbers and the table beside it.

One home for the charts of the Reports view, the PDF report and (as ranges) the
workbook: a :class:`ChartSpec` per chart, built from a :class:`~calendar_core.reports.Report`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from calendar_core.reports import Report, week_monday

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass
class ChartSpec:
    key: str
    title: str
    kind: str  # stacked (vertical, series stacked) | share (horizontal 100 %) | hbar | heat (rows x columns)
    categories: list[str]  # x axis (stacked), rows (share, hbar, heat)
    series: list[tuple[str, list[float]]] = field(default_factory=list)  # name, one value per category
    columns: list[str] = field(default_factory=list)  # heat: column labels; series are then the rows' values
    percent: bool = False
    note: str = ""
    marked: set[tuple[int, int]] = field(default_factory=set)  # heat: (row, column) cells to hatch (blackout days)
    extra_column: tuple[str, list[str]] | None = None  # table: one more column (e.g. the gap dates)

    def fmt(self, value: float | None) -> str:
        if value is None:
            return ""
        return f"{value:.0%}" if self.percent else f"{value:g}"

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Headers and rows of the table shown beside the chart (the same numbers)."""
        if self.kind == "heat":
            headers = [""] + self.columns
            rows = [[cat] + [self.fmt(v) for v in values] for cat, (_, values) in zip(self.categories, self.series)]
        else:
            headers = [""] + [name for name, _ in self.series]
            rows = [[cat] + [self.fmt(values[i]) for _, values in self.series] for i, cat in enumerate(self.categories)]
            if self.kind == "stacked" and len(self.series) > 1:
                headers.append("Total")
                for i, row in enumerate(rows):
                    row.append(self.fmt(sum(values[i] for _, values in self.series)))
        if self.extra_column:
            headers.append(self.extra_column[0])
            for row, text in zip(rows, self.extra_column[1]):
                row.append(text)
        return headers, rows

    def hover(self, row: int, col: int) -> str:
        """Tooltip text for one value: category, series and number."""
        if self.kind == "heat":
            return f"{self.categories[row]} · {self.columns[col]}: {self.fmt(self.series[row][1][col])}"
        name, values = self.series[col]
        return f"{self.categories[row]} · {name}: {self.fmt(values[row])}"


def _short_week(label: str) -> str:
    monday = week_monday(label)
    return f"W{label[-2:]} {monday:%-d %b}"


def chart_specs(rep: Report) -> list[ChartSpec]:
    out = []
    weeks = [_short_week(w) for w in rep.weeks]
    out.append(ChartSpec("posts_per_week", "Posts per week, by department", "stacked", weeks,
                         [(d, [float(rep.posts_per_week[w].get(d, 0)) for w in rep.weeks]) for d in rep.departments]))
    channels = sorted({c for d in rep.departments for c in rep.channel_counts[d]}, key=str.casefold)
    out.append(ChartSpec("channel_mix", "Channel mix per department (share of its posts)", "share", rep.departments,
                         [(c, [rep.channel_mix(d).get(c, 0.0) for d in rep.departments]) for c in channels],
                         percent=True))
    out.append(_heat_days(rep))
    gaps_by_channel = {c: [d for d, ch in rep.gaps if ch == c] for c in rep.usual_channels}
    out.append(ChartSpec(
        "gaps", "Coverage gaps: working days without a post on a channel that usually posts", "hbar",
        list(rep.usual_channels), [("Working days with nothing", [float(len(gaps_by_channel[c])) for c in rep.usual_channels])],
        note="A channel usually posts when it has posts in at least half of the period's weeks; weekends and "
             "blackout days are not working days.",
        extra_column=("Days", [", ".join(f"{d:%a %-d %b}" for d in gaps_by_channel[c]) for c in rep.usual_channels])))
    out.append(ChartSpec("issues_per_week", "Conflicts and duplicate groups per week, open and settled", "stacked", weeks, [
        ("Conflicts open", [float(rep.issues_per_week[w].conflicts_open) for w in rep.weeks]),
        ("Conflicts settled", [float(rep.issues_per_week[w].conflicts_settled) for w in rep.weeks]),
        ("Duplicates open", [float(rep.issues_per_week[w].duplicates_open) for w in rep.weeks]),
        ("Duplicates settled", [float(rep.issues_per_week[w].duplicates_settled) for w in rep.weeks]),
    ]))
    shares = rep.conflict_shares()
    depts = sorted(shares, key=lambda d: (-shares[d], d.casefold()))
    out.append(ChartSpec("conflict_share", "Each department's share of conflicts", "hbar", depts,
                         [("Share of conflicts", [shares[d] for d in depts])], percent=True,
                         note="A conflict counts once for every department taking part in it.",
                         extra_column=("Conflicts", [str(rep.conflicts_by_department[d]) for d in depts])))
    out.append(ChartSpec("hours", "Posting time per channel (hour of day, timed posts)", "heat", list(rep.channels),
                         [(c, [float(n) for n in rep.hours[c]]) for c in rep.channels],
                         columns=[f"{h:02d}" for h in range(24)]))
    return out


def _heat_days(rep: Report) -> ChartSpec:
    first_monday = rep.first - timedelta(days=rep.first.weekday())
    rows, series, marked = [], [], set()
    monday = first_monday
    r = 0
    while monday <= rep.last:
        values: list[float | None] = []
        for i in range(7):
            d = monday + timedelta(days=i)
            values.append(float(rep.posts_per_day[d]) if d in rep.posts_per_day else None)
            if d in rep.blackout_days:
                marked.add((r, i))
        rows.append(f"{monday:%-d %b}")
        series.append((rows[-1], values))
        monday += timedelta(days=7)
        r += 1
    return ChartSpec("per_day", "Posts per day (0 = an empty day; hatched = blackout)", "heat", rows, series,
                     columns=list(WEEKDAYS), marked=marked)


def day_of_heat_cell(rep: Report, row: int, col: int) -> date:
    return rep.first - timedelta(days=rep.first.weekday()) + timedelta(days=7 * row + col)
