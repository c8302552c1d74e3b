"""Importing: the options a file is read with, and applying a read file as a sync of its source."""
from __future__ import annotations

import json
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Mapping

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from calendar_core.departments import colour_for, guess_department
from calendar_core.model import Source, SyncReport
from calendar_core.names import tidy
from calendar_core.store.batch import rows_from_records, unique_refs
from calendar_core.store.memory import bulk_cache
from calendar_core.store.rows import Canonicaliser, entries_from_columns
from calendar_core.store.schema import ChangedElsewhere, sources as sources_t
from calendar_core.store import undo as _undo
from calendar_core.store.sync import sync_entries
from calendar_core.timeconv import to_ts, zone
from calendar_core.understood import doubts, source_mapping, zone_note
from calendar_core.whatchanged import LIMIT as CHANGES_LISTED, describe
from importers import ImportCancelled, ImportOptions, ImportResult, read_file
from importers.bulk import collector_paused
from importers.slices import sliced_clear

from calendar_core.workspace.core import IMPORT_ATTEMPTS
from calendar_core.workspace.sources import changed_beyond_stamps, source_row

UTC = timezone.utc


def _lost_race(exc: SQLAlchemyError) -> bool:
    """Another desk's transaction won: a unique source path taken meanwhile, a deadlock or a
    serialisation failure the database asks us to retry."""
    code = getattr(getattr(exc, "orig", None), "pgcode", None)
    text = str(getattr(exc, "orig", exc)).casefold()
    return (isinstance(exc, IntegrityError) and ("uq_sources_path" in text or "sources.path" in text)) or code in (
        "40001", "40P01")


class Importing:
    """The workspace's importing methods; mixed into :class:`calendar_core.workspace.Workspace`."""

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
                     label: str | None = None, keep_entries: bool = False, consume: bool = False) -> SyncReport:
        """Apply an import result as a sync of its source, in one transaction.

        The source is found inside the transaction and locked (the write lock on
        SQLite, its row on PostgreSQL), so two desks importing one file at once
        store it once: the second waits and syncs against the first's entries.
        A race the database settles by refusing one (two new sources for one
        path) is tried again; after that the import says another desk was faster.
        ``progress`` is told the fraction stored; once ``cancelled`` says so the
        transaction rolls back between chunks (ImportCancelled), nothing changed.
        What changed is recorded for undo (nothing, when nothing changed).
        ``keep_entries``: the report also hands back the source's entries as stored (``stored``),
        built from what was written rather than read back. ``consume``: the caller is done with
        ``result``; its records are let go once converted (a big file's records, rows and entries
        never all live at once).
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
        timed = not all(rows.column("all_day"))  # whole days need no zone
        if consume:
            records, result.records = result.records, []
            if isinstance(records, list):
                sliced_clear(records)  # not one GIL-holding free of every record
            else:
                records.clear()
        path = Path(result.path)
        for attempt in range(IMPORT_ATTEMPTS):
            try:
                with self._writing() as conn:
                    source_id, created, counts, changes, kept = self._sync_source(
                        conn, path, result, rows, warnings, department, tick, label or f"import of {path.name}",
                        keep_entries)
                break
            except (IntegrityError, OperationalError) as exc:
                if not _lost_race(exc) or attempt == IMPORT_ATTEMPTS - 1:
                    if _lost_race(exc):
                        raise ChangedElsewhere(
                            f"{path.name} was updated by another desk meanwhile in workspace {self.shown_location}; "
                            "import it again to apply your copy") from None
                    raise
        stored = self._source_settings(source_id)  # the source's settings merged with this import's
        note = zone_note(result.kind, stored, chosen=bool(stored.get("zone_set")),
                         workspace_zone=self.settings.timezone) if timed else None
        notes = [*result.notes, *([note] if note else []), *doubts(stored, result.kind)]  # never silent about a missing channel
        rows.release()  # stored: the rows' columns let go of a slice at a time, not all at the return
        return SyncReport(
            source_id=source_id, file=path.name, new=counts.new, changed=counts.changed,
            removed=counts.removed, unchanged=counts.unchanged, skipped=result.skipped,
            warnings=warnings, created_source=created, notes=notes,
            mapping=source_mapping(stored), changes=changes, stored=kept,
        )

    def _sync_source(self, conn, path: Path, result: ImportResult, rows, warnings: list[str], department,
                     tick, label: str, keep_entries: bool = False):
        now_ts = to_ts(datetime.now(UTC))
        if conn.dialect.name == "postgresql":
            # One import of a file name at a time; other files import side by side.
            conn.execute(select(func.pg_advisory_xact_lock(zlib.crc32(path.name.encode("utf-8")))))
        existing = source_row(conn, path, lock=True)
        if existing is None:
            source_department = tidy(department) or guess_department(result.department_hint or path.stem)
            source_name = path.name
            n_sources = conn.execute(select(func.count()).select_from(sources_t)).scalar_one()
            max_id = conn.execute(select(func.max(sources_t.c.id))).scalar() or 0
            source_id = conn.execute(sources_t.insert().values(
                path=str(path.resolve()), name=source_name, kind=result.kind, department=source_department,
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
            source_department, source_name = existing["department"], existing["name"]
            if department:
                values["department"] = source_department = tidy(department)
            conn.execute(update(sources_t).where(sources_t.c.id == source_id).values(**values))
        old_source = _undo.Part("sources", [source_id], [dict(existing)] if existing is not None else [])
        old_entries: list = []
        with bulk_cache(conn):
            counts = sync_entries(conn, source_id, rows, tick,
                                  before_write=lambda ids: old_entries.append(_undo.capture(conn, "entries", ids)))
        entries_part = _undo.Part("entries", counts.inserted + counts.touched,
                                  old_entries[0].rows if old_entries else [])
        proposals_part = self._reconcile_proposals(conn, source_id, path.name)
        if entries_part.keys or proposals_part.keys or existing is None or changed_beyond_stamps(existing, conn, source_id):
            # put back: the entries, then the source, then the proposals' states
            self._record(conn, [entries_part, old_source, proposals_part], label)
        changes = []
        if existing is not None and entries_part.keys:  # a first import's news are its counts
            changes = self._changes(conn, counts, entries_part.rows)
        stored = entries_from_columns(rows.content_columns(), counts.ids, source_id, source_department, source_name) \
            if keep_entries else None
        return source_id, existing is None, counts, changes, stored

    def _changes(self, conn, counts, old_rows: list[dict]) -> list[dict]:
        """The first entries a sync added, changed and removed, with the fields that changed
        (bounded: a re-import that changes 20,000 entries lists the first few hundred)."""
        updated = counts.touched[:counts.changed][:CHANGES_LISTED]  # touched: updated, moved, then removed ids
        removed = counts.touched[len(counts.touched) - counts.removed:][:CHANGES_LISTED] if counts.removed else []
        wanted = set(updated) | set(removed)
        # a removed entry's id may be taken by a new one (SQLite reuses the highest rowid): look there too
        after = _undo.capture(conn, "entries", counts.inserted[:CHANGES_LISTED] + updated + removed).rows
        return describe([r for r in old_rows if r["id"] in wanted], after, self.tz, limit=CHANGES_LISTED)
