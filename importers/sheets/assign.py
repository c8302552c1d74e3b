"""Which column plays which role, from headers and content together.

Every column is scored for every role: a header that names a role is strong
evidence, the content (roles.py) settles ambiguity and unknown headers. The
assignment takes the best (column, role) pairs first, one column per role,
except that several columns may name people (a rota). Ends are found by a
relation too: a second date column never before the first, a second time
column after the first. When no column is a title, the title is made by one
rule for the whole table (see :class:`TitleRule`). The plan says what was
understood, column by column, and what stayed in doubt.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Mapping

from importers import messages as msg
from importers.sheets.date_decoys import MIN_CONSTANT_ROWS, constant_dates as _constant_dates, \
    weekday_columns as _weekday_columns
from importers.sheets.day_clocks import clocks_of_the_day
from importers.sheets.ends import column as _col, find_ends
from importers.sheets.mapping import fold, header_key, match, normalise_field
from importers.sheets.routes import is_route, route_note
from importers.sheets.roles import SAMPLE, Profile, profile, sample_rows, scores, shared_vocabulary
from importers.sheets.table import is_blank_row
from importers.sheets.title_sources import names_a_kind, not_a_title, tags_only
from importers.sheets.stamps import SCALE as STAMP_SCALE, record_stamp

CONTENT_ROLES = ("date", "time", "duration", "link", "status", "channel", "owner", "title", "description",
                 "campaign")
HEADER_ONLY = ("end_date", "end_time", "all_day", "department", "timezone", "location")
FLOOR = {"date": 0.4, "time": 0.4, "duration": 0.45, "link": 0.4, "status": 0.3, "channel": 0.3, "owner": 0.35,
         "title": 0.2, "description": 0.3, "campaign": 0.35}
CONTENT_WEIGHT = 0.7  # content alone never outweighs a header that names the role
KEY_ROLES = ("date", "time", "channel", "owner", "title")
# Headers that name a column kept aside: its text is not a title or a description by content alone.
_ASIDE = frozenset(header_key(h) for h in (
    "notes", "note", "comments", "comment", "remarks", "notizen", "notiz", "bemerkung", "bemerkungen", "kommentar",
    "kommentare", "anmerkung", "anmerkungen", "remarques", "commentaires", "commentaire", "notas", "comentarios",
    "observaciones", "observações", "note interne", "opmerkingen", "kommentarer", "anteckningar", "huomiot",
    "uwagi", "week", "kw", "day", "weekday", "wochentag", "tag", "id", "no", "nr"))
# ... and headers of a week number or a weekday beside each date (Nordic, Baltic, Finnish, Turkish, Dutch):
# never the title, however varied their few cells ("viikko 41" on each week's first row)
_WEEK_OR_DAY = frozenset(header_key(h) for h in (
    "week", "kw", "uke", "veke", "vecka", "uge", "viikko", "vko", "vika", "nadal", "nädal", "hafta", "weeknummer",
    "ukenummer", "day", "weekday", "dag", "dagur", "päivä", "päev", "gün", "tag", "wochentag"))


@dataclass(slots=True)
class TitleRule:
    """How every row of a table gets its title.

    ``style``: "single" (one column), "firstline" (the first line of a long text), "pair"
    ("Home vs Away (League)"), "duty" ("Duty: A, B"), "venue" ("Event @ Venue"), "none". ``fallbacks``
    are columns tried in order when the rule gives nothing for a row."""

    style: str = "none"  # also "combo": two columns that only together tell rows apart ("2024 Fall")
    parts: tuple[int, ...] = ()
    fallbacks: tuple[int, ...] = ()
    siblings: tuple[int, ...] = ()  # "Event 2", "Event 3" beside "Event": each filled cell is one more entry
    stems: tuple[int, ...] = ()  # fallbacks holding file paths: the file's name without folder and type names
    names: str = ""  # what the period is, from "instruction_start"/"instruction_end": "2024 Fall instruction"


@dataclass(slots=True)
class Plan:
    roles: dict[str, int]  # role -> column, one each; "owner" is the first of ``owners``
    owners: tuple[int, ...] = ()
    title: TitleRule = field(default_factory=TitleRule)
    report: list[dict] = field(default_factory=list)  # one dict per column: the mapping said to the user
    doubts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stamps: int | None = None  # the time column read from whole date-times of the row's day (day_clocks)

    @property
    def uncertain(self) -> bool:
        return any(d.startswith("column") for d in self.doubts) or any(
            c["by"] == "content" and c["role"] in KEY_ROLES and c["confidence"] < 0.6 for c in self.report)


def _header_role(fld: str | None, p: Profile) -> str | None:
    """A header's field, with the generic and mistaken temporal ones settled by the content."""
    if fld == "start":
        return "date" if p.date >= 0.5 else "time"
    if fld == "end":
        return "end_date" if p.date >= 0.5 else "end_time"
    if fld == "time" and p.date >= 0.8:
        return "date"  # "Posting Time" holding whole date-times
    return fld


