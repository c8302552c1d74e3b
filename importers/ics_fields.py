"""Which ICS property feeds the channel and the owner, decided per calendar from content.

Calendar apps have no "channel" property, so departments put it wherever their
app lets them: CATEGORIES, LOCATION ("LinkedIn", "FB page"), a "Channel:" line
in DESCRIPTION, or a "[LinkedIn]" prefix in SUMMARY. The owner is an "Owner:" line, else
the people the event books: its ORGANIZER and ATTENDEEs. :func:`plan` looks at all events of one
calendar first and decides which places hold a channel; :meth:`FieldPlan.fields`
then reads one event. A LOCATION or a prefix counts as a channel when its values
name well-known networks, or when the calendar uses a few short values over and
over (a room or a street address is neither).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from importers.channels import known_channel, tag_form
from importers.channels import channel_tag as summary_tag
from importers.html_text import plain_text
from importers.ics_parse import Component
from importers.ics_text import fix_mojibake, split_list, unescape_text
from importers.people import join_people
from importers.statuses import cancelled_prefix

# labelled lines in DESCRIPTION ("Channel: LinkedIn", "Verantwortlich: Lena Vogt")
_CHANNEL_LABELS = ("channel", "channels", "kanal", "kanäle", "canal", "canales", "canaux", "network", "netzwerk",
                   "platform", "plattform", "plateforme", "plataforma", "réseau", "red social")
_OWNER_LABELS = ("owner", "responsible", "assigned to", "assignee", "author", "verantwortlich", "verantwortliche",
                 "zuständig", "autor", "autorin", "responsable", "auteur", "propietario", "encargado")


def _label_re(labels) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^[ \t\-*•]*(?:{alts})[ \t]*[:=][ \t]*(?P<value>[^\n]{{1,80}}?)[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)


_CHANNEL_LINE = _label_re(_CHANNEL_LABELS)
_OWNER_LINE = _label_re(_OWNER_LABELS)
_PREFIX = re.compile(r"^\s*(?P<open>[\[(])(?P<value>[^\]\)\n]{1,30})[\])]\s*[-–:|]?\s*(?P<rest>\S.*)$", re.DOTALL)
# a venue, not a channel: rooms, buildings, online meeting rooms, addresses
_VENUE = re.compile(r"\d|,|@|://|\b(room|raum|salle|sala|saal|hall|floor|etage|building|gebäude|office|büro|"
                    r"meeting|besprechung|réunion|reunión|zoom|teams|webex|skype|meet|call|str|street|straße|"
                    r"strasse|rue|calle|via|avenue|road|platz)\b", re.IGNORECASE)

# places a channel can come from, in the order they are tried when equally good
PLACES = ("X-MASTHEAD-CHANNEL", "DESCRIPTION", "CATEGORIES", "SUMMARY", "LOCATION")
_LABELS = {"X-MASTHEAD-CHANNEL": "X-MASTHEAD-CHANNEL", "DESCRIPTION": "DESCRIPTION (a 'Channel:' line)",
           "CATEGORIES": "CATEGORIES", "SUMMARY": "SUMMARY ([…] prefix)", "LOCATION": "LOCATION"}


@lru_cache(maxsize=8192)  # a calendar repeats its descriptions, places and names; texts are remembered
def clean_text(raw: str) -> str:
    """A TEXT value as read: unescaped, double-encoded UTF-8 repaired, stripped."""
    return fix_mojibake(unescape_text(raw)).strip() if raw else ""


def text_of(comp: Component, name: str) -> str:
    raw = comp.text(name)
    return clean_text(raw) if raw else ""


def description_of(comp: Component) -> str:
    """DESCRIPTION as a person reads it: Google's HTML (``Channel: Blog<br>…``) made lines of text
    before any "Channel:" or "Owner:" line is looked for in it."""
    return plain_text(text_of(comp, "DESCRIPTION"))


@lru_cache(maxsize=8192)
def summary_prefix(summary: str) -> tuple[str, str] | None:
    """("LinkedIn", "Launch post") for "[LinkedIn] Launch post"."""
    m = _PREFIX.match(summary)
    if not m:
        return None
    value = m.group("value").strip()
    if m.group("open") == "(" and not known_channel(value):
        return None  # "(tbc) Launch", "(Draft) Q3 plan": a remark, not a channel
    return value, m.group("rest").strip()


@lru_cache(maxsize=8192)
def channel_line(description: str) -> str:
    m = _CHANNEL_LINE.search(description)
    return m.group("value").strip() if m else ""


@lru_cache(maxsize=8192)
def owner_line(description: str) -> str:
    m = _OWNER_LINE.search(description)
    return m.group("value").strip() if m else ""


def _person(params: dict, value: str) -> tuple[str, str]:
    """(name, e-mail) of an ORGANIZER or ATTENDEE; ("", "") for one that names nobody (no CN, and
    an address that is a web page or a broken line, not an e-mail address or a name)."""
    value = value.strip()
    at = value.lower().find("mailto:")
    email = value[at + 7:].strip() if at >= 0 else value
    name = clean_text(params.get("CN", "").strip().strip("\"'").strip())
    if not name and any(c in email for c in ":/=;"):
        return "", ""
    return name or email, email


# the names calendar apps give a default calendar: they name no team
_DEFAULT_CALENDARS = frozenset({"calendar", "calendars", "my calendar", "kalender", "mein kalender", "calendrier",
                                "mon calendrier", "calendario", "mi calendario", "agenda", "kalenteri", "kalendarz",
                                "kalendář", "naptár", "default", "untitled", "home", "work", "personal"})


def team_name(calendar_name: str) -> str:
    """The calendar's name when it can name a department; "" for an app's default name ("Calendar")
    or a person's primary calendar (named by its e-mail address), so the file name is used instead."""
    name = calendar_name.strip()
    if "@" in name or " ".join(re.findall(r"\w+", name.casefold())) in _DEFAULT_CALENDARS:
        return ""
    return name


