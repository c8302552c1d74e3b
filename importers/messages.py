"""The readers' message catalogue: the English templates their warnings and refusals are made from.

A reader writes ``say(DATE_NOT_UNDERSTOOD, value="TBD", title="Launch")``: the text stays plain
English (the command line, the JSON report and the stored warnings read it as before), and
because it is made from a catalogued template, :func:`parse_message` can give back the template
and its values from the text alone, wherever the text went. The window translates the template
(``QCoreApplication.translate("Readers", template)``, ui/reader_messages.py) and fills in the
same values; the readers never import Qt.

Placeholders are ``{name}``; ``%n`` is a count (Qt's plural forms). A placeholder named in
:data:`NESTED` holds another catalogued message (a location, a reason), parsed in its turn.
"""
from __future__ import annotations

import re
from functools import lru_cache


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


# ----- where: the file, the row, the line -----------------------------------------------------
AT = QT_TRANSLATE_NOOP("Readers", "{where}: {message}")
AT_ROW = QT_TRANSLATE_NOOP("Readers", "{file}, row {row}")
AT_SHEET_ROW = QT_TRANSLATE_NOOP("Readers", "{file}, sheet {sheet}, row {row}")
AT_LINE = QT_TRANSLATE_NOOP("Readers", "{file}, line {line}")
ROW = QT_TRANSLATE_NOOP("Readers", "row {row}")
SHEET_ROW = QT_TRANSLATE_NOOP("Readers", "sheet {sheet}, row {row}")

# ----- rows of a spreadsheet ----------------------------------------------------------------------
BROKEN_FORMULA = QT_TRANSLATE_NOOP("Readers", "the date cell shows the error {error} (a broken formula); "
                                              "'{title}' skipped")
NO_DATE = QT_TRANSLATE_NOOP("Readers", "'{title}' has no date; skipped")
DATE_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("Readers", "date '{value}' not understood; '{title}' skipped")
DATE_OUT_OF_RANGE_SKIPPED = QT_TRANSLATE_NOOP("Readers", "{reason}; '{title}' skipped")
TIME_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("Readers", "time '{value}' not understood; '{title}' imported as all-day")
END_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("Readers", "end date not understood; ignored")
END_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Readers", "end {reason}; ignored")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Readers", "the date {value} is outside the range Masthead keeps ({first} to {last})")
MORE_ROW_WARNINGS = QT_TRANSLATE_NOOP("Readers", "%n more row warnings not shown")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Readers", "column mapping '{column}={field}' ignored: unknown field '{field}' "
                                             "(known: {known})")

# ----- a table that is not a calendar ---------------------------------------------------------------
JUDGED = QT_TRANSLATE_NOOP("Readers", "not imported as a calendar: {reason}. If it is one, import it anyway")
JUDGED_IN = QT_TRANSLATE_NOOP("Readers", "not imported as a calendar ({place}): {reason}. If it is one, "
                                         "import it anyway")
SHEET = QT_TRANSLATE_NOOP("Readers", "sheet {sheet}")
ROWS = QT_TRANSLATE_NOOP("Readers", "rows {first}–{last}")
LOOKUP_TABLE = QT_TRANSLATE_NOOP("Readers", "every row is the next day ({first} to {last}) and no column looks like "
                                            "an activity, only names of days and months, numbers and codes: a date "
                                            "lookup table, not a calendar")
VALUES_BY_DATE = QT_TRANSLATE_NOOP("Readers", "every column besides the date holds numbers with decimals or a few "
                                              "names repeated, and none looks like an activity: values by date "
                                              "(prices, rates), not a calendar")
WEEKLY_TIMETABLE = QT_TRANSLATE_NOOP("Readers", "it is laid out as a weekly timetable: its columns are weekdays "
                                                "({first} to {last}) with no dates, so the week is not in the file; "
                                                "add a row of dates under the weekdays (one date per column), then "
                                                "import again")
WEEKDAYS_ONLY = QT_TRANSLATE_NOOP("Readers", "column '{column}' names weekdays only ({names}) and no column gives "
                                             "their dates, so the week they belong to is not in the file; write the "
                                             "date of each day in that column, then import again")
NUMBERED_DAYS = QT_TRANSLATE_NOOP("Readers", "column '{column}' numbers the days ('{first}' to '{last}') instead of "
                                             "dating them, so the file does not say when day 1 is; write the dates "
                                             "in that column, then import again")
NO_DATES = QT_TRANSLATE_NOOP("Readers", "no column holds dates, so this table is not a calendar (a list, results or "
                                        "figures); if one column does hold dates in a form not understood, map it as "
                                        "the date")
