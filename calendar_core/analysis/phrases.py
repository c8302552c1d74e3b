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

from .timeutil import fmt_day, fmt_time


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

    def listing(self, items: list[str], listed: int) -> str:
        """"A, B and C"; the same text n times is said once with "(×n)"; past LISTED texts, the rest are counted."""
        counts: dict[str, int] = {}
        for item in items:
            counts[item] = counts.get(item, 0) + 1
        said = [f"{text} (×{self.number(n)})" if n > 1 else text for text, n in counts.items()]
        if len(said) == 1:
            return said[0]
        if len(said) > listed:
            rest = sum(list(counts.values())[listed:])
            return self.say("and_more", n=rest, items=", ".join(said[:listed]))
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
