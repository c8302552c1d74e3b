"""Northwind through the real importers, the workspace and the JSON report, scored like the evaluation."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from calendar_core.consolidate import ConsolidateRequest, run_consolidate
from scoring import score

pytestmark = pytest.mark.slow


def test_northwind_report_scores(northwind, tmp_path):
    files = sorted(p for p in northwind.iterdir() if p.suffix in (".xlsx", ".csv", ".ics"))
    if not files:
        pytest.skip("northwind files not available")
    report = tmp_path / "report.json"
    result = run_consolidate(ConsolidateRequest(
        files=files, timezone="Europe/Berlin", report=report,
        file_zones={"sales_social_plan.xlsx": "Europe/London"},  # the README: Sales plans in London time
        now=datetime(2026, 8, 1, tzinfo=timezone.utc),
    ))
    assert result.exit_code == 0
    scores = score(json.loads(report.read_text(encoding="utf-8")),
                   json.loads((northwind / "truth.json").read_text(encoding="utf-8")))
    for kind in ("slot_clash", "double_booking", "overload"):
        assert scores[kind][2] >= 0.95, (kind, scores[kind])
    assert scores["duplicates"][2] >= 0.90, scores["duplicates"]
    assert scores["decoys_reported"] == 0
