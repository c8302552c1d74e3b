"""The ninth held-out company (tests/holdout9/, Grupo Aurora Pacífico: Mexico City, Tokyo, Seoul, Shanghai, Taipei,
São Paulo, Buenos Aires, Bogotá, Lima, Santiago), written without reading the product: its files (Outlook .ics in
"Central Standard Time (Mexico)" and "Pacific SA Standard Time", Japanese Excel and its Shift_JIS CSV with era dates,
午後 and full-width clocks, Korean Google Sheets and EUC-KR CSVs, a GB18030 WPS CSV, a Big5 CSV with Minguo dates,
mLabs / Etus / Hootsuite in Portuguese, monday.com with "14 hs", Notion in Spanish with "2:00 p. m.", Google Calendar,
Hootsuite and Meta Business Suite in Spanish) go through `main.py consolidate` as a coordinator in Mexico City runs
it, and the JSON report is scored against the plan (`python -m tests.holdout9.measure 1-6 -v`; see
tests/holdout9/RESULTS.md). The floors sit a little under what was measured on seeds 5-6; raise them as the
product learns."""
from __future__ import annotations

import pytest

from tests.holdout9.measure import measure

SEEDS = (5, 6)
# measured on seeds 5-6 (2026-12-08): before the fixes it drove, entries 70.9 % (Taipei's Minguo dates refused,
# Bogotá's "2:00 p. m." date-times not read, "(horário de Brasília)" / "Hora (ART)" unread, "12 hs" all-day,
# "Aurora Brasil (Instagram)" no channel), slot clash 0.58, double booking 0.00, overload 0.50, duplicate 0.48;
# after: entries 100 %, slot clash 1.00, double booking 1.00 ("María López", "Minji Kim"), overload 1.00,
# duplicate 0.77
ENTRIES_FLOOR = 98.0
FLOORS = {"slot_clash": 0.95, "double_booking": 0.9, "overload": 0.95, "duplicate": 0.65}
ALWAYS_RIGHT = ("cdmx", "tokyo", "seoul", "shanghai", "taipei", "saopaulo", "buenosaires", "bogota", "lima", "santiago")


@pytest.fixture(scope="module")
def total():
    return measure(SEEDS, out=lambda *_: None)


def test_entries_read_right_over_the_floor(total):
    assert total.entries_right >= ENTRIES_FLOOR, (total.entries_right, dict(total.field_wrong))
    assert total.missing <= 2 and total.extra <= 2, (total.missing, total.extra)
    assert not total.failed_files, total.failed_files


@pytest.mark.parametrize("kind", list(FLOORS))
def test_findings_over_the_floors(total, kind):
    assert total.kinds[kind].f1 >= FLOORS[kind], (kind, str(total.kinds[kind]))


@pytest.mark.parametrize("dept", ALWAYS_RIGHT)
def test_departments_read_right_stay_right(total, dept):
    assert total.dept_right[dept] == total.dept_posts[dept], dept


def test_the_company_is_what_its_truth_says(tmp_path):
    """The generator itself: one seed gives the same files twice, every post that is written was written by its
    department's writer, the planted findings are in the truth (in Mexico City's days), and the zones are the
    ones these offices keep in the quarter (Mexico and Brazil without summer time, Santiago in its summer)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tests.holdout3.measure import truth_conflicts, written_twice_alike
    from tests.holdout9.company import MEX, make_company
    from tests.holdout9.files import write_company

    a = written_twice_alike(make_company, write_company, 5, tmp_path)
    unwritten = [p.title for p in a.posts if not p.written and p.series != "cdmx-weekly"]
    assert not unwritten, unwritten
    slot, _, booking, _, overload, _ = truth_conflicts(a, MEX)
    assert slot and booking and overload
    for zone, offset in (("America/Mexico_City", -6), ("America/Sao_Paulo", -3), ("America/Santiago", -3)):
        for day in (5, 30):
            for month in (10, 11):
                assert datetime(2026, month, day, 12, tzinfo=ZoneInfo(zone)).utcoffset().total_seconds() == offset * 3600


def test_the_outlook_calendars_agree_with_an_independent_reader(tmp_path):
    """The truth of Mexico City's and Santiago's .ics (Windows zone names, the weekly series with EXDATE and a
    moved occurrence) is what icalendar + recurring-ical-events read in them."""
    import datetime as dt
    from collections import Counter

    import icalendar
    import recurring_ical_events

    from tests.holdout9.company import MEX, make_company
    from tests.holdout9.files import write_company

    company = make_company(5)
    files = write_company(company, tmp_path)
    for dept in ("cdmx", "santiago"):
        cal = icalendar.Calendar.from_ical(files[dept].read_bytes())
        got = Counter()
        for ev in recurring_ical_events.of(cal).between(dt.datetime(2026, 9, 28), dt.datetime(2026, 11, 30)):
            if not str(ev.get("SUMMARY", "")).startswith("Cancelado: "):
                s = ev["DTSTART"].dt
                got[s.astimezone(MEX).isoformat() if isinstance(s, dt.datetime) else s.isoformat()] += 1
        want = Counter(p.start.astimezone(MEX).isoformat() if p.start else p.day.isoformat()
                       for p in company.of(dept) if p.status != "cancelled")
        assert got == want, (dept, got - want, want - got)