def _sample(data: list[list]) -> list[list]:
    rows = [data[i] for i in sample_rows(len(data))]
    return [r for r in rows if not is_blank_row(r)][:SAMPLE]


def plan(headers: list[str], blank: set[int], data: list[list], forced: Mapping[str, str] | None = None,
         day_first: bool | None = None) -> Plan:
    """The roles of a table's columns. ``blank``: columns whose header cell is empty."""
    rows = _sample(data)
    width = len(headers)
    profiles = [profile(_col(rows, c)) for c in range(width)]
    content = [scores(p) for p in profiles]
    for c in _weekday_columns(rows, profiles, day_first):
        profiles[c].weekday = 1.0  # in a language no list holds ("środa"): named by the row's date all the same
        content[c] = scores(profiles[c])
    constant = _constant_dates(rows, profiles, headers)
    forced_keys = {header_key(h): normalise_field(f) for h, f in (forced or {}).items() if normalise_field(f)}
    fixed: dict[int, str] = {}
    heads: dict[int, tuple[str | None, int]] = {}
    for c, head in enumerate(headers):
        if c not in blank and header_key(head) in forced_keys:
            fixed[c] = _header_role(forced_keys[header_key(head)], profiles[c])
        fld, quality = match(head) if c not in blank else (None, 0)
        if fld == "location" and content[c].get("channel", 0.0) >= 0.6:
            fld, quality = None, 0  # "Location: LinkedIn" (an Outlook export): the place is the channel
        elif fld == "department" and quality in (1, 3) and content[c].get("channel", 0.0) >= 0.6:
            fld, quality = None, 0  # Sendible's "Service": "Acme Perth (Facebook Page)", a page on a network
        heads[c] = (_header_role(fld, profiles[c]), quality)

    stamped = {c for c in range(len(headers)) if record_stamp(headers[c])}

    def evidence(c: int, role: str) -> tuple[float, str]:
        score, how = _evidence(c, role)
        if c in stamped and role in ("date", "end_date"):
            return score * STAMP_SCALE, how  # "Created Date": the record's day, below the entry's
        return score, how

    def _evidence(c: int, role: str) -> tuple[float, str]:
        fld, q = heads.get(c, (None, 0))
        if c in constant and role in ("date", "time", "end_date", "end_time"):
            return 0.0, "content"  # one date on every row (the day of an export): not when each entry is
        base = "date" if role == "end_date" else "time" if role == "end_time" else role
        got = content[c].get(base, 0.0)
        if fld == role:
            if role == "title" and q in (1, 3) and profiles[c].distinct == 1 and profiles[c].n >= MIN_CONSTANT_ROWS:
                return 0.0, "content"  # "Account Name" the same on every row: whose page, not the entry's name
            if role in ("date", "time", "end_date", "end_time") and profiles[c].n and got < 0.05:
                return 0.4, "header"  # named so, but holds nothing of the kind
            strong = q in (2, 4)
            return ((0.75 + 0.25 * got) if strong else (0.5 + 0.4 * got)), "header"
        if role in HEADER_ONLY:
            return 0.0, "content"
        if role in ("title", "description") and header_key(headers[c]) in _WEEK_OR_DAY:
            return 0.0, "content"
        if fld is None and header_key(headers[c]) not in _ASIDE:
            return CONTENT_WEIGHT * got, "content"
        if role == "title" and q == 1 and fld not in ("date", "time"):
            # a header whose last word only names another role ("Custom Label", Teams Shifts' name of the
            # shift): its varied sentences may still be the titles, a little below an unnamed column's
            return 0.8 * CONTENT_WEIGHT * got, "content"
        return 0.45 * got * (0.5 if role in ("title", "description") else 1.0), "content"

    roles: dict[str, int] = {}
    by: dict[int, tuple[str, float]] = {}
    for c, role in fixed.items():
        if role not in ("extra", "ignore"):
            roles.setdefault(role, c)
        # a stored or given map that says what the file says anyway is reported by what it says
        natural = max(CONTENT_ROLES + HEADER_ONLY, key=lambda r: evidence(c, r)[0])
        score, how = evidence(c, natural)
        if natural == role and score >= FLOOR.get(role, 0.5):
            by[c] = (how, score if how != "content" else min(1.0, score / CONTENT_WEIGHT))
        else:
            by[c] = ("forced", 1.0)
    candidates = []
    for c in range(width):
        if c in fixed:
            continue
        for role in CONTENT_ROLES + HEADER_ONLY:
            score, how = evidence(c, role)
            if score >= FLOOR.get(role, 0.5):
                candidates.append((-score, c, role, how))
    candidates.sort()
    best_other: dict[int, list[tuple[float, str]]] = {}
    for neg, c, role, how in candidates:
        best_other.setdefault(c, []).append((-neg, role))
        if c in by or role in roles:
            continue
        roles[role] = c
        by[c] = (how, -neg if how != "content" else min(1.0, -neg / CONTENT_WEIGHT))
    if "date" not in roles:  # a column named as the date keeps it, so its rows are named in the warnings
        named = next((c for c, (f, _) in heads.items() if f == "date" and c not in by), None)
        if named is not None:
            roles["date"], by[named] = named, ("header", 0.3)
    named = None
    if "date" in roles and "time" not in roles:  # "Time" holding "06/10/2026 14:30" beside "Date": its clock
        named = next((c for c, h in enumerate(headers) if c not in by and c not in blank and match(h)[0] == "time"
                      and clocks_of_the_day(_col(rows, roles["date"]), _col(rows, c), day_first)), None)
        if named is not None:
            roles["time"], by[named] = named, ("header", 0.9)
    out = Plan(roles=roles, stamps=named if "time" in roles and roles["time"] == named else None)
    if "date" in roles and by[roles["date"]][0] == "content":
        out.notes.append(msg.say(msg.DATE_COLUMN, column=headers[roles["date"]]))
    find_ends(out, by, profiles, rows, day_first, headers, constant)
    if "end_date" in roles and by[roles["end_date"]][0] == "content":
        out.notes.append(msg.say(msg.END_COLUMN, column=headers[roles["end_date"]]))
        out.doubts.append(msg.say(msg.END_OF, column=headers[roles["end_date"]], other=headers[roles["date"]]))
    owners = [roles["owner"]] if "owner" in roles else []
    for c in range(width):
        if c in by and c not in fixed:
            continue
        if fixed.get(c) == "owner" and c not in owners:
            owners.append(c)
        elif c not in by and (heads.get(c, (None, 0))[0] == "owner" or evidence(c, "owner")[0] >= 0.4
                              and owners and (shared_vocabulary(profiles[c], profiles[owners[0]]) >= 0.3
                                              or content[c].get("owner", 0.0) >= 0.8
                                              and not _labels_beside_names(_col(rows, c), _col(rows, owners[0])))):
            owners.append(c)
            by[c] = evidence(c, "owner")[1], evidence(c, "owner")[0]
    doers = [c for c in owners if not _record_keeper(headers[c])]
    if doers and len(doers) < len(owners):  # "Created by" beside "Assignee": who typed the row in, not who is booked
        owners = doers
    out.owners = tuple(owners)
    if owners:
        roles["owner"] = owners[0]
    _title_rule(out, by, profiles, heads, headers, rows, evidence, blank)
    _shorter_title(out, by, profiles, rows)
    if out.title.style in ("combo", "pair") and "end_date" in roles:
        out.title.names = _period_name(headers[roles["date"]], headers[roles["end_date"]])
    _report(out, by, headers, blank, best_other, fixed, heads)
    return out


