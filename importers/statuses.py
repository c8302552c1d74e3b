"""The words that say an entry was cancelled, and a title that starts with one.

The one home of that vocabulary (statuses are words, not content to infer): calendar_core.names
takes its "Cancelled" spellings from here, and every reader's titles go through
:func:`cancelled_prefix` ("Geannuleerd: Testrit-dag", Outlook's subject of a cancelled meeting;
"VERVALT: FB: …" in a planning cell): the ICS reader's in ics_fields, the others' in
:func:`mark_cancelled_titles`. The languages are those the readers read: en, de, fr, es,
it, nl, pl, pt, the Nordic ones the status table already knew, tr, ja, zh, ko, cs, uk, ru, el, he, ar,
th, vi, id, ms, hi, ne, bn and sw.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from importers.records import RawRecord, RecordColumns, record_column

_WRITTEN = (
    # en
    "cancelled", "canceled", "cancellation", "called off", "dropped", "scrapped", "killed",  # Airtable's "Killed"
    # de
    "abgesagt", "storniert", "gestrichen", "entfällt", "entfallen", "fällt aus", "ausgefallen",
    # fr
    "annulé", "annulée", "annulés", "annulées", "annulation",
    # es
    "cancelado", "cancelada", "cancelados", "canceladas", "anulado", "anulada",
    # it
    "annullato", "annullata", "annullati", "annullate", "cancellato", "cancellata",
    # nl
    "geannuleerd", "vervallen", "vervalt", "komt te vervallen", "afgelast", "gaat niet door", "geschrapt",
    # pl
    "odwołany", "odwołana", "odwołane", "anulowany", "anulowana", "anulowane",
    # pt
    "cancelados", "canceladas", "anulados", "anuladas",
    # ca (the middle dot of "l·l" written as Catalan keyboards give it, or as a plain dot)
    "cancel·lat", "cancel·lada", "cancel·lats", "anul·lat", "anul·lada", "cancel.lat", "anul.lat",
    # sv, da, no, fi
    "inställd", "inställt", "aflyst", "avlyst", "droppet", "peruttu", "peruttu tapahtuma",
    # cs, uk, ru, el, he, ar
    "zrušeno", "zrušen", "zrušena", "скасовано", "скасований", "скасована", "відмінено", "отменено", "отменён",
    "ακυρώθηκε", "ακυρωμένο", "ακύρωση", "בוטל", "בוטלה", "מבוטל", "ملغى", "ملغي", "ملغاة", "تم الإلغاء",
    # tr, ja, zh, ko
    "iptal", "iptal edildi", "iptal edilmiştir", "中止", "キャンセル", "取りやめ", "取消", "已取消", "取消了", "作废", "已作废",
    "취소", "취소됨",
    # th, vi, id, ms, hi, ne, bn, sw
    "ยกเลิก", "ยกเลิกแล้ว", "đã hủy", "đã huỷ", "hủy", "huỷ", "batal", "dibatalkan", "रद्द", "रद्द किया गया", "रद्द गरियो",
    "বাতিল", "বাতিল করা হয়েছে", "imeghairiwa", "imefutwa",
)


def _plain(word: str) -> str:
    """``word`` without accents and in lower case ("Annulée" -> "annulee"); letters that have no ASCII
    form stay ("中止", "취소")."""
    word = word.casefold().translate(_LETTERS)
    if word.isascii():
        return word
    return "".join(plain if (plain := unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii"))
                   or not ch.isalpha() else ch for ch in word)


_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d"})  # letters NFKD keeps whole


# each word as written and without its accents ("odwolany" is how many type it), in one order
CANCELLED_WORDS: tuple[str, ...] = tuple(dict.fromkeys(w for word in _WRITTEN for w in (word, _plain(word))))
_KEYS = frozenset(_plain(w) for w in CANCELLED_WORDS)
# words that also begin a title of their own: "Dropped: the winter collection" (released),
# "Cancellation policy: …", "Ausgefallen: …" (German for "unusual")
_NOT_PREFIXES = frozenset({"dropped", "scrapped", "killed", "droppet", "cancellation", "annulation", "ausgefallen",
                           "huy"})   # Vietnamese "hủy" is also the given name Huy: not before a title
_ALTS = "|".join(re.escape(w) for w in sorted(CANCELLED_WORDS, key=len, reverse=True) if _plain(w) not in _NOT_PREFIXES)
# "Geannuleerd: Testrit", "CANCELED:Launch", "[Facebook] VERVALT : x" (the tag is left to the reader)
_PREFIX = re.compile(rf"^\s*(?P<word>{_ALTS})\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


def is_cancelled(status: str) -> bool:
    """Whether a status as written says cancelled ("vervallen", "ANNULÉ", "Called off")."""
    return bool(status) and " ".join(_plain(status).replace("-", " ").split()) in _KEYS


@lru_cache(maxsize=8192)
def cancelled_prefix(title: str) -> tuple[str, str] | None:
    """("Geannuleerd", "Testrit-dag") for "Geannuleerd: Testrit-dag": a title that starts with a
    cancelled word and a colon; None otherwise (also for "Cancelled flights: what to do", whose
    word is not followed by the colon)."""
    m = _PREFIX.match(title)
    if not m:
        return None
    return m.group("word"), m.group("rest").strip()


_FIRST = frozenset(w[0] for w in CANCELLED_WORDS) | frozenset(w[0].upper() for w in CANCELLED_WORDS)


def mark_cancelled_titles(records: Sequence[RawRecord]) -> int:
    """Titles that start with a cancelled word ("Geannuleerd: Testrit") lose it, and their
    record's status becomes that word unless it already says cancelled; how many there were.
    The table readers' records pass here (importers.read_file); the ICS reader looks for the word
    itself, before and after a channel tag ("[Facebook] Geannuleerd: …")."""
    titles = record_column(records, "title")
    # a series repeats its title: each distinct title is looked at once; titles none of which has a
    # colon (found in their join, at C speed) have no prefix
    distinct = set(titles)
    try:
        if ":" not in "".join(distinct):
            return 0
    except TypeError:  # a title that is no text (None): looked at one by one
        pass
    marked = {t for t in distinct if t and ":" in t and t.lstrip()[:1] in _FIRST and cancelled_prefix(t)}
    if not marked:
        return 0
    hits = [i for i, t in enumerate(titles) if t in marked]
    statuses = record_column(records, "status")
    new_titles, new_statuses = list(titles), list(statuses)
    for i in hits:
        word, rest = cancelled_prefix(titles[i])
        new_titles[i] = rest
        if not is_cancelled(statuses[i] or ""):
            new_statuses[i] = word
    if isinstance(records, RecordColumns):
        records.replace_column("title", new_titles)
        records.replace_column("status", new_statuses)
    else:
        for i in hits:
            records[i].title, records[i].status = new_titles[i], new_statuses[i]
    return len(hits)
