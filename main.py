"""Masthead: merge every department's editorial calendar into one master calendar.

    python main.py                      start the app on the default workspace
    python main.py FILE...              start the app and import these files (what "Open with Masthead" runs)
    python main.py --workspace W        start the app on another workspace (file or SQLAlchemy URL)
    python main.py --demo               start on a temporary workspace with sample calendars
    python main.py consolidate FILE...  import, analyse and export from the command line (files or links)
    python main.py subscribe URL --workspace W      subscribe to a calendar link (https, webcal, caldav+https)
    python main.py refresh --workspace W [--watch DIR]  refresh subscribed sources (and watch a folder)
    python main.py publish --workspace W --out DIR  write the master, department feeds and the workbook
    python main.py serve --workspace W [--port N]   serve the feeds read-only over HTTP
    python main.py propose --workspace W --entry "FILE|REF" --start ISO   propose a move (--suggest: free slots)
    python main.py changes --workspace W --out DIR   write the change requests for the departments
    python main.py --version            print the version

The bundle's `masthead` program takes the same arguments.
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

# One BLAS thread: the analysis multiplies many small matrices (threadpoolctl keeps it at one
# anyway), and starting a pool of BLAS threads at numpy's import costs CPU on every run.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def _file_or_link(text: str):
    """A link stays text (Path would fold its '//'); anything else is a file."""
    from calendar_core.live.links import is_link  # not sources: no HTTP client for a file path

    return text.strip() if is_link(text) else Path(text)


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2 with a one-line reason
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


LIVE_COMMANDS = ("subscribe", "refresh", "publish", "serve")
COMMANDS = ("consolidate", "propose", "changes", *LIVE_COMMANDS)
DESCRIPTION = "Merge departmental editorial calendars into one master calendar."


class _Version(argparse.Action):
    """--version: the version is looked up only when asked for (reading it costs a run its start-up)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from calendar_core.version import app_version

        parser._print_message(f"masthead {app_version()}\n", sys.stdout)
        parser.exit()


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--workspace", help="workspace SQLite file or SQLAlchemy URL")
    parser.add_argument("--demo", action="store_true", help="open a temporary workspace with sample calendars")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")


def build_app_parser() -> argparse.ArgumentParser:
    """`masthead [FILE...]`: the window, importing the files given (a file manager's "Open with")."""
    parser = _Parser(prog="masthead", description=DESCRIPTION,
                     usage="%(prog)s [options] [FILE ...]\n       %(prog)s consolidate FILE ... [options]",
                     epilog="commands:\n  consolidate FILE...  import, find conflicts and write the master calendar "
                            "without a window (masthead consolidate --help)\n"
                            "  subscribe URL        subscribe to a calendar link (https, webcal, caldav+https)\n"
                            "  refresh              refresh subscribed calendars (--watch DIR: and a folder)\n"
                            "  publish --out DIR    write the master, one feed per department and the workbook\n"
                            "  serve                serve the feeds read-only over HTTP (127.0.0.1 by default)",
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    _global_options(parser)
    parser.add_argument("files", nargs="*", metavar="FILE", type=Path, help="calendar files to import on start")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="save a picture of the window (used by the bundle check; with --quit-after)")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS",
                        help="close the window after this many seconds (with --screenshot: after the picture)")
    return parser


def _first_word(argv: list[str]) -> str | None:
    """The first word after the global options: a command ("consolidate") or a file to open."""
    probe = argparse.ArgumentParser(add_help=False)
    probe.add_argument("--workspace")
    _known, rest = probe.parse_known_args(argv)
    return next((arg for arg in rest if not arg.startswith("-")), None)


def wants_command(argv: list[str]) -> bool:
    """Whether the first word after the global options is a command ("consolidate"), not a file to open."""
    return _first_word(argv) in COMMANDS


