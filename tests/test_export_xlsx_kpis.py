"""The Summary sheet's KPI block and native Excel charts: chart parts in the package, pointing at the right ranges."""
from __future__ import annotations

import re
import zipfile
from collections import Counter

import openpyxl
import pytest

from calendar_core.export.xlsx import write_workbook
from calendar_core.model import Conflict, DuplicateGroup
from tests.export_support import nw  # noqa: F401


@pytest.fixture(scope="module")
def workbook(nw, tmp_path_factory):  # noqa: F811
    entries, sources = nw
    conflicts = [Conflict("slot_clash", [1, 2], "LinkedIn twice", key="c1"),
                 Conflict("overload", [3, 4, 5, 6], "4 posts on X", key="c2", decision="intentional")]
    duplicates = [DuplicateGroup([7, 8, 9], 0.87, ["titles alike"], key="d1")]
    path = tmp_path_factory.mktemp("kpi") / "master.xlsx"
    write_workbook(path, entries, sources, conflicts, duplicates, timezone="Europe/Berlin")
    return path, entries, conflicts, duplicates


def _kpi_rows(path):
    ws = openpyxl.load_workbook(path)["Summary"]
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Department"
                and ws.cell(r, 2).value == "Posts")
    rows = {}
    r = head + 1
    while ws.cell(r, 1).value:
        rows[ws.cell(r, 1).value] = [ws.cell(r, c).value for c in range(2, 6)]
        r += 1
    return head, r - 1, rows


def test_kpi_block_counts(workbook):
    path, entries, conflicts, duplicates = workbook
    head, last, rows = _kpi_rows(path)
    posts = Counter(e.department for e in entries)
    by_id = {e.id: e for e in entries}
    assert set(rows) == set(posts)
    for dept, (n_posts, n_channels, n_conf, n_dup) in rows.items():
        assert n_posts == posts[dept]
        assert n_channels == len({e.channel for e in entries if e.department == dept})
        assert n_conf == sum(1 for c in conflicts if dept in {by_id[i].department for i in c.entry_ids})
        assert n_dup == sum(1 for g in duplicates if dept in {by_id[i].department for i in g.entry_ids})


def test_chart_parts_point_at_the_kpi_ranges(workbook):
    path, *_ = workbook
    head, last, _ = _kpi_rows(path)
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n)]
        xml = {n: z.read(n).decode("utf-8") for n in charts}
        drawing_rels = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/drawings/_rels/"))
    assert len(charts) >= 3  # entries per week + the two KPI charts
    assert all(n.split("/")[-1] in drawing_rels for n in charts)  # every chart is placed on a sheet
    cats = f"Summary!$A${head + 1}:$A${last}"
    posts = next(x for x in xml.values() if f"Summary!$B${head + 1}:$B${last}" in x)
    assert cats in posts and f"<c:f>Summary!$B${head}</c:f>" in posts  # the series name is a cell
    issues = next(x for x in xml.values() if f"Summary!$D${head + 1}:$D${last}" in x)
    assert f"Summary!$E${head + 1}:$E${last}" in issues and cats in issues
    assert f"<c:f>Summary!$D${head}</c:f>" in issues and f"<c:f>Summary!$E${head}</c:f>" in issues
    assert "pattFill" in issues  # the second series is hatched: readable in black and white
