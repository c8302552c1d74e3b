"""Workbooks (.xlsx/.xlsm/.xls/.ods) read with python-calamine.

Values come from calamine (cached values of formulas). Merged ranges come from
calamine's ``merged_cell_ranges`` where the installed version has it, else from
the sheet XML's <mergeCells> for xlsx (streamed, never the whole sheet).
A zip whose members would unpack to more than MAX_UNPACKED bytes is refused.
"""
from __future__ import annotations

import re

import contextlib
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from importers import messages as msg
from importers.errors import ImporterError, NotACalendar
from importers import read_ahead
from importers.sheets.xlsx_parts import Merged
from importers.sheets.xlsx_parts import merged_ranges as xlsx_merged

MAX_UNPACKED = 400 * 1024 * 1024
MAX_RATIO = 200  # a member that expands more than this is a bomb, not a sheet
MAX_CELLS = 30_000_000  # a used range larger than this is refused (one cell at XFD1048576...)

@dataclass(slots=True)
class SheetData:
    name: str
    rows: list[list]
    merged: list[Merged] = field(default_factory=list)
    error: str = ""  # why the sheet could not be read
    first_row: int = 0  # 0-based sheet row of rows[0]
    first_col: int = 0  # 0-based sheet column of rows[i][0]
    hidden: bool = False  # hidden in the workbook (not "very hidden": those are never read)


def check_zip(path: Path) -> None:
    """Refuse zip bombs: too much unpacked data or an absurd compression ratio."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = 0
            for info in zf.infolist():
                total += info.file_size
                if info.compress_size and info.file_size > 10 * 1024 * 1024 \
                        and info.file_size / info.compress_size > MAX_RATIO:
                    raise ImporterError(path, f"refused: part '{info.filename}' would unpack to "
                                              f"{info.file_size // (1024 * 1024)} MB (suspicious compression)")
            if total > MAX_UNPACKED:
                raise ImporterError(path, f"refused: the workbook would unpack to {total // (1024 * 1024)} MB "
                                          f"(limit {MAX_UNPACKED // (1024 * 1024)} MB)")
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, EOFError, NotImplementedError) as exc:
        raise NotACalendar(path, f"the file is damaged or not a workbook: its zip directory, where the parts "
                                 f"are listed, cannot be read ({_short(exc)})") from None


def _damaged_storage(kind: str, exc: Exception) -> str | None:
    """Where a legacy workbook's storage (OLE compound file) is broken, when calamine says which sector."""
    m = re.search(r"[Ss]ector (\d+)", str(exc))
    if kind != "xls" or m is None:
        return None
    return (f"the workbook's storage is damaged at sector {m.group(1)} ({_short(exc)}); open it in Excel or "
            f"LibreOffice and save it again")


def _calamine():
    import python_calamine

    return python_calamine


@dataclass(slots=True)
class _Meta:  # older python-calamine has sheet names only
    name: str


def readable(meta) -> bool:
    """A sheet that is read: neither "very hidden" (hidden by a macro, never shown) nor a chart."""
    return not str(getattr(meta, "visible", "")).lower().endswith("veryhidden") \
        and "chart" not in str(getattr(meta, "typ", "")).lower()


