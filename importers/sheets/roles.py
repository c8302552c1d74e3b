"""What a column holds, read from its values: one score in 0..1 per role.

A column is judged on a sample of at most SAMPLE of its non-empty cells, spread
over the table, so a 50,000-row sheet costs what a 200-row one does. Scores
come from shapes, not from lists of the words a file might use: dates, times
and durations by how many cells parse; a channel is a few short values
repeated (helped by a small neutral table of well-known network names); a
person is name-shaped (two capitalised words, initials, an e-mail address) and
repeated; a title is varied text of moderate length; a description is long.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from importers.channels import channel_in_list, profile_network, site_network
from importers.sheets.dayspans import day_span
from importers.sheets.dates import BAD, WEEKDAYS, parse_date_column
from importers.sheets.day_fractions import fraction_clock
from importers.sheets.mapping import east_asian, fold
from importers.scripts import key_letter
from importers.sheets.times import ALL_DAY, BAD_TIME, parse_duration, parse_time_value

SAMPLE = 200

# Well-known networks and outlets, as words a value may contain ("FB page", "LinkedIn (company)").
NETWORK_WORDS = frozenset(
    "linkedin linked li twitter tweet x xcom facebook fb instagram insta ig tiktok youtube yt pinterest threads "
    "mastodon bluesky bsky snapchat reddit whatsapp telegram discord twitch xing vimeo tumblr substack blog "
    "newsletter email mailing podcast website web webinar press radio tv print intranet slack weibo wechat "
    "kakao vk".split())
# Common given names across the languages we read (folded): a first name alone ("Joel", "Lena") is a person,
# and "First Last" whose first word is one is surely a person rather than a phrase ("Champions League").
GIVEN_NAMES = frozenset(fold(w) for w in (
    "aaron adam adrian agnieszka ahmed aidan aino alba albert alberto alejandro alex alexander alexandra alice "
    "alicia alina amanda amelia amy ana andrea andreas andrew andrzej angela anja ann anna anne annika anton "
    "antonio arne astrid axel barbara beatriz ben benjamin bernd bianca birgit bjorn brian bruno camille carla "
    "carlos carmen caroline catherine charlie charlotte chloe chris christian christina christine claire clara "
    "claudia daniel daniela david denise diana diego dominik eduardo elena elif elin elisa elisabeth ella emil "
    "emilia emily emma enrico eric erik eva fabian felix fernando filip finn francesca francesco frank freya "
    "gabriel george georg giulia giuseppe grace greta hana hannah hans harry heidi helena henrik hugo ian ida "
    "ines ingrid isabel isabella jack jacob jakob jakub james jan jana jane jasper javier jean jennifer jens "
    "jessica joao joe joel johan johanna john jonas jordan jorge jose joseph josh juan julia julian julie justyna "
    "kai karin karl karolina kasia katarzyna kate katharina katie kevin kim klara kristian lars laura lea lena "
    "leo leon liam lina linda lisa lotte louis louise luca lucas lucia lucy luis lukas luke maja marco marek "
    "margaret maria marie marina mario mark marta martin mateusz matteo matthew max maria michael michal mia "
    "miguel mika mikko nadia nathalie nicolas niklas nils nina noah noor nora oliver olivia olga oscar pablo "
    "paola patrick paul paula pedro peter petra philipp piotr pierre rafael raquel rebecca robert rosa ruben "
    "ryan sam samuel sandra sara sarah sebastian simon sofia sophie stefan stefano susanne sven thomas tim "
    "tobias tom tomas tomasz ulla ulrike valentina vera victor viktor wim yara yusuf zoe zofia "
    "priya rahul amit anjali arjun deepak neha pooja ravi sanjay sunil vikram aisha fatima omar ali hassan "
    "layla mohammed muhammad wei ming jing yan hui xiao yuki haruto sakura kenji hiro kwame amara chidi ngozi "
    "tunde ivan dmitri natalia pavel nikos eleni mehmet ayse emre zeynep sean siobhan aoife niamh connor "
    "ewa marcin krzysztof pawel ole lasse sanna johannes matthias jurgen sabine monika andrea giovanni "
    "alessandro chiara federico lorenzo sofia ines joana tiago rui beatriz duarte").split())
# Status words in the languages we read headers in (compared folded).
STATUS_WORDS = frozenset(fold(w) for w in (
    "draft, idea, planned, scheduled, published, posted, live, done, ready, review, in review, approved, pending, "
    "open, closed, cancelled, canceled, on hold, tbd, tbc, tentative, confirmed, complete, completed, not started, "
    "in progress, wip, todo, to do, blocked, sent, rejected, postponed, proposed, booked, final, needs review, "
    "backlog, doing, "
    "entwurf, geplant, eingeplant, veröffentlicht, erledigt, in arbeit, freigegeben, offen, fertig, abgesagt, "
    "brouillon, planifié, publié, terminé, en cours, validé, annulé, "
    "borrador, programado, publicado, hecho, en progreso, aprobado, pendiente, cancelado, "
    "rascunho, agendado, concluído, em andamento, aprovado, "
    "bozza, pianificato, pubblicato, fatto, in corso, approvato, annullato, "
    "esborrany, programat, publicat, fet, en curs, aprovat, pendent, cancel·lat, "
    "concept, gepland, gepubliceerd, klaar, bezig, goedgekeurd, "
    "utkast, planerad, publicerad, klar, pågår, godkänd, planlagt, publiceret, udkast, godkendt, publisert, "
    "luonnos, suunniteltu, julkaistu, valmis, kesken, hyväksytty, "
    "szkic, zaplanowany, opublikowany, gotowe, w toku, zatwierdzony").split(", "))

_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
# a surname's particles, one or two ("van", "van den", "vd", "dos", "ter", "della", "bin")
_PARTICLE = r"(?:van|von|vd|v\.d\.|de|der|den|het|ten|ter|te|da|das|do|dos|di|du|le|la|del|della|dei|zu|al|el|bin|ibn)"
# a capital letter, Latin Extended-A and -B ones too ("İbrahim", "Łukasz", "Şule", "Čapek")
_UP = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
_NAME = re.compile(r"^[" + _UP + r"][\w'’-]*\.?(?:\s+(?:" + _PARTICLE + r"(?:\s+" + _PARTICLE + r")?\s+)?"
                   r"[" + _UP + r"][\w'’-]*\.?){1,2}$")
_SURNAME_FIRST = re.compile(r"^[" + _UP + r"][\w'’-]+,\s*[" + _UP + r"][\w'’-]*\.?$")  # "Vogt, Lena"
_ABBREVIATED = re.compile(r"^[" + _UP + r"][\w'’-]+\s+[" + _UP + r"]\.$")  # "Priya S.": a person, not a phrase
_INITIALS = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,3}$|^(?:[A-Z]\.\s?){2,3}$")
_JOIN = re.compile(r"\s*(?:&|\+|;|/|,|、|，|،|\band\b|\bund\b|\by\b|\be\b|\bet\b|\ben\b|\boch\b|\bog\b|\bja\b|\bi\b|\bve\b|"
                   r"\ba\b|\bта\b|\bі\b|\bи\b|\bκαι\b)\s*")  # … Czech / Slovak "a", Ukrainian, Russian, Greek "and"
_JOIN_NOT_COMMA = re.compile(_JOIN.pattern.replace("|,|", "|"))  # the comma is a surname's here
_DIGIT = re.compile(r"\d")
_HASHTAG = re.compile(r"^#\w+$")
# A value that points at a file or is data written out ("media/week1/day1.png", "/radio/mix.mp3",
# "{'name': 'Ultramar', 'final': None}"): a reference, not words a person wrote for the entry.
_PATH = re.compile(r"^(?:\.{0,2}/|~/|[A-Za-z]:\\)\S*$|^[^\s/\\]+(?:[/\\][^\s/\\]+)+$")
_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|heic|tiff?|bmp|mp3|mp4|m4a|m4v|mov|avi|mkv|webm|wav|"
                   r"ogg|pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|zip|psd|ai|indd|html?)$", re.I)
_FILEISH = re.compile(r"[a-z].*[-_.\d]|[-_.\d].*[a-z]")
_DATA = re.compile(r"^(?:\{.*:.*\}|\[.*[,:].*\])$", re.S)
_BARE_DM = re.compile(r"^\d{1,2}[./]\d{1,2}$")
_HANDLE = re.compile(r"(?:(?<=^)|(?<=[\s,;&/]))@(?=[A-ZÀ-ÖØ-Þ])")
_WORD_RUN = re.compile(r"[^\W\d_]{4,}")
# a number as written in a cell, with a decimal point or comma and thousands grouped ("1.200,00", "1,250.5")
_PLAIN_NUMBER = re.compile(r"^-?(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)$")
_LONGEST_TYPICAL_HOURS = 6  # an entry's length is hours at most: a "length" of 6 h or more is mostly a clock
_CLOCKY = re.compile(r"\d[:.h]\d\d|\d\s*[ap]\.?m?\b|\d\s*uhr|^\d{1,2}\s*[ap]$", re.I)


@dataclass(slots=True)
class Profile:
    """The measured shape of one column's sampled cells."""

    n: int = 0  # non-empty cells sampled
    fill: float = 0.0  # share of sampled rows with a value
    date: float = 0.0  # share that read as a date (with or without a time)
    clock: float = 0.0  # share of those dates that also carry a time
    time: float = 0.0  # share that read as a time of day or a time range
    ranges: float = 0.0  # share that read as a time range
    duration: float = 0.0  # share that read as a duration with a unit ("30 min", "1h")
    number: float = 0.0  # share of plain numbers
    text: float = 0.0  # share of text that is none of the above
    distinct: int = 0
    unique: float = 0.0  # distinct / n
    mean_len: float = 0.0
    url: float = 0.0
    email: float = 0.0
    person: float = 0.0  # share of name-shaped values (names, initials, e-mails, lists of them)
    several: float = 0.0  # share naming more than one person ("A & B")
    single: float = 0.0  # share of single capitalised words that are not known names ("Wiebke", "Video")
    sure: float = 0.0  # share surely naming people: a known first name, initials or an e-mail address
    initials: float = 0.0  # share of initials ("JD", "IG")
    initials_net: float = 0.0  # share of initials that spell a network too ("IG", "LI")
    status: float = 0.0
    network: float = 0.0  # share naming a well-known network
    hashtag: float = 0.0
    weekday: float = 0.0  # share that are weekday names alone
    ref: float = 0.0  # share of references: file paths and names, data written out ("{'a': 1}")
    code: float = 0.0  # share of identifiers: "PX24071615", "JF_20260711_Spartak", "W1 M:"
    bare_dm: float = 0.0  # share of two numbers alone that read as day and month ("25.1", "3/4"): or a number
    values: frozenset = frozenset()  # the distinct texts (folded), to compare columns


