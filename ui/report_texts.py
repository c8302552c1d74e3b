"""The report's charts (calendar_core.report_charts, written in English) in the window's language.

The core builds each chart's title, fixed series names, note and extra column in English; the
window shows them through ``translate("Reports", …)`` with the texts marked below, and writes
the week and day labels as its locale does. Department and channel names are data and stay.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from calendar_core.report_charts import ChartSpec, chart_specs
from calendar_core.reports import week_monday
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.locale_format import day_month, weekday_short

TEXTS = (  # every fixed text of calendar_core.report_charts, for lupdate
    QT_TRANSLATE_NOOP("Reports", "Posts per week, by department"),
    QT_TRANSLATE_NOOP("Reports", "Channel mix per department (share of its posts)"),
    QT_TRANSLATE_NOOP("Reports", "Coverage gaps: working days without a post on a channel that usually posts"),
    QT_TRANSLATE_NOOP("Reports", "Working days with nothing"),
    QT_TRANSLATE_NOOP("Reports", "A channel usually posts when it has posts in at least half of the period's weeks; "
                                 "weekends and blackout days are not working days."),
    QT_TRANSLATE_NOOP("Reports", "Days"),
    QT_TRANSLATE_NOOP("Reports", "Conflicts and duplicate groups per week, open and settled"),
    QT_TRANSLATE_NOOP("Reports", "Conflicts open"),
    QT_TRANSLATE_NOOP("Reports", "Conflicts settled"),
    QT_TRANSLATE_NOOP("Reports", "Duplicates open"),
    QT_TRANSLATE_NOOP("Reports", "Duplicates settled"),
    QT_TRANSLATE_NOOP("Reports", "Each department's share of conflicts"),
    QT_TRANSLATE_NOOP("Reports", "Share of conflicts"),
    QT_TRANSLATE_NOOP("Reports", "A conflict counts once for every department taking part in it."),
    QT_TRANSLATE_NOOP("Reports", "Conflicts"),
    QT_TRANSLATE_NOOP("Reports", "Posting time per channel (hour of day, timed posts)"),
    QT_TRANSLATE_NOOP("Reports", "Posts per day (0 = an empty day; hatched = blackout)"),
)
_FIXED = frozenset(TEXTS)


def _tr(text: str) -> str:
    return translate("Reports", text) if text in _FIXED else text


def _week(label: str) -> str:
    return f"W{label[-2:]} {day_month(week_monday(label))}"


def localized(spec: ChartSpec, rep) -> ChartSpec:
    """SPEC with its fixed texts translated and its day and week labels in the window's locale."""
    categories = list(spec.categories)
    if spec.key in ("posts_per_week", "issues_per_week") and len(categories) == len(rep.weeks):
        categories = [_week(w) for w in rep.weeks]
    columns = list(spec.columns)
    if spec.key == "per_day":
        columns = [weekday_short(date(2024, 1, 1 + i)) for i in range(7)]  # 2024-01-01 was a Monday
        first = rep.first - timedelta(days=rep.first.weekday())
        categories = [day_month(first + timedelta(days=7 * i)) for i in range(len(categories))]
    extra = spec.extra_column
    if extra is not None:
        extra = (_tr(extra[0]), list(extra[1]))
    return replace(spec, title=_tr(spec.title), note=_tr(spec.note), categories=categories, columns=columns,
                   series=[(_tr(name), values) for name, values in spec.series], extra_column=extra)


def localized_specs(rep) -> list[ChartSpec]:
    return [localized(spec, rep) for spec in chart_specs(rep)]