MAX_BOOKED = 12  # an invitation to more people is a broadcast (a town hall): its organizers and chairs are booked
_NOT_BOOKED = frozenset({"DECLINED", "DELEGATED"})  # PARTSTAT of an attendee who will not be there


def _attendees(comp: Component) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(chairs, other attendees) an event books, as (name, e-mail): everyone invited who did not
    decline or delegate, rooms, resources, groups and non-participants (FYI copies) left out."""
    people, chairs = [], []
    for params, value in comp.props.get("ATTENDEE", ()):
        if params.get("CUTYPE", "INDIVIDUAL").upper() not in ("INDIVIDUAL", ""):
            continue
        if params.get("PARTSTAT", "").upper() in _NOT_BOOKED or params.get("ROLE", "").upper() == "NON-PARTICIPANT":
            continue
        name, email = _person(params, value)
        if name:
            (chairs if params.get("ROLE", "").upper() == "CHAIR" else people).append((name, email))
    return chairs, people


def _organizers(comp: Component, calendar_name: str) -> list[tuple[str, str]]:
    """The people who organise an event, as (name, e-mail); a team's shared calendar is nobody."""
    out = []
    for params, value in comp.props.get("ORGANIZER", ()):
        name, email = _person(params, value)
        if name and not _is_calendar(name, email, calendar_name):
            out.append((name, email))
    return out


def booked(comp: Component, calendar_name: str = "") -> tuple[list[str], list[str]]:
    """(the people an event books, the properties they came from): a person invited to an event is
    booked at its time, so its organizers and every attendee who will be there (one of each, by
    e-mail or name), organizers first; only organizers and chairs of an invitation to more than
    MAX_BOOKED people."""
    organizers = _organizers(comp, calendar_name)
    chairs, others = _attendees(comp)
    if len(organizers) + len(chairs) + len(others) > MAX_BOOKED:
        others = []
    names, places, seen = [], [], set()
    for place, group in (("ORGANIZER", organizers), ("ATTENDEE", chairs + others)):
        for name, email in group:
            keys = {name.casefold(), email.casefold()} - {""}
            if keys & seen:
                continue
            seen |= keys
            names.append(name)
            if place not in places:
                places.append(place)
    return names, places


def _looks_like_channels(values: list[str], need_known: bool = False) -> tuple[bool, float, str]:
    """Whether the non-empty values of one place name channels: (yes, confidence, how).

    Most values known networks; or a few short values used over and over, none a room or an
    address. With ``need_known`` (LOCATION, whose first meaning is a place: "Berlin", "Hamburg"
    repeat too) one of those values must be a known network."""
    if not values:
        return False, 0.0, ""
    known = sum(1 for v in values if known_channel(v))
    share = known / len(values)
    if share >= 0.5:
        return True, round(share, 2), "known networks"
    counts = Counter(v.casefold() for v in values)
    short = all(len(v) <= 25 and len(v.split()) <= 3 and not _VENUE.search(v) for v in counts)
    repeated = len(values) >= 2 * len(counts) and 2 <= len(counts) <= 8
    if short and repeated and (known or not need_known):
        return True, 0.6, f"{len(counts)} short values repeated"
    return False, round(share, 2), ""


