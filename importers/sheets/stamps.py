"""What a tool writes about its own records beside the entry's fields, so that neither is taken for
the other: the day a row was created, changed or closed ("Created Date", "Updated", "Opprettet dato",
"Fullført dato") is not the day of the entry when another date column is there; who filed the row
("Reporter") is not who does the work; and a field the tool wraps in its own words ("Custom field
(Kanaal)", as Jira exports them) is named by the words inside.
"""
from __future__ import annotations

import re

from importers.sheets.mapping import fold

# folded words (or word starts) that say a date records the row's own life, in the languages we read
_STAMP_WORDS = frozenset(
    "created creation updated modified changed edited completed closed resolved archived exported "
    "erstellt geandert aktualisiert erledigt aangemaakt gewijzigd bijgewerkt voltooid "
    "cree creee creation modifie modifiee termine creado creada modificado actualizado completado "
    "criado modificado concluido creato modificato completato "
    "opprettet endret fullfort oprettet aendret aendret fuldfort skapad skapat andrad slutford "
    "luotu muokattu valmistunut loodud muudetud utworzono zmodyfikowano zakonczono olusturulma guncelleme "
    "tamamlanma".split())
_WRAPPER = re.compile(r"^\s*(?P<outside>[^()]*?)\s*\((?P<inside>[^()]+)\)\s*$")
SCALE = 0.5  # how far a record's own date counts against an entry's


def record_stamp(header) -> bool:
    """The header names a date of the row's own record ("Created Date", "Date Created", "Last
    Modified", "Opprettet dato"), not of what the row plans."""
    if not isinstance(header, str):
        return False
    return any(w in _STAMP_WORDS for w in fold(header).split())


def wrapped(header) -> str | None:
    """The words inside a tool's wrapper ("Custom field (Kanaal)" -> "Kanaal"), or None."""
    m = _WRAPPER.match(header) if isinstance(header, str) else None
    return m.group("inside").strip() if m and m.group("outside") else None


__all__ = ["record_stamp", "wrapped", "SCALE"]