# who wrote or last changed a row: a tool's record-keeping, beside the column that names who does the work
_KEEPERS = frozenset(header_key(h) for h in (
    "created by", "creator", "modified by", "last modified by", "updated by", "erstellt von", "geändert von",
    "créé par", "modifié par", "creado por", "modificado por", "criado por", "creato da", "aangemaakt door",
    "gewijzigd door", "opprettet av", "endret av", "oprettet af", "ændret af", "skapad av", "ändrad av",
    "luonut", "muokannut", "loonud", "muutnud", "oluşturan", "reporter", "melder", "rapporteur", "utworzone przez", "utworzył", "zmodyfikowane przez", "vytvořil", "vytvořeno", "změnil",
    "створено", "створив", "автор запису", "создал", "создано", "δημιουργήθηκε από", "נוצר על ידי", "أنشئ بواسطة"))


def _record_keeper(header) -> bool:
    return isinstance(header, str) and header_key(header) in _KEEPERS


def _labels_beside_names(cells: list, first_cells: list) -> bool:
    """A column of one-word labels ("Barnkanalen, Pyssel", "Monsterskolan": Notion's tags) beside an
    owner column of full names ("Sara Holm, Johan Ek") that uses none of its words: no more people.
    (Two teams' rota columns of first names, or a second column of full names, still join.)"""
    def parts(column):
        out = []
        for cell in column:
            text = str(cell).strip() if cell is not None else ""
            if text:
                out += [x.strip() for x in re.split(r"[,;/&+]", text) if x.strip()]
        return out

    mine, theirs = parts(cells), parts(first_cells)
    if not mine or not theirs:
        return False
    full = sum(1 for x in theirs if len(x.split()) >= 2) / len(theirs)
    single = sum(1 for x in mine if len(x.split()) == 1) / len(mine)
    their_words = {fold(w) for x in theirs for w in x.split()}
    return full >= 0.8 and single >= 0.8 and not any(fold(x) in their_words for x in mine)