def read_workbook(path: Path, kind: str, want_merged: bool = True, isolated: bool = False) -> list[SheetData]:
    """Every sheet's rows (absolute positions: row 0 is the sheet's row 1).

    A legacy .xls is read in a child process bounded in time and memory (importers/sheets/isolated.py)
    unless ``isolated`` says this already is that child.
    """
    if kind == "numbers":
        from importers.sheets.numbers_file import read_numbers

        return read_numbers(path)
    if kind == "xls" and not isolated:
        from importers.sheets.isolated import read_xls

        return read_xls(path)
    ahead = read_ahead.take(path) if kind in ("xlsx", "ods") else None  # parsed while the modules loaded
    if kind in ("xlsx", "ods"):
        check_zip(path)
    pc = _calamine()
    try:
        wb = ahead.opened() if ahead is not None else pc.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - calamine raises its own hierarchy of errors
        if kind == "xls" and _encrypted(path):
            raise NotACalendar(path, msg.PASSWORD) from None
        raise NotACalendar(path, _not_a_workbook(path) or _damaged_part(path, kind, exc)
                           or _damaged_storage(kind, exc) or f"the workbook cannot be read ({_short(exc)})") from None
    sheets: list[SheetData] = []
    try:
        metas = getattr(wb, "sheets_metadata", None) or [_Meta(n) for n in wb.sheet_names]
        for index, meta in enumerate(metas):
            if not readable(meta):
                continue
            name = meta.name
            try:
                sheet = ahead.sheet(name) if ahead is not None else wb.get_sheet_by_name(name)
                if getattr(sheet, "height", 0) * getattr(sheet, "width", 0) > MAX_CELLS:
                    sheets.append(SheetData(name, [], [], error=f"its used range is {sheet.height} rows x "
                                                              f"{sheet.width} columns, too large to read"))
                    continue
                rows = _sheet_rows(sheet)
                top, left = getattr(sheet, "start", None) or (0, 0) if rows else (0, 0)
            except CellPanic as exc:
                sheets.append(SheetData(name, [], [], error=exc.reason(sheet)))
                continue
            except Exception as exc:  # noqa: BLE001 - one broken sheet must not stop the others
                sheets.append(SheetData(name, [], [], error=_short(exc)))
                continue
            merged: list[Merged] = []
            if want_merged:
                ranges = getattr(sheet, "merged_cell_ranges", None)
                if ranges is not None:
                    merged = [(a[0], a[1], b[0], b[1]) for a, b in ranges]
                elif kind == "xlsx":
                    merged = xlsx_merged(path, index)
                elif kind == "ods":
                    merged = ods_merged(path, index)
                # positions relative to rows[0][0]
                merged = [(r0 - top, c0 - left, r1 - top, c1 - left) for r0, c0, r1, c1 in merged]
            hidden = str(getattr(meta, "visible", "")).lower().endswith(".hidden")
            sheets.append(SheetData(name, rows, merged, first_row=top, first_col=left, hidden=hidden))
    finally:
        close = getattr(wb, "close", None)
        if close is not None:
            close()
    broken = [sh for sh in sheets if sh.error]
    if kind in ("xlsx", "ods") and len(broken) + sum(1 for sh in sheets if not sh.rows) >= len(sheets):
        lie = _lying_part(path)  # checked only when nothing could be read: it unpacks the parts
        if lie:
            raise NotACalendar(path, lie)
    if broken and len(broken) == len(sheets):  # nothing readable: say why, naming the sheet
        first = broken[0]
        more = f" (and {len(broken) - 1} more sheet(s) cannot be read)" if len(broken) > 1 else ""
        raise NotACalendar(path, f"sheet {first.name} cannot be read: {first.error}{more}")
    return sheets


class CellPanic(Exception):
    """python-calamine panicked (a Rust panic: ``BaseException``, not ``Exception``) on a sheet's cells."""

    def __init__(self, message: str, row: int | None):
        super().__init__(message)
        self.message, self.row = message, row

    def reason(self, sheet) -> str:
        where = f"row {self.row}: " if self.row else ""
        return (f"{where}a cell holds a value no date can have ({_short_text(self.message)}); "
                f"fix or clear that cell and import again")


MAX_XML_CHECK = 64 * 1024 * 1024  # bytes of XML parts parsed to find where a workbook is damaged


def _damaged_part(path: Path, kind: str, exc: BaseException) -> str | None:
    """Which part of a zip workbook calamine could not open, and where: a checksum that does not
    match, or XML that is not well-formed (with its line). None when no part can be blamed."""
    if kind not in ("xlsx", "ods"):
        return None
    import zlib
    from xml.etree.ElementTree import ParseError

    from defusedxml.ElementTree import iterparse

    why = _short(exc)
    try:
        with zipfile.ZipFile(path) as zf:
            try:
                bad = zf.testzip()
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, zlib.error) as err:
                return f"the workbook cannot be read: the zip is damaged ({_short(err)})"
            if bad is not None:
                return f"the workbook cannot be read: part '{bad}' is damaged (its checksum does not match)"
            budget = MAX_XML_CHECK
            for info in zf.infolist():
                if not info.filename.endswith((".xml", ".rels")) or info.file_size > budget:
                    continue
                budget -= info.file_size
                try:
                    with zf.open(info) as fh:
                        for _event, elem in iterparse(fh):
                            elem.clear()
                except ParseError as err:
                    line, col = getattr(err, "position", (0, 0))
                    return (f"the workbook cannot be read: part '{info.filename}' is not well-formed XML at line "
                            f"{line}, column {col} ({why})")
                except Exception:  # noqa: BLE001 - entities, DTDs (defusedxml refuses them): that part is the cause
                    return f"the workbook cannot be read: part '{info.filename}' holds XML it refuses ({why})"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as err:
        return f"the workbook cannot be read: the zip is damaged ({_short(err)})"
    return None


def _lying_part(path: Path) -> str | None:
    """Why a zip is refused when a part holds more than its size fields declare (they passed check_zip).

    Each deflated part is inflated from its raw bytes, stopping one byte past the declared size.
    """
    import struct
    import zlib

    try:
        with zipfile.ZipFile(path) as zf, open(path, "rb") as fh:
            for info in zf.infolist():
                if info.compress_type not in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
                    continue
                fh.seek(info.header_offset)
                local = fh.read(30)
                if len(local) < 30 or local[:4] != b"PK\x03\x04":
                    continue
                name_len, extra_len = struct.unpack("<HH", local[26:30])
                fh.seek(info.header_offset + 30 + name_len + extra_len)
                if info.compress_type == zipfile.ZIP_STORED:
                    got = info.compress_size
                else:
                    inflater, got, left = zlib.decompressobj(-15), 0, info.compress_size
                    while left > 0 and got <= info.file_size:
                        raw = fh.read(min(1 << 20, left))
                        if not raw:
                            break
                        left -= len(raw)
                        got += len(inflater.decompress(raw, info.file_size + 1 - got))
                if got > info.file_size:
                    return (f"refused: part '{info.filename}' holds more data than the {info.file_size:,} bytes its "
                            f"size fields declare (a damaged or tampered zip, the kind made to slip past size checks)")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, struct.error):
        return None
    return None


