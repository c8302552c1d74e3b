"""What the command line imports for a job on local files: no HTTP client, no window toolkit, no workbook
writer; for sheets, no icalendar.

Each of these costs a tenth of a second or more of start-up; a consolidate of files that asks for
none of them must not pay for them (links, --xlsx and the window import them when they are used).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_FOR_LOCAL_FILES = ("requests", "urllib3", "PySide6", "openpyxl", "xlsxwriter")
NOT_FOR_SHEETS = ("icalendar",)  # the ICS reader needs it only for Windows zone names
NOT_FOR_ONE_DEPARTMENT = ("rapidfuzz", "threadpoolctl")  # the duplicate search, between departments only

_PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import main
code = main.main(["consolidate", *sys.argv[2:]])
print(json.dumps({"code": code, "modules": sorted({m.split('.')[0] for m in sys.modules})}))
"""


def _loaded(*args: str) -> tuple[int, set[str]]:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(ROOT), *args], capture_output=True, text=True,
                         cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    last = json.loads(out.stdout.strip().splitlines()[-1])
    return last["code"], set(last["modules"])


def test_consolidate_of_a_sheet_imports_no_http_client_nor_gui(tmp_path):
    sheet = tmp_path / "plan.csv"
    sheet.write_text("Date,Time,Title,Channel\n2026-03-02,09:00,Launch post,Blog\n2026-03-03,10:00,Follow-up,X\n",
                     encoding="utf-8")
    code, modules = _loaded(str(sheet), "--workspace", str(tmp_path / "w.sqlite"),
                            "--report", str(tmp_path / "r.json"))
    assert code == 0
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["entries"]
    assert not modules & set(NOT_FOR_LOCAL_FILES), modules & set(NOT_FOR_LOCAL_FILES)
    assert not modules & set(NOT_FOR_SHEETS), modules & set(NOT_FOR_SHEETS)
    assert not modules & set(NOT_FOR_ONE_DEPARTMENT), modules & set(NOT_FOR_ONE_DEPARTMENT)


def test_windows_zone_names_still_map_once_the_table_is_needed():
    from importers.windows_zones import windows_to_iana

    assert windows_to_iana("W. Europe Standard Time") == "Europe/Berlin"
    assert windows_to_iana("  tokyo   standard time ") == "Asia/Tokyo"
    assert windows_to_iana("Cen. Australia Standard Time") == "Australia/Adelaide"  # from CLDR (icalendar)
    assert windows_to_iana("Nowhere Standard Time") is None


_PROBE_FULL = _PROBE.replace("{m.split('.')[0] for m in sys.modules}", "set(sys.modules)")


def test_consolidate_of_a_workbook_loads_no_text_reader(tmp_path):
    """The CSV reader (its decoders and the HTML table parser) is for text files: a workbook needs none of it."""
    from tests.sheets_build import write_xlsx

    book = tmp_path / "plan.xlsx"
    write_xlsx(book, {"Plan": [["Date", "Time", "Title", "Channel"], ["2026-03-02", "09:00", "Launch post", "Blog"],
                               ["2026-03-03", "10:00", "Follow-up", "X"]]})
    out = subprocess.run([sys.executable, "-c", _PROBE_FULL, str(ROOT), str(book), "--workspace",
                          str(tmp_path / "w.sqlite"), "--report", str(tmp_path / "r.json")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    modules = set(json.loads(out.stdout.strip().splitlines()[-1])["modules"])
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["entries"]
    assert not modules & {"importers.sheets.text", "importers.sheets.encodings", "html.parser"}
