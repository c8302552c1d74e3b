"""A two-level Qt model of the analysis: one group per kind, its items sorted by date.

Top-level rows are the kinds present in the result (slot clashes, double
bookings, overloaded days, blackout dates, possible duplicates), labelled with
their counts; their children are the conflicts or duplicate groups. The model
shows only undecided items unless ``show_decided`` is set; a decision changes
the rows in place (rows removed or inserted), so the view keeps its state.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import compress
from operator import attrgetter, not_
from typing import Mapping
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.i18n import QT_TRANSLATE_NOOP, translate, tr
from ui.issue_phrases import conflict_message, reasons_text, split_rule, window_phrases
from ui.locale_format import date_long, date_text, day_header, time_text
from ui.markers import decision_label, duplicate_text, kind_label, kind_plural

KIND_ORDER = ("slot_clash", "double_booking", "overload", "blackout", "duplicate", "copy")
KeyRole = Qt.ItemDataRole.UserRole + 1
EntryIdsRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
DecisionRole = Qt.ItemDataRole.UserRole + 4
NoteRole = Qt.ItemDataRole.UserRole + 5
SortRole = Qt.ItemDataRole.UserRole + 6

COLUMNS = (QT_TRANSLATE_NOOP("IssuesModel", "Issue"), QT_TRANSLATE_NOOP("IssuesModel", "When"),
           QT_TRANSLATE_NOOP("IssuesModel", "Decision"))
_FAR = datetime.max.replace(tzinfo=timezone.utc)
_ROOT = 0  # internalId of top-level rows; children carry their group's row + 1


class RowWriter:
    """Writes the rows' texts when first shown (the panel paints a few dozen of 13,000 rows):
    the entries the rows name and the phrasebook of the analysis they came from."""

    def __init__(self, entries: Mapping[int, object], phrases=None):
        self.entries = entries
        self.phrases = phrases
        self.generation = 0  # a rewrite (new language) makes every row write its texts again

    def rewrite(self, entries: Mapping[int, object]) -> None:
        self.entries, self.phrases = entries, None
        self.generation += 1

    def texts(self, row: "IssueRow") -> tuple[str, str]:
        if self.phrases is None:
            self.phrases = window_phrases()
        return row_texts(row.kind, row.item, self.entries, self.phrases)


@dataclass
class IssueRow:
    key: str
    kind: str
    entry_ids: list[int]
    when: datetime | None
    item: object  # the Conflict or DuplicateGroup
    is_duplicate: bool = False
    all_day: bool = False
    writer: RowWriter | None = field(default=None, repr=False, compare=False)
    _said: tuple[int, str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The row's text: the message, or the group's first title and reasons."""
        return self._texts()[0]

    @property
    def detail(self) -> str:
        """The row's tooltip: the entries' titles (and a conflict's rule)."""
        return self._texts()[1]

    def _texts(self) -> tuple[str, str]:
        said = self._said
        if said is None or said[0] != self.writer.generation:
            said = self._said = (self.writer.generation, *self.writer.texts(self))
        return said[1], said[2]

    @property
    def decision(self) -> str | None:
        return self.item.decision

    @property
    def note(self) -> str:
        return self.item.note or ""


@dataclass
class _Group:
    kind: str
    rows: list[IssueRow] = field(default_factory=list)  # all, sorted by date
    visible: list[IssueRow] = field(default_factory=list)

    def undecided(self) -> int:
        return len(undecided_rows(self.rows))


_ROW_DECISION = attrgetter("item.decision")


def undecided_rows(rows: list["IssueRow"]) -> list["IssueRow"]:
    """The rows whose item is not decided, in order. At C speed: the GUI thread filters an
    analysis's tens of thousands of rows, and a Python loop there is slowed further by every
    worker it hands the GIL to."""
    return list(compress(rows, map(not_, map(_ROW_DECISION, rows))))


def _order(row: "IssueRow"):
    return (row.when or _FAR, row.key)


_TITLES = 12  # entries a row's tooltip names; a group of thousands says how many more


def _titles(ids, entries) -> str:
    names = []
    known = 0
    for i in ids:
        e = entries.get(i)
        if e is not None:
            known += 1
            if len(names) < _TITLES:
                names.append(f"“{e.title}” ({e.department or e.source_name})")
    if known > len(names):
        names.append(tr("… and %n more", "", known - len(names)))
    return "\n".join(names)