def _is_panic(exc: BaseException) -> bool:
    """A pyo3 PanicException (it derives from BaseException so that ``except Exception`` misses it)."""
    return type(exc).__name__ == "PanicException"


def _sheet_rows(sheet) -> list[list]:
    """``sheet.to_python``, with a calamine panic turned into CellPanic naming the first bad row."""
    try:
        with _native_stderr_quiet():
            return sheet.to_python(skip_empty_area=True)
    except BaseException as exc:
        if not _is_panic(exc):
            raise
        message = str(exc) or type(exc).__name__
    raise CellPanic(message, _first_bad_row(sheet))


def _first_bad_row(sheet) -> int | None:
    """The 1-based sheet row of the first cell calamine cannot convert, by halving (nrows reads a prefix)."""
    height = getattr(sheet, "height", 0) or 0
    if not height or height > 5_000_000:
        return None
    top = (getattr(sheet, "start", None) or (0, 0))[0]
    good, bad = 0, height  # reading `good` rows works, reading `bad` rows panics
    try:
        with _native_stderr_quiet():
            while bad - good > 1:
                mid = (good + bad) // 2
                try:
                    sheet.to_python(skip_empty_area=True, nrows=mid)
                    good = mid
                except BaseException as exc:
                    if not _is_panic(exc):
                        raise
                    bad = mid
    except Exception:  # noqa: BLE001 - the row is a courtesy; the refusal stands without it
        return None
    return top + bad


@contextlib.contextmanager
def _native_stderr_quiet():
    """Keep Rust's panic report (and its backtrace) off the terminal while calamine reads cells.

    The panic itself still reaches Python and is turned into a message; only the native
    library's own printing to file descriptor 2 is dropped.
    """
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
    finally:
        os.close(saved)


_OTHER_PACKAGES = (("word/", "a Word document"), ("ppt/", "a PowerPoint presentation"),
                   ("visio/", "a Visio drawing"))


def _not_a_workbook(path: Path) -> str | None:
    """Why a zip that calamine cannot open is no workbook at all (a .docx renamed .xlsx),
    or None when it holds a workbook that is damaged, or is no zip."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            mimetype = zf.read("mimetype")[:100].decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError):
        return None
    if mimetype.startswith("application/vnd.oasis.opendocument.") and not mimetype.endswith("spreadsheet"):
        return f"the file is an OpenDocument {mimetype.rsplit('.', 1)[-1]}, not a workbook"
    if any(n.startswith("xl/") or n == "content.xml" for n in names):
        return None
    for prefix, what in _OTHER_PACKAGES:
        if any(n.startswith(prefix) for n in names):
            return f"the file is {what}, not a workbook"
    return "the file is a zip archive without a workbook in it"


def _encrypted(path: Path) -> bool:
    """An OLE file holding an encrypted OOXML package (a workbook with a password)."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with open(path, "rb") as fh:
        return marker in fh.read(1 << 20)


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def ods_merged(path: Path, index: int) -> list[Merged]:
    """Merged (spanned) cells of the index-th table of an ODS file, from content.xml."""
    from defusedxml.ElementTree import iterparse
    from xml.etree.ElementTree import ParseError

    t = _ODS_TABLE
    out: list[Merged] = []
    table = -1
    row = col = 0
    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
            for event, elem in iterparse(fh, events=("start", "end")):
                tag = elem.tag
                if event == "start":
                    if tag == t + "table":
                        table += 1
                        row = 0
                    elif table == index and tag == t + "table-row":
                        col = 0
                    elif table == index and tag in (t + "table-cell", t + "covered-table-cell"):
                        rows_span = int(elem.get(t + "number-rows-spanned", "1"))
                        cols_span = int(elem.get(t + "number-columns-spanned", "1"))
                        if rows_span > 1 or cols_span > 1:
                            out.append((row, col, row + rows_span - 1, col + cols_span - 1))
                        col += int(elem.get(t + "number-columns-repeated", "1"))
                    continue
                if table == index and tag == t + "table-row":
                    row += int(elem.get(t + "number-rows-repeated", "1"))
                elif tag == t + "table" and table == index:
                    break
                elem.clear()  # nothing of the content is kept: memory stays flat
    except (zipfile.BadZipFile, KeyError, ValueError, ParseError):
        return []
    return out


def _short_text(text: str) -> str:
    return " ".join(text.split())[:120]


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
