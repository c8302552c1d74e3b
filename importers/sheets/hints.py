"""Time-zone hints written in a sheet: "Time (ET)", "all times Berlin (CEST)".

Only text above the header row and the header cells themselves are read. A
city name counts when a cue word ("time", "Zeit", "heure", "hora", "zone")
stands in the same cell or it is in brackets; a two-letter abbreviation (ET,
PT, CT, MT) only in brackets or beside a cue word.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from zoneinfo import available_timezones

from importers.sheets import zone_words
from importers.sheets.mapping import fold

ABBREVIATIONS = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "BST": "Europe/London", "GMT": "Europe/London", "UTC": "UTC",
    "JST": "Asia/Tokyo", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong", "KST": "Asia/Seoul", "TRT": "Europe/Istanbul", "MSK": "Europe/Moscow",
    "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta", "PHT": "Asia/Manila",
    # IST is India's in the great majority of sheets (Israel's summer time is IDT, Ireland's IST rare in headers)
    "IST": "Asia/Kolkata", "IDT": "Asia/Jerusalem", "GST": "Asia/Dubai", "PKT": "Asia/Karachi",
}
ABBREVIATIONS.update(zone_words.ABBREVIATIONS)
# "(GMT+4)", "UTC+05:30", "GMT-3": an offset written out is that offset, whatever "GMT" alone means
_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?\b")
# a country's time named in its own language: China's is Beijing time (the zone is Shanghai's), Japan's,
# Korea's, Taiwan's, Türkiye's ("TSİ": Türkiye saati)
_LOCAL_NAMES = {
    "北京时间": "Asia/Shanghai", "北京時間": "Asia/Shanghai", "中国时间": "Asia/Shanghai", "中國時間": "Asia/Shanghai",
    "日本時間": "Asia/Tokyo", "日本时间": "Asia/Tokyo", "東京時間": "Asia/Tokyo", "东京时间": "Asia/Tokyo",
    "한국 시간": "Asia/Seoul", "한국시간": "Asia/Seoul", "서울 시간": "Asia/Seoul", "서울시간": "Asia/Seoul",
    "台北時間": "Asia/Taipei", "臺北時間": "Asia/Taipei", "香港時間": "Asia/Hong_Kong",
    "TSİ": "Europe/Istanbul", "türkiye saati": "Europe/Istanbul", "türkiye saatiyle": "Europe/Istanbul",
}
_WORDS = {
    "eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
    "pacific": "America/Los_Angeles", "new york": "America/New_York", "nyc": "America/New_York",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "boston": "America/New_York",
    "washington": "America/New_York", "austin": "America/Chicago", "dallas": "America/Chicago",
    "munich": "Europe/Berlin", "munchen": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin", "koln": "Europe/Berlin", "cologne": "Europe/Berlin",
    "zurich": "Europe/Zurich", "barcelona": "Europe/Madrid", "milan": "Europe/Rome",
    "milano": "Europe/Rome", "uk": "Europe/London", "german": "Europe/Berlin", "utc": "UTC",
}
# The zone database names its cities in English; a team writes its own city in its own language. These
# are the zone cities whose own name differs from the database's once folded ("Lisboa" is Europe/Lisbon).
_ENDONYMS = {
    "athina": "Europe/Athens", "beograd": "Europe/Belgrade", "bruxelles": "Europe/Brussels", "brussel": "Europe/Brussels",
    "bucuresti": "Europe/Bucharest", "kobenhavn": "Europe/Copenhagen", "lisboa": "Europe/Lisbon",
    "letzebuerg": "Europe/Luxembourg", "moskva": "Europe/Moscow", "lefkosia": "Europe/Nicosia", "praha": "Europe/Prague",
    "roma": "Europe/Rome", "tirana": "Europe/Tirane", "warszawa": "Europe/Warsaw", "wien": "Europe/Vienna",
    "ciudad de mexico": "America/Mexico_City",
}
_CUES = re.compile(r"\b(times?|zeit|uhrzeit|uhrzeiten|zeiten|zeitzone|heures?|horas?|horarios?|zone|tz|timezone|"
                   r"fuseau|ora|orario)\b")
_STRONG = {k for k in ABBREVIATIONS if len(k) >= 3} - zone_words.WORDLIKE
_IANA = re.compile(r"\b([A-Z][a-z]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\b")
_UPPER = re.compile(r"\b[A-Z]{2,4}\b")
_BRACKET = re.compile(r"[\(\[]([^\)\]]{1,40})[\)\]]")


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    """The zone database's names, looked up once (each look walks the database's files)."""
    return frozenset(available_timezones())


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in sorted(_zone_names()):
        parts = name.split("/")
        if len(parts) < 2 or parts[0] not in ("Europe", "America", "Asia", "Australia", "Africa", "Pacific"):
            continue
        out.setdefault(fold(parts[-1].replace("_", " ")), name)
    out.update(_ENDONYMS)
    out.update(zone_words.PLACES)
    out.update(_WORDS)
    return out


def city_zone(words: str) -> str | None:
    """The zone of a city (or a zone word: "eastern") written as exactly these folded words, or None."""
    return _cities().get(words)


def _from_words(text: str) -> str | None:
    folded = " " + fold(text) + " "
    cities = _cities()
    for size in (2, 1):  # "new york" before "york"
        words = folded.split()
        for i in range(len(words) - size + 1):
            zone = cities.get(" ".join(words[i:i + size]))
            if zone:
                return zone
    return None


def hint_in(text: str, is_header: bool = False) -> str | None:
    """The zone a cell's text names, or None."""
    if not isinstance(text, str) or not text.strip() or len(text) > 300:
        return None
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # "時間（JST）": full-width brackets are brackets
        low = text.lower()
        for name, zone in _LOCAL_NAMES.items():
            if name.lower() in low:
                return zone
    m = _IANA.search(text)
    if m and m.group(1) in _zone_names():
        return m.group(1)
    m = _OFFSET.search(text)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        # an offset no zone keeps all year ("UTC-03:30") names none: not London's GMT either
        return offset_zone(-minutes if m.group(1) != "+" else minutes) if minutes <= 14 * 60 else None
    cue = bool(_CUES.search(fold(text)))
    for inner in _BRACKET.findall(text):
        for tok in _UPPER.findall(inner):
            if tok in ABBREVIATIONS:
                return ABBREVIATIONS[tok]
        zone = _from_words(inner)
        if zone:
            return zone
    for tok in _UPPER.findall(text):
        if tok in _STRONG or (tok in ABBREVIATIONS and (cue or is_header)):
            return ABBREVIATIONS[tok]
    if cue:  # "Regional North plan – all times Eastern": the words after the cue first
        after = _CUES.split(fold(text), maxsplit=1)
        return (_from_words(after[-1]) if len(after) > 1 else None) or _from_words(text)
    return None


