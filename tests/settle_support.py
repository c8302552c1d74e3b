"""A small workspace with known conflicts and a duplicate pair, for the settle UI tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from calendar_core.workspace import Workspace
from tests.helpers import berlin, plus, rec, result

# Week of Mon 2026-08-10: two LinkedIn posts 20 minutes apart (slot clash),
# Lena booked by both teams at 14:00 (double booking), the same webinar promoted twice.
MARKETING = [
    rec("m1", "Product launch teaser", berlin(2026, 8, 12, 10, 0), channel="LinkedIn", owner="Anna Roth"),
    rec("m2", "Customer story: Hafenbahn", berlin(2026, 8, 13, 14, 0), plus(berlin(2026, 8, 13, 14, 0), 60),
        channel="Blog", owner="Lena Vogt"),
    rec("m3", "Webinar: route planning for fleets", berlin(2026, 9, 1, 9, 0), channel="Newsletter",
        link="https://northwind.example/webinar-fleets", owner="Anna Roth"),
]
SALES = [
    rec("s1", "Sales kick-off recap", berlin(2026, 8, 12, 10, 20), channel="linkedin", owner="Tom Hale"),
    rec("s2", "Partner call", berlin(2026, 8, 13, 14, 0), plus(berlin(2026, 8, 13, 14, 0), 60),
        channel="Website", owner="lena vogt"),
    rec("s3", "Webinar - route planning for fleets", berlin(2026, 9, 2, 11, 0), channel="LinkedIn",
        link="https://northwind.example/webinar-fleets", owner="Tom Hale"),
]


def import_files(ws: Workspace, folder: Path) -> None:
    ws.apply_import(result(folder / "marketing_plan.csv", MARKETING, hint="Marketing"))
    ws.apply_import(result(folder / "sales_plan.csv", SALES, hint="Sales"))


def make_workspace(folder: Path) -> Workspace:
    ws = Workspace.open(folder / "settle.sqlite")
    settings = ws.settings
    settings.timezone = "Europe/Berlin"
    ws.save_settings(settings)
    import_files(ws, folder)
    return ws


@pytest.fixture
def ws(tmp_path):
    """make_workspace's workspace, closed once the jobs working on it have finished."""
    from ui import jobs

    workspace = make_workspace(tmp_path)
    yield workspace
    jobs.wait_for_all()
    workspace.close()
