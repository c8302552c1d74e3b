"""A table saved as .txt (SAP's list export, Excel's "Unicode text", a mainframe's report) is read as
the table it is; a .txt of prose stays refused as a type the reader does not take (found by the
held-out company 6, tests/holdout6: SAP's export of a sales team's activities). Tables drawn at random
from the pools below (seeded)."""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file

BERLIN = ZoneInfo("Europe/Berlin")
TITLES = ["Kundenreferenz: Roboterarm bei einem Zulieferer", "Webinar-Einladung: Wartung", "Neue Preisliste Q4",
          "Fachartikel: Automatisierung im Mittelstand", "Messenachbericht: Kundentag", "Angebot des Monats"]
HEADS = [["Beginn", "Ende", "Beschreibung", "Verantwortlicher"], ["Start", "End", "Subject", "Owner"]]
ENCODINGS = ["utf-16", "utf-8", "cp1252"]


@pytest.mark.parametrize("seed", range(6))
def test_a_table_saved_as_txt_is_read(tmp_path, seed):
    rng = random.Random(f"txt-{seed}")
    delim = rng.choice(["\t", ";", "|"])
    head = rng.choice(HEADS)
    lines = [] if rng.random() < 0.5 else ["Terminliste Vertrieb", "Ausführungsdatum: 01.10.2026", ""]
    lines.append(delim.join(head))
    want = []
    for k in range(rng.randint(3, 15)):
        t = datetime(2026, 10, 5, rng.randint(8, 17), rng.choice([0, 15, 30])) + timedelta(days=rng.randrange(40))
        title = f"{rng.choice(TITLES)} {k + 1}"
        lines.append(delim.join([f"{t:%d.%m.%Y %H:%M:%S}", f"{t + timedelta(minutes=30):%d.%m.%Y %H:%M:%S}", title,
                                 rng.choice(["Müller, Hans", "Becker, Claudia"])]))
        want.append((t.replace(tzinfo=BERLIN), title))
    path = tmp_path / "EXPORT.txt"
    path.write_bytes("\r\n".join(lines).encode(rng.choice(ENCODINGS)))
    result = read_file(path, ImportOptions(timezone=BERLIN))
    assert sorted((r.start, r.title) for r in result.records) == sorted(want)


def test_prose_saved_as_txt_is_no_table(tmp_path):
    from importers import reader_for
    from importers.errors import UnsupportedFormat
    path = tmp_path / "notes.txt"
    data = b"Dear team,\nplease find the plan attached, with the dates and the channels.\nKind regards, Anna\n"
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormat):
        reader_for(path, data)
