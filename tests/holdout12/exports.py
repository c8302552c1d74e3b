"""Social tools' exports as each office downloads them (CSV): Later, Planoly, Loomly, CoSchedule
(Sydney), Sendible, SocialPilot, Publer, Metricool (Perth), Meta Business Suite, HubSpot's marketing
calendar (Auckland), Mailchimp campaigns (CRM & Email). The columns are each tool's own habits as their
users know them; a tool that writes the moment with an offset or a zone column is in ZONED."""
from __future__ import annotations

from datetime import timezone

from tests.holdout10.common import to_csv
from tests.holdout12.common import ampm, email, local, ordered, who

ZONED = ("planoly", "socialpilot", "hubspot")
PROFILE = {"Facebook": "Facebook Page", "Instagram": "Instagram Business", "LinkedIn": "LinkedIn Company Page",
           "TikTok": "TikTok", "X": "X (Twitter)", "Blog": "Blog"}


def _team(dept):
    from tests.holdout12.company import TEAMS
    return TEAMS[dept]


def _who(rnd, p, sep=", "):
    return sep.join(who(rnd, n, n in _team(p.dept)) for n in p.people)


def _text(p):
    return f"{p.title} {p.note}".strip()


def _posts(company, dept):
    return [p for p in ordered(company.of(dept))]


def sydney(company, out, rnd, h):
    tool = h["tool"]
    rows = []
    for p in _posts(company, "sydney"):
        t = local(p)
        st = {"planned": "scheduled", "draft": "draft", "cancelled": "deleted"}[p.status]
        if tool == "later":
            row = ["Maple & Wattle AU", p.channel, f"{t:%m/%d/%Y}", ampm(t), _text(p), "spring-26", _who(rnd, p), st]
        elif tool == "planoly":
            row = [t.isoformat(timespec="seconds"), p.channel.lower(), _text(p), st, _who(rnd, p)]
        elif tool == "loomly":
            abbr = t.tzname()
            row = [p.title, p.note, f"{t:%b} {t.day}, {t.year} {ampm(t)} {abbr}", p.channel, _who(rnd, p),
                   {"planned": "Scheduled", "draft": "Pending Approval", "cancelled": "Disabled"}[p.status]]
        else:
            row = [p.title, "Social Message", f"{t.month}/{t.day}/{t.year}", f"{t:%H:%M}",
                   f"{p.channel} - Maple & Wattle AU", _who(rnd, p), {"planned": "Scheduled", "draft": "Draft",
                                                                       "cancelled": "Cancelled"}[p.status]]
        rows.append(row)
        p.written = {"row": row}
    head = {"later": ["Profile", "Social Network", "Scheduled Date", "Scheduled Time", "Caption", "Labels", "Created By", "Status"],
            "planoly": ["Post Date", "Channel", "Caption", "Status", "User"],
            "loomly": ["Title", "Link", "Scheduled At", "Channel", "Author", "Status"],
            "coschedule": ["Title", "Type", "Date", "Time", "Social Profile", "Owner", "Status"]}[tool]
    path = out / f"{tool}_export_maple_wattle_au.csv"
    path.write_text(to_csv([head] + rows), encoding="utf-8")
    return path


def perth(company, out, rnd, h):
    tool = h["tool"]
    rows = []
    for p in _posts(company, "perth"):
        t = local(p)
        if tool == "sendible":
            row = [f"{t:%d/%m/%Y %H:%M}", f"Maple & Wattle Perth ({PROFILE[p.channel]})", _text(p), _who(rnd, p),
                   {"planned": "Queued", "draft": "Draft", "cancelled": "Deleted"}[p.status]]
        elif tool == "socialpilot":
            row = ["Maple & Wattle Perth", PROFILE[p.channel], _text(p), f"{t:%b %d %Y}", f"{t:%I:%M %p}",
                   "Australia/Perth", _who(rnd, p)]
        elif tool == "publer":
            row = [f"{t:%Y-%m-%d %H:%M}", _text(p), "Maple & Wattle Perth", p.channel.lower(), "", _who(rnd, p),
                   {"planned": "scheduled", "draft": "draft", "cancelled": "failed"}[p.status]]
        else:
            row = [f"{t:%Y-%m-%d}", f"{t:%H:%M}", _text(p), p.channel.lower(),
                   {"planned": "Scheduled", "draft": "Draft", "cancelled": "Deleted"}[p.status], _who(rnd, p)]
        rows.append(row)
        p.written = {"row": row}
    head = {"sendible": ["Date/Time", "Service", "Message", "Created By", "Status"],
            "socialpilot": ["Account Name", "Account Type", "Post Content", "Scheduled Date", "Scheduled Time",
                            "Time Zone", "Created By"],
            "publer": ["Date", "Text", "Account", "Network", "Labels", "Author", "Status"],
            "metricool": ["Date", "Time", "Text", "Networks", "Status", "Author"]}[tool]
    path = out / f"{tool}-perth-posts.csv"
    sep = ";" if tool == "metricool" else ","
    path.write_text(to_csv([head] + rows, delimiter=sep), encoding="utf-8")
    return path


def auckland(company, out, rnd, h):
    tool = h["tool"]
    rows = []
    for p in _posts(company, "auckland"):
        t = local(p)
        if tool == "meta":
            row = [f"{t:%m/%d/%Y %H:%M}", p.title, p.note, "Maple & Wattle NZ", p.channel,
                   {"planned": "Scheduled", "draft": "Draft", "cancelled": "Deleted"}[p.status], _who(rnd, p)]
        else:
            kind = "Blog post" if p.channel == "Blog" else "Social post"
            row = [p.title, kind, "" if p.channel == "Blog" else p.channel,
                   t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), _who(rnd, p),
                   {"planned": "Scheduled", "draft": "Draft", "cancelled": "Archived"}[p.status], "Spring 2026"]
        rows.append(row)
        p.written = {"row": row}
    head = (["Scheduled publish time", "Title", "Link", "Page name", "Platform", "Status", "Published by"] if tool == "meta"
            else ["Name", "Type", "Channel", "Publish date", "Owner", "Status", "Campaign"])
    path = out / ("Meta Business Suite - planned posts.csv" if tool == "meta" else "hubspot-marketing-calendar.csv")
    path.write_text(to_csv([head] + rows), encoding="utf-8")
    return path


def crm(company, out, rnd, h):
    rows = []
    for p in _posts(company, "crm"):
        t = local(p)
        row = [p.title, p.title, f"{t:%b %d, %Y} {ampm(t).lower()}", f"{t:%A}",
               {"planned": "Scheduled", "draft": "Draft", "cancelled": "Canceled"}[p.status], "Regular",
               "Maple & Wattle Subscribers", str(12000 + p.pid), email(p.people[0]) if p.people else ""]
        rows.append(row)
        p.written = {"row": row}
    head = ["Campaign Name", "Subject Line", "Send Time", "Send Weekday", "Status", "Type", "Audience",
            "Total Recipients", "Created By"]
    path = out / "campaigns.csv"
    path.write_text(to_csv([head] + rows), encoding="utf-8")
    return path