@dataclass
class CalendarPlan:
    """The places that feed the channel in one calendar, best first."""

    channel_places: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)
    tagged: str = ""  # the form of summary_tag SUMMARY names the network in ("lead", "tail"...), not "[…] …"
    name: str = ""  # X-WR-CALNAME: an ORGANIZER of that name is the (shared) calendar itself, not a person


@dataclass
class FieldPlan:
    calendars: dict[int, CalendarPlan] = field(default_factory=dict)
    used: Counter = field(default_factory=Counter)  # (property, role) -> events
    events: int = 0  # events and tasks read

    def fields(self, comp: Component, summary: str) -> dict:
        """channel, owner, title, location and organizer e-mail of one event."""
        self.events += 1
        cal = self.calendars.get(comp.cal) or CalendarPlan(["X-MASTHEAD-CHANNEL", "CATEGORIES"])
        description = description_of(comp)
        cats = categories(comp)
        # Outlook's "Geannuleerd: [Facebook] …" (the channel follows the word) or "[Facebook] Geannuleerd: …"
        cancel = cancelled_prefix(summary)
        if cancel:
            summary = cancel[1]
        title = summary
        channel = channel_place = ""
        for place in cal.channel_places:
            value = _value(comp, place, summary, description, cats, cal.tagged)
            if value:
                channel, channel_place = value, place
                break
        location = text_of(comp, "LOCATION")
        if not channel_place and location and known_channel(location):
            # the calendar's LOCATIONs are mostly places, but this one names a network
            channel, channel_place = location, "LOCATION"
            cal.confidence.setdefault("LOCATION", 0.9)
        prefix = summary_prefix(summary)
        if prefix and (channel_place == "SUMMARY" or "SUMMARY" in cal.channel_places or known_channel(prefix[0])):
            title = prefix[1]  # the prefix was the channel: not part of the title
        elif cal.tagged and channel_place == "SUMMARY":
            tag = summary_tag(summary, cal.tagged)
            title = tag[1] if tag else title
        if not cancel and title is not summary:  # "[Facebook] Geannuleerd: …": the word after the tag
            cancel = cancelled_prefix(title)
            title = cancel[1] if cancel else title
        if channel_place:
            self.used[(channel_place, "channel")] += 1
        organizers = _organizers(comp, cal.name)
        email = organizers[0][1] if organizers else ""
        owner = text_of(comp, "X-MASTHEAD-OWNER")
        owner_places = ["X-MASTHEAD-OWNER"] if owner else []
        if not owner:
            owner = owner_line(description)
            owner_places = ["DESCRIPTION"] if owner else []
        if not owner:
            people, owner_places = booked(comp, cal.name)
            owner = join_people(people)
        for place in owner_places:
            self.used[(place, "owner")] += 1
        for place, role, value in (("SUMMARY", "title", title), ("DESCRIPTION", "description", description),
                                   ("URL", "link", comp.text("URL").strip()),
                                   ("STATUS", "status", comp.text("STATUS").strip())):
            if value:
                self.used[(place, role)] += 1
        return {"channel": channel, "owner": owner, "title": title, "description": description, "tags": cats,
                "cancelled": cancel[0] if cancel else "",
                "location": "" if channel_place == "LOCATION" else location, "organizer_email": email}

    def mapping(self) -> list[dict]:
        """What fed each role, in the shape the spreadsheet reader gives (one dict per property and role)."""
        out = []
        order = ("title", "channel", "owner", "description", "status", "link")
        for (place, role), n in sorted(self.used.items(), key=lambda kv: (order.index(kv[0][1]), -kv[1])):
            by, conf = "header", 1.0
            if role == "channel" and place in ("SUMMARY", "LOCATION"):
                by = "content"
                conf = min((c.confidence[place] for c in self.calendars.values() if place in c.confidence),
                           default=0.6)
            column = _LABELS.get(place, place) if role == "channel" else place
            out.append({"sheet": "", "column": column, "role": role, "by": by,
                        "confidence": conf, "events": n, "of": self.events})
        return out


