"""Text columns that are about a post without naming it: never its title by content alone.

When no header names the title, the column whose text looks most like titles is taken for it
(assign.py). Three kinds of column look so and are not, as a person reading the sheet sees:

- hashtags ("#edtech #colegio #MINEDUC"): the post's tags;
- a second text column named like the description ("alt_text" beside "content", "image caption"
  beside "copy"): the text of something else, while the named description is the post itself, whose
  first line names it;
- the kind of the post or its visual ("Format": "portrait-4x5 (8)", "Type": "Reel"): what sort of
  thing each row is, the same for many rows.

A content calendar then takes its title from the description's first line, or from the campaign
the row promotes, as the title rule already does when no column is a title.
"""
from __future__ import annotations

import re

from importers.sheets.mapping import header_key

# Headers that name the kind of an entry or of its visual, in the languages the synonyms cover.
KIND_HEADERS = frozenset(header_key(h) for h in (
    "format", "formats", "type", "post type", "content type", "media type", "asset type", "kind", "art",
    "formato", "tipo", "tipo de contenido", "tipo de publicación", "tipo de conteúdo", "type de contenu",
    "type de publication", "typ", "inhaltstyp", "beitragsart", "beitragstyp", "medientyp", "vorm", "soort",
    "tipologia", "rodzaj", "формат", "тип", "形式", "类型", "類型", "형식", "유형", "tür", "biçim"))

_TAG = re.compile(r"#[^\s#,;]+")
TAGS_SHARE = 0.8  # filled cells that are lists of hashtags and nothing else, at least


def tags_only(cells: list) -> bool:
    """Most filled cells are hashtags and nothing else ("#a #b", "#a, #b")."""
    said = [str(v).strip() for v in cells if v is not None and str(v).strip()]
    if not said:
        return False
    tagged = sum(1 for s in said if _TAG.search(s) and not re.sub(r"[\s,;]+", "", _TAG.sub("", s)))
    return tagged >= TAGS_SHARE * len(said)


def names_a_kind(header: str) -> bool:
    """The header names the kind of entry or of its visual ("Format", "Type", "Tipo")."""
    return header_key(header) in KIND_HEADERS


def not_a_title(header: str, header_role: str | None, cells: list, description: int | None) -> str:
    """Why a column taken for the title by its content alone is not one ("" when it may be): its
    cells are hashtags, its header names the kind of entry, or it is a second text named like the
    description beside the description itself."""
    if tags_only(cells):
        return "hashtags"
    if names_a_kind(header):
        return "kind"
    if header_role == "description" and description is not None:
        return "other text"
    return ""