TIMES_ONLY = QT_TRANSLATE_NOOP("Readers", "the table gives times of day only ({columns}) and nothing in the file "
                                          "says which day: no column holds dates, no line above the table and not the file "
                                          "name gives one; add a date column (or write the day, such as "
                                          "2026-03-14, in a line above the header or in the file name), then import "
                                          "again")
TIMES_EMPTY = QT_TRANSLATE_NOOP("Readers", "the time columns ({columns}) are empty on {empty} of {rows} rows and "
                                           "no column holds dates, so the entries have neither day nor time "
                                           "yet; fill in the dates and times (or add a date column), then import "
                                           "again")
NO_DAY = QT_TRANSLATE_NOOP("Readers", "no date found (header row {row}): {reason}. Headers found: {headers}")
NO_DAY_SHEET = QT_TRANSLATE_NOOP("Readers", "no date found (sheet {sheet}, header row {row}): {reason}. Headers "
                                            "found: {headers}")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Readers", "its table gives dates with nothing written for them (no title, no "
                                               "text on any dated row), so there is no entry to import")
NO_ENTRY_READ = QT_TRANSLATE_NOOP("Readers", "no entry could be read from its %n rows with text")
NO_ENTRY_READ_FIRST = QT_TRANSLATE_NOOP("Readers", "no entry could be read from its %n rows with text "
                                                   "(the first: {first_problem})")
NO_DATE_COLUMN = QT_TRANSLATE_NOOP("Readers", "no date column found (header row {row}): {reason}. Headers found: "
                                              "{headers}. Map one with --map \"HEADER=date\"")
NO_DATE_COLUMN_SHEET = QT_TRANSLATE_NOOP("Readers", "no date column found (sheet {sheet}, header row {row}): "
                                                    "{reason}. Headers found: {headers}. Map one with "
                                                    "--map \"HEADER=date\"")

# ----- files refused ----------------------------------------------------------------------------------
FILE_NOT_FOUND = QT_TRANSLATE_NOOP("Readers", "file not found")
IS_A_FOLDER = QT_TRANSLATE_NOOP("Readers", "is a folder, not a file")
CANNOT_BE_READ = QT_TRANSLATE_NOOP("Readers", "cannot be read ({error})")
FILE_EMPTY = QT_TRANSLATE_NOOP("Readers", "the file is empty")
TOO_LARGE = QT_TRANSLATE_NOOP("Readers", "the file is too large ({size} MB; limit {limit} MB)")
UNSUPPORTED = QT_TRANSLATE_NOOP("Readers", "unsupported file type '{kind}' (supported: {supported})")
DOES_NOT_LOOK = QT_TRANSLATE_NOOP("Readers", "the file does not look like a {kind} calendar or table ({what})")
BINARY = QT_TRANSLATE_NOOP("Readers", "the file is binary, not a text table")
PASSWORD = QT_TRANSLATE_NOOP("Readers", "the workbook is password-protected; save a copy without a password and "
                                        "import that")
NO_TABLE = QT_TRANSLATE_NOOP("Readers", "no table with a header row was found")
NUMBERS_READER_MISSING = QT_TRANSLATE_NOOP("Readers", "an Apple Numbers document, read only where the optional "
                                                      "numbers-parser is installed (pip install 'masthead[numbers]'); "
                                                      "or export it from Numbers (File ▸ Export To ▸ Excel) and "
                                                      "import that")
NUMBERS_DAMAGED = QT_TRANSLATE_NOOP("Readers", "the Numbers document cannot be read ({error}); open it in Numbers "
                                               "and export it (File ▸ Export To ▸ Excel)")

# ----- how the columns were read (notes, and doubts the mapping dialog opens on) ----------------------
DATE_COLUMN = QT_TRANSLATE_NOOP("Readers", "column '{column}' holds dates and is read as the date column")
END_COLUMN = QT_TRANSLATE_NOOP("Readers", "column '{column}' is never before the date and is read as the end")
END_OF = QT_TRANSLATE_NOOP("Readers", "column '{column}' read as the end of '{other}'")
COULD_BE = QT_TRANSLATE_NOOP("Readers", "column '{column}' could be {role} or {other_role}")

# ----- calendars (.ics) ---------------------------------------------------------------------------------
NOT_UTF8 = QT_TRANSLATE_NOOP("Readers", "is not UTF-8; it was read as Windows-1252")
BAD_UTF8 = QT_TRANSLATE_NOOP("Readers", "contains bytes that are not valid UTF-8; they were replaced by \ufffd")
VCARD = QT_TRANSLATE_NOOP("Readers", "is a contact card (vCard), not a calendar ({first})")
NO_CALENDAR_DATA = QT_TRANSLATE_NOOP("Readers", "does not contain calendar data (no BEGIN:VCALENDAR or BEGIN:VEVENT "
                                                "found in its {lines} lines; {first})")
