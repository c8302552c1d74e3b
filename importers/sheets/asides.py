"""What a title carries beside its words, when no column says it: the people in closing brackets
("Dealer spotlight (Ilse)", "Lease plan (Mark & Ilse)") and a status in square ones ("… [concept]").

Read only when most titles that close with such a part hold one of its kind: a status word, or
parts that, judged together as a column is, are people ("Webinar (part two)", "Recap (Video)" are
words of the title, not people).
"""
from __future__ import annotations

import re

from importers.sheets.mapping import fold
from importers.sheets.roles import STATUS_WORDS, owner_people, profile, scores

_PEOPLE_TAIL = re.compile(r"^(?P<rest>.*\S)\s*\((?P<value>[^()\n]{1,60})\)\s*$", re.DOTALL)
_DASH_TAIL = re.compile(r"^(?P<rest>.*\S)\s+[–—-]\s+(?P<value>[^–—\n]{1,60}?)\s*$", re.DOTALL)
_STATUS_TAIL = re.compile(r"^(?P<rest>.*\S)\s*\[(?P<value>[^\[\]\n]{1,30})\]\s*$", re.DOTALL)
MOST = 0.6  # share of the closing parts that must be of the kind


def _split(titles: list[str], pattern: re.Pattern, fits, judge=None, least: int = 1) -> tuple[list[str] | None, list[str]]:
    found = [pattern.match(t) if t else None for t in titles]
    values = [m.group("value").strip() for m in found if m]
    if len(values) < least or (judge is not None and not judge(values)):
        return None, titles
    kind = [v for v in values if fits(v)]
    if len(kind) < MOST * len(values):
        return None, titles
    out, rest = [], []
    for t, m in zip(titles, found):
        if m and fits(m.group("value").strip()):
            out.append(m.group("value").strip())
            rest.append(m.group("rest").strip())
        else:
            out.append("")
            rest.append(t)
    return out, rest


def people_from_titles(titles: list[str], known: bool = False) -> tuple[list[str] | None, list[str]]:
    """(people per title, titles without them), or (None, titles) when the titles name none. ``known``:
    another sheet of the file showed that its brackets name people (a sheet per week of few posts)."""
    out = _split(titles, _PEOPLE_TAIL, _one_word_or_people, None if known else _people_column,
                 least=1 if known else 2)
    if out[0] is not None:
        return out
    # a template's cell "9:30 AM Launch post — Priya Raman & Dan Osei": the people after a spaced dash,
    # judged together as a column is (never from one title alone: "Recap – part two" is a title's)
    return _split(titles, _DASH_TAIL, _one_word_or_people, None if known else _people_column,
                  least=1 if known else 2)


def _one_word_or_people(value: str) -> bool:
    return bool(owner_people(value)) or (value.isalpha() and value[:1].isupper())


def _people_column(values: list[str]) -> bool:
    """The bracketed parts, judged as a column is: people more than anything else (names the
    column lists together, known first names, initials)."""
    got = scores(profile(values))
    return got.get("owner", 0.0) >= 0.5 and got["owner"] >= max(got.get(r, 0.0) for r in ("title", "campaign", "channel"))


def brackets_name_people(tables: list) -> bool:
    """Whether the brackets closing the titles of several small sheets, judged together as one column,
    name people (a sheet per week, none of which has posts enough to show it alone)."""
    titles = [rec.title for records in tables for rec in records if rec.title and not rec.owner]
    return people_from_titles(titles)[0] is not None


def people_on_earlier_sheets(tables: list) -> int:
    """Once a later sheet of the file showed that its brackets (or a dash's tails) name people, the sheets read before it
    (a sheet per week, a quiet first week too small to show it) get theirs from their titles too: each
    record with no people whose title closes with a bracketed name. Changes the records in place;
    -> how many were changed."""
    from importers.sheets.rows import owners_of

    changed = 0
    for records in tables:
        for rec in records:
            if rec.owner or not rec.title:
                continue
            m = _PEOPLE_TAIL.match(rec.title) or _DASH_TAIL.match(rec.title)
            if m and _one_word_or_people(m.group("value").strip()):
                rec.owner = owners_of([m.group("value").strip()])
                rec.title = m.group("rest").strip()
                changed += 1
    return changed


def status_from_titles(titles: list[str]) -> tuple[list[str] | None, list[str]]:
    """(status per title, titles without it), or (None, titles) when the titles close with none."""
    return _split(titles, _STATUS_TAIL, lambda v: fold(v) in STATUS_WORDS)
