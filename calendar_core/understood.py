"""What Masthead understood of a file: which column (or ICS property) became which field,
how sure it is, and the zone its floating times were read in.

The readers leave this in the import result's settings (kept with the source):
``mapping`` is a list of ``{"sheet", "column", "role", "by", "confidence"}``;
older results only have ``column_map`` (header -> field), which reads as a
mapping made by header with full confidence. The command line (``--explain``),
the JSON report and the window all show it through these functions.
"""
from __future__ import annotations

ROLE_LABELS = {
    "date": "date", "time": "time", "start": "start", "end": "end", "end_date": "end date",
    "end_time": "end time", "duration": "duration", "all_day": "all day", "title": "title",
    "description": "description", "channel": "channel", "owner": "owner", "status": "status",
    "campaign": "campaign", "link": "link", "department": "department", "timezone": "time zone",
    "extra": "kept as an extra field", "ignore": "ignored",
}
BY_LABELS = {"header": "by its header", "content": "by its content", "forced": "as you set it",
             "stored": "as chosen before"}
UNCERTAIN_BELOW = 0.7


def source_mapping(settings: dict | None) -> list[dict]:
    """The mapping of a source or import result, one dict per column (possibly empty)."""
    settings = settings or {}
    mapping = settings.get("mapping")
    chosen = settings.get("column_map_chosen") or {}
    if isinstance(mapping, list):  # a role the reader was told is the one chosen before, stored with the source
        return [{**c, "by": "stored"} if c["by"] == "forced" and c["column"] in chosen else c
                for c in (_clean(m) for m in mapping if isinstance(m, dict) and m.get("column") is not None)]
    return [{"sheet": "", "column": str(head), "role": str(role), "by": "stored" if head in chosen else "header",
             "confidence": 1.0}
            for head, role in (settings.get("column_map") or {}).items()]


def _clean(m: dict) -> dict:
    out = dict(m)
    out["sheet"] = str(out.get("sheet") or "")
    out["column"] = str(out["column"])
    out["role"] = str(out.get("role") or "extra")
    out["by"] = str(out.get("by") or "header")
    try:
        out["confidence"] = max(0.0, min(1.0, float(out.get("confidence", 1.0))))
    except (TypeError, ValueError):
        out["confidence"] = 1.0
    return out


def roles(settings: dict | None) -> set[str]:
    return {m["role"] for m in source_mapping(settings) if m["role"] not in ("extra", "ignore")}


def doubts(settings: dict | None, kind: str) -> list[str]:
    """Why a spreadsheet's mapping deserves a look before it is trusted ([] when it does not)."""
    settings = settings or {}
    mapping = source_mapping(settings)
    if kind == "ics" or not mapping:  # only tables have columns to doubt
        return []
    from calendar_core.messages import LITTLE_CERTAINTY, NO_COLUMN_FOR, READ_AS_UNSURE, say

    out = [str(d) for d in settings.get("mapping_doubts") or []]
    if settings.get("mapping_uncertain") and not out:
        out.append(LITTLE_CERTAINTY)
    unsure = [m for m in mapping if m["role"] not in ("extra", "ignore") and m["confidence"] < UNCERTAIN_BELOW]
    if unsure and not settings.get("mapping_doubts"):
        out += [say(READ_AS_UNSURE, column=m["column"], role=ROLE_LABELS.get(m["role"], m["role"]),
                    percent=round(100 * m["confidence"])) for m in unsure]
    have = roles(settings)
    if settings.get("channel_in_titles"):  # "LinkedIn: Launch post": the titles name it
        have = have | {"channel"}
    if settings.get("people_in_titles"):  # "Dealer spotlight (Ilse)"
        have = have | {"owner"}
    for role in ("channel", "owner"):
        if role not in have and not any(role in d for d in out):
            out.append(say(NO_COLUMN_FOR, role=role))
    return out


def mapping_line(m: dict) -> str:
    """"'Network' → channel (by its content, 86 % sure)"; ICS properties are named as such."""
    where = f"sheet {m['sheet']}: " if m.get("sheet") else ""
    role = ROLE_LABELS.get(m["role"], m["role"])
    how = BY_LABELS.get(m["by"], m["by"])
    if m.get("of") is not None and m["by"] == "header":
        how = "by its property name"
    sure = ""
    if m["role"] not in ("extra", "ignore") and (m["by"] == "content" or m["confidence"] < 1.0):
        sure = f", {round(100 * m['confidence'])} % sure"
    count = f"; {m['events']} of {m['of']} events" if m.get("events") is not None and m.get("of") else ""
    return f"{where}{m['column']} → {role} ({how}{sure}{count})"


def mapping_lines(settings: dict | None) -> list[str]:
    return [mapping_line(m) for m in source_mapping(settings)]


def zone_note(kind: str, settings: dict | None, *, chosen: bool, workspace_zone: str) -> str | None:
    """"times read in Europe/Berlin (the source's zone)" for a file that names no zone of its own."""
    settings = settings or {}
    name = settings.get("timezone")
    if not name or not settings.get("zone_unhinted", kind != "ics") or "timezone" in roles(settings):
        return None  # the file names its zones (a hint, TZIDs, or a time-zone column)
    if kind == "ics":
        what = "floating times (without a zone) read in"
    else:
        what = "times read in"
    if chosen or name != workspace_zone:
        origin = "the source's zone"
    else:
        origin = "the workspace's zone; the file names none"
    sheets = settings.get("zone_unhinted")
    where = ""
    if isinstance(sheets, list) and settings.get("zone_hints") and any(sheets):  # other sheets named their zone
        where = f" on sheet{'s' if len(sheets) > 1 else ''} {', '.join(s for s in sheets if s)}"
    return f"{what} {name} ({origin}){where}"
