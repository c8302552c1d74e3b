"""Two columns of places that are a journey's legs, not a fixture's two sides.

"CGH", "BPS" then "BPS", "CGH" then "CGH", "VIX": where one row ends the next often begins, and
at many different places. A person reads such rows as legs ("LA4704 CGH → BPS"), named by the
row's code (the flight or train number, the duty) when the table has one. One club's fixtures
link rows too (away, then at home: the club ends one row and begins the next), but always at the
same name, so a chain must link at several places.
"""
from __future__ import annotations

MIN_LINKS = 3  # fewer links say nothing


def _clean(v) -> str:
    return v.strip().casefold() if isinstance(v, str) else ""


def is_route(froms: list, tos: list) -> bool:
    """Most filled rows begin where the filled row before them ended, at several places."""
    legs = [(_clean(a), _clean(b)) for a, b in zip(froms, tos) if _clean(a) and _clean(b)]
    pairs = list(zip(legs, legs[1:]))
    links = [here for (_, here), (there, _) in pairs if here == there]
    return len(links) >= MIN_LINKS and 2 * len(links) >= len(pairs) and len(set(links)) >= MIN_LINKS


def leg_titles(codes: list[str] | None, froms: list[str], tos: list[str]) -> list[str]:
    """'LA4704 CGH → BPS'; a row with the code only (a day off, a standby) is named by it."""
    codes = codes or [""] * len(froms)
    out = []
    for c, a, b in zip(codes, froms, tos):
        leg = f"{a} → {b}" if a and b else a or b
        out.append(f"{c} {leg}".strip() if c and leg else c or leg)
    return out


def route_note(headers: list[str]) -> str:
    """What the reader says it did: "titles are 'VOO' 'ORIGEM' → 'DESTINO' (legs of a journey)"."""
    *code, a, b = headers
    return f"titles are {''.join(repr(c) + ' ' for c in code)}{a!r} → {b!r} (legs of a journey; no title column)"
