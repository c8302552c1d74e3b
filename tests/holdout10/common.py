"""What Fjordline's file writers share: spellings of networks and statuses per language, weekday and
month names as each language writes them, the post's local time, the xlsx helpers."""
from __future__ import annotations

import csv
import io
import unicodedata
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from openpyxl.styles import Font

from tests.holdout3.company import Post

DOMAIN = "fjordline.example"
NEWSLETTER = {"nb": "Nyhetsbrev", "sv": "Nyhetsbrev", "fi": "Uutiskirje", "da": "Nyhedsbrev", "is": "Fréttabréf",
              "nl": "Nieuwsbrief", "fr": "Lettre d'information", "tr": "Bülten", "et": "Uudiskiri", "en": "Newsletter"}
BLOG = {"nb": "Blogg", "sv": "Blogg", "fi": "Blogi", "da": "Blog", "en": "Blog"}
STATUS = {"nb": ("Planlagt", "Utkast", "Avlyst"), "sv": ("Planerad", "Utkast", "Inställd"),
          "fi": ("Suunniteltu", "Luonnos", "Peruttu"), "da": ("Planlagt", "Kladde", "Aflyst"),
          "is": ("Áætlað", "Drög", "Aflýst"), "nl": ("Gepland", "Concept", "Geannuleerd"),
          "fr": ("Planifié", "Brouillon", "Annulé"), "tr": ("Planlandı", "Taslak", "İptal"),
          "et": ("Planeeritud", "Mustand", "Tühistatud"), "en": ("Scheduled", "Draft", "Cancelled")}
WEEKDAYS = {   # Monday..Friday, full and short, as each language writes them (lower case where it does)
    "nb": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag"], ["ma", "ti", "ons", "to", "fre"]),
    "sv": (["måndag", "tisdag", "onsdag", "torsdag", "fredag"], ["mån", "tis", "ons", "tors", "fre"]),
    "fi": (["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai"], ["ma", "ti", "ke", "to", "pe"]),
    "da": (["mandag", "tirsdag", "onsdag", "torsdag", "fredag"], ["man.", "tirs.", "ons.", "tors.", "fre."]),
    "is": (["mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur"], ["mán.", "þri.", "mið.", "fim.", "fös."]),
    "nl": (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], ["ma", "di", "wo", "do", "vr"]),
    "tr": (["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma"], ["Pzt", "Sal", "Çar", "Per", "Cum"]),
    "et": (["esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede"], ["E", "T", "K", "N", "R"]),
}
MONTHS = {   # October, November (Finnish in the partitive, as a date writes it)
    "nb": ("oktober", "november"), "da": ("oktober", "november"), "nl": ("oktober", "november"),
    "fi": ("lokakuuta", "marraskuuta"), "is": ("október", "nóvember"), "et": ("oktoober", "november"),
    "tr": ("Ekim", "Kasım"), "fr": ("octobre", "novembre"), "da-short": ("okt.", "nov."), "nl-short": ("okt", "nov"),
}


def fold_ascii(s: str) -> str:
    for a, b in (("ð", "d"), ("þ", "th"), ("ı", "i"), ("ø", "o"), ("æ", "ae"), ("Ø", "o"), ("Æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch == ".")


def email(name: str) -> str:
    """given.family@fjordline.example, letters folded to ASCII ("sigurdur.olafsson@…")."""
    given, family = name.split(" ", 1)
    return f"{fold_ascii(given)}.{fold_ascii(family.replace(' ', ''))}@{DOMAIN}"


def chan(lang: str, channel: str | None) -> str:
    if not channel:
        return ""
    if channel == "Newsletter":
        return NEWSLETTER.get(lang, "Newsletter")
    if channel == "Blog":
        return BLOG.get(lang, "Blog")
    return channel


def status(lang: str, p: Post) -> str:
    return STATUS[lang][("planned", "draft", "cancelled").index(p.status)]


def zone(dept: str) -> ZoneInfo:
    from tests.holdout10.company import ZONE
    return ZoneInfo(ZONE[dept])


def local(p: Post) -> datetime:
    return p.start.astimezone(zone(p.dept))


def day(p: Post):
    return p.day if p.all_day else local(p).date()


def ordered(posts):
    return sorted(posts, key=lambda p: (datetime.combine(day(p), local(p).time() if p.start else time(0)), p.pid))


def end(p: Post, default=30) -> datetime:
    return (p.end or p.start + timedelta(minutes=default)).astimezone(zone(p.dept))


def dot(t) -> str:
    return f"{t.hour:02d}.{t.minute:02d}"


def month(lang: str, d) -> str:
    return MONTHS[lang][d.month - 10]


def joined(people: list[str], word: str) -> str:
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + f" {word} {people[-1]}"


def to_csv(rows, delimiter=",", lineterminator="\r\n") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    return buf.getvalue()


def title_cell(ws, text: str, width: int, row: int = 1):
    """A merged title across the table's width, bold and large, as a planner starts a sheet."""
    ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def header(ws, row: int, names: list[str]):
    for i, v in enumerate(names, start=1):
        ws.cell(row=row, column=i, value=v).font = Font(bold=True)