def _value(comp: Component, place: str, summary: str, description: str, cats: list[str], tagged: str = "") -> str:
    if place == "X-MASTHEAD-CHANNEL":
        return text_of(comp, place)
    if place == "DESCRIPTION":
        return channel_line(description)
    if place == "CATEGORIES":
        return next((c for c in cats if known_channel(c)), cats[0] if cats else "")
    if place == "SUMMARY":
        prefix = summary_prefix(summary) or (summary_tag(summary, tagged) if tagged else None)
        return prefix[0] if prefix else ""
    if place == "LOCATION":
        return text_of(comp, "LOCATION")
    return ""


def _uncancelled(summary: str) -> str:
    """A summary without the cancelled word Outlook puts before it ("Geannuleerd: …")."""
    cancel = cancelled_prefix(summary)
    return cancel[1] if cancel else summary


def categories(comp: Component) -> list[str]:
    cats: list[str] = []
    for _params, value in comp.props.get("CATEGORIES", ()):
        cats.extend(_category_items(value))
    return cats


@lru_cache(maxsize=8192)
def _category_items(value: str) -> tuple[str, ...]:
    return tuple(c for c in (fix_mojibake(x).strip() for x in split_list(value)) if c)


def _first_category(comp: Component) -> str:
    """The category naming a network ("Social Media,LinkedIn": LinkedIn), else the first."""
    first = ""
    for _params, value in comp.props.get("CATEGORIES", ()):
        for item in _category_items(value):  # the non-empty items, read once per distinct value
            if known_channel(item):
                return item
            first = first or item
    return first


@lru_cache(maxsize=4096)
def _is_calendar(name: str, email: str, calendar_name: str) -> bool:
    """An organizer that is a calendar rather than a person: named as the calendar is, or writing
    from a calendar's own address (Google's "…@group.calendar.google.com", "…@resource.calendar…").
    Kept per distinct organizer: a calendar's events name the same few again and again."""
    folded = " ".join(re.findall(r"\w+", name.casefold()))
    if calendar_name and folded and folded == " ".join(re.findall(r"\w+", calendar_name.casefold())):
        return True
    domain = email.rpartition("@")[2].casefold()
    return domain.startswith(("group.calendar.", "resource.calendar."))


def plan(items: list[Component], calendar_names: list[str] | None = None) -> FieldPlan:
    """Decide, per calendar, where its channel is written (``calendar_names``: X-WR-CALNAME per calendar)."""
    by_cal: dict[int, list[Component]] = {}
    for comp in items:
        by_cal.setdefault(comp.cal, []).append(comp)
    out = FieldPlan()
    for cal, comps in by_cal.items():
        p = CalendarPlan(["X-MASTHEAD-CHANNEL", "DESCRIPTION"])
        names = calendar_names or []
        p.name = fix_mojibake(unescape_text(names[cal])).strip() if 0 <= cal < len(names) and names[cal] else ""
        summaries = [_uncancelled(fix_mojibake(unescape_text(c.text("SUMMARY"))).strip()) for c in comps]
        values = {
            "CATEGORIES": [v for v in (_first_category(c) for c in comps) if v],
            "SUMMARY": [pr[0] for pr in (summary_prefix(s) for s in summaries) if pr],
            "LOCATION": [v for v in (text_of(c, "LOCATION") for c in comps) if v],
        }
        judged = {place: _looks_like_channels(vals, need_known=place == "LOCATION") for place, vals in values.items()}
        if not judged["SUMMARY"][0]:  # no "[…]" prefixes: a network named before a colon or after a bar
            form, tags = tag_form(summaries, at_least=max(2, 0.5 * len(comps)))
            if form and len(tags) >= max(2, 0.5 * len(comps)):
                values["SUMMARY"], judged["SUMMARY"] = tags, (True, round(len(tags) / len(comps), 2), "known networks")
                p.tagged = form
        # a prefix that names no known network must mark most events to count ("[Draft]" on three does not)
        if judged["SUMMARY"][0] and judged["SUMMARY"][2] != "known networks" \
                and len(values["SUMMARY"]) < 0.5 * len(comps):
            judged["SUMMARY"] = (False, 0.0, "")
        strong = sorted((place for place, (ok, conf, how) in judged.items() if ok and how == "known networks"),
                        key=lambda pl: (-judged[pl][1], PLACES.index(pl)))
        order = strong + [pl for pl in ("CATEGORIES",) if values[pl] and pl not in strong]
        order += [pl for pl in ("SUMMARY", "LOCATION") if judged[pl][0] and pl not in order]
        p.channel_places += order
        for place in order:
            p.confidence[place] = judged[place][1] if judged[place][0] else 1.0
            p.how[place] = judged[place][2]
        out.calendars[cal] = p
    return out
