"""The words of the conflict messages and duplicate reasons: one phrasebook for every rule.

The rules (conflicts.py, duplicates.py, grouping.py, copies.py) never write English
themselves: they ask a :class:`Phrases` for a template by its key, with named values, and
for days, times, durations and counts in its style. The default phrasebook writes today's
English ("Lena Vogt is booked twice on Wed 9 Sep: …"), which the command line, the JSON
report and the stored conflicts read; the window passes its own (ui/issue_phrases.py), which
translates each template (``QCoreApplication.translate("Issues", template)``) and formats
with the window's locale ("Mi 9. Sep", 14:05 or 2:05 PM). No Qt here.

Templates have ``{name}`` placeholders; ``%n`` is a count (Qt's plural forms pick the words
for it). A conflict keeps its message's writer and values (:mod:`.lazy`), a duplicate
reason is a :class:`Phrase` (its English text with its key and values), so either is
written again in another phrasebook without analysing anything again.
"""
from __future__ import annotations

from datetime import date, datetime
from itertools import islice

from .timeutil import _MONTHS, fmt_day, fmt_time


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


CONTEXT = "Issues"

TEMPLATES: dict[str, str] = {
    # who an entry is when it names no department and no file
    "entry": QT_TRANSLATE_NOOP("Issues", "entry {id}"),
    # slot clash
    "same_time": QT_TRANSLATE_NOOP("Issues", "at the same time"),
    "apart": QT_TRANSLATE_NOOP("Issues", "{minutes} apart"),
    "clash_one_day": QT_TRANSLATE_NOOP("Issues", "{channel}: {first} {first_time} and {second} {second_time} "
                                                 "on {day} are {apart}"),
    "clash_two_days": QT_TRANSLATE_NOOP("Issues", "{channel}: {first} {first_day} {first_time} and {second} "
                                                  "{second_day} {second_time} are {apart}"),
    "clash_on": QT_TRANSLATE_NOOP("Issues", "{channel}: %n posts close together on {day}: {items}"),
    "clash_from": QT_TRANSLATE_NOOP("Issues", "{channel}: %n posts close together from {day}: {items}"),
    "rule": QT_TRANSLATE_NOOP("Issues", "(rule: {rule})"),
    # double booking
    "booked_twice": QT_TRANSLATE_NOOP("Issues", "{person} is booked twice on {day}: {first} and {second}"),
    "bookings": QT_TRANSLATE_NOOP("Issues", "{person} has %n overlapping bookings on {day}: {items}"),
    # overload
    "overload": QT_TRANSLATE_NOOP("Issues", "{channel} on {day}: %n posts (limit {limit})"),
    # blackout
    "blackout": QT_TRANSLATE_NOOP("Issues", "{who} '{title}' on {day} falls on blackout date ({reasons})"),
    "blackout_settings": QT_TRANSLATE_NOOP("Issues", "set in the settings"),
    "blackout_from": QT_TRANSLATE_NOOP("Issues", "{title}, from {source}"),
    "blackout_calendar": QT_TRANSLATE_NOOP("Issues", "a blackout calendar"),
    # lists: "A, B and C", "A, B … and 4 more"
    "and": QT_TRANSLATE_NOOP("Issues", "{items} and {last}"),
    "and_more": QT_TRANSLATE_NOOP("Issues", "{items} and %n more"),
    # why entries look like one effort (duplicate reasons)
    "pair": QT_TRANSLATE_NOOP("Issues", "{first} ≈ {second}: {reasons}"),
    "titles_alike": QT_TRANSLATE_NOOP("Issues", "titles {percent} % alike"),
    "descriptions_alike": QT_TRANSLATE_NOOP("Issues", "descriptions {percent} % alike"),
    "same_day": QT_TRANSLATE_NOOP("Issues", "same day"),
    "one_day_apart": QT_TRANSLATE_NOOP("Issues", "1 day apart"),
    "days_apart": QT_TRANSLATE_NOOP("Issues", "%n days apart"),
    "same_link": QT_TRANSLATE_NOOP("Issues", "same link"),
    "same_campaign": QT_TRANSLATE_NOOP("Issues", "same campaign ({campaign})"),
    "both_name": QT_TRANSLATE_NOOP("Issues", "both name {what}"),
    "different_dates": QT_TRANSLATE_NOOP("Issues", "name different dates"),
    "differ_in": QT_TRANSLATE_NOOP("Issues", "differ in {first} vs {second}"),
    "different_weekdays": QT_TRANSLATE_NOOP("Issues", "name different weekdays"),
    "different_months": QT_TRANSLATE_NOOP("Issues", "name different months"),
    "before_after": QT_TRANSLATE_NOOP("Issues", "one before, one after the event"),
    "one_format": QT_TRANSLATE_NOOP("Issues", "two posts of the '{label}' format"),
    "different_things": QT_TRANSLATE_NOOP("Issues", "name different things"),
    "figure": QT_TRANSLATE_NOOP("Issues", "figure {value}"),
    "date": QT_TRANSLATE_NOOP("Issues", "date {day}"),
    "same_things": QT_TRANSLATE_NOOP("Issues", "same {things}"),
    "also": QT_TRANSLATE_NOOP("Issues", " and "),
    "meaning": QT_TRANSLATE_NOOP("Issues", "meaning {value}"),
    "but_vs": QT_TRANSLATE_NOOP("Issues", "but '{first}' vs '{second}'"),
    "spelt_alike": QT_TRANSLATE_NOOP("Issues", "'{first}' ~ '{second}'"),
    "two_languages": QT_TRANSLATE_NOOP("Issues", "in two languages"),
    # copies
    "copy": QT_TRANSLATE_NOOP("Issues", "the same entry in {files} ({reasons})"),
    "same_reference": QT_TRANSLATE_NOOP("Issues", "same reference"),
    "same_title_start_channel": QT_TRANSLATE_NOOP("Issues", "same title, start and channel"),
    "same_entry": QT_TRANSLATE_NOOP("Issues", "same entry"),
    # durations
    "minutes": QT_TRANSLATE_NOOP("Issues", "{value} min"),
    "hours": QT_TRANSLATE_NOOP("Issues", "{value} h"),
}


