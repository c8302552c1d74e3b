"""Text normalisation for duplicate detection.

A title (and description) becomes a small bag of *stems* plus the facts that
change what an effort is: the numbers it names ("Q2", "3.0", "#31"), the dates
written in it ("Sep 17", "17 Sept"), the months it names ("August edition"), its
phase ("promo" before an event, "recap" after it) and the proper names it
mentions ("Hamburg user meetup" vs "Munich user meetup").

The word lists (stop words, phase words, paraphrases) live in :mod:`.vocabulary`,
the month, weekday and date patterns in :mod:`.date_words`; this module turns a
title into its features.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from importers.slices import sliced_dict_clear

from .date_words import (_CAPITAL_MONTH_RE, _DATE_NEEDS, _DATE_PATTERNS, _MONTH_ALONE, _WEEKDAY_NUMBER,  # noqa: F401
                         _WEEKDAY_SET, _WEEKDAYS, MONTHS, _extract_dates)
from .vocabulary import (_CONCEPT_OF, _CONCEPT_RE, _CONCEPT_WORDS, _PHASE_PHRASES, PHASE_WORDS, STOP_WORDS,  # noqa: F401
                         _concepts, concept)

_TIME_RE = re.compile(r"\b\d{1,2}(?::\d{2}|h\d{2})(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\b\.?"
                      r"|\b(?:cet|cest|utc|gmt|bst|edt|est|pdt|pst|et|pt)\b", re.IGNORECASE)
_URL_RE = re.compile(r"https?://[^\s<>\"')\]]+|www\.[^\s<>\"')\]]+", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*(?:\s?%)?|[^\W\d_]+\d*|#\d+", re.UNICODE)  # "74 %" is a share, not 74
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ies", "es", "ed", "ly", "s")
_LABEL_RE = re.compile(r"^\s*([^:–—|]{2,40}?)\s*(?::|\s[–—-]\s|\|)")
_LABEL_CHARS_RE = re.compile("[:–—|-]")


def normalise(text: str) -> str:
    """Unicode-compatible, case-folded text with typographic quotes and dashes made plain."""
    if not text:
        return ""
    if text.isascii():  # NFKC leaves ASCII as it is, and case-folds it as lower() does; no typographic marks
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")


_STEMS: dict[str, str] = {}


def stem(token: str) -> str:
    """A crude multilingual stem (cached)."""
    found = _STEMS.get(token)
    if found is None:
        if len(_STEMS) > 200_000:
            _STEMS.clear()
        found = _STEMS[token] = _stem(token)
    return found


def _stem(token: str) -> str:
    """Strip a common suffix, a final e and a doubled consonant.

    "promotion" and "promo", "winners" and "winning", "certified" and
    "certification" meet; numbers stay as written.
    """
    if not token.isalpha() and _DIGIT_RE.search(token):
        return token
    word = token
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if suffix == "ies":
                word += "y"
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def links_in(*texts: str) -> set[str]:
    found = set()
    for text in texts:
        for url in _URL_RE.findall(text or ""):
            url = url.rstrip(".,;:!?").lower()
            url = re.sub(r"^https?://", "", url)
            url = re.sub(r"^www\.", "", url)
            url = re.sub(r"[?#].*$", "", url) if "utm_" in url else url
            url = url.rstrip("/")
            if "/" in url:  # a bare domain (the company's homepage) says nothing about the topic
                found.add(url)
    return found


@dataclass(slots=True)
class TextFeatures:
    """What a title (and description) is about, in comparable form."""

    stems: frozenset[str]
    numbers: frozenset[str] = frozenset()
    dates: frozenset[tuple[int, int]] = frozenset()
    months: frozenset[int] = frozenset()
    phase: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    desc_stems: frozenset[str] = field(default_factory=frozenset)
    label: str = ""  # the part before "Label: …" / "Label – …", normalised
    label_stems: frozenset[str] = frozenset()
    number_context: dict = field(default_factory=dict)  # number -> stems next to it
    weekdays: frozenset[int] = frozenset()  # weekdays named in full ("on Tuesday")
    upper: frozenset[str] = frozenset()  # stems written capitalised mid-sentence
    lower: frozenset[str] = frozenset()  # stems written in lower case
    phrases: frozenset[str] = frozenset()  # runs of 2+ capitalised words ("FleetTech Expo")
    anchors: frozenset[str] = frozenset()  # name-like words (folded): places, products, people
    words: frozenset[str] = frozenset()  # every content word of the title, folded, unstemmed
    runs: frozenset[tuple[str, ...]] = frozenset()  # names of several anchors ("bear", "foods"), in order
    # stems written next to each other, each pair in sorted order ("chess club" -> ("chess", "club")),
    # figures and a label's words left out: the two-word topics a title names
    neighbours: frozenset[tuple[str, str]] = frozenset()
    lead: str = ""  # the first word, a name only for the name that follows it ("Targi" of "Targi VELO")


def _phase(text: str, words: list[str]) -> set[str]:
    phases = {PHASE_WORDS[w] for w in words if w in PHASE_WORDS}
    for phrase, phase in _PHASE_PHRASES:
        if phrase in text:
            phases.add(phase)
    return phases


_CLAUSE_RE = re.compile(r"[:!?|–—]|\.\s|\s-\s")  # a word after "(" is not a sentence start
_WORD_RE = re.compile(r"[^\W\d_][\w'’]*")
_SMALL_WORDS = frozenset("a an the and or of in on at to for by with from vs via de der die das und le la les et el y".split())


# Words that mark a German title: there every noun is capitalised, so capitals say nothing.
_GERMAN = frozenset("""der die das den dem des und mit für im ist ein eine einen zum zur auf bei von vom ab aus
nach über unsere unser unseren neue neuen jetzt sind wir sie ihr ihre wie was alle oder auch am""".split())


def case_info(raw: str) -> tuple[set[str], set[str], set[str]]:
    """What capitals say about a title: proper-name candidates, lower-case words, name phrases.

    * stems written with a capital inside a clause ("Hamburg", "Ferries"); the
      analysis keeps those never seen in lower case anywhere as proper names;
    * stems written in lower case;
    * runs of two or more capitalised words ("Baltic Freight", "FleetTech Expo").
    Clause-initial words count only inside a run; Title Case titles say nothing.
    """
    words = _WORD_RE.findall(raw)
    info = [_CASE_WORDS.get(w) or _case_word(w) for w in words]
    lower = {i[1] for i in info if i[2]}
    if not any(map(_CAPITAL, info[1:])):
        # No capitalised word but the first: no name inside a clause (the first word starts one)
        # and no run of two capitalised words.
        return set(), lower, set()
    if any(i[6] for i in info) or _UMLAUT_RE.search(raw):
        return set(), lower, set()
    if len(words) >= 3 and all(i[3] for i in info if i[5]):
        return set(), lower, set()
    upper: set[str] = set()
    phrases: set[str] = set()
    clauses = _CLAUSE_RE.split(raw) if _CLAUSE_CHARS_RE.search(raw) else (raw,)
    for clause in clauses:
        run: list[str] = []
        # one clause: its words are the title's, already looked up
        pieces = zip(words, info) if len(clauses) == 1 else (
            (w, _CASE_WORDS.get(w) or _case_word(w)) for w in _WORD_RE.findall(clause))
        for position, (word, i) in enumerate(pieces):
            if i[4]:  # capitalised, not a stop word, month or weekday
                run.append(word)
                if position and not i[7]:  # "CEO", "AI": acronyms, not names
                    upper.add(i[1])
                continue
            if len(run) >= 2:
                phrases.add(" ".join(run))
            run = []
        if len(run) >= 2:
            phrases.add(" ".join(run))
    return upper, lower, phrases


_CAPITAL = itemgetter(4)  # of a word's case facts: capitalised, not a stop word, month or weekday
_UMLAUT_RE = re.compile("[äöüßÄÖÜ]")
_CLAUSE_CHARS_RE = re.compile(r"[:!?|–—.\-]")  # a text without any of these is one clause
_CASE_WORDS: dict[str, tuple] = {}


def _case_word(word: str) -> tuple:
    """What :func:`case_info` asks of a word, once per distinct word (cached)."""
    if len(_CASE_WORDS) > 200_000:
        _CASE_WORDS.clear()
    folded = word.casefold()
    capital = word[0].isupper() and folded not in STOP_WORDS and folded not in MONTHS and folded not in _WEEKDAY_SET
    found = _CASE_WORDS[word] = (
        folded, stem(folded), word[0].islower(), word[0].isupper(), capital,
        len(word) > 1 and folded not in _SMALL_WORDS, folded in _GERMAN, word.isupper() and len(word) <= 4)
    return found


_NAME_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


_FOLDED: dict[str, str] = {}


def fold(word: str) -> str:
    """Case- and accent-free form of a word ("Zürich" -> "zurich"), to match names across languages (cached)."""
    found = _FOLDED.get(word)
    if found is None:
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        folded = word.casefold()
        if not folded.isascii():
            folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
        found = _FOLDED[word] = folded
    return found


def anchors_of(raw: str) -> tuple[set[str], set[str], set[tuple[str, ...]], str]:
    """Name-like words of a title, all its content words (both folded), and its names of several words.

    A name is written with a capital where a common word would not be: not the title's first
    word, unless it mixes cases ("TrackSense"), is an acronym in a title that is not shouted
    ("ÖBB", but not "WE DID IT") or runs on into a name ("Red Foods case study": the first word
    of a name of two). German nouns pass too; the comparison weighs them by rarity. Name words
    one space apart are one name ("Bear Foods", "Ines Carvalho"): ``runs``, in the title's order.
    The last value is that first word when it is taken for a name only because one follows it
    ("Targi VELO Utrecht": the Polish "fair", or "Red" of "Red Foods"), else "".
    """
    words = _NAME_WORD_RE.findall(raw)
    info = [_NAME_WORDS.get(w) or _name_word(w) for w in words]
    if info and not info[0][3] and not any(map(str.isupper, raw[1:])):
        # No capital but the first letter: no word mixes cases or is written in capitals, and
        # only the first word is capitalised (at the start: no name).
        return set(), {i[0] for i in info if i[0] is not None}, set(), ""
    letters = [i for i in info if i[5]]
    shouted = bool(letters) and sum(i[3] for i in letters) >= 0.6 * len(letters)
    names: set[str] = set()
    content: set[str] = set()
    is_name = [False] * len(info)
    for position, (folded, calendar, mixed, upper, capital, _) in enumerate(info):
        if folded is None:
            continue
        content.add(folded)
        if calendar:
            continue
        if mixed or (upper and not shouted) or (position and capital and not shouted):
            names.add(folded)
            is_name[position] = True
    runs: set[tuple[str, ...]] = set()
    lead = ""
    if names and not shouted:
        # (a weekday's or month's short name too: "Sun Capital", "Mar Azul" name a firm, not a day;
        # a date has its figure between them, "Mar 12 Webinar")
        if not is_name[0] and len(info) > 1 and is_name[1] and info[0][0] is not None and info[0][4] \
                and raw.startswith(" " + words[1], raw.find(words[0]) + len(words[0])):
            names.add(info[0][0])  # "Red Foods case study is live"
            is_name[0] = True
            lead = info[0][0]
        if sum(is_name) > 1:
            runs = _runs(raw, words, info, is_name)
    return names, content, runs, lead


def _runs(raw: str, words: list[str], info: list[tuple], is_name: list[bool]) -> set[tuple[str, ...]]:
    """The title's names of two words or more: name words each one space after the one before."""
    runs: set[tuple[str, ...]] = set()
    run: list[str] = []
    at = 0
    end = -1  # where the word before ends, when it was a name word
    for word, i, name in zip(words, info, is_name):
        found = raw.find(word, at)
        at = found + len(word)
        if name and run and found == end + 1 and raw[end] == " ":
            run.append(i[0])
        else:
            if len(run) > 1:
                runs.add(tuple(run))
            run = [i[0]] if name else []
        end = at if name else -1
    if len(run) > 1:
        runs.add(tuple(run))
    return runs


