"""A zone named by its city beside the date or time word of a header: "date_noumea", "Uhrzeit Wien",
"hora_lima", "time tokyo".

hints.py reads zones written as zones ("Time (ET)", "Europe/Paris", "all times Berlin"); a city
alone needs a cue word there, and a date word is none, since "Datum" beside a city is as often
where as when. In the header of the column that dates the entries, with nothing else in it, the
city can only say whose clock the dates and times are in.
"""
from __future__ import annotations

from importers.sheets.hints import city_zone
from importers.sheets.mapping import TEMPORAL, fold, match

_WHEN = TEMPORAL | {"start", "end"}


def city_in_header(header: str) -> str | None:
    """The IANA zone of the city a temporal header names beside its date or time word, or None."""
    words = fold(str(header or "")).split()
    if len(words) < 2 or len(words) > 4:
        return None
    when = [w for w in words if match(w)[0] in _WHEN]
    rest = [w for w in words if w not in when]
    if not when or not 1 <= len(rest) <= 2:
        return None
    return city_zone(" ".join(rest))


def header_city_zone(headers: list[str], temporal_cols: list[int]) -> tuple[str, str] | None:
    """(zone, header) for the first date or time column whose header names a city so."""
    for idx in temporal_cols:
        if idx < len(headers):
            zone = city_in_header(headers[idx])
            if zone:
                return zone, str(headers[idx]).strip()
    return None