def build_rows(result, entries: Mapping[int, object], phrases=None) -> list[IssueRow]:
    """Rows for every conflict and duplicate group; ``entries`` maps id -> Entry. Their texts are
    written on first ask (:class:`RowWriter`)."""
    rows: list[IssueRow] = []
    writer = RowWriter(entries, phrases)

    def first(ids):
        """The earliest start among the known entries, and whether that entry lasts all day."""
        best = None
        for i in ids:
            e = entries.get(i)
            if e is not None and (best is None or e.start < best.start):
                best = e
        return (best.start, best.all_day) if best is not None else (None, False)

    items = [(c.kind, c) for c in result.conflicts]
    items += [("duplicate", d) for d in result.duplicates]
    items += [("copy", d) for d in getattr(result, "copies", ())]
    for kind, item in items:
        when, all_day = first(item.entry_ids)
        rows.append(IssueRow(item.key, kind, list(item.entry_ids), when, item, kind == "duplicate", all_day, writer))
    return rows


def row_texts(kind: str, item, entries: Mapping[int, object], phrases=None) -> tuple[str, str]:
    """A row's text and tooltip in the window's language: the message (its rule to the tooltip) or
    the group's first title and reasons, then the entries' titles."""
    phrases = phrases or window_phrases()
    titles = _titles(item.entry_ids, entries)
    if kind not in ("duplicate", "copy"):
        short, rule = split_rule(conflict_message(item, phrases), phrases)
        return short, "\n".join(p for p in (titles, rule) if p)
    named = [entries[i].title for i in item.entry_ids if i in entries]
    head = f"“{named[0]}” ×{len(item.entry_ids)}" if named else tr("%n entries", "", len(item.entry_ids))
    said = duplicate_text(item, phrases) if kind == "duplicate" else reasons_text(item, phrases)
    return f"{head}: {said}", titles


@dataclass
class PreparedIssues:
    """Rows grouped by kind and sorted by date; built off the GUI thread (plain Python, no Qt)."""

    groups: list[tuple[str, list[IssueRow]]]
    zone: ZoneInfo | timezone
    with_year: bool


def prepare_issues(result, entries: Mapping[int, object], zone: ZoneInfo | None = None,
                   phrases=None) -> PreparedIssues:
    zone = zone or timezone.utc
    by_kind: dict[str, list[IssueRow]] = {}
    for row in build_rows(result, entries, phrases):
        by_kind.setdefault(row.kind, []).append(row)
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    groups = sorted(by_kind.items(), key=lambda kv: order.get(kv[0], len(order)))
    for _kind, rows in groups:
        rows.sort(key=_order)
    years = {r.when.astimezone(zone).year for _k, rows in groups for r in rows if r.when}
    return PreparedIssues(groups, zone, len(years) > 1)


class IssuesModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._show_decided = False
        self._zone: ZoneInfo | timezone = timezone.utc
        self._with_year = False  # dates show their year only when the items span several

    # ----- feeding ---------------------------------------------------------
    def set_result(self, result, entries: Mapping[int, object], zone: ZoneInfo | None = None) -> None:
        """Replace everything with a new analysis (a model reset)."""
        self.set_prepared(prepare_issues(result, entries, zone))

    def set_prepared(self, prepared: "PreparedIssues") -> None:
        """Replace everything with rows prepared by :func:`prepare_issues` (cheap: no row is built here)."""
        self.beginResetModel()
        self._zone = prepared.zone
        self._with_year = prepared.with_year
        self._groups = [_Group(kind, rows) for kind, rows in prepared.groups]
        for g in self._groups:
            g.visible = self._wanted(g)
        self.endResetModel()

    def rewrite(self, entries: Mapping[int, object]) -> None:
        """Write every row's text again (the window's language changed), each when next shown; the rows
        stay where they are."""
        for writer in {id(r.writer): r.writer for g in self._groups for r in g.rows}.values():
            writer.rewrite(entries)
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self._groups = []
        self.endResetModel()

    @property
    def with_year(self) -> bool:
        return self._with_year

    @property
    def show_decided(self) -> bool:
        return self._show_decided

    def set_show_decided(self, show: bool) -> None:
        """Switch the filter; a reset, since it may add or drop thousands of rows at once."""
        if show != self._show_decided:
            self.beginResetModel()
            self._show_decided = show
            for g in self._groups:
                g.visible = self._wanted(g)
            self.endResetModel()

    def set_decision(self, key: str, status: str | None, note: str = "") -> bool:
        """Record a decision on the item ``key`` (None withdraws it); False if unknown."""
        row = self.row_for_key(key)
        if row is None:
            return False
        row.item.decision = status or None
        row.item.note = (note or "") if status else ""
        self._sync_row(row)
        return True

    def _sync_row(self, row: IssueRow) -> None:
        """One item changed: remove, insert or repaint just that row (cheap with thousands)."""
        gi = next(i for i, g in enumerate(self._groups) if g.kind == row.kind)
        group, parent = self._groups[gi], self.index(gi, 0)
        at = next((i for i, r in enumerate(group.visible) if r is row), -1)
        wanted = self._show_decided or not row.decision
        if at >= 0 and not wanted:
            self.beginRemoveRows(parent, at, at)
            del group.visible[at]
            self.endRemoveRows()
        elif at < 0 and wanted:
            at = bisect.bisect_left(group.visible, _order(row), key=_order)
            self.beginInsertRows(parent, at, at)
            group.visible.insert(at, row)
            self.endInsertRows()
        elif at >= 0:
            self.dataChanged.emit(self.index(at, 0, parent), self.index(at, len(COLUMNS) - 1, parent))
        self.dataChanged.emit(parent, self.index(gi, len(COLUMNS) - 1))

    def _wanted(self, group: _Group) -> list[IssueRow]:
        return list(group.rows) if self._show_decided else undecided_rows(group.rows)

    # ----- queries ---------------------------------------------------------
    def rows(self) -> list[IssueRow]:
        return [r for g in self._groups for r in g.rows]

    def visible_rows(self) -> list[IssueRow]:
        return [r for g in self._groups for r in g.visible]

    def row_for_key(self, key: str) -> IssueRow | None:
        return next((r for g in self._groups for r in g.rows if r.key == key), None)

    def index_for_key(self, key: str) -> QModelIndex:
        for gi, group in enumerate(self._groups):
            for i, row in enumerate(group.visible):
                if row.key == key:
                    return self.index(i, 0, self.index(gi, 0))
        return QModelIndex()

    def row_at(self, index: QModelIndex) -> IssueRow | None:
        if not index.isValid() or index.internalId() == _ROOT:
            return None
        group = self._groups[index.internalId() - 1]
        return group.visible[index.row()] if index.row() < len(group.visible) else None

    def counts(self) -> dict[str, tuple[int, int]]:
        """kind -> (undecided, total)."""
        return {g.kind: (g.undecided(), len(g.rows)) for g in self._groups}

    # ----- QAbstractItemModel ----------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _ROOT) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _ROOT or parent.column() != 0:
            return QModelIndex()
        group = self._groups[parent.row()]
        if row >= len(group.visible):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt name
        if not index.isValid() or index.internalId() == _ROOT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _ROOT)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _ROOT and parent.column() == 0:
            return len(self._groups[parent.row()].visible)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt name
        return len(COLUMNS)

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt name
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _ROOT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translate("IssuesModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _ROOT:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self.row_at(index)
        return None if row is None else self._row_data(row, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            label = kind_plural(group.kind)
            if self._show_decided:  # only then counted: a walk of every row of the group, each time the view asks
                undecided, total = group.undecided(), len(group.rows)
                if undecided != total:
                    return self.tr("{label} ({total}, {undecided} undecided)").format(
                        label=label, total=total, undecided=undecided)
            return f"{label} ({len(group.visible)})"
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == KindRole:
            return group.kind
        return None

    def _row_data(self, row: IssueRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.text
            if column == 1:
                return self._when(row.when, row.all_day)
            if column == 2:
                label = decision_label(row.decision) if row.decision else ""
                return f"{label}: {row.note}" if label and row.note else label
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and row.when is not None:
            return self._when(row.when, row.all_day) if self._with_year else (
                date_long(row.when.date()) if row.all_day
                else f"{date_long(row.when.astimezone(self._zone).date())}, {time_text(row.when.astimezone(self._zone))}")
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{kind_label(row.kind)}: {row.text}", row.detail]
            if row.decision:
                parts.append(translate("IssuesModel", "Marked {decision}").format(
                    decision=decision_label(row.decision).lower()) + (f": {row.note}" if row.note else ""))
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ForegroundRole and row.decision:
            return QBrush(QColor("#7a7a7a"))
        if role == KeyRole:
            return row.key
        if role == EntryIdsRole:
            return list(row.entry_ids)
        if role == KindRole:
            return row.kind
        if role == DecisionRole:
            return row.decision
        if role == NoteRole:
            return row.note
        if role == SortRole:
            return row.when.timestamp() if row.when else None
        return None

    def _when(self, when: datetime | None, all_day: bool = False) -> str:
        if when is None:
            return ""
        def day(d):
            return date_text(d) if self._with_year else day_header(d)

        if all_day:  # midnight UTC of its date; no zone conversion
            return day(when.date())
        local = when.astimezone(self._zone)
        return f"{day(local.date())} {time_text(local)}"


