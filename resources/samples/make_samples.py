"""Write the demo's sample calendars (run once; the generated files are committed).

    python resources/samples/make_samples.py

Five departments hand over their plans the way real teams do: two spreadsheets
with different column names (one with a title block), two .ics exports (one with
a weekly series and a multi-day event) and a CSV. Dates are fixed (September
2026) and the plans collide on purpose: slot clashes on LinkedIn, one person
booked twice, an overloaded Instagram day, and the same webinar and customer
story prepared by several teams.
"""
from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent
WEEK1 = date(2026, 9, 7)  # a Monday


def d(week: int, weekday: int) -> date:
    return WEEK1 + timedelta(days=7 * week + weekday)


# ----- Marketing: a tidy workbook ------------------------------------------------------------
MARKETING = [  # (week, weekday, time, channel, title, copy, owner, status, campaign, link)
    (0, 0, "09:00", "LinkedIn", "Autumn campaign kick-off", "Our autumn campaign starts today.", "Lena Vogt", "Published", "Autumn 2026", ""),
    (0, 1, "10:00", "LI", "Autumn launch teaser", "Something new is coming on Thursday…", "Lena Vogt", "Scheduled", "Autumn 2026", ""),
    (0, 1, "16:00", "Instagram", "Behind the scenes: photo shoot", "A look behind the camera.", "Mia Klein", "Draft", "Autumn 2026", ""),
    (0, 2, "11:00", "Newsletter", "September newsletter", "Highlights of the month.", "Tom Ries", "Scheduled", "Newsletter", ""),
    (0, 3, "09:30", "Instagram", "Launch day reel", "It's here!", "Mia Klein", "Scheduled", "Autumn 2026", ""),
    (0, 3, "12:00", "insta", "Launch day carousel", "Five things to know.", "Mia Klein", "Draft", "Autumn 2026", ""),
    (0, 4, "10:00", "LinkedIn", "Join our webinar: Data privacy in practice",
     "Register now for our live webinar on data privacy in practice.", "Lena Vogt", "Scheduled", "Privacy webinar",
     "https://example.com/webinar-privacy"),
    (0, 4, "14:00", "Blog", "Customer story: Northbank", "How Northbank cut onboarding time in half.", "Tom Ries", "Draft",
     "Customer stories", "https://example.com/stories/northbank"),
    (1, 0, "09:00", "LinkedIn", "Autumn campaign week 2", "Week two of the campaign.", "Lena Vogt", "Idea", "Autumn 2026", ""),
    (1, 1, "15:00", "Facebook", "Community Q&A", "Ask us anything.", "Mia Klein", "Idea", "Community", ""),
    (1, 2, "10:00", "Instagram", "Product in the wild", "Your photos of the new release.", "Mia Klein", "Idea", "Autumn 2026", ""),
    (1, 3, "11:00", "LinkedIn", "Webinar reminder: data privacy tomorrow", "Last chance to register.", "Lena Vogt", "Idea",
     "Privacy webinar", "https://example.com/webinar-privacy"),
    (2, 0, "10:00", "Newsletter", "Webinar recap newsletter", "The recording is online.", "Tom Ries", "Idea", "Privacy webinar", ""),
    (2, 2, "13:00", "X", "Autumn campaign results", "Thank you!", "Lena Vogt", "Idea", "Autumn 2026", ""),
]

# ----- People & Culture: title block, other column names, day-first text dates -----------------
PEOPLE = [  # (week, weekday, time, network, topic, assigned to, stage)
    (0, 0, "08:30", "LinkedIn", "Meet the team: customer success", "Sara Brandt", "Approved"),
    (0, 1, "10:30", "Linked In", "We are hiring: 3 engineers", "Sara Brandt", "Approved"),
    (0, 2, "14:00", "LinkedIn", "Employer award shortlist", "Lena Vogt", "In review"),
    (0, 3, "12:30", "Instagram", "Office dog of the month", "Jonas Weber", "Approved"),
    (0, 4, "09:00", "LinkedIn", "Save the date: Data privacy in practice webinar", "Sara Brandt", "Draft"),
    (1, 1, "10:00", "Instagram", "Day in the life: support team", "Jonas Weber", "Idea"),
    (1, 3, "16:00", "LinkedIn", "Volunteering day recap", "Sara Brandt", "Idea"),
    (2, 1, "10:00", "LinkedIn", "Graduate programme opens", "Sara Brandt", "Idea"),
]

