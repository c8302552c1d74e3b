"""The workspace facade: the one object ui/ and the command line talk to.

It opens a store (a SQLite file or any SQLAlchemy URL), applies import results
as syncs, answers entry queries with filters, and runs the analysis with the
stored settings and decisions. It returns plain objects from model.py.
"""
from __future__ import annotations

import functools
import json
import threading
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Mapping
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from calendar_core import analysis as _analysis
from calendar_core import proposals as _proposals
from calendar_core.departments import colour_for, department_colours, guess_department
from calendar_core.model import DECISIONS, Decision, Entry, EntryFilter, Source, SyncReport
from calendar_core.names import KINDS, Names, tidy
from calendar_core.settings import Settings
from calendar_core.store import queries
from calendar_core.store.batch import rows_from_records, unique_refs
from calendar_core.store.rows import Canonicaliser, row_to_entry, sharing
from calendar_core.store.errors import shown_location, workspace_error
from calendar_core.store.schema import (
    WRITE, ChangedElsewhere, WorkspaceError, changes as changes_t, decisions as decisions_t, entries as entries_t, open_store,
    proposals as proposals_t, settings_table, sources as sources_t, synonyms as synonyms_t,
)
from calendar_core.store import undo as _undo
from calendar_core.store.sync import sync_entries
from calendar_core.timeconv import from_ts, to_ts, zone
from calendar_core.understood import doubts, source_mapping, zone_note
from calendar_core.whatchanged import LIMIT as CHANGES_LISTED, describe
from importers import (  # re-exported: the UI reaches the readers only through this facade
    ImportCancelled, ImporterError, ImportOptions, ImportResult, JudgedNotACalendar, UnmappableSheet, read_file,
    supported_extensions,
)
from importers.bulk import collector_paused
from importers.errors import printable_path
from importers.preview import table_preview
from importers.sheets.mapping import FIELDS as COLUMN_FIELDS, TEMPORAL as TEMPORAL_FIELDS

UTC = timezone.utc
DECISION_NAMES = {"resolved": "Resolved", "intentional": "Intentional", "not_duplicate": "Not a duplicate"}

__all__ = [
    "Workspace", "WorkspaceError", "ImportCancelled", "ImporterError", "JudgedNotACalendar", "UnmappableSheet",
    "ImportResult",
    "supported_extensions", "collector_paused", "table_preview", "COLUMN_FIELDS", "TEMPORAL_FIELDS",
    "DECISION_NAMES", "default_workspace_path",
]


@dataclass
class _Group:
    """An operation of several writes undone as one (an import of several files)."""

    grp: int | None = None


IMPORT_ATTEMPTS = 3  # an import that loses a race with another desk is tried again this often


