"""Names of months and weekdays in the languages the date reader knows, and a cell that names a weekday alone."""
from __future__ import annotations

import re

from importers.scripts import date_text
from importers.sheets.dates import iberian_words
from importers.sheets.mapping import fold

_MONTHS = {
    1: "jan january januar janner janv janvier enero ene gennaio gen januari janeiro yanvar ocak tammikuu leden ledna styczen stycznia ut utery wt wtorek",
    2: "feb february febr februar fevr fevrier fev febrero febbraio februari fevereiro fevral subat helmikuu unor unora luty lutego streda sr sroda",
    3: "mar march marz maerz mrz mars marts marzo maart mrt marco mart maaliskuu brezen brezna marzec marca ct ctvrtek czw czwartek",
    4: "apr april avr avril abril abr aprile aprel nisan huhtikuu duben dubna kwiecien kwietnia pa patek pt piatek",
    5: "may mai mayo maggio mei mag maio maj mayis toukokuu kveten kvetna maja sobota sob",
    6: "jun june juni juin junio giugno giu junho iyun haziran kesakuu cerven cervna czerwiec czerwca ne nedele nd niedz niedziela",
    7: "jul july juli juillet juil julio luglio lug julho iyul temmuz heinakuu cervenec cervence lipiec lipca",
    8: "aug august aout agosto ago augustus avgust agustos augusti elokuu srpen srpna sierpien sierpnia",
    9: "sep sept september septembre septiembre setiembre set settembre setembro sentabr sentyabr eylul syyskuu zari wrzesien wrzesnia",
    10: "oct october okt oktober octobre octubre ottobre ott outubro oktabr oktyabr ekim lokakuu rijen rijna pazdziernik pazdziernika",
    11: "nov november novembre noviembre novembro noyabr kasim marraskuu listopad listopadu listopada",
    12: "dec december dez dezember decembre diciembre dic dicembre dezembro dekabr aralik joulukuu prosinec prosince grudzien grudnia",
}
# Dutch, Italian, Portuguese, Scandinavian, Finnish, Turkish, Uzbek (Latin), Czech and Polish names and short forms
# are among them (Greek and Cyrillic ones: importers/scripts.py)
# Nordic, Baltic and Finnish forms a date writes: Finnish months in the partitive ("12. lokakuuta"),
# Estonian and Icelandic names, Norwegian "desember"
_MORE_MONTHS = {
    1: "tammikuuta jaanuar jaan", 2: "helmikuuta veebruar veebr", 3: "maaliskuuta marts", 4: "huhtikuuta aprill",
    5: "toukokuuta", 6: "kesakuuta juuni", 7: "heinakuuta juuli", 8: "elokuuta agust", 9: "syyskuuta",
    10: "lokakuuta oktoober", 11: "marraskuuta november", 12: "joulukuuta detsember desember des",
}
# Indonesian, Malay and Swahili names ("5 Oktober 2026", "Isnin, 5 Okt 2026", "5 Oktoba 2026")
_MORE_MONTHS_2 = {
    1: "januari", 2: "februari", 3: "maret mac machi", 4: "aprili", 5: "", 6: "juni", 7: "juli julai", 8: "agustus agt ogos agosti",
    9: "septemba", 10: "oktoba", 11: "novemba", 12: "desember disember desemba",
}
MONTHS = {name: num for table in (_MONTHS, _MORE_MONTHS, _MORE_MONTHS_2) for num, names in table.items() for name in names.split()}
_WEEKDAYS = {
    0: "mon monday mo montag lun lundi lunes lunedi maandag ma po pondeli pon poniedzialek segunda",
    1: "tue tues tuesday di dienstag mar mardi martes martedi dinsdag terca",
    2: "wed weds wednesday mi mittwoch mer mercredi mie miercoles mercoledi woensdag wo quarta",
    3: "thu thur thurs thursday do donnerstag jeu jeudi jue jueves giovedi gio donderdag quinta",
    4: "fri friday fr freitag ven vendredi vie viernes venerdi vrijdag vr sexta",
    5: "sat saturday sa samstag sonnabend sam samedi sab sabado sabato zaterdag za",
    6: "sun sunday so sonntag dim dimanche dom domingo domenica zondag zo",
}
# Czech and Polish ones too; not Czech "st" (Wednesday: the "st" of "1st") nor "so" (Saturday; German Sunday)
# Norwegian, Danish, Swedish, Icelandic, Finnish, Estonian and Turkish ones, and their short forms
_MORE_WEEKDAYS = {
    0: "mandag man manudagur maanantai esmaspaev pazartesi pzt",
    1: "tirsdag tirs tisdag tis thridjudagur thri tiistai teisipaev sali sal",
    2: "onsdag ons midvikudagur keskiviikko kolmapaev carsamba car",
    3: "torsdag tors fimmtudagur fim torstai neljapaev persembe per",
    4: "fredag fre fostudagur fos perjantai reede cuma cum",
    5: "lordag lor laugardagur lau lauantai laupaev cumartesi cmt",
    6: "sondag son sunnudagur sun sunnuntai puhapaev pazar",
}
_MORE_WEEKDAYS_2 = {   # Indonesian, Malay and Swahili ("Senin", "Isnin", "Jumatatu")
    0: "senin isnin jumatatu", 1: "selasa jumanne", 2: "rabu jumatano", 3: "kamis khamis alhamisi",
    4: "jumat jumaat ijumaa", 5: "sabtu jumamosi", 6: "minggu ahad jumapili",
}
WEEKDAYS = {name: num for table in (_WEEKDAYS, _MORE_WEEKDAYS, _MORE_WEEKDAYS_2) for num, names in table.items() for name in names.split()}
_FILLER = {"de", "del", "of", "the", "le", "den", "der", "am", "el", "st", "nd", "rd", "th", "er"}
MONTHS.update(iberian_words.MONTHS)
WEEKDAYS.update(iberian_words.WEEKDAYS)
_FILLER |= iberian_words.FILLER