_NAME_WORDS: dict[str, tuple] = {}


def _name_word(word: str) -> tuple:
    """What :func:`anchors_of` asks of a word, once per distinct word (cached): its folded form
    (None for a stop word or a single letter), whether it is a month or weekday, mixes cases, is
    all capitals, starts with one, and is longer than one letter."""
    if len(_NAME_WORDS) > 200_000:
        _NAME_WORDS.clear()
    folded = word.casefold()
    skip = len(word) < 2 or folded in STOP_WORDS or folded in _SMALL_WORDS
    found = _NAME_WORDS[word] = (
        None if skip else fold(word), folded in MONTHS or folded in _WEEKDAY_SET,
        any(ch.isupper() for ch in word[1:]) and any(ch.islower() for ch in word),
        word.isupper(), word[0].isupper(), len(word) > 1)
    return found


def features(title: str, description: str = "", link: str = "", day_first: bool = True) -> TextFeatures:
    """Turn an entry's texts into comparable features.

    Everything but the links and the description's stems comes from the title alone, and is
    worked out once per title (one title often comes with many descriptions)."""
    base = _TITLES.get((title, day_first)) or _title_features(title, day_first)
    if not description and not link:
        return base
    links = links_in(title, description, link) if link or "://" in title or "www." in title or \
        "://" in description or "www." in description else set()
    if link and not links and "/" in link.strip().rstrip("/"):
        links = {link.strip().lower().rstrip("/")}
    return _described(base, _frozen(links), _desc_stems(description, day_first) if description else _NONE)