def build_parser() -> argparse.ArgumentParser:
    """The commands' parser (`masthead consolidate …`)."""
    parser = _Parser(prog="masthead", description=DESCRIPTION)
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    c = sub.add_parser("consolidate", help="import files, find conflicts, write the master calendar")
    c.add_argument("files", nargs="+", metavar="FILE", type=_file_or_link,
                   help="calendar files or links (https://, webcal://, caldav+https://user@host/path/)")
    c.add_argument("--workspace", dest="c_workspace", help="workspace to import into (default: a temporary one)")
    c.add_argument("--timezone", help="the workspace's time zone (default: the machine's)")
    c.add_argument("--tz", action="append", default=[], metavar="FILE=ZONE", help="time zone of one file's floating times")
    c.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD", help="force a spreadsheet column mapping")
    c.add_argument("--explain", action="store_true",
                   help="say what was understood of each file: which column became which field, and how sure")
    c.add_argument("--import-anyway", action="store_true",
                   help="import tables judged not to be calendars (date lookup tables, values by date)")
    c.add_argument("--synonyms", type=Path, help="CSV or JSON of extra synonyms (kind,name,canonical)")
    c.add_argument("--ics", type=Path, metavar="OUT.ics", help="write the master calendar as .ics")
    c.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the master workbook")
    c.add_argument("--report", type=Path, metavar="OUT.json", help="write the JSON report")
    c.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first day of the period")
    c.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last day of the period")
    c.add_argument("--department", action="append", default=[], help="only this department (repeatable)")
    c.add_argument("--channel", action="append", default=[], help="only this channel (repeatable)")
    c.add_argument("--week-pdf", type=Path, metavar="OUT.pdf", help="print weeks to a PDF (A4 landscape, a page per week)")
    c.add_argument("--week", action="append", default=[], metavar="YYYY-Www",
                   help="week to print, e.g. 2026-W32 (repeatable; default: the --from/--to period or every week with entries)")
    c.add_argument("--layout", choices=("week", "lanes", "month", "weeks2", "weeks4", "agenda"), default=None,
                   help="printed layout: week (days as columns, default; too-full weeks become an agenda), lanes "
                        "(departments as rows), month (a month per page), weeks2/weeks4 (2 or 4 weeks a page), "
                        "agenda (a list grouped by day)")
    c.add_argument("--week-layout", choices=("days", "lanes"), default=None,
                   help="older name: days (= --layout week) or lanes")
    c.add_argument("--report-pdf", type=Path, metavar="OUT.pdf",
                   help="write the report (period, filters, KPIs, charts, open conflicts and duplicates) as a PDF")
    c.add_argument("--debug", dest="c_debug", action="store_true", help="show tracebacks")
    from calendar_core.settle_cli import add_parsers

    add_parsers(sub)
    _live_commands(sub)
    return parser


def _live_commands(sub) -> None:
    """subscribe, refresh, publish, serve (calendar_core/live/cli.py runs them)."""
    s = sub.add_parser("subscribe", help="subscribe to a calendar link (https://, webcal://, caldav+https://)")
    s.add_argument("url")
    s.add_argument("--user", help="user name (the password is asked for, or taken from MASTHEAD_PASSWORD, "
                                  "and kept in the system keyring)")
    s.add_argument("--name", help="the source's name (default: from the link)")
    s.add_argument("--interval", choices=("off", "hourly", "daily"), help="refresh while the app or --watch runs")
    r = sub.add_parser("refresh", help="refresh every subscribed source")
    r.add_argument("--watch", metavar="DIR", help="also re-read the calendar files of this folder when they change, "
                                                 "in a loop (Ctrl+C stops)")
    r.add_argument("--every", type=float, default=60.0, metavar="SECONDS", help="how often --watch looks (default 60)")
    r.add_argument("--publish", metavar="DIR", help="publish the feeds to DIR after every change")
    p = sub.add_parser("publish", help="write the master .ics, one .ics per department and the workbook")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder (e.g. a shared drive)")
    v = sub.add_parser("serve", help="serve the published feeds read-only over HTTP, with ETags")
    v.add_argument("--port", type=int, default=8080)
    v.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    v.add_argument("--token", help="require ?token=… (or Authorization: Bearer …); default MASTHEAD_FEED_TOKEN")
    for one in (s, r, p, v):
        one.add_argument("--workspace", dest="c_workspace", help="the workspace (file or SQLAlchemy URL)")
        one.add_argument("--debug", dest="c_debug", action="store_true", help="show tracebacks")