_TOKENS = re.compile(r"[a-z]+|\d+")


def names_a_month(text: str) -> bool:
    """The text names a month and nothing else, perhaps with its year ("OCTOBRE 2026", "Settembre",
    "Nov. 2026"): what a heading row over a month's entries says."""
    tokens = _TOKENS.findall(fold(date_text(text or "")))  # "Октябрь 2026", "Οκτώβριος" too
    months = [t for t in tokens if t in MONTHS]
    return len(months) == 1 and all(t in MONTHS or t.isdigit() and len(t) == 4 for t in tokens)


def day_with_month(text: str) -> bool:
    """The text writes a day by its number and its month's name, with no year perhaps ("maandag 5 okt",
    "5. lokakuuta"): a date, though no digits-and-dots pattern shows it."""
    tokens = _TOKENS.findall(fold(text or "")) if len(text or "") <= 40 else []
    return any(t in MONTHS for t in tokens) and any(t.isdigit() and 1 <= int(t) <= 31 for t in tokens)


_CJK_WEEKDAY = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])|^([月火水木金土日])曜")
_CJK_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
             "月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5}


_LEAD_WORD = re.compile(r"^\s*([^\W\d_]{2,12})\.?,?\s+\d")


def lead_weekday(text: str) -> int | None:
    """The weekday a numeric date names before its digits ("Mon 5/10", "Di, 03.08."), 0 = Monday.
    Before digits a word is no month, so "mar" is a Tuesday (martes, mardi) here."""
    m = _LEAD_WORD.match(text)
    return WEEKDAYS.get(fold(m.group(1))) if m else None


def weekday_of(text: str) -> int | None:
    """The weekday a cell names alone ("Monday", "Mo.", "星期一", "月曜日"), 0 = Monday."""
    text = text.strip()
    if not text or len(text) > 20:
        return None
    m = _CJK_WEEKDAY.search(text) if not any(ch.isdigit() for ch in text) else None  # "2026/10/12 周一" is a date
    if m:
        return _CJK_DAYS[m.group(1) or m.group(2)]
    tokens = _TOKENS.findall(fold(text))
    if len(tokens) == 2 and tokens[1] == "feira":  # Portuguese "quarta-feira": the fourth day of the fair
        tokens = tokens[:1]
    if len(tokens) == 1 and tokens[0] in WEEKDAYS and tokens[0] not in MONTHS:
        return WEEKDAYS[tokens[0]]
    return None


def weekday_in_list(text: str) -> int | None:
    """:func:`weekday_of`, but a word that spells a weekday and a month too ("mar", "mar.") is the
    weekday: for a cell of a column that otherwise names weekdays."""
    found = weekday_of(text)
    if found is not None:
        return found
    tokens = _TOKENS.findall(fold(text.strip())) if len(text.strip()) <= 20 else []
    return WEEKDAYS.get(tokens[0]) if len(tokens) == 1 else None

