"""What Maple & Wattle's writers share: the post's local time, the e-mail form of a name, the networks'
names as each tool writes them."""
from __future__ import annotations

import unicodedata
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from tests.holdout3.company import Post

DOMAIN = "maplewattle.example"
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_SHORT_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_CHANNEL = {"Newsletter": "Infolettre", "Blog": "Blogue"}


def email(name: str) -> str:
    given, family = name.split(" ", 1)
    f = lambda s: "".join(ch for ch in unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
                          if ch.isalnum() or ch == "-")
    return f"{f(given)}.{f(family.replace(' ', ''))}@{DOMAIN}"


def zone(dept: str) -> ZoneInfo:
    from tests.holdout12.company import ZONE
    return ZoneInfo(ZONE[dept])


def local(p: Post) -> datetime:
    return p.start.astimezone(zone(p.dept))


def day(p: Post):
    return p.day if p.all_day else local(p).date()


def ordered(posts):
    return sorted(posts, key=lambda p: (datetime.combine(day(p), local(p).time() if p.start else time(0)), p.pid))


def end(p: Post, default=30) -> datetime:
    return (p.end or p.start + timedelta(minutes=default)).astimezone(zone(p.dept))


def ampm(t) -> str:
    return f"{(t.hour - 1) % 12 + 1}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def who(rnd, name: str, own: bool) -> str:
    """A person as a file of another office writes them: the full name, "Family, Given" or the e-mail."""
    if own:
        return name
    given, family = name.split(" ", 1)
    return rnd.choice([name, f"{family}, {given}", email(name)])
