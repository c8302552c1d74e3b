"""What the words of two titles say about a pair: rarity-weighted overlap, raised by shared
facts (a link, campaign, date, figure, name phrase), lowered by differing ones (dates, figures,
weekdays, months, phase, a recurring format, names)."""
from __future__ import annotations

import math
import functools
import re
from dataclasses import dataclass

from .corpus import Corpus, other_topics
from .items import Item
from .phrases import day_month, joined, phrase
from .text import TextFeatures, normalise, stem

SAME_FORMAT_SIM = 0.8  # two posts of one recurring title format must say nearly the same
TIME_DECAY = 0.3  # a pair D days apart keeps 70 % of its text score
_YEARS = range(1900, 2101)


@dataclass(slots=True)
class PairScore:
    score: float
    reasons: list[str]
    against: float = 1.0  # product of the counter-evidence factors (different dates, numbers, phase...)
    strong: bool = False  # a shared link, date or number


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and int(token) in _YEARS


@functools.lru_cache(maxsize=4096)
def _figure_pattern(bare: str) -> re.Pattern:
    """A figure with whatever currency or unit is written against it: the definition that
    :func:`_figure_tokens` follows without a regular expression (compiling one per figure was
    most of the cost of explaining thousands of pairs)."""
    return re.compile(r"[^\s()]*" + re.escape(bare) + r"[^\s(),!?:;]*")


def _figure_tokens(title: str, bare: str):
    """What ``_figure_pattern(bare).finditer(title)`` matches, in order (the same texts): a match
    starts where the run of characters other than spaces and brackets that holds the next
    ``bare`` starts, takes the last ``bare`` that run reaches (the greedy prefix), and goes on
    up to a space, bracket or punctuation."""
    size, n, pos = len(bare), len(title), 0
    if not size:
        return
    while True:
        first = title.find(bare, pos)
        if first < 0:
            return
        start = first
        while start > pos and not _prefix_stop(title[start - 1]):
            start -= 1
        stop = first
        while stop < n and not _prefix_stop(title[stop]):
            stop += 1
        at = title.rfind(bare, start, stop + size)
        end = at + size
        while end < n and not _suffix_stop(title[end]):
            end += 1
        yield title[start:end]
        pos = end


def _prefix_stop(ch: str) -> bool:
    return ch.isspace() or ch in "()"


def _suffix_stop(ch: str) -> bool:
    return ch.isspace() or ch in "(),!?:;"


def _as_written(number: str, *titles: str) -> str:
    """A figure as a title writes it, with its currency and unit ("€40m"), when one does."""
    bare = number.rstrip("%")
    for title in titles:
        for found in _figure_tokens(title or "", bare):
            token = found.strip(".,")
            if token != bare and not any(ch.isdigit() for ch in token.replace(bare, "", 1)):
                return token
    return number


_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def word_as_written(stem_: str, *titles: str) -> str:
    """The word a title writes for a stem ("Christmas" for 'christma', "Daily" for 'dai'): the
    reason a person reads names words, not the stems they were matched by; the stem when none does."""
    for title in titles:
        for word in _WORD_RE.findall(title or ""):
            if (_WRITTEN.get(word) or _written_stem(word)) == stem_:
                return word
    return stem_


_WRITTEN: dict[str, str] = {}


def _written_stem(word: str) -> str:
    """The stem of a word as a title writes it (cached: the same words come back in many reasons)."""
    if len(_WRITTEN) > 200_000:
        _WRITTEN.clear()
    found = _WRITTEN[word] = stem(normalise(word))
    return found


def clear_cache() -> None:
    _WRITTEN.clear()


def _identifying(number: str) -> bool:
    """A figure that names one thing: not a year, not a single digit ("#1", "in 1 minute")."""
    return not _is_year(number) and not (number.isdigit() and len(number) == 1)


_VERSION_RE = re.compile(r"v?\d{1,2}(?:\.\d{1,2}){1,2}")  # "4.2", "3.1.1"; not "10.000"


def _same_role(number: str, fa: TextFeatures, fb: TextFeatures, corpus: Corpus) -> bool:
    """A version ("4.2") names one thing only beside the same word ("Release 4.2" is not "help articles
    for 4.2"); other figures ("€40m", "23 %") stand for themselves, in any language."""
    if not _VERSION_RE.fullmatch(number):
        return True
    root = corpus.root
    near_a = {root.get(s, s) for s in fa.number_context.get(number, ())}
    near_b = {root.get(s, s) for s in fb.number_context.get(number, ())}
    return bool(near_a & near_b) or not near_a or not near_b


def _fmt_date(md: tuple[int, int]) -> str:
    return day_month(*md)


@functools.lru_cache(maxsize=1024)
def _apart(days: int) -> str:
    """"same day", "1 day apart", "3 days apart" (made once per distinct value: phrases are never changed)."""
    return phrase("same_day") if days == 0 else phrase("one_day_apart") if days == 1 else phrase("days_apart", n=days)


@functools.lru_cache(maxsize=4096)
def _titles_alike(percent: int, days: int) -> str:
    """"titles 80 % alike, same day" (once per distinct pair of values)."""
    return joined(", ", (phrase("titles_alike", percent=percent), _apart(days)))


