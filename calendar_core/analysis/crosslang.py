"""Duplicated effort across languages: two departments announcing one thing, each in its own language.

Two titles in different languages (:mod:`.languages`) share none of their ordinary words, so
what the words say (:mod:`.lexical`) and what the English-centred meaning model says
(:mod:`.meaning`) cannot find them; and the words one title writes and the other does not say
nothing against the pair either: the other title may well say them in its own language. What
every language writes alike is what is left, read after writing every script in Latin letters
(anyascii):

* **names** both titles write ("SkyTrack", "Warsaw Cargo Summit", "KR-7", "Falke 300"): a
  capitalised or mixed-case word of a Latin-script title, a Latin-script word inside a title of
  another script, a capitalised word of a Greek or Cyrillic title, each weighed by its rarity;
* **cognates**: words of the Latin, Greek and Cyrillic scripts spelt nearly alike once written
  in Latin letters and one way ("webinar" / "вебінар", "aplikacji" / "aplikace",
  "Warszawa" / "Варшава");
* a shared **figure** ("125", "300"; a year names an edition, not a thing).

A name with a year ("Sportrevyen 2026") is no rarer than the name alone (:meth:`CrossLanguage.name_weight`):
a show written all quarter long names many efforts, whatever year its title says.

What speaks against a pair is what every language writes alike too: a figure or a year only one
title names or that each names differently ("SPS 2026" and "the 2024 fair", "update 3.2"), a rare
name only one of them writes ("… in Zurich", "Basel bakery"; German titles, whose nouns are all
capitalised, name no such thing by their capitals), one phase before and one after the event.
The score needs a shared name, two cognates, or a shared figure with a cognate.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from operator import attrgetter
from typing import Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

from .items import Item
from .languages import languages, script_of, team_languages
from .lexical import _apart, _is_year
from .phrases import joined, phrase
from .text import STOP_WORDS, fold

NAME_SCALE = 1.5  # evidence of this weight scores half (a shared name weighs its rarity, 0..1)
OTHER_NAMES = 0.25  # each further shared name word counts this share of its rarity
COGNATE_WEIGHT = 0.8  # a cognate counts as this share of a shared name of its rarity
COGNATE_PREFIX = 4  # letters two spellings of one word begin with alike (in their one-way Latin form)
COGNATE_RATIO = 70  # ... and how alike they are on the whole (rapidfuzz ratio)
COGNATE_STEM = 5  # letters of a word another compound begins with, to be one of its words
COGNATE_LONG = 6  # letters a word needs for its first letters to be one vowel apart ("tull-" / "toll-")
COGNATE_RATIO_APART = 80  # ... and how alike the two are then on the whole
TIME_DECAY = 0.3  # a pair the whole window apart keeps 70 %
AGAINST_FIGURE = 0.4  # a figure or year only one title names
AGAINST_FIGURES = 0.2  # figures each names differently
AGAINST_NAME = 0.4  # a rare name only one title writes
RARE_NAME = 0.5  # ... rare: in few of the entries (rarity of at least this)
AGAINST_PHASE = 0.25
COMMON_KEY = 0.02  # a name or word stem in more than this share of the entries finds no candidates
COMMON_KEYS = 40  # ... and more than this many
_ALPHABETS = frozenset(("latin", "el", "cyrl"))  # scripts whose words are spelt letter by letter
_TEAM, _ENTRY, _TITLE = attrgetter("team"), attrgetter("entry"), attrgetter("title")
_RUN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGIT_RE = re.compile(r"\d")
_VOWELS = frozenset("aeiou")


@dataclass(slots=True)
class Written:
    """What every language writes alike of one title."""

    names: dict[str, str]  # name word in Latin letters -> as written
    coined: frozenset[str]  # names written as no ordinary word is: mixed case, capitals, before a figure
    of_names: frozenset[str]  # figures written right after a name ("300" of "Falke 300"): part of it
    figures: frozenset[str]  # every figure the title writes ("2026", "3.2", "7" of "7号馆")
    words: dict[str, str]  # word of an alphabet (names too) in Latin letters -> its skeleton
    german: bool  # a German title: its capitals mark nouns, not names
    bases: dict[str, str]  # name with a year ("sportrevyen2026") -> the name alone ("sportrevyen")


@dataclass(slots=True)
class CrossEvidence:
    """Why a pair of titles in two languages is one effort."""

    score: float
    names: list[str]  # shared names as the first title writes them
    cognates: list[tuple[str, str]]
    figure: str
    days: int


_NOTHING = Written({}, frozenset(), frozenset(), frozenset(), {}, False, {})
_WRITTEN: dict[tuple[str, frozenset, str], Written] = {}


def written(title: str, anchors: frozenset[str], lang: str, lead: str = "") -> Written:
    """The names and alphabet words of a title in Latin letters (cached per title)."""
    key = (title, anchors, lang)
    found = _WRITTEN.get(key)
    if found is None:
        if len(_WRITTEN) > 100_000:
            _WRITTEN.clear()
        found = _WRITTEN[key] = _written(title, anchors - {lead} if lead else anchors, lang)
    return found


def _runs(title: str) -> list[tuple[str, str]]:
    """The title's runs of letters of one script each: ("Kranich", "latin"), ("亮相", "zh")."""
    out = []
    for word in _RUN_RE.findall(title):
        start, script = 0, script_of(word[0])
        for k in range(1, len(word)):
            s = script_of(word[k])
            if s != script:
                out.append((word[start:k], script))
                start, script = k, s
        out.append((word[start:], script))
    return out