def sample_rows(n: int, size: int = SAMPLE * 2) -> range:
    """Row indexes spread over a table of n rows."""
    step = max(1, n // size)
    return range(0, n, step)


def is_reference(text: str) -> bool:
    """A file path or name, or data written out: it points at the entry's material, it does not
    name the entry. "Twitter/X" and "FB/IG" are words: a path has a file name or three parts."""
    if len(text) < 5 or text[:1].isspace():
        return False
    if _FILE.match(text) or _DATA.match(text):
        return True
    if not _PATH.match(text):
        return False
    if text[:1] in "./~" or text[1:3] == ":\\":
        return True
    parts = re.split(r"[/\\]", text)  # "exports/week1/day-1": folders and files, not "FB/IG/LI"
    return len(parts) >= 3 and any(_FILEISH.search(x) for x in parts)


# one token in lower case or with joiners ("@bandstandeb", "@the.emeraldbar"), not a name ("@Austin")
_ACCOUNT = re.compile(r"@(?:[a-z\d_][\w.]*|[\w.]*[_\d.][\w.]*)$")


def is_code(text: str) -> bool:
    """An identifier, not words: one token of letters with digits or joiners ("PX24071615",
    "JF_20260711_Spartak", "jen-2026-09-02-early@rota"), or short tokens with a digit and no
    word in them ("W1 M:", "A3-2"). Numbers alone are numbers; "Q3 Launch" and "COVID-19 talk" are words."""
    if _ACCOUNT.match(text):  # "@eastbourne_theatres": an account's handle names it, not a row
        return True
    if not _DIGIT.search(text) or text.replace(".", "", 1).replace(",", "", 1).lstrip("-").isdigit():
        return False
    if not any(ch.isalpha() for ch in text):  # long runs of digits joined ("112148559364814_2591160440376111")
        return len(_DIGIT.findall(text)) >= 10 and not any(ch.isspace() for ch in text)
    if is_reference(text):  # a file's path names it: not an id
        return False
    if len(text) >= 6 and not any(ch.isspace() for ch in text) and not _EMAIL.match(text):
        return not _URL.match(text)
    return len(text) <= 12 and not _WORD_RUN.search(text)


def _is_name(text: str) -> bool:
    return bool(_EMAIL.match(text) or _INITIALS.match(text) or _NAME.match(text) or _SURNAME_FIRST.match(text)
                or _given(text))


def _given(text: str) -> bool:
    """A known first name alone, or leading a name ("Lena", "Lena V.", "Ana Costa")."""
    first = text.split(None, 1)[0].rstrip(",.") if text else ""
    return fold(first) in GIVEN_NAMES and first[:1].isupper()


def people_in(text: str) -> list[str]:
    """The names a cell lists ("Ana Costa & Ben Carter", "JD, MK", "a@x.org; b@x.org"), or [] when it
    is not a list of names. "Vogt, Lena" is one name."""
    text = _HANDLE.sub("", text.strip())  # "@Austin Hess": a person mentioned as in a chat
    if not text or "@" not in text and (not text[0].isupper() or _DIGIT.search(text)):
        return []  # names start with a capital and carry no digits; e-mail addresses may
    if _SURNAME_FIRST.match(text) and not all(_INITIALS.match(p.strip()) for p in text.split(",")):
        return [text]
    if "," in text:  # "Pérez, Javier / Ruiz, Carmen": names written surname first, listed
        listed = [p for p in _JOIN_NOT_COMMA.split(text) if p]
        if len(listed) > 1 and all(_SURNAME_FIRST.match(p) for p in listed):
            return listed
    parts = [p for p in _JOIN.split(text) if p]
    if len(parts) > 1 and all(_is_name(p) and not _network(p) for p in parts):
        return parts
    return [text] if _is_name(text) and not _network(text) else []


_LIST_JOIN = re.compile(r"\s*[&+/;、，،]\s*")  # what joins the names of a list, never a name's own letters


def owner_people(text: str) -> list[str]:
    """The people a cell of an owner column names: :func:`people_in`, or first names no list holds
    joined ("Kees/Yasmin", "Sanne + Bas": single capitalised words); [] when it lists none."""
    parts = [p for p in _JOIN.split(text.strip()) if p]
    if parts and any(_east_asian_name(p) or _script_name(p) for p in parts) and all(
            _east_asian_name(p) or _script_name(p) or _is_name(p) for p in parts):
        return parts  # "张伟、李娜", "山田　太郎", "김민준, 이서연", "Lena Steiner, 김민준", "عمر خليل، أحمد المنصوري"
    found = people_in(text)
    if len(found) > 1 or (found and not _LIST_JOIN.search(text)):
        return found
    if len(parts) > 1 and all(p.isalpha() and p[:1].isupper() and not _network(p) for p in parts):
        return parts
    return []


def _east_asian_name(text: str) -> bool:
    """A name written in Chinese characters, kana or Hangul: two to six of them, the family and the
    given name run together or apart ("张伟", "山田 太郎", "김민준"). Those scripts have no capitals to
    tell a name by, so only an owner column's cells are read this way."""
    words = text.replace("\u3000", " ").split()
    letters = "".join(words)
    return len(words) <= 2 and 2 <= len(letters) <= 6 and all(east_asian(ch) for ch in letters)


def _script_name(text: str) -> bool:
    """A name written in the Greek, Cyrillic, Hebrew or Arabic script: one to four words of its letters,
    each capitalised where the script has capitals ("Олена Коваленко", "Μαρία Νικολάου", "נועה כהן",
    "أحمد المنصوري"); like :func:`_east_asian_name`, only an owner column's cells are read this way."""
    words = text.split()
    if not 1 <= len(words) <= 4 or len(text) > 40:
        return False
    for w in words:
        letters = w.replace("'", "").replace("ʼ", "").replace("-", "")
        if not letters or not all(key_letter(ch) for ch in letters):
            return False
        if letters[0].lower() != letters[0].upper() and not letters[0].isupper():
            return False
    return True


def _network(text: str) -> bool:
    """A short value naming a well-known network ("FB page", "LinkedIn (company)"), not a sentence
    that mentions one."""
    words = fold(text).split()
    if len(words) <= 4:
        return any(w in NETWORK_WORDS for w in words)
    return len(words) <= 8 and profile_network(text) is not None  # "Acme Perth (Facebook Page)": a page on it


_DECIMAL_CLOCK = re.compile(r"^\d{1,2}\.\d{2}$")  # "9.30", "14.00": a clock that is also a decimal
_DECIMAL = re.compile(r"^\d*\.\d+$")


_STATE_LEN = max(map(len, STATUS_WORDS)) + 6  # longer cells are never one status word: no folding for them


def says_a_state(text: str) -> bool:
    """A cell that says where a plan stands ("tbd", "offen", "tentative"), not what happens."""
    text = text.strip(" .?!")
    return len(text) <= _STATE_LEN and fold(text) in STATUS_WORDS


def _clock_kind(s: str) -> tuple[str | None, bool, bool]:
    """(kind, is a range, bare digits) of one text that is not a date: "time", "allday", "duration",
    "number" or None."""
    bare = s.isdigit() and len(s) in (3, 4)
    t = parse_time_value(s) if bare or _CLOCKY.search(s) else BAD_TIME
    if t is ALL_DAY:
        return "allday", False, False
    if t is not BAD_TIME and t is not None:
        return "time", t[1] is not None, bare
    if _DIGIT.search(s) and len(s) <= 20:
        if _PLAIN_NUMBER.match(s):  # "45,00", "120,50", "1.200,00": an amount; a duration says its unit
            return "number", False, False
        if parse_duration(s) is not None:
            return "duration", False, False
    return None, False, False


def _text_features(s: str) -> tuple:
    """(folded, length, url, email, people named, initials, initials that spell a network, status,
    network, hashtag, weekday) of one distinct text."""
    site = site_network(s) if "." in s else None  # "linkedin.com/company/acme": the network, written long
    if site:
        s = site
    f = fold(s)
    short = len(s) <= 80
    people = len(people_in(s)) if short else 0
    initials = bool(_INITIALS.match(s))
    network = len(s) <= 40 and _network(s) or len(s) <= 60 and profile_network(s) is not None or (
        len(s) <= 80 and ("," in s or ";" in s) and channel_in_list(s) is not None)  # "TikTok (black), Live (green)"
    email = bool(_EMAIL.match(s))
    sure = bool(people) and (email or initials or _given(s) or bool(_ABBREVIATED.match(s))
                             or bool(_SURNAME_FIRST.match(s)))
    status, weekday = f in STATUS_WORDS, f.rstrip(".") in WEEKDAYS
    single = not people and s.isalpha() and s[:1].isupper() and not (network or status or weekday)
    return (f, len(s), bool(_URL.match(s)), email, people, initials, initials and not people,
            status, network, bool(_HASHTAG.match(s)), weekday, sure, single, is_code(s))


def profile(values: list) -> Profile:
    """Measure the sampled cells of one column (values already sampled). Each distinct text is
    judged once."""
    cells = [v for v in values if v is not None and not (v.__class__ is str and not v.strip())]
    p = Profile(n=len(cells), fill=len(cells) / len(values) if values else 0.0)
    if not cells:
        return p
    cells = cells[:SAMPLE]
    n = p.n = len(cells)
    # every written date has a digit: only such texts are worth parsing
    datable = [k for k, v in enumerate(cells) if v.__class__ is not str or _DIGIT.search(v)]
    parsed: list = [BAD] * n
    if datable:
        # a cell that spans days ("19/04–25/04") dates its entry by its first day (rows.py reads the last)
        firsts = [span[0] if cells[k].__class__ is str and (span := day_span(cells[k], None)) else cells[k]
                  for k in datable]
        for k, item in zip(datable, parse_date_column(firsts, None)[0]):
            parsed[k] = item
    texts: list[str] = []
    times = ranges = durs = nums = years = bare_times = bare_round = refs = fractions = 0
    decimal_clocks = off_shape = 0  # "9.30" read as a clock, and decimals that are no H.MM clock ("1.5", "0.75")
    hour_marked: list[int] = []  # the hours of durations that read as clock times too ("14 h 30", "9 h")
    kinds: dict[str, tuple] = {}
    for k, (v, d) in enumerate(zip(cells, parsed)):
        if v.__class__ is str:
            s = v.strip()
            texts.append(s)
            kind = kinds.get(s)
            if kind is None:
                kind = kinds[s] = _clock_kind(s)
            what, is_range, bare = kind
            if what == "time":  # "12.10" is a time before a date
                if bare:
                    years += 1950 <= int(s) <= 2099
                    bare_times += 1
                    bare_round += int(s) % 5 == 0  # "930", "1430": a schedule's times fall on round minutes
                times += 1
                ranges += is_range
                decimal_clocks += _DECIMAL_CLOCK.match(s) is not None
                parsed[k] = None
            elif what == "allday":
                times += 1
            elif d is not None and d is not BAD:
                continue
            elif what == "duration":
                durs += 1
                clock = parse_time_value(s)
                if clock is not None and clock is not BAD_TIME and clock is not ALL_DAY:
                    hour_marked.append(clock[0].hour)
            elif what == "number":
                nums += 1
                fractions += "." in s and fraction_clock(s) is not None  # "0.666666667": maybe 16:00
                off_shape += _DECIMAL.match(s) is not None
            elif is_reference(s):
                refs += 1
        elif isinstance(v, bool):
            texts.append(str(v))
        elif isinstance(v, (time, timedelta)):
            times += 1
        elif isinstance(v, (int, float)):
            if d is None or d is BAD:
                if isinstance(v, float) and 0 < v < 1:
                    times += 1
                else:
                    nums += 1
        elif not isinstance(v, (date, datetime)):
            texts.append(str(v))
    if durs and len(hour_marked) == durs and sorted(hour_marked)[durs // 2] >= _LONGEST_TYPICAL_HOURS:
        # "9 h 45", "14 h 30", "10 h": French clock times, that read as lengths too; a column of lengths
        # whose middle one is a working day or more is a column of times of day
        times += durs
        durs = 0
    clear_clocks = times - decimal_clocks  # "13:00", "9am": no decimal could be written so
    if decimal_clocks and off_shape:
        # "0.26", "0.75", "1.5", "0.4": decimals of a score or a share, of which some happen to look
        # like "H.MM"; a column of dotted clocks writes every one of them that way
        times -= decimal_clocks
        nums += decimal_clocks
    if fractions and clear_clocks:
        # day fractions beside clock times: times a spreadsheet saved as numbers (beside clocks
        # that could be decimals themselves, they are decimals)
        times += fractions
        nums -= fractions
    # "2024", "2025": years, not 20:24; "1411", "1437", "1452": numbers (years of another era, ids), not times
    if bare_times and (years == bare_times or bare_round < 0.8 * bare_times):
        times -= bare_times
        nums += bare_times
    dates = [x for x in parsed if x is not None and x is not BAD]
    p.date = len(dates) / n
    p.bare_dm = sum(1 for v, x in zip(cells, parsed) if x is not None and x is not BAD and v.__class__ is str
                    and _BARE_DM.match(v.strip())) / n
    p.clock = sum(1 for x in dates if x[1] is not None) / len(dates) if dates else 0.0
    p.time, p.ranges, p.duration, p.number = times / n, ranges / n, durs / n, nums / n
    p.ref = refs / n
    p.text = max(0.0, 1.0 - p.date - p.time - p.duration - p.number - p.ref)
    if not texts:
        return p
    counts = Counter(texts)
    m = len(texts)
    sums = [0.0] * 14
    folded: set[str] = set()
    features = {s: _text_features(s) for s in counts}
    # "cosmin schmidt" and "COSMIN SCHMIDT" beside "Cosmin Schmidt": one name typed carelessly
    named = {f[0] for f in features.values() if f[4] > 0}
    for s, c in counts.items():
        feats = features[s]
        if feats[4] == 0 and feats[0] in named:
            feats = next(f for f in features.values() if f[0] == feats[0] and f[4] > 0)
        folded.add(feats[0])
        for i in range(1, 14):
            sums[i] += c * feats[i] if i != 4 else c * (feats[4] > 0)
        sums[0] += c * (feats[4] > 1)
    p.distinct = len(folded)
    p.unique = len(folded) / m
    p.values = frozenset(folded)
    p.mean_len = sums[1] / m
    p.url, p.email, p.person, p.initials, p.initials_net = (x / m for x in sums[2:7])
    p.status, p.network, p.hashtag, p.weekday = (x / m for x in sums[7:11])
    p.several = sums[0] / m
    p.sure = sums[11] / m
    p.single = sums[12] / m
    p.code = sums[13] / m
    if p.single:
        _own_pairs(p, counts, features, m)
    return p


def _own_pairs(p: Profile, counts: Counter, features: dict, m: int) -> None:
    """Single words that the column also lists together ("Kees", "Yasmin" and "Kees/Yasmin", or
    "Marloes & Ilse" beside "Ilse"): a column that writes its own values together in one cell
    names who did it, first names no list holds. Those cells name several people, and surely."""
    singles = {s for s in counts if features[s][12] or (features[s][4] and " " not in s)}
    pairs = 0
    for s, c in counts.items():
        if not features[s][4] and not features[s][12]:
            parts = [x for x in _JOIN.split(s) if x]
            if len(parts) > 1 and all(x.isalpha() and x[:1].isupper() for x in parts) \
                    and any(x in singles for x in parts):
                pairs += c
    if pairs:  # one such cell is enough to say so
        p.several += pairs / m
        p.sure += max(pairs / m, 0.1)
        p.person += pairs / m


def _repeated(p: Profile) -> float:
    """1 for a handful of values each used many times, 0 for values that never repeat."""
    if p.n < 2 or p.distinct == 0:
        return 0.0
    if p.distinct == 1:
        return 0.6 if p.n >= 3 else 0.2
    per_value = p.n / p.distinct
    return max(0.0, min(1.0, (per_value - 1.0) / 2.0))


def _text_share(p: Profile) -> float:
    return p.text * (1.0 - p.url)


def scores(p: Profile) -> dict[str, float]:
    """Content scores of one column for every role."""
    if p.n == 0:
        return {}
    out: dict[str, float] = {}
    out["date"] = p.date * (1 - 0.3 * p.bare_dm)  # "25.1", "25.2": as likely versions as days of January
    out["time"] = p.time
    out["duration"] = p.duration
    out["link"] = p.url
    text = _text_share(p)
    if text < 0.5:
        return out
    rep = _repeated(p)
    short = 1.0 if p.mean_len <= 18 else max(0.0, 1.0 - (p.mean_len - 18) / 20)
    if p.network >= 0.8:  # nearly every value names a network, alone or in a list of labels: short enough
        short = 1.0
    out["status"] = p.status * (0.5 + 0.5 * rep)
    # initials among other initials are people, even those that spell a network ("IG" beside "FH", "CK")
    mostly_net = p.network >= 0.5 and not (p.initials >= 0.8 and p.initials > p.initials_net)
    person = p.person if mostly_net else p.person + p.initials_net
    if p.sure >= 0.05 and p.person + p.single >= 0.9:  # first names, some known: the others are names too
        person = min(1.0, person + p.single)
    network = p.network if mostly_net else p.network - p.initials_net
    # well-known networks, with house channels beside them ("Careers page" next to "Intranet") as a few
    # short values repeated; short repeated values alone are as often seasons, sides or formats
    few = rep * (1 - person) * (1 - p.status) * (p.mean_len <= 16)
    out["channel"] = text * short * (0.65 * network + 0.35 * few) * (network > 0) * (1 - p.weekday)
    sure = min(1.0, p.sure + (0.0 if mostly_net else p.initials_net))
    known = 0.45 + 0.55 * min(1.0, 3 * (sure + p.several))  # known first names, initials, addresses, lists
    if person >= 0.85 and p.single < 0.1 and p.mean_len <= 24 and rep >= 0.5:
        known = max(known, 0.6)  # a handful of "First Last" used over and over: people, whatever their names
    out["owner"] = text * person * (0.55 + 0.45 * max(rep, p.several)) * (1 - network) * (1 - p.status) * known
    moderate = 1.0 if 6 <= p.mean_len <= 90 else (p.mean_len / 6 if p.mean_len < 6 else
                                                  max(0.0, 1 - (p.mean_len - 90) / 120))
    out["title"] = text * moderate * min(1.0, p.unique / 0.95) * (1 - p.weekday) * (1 - p.person * 0.7) \
        * (1 - network * 0.8) * (1 - p.status) * min(1.0, p.fill / 0.6) \
        * (1 - 0.5 * p.single) * (1 - p.code)  # a title is written on most rows, in words rather than
        # identifiers, and seldom as one capitalised word
    out["description"] = text * min(1.0, max(0.0, (p.mean_len - 50) / 60)) * min(1.0, p.unique / 0.5)
    out["campaign"] = text * max(p.hashtag * rep, rep * min(1.0, p.mean_len / 12) * (1 - min(1.0, 4 * network))
                                 * (1 - p.person) * (1 - p.status) * (1 - p.weekday) * 0.7) \
        * (1 if p.mean_len <= 60 else 0.3) * min(1.0, p.fill / 0.6)  # sparse repeated remarks are notes
    return out


def shared_vocabulary(a: Profile, b: Profile) -> float:
    """How far two columns draw on one set of values (home and away teams, people of a rota)."""
    if not a.values or not b.values:
        return 0.0
    return len(a.values & b.values) / min(len(a.values), len(b.values))
