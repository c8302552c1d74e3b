"""Column mapping: header text -> record field, through synonyms.

Headers are compared after folding case, accents, punctuation and spacing, and
after dropping parenthesised notes ("Time (ET)" -> "time"). A header that is not
an exact synonym may still match by one of its '/'-separated parts
("Hook/Title") or by its last or first word ("Full Caption", "Posting Time").
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Mapping

from importers.scripts import key_letter, plain
from importers.sheets import southern_headers

# Fields a column can feed. "start"/"end" are generic: their content decides
# whether they hold dates, times or date-times.
FIELDS = (
    "date", "time", "start", "end", "end_date", "end_time", "duration", "all_day",
    "title", "description", "channel", "owner", "status", "campaign", "link",
    "department", "timezone", "location", "extra", "ignore",
)
TEMPORAL = frozenset({"date", "time", "start", "end", "end_date", "end_time", "duration"})

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": (
        "дата", "дата публікації", "дата публикации", "ημερομηνία", "ημερομηνία δημοσίευσης", "תאריך", "תאריך פרסום", "التاريخ", "تاريخ", "تاريخ النشر", "datum publikace", "datum zveřejnění", "日付", "投稿日", "公開日", "配信日", "掲載日", "予定日", "実施日", "日期", "发布日期", "發佈日期", "发布日", "上线日期", "날짜", "게시일", "게시 날짜", "발행일", "업로드 날짜", "tarih", "yayın tarihi", "paylaşım tarihi",
        "date", "publish date", "publishing date", "publication date", "scheduled date", "schedule date",
        "post date", "posting date", "go live", "go live date", "golive", "due", "due date", "launch date",
        "release date", "send date", "air date", "day and date", "start date", "datum", "veröffentlichung",
        "veröffentlichungsdatum", "published date", "published on", "startdatum", "termin", "date de publication", "date de début", "jour",
        "fecha", "fecha de publicación", "fecha de inicio", "data", "date published", "deadline", "fällig",
        "fällig am", "fälligkeit", "échéance", "vencimiento", "erscheinungsdatum", "publikationsdatum",
        "data de publicação", "data di pubblicazione", "publicatiedatum", "publiceringsdatum", "dato", "udgivelsesdato", "publiseringsdato", "päivämäärä", "pvm", "julkaisupäivä", "data publikacji", "publish on", "erscheint am", "sendedatum", "sendetermin", "start day", "first day"),
    "time": (
        "час", "время", "ώρα", "שעה", "الوقت", "وقت", "čas", "時間", "時刻", "投稿時間", "配信時間", "公開時間", "时间", "時間段", "发布时间", "發佈時間", "시간", "게시 시간", "발행 시간", "saat", "yayın saati", "paylaşım saati",
        "time", "publish time", "publishing time", "scheduled time", "schedule time", "post time",
        "posting time", "start time", "send time", "uhrzeit", "zeit", "startzeit", "beginn", "heure",
        "heure de début", "hora", "hora de inicio", "ora", "time of day",
        "horário", "orario", "tijd", "tijdstip", "tid", "klockslag", "tidspunkt", "klokkeslett", "klokkeslæt", "aika", "kellonaika", "klo", "godzina", "sendezeit", "hour", "start at", "starts at", "begins at"),
    "start": ("日時", "投稿日時", "配信日時", "公開日時", "开始时间", "開始時間", "开始", "開始", "일시", "게시 일시", "시작", "시작 시간", "başlangıç", "start", "starts", "from", "begin", "von", "début", "debut", "inicio", "start date time",
        "início", "inizio", "början", "alku", "początek", "start time date", "begins"),
    "end": ("終了", "終了日時", "结束", "結束", "结束时间", "結束時間", "종료", "종료 시간", "bitiş", "end", "ends", "until", "to", "bis", "ende", "fin", "end date time",
        "fim", "fine", "einde", "slut", "slutt", "loppu", "koniec", "finish"),
    "end_date": ("end date", "enddatum", "date de fin", "fecha de fin", "fecha fin",
        "finish date", "until date", "bis datum", "date fin", "fecha final", "data de fim", "data final", "data di fine", "einddatum", "slutdatum", "slutdato", "sluttdato", "loppupäivä", "data zakończenia", "data końcowa", "end day", "last day", "to date"),
    "end_time": ("end time", "endzeit", "heure de fin", "hora de fin", "hora fin",
        "finish time", "until time", "heure fin", "uhrzeit ende", "hora final", "hora de fim", "ora di fine", "ora fine", "eindtijd", "sluttid", "sluttidspunkt", "loppuaika", "godzina zakończenia", "end at", "ends at"),
    "duration": ("duration", "dauer", "durée", "duración", "duracion", "runtime", "duration min",
                 "duration minutes", "minutes", "mins",
        "duração", "durata", "duur", "varaktighet", "längd", "varighed", "varighet", "kesto", "czas trwania", "laufzeit", "length"),
    "all_day": ("all day", "all day event", "allday", "ganztägig", "toute la journée", "todo el día"),
    "title": (
        "тема", "назва", "заголовок", "название", "θέμα", "τίτλος", "נושא", "כותרת", "العنوان", "عنوان المنشور", "الموضوع", "téma", "téma příspěvku", "název", "nazwa", "タイトル", "件名", "題名", "表題", "投稿タイトル", "テーマ", "标题", "標題", "主题", "主題", "题目", "內容標題", "内容标题", "제목", "콘텐츠 제목", "주제", "başlık", "konu", "içerik başlığı",
        "title", "topic", "post title", "subject", "working title", "hook", "headline", "post", "name",
        "item", "content title", "event", "titel", "thema", "betreff", "überschrift", "titre", "sujet",
        "título", "titulo", "tema", "asunto", "task", "aufgabe", "tache", "tarea", "deliverable", "content piece",
        "idea", "post idea", "activity", "beitrag", "beitragstitel", "arbeitstitel",
        "assunto", "titolo", "argomento", "oggetto", "onderwerp", "rubrik", "ämne", "overskrift", "emne", "tittel", "otsikko", "aihe", "tytuł", "temat", "session title", "event name", "session"),
    "description": (
        "примітка", "примітки", "примечание", "опис", "σημειώσεις", "περιγραφή", "הערות", "תיאור", "ملاحظات", "الوصف", "poznámka", "popis", "uwagi", "notatki", "本文", "内容", "內容", "投稿内容", "貼文內容", "贴文内容", "詳細", "説明", "備考", "メモ", "正文", "文案", "描述", "说明", "說明", "备注", "備註", "내용", "본문", "설명", "비고", "메모", "açıklama", "metin", "not", "notlar",
        "copy", "caption", "body", "description", "message", "text", "post copy", "post text", "content",
        "details", "summary", "beschreibung", "inhalt", "texte", "légende", "contenu", "descripción",
        "descripcion", "texto", "mensaje", "contenido", "bildunterschrift",
        "descrição", "legenda", "descrizione", "testo", "didascalia", "beschrijving", "omschrijving", "tekst", "beskrivning", "beskrivelse", "kuvaus", "teksti", "opis", "treść", "abstract",
        "innhold", "innehåll", "indhold", "inhoud", "sisältö", "sisu", "efni", "içerik"),
    "channel": (
        "канал", "платформа", "κανάλι", "πλατφόρμα", "ערוץ", "פלטפורמה", "المنصة", "القناة", "kanál", "媒体", "チャネル", "チャンネル", "プラットフォーム", "配信先", "投稿先", "sns", "平台", "渠道", "频道", "頻道", "媒体平台", "发布平台", "發佈平台", "채널", "플랫폼", "매체", "platform",
        "channel", "network", "platform", "profile", "social profile", "social network", "medium",
        "social channel", "kanal", "plattform", "netzwerk", "canal", "plateforme", "réseau", "red social",
        "plataforma", "red", "réseau social", "réseaux sociaux", "réseaux", "redes sociales", "redes",
        "categories", "category", "kategorie", "catégorie", "categoría", "labels", "label",  # Trello's card labels
        "canale", "piattaforma", "kanaal", "kanava", "alusta", "kanał", "platforma", "outlet"),
    "owner": (
        "відповідальний", "відповідальна", "ответственный", "υπεύθυνος", "υπεύθυνη", "אחראי", "אחראית", "المسؤول", "zodpovídá", "zodpovědná osoba", "odpovědná osoba", "uczestnicy", "担当", "担当者", "責任者", "作成者", "投稿者", "负责人", "負責人", "责任人", "責任人", "对接人", "執行人", "执行人", "담당", "담당자", "책임자", "작성자", "sorumlu", "sorumlu kişi", "hazırlayan", "yetkili",
        "owner", "author", "assigned to", "assignee", "responsible", "writer", "created by", "lead", "poc",
        "members", "member", "assignees",  # Trello's and Jira's card people
        "participants", "teilnehmer", "teilnehmende", "weitere teilnehmer", "beteiligte", "mitwirkende",  # SAP, Outlook
        "attendees", "required attendees", "optional attendees",  # Outlook's CSV export, beside its organizer
        "organizer", "organiser", "meeting organizer", "contact", "editor", "redakteur", "ansprechpartner",
        "verantwortlich", "verantwortliche", "autor", "autorin", "zuständig", "responsable", "auteur",
        "rédacteur", "propietario", "encargado",
        "responsável", "dono", "responsabile", "autore", "proprietario", "referente", "eigenaar", "verantwoordelijke", "toegewezen aan", "ansvarig", "ägare", "författare", "ansvarlig", "ejer", "forfatter", "eier", "vastuuhenkilö", "omistaja", "tekijä", "vastaava", "właściciel", "odpowiedzialny", "osoba odpowiedzialna", "zuständigkeit", "bearbeiter", "bearbeiterin", "verantwortung", "speaker", "speakers", "host", "presenter", "on duty", "staff",
        "tilordnet til", "tildelt til", "tildelt", "tilldelad", "tilldelat till", "määrätty", "vastuussa", "määratud",
        "vastutaja", "ábyrgð", "ábyrgðarmaður", "atanan", "atanan kişi"),
    "status": ("статус", "κατάσταση", "סטטוס", "الحالة", "stav", "ステータス", "状態", "状況", "进度", "状态", "狀態", "상태", "진행 상태", "진행상황", "durum", "status", "state", "stage", "stand", "statut", "état", "estado", "etapa",
        "stato", "estat", "tila", "stan realizacji"),
    "campaign": (
        "キャンペーン", "企画", "活动", "活動", "营销活动", "캠페인", "kampanya",
        "campaign", "theme", "pillar", "project", "content pillar", "series", "kampagne", "projekt",
        "campagne", "projet", "thème", "campaña", "proyecto",
        "campanha", "projeto", "campagna", "progetto", "project", "kampanj", "kampagne", "kampanje", "kampanja", "projekti", "kampania", "projekt"),
    "link": ("リンク", "链接", "鏈接", "連結", "링크", "bağlantı", "link", "url", "links", "lien", "enlace", "web link",
        "ligação", "collegamento", "koppeling", "länk", "lenke", "linkki", "łącze", "odnośnik"),
    "location": ("場所", "会場", "地点", "地點", "장소", "yer", "mekan", "location", "venue", "place", "room", "where held", "ort", "veranstaltungsort", "raum",
                 "lieu", "salle", "lugar", "sede", "sala", "luogo", "locatie", "plaats", "zaal", "plats", "lokal",
                 "sted", "paikka", "miejsce", "local", "locality", "address", "adresse", "dirección"),
    "timezone": ("time zone", "timezone", "tz", "zone", "zeitzone", "fuseau horaire", "zona horaria"),
    "department": ("部署", "部门", "部門", "부서", "팀", "departman", "ekip", "department", "team", "dept", "abteilung", "bereich", "département", "service",
                   "équipe", "departamento", "equipo", "área",
        "equipe", "equipa", "reparto", "dipartimento", "ufficio", "afdeling", "avdelning", "avdeling", "osasto", "tiimi", "dział", "zespół"),
}

_PAREN = re.compile(r"[\(\[\{][^\)\]\}]*[\)\]\}]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


# letters Unicode does not decompose into a base letter and a mark: without this "Mayıs" folds to "mays"
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae"})


def fold(text: str) -> str:
    """Lower-case, drop accents, keep letters/digits separated by single spaces."""
    text = unicodedata.normalize("NFKD", str(text).translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", text.lower()).strip()


def east_asian(ch: str) -> bool:
    """A letter of the Chinese, Japanese or Korean scripts (ideographs, kana, Hangul)."""
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF


def _key(text: str) -> str:
    """Folded, without spaces; letters of the East Asian scripts are kept ("投稿日", "담당자"): folding
    to ASCII would leave nothing of a Japanese, Chinese or Korean header."""
    if text.isascii():
        return fold(text).replace(" ", "")
    text = unicodedata.normalize("NFKC", text)
    if any(key_letter(ch) for ch in text):   # "Ημερομηνία", "Дата", "תאריך", "التاريخ": their own letters
        text = plain(text)
        return "".join(ch if key_letter(ch) or east_asian(ch) else fold(ch) for ch in text if ch.isalnum())
    if not any(east_asian(ch) for ch in text):
        return fold(text).replace(" ", "")
    return "".join(ch.lower() if ch.isascii() or east_asian(ch) else " " for ch in fold_keep(text)).replace(" ", "")


def fold_keep(text: str) -> str:
    """:func:`fold`, keeping the letters of the East Asian scripts in their places."""
    return "".join(ch if east_asian(ch) else (fold(ch) or " ") for ch in text)


def header_key(header: str) -> str:
    """The key a header is compared by: folded, without parenthesised notes and spaces."""
    header = str(header)
    if not header.isascii():
        header = unicodedata.normalize("NFKC", header)  # "時間（JST）": full-width brackets are brackets
    return _key(_PAREN.sub(" ", header))


_EXACT: dict[str, str] = {}
for _field, _words in (*_SYNONYMS.items(), *southern_headers.SYNONYMS.items()):
    for _w in _words:
        _EXACT.setdefault(_key(_w), _field)
_FIELD_NAMES = {f: f for f in FIELDS} | {"enddate": "end_date", "endtime": "end_time", "allday": "all_day",
                                          "copy": "description", "body": "description"}


DUE_KEYS = {"due", "duedate", "deadline", "fallig", "falligam", "falligkeit", "echeance", "vencimiento"}
_WEAK = DUE_KEYS | {"idea", "activity", "name", "item", "event", "post", "content", "text", "data", "lead",
         "service", "red", "medium", "from", "to", "jour", "categories", "category", "labels", "label", "kategorie", "categorie", "categoria",
         "contact"}


_LINKS = {"of", "der", "des", "de", "du", "del", "la"}

# Single-word compounds ("Sendezeit", "Veröffentlichungstermin", "Zuständigkeit"): the part that names
# the thing, at the end (or, for people, at the start); an end/start prefix turns a date or time into an end.
_SUFFIXES = (
    ("datum", "date"), ("dato", "date"), ("termin", "date"), ("paiva", "date"), ("uhrzeit", "time"),
    ("zeit", "time"), ("tijd", "time"), ("tid", "time"), ("aika", "time"), ("zeitpunkt", "time"),
    ("kanal", "channel"), ("kanaal", "channel"), ("kanava", "channel"), ("plattform", "channel"),
    ("titel", "title"), ("tittel", "title"), ("otsikko", "title"), ("thema", "title"),
    ("beschreibung", "description"), ("beskrivning", "description"), ("beskrivelse", "description"),
    ("status", "status"), ("kampagne", "campaign"), ("kampanj", "campaign"), ("link", "link"), ("url", "link"),
    ("dauer", "duration"), ("duur", "duration"), ("kesto", "duration"), ("verantwortlich", "owner"),
    ("verantwortliche", "owner"), ("ansvarig", "owner"), ("ansvarlig", "owner"), ("autor", "owner"),
)
_PREFIXES = (("zustandig", "owner"), ("verantwort", "owner"), ("ansvar", "owner"), ("vastuu", "owner"))
_END_PREFIXES = ("end", "schluss", "bis", "eind", "slut", "loppu", "fin")
_START_PREFIXES = ("start", "beginn", "anfang", "alku")


def compound_field(key: str, first: int = 0, last: int = 0) -> str | None:
    """The field a one-word compound names by its known part, or None. ``first`` / ``last``: the
    lengths of the header's first and last words when it has several ("List ID" is "listid" as a
    key): the known part lies within one word ("Sendetid", "Geplante Sendezeit"), never across two
    ("List ID" does not end in the Nordic "tid")."""
    for part, fld in _SUFFIXES:
        head = key[: -len(part)]
        if key.endswith(part) and len(head) >= 3 and (not last or len(part) <= last):
            if fld in ("date", "time") and head.startswith(_END_PREFIXES):
                return "end_date" if fld == "date" else "end_time"
            return fld
    for part, fld in _PREFIXES:
        if key.startswith(part) and len(key) > len(part) and (not first or len(part) <= first):
            return fld
    return None


# the roles a header "<role word> name" names outright; a "Team name" or "Venue name" may be what the
# entry is about (a fixture's side, a gig's venue), so those stay as the words alone would read
_NAMED_BY_NAME = frozenset({"channel", "owner", "campaign", "status"})


def match(header: str) -> tuple[str | None, int]:
    """(field, quality) of a header: 4 exact synonym, 3 exact but a weak word,
    2 one '/'-part, 1 the last (or, for dates and times, first) word; the first
    word is tried first where a link word ("of", "der", "de") follows it."""
    if header is None:
        return None, 0
    key = header_key(header)
    if not key:
        return None, 0
    if key in _EXACT:
        return _EXACT[key], 3 if key in _WEAK else 4
    for part in re.split(r"[/|&+]| or | oder | ou | o ", str(header)):
        pkey = header_key(part)
        if pkey and pkey in _EXACT and pkey != key:
            return _EXACT[pkey], 2
    if key.isalpha():
        pieces = [w for w in fold(_PAREN.sub(" ", str(header))).split() if w]
        several = len(pieces) > 1
        fld = compound_field(key, len(pieces[0]) if several else 0, len(pieces[-1]) if several else 0)
        if fld:
            return fld, 2
    words = fold(_PAREN.sub(" ", str(header))).split()
    bound = _bound_field(words)
    if bound is not None:
        return bound
    if len(words) >= 2:
        last, first = words[-1], words[0]
        if len(words) == 2 and last == "name" and _EXACT.get(first) in _NAMED_BY_NAME:
            return _EXACT[first], 2  # "Channel Name" names the channel as plainly as "Channel" does
        # "Publish Date" names its thing last; "Uhrzeit der Veröffentlichung", "Heure de publication" first
        linked = not _LINKS.isdisjoint(words[1:-1])
        for word in (first, last) if linked else (last, first):
            fld = _EXACT.get(word)
            if fld in ("date", "time", "title", "description", "channel", "owner", "status", "link"):
                if word == first and fld not in ("date", "time"):
                    continue
                return fld, 1
    from importers.sheets.stamps import wrapped

    inner = wrapped(header)  # "Custom field (Kanaal)": a tool's wrapper around the field's own name
    if inner is not None:
        fld, quality = match(inner)
        if fld is not None:
            return fld, min(quality, 2)
    return None, 0


# A word at a header's edge saying which end of the entry a date or time column gives ("datum_von",
# "datum_bis", "start_utc", "end local"), with the other words naming the date or time, or only its zone.
_START_EDGE = frozenset("start starts begin begins from von ab debut inicio inizio anfang beginn alku".split())
_END_EDGE = frozenset("end ends until to bis ende fin fine einde slut finish till stop loppu".split())
_ZONE_WORDS = frozenset("utc gmt z local lokal localtime ortszeit cet cest est edt pst pdt et pt ct mt".split())


def _edge(words: list[str]) -> tuple[str, str | None] | None:
    """(side, field the other words name) of a header whose edge word says start or end; None
    when there is no such word or the other words name no date, time or zone."""
    core = [w for w in words if w not in _ZONE_WORDS]  # "datum_von_utc": the zone said beside it
    if len(words) < 2 or not core:
        return None
    if len(core) == 1:
        side = "start" if core[0] in _START_EDGE else "end" if core[0] in _END_EDGE else None
        return (side, None) if side else None
    for edge, rest in ((core[0], core[1:]), (core[-1], core[:-1])):
        side = "start" if edge in _START_EDGE else "end" if edge in _END_EDGE else None
        if side is None:
            continue
        fld = _EXACT.get("".join(rest))
        if fld in ("date", "time", "start", "end", "timezone"):
            return side, fld
    return None


def bound(header: str) -> str | None:
    """"start" or "end" when the header says which end of the entry the column gives ("datum_von",
    "Start (UTC)", "end_local", "Ende"), else None."""
    words = fold(_PAREN.sub(" ", str(header or ""))).split()
    if len(words) == 1:
        fld = _EXACT.get(words[0])
        return "start" if fld == "start" else "end" if fld in ("end", "end_date", "end_time") else None
    found = _edge(words)
    return found[0] if found else None


def _bound_field(words: list[str]) -> tuple[str, int] | None:
    """The field of a header whose edge word says start or end (see :func:`bound`)."""
    found = _edge(words)
    if found is None:
        return None
    side, fld = found
    if fld == "date":
        return ("date" if side == "start" else "end_date"), 2
    if fld == "time":
        return ("time" if side == "start" else "end_time"), 2
    return side, 1  # "start_utc": dates or times, as the content says


def field_for(header: str) -> str | None:
    """The field a header maps to by synonyms, or None."""
    return match(header)[0]


def normalise_field(name: str) -> str | None:
    """A field name as given on the command line ("date", "End Time", "copy")."""
    key = fold(name).replace(" ", "")
    found = _FIELD_NAMES.get(key) or _FIELD_NAMES.get(fold(name).replace(" ", "_"))
    if found is None and key in _EXACT:  # "Net=Network" means the channel
        found = _EXACT[key]
    return found


def known_count(cells: Iterable[object], forced: Mapping[str, str] | None = None) -> tuple[float, bool]:
    """How many cells of a row read as known headers, and whether one is a date/time. A weak word
    ("Medium", "Idea", "to") counts half: data cells say such words too."""
    forced_keys = {header_key(h) for h in (forced or {})}
    n = 0.0
    temporal = False
    seen: set[str] = set()
    for cell in cells:
        if not isinstance(cell, str) or not cell.strip() or len(cell) > 60:
            continue
        if header_key(cell) in forced_keys:
            fld, quality = "forced", 4
        else:
            fld, quality = match(cell)
        if fld and fld not in seen:
            seen.add(fld)
            n += 0.5 if quality == 3 else 1
            if fld == "forced" or fld in TEMPORAL and quality != 3:  # a weak word ("to", "due") alone is no sign
                temporal = True
    return n, temporal