def live_main(args) -> int:
    import os

    from calendar_core.live import cli
    from calendar_core.live.http import FeedError
    from calendar_core.store.schema import WorkspaceError

    workspace = args.c_workspace or args.workspace
    if not workspace:
        print(f"masthead: error: {args.command} needs --workspace W", file=sys.stderr)
        return 2
    try:
        if args.command == "subscribe":
            return cli.subscribe_main(workspace, args.url, args.user, args.name, args.interval)
        if args.command == "refresh":
            return cli.refresh_main(workspace, args.watch, args.every, args.publish)
        if args.command == "publish":
            return cli.publish_main(workspace, args.out)
        return cli.serve_main(workspace, args.host, args.port, args.token or os.environ.get("MASTHEAD_FEED_TOKEN"))
    except (WorkspaceError, FeedError) as exc:
        print(f"masthead: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"masthead: error: {exc}", file=sys.stderr)
        return 1


def _start_up_modules() -> None:
    """Load the command's modules with the cycle collector paused: they are what the process keeps,
    never garbage, and its passes over them would be a tenth of start-up."""
    from importers.bulk import collector_paused

    with collector_paused():
        import calendar_core.consolidate  # noqa: F401 - loaded here, used by the caller


def consolidate_main(args) -> int:
    from importers.read_ahead import start as read_ahead

    read_ahead(args.files)  # calamine parses the first workbook on the second core while the modules load
    _start_up_modules()
    from calendar_core.consolidate import (
        EXIT_USAGE, ConsolidateRequest, UsageError, format_summary, parse_column_map, parse_zone_assignments,
        run_consolidate,
    )
    from calendar_core.store.schema import WorkspaceError

    try:
        req = ConsolidateRequest(
            files=list(args.files), workspace=args.c_workspace or args.workspace, timezone=args.timezone,
            file_zones=parse_zone_assignments(args.tz), column_map=parse_column_map(args.map),
            import_anyway=args.import_anyway, synonyms=args.synonyms, ics=args.ics, xlsx=args.xlsx, report=args.report,
            date_from=args.date_from, date_to=args.date_to, departments=args.department, channels=args.channel,
            printing=bool(args.week_pdf or args.report_pdf),
        )
        if req.timezone:
            from calendar_core.timeconv import zone

            zone(req.timezone)
        weeks = _check_week_pdf(args)
    except (UsageError, ValueError) as exc:  # only the arguments: a ValueError of the work is no usage error
        print(f"masthead: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = run_consolidate(req)
        printed = _week_pdf(args, result, weeks) if args.week_pdf else ""
        if args.report_pdf:
            printed = "\n".join(x for x in (printed, _report_pdf(args, result)) if x)
    except UsageError as exc:
        print(f"masthead: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WorkspaceError as exc:
        print(f"masthead: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"masthead: error: {exc.filename or ''} {exc.strerror or exc}".strip(), file=sys.stderr)
        return 1
    format_summary(result, sys.stdout, explain=args.explain)
    if printed:
        print(printed)
    return result.exit_code


def _check_week_pdf(args) -> list[date]:
    """Validate --week/--week-pdf before any work; the Mondays asked for with --week."""
    from calendar_core.consolidate import UsageError

    weeks = []
    if args.week:  # the layouts' module only for weeks asked for
        from calendar_core.layout import iso_week_start

        weeks = [iso_week_start(w) for w in args.week]
    if weeks and not args.week_pdf:
        raise UsageError("--week needs --week-pdf OUT.pdf")
    if args.week_pdf and not args.week_pdf.parent.resolve().is_dir():
        raise UsageError(f"output folder {args.week_pdf.parent} does not exist")
    if args.report_pdf and not args.report_pdf.parent.resolve().is_dir():
        raise UsageError(f"output folder {args.report_pdf.parent} does not exist")
    return weeks


def _week_pdf(args, result, weeks: list[date]) -> str:
    """Print the consolidated weeks to --week-pdf (Qt needs a GUI application, offscreen without a display)."""
    import os

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["masthead"])  # noqa: F841 - kept alive while printing
    from ui.i18n import use_english
    from ui.printing import write_consolidated_pdf

    use_english(_app)

    pages = write_consolidated_pdf(args.week_pdf, result, weeks=weeks, date_from=args.date_from,
                                   date_to=args.date_to, departments=args.department, channels=args.channel,
                                   mode=_print_mode(args))
    return f"✓ {args.week_pdf}: {pages} page(s) of weekly views"


def _report_pdf(args, result) -> str:
    """consolidate --report-pdf: the report over --from/--to (or the days the entries span), with the filters."""
    from datetime import datetime

    from calendar_core.model import EntryFilter
    from calendar_core.reports import compute_report, report_period

    import os

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["masthead"])  # noqa: F841 - kept alive while printing
    from ui.i18n import use_english
    from ui.printing import filters_description

    use_english(_app)
    from ui.report_pdf import write_report_pdf

    zone_name = result.timezone or "UTC"
    first, last = report_period(result.entries, zone_name, args.date_from, args.date_to)
    text = filters_description(EntryFilter(departments=frozenset(args.department), channels=frozenset(args.channel)))
    rep = compute_report(result.entries, result.conflicts, result.duplicates, first, last, zone_name, filter_text=text,
                         blackout_dates=getattr(result, "blackout", ()))
    from calendar_core.timeconv import zone_or_utc

    pages = write_report_pdf(args.report_pdf, rep, colours=dict(result.colours or {}),
                             printed_at=datetime.now(zone_or_utc(zone_name)))
    return f"✓ {args.report_pdf}: report, {pages} page(s)"


def _print_mode(args) -> str:
    from calendar_core.consolidate import UsageError
    from ui.printing import LAYOUT_NAMES

    if args.layout and args.week_layout and LAYOUT_NAMES[args.layout] != args.week_layout:
        raise UsageError(f"--layout {args.layout} and --week-layout {args.week_layout} disagree; give one")
    return LAYOUT_NAMES[args.layout] if args.layout else (args.week_layout or "days")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = (build_parser() if wants_command(argv) else build_app_parser()).parse_args(argv)
    debug = args.debug or getattr(args, "c_debug", False)
    try:
        if getattr(args, "command", None) == "consolidate":
            return consolidate_main(args)
        if getattr(args, "command", None) in ("propose", "changes"):
            from calendar_core.settle_cli import run

            return run(args)
        if getattr(args, "command", None) in LIVE_COMMANDS:
            return live_main(args)
        from ui.app import run_app

        return run_app(workspace=args.workspace, demo=args.demo, files=[p.resolve() for p in args.files],
                       screenshot=args.screenshot, quit_after=args.quit_after)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback reaches the user
        if debug:
            raise
        print(f"masthead: unexpected error: {exc} (run with --debug for details)", file=sys.stderr)
        return 1


def _exit(code: int) -> None:
    """End the program. A consolidate run without Qt (no printing) ends at once once its output is
    flushed: its files are written and closed, no thread is left, and freeing tens of thousands of
    entries one by one on the way out is a tenth of a second for nothing. Anything else ends as usual."""
    if _first_word(sys.argv[1:]) == "consolidate" and "PySide6" not in sys.modules:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can reach it
            pass
        os._exit(code if isinstance(code, int) else 1)
    sys.exit(code)


if __name__ == "__main__":
    _exit(main())