class Workspace:
    """A merged calendar workspace. Use :meth:`open`; close with :meth:`close`.

    Every method that reaches the database turns its failures into a
    :class:`WorkspaceError` naming the workspace and what to do (``_guarded``).
    Several desks (processes) may share one workspace: writes take the write
    lock at their start, an import locks its source, and :meth:`changed_elsewhere`
    tells a window that another desk changed something.
    """

    def __init__(self, engine, location: str, read_only: bool = False):
        self._engine = engine
        self.location = location
        self.read_only = read_only
        self._names: Names | None = None
        self._settings: Settings | None = None
        self._settings_base: dict = {}
        self._group = threading.local()  # the undo group open on this thread, if any
        self._last_result = None  # the last analysis, to find a decided item's members
        self._known_decisions: dict[str, tuple] = {}  # decisions as this desk last read or wrote them
        self._seen_changes = self._read_changes()

    # ----- lifecycle -------------------------------------------------------
    @classmethod
    def open(cls, target: str | Path) -> "Workspace":
        engine, read_only = open_store(target)
        try:
            return cls(engine, str(target), read_only)
        except BaseException:
            engine.dispose()
            raise

    @property
    def shown_location(self) -> str:
        """The workspace's file or address, without a password."""
        return shown_location(self.location)

    # ----- writing and other desks ------------------------------------------
    @contextmanager
    def _writing(self):
        """One write transaction (write lock taken at its start on SQLite) that bumps the change counter."""
        if self.read_only:
            raise WorkspaceError(f"workspace {self.shown_location} is open read-only (for viewing); "
                                 "copy it to a folder you can write to to change it")
        with self._engine.connect() as conn:
            conn.execution_options(**WRITE)
            with conn.begin():
                yield conn
                self._bump(conn)

    def _bump(self, conn) -> None:
        before = conn.execute(select(changes_t.c.counter).where(changes_t.c.id == 1)).scalar()
        if before is None:
            conn.execute(changes_t.insert().values(id=1, counter=1))
            before = 0
        else:
            conn.execute(update(changes_t).where(changes_t.c.id == 1).values(counter=changes_t.c.counter + 1))
        if before == self._seen_changes:  # nobody else wrote since we last looked: our own change
            self._seen_changes = before + 1
        if self.dialect == "postgresql":
            conn.exec_driver_sql("NOTIFY masthead_changes")  # sent when the transaction commits

    def _read_changes(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(select(changes_t.c.counter).where(changes_t.c.id == 1)).scalar() or 0)

    def change_count(self) -> int:
        """A number that grows with every change any desk makes to the workspace."""
        return self._read_changes()

    def change_listener(self):
        """On PostgreSQL, a :class:`~calendar_core.store.changes.ChangeListener` told of every
        committed change (LISTEN/NOTIFY); None elsewhere (poll :meth:`changed_elsewhere`)."""
        if self.dialect != "postgresql":
            return None
        from calendar_core.store.changes import ChangeListener

        return ChangeListener(self._engine)

    def changed_elsewhere(self) -> bool:
        """True once after another desk (process) changed the workspace; a window polls this."""
        current = self._read_changes()
        if current == self._seen_changes:
            return False
        self._seen_changes = current
        self._settings = None  # read again: another desk may have changed them
        self._names = None
        return True

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
            self._settings_base = self._settings.to_dict()  # as stored: what save_settings compares with
        return self._settings

    def save_settings(self, settings: Settings) -> None:
        """Store the settings this desk changed; settings another desk changed meanwhile are kept."""
        zone(settings.timezone)  # validate
        self.settings  # noqa: B018 - loads the stored settings (and their base) once
        base = self._settings_base
        wanted = settings.to_dict()
        changed = {k: v for k, v in wanted.items() if base.get(k) != v}
        with self._writing() as conn:
            row = conn.execute(select(settings_table.c.value).where(settings_table.c.key == "settings")).first()
            stored = Settings.from_dict(json.loads(row[0]) if row else None).to_dict()
            merged = {**stored, **changed}
            conn.execute(delete(settings_table).where(settings_table.c.key == "settings"))
            conn.execute(settings_table.insert().values(key="settings", value=json.dumps(merged)))
        self._settings = Settings.from_dict(merged)
        self._settings_base = self._settings.to_dict()

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
        with self._writing() as conn:
            for kind, name, canonical in rows:
                conn.execute(delete(synonyms_t).where(synonyms_t.c.kind == kind, synonyms_t.c.name == name))
                conn.execute(synonyms_t.insert().values(kind=kind, name=name, canonical=canonical))
            self._names = None
            return self._recanonicalise(conn)

    def remove_synonym(self, kind: str, name: str) -> int:
        with self._writing() as conn:
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
        with self._engine.connect() as conn:
            row = _source_row(conn, Path(path))
        return self.source(row["id"]) if row is not None else None

    def update_source(self, source_id: int, label: str | None = None, **changes) -> None:
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
        with self._writing() as conn:
            before = _undo.capture(conn, "sources", [source_id])
            conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(**changes))
            if before.rows and any(before.rows[0][k] != v for k, v in changes.items()):
                name = before.rows[0]["name"]
                said = ", ".join(_EDITS.get(k, k) for k in sorted(changes))
                self._record(conn, [before], label or f"{said} of {name}")

    def set_live_state(self, source_id: int, live: Mapping) -> None:
        """Merge ``live`` into a subscribed source's fetch state (its address, cache validators, stale
        since…, under ``settings["live"]``). Not an undo step: it records what the network said."""
        with self._writing() as conn:
            row = conn.execute(select(sources_t.c.settings).where(sources_t.c.id == source_id)).first()
            if row is None:
                return
            settings = json.loads(row[0] or "{}")
            settings["live"] = {**settings.get("live", {}), **live}
            conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(
                settings=json.dumps(settings, ensure_ascii=False)))

    def remove_source(self, source_id: int) -> None:
        """Remove a source and its entries (undoable)."""
        with self._writing() as conn:
            src = _undo.capture(conn, "sources", [source_id])
            ids = [r[0] for r in conn.execute(select(entries_t.c.id).where(entries_t.c.source_id == source_id))]
            parts = [src, _undo.capture(conn, "entries", ids)]  # put back: the source first, then its entries
            if src.rows:
                parts.append(self._close_proposals(conn, src.rows[0]["name"], "the source was removed"))
            conn.execute(delete(entries_t).where(entries_t.c.source_id == source_id))
            conn.execute(delete(sources_t).where(sources_t.c.id == source_id))
            if src.rows:
                self._record(conn, parts, f"removal of {src.rows[0]['name']}")

    # ----- undo and redo (change sets stored in the workspace) ----------------------------
    def _record(self, conn, parts, label: str) -> None:
        group = getattr(self._group, "open", None)
        grp = _undo.record(conn, parts, label, group.grp if group else None)
        if group is not None:
            group.grp = grp

    @contextmanager
    def undo_group(self):
        """Writes inside are undone as one step; set ``.label`` on the yielded group, or
        call :meth:`discard_group` to put them all back (a cancelled import)."""
        group = _Group()
        self._group.open = group
        try:
            yield group
        finally:
            self._group.open = None
            if group.grp is not None and getattr(group, "label", None):
                with self._writing() as conn:
                    _undo.relabel(conn, group.grp, group.label)

    def discard_group(self, group: _Group) -> None:
        """Put back every change recorded in the group; the workspace is as before it."""
        if group.grp is not None:
            with self._writing() as conn:
                _undo.discard(conn, group.grp)
            group.grp = None

    def undo_label(self, redo: bool = False) -> str | None:
        """What Undo (or Redo) would act on next, e.g. 'mark Resolved'; None when nothing."""
        with self._engine.connect() as conn:
            found = _undo.next_step(conn, redo)
        return found[1] if found else None

    @property
    def can_undo(self) -> bool:
        return self.undo_label() is not None

    @property
    def can_redo(self) -> bool:
        return self.undo_label(redo=True) is not None

    def undo(self) -> str:
        """Undo the last operation (an import batch, a removal, a decision, a source edit); returns its label."""
        return self._step(redo=False)

    def redo(self) -> str:
        """Do again the last undone operation; returns its label."""
        return self._step(redo=True)

    def _step(self, redo: bool) -> str:
        with self._writing() as conn:
            label = _undo.step(conn, redo)
            if label is None:
                raise WorkspaceError(f"nothing to {'redo' if redo else 'undo'}")
        return label

    def undo_last(self) -> str:
        """Undo the last operation; returns its label (kept for callers of the first release)."""
        return self.undo()

    def undo_steps_stored(self) -> int:
        """How many change sets the workspace holds (undo and redo)."""
        with self._engine.connect() as conn:
            return _undo.count(conn)

    # ----- importing -------------------------------------------------------
    def import_options(self, path: str | Path, *, timezone_name: str | None = None,
                       column_map: Mapping[str, str] | None = None,
                       window: tuple[datetime, datetime] | None = None,
                       progress: Callable[[float], None] | None = None,
                       cancelled: Callable[[], bool] | None = None,
                       accept_any_table: bool = False) -> ImportOptions:
        """Options for reading ``path``: stored per-source settings, overridden by the arguments.
        ``accept_any_table``: import a table judged not to be a calendar (remembered for the source)."""
        existing = self.find_source(path)
        stored = existing.settings if existing else {}
        tz_name = timezone_name or stored.get("timezone") or self.settings.timezone
        # what the user confirmed in the mapping dialog, else what the last import found
        cmap = dict(stored.get("column_map_chosen") or stored.get("column_map") or {})
        if column_map:
            cmap.update(column_map)
        lo, hi = self.horizon()
        if window is not None:
            lo, hi = min(lo, window[0]), max(hi, window[1])
        return ImportOptions(
            timezone=zone(tz_name), window_start=lo, window_end=hi, column_map=cmap or None,
            day_first=self.settings.day_first, progress=progress, cancelled=cancelled,
            accept_any_table=accept_any_table or bool(stored.get("accept_any_table")),
        )

    def read(self, path: str | Path, **kwargs) -> ImportResult:
        """Read a file with the workspace's options for it (see :meth:`import_options`); changes nothing.
        Raises ImporterError (or ImportCancelled) on failure."""
        options = self.import_options(path, **kwargs)
        result = read_file(path, options)
        options.check_cancelled()
        if kwargs.get("timezone_name"):
            result.settings = {**result.settings, "timezone": kwargs["timezone_name"], "zone_set": True}
        return result

    def import_file(self, path: str | Path, **kwargs) -> SyncReport:
        """Read a file and apply it. Raises ImporterError (nothing changed) on failure."""
        return self.apply_import(self.read(path, **kwargs), label=f"import of {Path(path).name}")

    def set_source_zone(self, source_id: int, zone_name: str | None) -> None:
        """The zone a source's floating times are read in (None: the workspace's); re-import to apply."""
        src = self.source(source_id)
        if src is None:
            raise ValueError(f"no source {source_id}")
        settings = dict(src.settings)
        if zone_name:
            zone(zone_name)  # validate
            settings.update(timezone=zone_name, zone_set=True)
        else:
            settings.pop("zone_set", None)
            settings["timezone"] = self.settings.timezone
        self.update_source(source_id, settings=settings, label=f"zone of {src.name}")

    def source_zone(self, src: Source) -> str:
        """The zone a source's floating times are read in."""
        return src.settings.get("timezone") or self.settings.timezone

    def choose_mapping(self, path: str | Path, mapping: Mapping[str, str]) -> None:
        """Remember the column mapping the user confirmed for this file's source (used on re-import)."""
        src = self.find_source(path)
        if src is not None:
            self.update_source(src.id, settings={**src.settings, "column_map_chosen": dict(mapping)},
                               label=f"column roles of {src.name}")

    def apply_import(self, result: ImportResult, department: str | None = None, *,
                     progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None,
                     label: str | None = None) -> SyncReport:
        """Apply an import result as a sync of its source, in one transaction.

        The source is found inside the transaction and locked (the write lock on
        SQLite, its row on PostgreSQL), so two desks importing one file at once
        store it once: the second waits and syncs against the first's entries.
        A race the database settles by refusing one (two new sources for one
        path) is tried again; after that the import says another desk was faster.
        ``progress`` is told the fraction stored; once ``cancelled`` says so the
        transaction rolls back between chunks (ImportCancelled), nothing changed.
        What changed is recorded for undo (nothing, when nothing changed).
        """
        def tick(fraction: float) -> None:
            if cancelled is not None and cancelled():
                raise ImportCancelled(Path(result.path), "import cancelled")
            if progress is not None:
                progress(fraction)

        canon = Canonicaliser(self.names)
        warnings = list(result.warnings)
        with collector_paused():
            rows = unique_refs(rows_from_records(result.records, canon), warnings)
        path = Path(result.path)
        for attempt in range(IMPORT_ATTEMPTS):
            try:
                with self._writing() as conn:
                    source_id, created, counts, changes = self._sync_source(
                        conn, path, result, rows, warnings, department, tick, label or f"import of {path.name}")
                break
            except (IntegrityError, OperationalError) as exc:
                if not _lost_race(exc) or attempt == IMPORT_ATTEMPTS - 1:
                    if _lost_race(exc):
                        raise ChangedElsewhere(
                            f"{path.name} was updated by another desk meanwhile in workspace {self.shown_location}; "
                            "import it again to apply your copy") from None
                    raise
        stored = self.source(source_id).settings  # the source's settings merged with this import's
        timed = any(not r.all_day for r in result.records)  # whole days need no zone
        note = zone_note(result.kind, stored, chosen=bool(stored.get("zone_set")),
                         workspace_zone=self.settings.timezone) if timed else None
        notes = ([note] if note else []) + doubts(stored, result.kind)  # never silent about a missing channel
        return SyncReport(
            source_id=source_id, file=path.name, new=counts.new, changed=counts.changed,
            removed=counts.removed, unchanged=counts.unchanged, skipped=result.skipped,
            warnings=warnings, created_source=created, notes=notes,
            mapping=source_mapping(stored), changes=changes,
        )

    def _sync_source(self, conn, path: Path, result: ImportResult, rows, warnings: list[str], department,
                     tick, label: str):
        now_ts = to_ts(datetime.now(UTC))
        if conn.dialect.name == "postgresql":
            # One import of a file name at a time; other files import side by side.
            conn.execute(select(func.pg_advisory_xact_lock(zlib.crc32(path.name.encode("utf-8")))))
        existing = _source_row(conn, path, lock=True)
        if existing is None:
            n_sources = conn.execute(select(func.count()).select_from(sources_t)).scalar_one()
            max_id = conn.execute(select(func.max(sources_t.c.id))).scalar() or 0
            source_id = conn.execute(sources_t.insert().values(
                path=str(path.resolve()), name=path.name, kind=result.kind,
                department=tidy(department) or guess_department(result.department_hint or path.stem),
                colour=colour_for(max(n_sources, max_id)), content_hash=result.content_hash,
                imported_at=now_ts, settings=json.dumps(result.settings, ensure_ascii=False),
                warnings=json.dumps(warnings, ensure_ascii=False), errors="[]",
                blackout=False, visible=True, skipped=result.skipped,
            )).inserted_primary_key[0]
        else:
            source_id = existing["id"]
            merged = {**json.loads(existing["settings"] or "{}"), **result.settings}
            values = dict(path=str(path.resolve()), kind=result.kind, content_hash=result.content_hash,
                          imported_at=now_ts, settings=json.dumps(merged, ensure_ascii=False),
                          warnings=json.dumps(warnings, ensure_ascii=False), errors="[]", skipped=result.skipped)
            if department:
                values["department"] = tidy(department)
            conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(**values))
        old_source = _undo.Part("sources", [source_id], [dict(existing)] if existing is not None else [])
        old_entries: list = []
        counts = sync_entries(conn, source_id, rows, tick,
                              before_write=lambda ids: old_entries.append(_undo.capture(conn, "entries", ids)))
        entries_part = _undo.Part("entries", counts.inserted + counts.touched,
                                  old_entries[0].rows if old_entries else [])
        proposals_part = self._reconcile_proposals(conn, source_id, path.name)
        if entries_part.keys or proposals_part.keys or existing is None or _differs(existing, conn, source_id):
            # put back: the entries, then the source, then the proposals' states
            self._record(conn, [entries_part, old_source, proposals_part], label)
        changes = []
        if existing is not None and entries_part.keys:  # a first import's news are its counts
            changes = self._changes(conn, counts, entries_part.rows)
        return source_id, existing is None, counts, changes

    def _changes(self, conn, counts, old_rows: list[dict]) -> list[dict]:
        """The first entries a sync added, changed and removed, with the fields that changed
        (bounded: a re-import that changes 20,000 entries lists the first few hundred)."""
        updated = counts.touched[:counts.changed][:CHANGES_LISTED]  # touched: updated, moved, then removed ids
        removed = counts.touched[len(counts.touched) - counts.removed:][:CHANGES_LISTED] if counts.removed else []
        wanted = set(updated) | set(removed)
        # a removed entry's id may be taken by a new one (SQLite reuses the highest rowid): look there too
        after = _undo.capture(conn, "entries", counts.inserted[:CHANGES_LISTED] + updated + removed).rows
        return describe([r for r in old_rows if r["id"] in wanted], after, self.tz, limit=CHANGES_LISTED)

    # ----- queries ---------------------------------------------------------
    def entries(self, start: datetime | None = None, end: datetime | None = None,
                flt: EntryFilter | None = None, proposed: bool = True) -> list[Entry]:
        """Entries overlapping [start, end) that pass the filter, sorted by start; as the master
        shows them (open proposals applied), or as their files have them (not ``proposed``)."""
        stmt = queries.entry_select()
        where = queries.window_clause(start, end, self.tz)
        if where is not None:
            stmt = stmt.where(where)
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
            stmt = stmt.where(clause)
        stmt = stmt.order_by(entries_t.c.start_ts, entries_t.c.id)
        with self._engine.connect() as conn, collector_paused():  # 122,000 new objects set off full collections
            parts = conn.execute(stmt).mappings().partitions(10_000)  # fetchmany, not a fetch per row
            share = sharing()
            found = [row_to_entry(m, m["source_department"], m["source_name"], share) for part in parts for m in part]
            open_ = self._open_proposals(conn) if proposed else None
            if not open_:
                return found
            return self._with_proposals(conn, found, open_, start, end, flt)

    def _with_proposals(self, conn, found: list[Entry], open_: dict, start, end, flt) -> list[Entry]:
        """The entries as the master shows them: open proposals applied, entries moved into the
        window added, entries moved out of it left out."""
        have = {e.identity for e in found}
        missing = [p for key, p in open_.items() if key not in have]
        if missing and (start is not None or end is not None):
            stmt = queries.entry_select().where(
                entries_t.c.source_ref.in_([p.source_ref for p in missing]),
                sources_t.c.name.in_(sorted({p.source_name for p in missing})))
            for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
                stmt = stmt.where(clause)
            for m in conn.execute(stmt).mappings():
                e = row_to_entry(m, m["source_department"], m["source_name"])
                if e.identity in open_ and e.identity not in have:
                    found.append(e)
        shown = _proposals.overlay(found, open_)
        if start is not None or end is not None:
            shown = [e for e in shown if e.moved is None or _proposals.overlaps(e, start, end)]
        shown.sort(key=lambda e: (e.start, e.id))
        return shown

    def entry(self, entry_id: int) -> Entry | None:
        stmt = queries.entry_select().where(entries_t.c.id == entry_id)
        with self._engine.connect() as conn:
            m = conn.execute(stmt).mappings().first()
            if not m:
                return None
            e = row_to_entry(m, m["source_department"], m["source_name"])
            p = self._open_proposals(conn).get(e.identity)
        return _proposals.moved(e, p) if p is not None else e

    def source_entry(self, entry_id: int) -> Entry | None:
        """The entry as its department's file has it (no proposal applied)."""
        stmt = queries.entry_select().where(entries_t.c.id == entry_id)
        with self._engine.connect() as conn:
            m = conn.execute(stmt).mappings().first()
        return row_to_entry(m, m["source_department"], m["source_name"]) if m else None

    def find_entry(self, identity: str) -> Entry | None:
        """The stored entry (as its file has it) of an identity "FILE|REF", or None."""
        name, sep, ref = identity.partition("|")
        if not sep:
            raise _proposals.BadProposal(f"'{identity}' is not an entry: give FILE|REF (file name, '|', reference)")
        stmt = queries.entry_select().where(sources_t.c.name == name.strip(), entries_t.c.source_ref == ref)
        with self._engine.connect() as conn:
            m = conn.execute(stmt).mappings().first()
        return row_to_entry(m, m["source_department"], m["source_name"]) if m else None

    # ----- proposals (moves waiting for their department) -----------------------------
    def _open_proposals(self, conn) -> dict[str, _proposals.Proposal]:
        rows = conn.execute(select(proposals_t).where(proposals_t.c.state == "open")).mappings()
        return {p.identity: p for p in map(_proposals.from_row, rows)}

    def proposals(self, states: Iterable[str] | None = ("open", "stale")) -> list[_proposals.Proposal]:
        """Proposals in these states (None: all), oldest first."""
        stmt = select(proposals_t).order_by(proposals_t.c.id)
        if states is not None:
            stmt = stmt.where(proposals_t.c.state.in_(list(states)))
        with self._engine.connect() as conn:
            return [_proposals.from_row(m) for m in conn.execute(stmt).mappings()]

    def proposal_for(self, identity: str) -> _proposals.Proposal | None:
        return next((p for p in self.proposals(("open",)) if p.identity == identity), None)

    def propose(self, identity: str, start: datetime, end: datetime | None = None, *, channel: str | None = None,
                owner: str | None = None, status: str | None = None, note: str = "",
                force: bool = False, keep_length: bool = True) -> _proposals.Proposal:
        """Propose new values for the entry "FILE|REF" (undoable); replaces its open proposal.

        ``end`` None keeps the entry's length (``keep_length``) or leaves it without an end.
        Raises BadProposal for an impossible time or a missing entry, and NeedsConfirmation
        (unless ``force``) for a blackout calendar's entry or a move onto a blackout day."""
        entry = self.find_entry(identity)
        if entry is None:
            raise _proposals.BadProposal(f"no entry {identity} in workspace {self.shown_location}: "
                                         "its file may have dropped it; re-import or check the reference")
        start = start if start.tzinfo else start.replace(tzinfo=self.tz)
        if end is not None and end.tzinfo is None:
            end = end.replace(tzinfo=self.tz)
        if end is None and keep_length and entry.end is not None:
            end = start + (entry.end - entry.start)
        if end is not None and end < start:
            raise _proposals.BadProposal(
                f"{identity}: the end {end.astimezone(self.tz):%Y-%m-%d %H:%M} is before the start "
                f"{start.astimezone(self.tz):%Y-%m-%d %H:%M}")
        if not force:
            self._check_blackout(entry, start, end)
        start, end = start.astimezone(UTC), end.astimezone(UTC) if end is not None else None
        values = dict(
            source_name=entry.source_name, source_ref=entry.source_ref, from_start_ts=to_ts(entry.start),
            from_end_ts=to_ts(entry.end) if entry.end is not None else None, from_channel=entry.channel,
            from_owner=entry.owner, from_status=entry.status, start_ts=to_ts(start),
            end_ts=to_ts(end) if end is not None else None,
            channel=self._canon("channel", channel), owner=self._canon("person", owner),
            status=self._canon("status", status), note=note or "", created_at=to_ts(datetime.now(UTC)),
            state="open", state_note="")
        label = f"move of {entry.title or entry.identity}"
        with self._writing() as conn:
            old = conn.execute(select(proposals_t.c.id).where(
                proposals_t.c.source_name == entry.source_name, proposals_t.c.source_ref == entry.source_ref,
                proposals_t.c.state == "open")).scalars().all()
            before = _undo.capture(conn, "proposals", old)
            if old:
                conn.execute(update(proposals_t).where(proposals_t.c.id == old[0]).values(**values))
                conn.execute(delete(proposals_t).where(proposals_t.c.id.in_(old[1:])))
                pid = old[0]
            else:
                pid = conn.execute(proposals_t.insert().values(**values)).inserted_primary_key[0]
                before.keys.append(pid)
            self._record(conn, [before], label)
            row = conn.execute(select(proposals_t).where(proposals_t.c.id == pid)).mappings().first()
        return _proposals.from_row(row)

    def _canon(self, kind: str, value: str | None) -> str | None:
        return None if value is None else self.names.canonical(kind, tidy(value))

    def _check_blackout(self, entry: Entry, start: datetime, end: datetime | None) -> None:
        src = self.source(entry.source_id)
        if src is not None and src.blackout:
            raise _proposals.NeedsConfirmation(
                f"{entry.identity} belongs to the blackout calendar {src.name}: moving it moves a blackout")
        days = self.settings.blackout_days()
        local = start.astimezone(self.tz).date()
        if local in days:
            raise _proposals.NeedsConfirmation(f"{local.isoformat()} is a blackout day")
        with self._engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(sources_t.c.id).where(sources_t.c.blackout.is_(True)))]
        if ids:
            flt = EntryFilter(source_ids=frozenset(ids), only_visible=False)
            lo = datetime.combine(local, datetime.min.time(), self.tz)
            if self.entries(lo, lo + timedelta(days=1), flt):
                raise _proposals.NeedsConfirmation(f"{local.isoformat()} is blacked out by a blackout calendar")

    def suggest_slots(self, entry_id: int, limit: int = 5) -> list[datetime]:
        """The nearest start times (aware UTC) the entry could move to without a new conflict:
        same channel and length, within the working hours, its own day first."""
        from calendar_core.analysis.slots import suggest_slots
        from calendar_core.names import name_key

        entry = self.entry(entry_id)
        if entry is None:
            raise _proposals.BadProposal(f"no entry {entry_id} in workspace {self.shown_location}")
        ignored = {name_key(s) for s in self.settings.ignored_statuses or ()}
        blackout = frozenset(s.id for s in self.sources() if s.blackout)
        tz = self.tz

        def around(day):
            lo = datetime.combine(day, datetime.min.time(), tz)
            return [e for e in self.entries(lo - timedelta(days=1), lo + timedelta(days=2))
                    if not (e.status and name_key(e.status) in ignored)]

        return suggest_slots(entry, around, self.settings, blackout, limit)

    def withdraw(self, proposal_id: int) -> None:
        """Take a proposal back (undoable)."""
        with self._writing() as conn:
            before = _undo.capture(conn, "proposals", [proposal_id])
            if not before.rows:
                raise _proposals.BadProposal(f"no proposal {proposal_id} in workspace {self.shown_location}")
            conn.execute(delete(proposals_t).where(proposals_t.c.id == proposal_id))
            self._record(conn, [before], "withdrawal of a proposal")

    def _reconcile_proposals(self, conn, source_id: int, source_name: str) -> _undo.Part:
        """After an import of ``source_name``: mark its open proposals applied, stale or closed."""
        rows = conn.execute(select(proposals_t).where(proposals_t.c.source_name == source_name,
                                                      proposals_t.c.state == "open")).mappings().all()
        if not rows:
            return _undo.Part("proposals", [])
        part = _undo.capture(conn, "proposals", [r["id"] for r in rows])
        refs = [r["source_ref"] for r in rows]
        stmt = queries.entry_select().where(entries_t.c.source_id == source_id, entries_t.c.source_ref.in_(refs))
        now = {m["source_ref"]: row_to_entry(m, m["source_department"], m["source_name"])
               for m in conn.execute(stmt).mappings()}
        changed = []
        for row in rows:
            verdict = _proposals.reconcile(_proposals.from_row(row), now.get(row["source_ref"]))
            if verdict is not None:
                conn.execute(update(proposals_t).where(proposals_t.c.id == row["id"]).values(
                    state=verdict[0], state_note=verdict[1]))
                changed.append(row["id"])
        return _undo.Part("proposals", changed, [r for r in part.rows if r["id"] in changed])

    def _close_proposals(self, conn, source_name: str, why: str) -> _undo.Part:
        ids = conn.execute(select(proposals_t.c.id).where(proposals_t.c.source_name == source_name,
                                                          proposals_t.c.state == "open")).scalars().all()
        part = _undo.capture(conn, "proposals", ids)
        if ids:
            conn.execute(update(proposals_t).where(proposals_t.c.id.in_(ids)).values(
                state="closed", state_note=f"{why}; the proposal was closed"))
        return part

    def count_entries(self, flt: EntryFilter | None = None) -> int:
        stmt = select(func.count()).select_from(entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id))
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter(only_visible=False)):
            stmt = stmt.where(clause)
        with self._engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def first_start(self, flt: EntryFilter | None = None, after: datetime | None = None) -> datetime | None:
        """The earliest start at or after ``after`` of an entry that passes the filter, or None."""
        stmt = select(func.min(entries_t.c.start_ts)).select_from(
            entries_t.join(sources_t, sources_t.c.id == entries_t.c.source_id))
        for clause in queries.filter_clauses(flt if flt is not None else EntryFilter()):
            stmt = stmt.where(clause)
        if after is not None:
            stmt = stmt.where(entries_t.c.start_ts >= to_ts(after))
        with self._engine.connect() as conn:
            lo = conn.execute(stmt).scalar()
        return from_ts(lo) if lo is not None else None

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

    def department_colours(self) -> dict[str, str]:
        """Department -> the colour it is drawn in (its first source's, else a stable palette pick)."""
        return department_colours(self.sources(), self.departments())

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
                flt: EntryFilter | None = None, entries: list[Entry] | None = None, remember: bool = True):
        """Conflicts and duplicate groups over the filtered entries, with decisions attached.
        ``remember``: decisions made next take their members from this analysis."""
        if entries is None:
            entries = self.entries(start, end, flt)
        blackout = frozenset(s.id for s in self.sources() if s.blackout)
        result = _analysis.analyse(entries, self.settings, blackout)
        _analysis.attach_decisions(result, self.decisions())
        if remember:
            self._last_result = result
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
            rows = conn.execute(select(decisions_t)).all()
        self._known_decisions = {r.item_key: (r.status, r.note, r.decided_at) for r in rows}
        return {
            r.item_key: Decision(r.item_key, r.status, r.note, from_ts(r.decided_at),
                                 tuple(json.loads(r.members or "[]")))
            for r in rows
        }

    def decide(self, item_key: str, status: str, note: str = "", members: Iterable[str] | None = None) -> None:
        """Record a decision on one item. ``members`` are its entries' identities; by default
        they are taken from the last analysis, so a group that gains entries keeps the decision.
        Desks deciding at once each keep their decisions. On one item the later status holds,
        and a note another desk wrote since this desk last read the decisions is kept beside ours."""
        if status not in DECISIONS:
            raise ValueError(f"unknown decision '{status}' (expected one of {', '.join(DECISIONS)})")
        members = sorted(set(members)) if members is not None else self._members_of(item_key)
        for attempt in range(IMPORT_ATTEMPTS):
            try:
                with self._writing() as conn:
                    merged = self._merged_note(conn, item_key, note or "")
                    self._record(conn, [_undo.capture(conn, "decisions", [item_key])],
                                 f"mark {DECISION_NAMES.get(status, status)}")
                    conn.execute(delete(decisions_t).where(decisions_t.c.item_key == item_key))
                    decided_at = to_ts(datetime.now(UTC))
                    conn.execute(decisions_t.insert().values(
                        item_key=item_key, status=status, note=merged, decided_at=decided_at,
                        members=json.dumps(members, ensure_ascii=False)))
                self._known_decisions[item_key] = (status, merged, decided_at)
                return
            except IntegrityError:  # another desk decided the same item this instant: ours comes after
                if attempt == IMPORT_ATTEMPTS - 1:
                    raise

    def _merged_note(self, conn, item_key: str, note: str) -> str:
        """Our note, with the stored one beside it if another desk wrote it since we last looked."""
        row = conn.execute(select(decisions_t.c.status, decisions_t.c.note, decisions_t.c.decided_at)
                           .where(decisions_t.c.item_key == item_key)).first()
        if row is None or not row.note or tuple(row) == self._known_decisions.get(item_key):
            return note
        if row.note in note:
            return note
        return f"{note} | {row.note}" if note else row.note

    def _members_of(self, item_key: str) -> list[str]:
        result = self._last_result
        if result is None:
            return []
        item = next((c for c in result.conflicts if c.key == item_key), None)
        if item is None:
            return []
        if hasattr(item, "identities"):
            return sorted(set(item.identities()))
        return []

    def undecide(self, item_key: str) -> None:
        with self._writing() as conn:
            before = _undo.capture(conn, "decisions", [item_key])
            if before.rows:
                self._record(conn, [before], f"unmark {DECISION_NAMES.get(before.rows[0]['status'], '')}".strip())
            conn.execute(delete(decisions_t).where(decisions_t.c.item_key == item_key))