PARTNER_FILL = 0.8  # rows on which a column that tells repeated titles apart is written, at least
SENTENCE_LEN = 20  # mean length of a column's texts that are sentences (titles), not labels (campaigns)
def _siblings(a: str, b: str) -> bool:
    """Two headers that differ only in a last number or letter ("Team 1"/"Team 2", "Side A"/"Side B")."""
    m, n = re.fullmatch(r"(.*\S)\s*(\w)", a.strip()), re.fullmatch(r"(.*\S)\s*(\w)", b.strip())
    return bool(m and n and m.group(1).casefold() == n.group(1).casefold() and m.group(2) != n.group(2))


def _one_side_each(a: list, b: list) -> bool:
    """One name stands in one of the two columns on every row but one in ten, on each side on
    some rows: the club of its own fixture list, at home or away."""
    rows = [(x.strip(), y.strip()) for x, y in zip(a, b) if isinstance(x, str) and isinstance(y, str)
            and x.strip() and y.strip()]
    if len(rows) < 4:
        return False
    counts: dict[str, int] = {}
    for x, y in rows:
        for v in {x, y}:
            counts[v] = counts.get(v, 0) + 1
    name, n = max(counts.items(), key=lambda kv: kv[1])
    return n >= 0.9 * len(rows) and any(x == name for x, _ in rows) and any(y == name for _, y in rows)