# ----- Product: ICS with a weekly series ---------------------------------------------------
PRODUCT = [  # (week, weekday, start, minutes, title, channel, owner, description, url)
    (0, 1, "10:15", 30, "Release 4.2 is here", "LinkedIn", "Omar Haddad", "Release notes for 4.2.", ""),
    (0, 3, "09:00", 60, "Launch livestream", "YouTube", "Omar Haddad", "Live demo of the new release.", ""),
    (0, 3, "17:00", 30, "Launch day thread", "X", "Omar Haddad", "Everything new in one thread.", ""),
    (0, 3, "11:00", 30, "Launch day story", "Instagram", "Mia Klein", "Story sequence for launch day.", ""),
    (0, 4, "11:00", 30, "Webinar – data privacy in practice", "LinkedIn", "Omar Haddad",
     "Our product lead explains data privacy in practice. Sign up!", "https://example.com/webinar-privacy"),
    (1, 2, "14:00", 45, "Roadmap AMA", "LinkedIn", "Omar Haddad", "Ask the product team.", ""),
    (2, 3, "10:00", 30, "Integration spotlight", "Blog", "Omar Haddad", "A closer look at the new integrations.", ""),
]

# ----- PR: ICS with all-day and multi-day events ------------------------------------------------
PR = [  # (week, weekday, start or None, minutes or days, title, channel, owner)
    (0, 1, "10:30", 30, "Press release: autumn launch", "LinkedIn", "Ana Diaz"),
    (0, 2, "14:15", 60, "Interview with Lena Vogt (trade press)", "Press", "Lena Vogt"),
    (0, 3, "13:00", 30, "Launch press photos", "Instagram", "Ana Diaz"),
    (0, 4, None, 1, "Embargo lifts: analyst report", "Press", "Ana Diaz"),
    (1, 1, "09:00", 30, "Op-ed: the future of data privacy", "LinkedIn", "Ana Diaz"),
    (2, 1, None, 3, "Trade fair Berlin", "Event", "Ana Diaz"),
    (2, 2, "12:00", 30, "Live from the trade fair", "X", "Ana Diaz"),
]

# ----- Customer Support: CSV ---------------------------------------------------------------
SUPPORT = [  # (week, weekday, time, channel, title, owner, status)
    (0, 0, "15:00", "Help center", "New help articles for 4.2", "Jonas Weber", "Planned"),
    (0, 3, "15:00", "Instagram", "Launch day: how to get help", "Jonas Weber", "Planned"),
    (0, 4, "16:00", "Blog", "Northbank customer story", "Jonas Weber", "Planned"),
    (1, 0, "10:00", "Newsletter", "Support tips: September", "Jonas Weber", "Idea"),
    (1, 4, "11:00", "LinkedIn", "Support team AMA", "Jonas Weber", "Idea"),
]


def write_marketing(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "September"
    ws.append(["Publish Date", "Time", "Channel", "Post Title", "Copy", "Owner", "Status", "Campaign", "Link"])
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="4E79A7")
    for week, wd, t, ch, title, copy, owner, status, campaign, link in MARKETING:
        ws.append([d(week, wd), t, ch, title, copy, owner, status, campaign, link])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
    for col, width in zip("ABCDEFGHI", (13, 8, 12, 42, 40, 12, 11, 16, 36)):
        ws.column_dimensions[col].width = width
    wb.save(path)


