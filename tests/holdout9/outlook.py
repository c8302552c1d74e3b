"""Mexico City's and Santiago's Outlook .ics (tests/holdout9/files.py writes the others): Windows zone names with
the VTIMEZONE Outlook writes for each ("Central Standard Time (Mexico)" with one offset since 2022, "Pacific SA
Standard Time" with Chile's summer-time rules), "Cancelado: " subjects, the network in CATEGORIES or before the
subject, a weekly series with EXDATE and a moved occurrence."""
from __future__ import annotations


from tests.heldout_kit.outlook import outlook_events
from tests.heldout_kit.ics import esc as _esc, ics as _ics
from tests.holdout9.files import _sorted, email, name_in, spell


VTZ = {
    "Central Standard Time (Mexico)": ["BEGIN:VTIMEZONE", "TZID:Central Standard Time (Mexico)", "BEGIN:STANDARD",
                                       "DTSTART:16010101T000000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600",
                                       "END:STANDARD", "END:VTIMEZONE"],
    "SA Pacific Standard Time": ["BEGIN:VTIMEZONE", "TZID:SA Pacific Standard Time", "BEGIN:STANDARD",
                                 "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "END:STANDARD",
                                 "END:VTIMEZONE"],
    "E. South America Standard Time": ["BEGIN:VTIMEZONE", "TZID:E. South America Standard Time", "BEGIN:STANDARD",
                                       "DTSTART:16010101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300",
                                       "END:STANDARD", "END:VTIMEZONE"],
    "Pacific SA Standard Time": ["BEGIN:VTIMEZONE", "TZID:Pacific SA Standard Time",
                                 "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0400",
                                 "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
                                 "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300",
                                 "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=9", "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN_ZONE = {"Central Standard Time (Mexico)": "America/Mexico_City", "SA Pacific Standard Time": "America/Bogota",
            "E. South America Standard Time": "America/Sao_Paulo", "Pacific SA Standard Time": "America/Santiago"}


def _outlook(company, dept, rnd, h, home: str, others: tuple[str, ...], calname: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES", "VERSION:2.0",
             "METHOD:PUBLISH", "X-WR-CALNAME:" + calname, *VTZ[home], *(x for o in others for x in VTZ[o])]

    def ev(p, start_lines, uid, extra=()):
        summary = p.title
        cats = []
        if p.channel:
            if h["channel_in"] == "categories":
                cats.append(spell(rnd, dept, p.channel))
            else:
                summary = f"{spell(rnd, dept, p.channel)}: {summary}"
        if rnd.random() < 0.3:
            cats.append(rnd.choice(["Categoría azul", "Revisión legal"]))
        if p.status == "cancelled":
            summary = "Cancelado: " + summary
        from tests.holdout9.company import TEAMS
        org = p.people[0]
        e = ["BEGIN:VEVENT", f'ORGANIZER;CN="{name_in(dept, org, h, org in TEAMS[dept])}":mailto:{email(org)}']
        for q in p.people[1:]:
            e.append(f'ATTENDEE;CN="{name_in(dept, q, h, q in TEAMS[dept])}";ROLE=REQ-PARTICIPANT;'
                     f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{email(q)}")
        desc = rnd.choice(["", "Material en SharePoint.\\n\\nReunión de Microsoft Teams", "Requiere visto bueno de legal."])
        e += [f"DESCRIPTION:{desc}", *start_lines, f"UID:{uid}", *extra, "CLASS:PUBLIC", "CREATED:20260920T141500Z",
              "DTSTAMP:20261001T141500Z", "LAST-MODIFIED:20261001T141500Z", "PRIORITY:5", "SEQUENCE:0",
              f"SUMMARY;LANGUAGE=es-mx:{_esc(summary)}", "TRANSP:OPAQUE",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if p.status == "draft" else "BUSY")]
        if cats:
            e.append("CATEGORIES:" + ",".join(_esc(c) for c in cats))
        e.append("END:VEVENT")
        p.written = {x.split(":")[0].split(";")[0]: x for x in e if x.startswith(("SUMMARY", "DTSTART", "CATEGORIES"))}
        return e

    lines += outlook_events(company, dept, rnd, ev, home=home, others=others, win_zone=WIN_ZONE,
                            sorted_posts=_sorted)
    lines.append("END:VCALENDAR")
    return _ics(lines)


def cdmx(company, out, rnd, h):
    path = out / "Comunicación Corporativa.ics"
    path.write_bytes(_outlook(company, "cdmx", rnd, h, "Central Standard Time (Mexico)",
                              ("SA Pacific Standard Time", "E. South America Standard Time"), "Comunicación Corporativa"))
    return path


def santiago(company, out, rnd, h):
    path = out / "Calendario Aurora Chile.ics"
    path.write_bytes(_outlook(company, "santiago", rnd, h, "Pacific SA Standard Time", (), "Aurora Chile - Contenidos"))
    return path