def _latin(word: str) -> str:
    return "".join(ch for ch in anyascii(word).lower() if ch.isalnum())


def _skeleton(word: str) -> str:
    """One way to spell a word in Latin letters: "vebinar" for both "webinar" and "вебінар"."""
    w = word.replace("ph", "f").replace("w", "v").replace("y", "i").replace("j", "i").replace("c", "k")
    w = w.replace("q", "k").replace("x", "ks")
    return re.sub(r"(.)\1+", r"\1", w)


def _written(title: str, anchors: frozenset[str], lang: str) -> Written:
    runs = _runs(title)
    other_script = any(s not in ("latin", "") for _, s in runs)
    names: dict[str, str] = {}
    coined: set[str] = set()
    of_names: set[str] = set()
    words: dict[str, str] = {}
    bases: dict[str, str] = {}
    at = 0
    for run, script in runs:
        start = title.find(run, at)
        at = start + len(run)
        folded = fold(run)
        figure = _FIGURE_AFTER_RE.match(title, at)
        numbered = figure is not None and run[0].isupper()  # "Falke 300", "Day 2026" of "Innovation Day 2026"
        if len(run) < 2 or (folded in STOP_WORDS and not numbered) or _ROMAN_RE.fullmatch(run):
            continue
        latin = _latin(run)
        if not latin:
            continue
        if script == "latin" and other_script:
            name = any(ch.isupper() for ch in run)
        elif script in _ALPHABETS:
            name = folded in anchors or numbered
        else:
            name = False
        if name:
            if figure:  # a product's number is part of its name: "KR-7" is not "KR-12"
                number = figure.group(1).replace(",", ".")
                of_names.add(number)
                if _is_year(number):
                    bases[f"{latin}{number}"] = latin
                latin = f"{latin}{number}"
            names.setdefault(latin, run if not figure else f"{run}{figure.group(0)}")
            if _coined(run, title[at:at + 3]):
                coined.add(latin)
        if script in _ALPHABETS and len(latin) >= COGNATE_PREFIX:
            words[latin] = _skeleton(latin)
    figures = frozenset(f.replace(",", ".") for f in _FIGURES_RE.findall(unicodedata.normalize("NFKC", title)))
    return Written(names, frozenset(coined), frozenset(of_names), figures, words, lang == "de", bases)


def _coined(run: str, after: str) -> bool:
    """A name no ordinary word is written like: mixed case ("SkyTrack"), capitals ("SPS", "KR"), or
    a name a figure follows ("Falke 300", "KR-7"): a product's, an event's. A capitalised word alone
    ("Gdańsk", "Meera") is a place's or a person's, which many posts of many kinds name."""
    if len(run) > 1 and run[1:] != run[1:].lower():
        return True
    return bool(_FIGURE_NEXT_RE.match(after))


_ROMAN_RE = re.compile(r"[IVXLC]{1,5}")  # "III kwartał": a quarter's number, no name
_FIGURE_NEXT_RE = re.compile(r"[ +\-]?\d")
_FIGURES_RE = re.compile(r"\d+(?:[.,]\d+)*")
_FIGURE_AFTER_RE = re.compile(r"[ +\-]?(\d+(?:[.,]\d+)*)")


