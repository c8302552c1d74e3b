"""Guessing a department name from a calendar name or a file name, and source colours."""
from __future__ import annotations

import re
import zlib

# Words that describe the file rather than the department, in the languages the readers read (a closed
# vocabulary: calendar, plan, schedule, content, week...).
_NOISE = {
    "calendar", "calendars", "cal", "content", "editorial", "plan", "planning", "planner", "schedule",
    "social", "socials", "media", "posts", "post", "export", "exported", "google", "outlook", "ical", "ics",
    "icloud", "apple", "team", "teams", "dept", "department", "final", "copy", "draft", "master", "v1", "v2",
    "v3", "kalender", "redaktionsplan", "calendrier", "calendario", "the", "of", "and", "week", "weekly",
    "month", "monthly", "daily", "planung", "zeitplan", "planificacion", "pianificazione", "cronograma",
    "harmonogram", "kalendarz", "kalenteri", "agenda", "contenu", "contenido", "contenuti", "inhalt",
    "redaktion", "redaktions",
    # the same in the Nordic, Dutch and Polish files the readers read
    "publiceringsplan", "publiceringskalender", "innholdsplan", "indholdsplan", "innehållsplan", "innhold",
    "indhold", "innehåll", "publicering", "publicatieplanning", "contentplanning", "inhoud", "planer",
    "treści", "tresci", "some",  # "SoMe": social media
    # the tools the files come from, and their views
    "trello", "asana", "notion", "airtable", "monday", "hootsuite", "buffer", "smartsheet", "sheets", "excel",
    "grid", "view", "board", "csv", "xlsx",
    # seasons of the year a file covers
    "spring", "summer", "autumn", "fall", "winter", "frühjahr", "frühling", "sommer", "herbst", "printemps",
    "été", "automne", "hiver", "primavera", "verano", "otoño", "invierno", "estate", "autunno", "inverno",
    "voorjaar", "zomer", "najaar", "herfst", "vår", "sommar", "höst", "efterår", "efteraar", "høst", "vinter",
    "wiosna", "lato", "jesień", "zima",
    # German, Turkish, and the Japanese, Chinese and Korean words for the same
    "termine", "terminplan", "sosyal", "medya", "plani", "planı", "takvim", "takvimi", "içerik",
    "投稿計画", "計画", "计划", "排期表", "排期", "投稿", "社媒", "日程表", "日程", "予定表", "予定", "캘린더", "콘텐츠", "일정",
    "계획", "게시", "sns", "분기", "年", "年下期", "年上期", "下期", "上期", "下半期", "上半期", "年度",
}
# Those of the Japanese, Chinese and Korean words, which close a word whatever their length
_CJK_NOISE = sorted((w for w in _NOISE if any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in w)),
                    key=len, reverse=True)
# A period a file covers ("Q4", "H2", "H2026", "KW42", "W42", "FY26", "2026Q4") and an identifier tools
# append to a name (a hex id "3f2a9c1e7b", a calendar's mail-like id "c_51ab…@group.calendar.google.com")
_PERIOD = re.compile(r"(19|20)\d\d[年년]?|(19|20)?\d\d[上下]期|[上下]期|[1-4]분기|(19|20)\d\d年?[上下]半期|\d+|q[1-4]|h[12]|t[1-4]|(kw|cw|w|s)\d{1,2}|fy\d{2}(\d{2})?|[hq][1-4]?(19|20)\d\d|"
                     r"(19|20)\d\d[hq][1-4]")
_IDENT = re.compile(r"(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}|(?=\w*\d\w*\d\w*\d)(?=\w*[a-z])\w{8,}")
# Compounds of those words ("Contentkalender", "Weekplanning", "Redaktionskalender", "Salesplanning"):
# the longer ones may close a word; what is left of it, if anything, is the department's.
_NOISE_PARTS = sorted((w for w in _NOISE if len(w) >= 5), key=len, reverse=True)