def _numbered_label(values: list) -> bool:
    """The cells are one label counted on ("Spieltag 1", "Spieltag 6", "Round 12"): the round or
    week a row belongs to, not what it is about; beside two columns of opponents, they name it."""
    said = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    if len(set(said)) < 2 or not all(re.search(r"\d", v) for v in said):
        return False
    return len({re.sub(r"\d+", "#", v).casefold() for v in said}) == 1


def _title_rule(out: Plan, by: dict, profiles: list[Profile], heads: dict, headers: list[str], rows: list[list],
                evidence, blank: set[int]) -> None:
    roles = out.roles

    def aside(c: int) -> str:  # hashtags, the kind of post, a second text beside the description
        return not_a_title("" if c in blank else headers[c], heads.get(c, (None, 0))[0], _col(rows, c),
                           roles.get("description"))

    free = [c for c in range(len(headers)) if c not in by and profiles[c].n and profiles[c].text >= 0.8
            and profiles[c].weekday < 0.5 and profiles[c].code < 0.5  # ids name rows to no person
            and not tags_only(_col(rows, c))]  # hashtags name no post, even as a fallback
    guess = roles.get("title")
    if guess is not None and by[guess][0] == "content" and aside(guess) \
            and ("description" in roles or "campaign" in roles or free):
        del roles["title"], by[guess]  # the description's first line or the campaign names the rows
    desc = roles.get("description")
    spare = sorted(free, key=lambda c: (-evidence(c, "title")[0] - 0.001 * profiles[c].unique, c))
    # codes with words on some rows ("W1 M:" beside "No class - College Closed"): those words name their rows
    coded = [c for c in range(len(headers)) if c not in by and profiles[c].n and profiles[c].text >= 0.8
             and 0.5 <= profiles[c].code < 1.0]
    # the venue names a row that has nothing else ("Sportplatz Angern"), then any text, then the campaign ("Paper")
    fallbacks = tuple(dict.fromkeys(x for x in (desc, spare[0] if spare else None, roles.get("location"), *coded[:1],
                                                *spare[1:], roles.get("campaign")) if x is not None))
    title = roles.get("title")
    owners = list(out.owners)
    guessed = title is not None and by[title][0] == "content"  # a title found by content may be half a pair
    texts = [c for c in owners + free + ([title] if guessed else [])
             if profiles[c].text >= 0.8 and profiles[c].distinct >= 3]
    # two columns of the same names (home and away teams); two headed alike ("Mannschaft 1",
    # "Mannschaft 2"), or two that hold one name between them on every row (a club's own
    # fixtures, the club at home or away), need only share a name. Of several (opponents, and the
    # team that referees): those, else two side by side, else the first two
    def kin(a: int, b: int) -> tuple[bool, bool]:  # made-up names ("Field 2", "Field 3") say nothing
        alike = a not in blank and b not in blank and _siblings(headers[a], headers[b])
        return alike, _one_side_each(_col(rows, a), _col(rows, b))

    pairs = [(a, b) for i, a in enumerate(sorted(texts)) for b in sorted(texts)[i + 1:]
             if (shared_vocabulary(profiles[a], profiles[b]) >= 0.5
                 or shared_vocabulary(profiles[a], profiles[b]) > 0 and any(kin(a, b)))
             and heads.get(a, (None, 0))[0] != "owner" and heads.get(b, (None, 0))[0] != "owner"]
    pair = max(pairs, key=lambda p: (*kin(*p), p[1] == p[0] + 1, -p[0], -p[1]), default=None)
    counted = guessed and pair is not None and title not in pair and _numbered_label(_col(rows, title))
    if title is not None and not (guessed and pair is not None and title in pair) and not counted:
        _titled_by(out, title, by, profiles, headers, rows, fallbacks, blank)
        return
    if title is not None:
        del roles["title"]
    elif pair is None and desc is None and "campaign" in roles and profiles[roles["campaign"]].fill >= 0.8 \
            and profiles[roles["campaign"]].mean_len >= SENTENCE_LEN and profiles[roles["campaign"]].distinct >= 3:
        # no title, and the repeated texts are sentences ("Tip of the week: tyre pressure"): a team
        # that reuses its posts' titles, not a campaign
        c = roles.pop("campaign")
        roles["title"] = c
        by[c] = ("content", max(0.3, evidence(c, "title")[0]))
        _titled_by(out, c, by, profiles, headers, rows, fallbacks, blank)
        return
    duty_pool = [c for c in free + ([roles["campaign"]] if "campaign" in roles else []) if c not in owners
                 and (pair is None or c not in pair) and profiles[c].unique <= 0.5 and profiles[c].mean_len <= 40]
    duty = min(duty_pool, key=lambda c: (profiles[c].unique, c)) if duty_pool and owners else None
    if pair is not None and not (duty is not None and set(pair) <= set(owners)):
        out.owners = tuple(c for c in owners if c not in pair)
        if "owner" in roles and roles["owner"] in pair:
            del roles["owner"]
            if out.owners:
                roles["owner"] = out.owners[0]
        for c in pair:
            by[c] = ("content", 0.7)
        league = (roles["campaign"],) if "campaign" in roles else ()
        out.title = TitleRule("pair", (*pair, *league), (desc,) if desc is not None else ())
        if is_route(_col(rows, pair[0]), _col(rows, pair[1])):  # legs of a journey, by their code if any
            code = [c for c, p in enumerate(profiles) if c not in by and p.fill >= 0.8 and p.mean_len <= 10]
            out.title = TitleRule("route", (*code[:1], *pair), out.title.fallbacks)
        out.notes.append(route_note([headers[c] for c in out.title.parts]) if out.title.style == "route" else
                         f"titles are '{headers[pair[0]]}' vs '{headers[pair[1]]}'"
                         f"{f' (with the {headers[league[0]]!r})' if league else ''} (no title column)")
    elif desc is not None and "location" in roles and profiles[desc].fill < 0.5 \
            and profiles[roles["location"]].fill >= 0.8:  # a remark on a few rows, the venue on all: it names them
        out.title = TitleRule("none", (), (roles["location"], desc))
    elif desc is not None:
        out.title = TitleRule("firstline", (desc,), tuple(x for x in fallbacks if x != desc))
    elif duty is not None:
        by[duty] = ("content", 0.6)
        out.title = TitleRule("duty", (duty, *owners), ())
        out.notes.append(f"titles name the duty ('{headers[duty]}') and its people (no title column)")
    elif spare:
        by[spare[0]] = ("content", max(0.3, evidence(spare[0], "title")[0]))
        roles["title"] = spare[0]
        _titled_by(out, spare[0], by, profiles, headers, rows,
                   tuple(dict.fromkeys(x for x in (*spare[1:2], roles.get("location")) if x is not None)), blank)
    elif "campaign" in roles and profiles[roles["campaign"]].fill >= 0.8:
        # the only words on the rows repeat ("Working (Early)", "Holiday"): they name the entries all the same
        c = roles.pop("campaign")
        roles["title"] = c
        by[c] = ("content", max(0.3, evidence(c, "title")[0]))
        _titled_by(out, c, by, profiles, headers, rows, (), blank)
    elif "location" in roles:  # no column names the entries: the venue does
        out.title = TitleRule("none", (), (roles["location"],))
    else:  # nothing but the file each entry plays or shows ("/radio/mixes/artist1.mp3"): its name does
        files = [c for c in range(len(headers)) if c not in by and profiles[c].ref >= 0.8
                 and sum(bool(_FILE_PATH.search(str(v))) for v in _col(rows, c) if v) >= 0.8 * profiles[c].n]
        if files:
            out.title = TitleRule("none", (), files[:1], stems=files[:1])


