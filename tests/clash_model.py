"""The facts of a generated company with planted conflicts (see tests/clash_companies.py):
the rules' numbers, the pools, and the people, posts and departments the planner makes."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tests.company_gen import (CHANNEL_SPELLINGS)

UTC = timezone.utc
HOME = "Europe/Berlin"  # the workspace's zone
LIMIT = 3  # Settings.overload_per_day
WINDOW = 60  # Settings.slot_minutes

# Canonical channel -> spellings departments use. company_gen's pool first (its first spelling names the
# network, "Twitter" being X), extended with the ways exports and sheets really write them.
_CANON = {"Twitter": "X"}
MORE_SPELLINGS = {
    "LinkedIn": ("linkedin company page", "LinkedIn Page", "LINKEDIN", "linked-in", "LinkedIn post"),
    "X": ("X/Twitter", "twitter / x", "X (formerly Twitter)", "TWITTER"),
    "Facebook": ("facebook", "FB", "Facebook page", "fb"),
    "Instagram": ("Instagram", "IG", "insta", "Instagram Reels"),
    "YouTube": ("YouTube", "You Tube", "YT"),
    "TikTok": ("TikTok", "Tik Tok"),
    "Blog": ("Blog", "Company blog", "corporate blog", "Blog post"),
    "Newsletter": ("Newsletter", "E-Mail newsletter", "email newsletter"),
}
CHANNELS: dict[str, tuple[str, ...]] = {}
for _sp in CHANNEL_SPELLINGS:
    _c = _CANON.get(_sp[0], _sp[0])
    CHANNELS[_c] = tuple(dict.fromkeys(_sp + MORE_SPELLINGS.get(_c, ())))
BUSY = ("LinkedIn", "X", "Instagram", "Facebook", "Blog", "Newsletter", "YouTube")  # channels conflicts are planted on

DEPARTMENTS = ("Marketing", "PR", "HR", "Support", "Sales", "Product", "Events", "Regional North", "Regional South",
               "Investor Relations", "Community", "Engineering Blog", "Legal", "Partnerships", "Customer Success")
# file-name noise around a department ("marketing_content_plan.xlsx"); the product strips such words
FILE_WORDS = ("plan", "calendar", "content_calendar", "social_plan", "editorial", "schedule", "2026")
ZONES = {  # zone name -> (share of departments, Windows name, sheet header hints, title-line hints)
    "Europe/Berlin": (0.6, "W. Europe Standard Time", ("",), ()),
    "Europe/London": (0.2, "GMT Standard Time", ("(UK time)", "(London)", "(BST)"), ("All times London",)),
    "America/New_York": (0.2, "Eastern Standard Time", ("(ET)", "(New York)", "(EDT)"),
                         ("All times Eastern", "Times: New York")),
}
PERSON_STYLES = ("full", "full", "initials", "email", "surname_first", "abbreviated")
# cancelled, in the language of each company_gen status family (same order as STATUSES)
CANCELLED = ("Cancelled", "Abgesagt", "annulé", "Cancelado", "cancelado", "annullato", "geannuleerd", "inställd",
             "odwołany", "dropped")
SHARED_FIRST = ("Lena", "Jonas", "Marta", "Hugo")  # first names two people of one company share


@dataclass(frozen=True)
class Person:
    first: str
    last: str

    def written(self, style: str) -> str:
        last = self.last.split()[-1]
        if style == "initials":
            return (self.first[0] + last[0]).upper()
        if style == "email":
            return f"{_ascii(self.first).lower()}.{_ascii(last).lower()}@acme.example"
        if style == "surname_first":
            return f"{self.last}, {self.first}"
        if style == "abbreviated":
            return f"{self.first} {last[0]}."
        return f"{self.first} {self.last}"

    def typed(self, style: str, r: random.Random) -> str:
        """As one cell has it: now and then in lower or upper case, or with a double space."""
        text = self.written(style)
        if style in ("full", "surname_first") and r.random() < 0.1:
            return r.choice((text.lower(), text.upper(), text.replace(" ", "  ", 1)))
        return text


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").replace(" ", "")


@dataclass
class Post:
    """One planted entry (an occurrence, for a series)."""

    id: int
    dept: str
    channel: str  # canonical
    person: Person | None
    start: datetime  # aware; for all-day entries midnight of ``day`` in the home zone
    end: datetime | None  # explicit end, or None
    title: str
    all_day: bool = False
    cancelled: bool = False
    series: str | None = None  # UID of the series it is an occurrence of
    recurrence_of: datetime | None = None  # an occurrence moved by a RECURRENCE-ID override: its original start
    role: str = "background"  # what it was planted as

    def span(self, assumed: int = 120) -> tuple[float, float]:
        s = self.start.timestamp()
        return s, self.end.timestamp() if self.end else s + assumed * 60


@dataclass
class Dept:
    name: str
    kind: str  # xlsx, csv, google, outlook
    zone: str
    style: str  # how people are written
    spelling: dict[str, str]  # canonical channel -> this department's spelling
    people: list[Person]
    has_end: bool  # sheets: an end column or a time range; ICS events always have DTEND
    has_status: bool
    status_family: int
    path: Path | None = None
    posts: list[Post] = field(default_factory=list)
    exdates: dict[str, list[datetime]] = field(default_factory=dict)  # series UID -> excluded starts


@dataclass
class ClashCompany:
    seed: int
    departments: list[Dept]
    posts: dict[int, Post]
    slot_clashes: set[frozenset[int]]  # true pairs
    double_bookings: set[frozenset[int]]
    overloads: list[frozenset[int]]  # every entry of the channel on that day
    decoys: dict[str, set[frozenset[int]]]  # rule -> pairs (or day sets) that must not be flagged

    @property
    def files(self) -> list[Path]:
        return [d.path for d in self.departments if d.path is not None]
