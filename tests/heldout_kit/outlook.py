"""The events of an Outlook calendar export, in the order Outlook writes them: each post with its own
Windows zone (now and then a colleague's abroad), all-day posts as dates, then each weekly series as one
RRULE with its EXDATE and a moved occurrence (RECURRENCE-ID). The company gives `ev`, which writes one
VEVENT in its own habits (subject words, categories, how names are written)."""
from __future__ import annotations

import uuid
from datetime import timedelta

from tests.heldout_kit.ics import wall
from tests.heldout_kit.posts import end
from tests.holdout3.company import Post


def outlook_events(company, dept, rnd, ev, *, home: str, others: tuple[str, ...], win_zone: dict,
                   sorted_posts) -> list[str]:
    def uid():
        return "040000008200E00074C5B7101A82E008" + uuid.UUID(int=rnd.getrandbits(128)).hex.upper()

    lines = []
    for p in sorted_posts(company.of(dept)):
        if p.series:
            continue
        if p.all_day:
            last = (p.last_day or p.day) + timedelta(days=1)
            lines += ev(p, [f"DTSTART;VALUE=DATE:{p.day:%Y%m%d}", f"DTEND;VALUE=DATE:{last:%Y%m%d}"], uid())
        else:
            z = rnd.choice(others) if others and rnd.random() < 0.15 else home
            lines += ev(p, [f"DTSTART;TZID={z}:{wall(p.start, win_zone[z])}",
                            f"DTEND;TZID={z}:{wall(end(p), win_zone[z])}"], uid())
    for s in company.series:
        if s.dept != dept:
            continue
        u, iana = uid(), win_zone[home]
        p = Post(0, dept, s.title, s.channel, s.people)
        lines += ev(p, [f"DTSTART;TZID={home}:{wall(s.first, iana)}",
                        f"DTEND;TZID={home}:{wall(s.first + timedelta(minutes=30), iana)}",
                        f"RRULE:FREQ=WEEKLY;COUNT={s.count};BYDAY={'MO TU WE TH FR'.split()[s.first.weekday()]};WKST=SU",
                        f"EXDATE;TZID={home}:" + ",".join(wall(x, iana) for x in s.exdates)], u)
        for orig, new in s.moved.items():
            lines += ev(p, [f"DTSTART;TZID={home}:{wall(new, iana)}",
                            f"DTEND;TZID={home}:{wall(new + timedelta(minutes=30), iana)}"], u,
                        [f"RECURRENCE-ID;TZID={home}:{wall(orig, iana)}"])
    return lines