def _cognates(wa: Written, wb: Written, shared: set[str]) -> list[tuple[str, str]]:
    """Words of the two titles spelt nearly alike in Latin letters (each word in one pair at most)."""
    found = []
    used: set[str] = set()
    for x, kx in wa.words.items():
        if x in shared:
            continue
        if x in wb.words:  # the same word in both: the words' own overlap has it (and two titles in one
            continue  # language, one taken for its department's other language, share many)
        for y, ky in wb.words.items():
            if y in used or y in shared or y in wa.words:
                continue
            if _alike(kx, ky):
                found.append((x, y))
                used.add(y)
                break
    return found


class CrossLanguage:
    """The pairs of items in two languages worth judging, and their scores."""

    def __init__(self, items: Sequence[Item], window: int):
        self.items = items
        self.window = max(window, 1)
        usual = team_languages(map(_TITLE, map(_ENTRY, items)), map(_TEAM, items), len(set(map(_TEAM, items))))
        # departments that write different languages: otherwise a title in another language is a
        # quotation or a loan, and the words say what they say
        self.active = len(set(usual.values())) > 1
        self.langs: list[str] = []
        self.written: list[Written] = []
        self.df: dict[str, int] = {}
        self.bases: dict[str, int] = {}
        if not self.active:
            return
        self.langs = languages([it.entry.title for it in items], [it.team for it in items], usual)
        self.written = [written(it.entry.title, it.feats.anchors, lang, it.feats.lead) if lang else _NOTHING
                        for it, lang in zip(items, self.langs)]
        df: dict[str, int] = defaultdict(int)
        for w in self.written:
            for key in set(w.names) | {k[:COGNATE_PREFIX] for k in w.words.values()}:
                df[key] += 1
        self.df = df
        # a name some title writes with a year -> the titles writing it, with a year or alone
        years = {base for w in self.written for base in w.bases.values()}
        if years:
            for w in self.written:
                for key in (years & w.names.keys()) | set(w.bases.values()):
                    self.bases[key] = self.bases.get(key, 0) + 1
        self.log_n = math.log(len(items) + 1)

    def rarity(self, key: str) -> float:
        return math.log((len(self.items) + 1) / self.df.get(key, 1)) / self.log_n

    def name_weight(self, name: str, bases: dict[str, str]) -> float:
        """A shared name's weight: its rarity; a name with a year's, no more than the rarity of the name
        alone (written with or without a year)."""
        weight = self.rarity(name)
        base = self.bases.get(bases.get(name, ""), 0)
        if base:
            weight = min(weight, math.log((len(self.items) + 1) / base) / self.log_n)
        return weight

    def differ(self, i: int, j: int) -> bool:
        a, b = self.langs[i], self.langs[j]
        return bool(a and b and a != b)

    def pairs(self) -> set[tuple[int, int]]:
        """Index pairs (i < j; items sorted by day) within the window, of two teams and two languages,
        that share a name or the first letters of a word's skeleton."""
        if not self.active:
            return set()
        by_key: dict[str, list[int]] = defaultdict(list)
        most = max(COMMON_KEYS, COMMON_KEY * len(self.items))
        for index, w in enumerate(self.written):
            for key in set(w.names) | {k[:COGNATE_PREFIX] for k in w.words.values()}:
                if self.df[key] <= most:
                    by_key[key].append(index)
        items = self.items
        found: set[tuple[int, int]] = set()
        for members in by_key.values():
            for x in range(len(members)):
                i = members[x]
                for y in range(x + 1, len(members)):
                    j = members[y]
                    if items[j].day - items[i].day > self.window:
                        break
                    if items[i].team != items[j].team and self.differ(i, j):
                        found.add((i, j) if i < j else (j, i))
        return found

    def judge(self, i: int, j: int) -> CrossEvidence | None:
        """The evidence on a pair in two languages, or None where it has too little to go on."""
        a, b = self.items[i], self.items[j]
        wa, wb = self.written[i], self.written[j]
        # a name one title writes and the other writes too, as a name or as a word
        shared = (wa.names.keys() & (wb.names.keys() | wb.words.keys())) | (wb.names.keys() & wa.words.keys())
        cognates = _cognates(wa, wb, shared)
        fa, fb = a.feats, b.feats
        figures_a, figures_b = wa.figures, wb.figures
        same_figures = {t for t in figures_a & figures_b if not _is_year(t) and not (t.isdigit() and len(t) == 1)
                        and not (t in wa.of_names and t in wb.of_names)}  # (a product's number is its name)
        coined = shared & (wa.coined | wb.coined)
        if len(shared) >= 2 and _adjacent(shared, wa) and _adjacent(shared, wb):
            coined = shared  # a name of several words both write ("Warsaw Cargo Summit")
        if not coined and len(shared) + len(cognates) + bool(same_figures) < 2:
            return None  # a place or a first name alone, one cognate alone: no one effort yet
        # the rarest shared name whole, the others (most often words of the same name) a quarter
        bases = wa.bases | wb.bases
        weights = sorted((self.name_weight(n, bases) for n in shared), reverse=True)
        evidence = (weights[0] + OTHER_NAMES * math.fsum(weights[1:])) if weights else 0.0
        evidence += COGNATE_WEIGHT * math.fsum(
            min(self.rarity(wa.words[x][:COGNATE_PREFIX]), self.rarity(wb.words[y][:COGNATE_PREFIX])) for x, y in cognates)
        if same_figures:
            evidence += 0.5
        score = evidence / (evidence + NAME_SCALE)
        only_a, only_b = figures_a - figures_b, figures_b - figures_a
        if only_a and only_b:
            score *= AGAINST_FIGURES
        elif any(_counts(t) for t in only_a | only_b):
            score *= AGAINST_FIGURE
        matched = shared | {x for x, _ in cognates} | {y for _, y in cognates}
        for w, other in ((wa, wb), (wb, wa)):
            if w.german:
                continue
            if any(n not in matched and self.rarity(n) >= RARE_NAME and not _spelt_in(n, other) for n in w.names):
                score *= AGAINST_NAME
                break
        if fa.phase and fb.phase and not (fa.phase & fb.phase):
            score *= AGAINST_PHASE
        days = abs(a.day - b.day)
        score *= 1.0 - TIME_DECAY * min(days, self.window) / self.window
        named = sorted(shared, key=lambda n: (-self.rarity(n), n))
        figure = min(same_figures) if same_figures else ""
        return CrossEvidence(min(score, 1.0), [wa.names.get(n) or wb.names.get(n) or n for n in named], cognates, figure, days)


