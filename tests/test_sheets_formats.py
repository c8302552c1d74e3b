"""File formats: csv/tsv decoding and delimiters, xlsx/xlsm/xls/ods, hostile input."""
from __future__ import annotations

import shutil
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from importers import ImporterError, ImportOptions, NotACalendar, read_file
from importers import sheets
from importers.sheets import workbook
from tests.sheets_build import write_ods, write_xlsx

BERLIN = ZoneInfo("Europe/Berlin")


def _read(path, **kw):
    return read_file(path, ImportOptions(timezone=BERLIN, **kw))


def _titles(result):
    return [r.title for r in result.records]


@pytest.mark.parametrize("name, delimiter, encoding", [
    ("semicolon_bom_crlf.csv", ";", "utf-8-sig"),
    ("utf16_tab.csv", "\t", "utf-16"),
    ("cp1252.csv", ",", "windows-1252"),
    ("tabs.tsv", "\t", "utf-8"),
    ("pipe.csv", "|", "utf-8"),
])
def test_csv_encodings_and_delimiters(fixture_path, name, delimiter, encoding):
    result = _read(fixture_path(f"sheets/{name}"))
    assert result.kind == "csv"
    assert result.settings["delimiter"] == delimiter
    assert result.settings["encoding"] == encoding
    assert result.records and all(r.start.tzinfo is not None for r in result.records)


def test_non_ascii_text_survives_each_encoding(fixture_path):
    assert _titles(_read(fixture_path("sheets/semicolon_bom_crlf.csv")))[0] == "Zoë stellt sich vor"
    assert _titles(_read(fixture_path("sheets/utf16_tab.csv"))) == ["Café launch", "Naïve routing"]
    rec = _read(fixture_path("sheets/cp1252.csv")).records[0]
    assert rec.title == "Résumé of Q2 – 5 € savings" and rec.owner == "René Ødegård"


def test_binary_csv_is_not_a_calendar(fixture_path):
    with pytest.raises(NotACalendar):
        _read(fixture_path("sheets/binary.csv"))
    head = fixture_path("sheets/binary.csv").read_bytes()[:4096]
    assert not sheets.accepts(fixture_path("sheets/binary.csv"), head)


def test_legacy_xls_with_merged_date(fixture_path):
    result = read_file(fixture_path("sheets/legacy.xls"), ImportOptions(timezone=ZoneInfo("UTC")))
    assert result.kind == "xls"
    starts = {r.title: r.start for r in result.records}
    # "all times CET" in the title row wins over the UTC option
    assert starts["Old format second"] == datetime(2026, 8, 4, 15, 0, tzinfo=BERLIN)  # merged date, 2nd row
    assert starts["Noon by fraction"] == datetime(2026, 8, 6, 12, 0, tzinfo=BERLIN)  # day fraction 0.5
    assert result.records[0].location == "sheet Plan, row 4"


def test_ods(tmp_path):
    path = write_ods(tmp_path / "plan.ods", {"Aug": [
        ["Date", "Time", "Channel", "Title"],
        [date(2026, 8, 4), time(9, 30), "X", "ODS post"],
        ["2026-08-05", "14:00", "Blog", "ODS text"],
    ]})
    result = _read(path)
    assert result.kind == "ods"
    assert [r.start for r in result.records] == [datetime(2026, 8, 4, 9, 30, tzinfo=BERLIN),
                                                 datetime(2026, 8, 5, 14, 0, tzinfo=BERLIN)]


def test_xlsm_and_offset_table(tmp_path):
    path = write_xlsx(tmp_path / "plan.xlsx", {"Plan": [
        ["Date", "Time", "Title"],
        [date(2026, 8, 4), time(9, 30), "Offset table"],
    ]}, origin=(3, 2))
    xlsm = tmp_path / "plan.xlsm"
    shutil.copy(path, xlsm)
    result = _read(xlsm)
    assert result.kind == "xlsx"
    assert result.records[0].location == "sheet Plan, row 4"  # table starts at B3: data on row 4
    assert result.records[0].start == datetime(2026, 8, 4, 9, 30, tzinfo=BERLIN)


def test_formulas_read_as_cached_values(tmp_path):
    import openpyxl

    path = tmp_path / "formula.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Title"])
    ws.append([date(2026, 8, 4), "Plain"])
    ws["A3"] = "=A2+1"  # openpyxl stores no cached value: the cell reads empty
    ws["B3"] = "Formula row"
    wb.save(path)
    result = _read(path)
    assert _titles(result) == ["Plain"]
    assert result.skipped == 1 and "row 3" in result.warnings[0]


def test_zip_bomb_refused(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "big.xlsx", {"S": [["Date", "Title"], [date(2026, 8, 4), "x"]]})
    monkeypatch.setattr(workbook, "MAX_UNPACKED", 1000)
    with pytest.raises(ImporterError, match="refused"):
        _read(path)


def test_damaged_workbook(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(NotACalendar):
        _read(path)


def test_accepts_by_extension_and_magic(tmp_path, fixture_path):
    assert sheets.accepts(tmp_path / "a.xlsx", b"PK\x03\x04rest")
    assert not sheets.accepts(tmp_path / "a.xlsx", b"plain text")
    assert sheets.accepts(tmp_path / "a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert sheets.accepts(tmp_path / "a.csv", b"Date,Title\n")
    assert not sheets.accepts(tmp_path / "a.ics", b"BEGIN:VCALENDAR")


def test_tab_separated_text_named_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("Date\tTime\tTitle\n2026-08-04\t10:00\tExported as xls\n", encoding="utf-8")
    result = _read(path)
    assert result.kind == "csv" and result.records[0].title == "Exported as xls"


def test_password_protected_workbook(tmp_path):
    path = tmp_path / "secret.xlsx"
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600
    path.write_bytes(body)
    with pytest.raises(NotACalendar, match="password"):
        _read(path)


def test_merged_ranges_from_sheet_xml_match_calamine(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"S": [["Date", "Title"], [date(2026, 8, 4), "a"], ["", "b"]],
                                            "T": [["x"]]}, merges={"S": ["A2:A3", "B5:D6"]})
    assert workbook.xlsx_merged(path, 0) == [(1, 0, 2, 0), (4, 1, 5, 3)]
    assert workbook.xlsx_merged(path, 1) == []
    assert workbook.xlsx_merged(path, 7) == []


def test_ods_merged_date_over_several_posts(tmp_path):
    from tests.sheets_build import Covered, Spanned

    path = write_ods(tmp_path / "merged.ods", {"Notes": [["Read me"]], "Plan": [
        ["Date", "Time", "Title"],
        [Spanned(date(2026, 8, 4), 3), time(9), "First"],
        [Covered(), time(11), "Second"],
        [Covered(), time(15), "Third"],
    ]})
    result = _read(path)
    assert [r.start for r in result.records] == [datetime(2026, 8, 4, h, 0, tzinfo=BERLIN) for h in (9, 11, 15)]
    assert workbook.ods_merged(path, 1) == [(1, 0, 3, 0)]


@pytest.mark.parametrize("name", ["Plan.xlsx", "Plan.ods", "Plan.csv"])
def test_word_document_renamed_as_a_workbook(tmp_path, name):
    import zipfile

    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("_rels/.rels", "<Relationships/>")
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(NotACalendar, match=rf"^{name}: the file is a Word document, not a workbook"):
        _read(path)


def test_zip_without_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "Plan.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("notes.txt", "hello")
    with pytest.raises(NotACalendar, match="zip archive without a workbook"):
        _read(path)