_WORD = re.compile(r"\w+")
_FILE_PATH = re.compile(r"[^/\\]\.\w{2,4}$")  # ends in a file's name with its type ("mixes/artist1.mp3")


def _shorter_title(out: Plan, by: dict, profiles: list[Profile], rows: list[list]) -> None:
    """A title taken by content that retells a shorter text column in more words ("Find out how-to
    guide: next steps, for our readers" beside "How-to guide: next steps") is that column's
    description: the shorter one, most of whose words it repeats row by row, is the title."""
    roles = out.roles
    title = roles.get("title")
    if out.title.style != "single" or title is None or by[title][0] != "content" or out.title.siblings:
        return
    best = None
    for c, p in enumerate(profiles):
        if c == title or (c in by and c != roles.get("description")) or c in out.owners or p.text < 0.8 \
                or p.unique < 0.8 or p.mean_len >= 0.7 * profiles[title].mean_len:
            continue
        pairs = [(str(r[c]), str(r[title])) for r in rows if c < len(r) and title < len(r) and r[c] and r[title]]
        told = 0
        for short, long in pairs:
            words, other = _WORD.findall(short.casefold()), set(_WORD.findall(long.casefold()))
            told += bool(words) and sum(w in other for w in words) >= 0.6 * len(words)
        if pairs and told >= 0.8 * len(pairs) and (best is None or p.mean_len > profiles[best].mean_len):
            best = c
    if best is None:
        return
    if roles.get("description") in (None, best):
        roles["description"] = title
        by[title] = ("content", by[title][1])
    else:
        del by[title]
    roles["title"] = best
    by[best] = ("content", max(0.6, by.get(best, ("", 0.0))[1]))
    out.title = TitleRule("single", (best,), tuple(x for x in out.title.fallbacks if x not in (best,)))


