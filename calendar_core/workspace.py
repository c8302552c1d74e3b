"""The workspace facade: the one object ui/ and the command line talk to.

It opens a store (a SQLite file or any SQLAlchemy URL), applies import results
as syncs, answers entry queries with filters, and runs the analysis with the
stored settings and decisions. It returns plain objects from model.py.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Mapping
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select, update

from calendar_core import analysis as _analysis
from calendar_core.departments import colour_for, guess_department
from calendar_core.model import DECISIONS, Decision, Entry, EntryFilter, Source, SyncReport
from calendar_core.names import KINDS, Names, tidy
from calendar_core.settings import Settings
from calendar_core.store import queries
from calendar_core.store.batch import rows_from_records, unique_refs
from calendar_core.store.rows import Canonicaliser, row_to_entry
from calendar_core.store.schema import (
    WorkspaceError, decisions as decisions_t, entries as entries_t, open_engine, settings_table,
    sources as sources_t, synonyms as synonyms_t,
)
from calendar_core.store.sync import restore_source, snapshot_source, sync_entries
from calendar_core.timeconv import from_ts, to_ts, zone
from importers import ImportOptions, ImportResult, read_file
from importers.bulk import collector_paused

UTC = timezone.utc


@dataclass
class _UndoStep:
    source_id: int
    file: str
    snapshot: tuple


class Workspace:
    """A merged calendar workspace. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, engine, location: str):
        self._engine = engine
        self.location = location
        self._names: Names | None = None
        self._settings: Settings | None = None
        self._undo: list[_UndoStep] = []

    # ----- lifecycle -------------------------------------------------------
    @classmethod
    def open(cls, target: str | Path) -> "Workspace":
        return cls(open_engine(target), str(target))

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    # ----- settings --------------------------------------------------------
    @property
    def settings(self) -> Settings:
        if self._settings is None:
            with self._engine.connect() as conn:
                row = conn.execute(select(settings_table.c.value).where(settings_table.c.key == "settings")).first()
            self._settings = Settings.from_dict(json.loads(row[0]) if row else None)
        return self._settings

    def save_settings(self, settings: Settings) -> None:
        zone(settings.timezone)  # validate
        value = json.dumps(settings.to_dict())
        with self._engine.begin() as conn:
            conn.execute(delete(settings_table).where(settings_table.c.key == "settings"))
            conn.execute(settings_table.insert().values(key="settings", value=value))
        self._settings = Settings.from_dict(settings.to_dict())

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.settings.timezone)

    def horizon(self, now: datetime | None = None) -> tuple[datetime, datetime]:
        now = now or datetime.now(UTC)
        s = self.settings
        return now - timedelta(days=s.horizon_past_days), now + timedelta(days=s.horizon_future_days)

    # ----- names -----------------------------------------------------------
    @property
    def names(self) -> Names:
        if self._names is None:
            with self._engine.connect() as conn:
                self._names = self._load_names(conn)
        return self._names

    @staticmethod
    def _load_names(conn) -> Names:
        rows = conn.execute(select(synonyms_t.c.kind, synonyms_t.c.name, synonyms_t.c.canonical)).all()
        return Names.from_rows([tuple(r) for r in rows])

    def synonym_rows(self) -> list[tuple[str, str, str]]:
        """User-defined synonyms (the defaults are built in)."""
        with self._engine.connect() as conn:
            return [tuple(r) for r in conn.execute(
                select(synonyms_t.c.kind, synonyms_t.c.name, synonyms_t.c.canonical).order_by(synonyms_t.c.kind, synonyms_t.c.name))]

    def set_synonyms(self, rows: Iterable[tuple[str, str, str]]) -> int:
        """Add or replace synonyms, then re-canonicalise stored entries. Returns entries changed."""
        rows = [(k, tidy(n), tidy(c)) for k, n, c in rows]
        for kind, name, canonical in rows:
            if kind not in KINDS or not name or not canonical:
                raise ValueError(f"bad synonym {kind!r}: {name!r} -> {canonical!r}")
        with self._engine.begin() as conn:
            for kind, name, canonical in rows:
                conn.execute(delete(synonyms_t).where(synonyms_t.c.kind == kind, synonyms_t.c.name == name))
                conn.execute(synonyms_t.insert().values(kind=kind, name=name, canonical=canonical))
            self._names = None
            return self._recanonicalise(conn)

    def remove_synonym(self, kind: str, name: str) -> int:
        with self._engine.begin() as conn:
            conn.execute(delete(synonyms_t).where(synonyms_t.c.kind == kind, synonyms_t.c.name == name))
            self._names = None
            return self._recanonicalise(conn)

    def _recanonicalise(self, conn) -> int:
        names = self._names = self._load_names(conn)
        changed = 0
        for kind, col, raw in (("channel", entries_t.c.channel, entries_t.c.channel_raw),
                               ("person", entries_t.c.owner, entries_t.c.owner_raw),
                               ("status", entries_t.c.status, entries_t.c.status_raw)):
            for raw_value, current in conn.execute(select(raw, col).distinct()).all():
                wanted = names.canonical(kind, raw_value)
                if wanted != current:
                    res = conn.execute(update(entries_t).where(raw == raw_value, col == current).values({col.key: wanted}))
                    changed += res.rowcount or 0
        return changed

    # ----- sources ---------------------------------------------------------
    def sources(self) -> list[Source]:
        counts = select(entries_t.c.source_id, func.count().label("n")).group_by(entries_t.c.source_id).subquery()
        stmt = select(sources_t, func.coalesce(counts.c.n, 0).label("n")).outerjoin(
            counts, counts.c.source_id == sources_t.c.id).order_by(sources_t.c.id)
        with self._engine.connect() as conn:
            return [self._source(r) for r in conn.execute(stmt).mappings()]

    def source(self, source_id: int) -> Source | None:
        return next((s for s in self.sources() if s.id == source_id), None)

    @staticmethod
    def _source(m) -> Source:
        return Source(
            id=m["id"], path=m["path"], name=m["name"], kind=m["kind"], department=m["department"],
            colour=m["colour"], content_hash=m["content_hash"], imported_at=from_ts(m["imported_at"]),
            settings=json.loads(m["settings"] or "{}"), warnings=json.loads(m["warnings"] or "[]"),
            errors=json.loads(m["errors"] or "[]"), blackout=bool(m["blackout"]), visible=bool(m["visible"]),
            entry_count=int(m.get("n", 0) or 0), skipped=int(m["skipped"] or 0),
        )

    def find_source(self, path: str | Path) -> Source | None:
        """The source of this file: same path, else the only source with the same file name."""
        path = Path(path)
        resolved = str(path.resolve())
        all_sources = self.sources()
        for src in all_sources:
            if src.path == resolved:
                return src
        same_name = [s for s in all_sources if s.name == path.name]
        return same_name[0] if len(same_name) == 1 else None

    def update_source(self, source_id: int, **changes) -> None:
        allowed = {"department", "colour", "blackout", "visible", "settings"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot change {', '.join(sorted(bad))} of a source")
        if "settings" in changes:
            changes["settings"] = json.dumps(changes["settings"], ensure_ascii=False)
        if "department" in changes:
            changes["department"] = tidy(changes["department"])
            if not changes["department"]:
                raise ValueError("a department name cannot be empty")
        with self._engine.begin() as conn:
            conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(**changes))

    def remove_source(self, source_id: int) -> None:
        with self._engine.begin() as conn:
            self._undo.append(_UndoStep(source_id, "", snapshot_source(conn, source_id, sources_t)))
            conn.execute(delete(entries_t).where(entries_t.c.source_id == source_id))
            conn.execute(delete(sources_t).where(sources_t.c.id == source_id))

    # ----- importing -------------------------------------------------------
    def import_options(self, path: str | Path, *, timezone_name: str | None = None,
                       column_map: Mapping[str, str] | None = None,
                       window: tuple[datetime, datetime] | None = None,
                       progress: Callable[[float], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> ImportOptions:
        """Options for reading ``path``: stored per-source settings, overridden by the arguments."""
        existing = self.find_source(path)
        stored = existing.settings if existing else {}
        tz_name = timezone_name or stored.get("timezone") or self.settings.timezone
        cmap = dict(stored.get("column_map") or {})
        if column_map:
            cmap.update(column_map)
        lo, hi = self.horizon()
        if window is not None:
            lo, hi = min(lo, window[0]), max(hi, window[1])
        return ImportOptions(
            timezone=zone(tz_name), window_start=lo, window_end=hi, column_map=cmap or None,
            day_first=self.settings.day_first, progress=progress, cancelled=cancelled,
        )

    def import_file(self, path: str | Path, **kwargs) -> SyncReport:
        """Read a file and apply it. Raises ImporterError (nothing changed) on failure."""
        options = self.import_options(path, **kwargs)
        result = read_file(path, options)
        options.check_cancelled()
        settings = dict(result.settings)
        if kwargs.get("timezone_name"):
            settings["timezone"] = kwargs["timezone_name"]
        result.settings = settings
        return self.apply_import(result)

    def apply_import(self, result: ImportResult, department: str | None = None) -> SyncReport:
        """Apply an import result as a sync of its source, in one transaction."""
        canon = Canonicaliser(self.names)
        warnings = list(result.warnings)
        with collector_paused():
            rows = unique_refs(rows_from_records(result.records, canon), warnings)
        path = Path(result.path)
        existing = self.find_source(path)
        now_ts = to_ts(datetime.now(UTC))
        with self._engine.begin() as conn:
            if existing is None:
                n_sources = conn.execute(select(func.count()).select_from(sources_t)).scalar_one()
                max_id = conn.execute(select(func.max(sources_t.c.id))).scalar() or 0
                snapshot = (None, [])
                source_id = conn.execute(sources_t.insert().values(
                    path=str(path.resolve()), name=path.name, kind=result.kind,
                    department=tidy(department) or guess_department(result.department_hint or path.stem),
                    colour=colour_for(max(n_sources, max_id)), content_hash=result.content_hash,
                    imported_at=now_ts, settings=json.dumps(result.settings, ensure_ascii=False),
                    warnings=json.dumps(warnings, ensure_ascii=False), errors="[]",
                    blackout=False, visible=True, skipped=result.skipped,
                )).inserted_primary_key[0]
            else:
                source_id = existing.id
                snapshot = snapshot_source(conn, source_id, sources_t)
                merged = {**existing.settings, **result.settings}
                values = dict(path=str(path.resolve()), kind=result.kind, content_hash=result.content_hash,
                              imported_at=now_ts, settings=json.dumps(merged, ensure_ascii=False),
                              warnings=json.dumps(warnings, ensure_ascii=False), errors="[]", skipped=result.skipped)
                if department:
                    values["department"] = tidy(department)
                conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(**values))
            counts = sync_entries(conn, source_id, rows)
        self._undo.append(_UndoStep(source_id, path.name, snapshot))
        return SyncReport(
            source_id=source_id, file=path.name, new=counts.new, changed=counts.changed,
            removed=counts.removed, unchanged=counts.unchanged, skipped=result.skipped,
            warnings=warnings, created_source=existing is None,
        )

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_last(self) -> str:
        """Undo the last import or source removal; returns the file name concerned."""
        if not self._undo:
            raise WorkspaceError("nothing to undo")
        step = self._undo.pop()
        with self._engine.begin() as conn:
            restore_source(conn, step.source_id, sources_t, step.snapshot)
        return step.file or (step.snapshot[0] or {}).get("name", "")

    # ----- queries ---------------------------------------------------------
    def entries(self, start: datetime | None = None, end: datetime | None = None,
                flt: EntryFilter | None = None) -> list[Entry]:
        """Entries overlapping [start, end) that pass the filter, sorted by start."""
        stmt = queries.entry_select()
        where = queries.window_clause(start, end, self.tz)
        if where is not None:
            stmt = stmt.where(where)
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
            stmt = stmt.where(clause)
        stmt = stmt.order_by(entries_t.c.start_ts, entries_t.c.id)
        with self._engine.connect() as conn:
            result = conn.execute(stmt)
            return [row_to_entry(m, m["source_department"], m["source_name"]) for m in result.mappings()]

    def entry(self, entry_id: int) -> Entry | None:
        stmt = queries.entry_select().where(entries_t.c.id == entry_id)
        with self._engine.connect() as conn:
            m = conn.execute(stmt).mappings().first()
        return row_to_entry(m, m["source_department"], m["source_name"]) if m else None

    def count_entries(self, flt: EntryFilter | None = None) -> int:
        stmt = select(func.count()).select_from(entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id))
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter(only_visible=False)):
            stmt = stmt.where(clause)
        with self._engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def date_range(self) -> tuple[datetime, datetime] | None:
        with self._engine.connect() as conn:
            lo, hi = conn.execute(select(func.min(entries_t.c.start_ts), func.max(entries_t.c.start_ts))).one()
        return (from_ts(lo), from_ts(hi)) if lo is not None else None

    def departments(self) -> list[str]:
        expr = queries.department_expr()
        stmt = select(expr).select_from(entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id)).distinct()
        with self._engine.connect() as conn:
            found = {r[0] for r in conn.execute(stmt) if r[0]}
            found |= {r[0] for r in conn.execute(select(sources_t.c.department)) if r[0]}
        return sorted(found, key=str.casefold)

    def _distinct(self, column) -> list[str]:
        with self._engine.connect() as conn:
            return sorted((r[0] for r in conn.execute(queries.distinct_values(column))), key=str.casefold)

    def channels(self) -> list[str]:
        return self._distinct(entries_t.c.channel)

    def statuses(self) -> list[str]:
        return self._distinct(entries_t.c.status)

    def people(self) -> list[str]:
        return self._distinct(entries_t.c.owner)

    # ----- analysis and decisions -----------------------------------------
    def analyse(self, start: datetime | None = None, end: datetime | None = None,
                flt: EntryFilter | None = None, entries: list[Entry] | None = None):
        """Conflicts and duplicate groups over the filtered entries, with decisions attached."""
        if entries is None:
            entries = self.entries(start, end, flt)
        blackout = frozenset(s.id for s in self.sources() if s.blackout)
        result = _analysis.analyse(entries, self.settings, blackout)
        _analysis.attach_decisions(result, self.decisions())
        return result

    def master_entries(self, entries: list[Entry]) -> list[Entry]:
        """``entries`` less the later copies of each merged copy group (what the master exports hold)."""
        from calendar_core.analysis.copies import find_copies, merged_away

        copies = find_copies(entries)
        if not copies:
            return entries
        _analysis.attach_decisions(_analysis.AnalysisResult(copies=copies), self.decisions())
        gone = merged_away(copies)
        return [e for e in entries if e.id not in gone] if gone else entries

    def decisions(self) -> dict[str, Decision]:
        with self._engine.connect() as conn:
            return {
                r.item_key: Decision(r.item_key, r.status, r.note, from_ts(r.decided_at))
                for r in conn.execute(select(decisions_t))
            }

    def decide(self, item_key: str, status: str, note: str = "") -> None:
        if status not in DECISIONS:
            raise ValueError(f"unknown decision '{status}' (expected one of {', '.join(DECISIONS)})")
        with self._engine.begin() as conn:
            conn.execute(delete(decisions_t).where(decisions_t.c.item_key == item_key))
            conn.execute(decisions_t.insert().values(
                item_key=item_key, status=status, note=note or "", decided_at=to_ts(datetime.now(UTC))))

    def undecide(self, item_key: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(decisions_t).where(decisions_t.c.item_key == item_key))


def default_workspace_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Masthead", "Masthead")) / "workspace.sqlite"