@lru_cache(maxsize=64)
def offset_zone(minutes: int) -> str | None:
    """A zone that keeps ``minutes`` east of UTC all year: Etc/GMT-4 for +04:00 (the Etc names count
    the other way), else the first zone of the database without summer time at that offset (+05:30)."""
    if minutes % 60 == 0:
        hours = -minutes // 60
        return "Etc/GMT" if hours == 0 else f"Etc/GMT{hours:+d}"
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo
    want = timedelta(minutes=minutes)
    for name in sorted(_zone_names()):
        if "/" not in name or name.startswith(("Etc/", "posix/", "right/")):
            continue
        zone = ZoneInfo(name)
        if all(datetime(2026, month, 1, 12, tzinfo=zone).utcoffset() == want for month in (1, 4, 7, 10)):
            return name
    return None


def find_zone_hint(above: list[list], headers: list[str], temporal_cols: list[int]) -> tuple[str, str] | None:
    """(IANA zone, the text that said so) from time-column headers or the title block."""
    for idx in temporal_cols:
        if idx < len(headers):
            zone = hint_in(headers[idx], is_header=True)
            if zone:
                return zone, headers[idx].strip()
    for row in above:
        for cell in row:
            if isinstance(cell, str):
                zone = hint_in(cell)
                if zone:
                    return zone, cell.strip()
    return None


def note_hint(rows: list[list]) -> tuple[str, str] | None:
    """A zone named in a note line ("All times are Eastern", or "Time zone:" | "Pacific")
    among the first or last rows of a sheet; a row of more cells is data, not a note."""
    picked = rows[:30] + rows[max(30, len(rows) - 30):]
    for row in picked:
        cells = [c.strip() for c in row if isinstance(c, str) and c.strip()]
        if len(cells) != sum(1 for c in row if c is not None and c != ""):
            continue  # numbers or dates: a data row
        if len(cells) == 2 and len(cells[0]) <= 25 and _CUES.search(fold(cells[0])):
            text = f"{cells[0]} {cells[1]}"
        elif len(cells) == 1:
            text = cells[0]
        else:
            continue
        if 8 <= len(text) <= 300 and _CUES.search(fold(text)):
            zone = hint_in(text)
            if zone:
                return zone, text
    return None
