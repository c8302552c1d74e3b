"""What a sheet's reading says, and where: a *warning* is something the coordinator should look at
(rows left out, a reading in doubt); a *note* says how the file was read with nothing lost (a year
taken from the title, a zone a header names, month headings). Notes are shown beside the import
and are not counted among the source's warnings; the command line prints them as "note:".

Month headings are drawn from pools of month names in several languages and cases, with and
without a year, put between the rows of a plan at random places."""
from __future__ import annotations

import io
import random
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from tests.sheets_build import write_xlsx

BERLIN = ZoneInfo("Europe/Berlin")
HEADER = ["Date", "Time", "Channel", "Title", "Owner"]
# October and November as people write them over a month's rows (our own pool, not the reader's list)
OCTOBER = ["October", "OCTOBER", "Oktober", "octobre", "OCTOBRE", "ottobre", "Octubre", "outubro", "Oct.", "okt", "Октябрь", "ЖОВТЕНЬ",
           "Οκτώβριος"]
NOVEMBER = ["November", "NOVEMBRE", "noviembre", "Novembro", "Nov", "novembre", "NOV.", "Ноябрь", "Листопад",
            "ΝΟΈΜΒΡΙΟΣ"]
TITLES = ["Launch teaser", "Customer story", "Webinar reminder", "Job fair recap", "Product tips",
          "Behind the scenes", "Holiday hours", "Team spotlight"]


def _plan(rng: random.Random) -> tuple[list[list], list[tuple], int]:
    rows: list[list] = [HEADER]
    heads: list[str] = []
    titles: list[tuple] = []
    for month, names in ((10, OCTOBER), (11, NOVEMBER)):
        name = rng.choice(names)
        head = f"{name} 2026" if rng.random() < 0.6 else name
        heads.append(head)
        cell = rng.randrange(len(HEADER))  # the heading may stand in any column
        rows.append([head if k == cell else None for k in range(len(HEADER))])
        for day in sorted(rng.sample(range(1, 29), rng.randint(2, 5))):
            title = f"{rng.choice(TITLES)} {month}-{day}"
            row = [date(2026, month, day), time(rng.randint(8, 17)), rng.choice(["LinkedIn", "X", "Blog"]),
                   title, rng.choice(["Ann Weber", "Ben Kraus"])]
            titles.append((title, row[2], row[4]))
            rows.append(row)
    return rows, titles, len(heads)


@pytest.mark.parametrize("seed", range(12))
def test_a_row_naming_only_a_month_is_a_heading_said_in_a_note(tmp_path, seed):
    rng = random.Random(seed)
    rows, titles, heads = _plan(rng)
    path = write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows})
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [(r.title, r.channel, r.owner) for r in result.records] == titles  # no heading joins an entry
    assert result.skipped == 0 and not result.warnings, result.warnings
    said = [n for n in result.notes if "a month and nothing else" in n]
    assert len(said) == 1 and said[0].startswith(f"sheet Plan: {heads} rows name"), result.notes


def test_a_month_word_with_more_on_its_row_is_still_a_row_without_a_date(tmp_path):
    """"Mars" with a channel beside it is a post whose date is missing, not a heading."""
    rows = [HEADER, [date(2026, 3, 2), time(9), "X", "First post", "Ann Weber"], [None, None, "X", "Mars", None]]
    path = write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows})
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert [r.title for r in result.records] == ["First post"]
    assert result.skipped == 1 and any("'Mars' has no date" in w for w in result.warnings)
    assert not any("a month and nothing else" in n for n in result.notes)


def test_the_command_line_prints_notes_as_notes_and_the_source_keeps_only_warnings(tmp_path):
    from calendar_core.consolidate import ConsolidateRequest, format_summary, run_consolidate
    from calendar_core.workspace import Workspace

    rows = [["Plan 2026 (all times Berlin)"], HEADER, ["OKTOBER 2026"],
            [date(2026, 10, 5), time(9), "X", "First post", "Ann Weber"],
            [None, None, "X", "Lost post", None]]
    path = write_xlsx(tmp_path / "plan.xlsx", {"Plan": rows})
    ws_path = tmp_path / "ws.sqlite"
    result = run_consolidate(ConsolidateRequest(files=[path], workspace=str(ws_path), timezone="Europe/Berlin", printing=False))
    out = io.StringIO()
    format_summary(result, out)
    text = out.getvalue()
    assert "    note: sheet Plan: 1 row names a month and nothing else ('OKTOBER 2026'): read as headings" in text
    assert "note: sheet Plan: times read in Europe/Berlin as the sheet says" in text
    assert "warning: plan.xlsx, sheet Plan, row 5: 'Lost post' has no date; skipped" in text
    assert not any(line.startswith("    warning:") and "month" in line for line in text.splitlines())
    ws = Workspace.open(ws_path)
    try:
        (source,) = ws.sources()
        assert source.warnings == ["plan.xlsx, sheet Plan, row 5: 'Lost post' has no date; skipped"]
    finally:
        ws.close()