def _described(b: TextFeatures, links: frozenset[str], desc_stems: frozenset[str]) -> TextFeatures:
    """A title's features with the links and description stems of one entry (what
    ``dataclasses.replace`` does, at a fraction of its cost: one call per distinct text)."""
    return TextFeatures(b.stems, b.numbers, b.dates, b.months, b.phase, links, desc_stems, b.label, b.label_stems,
                        b.number_context, b.weekdays, b.upper, b.lower, b.phrases, b.anchors, b.words, b.runs,
                        b.neighbours, b.lead)


_TITLES: dict[tuple[str, bool], TextFeatures] = {}


def _title_features(title: str, day_first: bool) -> TextFeatures:
    """The features of a title alone (cached)."""
    if len(_TITLES) > 200_000:
        _TITLES.clear()
    found = _TITLES[(title, day_first)] = _features(title, day_first)
    return found


def _features(title: str, day_first: bool) -> TextFeatures:
    links = links_in(title) if "://" in title or "www." in title else set()
    plain = _URL_RE.sub(" ", title) if "://" in title or "www." in title else title
    if not plain.isascii():  # (NFKC leaves ASCII as it is)
        plain = unicodedata.normalize("NFKC", plain)
    if _DIGIT_RE.search(plain):
        plain = _TIME_RE.sub(" ", plain)
    plain, dates = _extract_dates(plain, day_first)
    text = normalise(plain)
    text = _concepts(text)
    # ("March", "May", "Marzo", "Mayo" all begin with "Ma")
    capital_months = {MONTHS[m.casefold()] for m in _CAPITAL_MONTH_RE.findall(plain)} if "Ma" in plain else _NONE
    tokens = [_CONCEPT_WORDS.get(t, t) for t in _TOKEN_RE.findall(text)]
    if len(tokens) > 2 and tokens[0].isdigit() and int(tokens[0]) <= 30:
        tokens = tokens[1:]  # a count ("3 reasons to …", "10 tips"), not an identifier
    phase = _phase(text, tokens)
    numbers = set()
    months = set()
    kept = []
    kept_stems = []
    weekdays = set()
    memo = _TOKENS
    for token in tokens:
        word, word_stem, number, month, weekday = memo.get(token) or _token(token)
        if weekday >= 0:
            weekdays.add(weekday)
        if month:
            months.add(month)
        if word is not None:
            kept.append(word)
            kept_stems.append(word_stem)
            if number:
                numbers.add(word)
    stems = frozenset(kept_stems)
    months |= capital_months
    upper, lower, phrases = case_info(plain)
    anchors, words, runs, lead = anchors_of(plain)
    context: dict[str, set[str]] = {}
    for index, token in enumerate(kept if numbers else ()):
        if token in numbers:
            near = {stem(kept[k]) for k in (index - 1, index + 1) if 0 <= k < len(kept)}
            context.setdefault(token, set()).update(near)
    label, label_stems = "", frozenset()
    neighbours = _neighbours(kept, kept_stems, numbers) if len(kept) > 1 else _NONE
    # a label ends at ":", a dash or "|": a title with none of them has none
    found = _LABEL_RE.match(title) if title and _LABEL_CHARS_RE.search(title) else None
    if found:
        label, label_stems = _LABELS.get(found.group(1)) or _label(found.group(1))
    none = _NONE  # every empty set is this one (see _frozen), written out here: one call fewer per field
    return TextFeatures(  # the fields in their order
        stems or none, frozenset(numbers) if numbers else none, frozenset(dates) if dates else none,
        frozenset(months) if months else none, frozenset(phase) if phase else none,
        frozenset(links) if links else none, none, label, label_stems or none,
        {k: frozenset(v) for k, v in context.items()} if context else {},
        frozenset(weekdays) if weekdays else none, frozenset(upper) if upper else none,
        frozenset(lower) if lower else none, frozenset(phrases) if phrases else none,
        frozenset(anchors) if anchors else none, frozenset(words) if words else none,
        frozenset(runs) if runs else none, neighbours, lead,
    )


