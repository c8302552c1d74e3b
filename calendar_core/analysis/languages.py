"""Which language a title is written in, as far as its own letters and small words tell, and
otherwise as its department mostly writes.

Only what the text shows is used: the script of its letters (Cyrillic, Greek, Arabic, Hebrew,
Devanagari, Thai, Hangul, Japanese kana, Chinese characters), letters only one Latin-script
language writes (Polish "ł", Czech "ř", Turkish "ı", German "ß", Spanish "ñ"...), and the small
words of English, German, French and Spanish. A title that shows none of these ("Premiera
aplikacji SkyTrack 4") is in its department's language: the one most of the department's
titles show, when most of them show one. Two titles whose languages are known and differ cannot
share their ordinary words, so their duplicated effort is judged on what every language writes
alike (:mod:`.crosslang`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Sequence

# Code point ranges of the scripts told apart (the first range that holds a letter names it).
_SCRIPTS = (
    (0x0370, 0x0400, "el"), (0x1F00, 0x2000, "el"),
    (0x0400, 0x0530, "cyrl"),
    (0x0590, 0x0600, "he"), (0xFB1D, 0xFB50, "he"),
    (0x0600, 0x0700, "ar"), (0x0750, 0x0780, "ar"), (0xFB50, 0xFF00, "ar"),
    (0x0900, 0x0980, "hi"),
    (0x0E00, 0x0E80, "th"),
    (0x1100, 0x1200, "ko"), (0x3130, 0x3190, "ko"), (0xAC00, 0xD7B0, "ko"),
    (0x3040, 0x3100, "ja"),
    (0x4E00, 0xA000, "zh"), (0x3400, 0x4DC0, "zh"),
)
# Letters that only one Latin-script language of those told apart writes (Danish and Norwegian write
# alike: one code for both; "æ" and "ø" are neither German nor Swedish, whose "ä", "ö" they are).
_LETTERS = {"pl": "łąęśźżćń", "cs": "řěů", "tr": "ığş", "de": "ß", "es": "ñ¿¡", "fr": "œçèêëîïûù", "pt": "ãõ",
            "hu": "őű", "ro": "ăţțș", "da-no": "æø", "is": "þð"}
_LETTER_LANGUAGE = {ch: lang for lang, letters in _LETTERS.items() for ch in letters}
# Small words that say which language a Latin-script title is in (few of them shared).
_SMALL = {
    "en": "the and of for our with is are to your at from this how what you we it's we're new".split(),
    "de": "der die das und mit für ist auf im vom zum zur ein eine unser unsere jetzt wir sie".split(),
    "fr": "le la les et des du avec pour une nos notre est sur au aux".split(),
    "es": "el los las y con para una nuestro nuestra del ya por".split(),
}
_SMALL_LANGUAGE: dict[str, set[str]] = defaultdict(set)
for _lang, _words in _SMALL.items():
    for _w in _words:
        _SMALL_LANGUAGE[_w].add(_lang)
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
SAMPLE = 300  # titles of a team read to tell its language
MOST = 0.6  # a department writes a language when this share of its titles that show one show it

_SEEN: dict[str, str] = {}


def script_of(ch: str) -> str:
    """The script of one letter: "latin" below Greek, else a code of :data:`_SCRIPTS` ("" for none)."""
    n = ord(ch)
    if n < 0x0370 or 0x1E00 <= n < 0x1F00:
        return "latin"
    for lo, hi, name in _SCRIPTS:
        if lo <= n < hi:
            return name
    return ""


def title_language(title: str) -> str:
    """The language a title shows by itself: a script code, a Latin-script language, or "" (cached)."""
    found = _SEEN.get(title)
    if found is None:
        if len(_SEEN) > 200_000:
            _SEEN.clear()
        found = _SEEN[title] = _language(title)
    return found


def _language(title: str) -> str:
    votes: Counter = Counter()
    for position, word in enumerate(_WORD_RE.findall(title)):
        if not (word.islower() or (position == 0 and word[1:].islower())):
            continue  # "LA-58", "The" of "The Hub" inside a title: a name's letters, no small word
        for lang in _SMALL_LANGUAGE.get(word.lower().replace("’", "'"), ()):
            votes[lang] += 1
    if votes:  # the small words first: a name ("Gdańsk", "Zürich") is written the same in every language
        top = votes.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            return top[0][0]
    if title.isascii():
        return ""
    scripts: Counter = Counter()
    letters: Counter = Counter()
    for position, word in enumerate(_WORD_RE.findall(title)):
        named = position > 0 and word[0].isupper()  # a capitalised word inside the title: maybe a name
        for ch in word:
            script = script_of(ch)
            if script != "latin":
                if script:
                    scripts[script] += 1
            elif not named:
                lang = _LETTER_LANGUAGE.get(ch.lower())
                if lang:
                    letters[lang] += 1
    if scripts:
        if "ja" in scripts:  # kana: Japanese, whatever Chinese characters it holds beside them
            return "ja"
        return scripts.most_common(1)[0][0]
    if letters:
        top = letters.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            return top[0][0]
    if any(ch in "äöü" for ch in title.lower()):
        return "de"
    return ""


def team_languages(titles: Iterable[str], teams: Iterable[str], count: int | None = None) -> dict[str, str]:
    """Each team's language, where most of its titles that show a language show one (of its first
    :data:`SAMPLE` titles: a department writes its language throughout, and a workspace of 100,000
    entries is decided in a few hundred). ``count``: how many teams there are, when known."""
    counts: dict[str, Counter] = defaultdict(Counter)
    seen: dict[str, int] = defaultdict(int)
    if count is None:
        teams = list(teams)
        count = len(set(teams))
    left = count
    for title, team in zip(titles, teams):
        n = seen[team]
        if n >= SAMPLE:
            continue
        seen[team] = n + 1
        if n + 1 == SAMPLE:
            left -= 1
            if not left:
                break
        lang = title_language(title)
        if lang:
            counts[team][lang] += 1
    usual: dict[str, str] = {}
    for team, found in counts.items():
        lang, n = found.most_common(1)[0]
        if n >= 2 and n >= MOST * sum(found.values()):
            usual[team] = lang
    return usual


def languages(titles: Sequence[str], teams: Sequence[str], usual: dict[str, str] | None = None) -> list[str]:
    """Each title's language: its own (:func:`title_language`), else its team's (``usual``, see
    :func:`team_languages`); "" where neither tells."""
    if usual is None:
        usual = team_languages(titles, teams)
    return [title_language(title) or usual.get(team, "") for title, team in zip(titles, teams)]


def clear_cache() -> None:
    _SEEN.clear()