def lexical_score(a: Item, b: Item, corpus: Corpus, explain: bool = True) -> PairScore:
    """What the words say (0..1): shared rare stems, raised by shared facts, lowered by differing ones."""
    fa, fb = a.feats, b.feats
    reasons: list[str] = []
    stems_a, stems_b, wa, wb = a.stems, b.stems, a.weight, b.weight
    if fa.label and fa.label == fb.label and fa.label not in corpus.templates:
        # One label ("Meetup recap: …") is a shared format: compare what follows it.
        label = {corpus.root.get(s, s) for s in fa.label_stems}
        rest_a, rest_b = stems_a - label, stems_b - label
        if rest_a or rest_b:
            stems_a, stems_b = rest_a, rest_b
            wa, wb = corpus.weight(stems_a), corpus.weight(stems_b)
    shared = stems_a & stems_b
    split = other_topics(a, b, shared, stems_a, stems_b) if a.topics and b.topics else ()
    if split:  # "club" of "the chess club" and "the book club" is no subject they share
        shared = shared - split
    sim = corpus.weight(shared) / math.sqrt(wa * wb) if shared and wa > 0 and wb > 0 else 0.0
    if fa.desc_stems and fb.desc_stems:
        didf = corpus.desc_idf
        da = corpus.desc_weight(fa.desc_stems)
        db = corpus.desc_weight(fb.desc_stems)
        dshared = math.fsum(didf.get(t, 0.0) for t in fa.desc_stems & fb.desc_stems)
        dsim = dshared / math.sqrt(da * db) if dshared and da > 0 and db > 0 else 0.0
        if explain and dsim > sim:
            reasons.append(phrase("descriptions_alike", percent=round(dsim * 100)))
        sim = max(sim, 0.5 * sim + 0.5 * dsim)
    days = abs(a.day - b.day)
    window = max(corpus.window, 1)
    score = sim * (1.0 - TIME_DECAY * min(days, window) / window)
    if explain:
        reasons.insert(0, _titles_alike(round(sim * 100), days))

    # What raises a pair: a shared link, campaign, date, number or name.
    strong = False
    if fa.links and fb.links:
        if (fa.links & fb.links) - corpus.generic_links:
            score = max(score, 0.95)
            strong = True
            if explain:
                reasons.insert(0, phrase("same_link"))
        else:
            score *= 0.8  # each links somewhere else
    if a.campaign and a.campaign == b.campaign and sim >= 0.4:
        score += 0.05
        if explain:
            reasons.append(phrase("same_campaign", campaign=a.entry.campaign.strip()))
    common_dates = fa.dates & fb.dates
    if common_dates:
        score += 0.15
        strong = True
        if explain:
            reasons.append(phrase("both_name", what=_fmt_date(min(common_dates))))
    only_a = only_b = ()
    if fa.numbers or fb.numbers:
        only_a = sorted(fa.numbers - fb.numbers)
        only_b = sorted(fb.numbers - fa.numbers)
        same = sorted(t for t in fa.numbers & fb.numbers if not _is_year(t) and _same_role(t, fa, fb, corpus))
        if same and not (only_a and only_b):
            score += 0.1
            strong = True
            if explain:
                reasons.append(phrase("both_name", what=same[0]))
    phrases = fa.phrases & fb.phrases
    if phrases:
        score += 0.1
        if explain:
            reasons.append(phrase("both_name", what=min(phrases, key=lambda p: (-len(p), p))))  # longest, then by text

    before = score
    # What changes the effort: a different date, number, month, phase or name.
    if fa.dates and fb.dates and not common_dates:
        score *= 0.2
        if explain:
            reasons.append(phrase("different_dates"))
    if only_a and only_b:
        root = corpus.root
        same_role = [(x, y) for x in only_a for y in only_b
                     if {root.get(s, s) for s in fa.number_context.get(x, ())}
                     & {root.get(s, s) for s in fb.number_context.get(y, ())}]
        x, y = same_role[0] if same_role else (only_a[0], only_b[0])
        score *= 0.2 if same_role else 0.75
        if explain:
            reasons.append(phrase("differ_in", first=x, second=y))
    if fa.weekdays and fb.weekdays and not (fa.weekdays & fb.weekdays) and not common_dates:
        score *= 0.3
        if explain:
            reasons.append(phrase("different_weekdays"))
    if fa.months and fb.months and not (fa.months & fb.months):
        score *= 0.25
        if explain:
            reasons.append(phrase("different_months"))
    if fa.phase and fb.phase and not (fa.phase & fb.phase):
        score *= 0.25
        if explain:
            reasons.append(phrase("before_after"))
    if fa.label and fa.label == fb.label and fa.label in corpus.templates and sim < SAME_FORMAT_SIM and not strong:
        score *= 0.4  # two instances of one recurring format ("We're hiring: …") are different items
        if explain:
            reasons.append(phrase("one_format", label=fa.label))
    if not strong and ((a.names and b.names and (a.names - b.stems) and (b.names - a.stems)) or split):
        score *= 0.25  # each names what the other does not: another place, partner or topic
        if explain:
            reasons.append(phrase("different_things"))
    against = score / before if before > 0 else 1.0
    return PairScore(min(score, 1.0), reasons, against, strong)