def _neighbours(kept: list[str], kept_stems: list[str], numbers: set[str]) -> frozenset[tuple[str, str]]:
    """The stems a title writes next to each other (stop words between them skipped), each pair
    sorted: "Tips for the chess club" -> {("chess", "club"), ("chess", "tip")}; a figure breaks the run."""
    found = set()
    for (w1, s1), (w2, s2) in zip(zip(kept, kept_stems), zip(kept[1:], kept_stems[1:])):
        if s1 != s2 and w1 not in numbers and w2 not in numbers:
            found.add((s1, s2) if s1 < s2 else (s2, s1))
    return frozenset(found) if found else _NONE


_NONE: frozenset = frozenset()
_TOKENS: dict[str, tuple] = {}
_LABELS: dict[str, tuple[str, frozenset[str]]] = {}


def _label(written: str) -> tuple[str, frozenset[str]]:
    """A title label as written ("Feature focus") -> its words and stems (cached: labels repeat)."""
    if len(_LABELS) > 200_000:
        _LABELS.clear()
    words = [t for t in _TOKEN_RE.findall(normalise(written)) if t not in STOP_WORDS]
    found = _LABELS[written] = (" ".join(words), frozenset(
        stem(t) for t in words if t.isalpha() or not any(ch.isdigit() for ch in t)))
    return found