def _key(word: str) -> str:
    """A word as the vocabulary holds it: case-folded, without the dot Turkish "İ" keeps ("İçerik")."""
    return word.casefold().replace("\u0307", "")


def _strip_compound(word: str) -> str:
    """The part of a word that is not a schedule word glued to its end ("Salesplanning" -> "Sales",
    "Contentkalender" -> "", "Marketing" -> "Marketing", "人力资源部社媒排期" -> "人力资源部")."""
    low = _key(word)
    for part in _CJK_NOISE:
        if low.endswith(part) and len(low) > len(part):
            rest = word[: len(word) - len(part)]
            return "" if _key(rest) in _NOISE else _strip_compound(rest)
    for part in _NOISE_PARTS:
        if low.endswith(part) and len(low) > len(part):
            rest = word[: len(word) - len(part)].rstrip("-")
            return "" if _key(rest) in _NOISE else _strip_compound(rest) if len(rest) >= 2 else ""
    return word


_KEEP_AND = re.compile(r"\band\b|&", re.IGNORECASE)

PALETTE = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf",
]


def guess_department(hint: str) -> str:
    """"marketing_content_calendar" → "Marketing"; "People & Culture Calendar" → "People & Culture"."""
    text = re.sub(r"\S*@\S*", lambda m: m.group(0).split("@")[0], hint or "")  # a mail-like id: its name part
    text = re.sub(r"[_\-.–—:|/()\[\]]+", " ", text).strip()
    text = re.sub(r"(?<=[a-z]{2})(?=[A-Z][a-z]{2})", " ", text)  # "ContentKalender", not "SoMe"
    text = re.sub(r"(?<=[A-Za-z]{3})(?=(19|20)\d\d\b)", " ", text)  # "Holidays2003"
    text = re.sub(r"(?<=[\u3040-\u9fff\uac00-\ud7af])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u3040-\u9fff\uac00-\ud7af])",
                  " ", text)  # "人事部SNS计划2026": scripts meet without a space
    words = [w for w in text.split() if w]
    # "Brand & Content": the two words an ampersand joins are one name, whatever either says alone
    joined = {j for i, w in enumerate(words) if w == "&" and 0 < i < len(words) - 1 for j in (i - 1, i, i + 1)}
    base = [(i in joined, w) for i, w in enumerate(words)
            if i in joined or _key(w) not in _NOISE and not _PERIOD.fullmatch(w.casefold())
            and not _IDENT.fullmatch(w.casefold()) and not (len(w) == 1 and w.islower())]
    kept = [s for s in (w if one_name else _strip_compound(w) for one_name, w in base) if s] or [w for _j, w in base]
    while kept and kept[0] == "&" or kept and kept[-1] == "&":  # a dangling join names nothing
        kept = kept[1:] if kept[0] == "&" else kept[:-1]
    if not kept:
        kept = words[:1] or ["Calendar"]
    # Drop trailing noise but keep "&" joins ("People & Culture").
    name = " ".join(kept)
    if _KEEP_AND.search(text) and "&" not in name and len(kept) == 2:
        name = f"{kept[0]} & {kept[1]}"
    def cap(w: str) -> str:
        if w.isupper() or w == "&":
            return w
        if len(w) <= 2:  # PR, HR, IT, UX
            return w.upper()
        return w[:1].upper() + w[1:]

    return " ".join(cap(w) for w in name.split())


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def department_colours(sources, departments=()) -> dict[str, str]:
    """Department -> colour: the colour of the department's first source, else a stable palette pick."""
    colours: dict[str, str] = {}
    for s in sorted(sources, key=lambda s: s.id):
        colours.setdefault(s.department, s.colour)
    for d in departments:
        if d not in colours:
            colours[d] = palette_pick(d)
    return colours


def palette_pick(key: str) -> str:
    """A stable palette colour for a name that has none of its own."""
    return PALETTE[zlib.crc32((key or "?").encode("utf-8")) % len(PALETTE)]


def colour_of(colours: dict[str, str], key: str) -> str:
    return colours.get(key) or palette_pick(key)