def _titled_by(out: Plan, title: int, by: dict, profiles: list[Profile], headers: list[str], rows: list[list],
               fallbacks: tuple[int, ...], blank: set[int]) -> None:
    """The title column alone, or joined to the venue or the column that tells its repeats apart."""
    loose = [c for c in range(len(headers)) if c not in by and profiles[c].n  # the kind of post tells no repeat apart
             and (c in blank or not names_a_kind(headers[c]))]
    location = out.roles.get("location")
    partner = _partner(title, location, loose, profiles, rows) if profiles[title].unique < 0.5 else None
    if partner is not None and partner == location:
        out.title = TitleRule("venue", (title, partner), fallbacks)
        out.notes.append(f"titles name the event and its venue ('{headers[title]}' @ '{headers[partner]}')")
    elif partner is not None:
        parts = tuple(sorted((title, partner)))
        by[partner] = ("content", 0.5)
        out.title = TitleRule("combo", parts, fallbacks)
        out.notes.append(f"titles join '{headers[parts[0]]}' and '{headers[parts[1]]}', which alone repeat")
    else:
        stem = _stem(headers[title])
        # only written headers name a series: names made up for a table without a header row do not
        siblings = () if title in blank else tuple(
            c for c in loose if c != title and c not in blank and stem and _stem(headers[c]) == stem)
        for c in siblings:
            by[c] = ("header", 0.9)
        out.title = TitleRule("single", (title,), fallbacks, siblings)


_START_WORDS = {"start", "starts", "begin", "begins", "from", "first"}
_END_WORDS = {"end", "ends", "until", "to", "last", "finish"}


def _period_name(start: str, end: str) -> str:
    """The thing two date headers bound: "instruction" of "instruction_start" and "instruction_end"
    (titles made of other columns then say what the period is). "" when they name nothing more."""
    a, b = (re.split(r"[\s_\-.]+", h.strip().casefold()) for h in (start, end))
    rest_a = [w for w in a if w not in _START_WORDS]
    rest_b = [w for w in b if w not in _END_WORDS]
    if not rest_a or rest_a != rest_b or len(rest_a) != len(a) - 1 or len(rest_b) != len(b) - 1 \
            or any(match(w)[0] for w in rest_a):
        return ""
    return " ".join(rest_a)


