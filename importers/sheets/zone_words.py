"""More of the words sheets name their zone by (merged into hints.py's tables): the abbreviations Latin America
writes after its clocks and in its headers, and the countries and cities whose time a header names in Spanish
or Portuguese ("Horário (horário de Brasília)", "Hora (ART)", "hora de Colombia", "hora del centro de México").

A country stands for one zone when it keeps one (Argentina, Colombia, Peru) or when its capital's is the one
its sheets mean (Brazil: Brasília's time, which São Paulo keeps; Mexico: the centre's; Chile: the mainland's).
Like a city, a country names a zone only in brackets or beside a cue word ("time", "hora", "horário")."""
from __future__ import annotations

# abbreviations: each names one offset where it is used, none clashes with a table entry of hints.py
ABBREVIATIONS = {
    "ART": "America/Argentina/Buenos_Aires", "BRT": "America/Sao_Paulo", "BRST": "America/Sao_Paulo",
    "CLT": "America/Santiago", "CLST": "America/Santiago", "COT": "America/Bogota", "PET": "America/Lima",
    "UYT": "America/Montevideo", "PYT": "America/Asuncion", "VET": "America/Caracas", "BOT": "America/La_Paz",
}
# abbreviations that are English words too ("ART", "PET"): a zone only in brackets, beside a cue word, in a
# time column's header or after a clock, never alone in a title block ("ART DEPARTMENT PLAN")
WORDLIKE = frozenset({"ART", "PET", "BOT", "VET"})
# folded (accents aside, lower case): the name a team gives its own country's or capital's time
PLACES = {
    "brasilia": "America/Sao_Paulo", "brasil": "America/Sao_Paulo", "brazil": "America/Sao_Paulo",
    "argentina": "America/Argentina/Buenos_Aires", "colombia": "America/Bogota", "peru": "America/Lima",
    "chile": "America/Santiago", "uruguay": "America/Montevideo", "paraguay": "America/Asuncion",
    "venezuela": "America/Caracas", "bolivia": "America/La_Paz", "mexico": "America/Mexico_City",
    "cdmx": "America/Mexico_City", "japon": "Asia/Tokyo", "japao": "Asia/Tokyo", "japan": "Asia/Tokyo",
    "corea": "Asia/Seoul", "coreia": "Asia/Seoul", "korea": "Asia/Seoul", "taiwan": "Asia/Taipei",
    "pekin": "Asia/Shanghai", "pequim": "Asia/Shanghai", "beijing": "Asia/Shanghai",
}