def _source_row(conn, path: Path, lock: bool = False):
    """The stored row of this file's source: same path, else the only source with the same
    file name (a moved file). ``lock`` holds the row until the transaction ends (PostgreSQL).
    A name that is not UTF-8 is looked up as it is stored: printable (see importers.printable_path)."""
    path = printable_path(path)
    resolved = str(path.resolve())
    stmt = select(sources_t).where((sources_t.c.path == resolved) | (sources_t.c.name == path.name)).order_by(
        sources_t.c.id)
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    found = conn.execute(stmt).mappings().all()
    for row in found:
        if row["path"] == resolved:
            return row
    same_name = [r for r in found if r["name"] == path.name]
    return same_name[0] if len(same_name) == 1 else None


_EDITS = {"visible": "showing", "settings": "settings"}  # how a source edit is named in "Undo …"
_STAMPS = ("imported_at", "path")  # a re-import of an unchanged file may move or re-date it: nothing to undo


def _differs(before, conn, source_id: int) -> bool:
    """Whether an import changed the source's row beyond when and where it was read."""
    after = conn.execute(select(sources_t).where(sources_t.c.id == source_id)).mappings().first()
    return any(before[k] != after[k] for k in after.keys() if k not in _STAMPS)


def _lost_race(exc: SQLAlchemyError) -> bool:
    """Another desk's transaction won: a unique source path taken meanwhile, a deadlock or a
    serialisation failure the database asks us to retry."""
    code = getattr(getattr(exc, "orig", None), "pgcode", None)
    text = str(getattr(exc, "orig", exc)).casefold()
    return (isinstance(exc, IntegrityError) and ("uq_sources_path" in text or "sources.path" in text)) or code in (
        "40001", "40P01")


def _guarded(func):
    """Database failures of a facade method become one WorkspaceError sentence."""
    @functools.wraps(func)
    def run(self, *args, **kwargs):
        try:
            return func(self, *args, **kwargs)
        except SQLAlchemyError as exc:
            raise workspace_error(exc, self.location) from exc
        except OSError as exc:
            if getattr(exc, "filename", None) is not None:
                raise  # a file to import or export, not the workspace: the caller names it
            raise workspace_error(exc, self.location) from exc
    return run


def _guard_methods(cls):
    for name, value in list(vars(cls).items()):
        if name.startswith("_"):  # private steps run inside a public method, which translates
            continue
        if isinstance(value, property):
            setattr(cls, name, property(_guarded(value.fget), value.fset and _guarded(value.fset)))
        elif callable(value) and not isinstance(value, (staticmethod, classmethod)):
            setattr(cls, name, _guarded(value))
    return cls


_guard_methods(Workspace)


def default_workspace_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Masthead", "Masthead")) / "workspace.sqlite"