def write_people(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Employer brand"
    ws.append(["People & Culture: employer brand plan"])
    ws.append(["Owner: Sara Brandt, last updated 2026-09-01"])
    ws.append([])
    ws.append(["Go live", "Posting time", "Network", "Topic", "Assigned to", "Stage"])
    for week, wd, t, net, topic, who, stage in PEOPLE:
        ws.append([d(week, wd).strftime("%d.%m.%Y"), t, net, topic, who, stage])
    ws["A1"].font = Font(bold=True, size=14)
    for col, width in zip("ABCDEF", (12, 13, 12, 44, 14, 11)):
        ws.column_dimensions[col].width = width
    wb.save(path)


def _ics_text(name: str, prefix: str, events: list[str]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Masthead samples//EN", f"X-WR-CALNAME:{name}",
             "X-WR-TIMEZONE:Europe/Berlin", *events, "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def _stamp(day: date, hhmm: str) -> str:
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m).strftime("%Y%m%dT%H%M%S")


def write_product(path: Path) -> None:
    events = []
    for i, (week, wd, t, minutes, title, ch, owner, desc, url) in enumerate(PRODUCT):
        day = d(week, wd)
        start = datetime.strptime(_stamp(day, t), "%Y%m%dT%H%M%S")
        end = start + timedelta(minutes=minutes)
        events += ["BEGIN:VEVENT", f"UID:product-{i + 1}@samples.masthead", "DTSTAMP:20260901T080000Z",
                   f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID=Europe/Berlin:{end:%Y%m%dT%H%M%S}",
                   f"SUMMARY:{title}", f"DESCRIPTION:{desc}", f"CATEGORIES:{ch}",
                   f"ORGANIZER;CN={owner}:mailto:{owner.split()[0].lower()}@example.com"]
        if url:
            events.append(f"URL:{url}")
        events.append("END:VEVENT")
    first = d(0, 1)
    events += ["BEGIN:VEVENT", "UID:product-tip-tuesday@samples.masthead", "DTSTAMP:20260901T080000Z",
               f"DTSTART;TZID=Europe/Berlin:{_stamp(first, '15:00')}", f"DTEND;TZID=Europe/Berlin:{_stamp(first, '15:30')}",
               "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Product tip Tuesday", "CATEGORIES:LinkedIn",
               "DESCRIPTION:One short tip every Tuesday.", "ORGANIZER;CN=Omar Haddad:mailto:omar@example.com",
               "END:VEVENT"]
    path.write_text(_ics_text("Product", "product", events), encoding="utf-8", newline="")


def write_pr(path: Path) -> None:
    events = []
    for i, (week, wd, t, length, title, ch, owner) in enumerate(PR):
        day = d(week, wd)
        events += ["BEGIN:VEVENT", f"UID:pr-{i + 1}@samples.masthead", "DTSTAMP:20260901T080000Z"]
        if t is None:
            events += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=length):%Y%m%d}"]
        else:
            start = datetime.strptime(_stamp(day, t), "%Y%m%dT%H%M%S")
            events += [f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}",
                       f"DTEND;TZID=Europe/Berlin:{start + timedelta(minutes=length):%Y%m%dT%H%M%S}"]
        events += [f"SUMMARY:{title}", f"CATEGORIES:{ch}", f"ORGANIZER;CN={owner}:mailto:press@example.com", "END:VEVENT"]
    path.write_text(_ics_text("PR & Communications", "pr", events), encoding="utf-8", newline="")


def write_support(path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Time", "Channel", "Title", "Owner", "Status"])
        for week, wd, t, ch, title, owner, status in SUPPORT:
            w.writerow([d(week, wd).isoformat(), t, ch, title, owner, status])


def main() -> None:
    write_marketing(HERE / "marketing_content_calendar.xlsx")
    write_people(HERE / "people_and_culture_plan.xlsx")
    write_product(HERE / "product_launches.ics")
    write_pr(HERE / "pr_communications.ics")
    write_support(HERE / "customer_support.csv")


if __name__ == "__main__":
    main()