def _token(token: str) -> tuple:
    """What one token of a title is, once per distinct token (cached): the word kept (None when
    it is dropped) and its stem, whether it is a figure, the month (0: none) and the weekday
    (-1: none) it names."""
    if len(_TOKENS) > 200_000:
        _TOKENS.clear()
    found: tuple = (None, "", False, 0, -1)
    if token.isalpha():
        weekday = _WEEKDAY_NUMBER.get(token, -1)
        if token in STOP_WORDS or len(token) < 2 or token in _WEEKDAY_SET:
            found = (None, "", False, 0, weekday)
        elif token in _MONTH_ALONE:
            found = (None, "", False, _MONTH_ALONE[token], weekday)
        else:
            found = (token, stem(token), False, 0, weekday)
    else:
        word = token.lstrip("#").replace(",", ".").replace(" ", "")
        if not word:
            pass
        elif _DIGIT_RE.search(word):
            found = (word, stem(word), True, 0, -1)
        elif word in _MONTH_ALONE:
            found = (None, "", False, _MONTH_ALONE[word], -1)
        elif not (word in STOP_WORDS or word in _WEEKDAYS or len(word) < 2):
            found = (word, stem(word), False, 0, -1)
    _TOKENS[token] = found
    return found


def _frozen(values) -> frozenset:
    """A frozenset of ``values``; every empty one is the same object (20,000 titles hold many)."""
    return frozenset(values) if values else _NONE


@lru_cache(maxsize=16_384)
def _desc_stems(description: str, day_first: bool) -> frozenset[str]:
    """The stems of a description, once per distinct description (a team's template repeats)."""
    dtext = normalise(_URL_RE.sub(" ", description))
    dtext, _ = _extract_dates(_TIME_RE.sub(" ", dtext), day_first)
    return _frozen({
        stem(t) for t in _TOKEN_RE.findall(dtext)
        if t not in STOP_WORDS and len(t) >= 2 and (t.isalpha() or not any(ch.isdigit() for ch in t))
    })


def clear_caches() -> None:
    """Forget the stems, folded forms and word facts kept between analyses."""
    for cache in (_STEMS, _FOLDED, _TOKENS, _CASE_WORDS, _NAME_WORDS, _TITLES, _LABELS):
        sliced_dict_clear(cache)  # a slice at a time: a 300,000-title cache let go of at once held the GIL
    _desc_stems.cache_clear()
