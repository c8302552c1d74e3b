"""End to end on the Northwind scenario: the real command line, scored as the scenario's README describes."""
from __future__ import annotations

import json

import pytest

import main as masthead_main
from tests.scoring import score

ZONES = {  # the files that carry no zone of their own (README of the scenario)
    "marketing_content_calendar.xlsx": "Europe/Berlin",
    "sales_social_plan.xlsx": "Europe/London",
    "people_culture_calendar.csv": "Europe/Berlin",
}


@pytest.fixture(scope="module")
def scored(tmp_path_factory, request):
    from tests.conftest import SHARED

    folder = SHARED / "scenarios" / "northwind"
    if not folder.is_dir():
        pytest.skip("northwind scenario not available")
    out = tmp_path_factory.mktemp("nw")
    files = sorted(str(p) for p in folder.iterdir() if p.suffix in (".xlsx", ".csv", ".ics"))
    args = ["consolidate", *files, "--timezone", "Europe/Berlin", "--report", str(out / "r.json"),
            "--ics", str(out / "master.ics"), "--xlsx", str(out / "master.xlsx")]
    for name, zone in ZONES.items():
        args += ["--tz", f"{name}={zone}"]
    assert masthead_main.main(args) == 0
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return report, truth, score(report, truth), out


def test_every_truth_entry_is_imported(scored):
    report, truth, result, _ = scored
    assert result["missing"] == []
    assert result["matched"] == len(truth["entries"]) == 246
    assert len(report["entries"]) == 246


@pytest.mark.parametrize("kind,minimum", [("slot_clash", 0.95), ("double_booking", 0.95), ("overload", 0.95),
                                          ("duplicates", 0.90)])
def test_detection_quality(scored, kind, minimum):
    _, _, result, _ = scored
    precision, recall, f1 = result[kind]
    assert f1 >= minimum, f"{kind}: precision {precision:.2f}, recall {recall:.2f}, F1 {f1:.2f}"


def test_no_decoy_reported(scored):
    assert scored[2]["decoys_reported"] == 0


def test_master_calendar_reimports_to_the_same_entries(scored, tmp_path):
    report, _, _, out = scored
    again = tmp_path / "again.json"
    assert masthead_main.main(["consolidate", str(out / "master.ics"), "--timezone", "Europe/Berlin",
                               "--from", "2026-08-01", "--to", "2026-10-31", "--report", str(again)]) == 0
    back = json.loads(again.read_text(encoding="utf-8"))

    def key(e):
        return (e["start"] if e["all_day"] else _utc(e["start"]), e["title"], e["department"], e["channel"], e["owner"])

    assert sorted(map(key, back["entries"])) == sorted(map(key, report["entries"]))
    assert len(back["conflicts"]) == len(report["conflicts"])


def _utc(text: str) -> str:
    from datetime import datetime, timezone

    return datetime.fromisoformat(text).astimezone(timezone.utc).isoformat()
