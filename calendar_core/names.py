"""Canonical names for channels, people and statuses through synonym tables.

A table maps a normalised spelling to a canonical name. Lookup is insensitive
to case, punctuation and spacing ("Linked In", "linkedin", "LI" → LinkedIn).
Unknown names are kept as written (trimmed, inner spaces collapsed).
"""
from __future__ import annotations

import re
from collections import Counter
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from calendar_core.compound_names import longer_name
from calendar_core.hangul_names import fits as hangul_fits
from calendar_core.hangul_names import is_hangul_name
from calendar_core.nicknames import is_short_for, mail_initial_surname
from importers.channels import KNOWN_CHANNELS, channel_in_list, known_channel
from importers.statuses import CANCELLED_WORDS

KINDS = ("channel", "person", "status")

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)

DEFAULT_SYNONYMS: dict[str, dict[str, list[str]]] = {
    "channel": KNOWN_CHANNELS,  # one home: importers/channels.py
    "status": {
        "Idea": ["idea", "idee", "idée", "backlog", "idé", "pomysł", "ideia"],
        "Draft": ["draft", "entwurf", "brouillon", "borrador", "writing", "in progress", "in arbeit", "wip",
                  "bozza", "concept", "utkast", "szkic", "rascunho", "udkast", "luonnos"],
        "In review": ["in review", "review", "in prüfung", "prüfung", "en révision", "en revisión", "pending approval"],
        "Approved": ["approved", "freigegeben", "approuvé", "aprobado", "ready", "approvato", "goedgekeurd", "godkänd",
                     "zatwierdzony", "aprovado", "godkendt", "hyväksytty"],
        "Scheduled": ["scheduled", "planned", "geplant", "planifié", "programmé", "programado", "planificado", "booked",
                      "pianificato", "gepland", "planerad", "zaplanowany", "agendado", "planlagt", "suunniteltu"],
        "Published": ["published", "live", "posted", "done", "veröffentlicht", "publié", "publicado", "pubblicato",
                      "gepubliceerd", "publicerad", "opublikowany", "publiceret", "publisert", "julkaistu"],
        "Cancelled": list(CANCELLED_WORDS),  # one home: importers/statuses.py
    },
    "person": {},
}


def tidy(name: str | None) -> str:
    """Trim and collapse inner whitespace; the form kept for unknown names."""
    return " ".join((name or "").split())


