"""Text files that are neither UTF-8 nor UTF-16: which legacy encoding wrote them, told by content.

East Asian double-byte encodings (Shift_JIS / cp932, GB18030, cp949 / EUC-KR, Big5) are told by
what their strict decoding gives: Japanese text has kana, Korean text is Hangul, Chinese text is
ideographs; and in each the letters come in runs of their script, where a Western text misread as
one of them gives single signs beside Latin letters ("Gäste" read as GB18030). A Windows
code page other than 1252 (Turkish 1254, Central European 1250, Baltic 1257, Cyrillic 1251, Greek
1253, Hebrew 1255, Arabic 1256, Thai 874, Vietnamese 1258) is the one under which more of the file's words are words the reader
knows (month and weekday names, header words, in their own scripts), and none of them are made only of
accented Latin letters, which no Latin-script language writes (cp1251 text read as cp1252), mix Latin
with another script or two non-Latin scripts, or put a capital after a small letter inside a Cyrillic
or Greek word (Greek or Arabic read as cp1251). Anything else stays with the caller's
Western decision (Windows-1252 or Mac Roman)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from importers.sheets.mapping import east_asian

SAMPLE = 256 * 1024

_KANA = re.compile(r"[\u3040-\u30ff]")
_HALF_KANA = re.compile(r"[\uff61-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_EAST_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CAPITAL_INSIDE = re.compile(r"[^\W\d_](?=[^\W\d_])(?<=[a-zа-яёіїєґα-ωάέήίόύώϊϋΐΰ])[A-ZА-ЯЁІЇЄҐΑ-ΩΆΈΉΊΌΎΏ]")

# (encoding, what its text is made of): tried in this order, the first whose reading fits wins
_EAST_ASIAN = (("cp932", "kana"), ("cp949", "hangul"), ("gb18030", "ideographs"), ("big5", "ideographs"))
_CODE_PAGES = ("cp1254", "cp1250", "cp1257", "cp1251", "cp1253", "cp1255", "cp1256", "cp874", "cp1258")


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _sample(data: bytes) -> bytes:
    """The head of the file, cut at a line end (a multi-byte sign is never cut in two)."""
    if len(data) <= SAMPLE:
        return data
    cut = data.rfind(b"\n", 0, SAMPLE)
    return data[: cut + 1] if cut > 0 else data[:SAMPLE]


def _wedged(text: str) -> float:
    """The share of the East Asian runs that are one sign beside a Latin letter ("G丁ste", "Reuni丁 "):
    what a Western accented letter and its neighbour become when read as a double-byte encoding."""
    runs = list(_EAST_RUN.finditer(text))
    if not runs:
        return 1.0

    def latin(i: int) -> bool:
        return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()

    wedged = sum(1 for m in runs if m.end() - m.start() == 1 and (latin(m.start() - 1) or latin(m.end())))
    return wedged / len(runs)


def east_asian_encoding(data: bytes) -> str | None:
    """The double-byte encoding the file was written in, or None."""
    sample = _sample(data)
    if sum(1 for b in sample if b >= 0x80) < 4:
        return None
    for encoding, made_of in _EAST_ASIAN:
        text = _strict(sample, encoding)
        if text is None:
            continue
        wide = [ch for ch in text if ord(ch) >= 0x80 and ch.isalpha()]
        if len(wide) < 2 or _wedged(text) > 0.3:
            continue
        kana, hangul = len(_KANA.findall(text)), len(_HANGUL.findall(text))
        ideographs, half = len(_IDEOGRAPH.findall(text)), len(_HALF_KANA.findall(text))
        if made_of == "kana":
            fits = kana > 0 and half <= 0.05 * len(wide) and kana + ideographs >= 0.9 * len(wide)
        elif made_of == "hangul":
            fits = hangul >= 0.8 * len(wide)
        else:
            fits = ideographs >= 0.9 * len(wide) and kana == 0
        if fits:
            return encoding
    return None


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Words the reader knows, folded: month and weekday names and header words of its languages."""
    from importers.sheets.dates.words import MONTHS, WEEKDAYS
    from importers.sheets.mapping import _EXACT
    from importers.scripts import _NAMES
    return frozenset(w for w in (*MONTHS, *WEEKDAYS, *_EXACT, *_NAMES) if len(w) >= 3 and not any(
        east_asian(ch) for ch in w))


def _fold(word: str) -> str:
    from importers.sheets.mapping import _key
    return _key(word)


def _scripts(word: str) -> set[str]:
    return {unicodedata.name(ch, "?").split(" ", 1)[0] for ch in word}


def _odd(word: str) -> bool:
    """A word no language writes: accented Latin letters only ("Âñòðå÷à", Cyrillic read as Western),
    or Latin letters beside Cyrillic or Greek ones ("Gдste", a Western word read as Cyrillic)."""
    scripts = _scripts(word)
    if scripts == {"LATIN"}:
        return len(word) >= 3 and not any(ch.isascii() for ch in word)
    if "LATIN" in scripts and bool(scripts & {"CYRILLIC", "GREEK", "HEBREW", "ARABIC"}):
        return True
    if len(scripts & {"CYRILLIC", "GREEK", "HEBREW", "ARABIC"}) > 1:
        return True
    # a capital after a small letter inside a Cyrillic or Greek word ("лейфпхсгеЯ"): Greek or Arabic read as
    # Cyrillic, where the accented and some plain letters fall on capitals
    return bool(scripts & {"CYRILLIC", "GREEK"}) and _CAPITAL_INSIDE.search(word) is not None


def _words(text: str) -> set[str]:
    """The words of the text, each with its combining marks: Thai vowels and tones, Vietnamese tones as
    Windows-1258 writes them (after the letter), Indic vowel signs are inside a word, not between two."""
    if text.isascii():
        return set(_WORD.findall(text))
    text = unicodedata.normalize("NFC", text)
    out, cur = set(), []
    for ch in text:
        if ch.isalpha() or (cur and unicodedata.category(ch)[0] == "M"):
            cur.append(ch)
            continue
        if len(cur) >= 2:
            out.add("".join(cur))
        cur = []
    if len(cur) >= 2:
        out.add("".join(cur))
    return out


def _score(text: str) -> int:
    known, odd, vocabulary = 0, 0, _vocabulary()
    for word in _words(text):
        if _odd(word):
            odd += 1
        elif _fold(word) in vocabulary:
            known += 1
    return 2 * known - 3 * odd


def code_page(data: bytes) -> str | None:
    """A Windows code page other than 1252 the file reads better in than in either Western reading
    (Windows-1252, Mac Roman), or None (the caller picks between those)."""
    sample = _sample(data)
    if not any(b >= 0x80 for b in sample):
        return None
    westerns = [t for t in (_strict(sample, "cp1252"), _strict(sample, "mac_roman")) if t is not None]
    best, best_score = None, max((_score(t) for t in westerns), default=-(10 ** 6))
    for encoding in _CODE_PAGES:
        text = _strict(sample, encoding)
        if text is None or text in westerns:
            continue
        score = _score(text)
        if score > best_score:
            best, best_score = encoding, score
    return best