def _adjacent(shared: set[str], w: Written) -> bool:
    """Whether a title writes two of the shared names one after the other among its names (one name
    of several words)."""
    order = list(w.names)
    return any(x in shared and y in shared for x, y in zip(order, order[1:]))


def _counts(figure: str) -> bool:
    """A figure that names which thing or edition: a year, a version, a code; not a single digit."""
    return not (figure.isdigit() and len(figure) == 1)


def _spelt_in(name: str, other: Written) -> bool:
    """Whether another title writes a name nearly alike in Latin letters ("Dubaj" / "Дубай")."""
    k = _skeleton(name)
    return any(_alike(k, ky) for ky in other.words.values())


def _alike(kx: str, ky: str) -> bool:
    """Two skeletons of one word: the same first letters and alike on the whole, or one word the start
    of the other's compound; or, in words long
    enough to show it, one vowel apart among the first letters and more alike on the whole
    ("tullregler" / "tollregler", "danmark" / "denmark")."""
    px, py = kx[:COGNATE_PREFIX], ky[:COGNATE_PREFIX]
    if px == py:
        # a compound begins with the other word whole: "roboterarm" / "robot", "webinarium" / "webinar"
        return fuzz.ratio(kx, ky) >= COGNATE_RATIO or (min(len(kx), len(ky)) >= COGNATE_STEM
                                                        and (kx.startswith(ky) or ky.startswith(kx)))
    if min(len(kx), len(ky)) < COGNATE_LONG or len(px) != len(py):
        return False
    apart = [(x, y) for x, y in zip(px, py) if x != y]
    return (len(apart) == 1 and apart[0][0] in _VOWELS and apart[0][1] in _VOWELS
            and fuzz.ratio(kx, ky) >= COGNATE_RATIO_APART)


def explain(ev: CrossEvidence, a: Item, b: Item) -> list[str]:
    """"same 'SkyTrack', 'webinar' ~ 'вебінар', in two languages, 1 day apart"."""
    things = [f"'{n}'" for n in ev.names[:2]]
    if ev.figure:
        things.append(phrase("figure", value=ev.figure))
    parts = []
    if things:
        parts.append(phrase("same_things", things=joined("@also", things)))
    for x, y in ev.cognates[:2]:
        parts.append(phrase("spelt_alike", first=_as_written(x, a.entry.title), second=_as_written(y, b.entry.title)))
    parts.append(phrase("two_languages"))
    parts.append(_apart(ev.days))
    return [joined(", ", parts)]


def _as_written(latin: str, title: str) -> str:
    for run in _RUN_RE.findall(title):
        if _latin(run) == latin:
            return run
    for run, _ in _runs(title):
        if _latin(run) == latin:
            return run
    return latin


def clear_cache() -> None:
    _WRITTEN.clear()