def name_key(name: str | None) -> str:
    """Normalised lookup key: case-folded, accents kept, punctuation and spacing removed."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    return _NON_WORD.sub(" ", text).strip()


def compact_key(name: str | None) -> str:
    return name_key(name).replace(" ", "").replace("_", "")


def person_key(name: str | None) -> str:
    """Same person modulo case and whitespace."""
    return " ".join(unicodedata.normalize("NFKC", name or "").casefold().split())


@dataclass
class SynonymTable:
    """Synonyms of one kind: normalised spelling → canonical name."""

    kind: str
    _map: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, canonical: str) -> None:
        canonical = tidy(canonical)
        if not canonical:
            return
        for key in {name_key(name), compact_key(name), name_key(canonical), compact_key(canonical)}:
            if key:
                self._map[key] = canonical

    def canonical(self, name: str | None) -> str:
        written = tidy(name)
        if not written:
            return ""
        found = self._map.get(name_key(written)) or self._map.get(compact_key(written))
        if found:
            return found
        if self.kind == "channel":  # "IG Reels", "LinkedIn (company)", "X (formerly Twitter)": by content
            known = known_channel(written, formats=True) or channel_in_list(written)
            if known:
                return self._map.get(name_key(known)) or known
        return written

    def items(self) -> Iterable[tuple[str, str]]:
        return self._map.items()

    def __len__(self) -> int:
        return len(self._map)


@dataclass
class Names:
    """All three synonym tables."""

    tables: dict[str, SynonymTable] = field(default_factory=lambda: {k: SynonymTable(k) for k in KINDS})

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str]], with_defaults: bool = True) -> "Names":
        names = cls.defaults() if with_defaults else cls()
        for kind, name, canonical in rows:
            names.add(kind, name, canonical)
        return names

    @classmethod
    def defaults(cls) -> "Names":
        names = cls()
        for kind, table in DEFAULT_SYNONYMS.items():
            for canonical, spellings in table.items():
                names.add(kind, canonical, canonical)
                for spelling in spellings:
                    names.add(kind, spelling, canonical)
        return names

    def add(self, kind: str, name: str, canonical: str) -> None:
        if kind not in self.tables:
            raise ValueError(f"unknown synonym kind '{kind}' (expected one of {', '.join(KINDS)})")
        self.tables[kind].add(name, canonical)

    def channel(self, name: str | None) -> str:
        return self.tables["channel"].canonical(name)

    def person(self, name: str | None) -> str:
        return self.tables["person"].canonical(name)

    def status(self, name: str | None) -> str:
        return self.tables["status"].canonical(name)

    def canonical(self, kind: str, name: str | None) -> str:
        return self.tables[kind].canonical(name)


def default_rows() -> list[tuple[str, str, str]]:
    rows = []
    for kind, table in DEFAULT_SYNONYMS.items():
        for canonical, spellings in table.items():
            for spelling in spellings:
                rows.append((kind, spelling, canonical))
    return rows


def load_synonym_file(path) -> list[tuple[str, str, str]]:
    """Read extra synonyms from CSV (kind,name,canonical) or JSON.

    JSON may be a list of {"kind","name","canonical"} objects or
    {"channel": {"Canonical": ["spelling", …]}, …}. Raises ValueError with the
    file name and the row on bad input.
    """
    import csv
    import json
    from pathlib import Path

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValueError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path.name}: is not UTF-8 text") from None
    rows: list[tuple[str, str, str]] = []
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        if isinstance(data, dict):
            for kind, table in data.items():
                if not isinstance(table, Mapping):
                    raise ValueError(f"{path.name}: '{kind}' must map canonical names to lists of spellings")
                for canonical, spellings in table.items():
                    if isinstance(spellings, str):
                        spellings = [spellings]
                    for spelling in spellings:
                        rows.append((str(kind), str(spelling), str(canonical)))
        elif isinstance(data, list):
            for i, item in enumerate(data, 1):
                try:
                    rows.append((str(item["kind"]), str(item["name"]), str(item["canonical"])))
                except (TypeError, KeyError):
                    raise ValueError(f"{path.name}: item {i} needs kind, name and canonical") from None
        else:
            raise ValueError(f"{path.name}: expected a JSON object or list")
    else:
        reader = csv.reader(text.splitlines())
        for lineno, row in enumerate(reader, 1):
            cells = [c.strip() for c in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if lineno == 1 and [c.casefold() for c in cells[:3]] == ["kind", "name", "canonical"]:
                continue
            if len(cells) < 3 or not all(cells[:3]):
                raise ValueError(f"{path.name}, line {lineno}: expected kind,name,canonical")
            rows.append((cells[0], cells[1], cells[2]))
    for kind, name, canonical in rows:
        if kind not in KINDS:
            raise ValueError(f"{path.name}: unknown kind '{kind}' (expected one of {', '.join(KINDS)})")
    return rows


# -- one person, several spellings ------------------------------------------------------------

_INITIALS = re.compile(r"^[A-Z]{2,3}$")
_ABBREVIATED = re.compile(r"^(?P<first>[^\W\d_][\w'’-]+)\s+(?P<last>[^\W\d_])\.?$", re.UNICODE)
_INITIALLED = re.compile(r"^(?P<first>[^\W\d_])\.\s*(?P<last>(?:[^\W\d_][\w'’-]*\s+)*[^\W\d_][\w'’-]+)$", re.UNICODE)
_MAIL = re.compile(r"^(?:mailto:)?(?P<local>[\w.+'-]+)@[\w-]+(?:\.[\w-]+)+$", re.UNICODE)


# letters NFKD does not take apart into a base letter and a mark
_NO_DECOMPOSITION = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
                                   "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "þ": "th", "ı": "i"})


def _fold_person(text: str) -> str:
    """Case, accents and spacing aside; the letters of scripts that have no ASCII form ("张伟", "김민준")
    are kept, not dropped (a name of them would fold to nothing)."""
    if text.isascii():
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKC", text.translate(_NO_DECOMPOSITION))
    out = []
    for ch in text:
        plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
        out.append(plain if plain or not ch.isalpha() else ch)
    return " ".join("".join(out).casefold().split())


# how a name's letters are spelled where an address has no room for them ("Müller": mueller@)
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa",
                              "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def _written_aliases(written: str) -> set[tuple[str, str]]:
    """(first, last) forms an address may give a written full name: its surname's words run
    together ("Sanne de Vries": sanne.devries@) and its letters spelled out ("Jürgen Müller":
    juergen.mueller@)."""
    text = " ".join(written.split())
    if _MAIL.match(text):
        return set()
    if text.count(",") == 1:
        surname, first = (p.strip() for p in text.split(","))
    else:
        first, _, surname = text.partition(" ")
    out = set()
    for fold in (_fold_person, lambda t: _fold_person(t.translate(_SPELLED_OUT))):
        f, words = fold(first), fold(surname).split()
        if f and words and " " not in f:
            out.update((f, "".join(words[i:])) for i in range(len(words)))
    return out


def person_form(written: str) -> tuple[str, str, str]:
    """What a spelling of a person says: (kind, first, last), folded, kind one of
    "full" ("Lena Vogt", "vogt, lena", "lena.vogt@acme.example"), "abbreviated" ("Lena V.":
    last is an initial), "initialled" ("L. Vogt": first is an initial), "initials" ("LV": first
    and last are letters) or "other" (one word, an address without a dotted name: kept as written)."""
    text = " ".join((written or "").split())
    mail = _MAIL.match(text)
    if mail:
        parts = [p for p in re.split(r"[._-]+", mail.group("local")) if p]
        if len(parts) >= 2 and all(p.isalpha() for p in parts):
            return "full", _fold_person(parts[0]), _fold_person(parts[-1])
        return "other", _fold_person(text.removeprefix("mailto:")), ""
    if _INITIALS.match(text):
        return "initials", text[0].casefold(), text[-1].casefold()
    if text.count(",") == 1:
        last, first = (p.strip() for p in text.split(","))
        if first and last and " " not in first and not any(c.isdigit() for c in text) and _fold_person(last):
            return "full", _fold_person(first), _fold_person(last).split()[-1]
    abbreviated = _ABBREVIATED.match(text)
    if abbreviated:
        return "abbreviated", _fold_person(abbreviated.group("first")), _fold_person(abbreviated.group("last"))
    initialled = _INITIALLED.match(text)
    if initialled:
        return "initialled", _fold_person(initialled.group("first")), _fold_person(initialled.group("last")).split()[-1]
    words = _fold_person(text).split()
    if len(words) >= 2 and all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return "full", words[0], words[-1]
    return "other", _fold_person(text), ""


def _surname_first(text: str) -> tuple[str, str] | None:
    """(first, last) of a name read as written surname first: "DUPONT Marie" (the surname in capitals,
    as French, Italian and Spanish forms and registers write it), "Dupont Marie"; None for one word or
    an address. Only another spelling of the same person can say which order a name is in
    (:func:`person_identities`): "PAWEŁ Đurić" puts the given name in capitals."""
    if _MAIL.match(text) or "," in text:
        return None
    parts = text.split()
    k = _surname_in_capitals(text) or (1 if len(parts) == 2 else 0)
    if not k:
        return None
    return _fold_person(parts[k]), _fold_person(parts[k - 1])


def _surname_in_capitals(text: str) -> int:
    """Where the given name starts in a name whose leading words are capitals, one of three letters or
    more ("DUPONT Marie": 1, "DE VRIES Sanne": 2), and the rest are not; else 0."""
    parts = text.split()
    k = 0
    while k < len(parts) and len(parts[k]) >= 2 and parts[k].isupper() and parts[k].replace("-", "").isalpha():
        k += 1
    if not 0 < k < len(parts) or not any(len(w) >= 3 for w in parts[:k]):
        return 0
    return 0 if any(w.isupper() for w in parts[k:]) else k


def _given_and_surname(written: str) -> tuple[str, list[str]]:
    """(given name, the surname's words) of a full name as written: "Pieter van der Merwe", "Vogt, Lena"."""
    if written.count(",") == 1:
        last, first = (p.strip() for p in written.split(","))
        return _fold_person(first), _fold_person(last).split()
    words = _fold_person(written).split()
    return (words[0], words[1:]) if len(words) >= 2 else ("", [])


def person_identities(spellings) -> dict[str, str]:
    """A key per spelling such that the spellings of one person share it, decided from all the
    spellings at hand: "Lena Vogt", "lena  vogt", "Vogt, Lena" and "lena.vogt@acme.example" are
    one person; "LV", "Lena V.", "L. Vogt" and "Lena" alone are her too when she is the only full name
    they fit (with a "Lena Becker" beside her, "Lena" alone or "L. V." stays apart); "Jan Hoffmann" is not
    "Jana Hoffmann". A spelling that says nothing more keeps the case-and-space key of
    :func:`person_key`."""
    forms = {s: person_form(s) for s in set(spellings) if s}
    by_letters: dict[tuple[str, str], set[str]] = {}  # (first letter, last letter) -> full names
    by_first: dict[tuple[str, str], set[str]] = {}  # (first name, last letter) -> full names
    by_last: dict[str, set[tuple[str, str]]] = {}  # last name -> (first, last) of full names
    by_given: dict[str, set[str]] = {}  # first name -> full names
    shortened: dict[tuple[str, str], set[str]] = {}  # (first letter, last letter) -> "first l." forms
    aliases: dict[tuple[str, str], set[tuple[str, str]]] = {}  # (first, last) an address may give -> names
    for s, (kind, first, last) in forms.items():
        if kind == "full":
            for alias in _written_aliases(s):
                aliases.setdefault(alias, set()).add((first, last))
            k = _surname_in_capitals(s)
            if k:  # "LE GOFF Marie" as an address writes her: marie.legoff@
                parts = s.split()
                for alias in _written_aliases(" ".join(parts[k:] + parts[:k])):
                    aliases.setdefault(alias, set()).add(_surname_first(s))
    full: dict[str, tuple[str, str]] = {}  # each full spelling -> the name it is (an address: the written one)
    for s, (kind, first, last) in forms.items():
        if kind == "full":
            same = aliases.get((first, last), ())
            full[s] = next(iter(same)) if len(same) == 1 else (first, last)
        elif kind == "abbreviated":
            shortened.setdefault((first[:1], last), set()).add(f"{first} {last}.")
    held = Counter(full.values())
    # the spellings whose order is sure: an address (given name first) and "Dupont, Marie"
    sure = {full[s] for s in full if _MAIL.match(" ".join(s.split())) or "," in s}
    for s, name in list(full.items()):  # "DUPONT Marie" beside "Marie Dupont" or marie.dupont@: her
        turned = _surname_first(s) if held[name] == 1 else None
        if turned and turned != name and held.get(turned) and (_surname_in_capitals(s) or turned in sure):
            full[s] = turned
    for first, last in full.values():
        by_letters.setdefault((first[:1], last[:1]), set()).add(f"{first} {last}")
        by_first.setdefault((first, last[:1]), set()).add(f"{first} {last}")
        by_last.setdefault(last, set()).add((first, last))
        by_given.setdefault(first, set()).add(f"{first} {last}")
    out: dict[str, str] = {}
    # "Jen Park" beside "Jennifer Park" (and no other Park her name could be short for): her
    long_of = {name: fits.pop() for name in set(full.values())
               if len(fits := {(f, x) for f, x in by_last.get(name[1], ()) if is_short_for(name[0], f)}) == 1}
    # "María López" beside "María Fernanda López García" (and no other longer name she could be): her
    longs = [(full[x], given.split() + surname) for x in full if not _MAIL.match(x.strip())
             for given, surname in [_given_and_surname(x)]]
    for x in full:
        name = full[x]
        if name not in long_of and len(_fold_person(x).split()) == 2 and "," not in x and not _MAIL.match(x.strip()):
            if (longer := longer_name(*name, longs)) is not None:
                long_of[name] = longer
    for s, (kind, first, last) in forms.items():
        if kind == "full":
            out[s] = " ".join(long_of.get(full[s], full[s]))
            continue
        if kind == "other" and (mail := _MAIL.match(s.strip())):  # "jpark@…": the one J. Park
            local = _fold_person(mail.group("local"))
            fits = {" ".join(long_of.get(full[x], full[x])) for x in full if not _MAIL.match(x.strip())
                    and mail_initial_surname(local, *_given_and_surname(x))}
            if len(fits) == 1:
                out[s] = fits.pop()
                continue
        fits: set[str] = set()
        if kind == "initials":  # "NS" beside "Nils S." and no full name: the abbreviated one
            fits = by_letters.get((first, last)) or shortened.get((first, last), set())
        elif kind == "abbreviated":
            fits = by_first.get((first, last)) or {f"{first} {last}."}
        elif kind == "initialled":  # "L. Vogt": the one full name with that surname and initial
            # (an initial may fold to two letters: "Æ. Cœur" is Æsa Cœur, "ae" the start of "aesa")
            fits = {f"{f} {x}" for f, x in by_last.get(last, ()) if f.startswith(first)} or {f"{first}. {last}"}
        elif kind == "other" and first.isalpha() and s.strip()[:1].isupper():
            fits = by_given.get(first, set())  # "Marloes" alone: the one Marloes of the workspace
        out[s] = next(iter(fits)) if len(fits) == 1 else person_key(s)
    _hangul_beside_latin(forms, out)
    return out


def _hangul_beside_latin(forms: dict, out: dict[str, str]) -> None:
    """"김민지" beside "Minji Kim" (and no other Hangul or Latin name either could be): one person, keyed
    by the Latin spelling (calendar_core/hangul_names.py)."""
    hangul = [s for s in forms if is_hangul_name(s)]
    if not hangul:
        return
    latin = {s: _fold_person(s).split() for s, (kind, _, _) in forms.items()
             if kind == "full" and s.isascii() and not _MAIL.match(s.strip()) and "," not in s}
    pairs = [(h, x) for h in hangul for x, words in latin.items() if hangul_fits(h, words)]
    for h, x in pairs:
        if len({out[y] for g, y in pairs if g == h}) == 1 and len({out[g] for g, y in pairs if out[y] == out[x]}) == 1:
            out[h] = out[x]