ENDS_INSIDE_EVENT = QT_TRANSLATE_NOOP("Readers", "the file ends inside an event at line {line}; {read} events read, "
                                                 "{incomplete} incomplete (left out)")
ENDS_INSIDE_TASK = QT_TRANSLATE_NOOP("Readers", "the file ends inside a task at line {line}; {read} events read, "
                                                "{incomplete} incomplete (left out)")
UNCLOSED = QT_TRANSLATE_NOOP("Readers", "%n component(s) have no matching END (line {lines}); each was read up to "
                                        "the next BEGIN")
SAME_EVENT_TWICE = QT_TRANSLATE_NOOP("Readers", "event '{uid}' appears {count} times (lines {lines}); kept the latest "
                                                "version (line {line}, SEQUENCE {sequence})")
TASKS_WITHOUT_DUE = QT_TRANSLATE_NOOP("Readers", "%n task(s) without a due date were left out (VTODO at line {lines})")
EVENT_NO_START = QT_TRANSLATE_NOOP("Readers", "event {label} has no DTSTART; skipped")
EVENT_BAD_START = QT_TRANSLATE_NOOP("Readers", "event {label} has an unreadable DTSTART '{value}'; skipped")
TASK_BAD_DUE = QT_TRANSLATE_NOOP("Readers", "task {label} has an unreadable DUE '{value}'; skipped")
NO_EVENTS = QT_TRANSLATE_NOOP("Readers", "contains no events or tasks; nothing to import")
ONLY_ZONES = QT_TRANSLATE_NOOP("Readers", "contains only time zone definitions; nothing to import")
MORE_WARNINGS = QT_TRANSLATE_NOOP("Readers", "… and %n more warnings")
SERIES_OUTSIDE = QT_TRANSLATE_NOOP("Readers", "%n recurring series have no occurrence between {first} and {last} "
                                              "(the import window) and were left out ({names})")
SERIES_ENDLESS = QT_TRANSLATE_NOOP("Readers", "%n series repeat without end ({names}); their occurrences were "
                                              "generated from {first} to {last} only")

NESTED = frozenset({"where", "message", "reason", "place", "first_problem"})
ROLES = frozenset({"role", "other_role"})  # values that name a column's role ("end date"), shown translated
CATALOGUE: tuple[str, ...] = tuple(v for k, v in dict(globals()).items() if k.isupper() and isinstance(v, str)
                                   and k not in {"NESTED", "DIGITS", "ROLES"})


def say(template: str, **values) -> str:
    """The English message: TEMPLATE with VALUES; a template with %n takes the number as ``count``."""
    count = values.pop("count") if "%n" in template else None
    text = template.format(**values)
    return text.replace("%n", str(count)) if count is not None else text


DIGITS = frozenset({"row", "line", "count", "size", "limit", "read", "incomplete", "sequence", "lines"})


def _pattern(template: str) -> re.Pattern:
    out, seen = [], set()
    for part in re.split(r"(\{\w+\}|%n)", template):
        if part == "%n":
            out.append(r"(?P<n>\d+)")
        elif part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            body = r"\d[\d, …]*" if name in DIGITS else ".+?"
            out.append(f"(?P={name})" if name in seen else f"(?P<{name}>{body})")
            seen.add(name)
        else:
            out.append(re.escape(part))
    return re.compile("".join(out), re.DOTALL)


def _literal(template: str) -> int:
    return len(re.sub(r"\{\w+\}|%n", "", template))


_EXTRA: list[str] = []


def extend(templates) -> None:
    """More templates for :func:`parse_message` (calendar_core's own messages, made the same way)."""
    _EXTRA.extend(t for t in templates if t not in _EXTRA and t not in CATALOGUE)
    _compiled.cache_clear()
    _best.cache_clear()


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern, int]]:
    return [(t, _pattern(t), _literal(t)) for t in (*CATALOGUE, *_EXTRA)]


@lru_cache(maxsize=4096)
def _best(text: str) -> tuple[int, str, tuple[tuple[str, str], ...]] | None:
    """The reading of TEXT that explains most of it: (literal characters explained, template, values)."""
    best = None
    for template, pattern, literal in _compiled():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        values = m.groupdict()
        score = literal + sum(_best(v)[0] for k, v in values.items() if k in NESTED and _best(v) is not None)
        if best is None or score > best[0]:
            best = (score, template, tuple(values.items()))
    return best


def parse_message(text: str) -> tuple[str, dict[str, str]] | None:
    """(template, values) of the catalogued template TEXT was made from; None for text the catalogue
    did not make. Where templates nest (a location around a message), the reading that explains the
    most of the text wins. A count comes back as ``n``."""
    found = _best(text) if text and len(text) < 2000 else None
    return None if found is None else (found[1], dict(found[2]))


__all__ = ["CATALOGUE", "NESTED", "ROLES", "parse_message", "say"]
