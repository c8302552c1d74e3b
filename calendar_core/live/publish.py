"""Publish the master: the master .ics, one .ics per department and the workbook, into a folder.

Every file is written atomically (a reader never sees half a calendar) and made
readable by the others who can read the folder. Each department's feed marks
its entries that are in an open (undecided) conflict or duplicate group: "⚠ "
before the SUMMARY and a sentence naming the other side in the DESCRIPTION
("clashes with PR's 10:00 post on LinkedIn"), so teams see it in their own calendar app.
"""
from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from calendar_core import exporting
from calendar_core.model import Entry
from calendar_core.workspace import Workspace

MARK = "⚠ "
MASTER = "master.ics"
WORKBOOK = "master.xlsx"


@dataclass
class Published:
    folder: Path
    files: list[Path] = field(default_factory=list)
    marked: int = 0  # entries marked in the department feeds

    def message(self) -> str:
        return (f"Published {len(self.files)} files to {self.folder} "
                f"({self.marked} entries marked as in an open conflict or duplicate)")


def feed_name(department: str) -> str:
    """The file name of a department's feed: its name, made safe for any file system."""
    slug = re.sub(r"[^\w\-]+", "-", department, flags=re.UNICODE).strip("-_")
    return f"{slug or 'department'}.ics"


def _other(e: Entry, tz) -> str:
    when = e.start.astimezone(tz)
    time = when.strftime("%a %d %b") if e.all_day else when.strftime("%a %H:%M")
    what = f"{time} post" + (f" on {e.channel}" if e.channel else "")
    return f"{e.department}'s {what}" + (f" (“{e.title}”)" if e.title else "")


def _open_members(items, by_id: dict[int, Entry]):
    """(item, entry, the item's other entries) for each entry of each item not yet decided."""
    for item in items:
        if item.decision:
            continue
        members = [by_id[i] for i in item.entry_ids if i in by_id]
        for e in members:
            yield item, e, [o for o in members if o.id != e.id]


def clash_notes(g: exporting.Gathered, tz) -> dict[int, list[str]]:
    """Entry id -> sentences about the open conflicts and duplicate groups it is in."""
    by_id = {e.id: e for e in g.entries}
    notes: dict[int, list[str]] = {}

    def add(eid: int, text: str) -> None:
        if eid in by_id and text not in notes.setdefault(eid, []):
            notes[eid].append(text)

    for c, e, others in _open_members(g.conflicts, by_id):
        if c.kind == "slot_clash" and others:
            add(e.id, "clashes with " + ", ".join(_other(o, tz) for o in others))
        elif c.kind == "double_booking" and others:
            add(e.id, f"{e.owner or 'the same person'} is booked at once for " + ", ".join(_other(o, tz) for o in others))
        else:
            add(e.id, c.message or c.kind.replace("_", " "))
    for _d, e, others in _open_members(g.duplicates, by_id):
        if others:
            add(e.id, "may duplicate " + ", ".join(_other(o, tz) for o in others))
    return notes


def marked(entries: list[Entry], notes: dict[int, list[str]]) -> list[Entry]:
    out = []
    for e in entries:
        said = notes.get(e.id)
        if not said:
            out.append(e)
            continue
        text = "\n".join(f"{MARK}{s}" for s in said)
        desc = f"{text}\n\n{e.description}" if e.description else text
        out.append(dataclasses.replace(e, title=MARK + (e.title or ""), description=desc))
    return out


def _readable(path: Path) -> None:
    os.chmod(path, os.stat(path).st_mode | 0o044)  # group and others may read what is published


def publish(ws: Workspace, folder: str | Path, now: datetime | None = None) -> Published:
    """Write the master .ics, one .ics per department and the workbook into ``folder``."""
    from calendar_core.export.ics import write_ics

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"folder {folder} does not exist")
    g = exporting.gather(ws)
    done = Published(folder)
    for kind, name in (("ics", MASTER), ("xlsx", WORKBOOK)):
        exporting.write(kind, folder / name, g, now=now)
        done.files.append(folder / name)
    notes = clash_notes(g, ws.tz)
    departments: dict[str, list[Entry]] = {}
    for e in g.entries:
        departments.setdefault(e.department or "Unassigned", []).append(e)
    taken = {MASTER.casefold(), WORKBOOK.casefold()}
    for dept, entries in sorted(departments.items()):
        name, n = feed_name(dept), 1
        while name.casefold() in taken:  # "P/R" and "P R" both slug to P-R
            n += 1
            name = f"{feed_name(dept)[:-4]}-{n}.ics"
        taken.add(name.casefold())
        path = folder / name
        feed = marked(entries, notes)
        done.marked += sum(1 for e in feed if e.title.startswith(MARK))
        write_ics(path, feed, g.sources, calendar_name=f"{dept} (Masthead)", now=now)
        done.files.append(path)
    for path in done.files:
        _readable(path)
    return done
