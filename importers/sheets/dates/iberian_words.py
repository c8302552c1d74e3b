"""Portuguese names of the weekdays and the short form of October that words.py's lists lack: Brazilian sheets
write "ter., 13 de out. de 2026", "terça-feira, 13 de outubro", "13/out" (CLDR's pt-BR forms). Merged into
words.MONTHS / WEEKDAYS; "feira" (of "segunda-feira") is filler like "de"."""
from __future__ import annotations

MONTHS = {"out": 10}
WEEKDAYS = {
    "seg": 0, "segunda": 0, "ter": 1, "terca": 1, "qua": 2, "quarta": 2, "qui": 3, "quinta": 3, "sex": 4, "sexta": 4,
}
FILLER = {"feira"}