def _stem(header: str) -> str:
    """A header without its number: "Event 2" and "Event (3)" are more of "Event"."""
    return header_key(header).rstrip("0123456789")


def _partner(title: int, location: int | None, free: list[int], profiles: list[Profile],
             rows: list[list]) -> int | None:
    """The column that, joined to a title column whose values repeat, tells the rows apart."""
    base = profiles[title].unique
    best, best_unique = None, max(0.8, base + 0.3)
    pool = ([location] if location is not None else []) + [
        c for c in free if c != title and profiles[c].mean_len <= 40 and profiles[c].date < 0.5
        and profiles[c].time < 0.5 and profiles[c].weekday < 0.5  # a weekday tells repeats apart, not what they are
        and profiles[c].code < 0.5  # an id tells rows apart, but to no person
        and profiles[c].fill >= PARTNER_FILL  # ... nor does a remark on some rows ("needs photo from Bas")
        and not _period_counter(_col(rows, c))  # ... nor the week the rows fall in, which the date says
        # ... nor a handful of labels ("Promo", "Evergreen"), fewer than the titles they would tell apart
        and profiles[c].distinct >= profiles[title].distinct]
    for c in pool:
        pairs = [(a, b) for a, b in zip(_col(rows, title), _col(rows, c)) if a not in (None, "")]
        if not pairs:
            continue
        unique = len(set(pairs)) / len(pairs)
        if unique >= best_unique + (0.0 if c == location else 0.05):
            best, best_unique = c, unique
    return best


def _period_counter(values: list) -> bool:
    """Small whole numbers that repeat and rise down the table (a week or month number beside the dates:
    41, 41, 42, 42, 42, 43 …, once wrapping at a year's end): they say when the rows are, which the date
    already says, not what they are. Numbers told once each ("Episode" 1, 2, 3) are not such a counter."""
    nums = []
    for v in values:
        if v is None or v == "":
            continue
        if isinstance(v, bool):
            return False
        text = str(v).strip()
        if isinstance(v, float) and v.is_integer():
            text = str(int(v))
        if not text.isdigit() or not 1 <= int(text) <= 53:
            return False
        nums.append(int(text))
    if len(nums) < 4 or len(set(nums)) > 0.5 * len(nums):
        return False
    return sum(b < a for a, b in zip(nums, nums[1:])) <= 1


def _report(out: Plan, by: dict, headers: list[str], blank: set[int], best_other: dict, fixed: dict,
            heads: dict) -> None:
    role_of = {c: r for r, c in out.roles.items()}
    for c in out.owners:
        role_of[c] = "owner"
    for c in out.title.siblings:
        role_of[c] = "title"
    if out.title.style in ("pair", "duty", "venue", "combo", "route"):
        role_of.setdefault(out.title.parts[0], "title")
        for c in out.title.parts:
            role_of.setdefault(c, "title")
    for c, head in enumerate(headers):
        name = f"column {head.split()[-1]}" if c in blank else head
        role = role_of.get(c, fixed.get(c, "extra"))
        said = heads.get(c, (None, 0))[0] is not None or header_key(head) in _ASIDE  # the header put it aside
        how, conf = by.get(c, ("header" if said else "content", 0.0))
        if role == "extra":
            top = best_other.get(c, [])
            conf = 1.0 - (top[0][0] if top else 0.0)
        out.report.append({"column": name, "role": role, "by": how, "confidence": round(min(1.0, conf), 2)})
        scored = [(s, r) for s, r in best_other.get(c, []) if r != role]
        if how == "content" and role not in ("extra", "ignore") and scored and scored[0][0] >= 0.35 \
                and conf - scored[0][0] < 0.1:
            out.doubts.append(msg.say(msg.COULD_BE, column=name, role=_said(role), other_role=_said(scored[0][1])))


def _said(role: str) -> str:
    return {"end_date": "end date", "end_time": "end time", "owner": "owner (person)"}.get(role, role)
