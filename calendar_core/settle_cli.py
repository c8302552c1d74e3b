"""The command line's `propose` and `changes`: proposals and change requests through the facade.

    masthead propose --workspace W --entry "FILE|REF" --start ISO [--end ISO] [--channel C] [--note TEXT]
    masthead propose --workspace W --entry "FILE|REF" --suggest     the nearest free slots
    masthead propose --workspace W --list                           open and stale proposals
    masthead changes --workspace W [--department D] --out DIR       write the change requests
"""
from __future__ import annotations

import sys
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import TextIO

from calendar_core.proposals import BadProposal, NeedsConfirmation

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
UTC = timezone.utc


def add_parsers(sub) -> None:
    p = sub.add_parser("propose", help="propose a new time (or channel, owner, status) for one entry")
    p.add_argument("--workspace", dest="s_workspace", help="the workspace holding the entry")
    p.add_argument("--entry", metavar="FILE|REF", help='the entry: its file name, "|", its reference')
    p.add_argument("--start", metavar="ISO", help="new start, e.g. 2026-08-12T15:00 (the workspace's zone "
                                                  "unless an offset is given); a date moves the day only")
    p.add_argument("--end", metavar="ISO", help="new end (default: the entry keeps its length)")
    p.add_argument("--channel", help="new channel")
    p.add_argument("--owner", help="new owner")
    p.add_argument("--status", help="new status")
    p.add_argument("--note", default="", help="why, for the department")
    p.add_argument("--force", action="store_true", help="move a blackout calendar's entry, or onto a blackout day")
    p.add_argument("--suggest", action="store_true", help="print the nearest free slots instead of proposing")
    p.add_argument("--list", action="store_true", help="list the open and stale proposals")
    p.add_argument("--withdraw", type=int, metavar="ID", help="withdraw the proposal with this id")
    c = sub.add_parser("changes", help="write the change requests: per department a workbook, an .ics and a message")
    c.add_argument("--workspace", dest="s_workspace", help="the workspace holding the proposals")
    c.add_argument("--department", action="append", default=[], help="only this department (repeatable)")
    c.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into")


def _instant(text: str, tz, keep_time: datetime | None, what: str) -> datetime:
    """An ISO date-time (naive: in ``tz``); a bare date keeps ``keep_time``'s local time of day."""
    try:
        if "T" not in text and " " not in text.strip():
            day = date.fromisoformat(text.strip())
            local = keep_time.astimezone(tz).time() if keep_time is not None else time(0)
            return datetime.combine(day, local, tz)
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadProposal(f"--{what} '{text}' is not an ISO date or time (use e.g. 2026-08-12T15:00)") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)


def _all_day(text: str) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(text.strip()[:10]), time(0), UTC)
    except ValueError:
        raise BadProposal(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def run(args, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from calendar_core.store.schema import WorkspaceError
    from calendar_core.workspace import Workspace

    target = getattr(args, "s_workspace", None) or getattr(args, "workspace", None)
    if not target:
        print(f"masthead: error: {args.command} needs --workspace W", file=err)
        return EXIT_USAGE
    if not Path(str(target)).exists() and "://" not in str(target):
        print(f"masthead: error: workspace {target} does not exist", file=err)
        return EXIT_FAILED
    try:
        with Workspace.open(target) as ws:
            return _propose(ws, args, out) if args.command == "propose" else _changes(ws, args, out)
    except NeedsConfirmation as exc:
        print(f"masthead: refused: {exc}; add --force to move it anyway", file=err)
        return EXIT_USAGE
    except BadProposal as exc:
        print(f"masthead: error: {exc}", file=err)
        return EXIT_USAGE
    except (WorkspaceError, OSError) as exc:
        print(f"masthead: error: {exc}", file=err)
        return EXIT_FAILED


def _fmt(ws, value: datetime | None, all_day: bool = False) -> str:
    if value is None:
        return "-"
    return value.date().isoformat() if all_day else value.astimezone(ws.tz).strftime("%a %Y-%m-%d %H:%M")


def _propose(ws, args, out: TextIO) -> int:
    if args.list:
        shown = ws.proposals(("open", "stale"))
        for p in shown:
            gone = "" if ws.find_entry(p.identity) is not None else " [the entry no longer exists]"
            out.write(f"#{p.id} {p.state}: {p.identity} {_fmt(ws, p.from_start)} → {_fmt(ws, p.start)}"
                      f"{' — ' + p.note if p.note else ''}{' (' + p.state_note + ')' if p.state_note else ''}{gone}\n")
        out.write(f"{len(shown)} proposal(s)\n")
        return EXIT_OK
    if args.withdraw is not None:
        ws.withdraw(args.withdraw)
        out.write(f"✓ proposal #{args.withdraw} withdrawn\n")
        return EXIT_OK
    if not args.entry:
        raise BadProposal("give --entry FILE|REF (or --list)")
    entry = ws.find_entry(args.entry)
    if entry is None:
        raise BadProposal(f"no entry {args.entry} in workspace {ws.shown_location}")
    if args.suggest:
        slots = ws.suggest_slots(entry.id)
        out.write(f"Free slots for {entry.title} ({entry.channel or 'no channel'}), nearest first:\n")
        for s in slots:
            out.write(f"  {s.astimezone(ws.tz).isoformat()}\n")
        if not slots:
            out.write("  none within the working hours of the nearby days\n")
        return EXIT_OK
    if not args.start:
        raise BadProposal("give --start ISO (or --suggest)")
    tz = ws.tz
    if entry.all_day:
        start = _all_day(args.start)
        end = _all_day(args.end) if args.end else None
    else:
        start = _instant(args.start, tz, entry.start, "start")
        end = _instant(args.end, tz, entry.end, "end") if args.end else None
    p = ws.propose(entry.identity, start, end, channel=args.channel, owner=args.owner, status=args.status,
                   note=args.note, force=args.force)
    out.write(f"✓ proposal #{p.id}: {entry.title} ({p.identity}) {_fmt(ws, p.from_start, entry.all_day)} → "
              f"{_fmt(ws, p.start, entry.all_day)}\n")
    mine = [c for c in ws.analyse().conflicts if entry.id in c.entry_ids and not c.decision]
    for c in mine:
        out.write(f"    still in conflict: {c.message}\n")
    return EXIT_OK


def _changes(ws, args, out: TextIO) -> int:
    from calendar_core.exporting import write_changes

    if not args.out.is_dir():
        raise BadProposal(f"output folder {args.out} does not exist")
    written = write_changes(ws, args.out, args.department or None)
    for d in written.done:
        out.write(f"✓ {d.message()}\n")
    if not written.done:
        out.write("No open proposals: no change requests written\n")
    for m in written.missing:
        out.write(f"⚠ {m}\n")
    return EXIT_FAILED if written.missing and not written.done else EXIT_OK


__all__ = ["add_parsers", "run"]
