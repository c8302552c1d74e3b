"""Text tables in the encodings and line ends departments send: UTF-16 with or
without BOM, Mac Roman, Windows-1252, CR-only and NEL line ends, labels before
every date, XML-ish tagged lines."""
from __future__ import annotations

import codecs
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from importers import ImportOptions, read_file
from importers.sheets.text import decode, mac_roman_likelier, normalise_lines, tagged_rows

BERLIN = ZoneInfo("Europe/Berlin")
WORDS = ["Café crème", "Menü für Gäste", "Señora Núñez", "Garçon à l'été", "Øl og smørbrød", "Straße frei",
         "Übergabe", "Déjà vu", "Ça va", "Ñandú"]


def _table(rng: random.Random, n: int = 12) -> tuple[str, list[tuple[date, str]]]:
    rows, want = ["Date;Time;Title"], []
    for k in range(n):
        d = date(2026, 8, 1) + timedelta(days=k)
        title = f"{rng.choice(WORDS)} {k}"
        rows.append(f"{d.isoformat()};09:30;{title}")
        want.append((d, title))
    return "\r\n".join(rows) + "\r\n", want


def _opts():
    return ImportOptions(timezone=BERLIN)


def _check(result, want):
    assert [(r.start.date(), r.title) for r in result.records] == want
    assert all(r.start == datetime.combine(r.start.date(), datetime.min.time().replace(hour=9, minute=30), BERLIN)
               for r in result.records)


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                          ("utf-16-le", b""), ("utf-16-be", b""), ("utf-8", codecs.BOM_UTF8),
                                          ("utf-8", b"")])
def test_utf16_and_utf8_read_alike(tmp_path, encoding, bom):
    text, want = _table(random.Random(1))
    path = tmp_path / "plan.csv"
    path.write_bytes(bom + text.encode(encoding))
    _check(read_file(path, _opts()), want)


@pytest.mark.parametrize("seed", range(4))
def test_mac_roman_with_cr_line_ends(tmp_path, seed):
    text, want = _table(random.Random(seed))
    path = tmp_path / "mac.csv"
    path.write_bytes(text.replace("\r\n", "\r").encode("mac_roman"))
    result = read_file(path, _opts())
    _check(result, want)
    assert result.settings["encoding"] == "mac-roman"


@pytest.mark.parametrize("seed", range(4))
def test_windows_1252_stays_windows_1252(tmp_path, seed):
    text, want = _table(random.Random(seed))
    text = text.replace("09:30;", "09:30;– ")  # an en dash, 0x96 in Windows-1252
    want = [(d, f"– {t}") for d, t in want]
    path = tmp_path / "win.csv"
    path.write_bytes(text.encode("cp1252"))
    result = read_file(path, _opts())
    _check(result, want)
    assert result.settings["encoding"] == "windows-1252"


def test_mac_roman_told_by_a_byte_windows_1252_lacks():
    assert mac_roman_likelier("Caf\u00e9 \u2014 ok".encode("mac_roman") + b"\x9d")
    assert not mac_roman_likelier("Café – Menü".encode("cp1252"))


def test_nel_line_ends_in_utf16(tmp_path):
    text, want = _table(random.Random(5), n=300)
    path = tmp_path / "nel.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.replace("\r\n", "\x85").encode("utf-16-le"))
    _check(read_file(path, _opts()), want)


def test_nel_kept_inside_text_with_real_line_ends():
    assert normalise_lines("a\x85b\nc\n") == "a\x85b\nc\n"
    assert normalise_lines("a\x85b\x85c") == "a\nb\nc"


def test_label_before_every_date_is_dropped(tmp_path):
    path = tmp_path / "ical.csv"
    rows = ["DTSTART;VALUE,SUMMARY"] + [f"DATE:201801{d:02d},Feast {d}" for d in range(1, 10)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = read_file(path, _opts())
    assert [r.start for r in result.records] == [date(2018, 1, d) for d in range(1, 10)]


def test_tagged_lines_read_as_a_table(tmp_path):
    lines = [f'<event> "Day {k}" </event><start> "{k} mai 2023" </start><end> {k} mai 2023 </end>' for k in range(1, 6)]
    assert tagged_rows("\n".join(lines))[0] == ["event", "start", "end"]
    path = tmp_path / "tags.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_file(path, _opts())
    assert [r.start for r in result.records] == [date(2023, 5, k) for k in range(1, 6)]


def test_decode_reports_the_encoding(tmp_path):
    assert decode(tmp_path, "x;y\n".encode("utf-16"))[1] == "utf-16"
    assert decode(tmp_path, "Café;x\n".encode("cp1252"))[1] == "windows-1252"