class Phrases:
    """English, as the command line and the JSON report write it (independent of the machine's locale)."""

    def template(self, key: str, n: int = -1) -> str:
        """The template of KEY; with a count N, its words for N (the English ones say "%n posts")."""
        return TEMPLATES[key]

    def number(self, n: int, grouped: bool = True) -> str:
        return f"{n:,}" if grouped else str(n)

    def say(self, key: str, n: int | None = None, grouped: bool = True, **values) -> str:
        """The text of KEY with VALUES; N fills ``%n`` (grouped "4,000" unless GROUPED is false)."""
        if n is None:
            return self.template(key).format(**values)
        text = self.template(key, n)
        return text.replace("%n", "\0").format(**values).replace("\0", self.number(n, grouped))

    def day(self, day: date) -> str:
        return fmt_day(day)

    def time(self, moment: datetime) -> str:
        return fmt_time(moment)

    def minutes(self, minutes: float) -> str:
        minutes = int(round(minutes))
        if minutes < 120 or minutes % 60:
            return self.say("minutes", value=self.number(minutes, False))
        return self.say("hours", value=self.number(minutes // 60, False))

    def day_month(self, month: int, day: int) -> str:
        """A day of the year without weekday: "7 Sep"."""
        return f"{day} {_MONTHS[month - 1]}"

    def decimal(self, value: float) -> str:
        return f"{value:.2f}"

    def listing(self, items: list[str], listed: int) -> str:
        """"A, B and C"; the same text n times is said once with "(×n)"; past LISTED texts, the rest are counted."""
        counts: dict[str, int] = {}
        for item in items:
            counts[item] = counts.get(item, 0) + 1
        return self.listing_counted(counts, listed)

    def listing_counted(self, counts: dict[str, int], listed: int) -> str:
        """:meth:`listing` of items already counted: each distinct text with how often it occurs,
        in the order the texts first occur."""
        if len(counts) == 1:
            listed = 1
        shown = counts.items() if len(counts) <= listed else list(islice(counts.items(), listed))
        said = [f"{text} (×{self.number(n)})" if n > 1 else text for text, n in shown]
        if len(counts) == 1:
            return said[0]
        if len(counts) > listed:
            rest = sum(counts.values()) - sum(n for _text, n in shown)
            return self.say("and_more", n=rest, items=", ".join(said))
        return self.say("and", items=", ".join(said[:-1]), last=said[-1])

    def with_rule(self, message: str, rule: str) -> str:
        """A message followed by the rule it breaks: "… (rule: 10 min)"."""
        return f"{message} {self.say('rule', rule=rule)}"

    def split_rule(self, message: str) -> tuple[str, str]:
        """(the message without its rule, the rule's value or "") of a text :meth:`with_rule` made."""
        head, _, tail = self.template("rule").partition("{rule}")
        before = message.rfind(" " + head)
        if before < 0 or not message.endswith(tail):
            return message, ""
        return message[:before], message[before + 1 + len(head):len(message) - len(tail)]


ENGLISH = Phrases()


class Phrase(str):
    """A text the phrasebook made: the English text, with its template's key and values kept,
    so :meth:`render` writes it again in another phrasebook. A value may itself be a Phrase;
    :func:`joined` texts keep their parts. Everything that reads it as a string (a join, the
    JSON report, the store) reads the English."""

    key: str | None
    values: dict
    n: int | None
    parts: tuple = ()
    separator: str = ""  # a literal separator, or the key of a template that is one

    def __new__(cls, text: str, key: str | None = None, values: dict | None = None, n: int | None = None):
        self = super().__new__(cls, text)
        self.key, self.values, self.n = key, values or {}, n
        return self

    def render(self, phrases: Phrases) -> str:
        if phrases is ENGLISH:
            return str(self)
        if self.parts:
            separator = phrases.say(self.separator[1:]) if self.separator.startswith("@") else self.separator
            return separator.join(render(p, phrases) for p in self.parts)
        if self.key is None:
            return str(self)
        if self.key == "@day_month":
            return phrases.day_month(self.values["month"], self.values["day"])
        if self.key == "@decimal":
            return phrases.decimal(self.values["value"])
        values = {k: render(v, phrases) for k, v in self.values.items()}
        return phrases.say(self.key, n=self.n, grouped=False, **values)


def phrase(key: str, n: int | None = None, **values) -> Phrase:
    """The English text of KEY (counts written "12", not "12,000"-grouped), keeping how it was made."""
    return Phrase(ENGLISH.say(key, n=n, grouped=False, **values), key, values, n)


def joined(separator: str, parts) -> Phrase:
    """PARTS joined by SEPARATOR (a literal, or "@key" of a template that is one), parts kept."""
    parts = tuple(parts)
    literal = ENGLISH.say(separator[1:]) if separator.startswith("@") else separator
    made = Phrase(literal.join(parts))
    made.parts, made.separator = parts, separator
    return made


def day_month(month: int, day: int) -> Phrase:
    return Phrase(ENGLISH.day_month(month, day), "@day_month", {"month": month, "day": day})


def decimal(value: float) -> Phrase:
    return Phrase(ENGLISH.decimal(value), "@decimal", {"value": value})


def render(text: str, phrases: Phrases | None) -> str:
    """TEXT in PHRASES when the phrasebook made it, else TEXT as it is."""
    if phrases is None or not isinstance(text, Phrase):
        return text
    return text.render(phrases)


def first_part(text: str) -> str:
    """The first of joined parts ("titles 80 % alike" of "titles 80 % alike, same day")."""
    return text.parts[0] if isinstance(text, Phrase) and text.parts else text.split(",")[0]
