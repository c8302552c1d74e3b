"""The window in the coordinator's language: switching in Settings re-labels the running window,
dates and times follow the locale, and the readers' messages are translated."""
from __future__ import annotations

import random
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6")

from tests.ui_helpers import qsettings, window_factory, workspace  # noqa: E402,F401

pytestmark = pytest.mark.gui


@pytest.fixture
def language(qapp):
    """Put the language and the default locale back as they were after the test."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    saved = QLocale()
    yield i18n
    i18n.store_language("")
    i18n.install_language("")
    QLocale.setDefault(saved)


def choose_in_settings(window, code: str) -> None:
    """Settings ▸ Language ▸ CODE, OK: the path a coordinator takes."""
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.workspace, window)
    combo = dialog.language.language
    combo.setCurrentIndex(combo.findData(code))
    dialog.accept()
    assert dialog.outcome.language_changed


def test_switching_the_language_relabels_the_running_window(language, workspace, window_factory, qtbot):
    w = window_factory(workspace)
    w.set_view("week")
    assert w.menus["file"].title() == "&File"
    assert w.actions["import"].text() == "&Import…"

    choose_in_settings(w, "de")
    assert language.chosen_language() == "de"
    assert w.menus["file"].title() == "&Datei"
    assert w.menus["edit"].title() == "&Bearbeiten"
    assert w.actions["import"].text() == "&Importieren…"
    assert w.actions["view_timeline"].text() == "Zeitleiste"
    assert w.sources_dock.windowTitle() == "Quellen"
    assert w.settle.dock.windowTitle() == "Konflikte und Dubletten"
    assert w.filter_bar.today_button.text() == "Heute"
    assert w.welcome.title.text() == "Willkommen bei Masthead"
    assert w.filter_bar.period_text.startswith("Woche 32 · 3.–9. Aug 2026")  # the pinned clock's week
    assert w.settle.print_action.text() == "Woche &drucken…"

    choose_in_settings(w, "fr")
    assert w.menus["file"].title() == "&Fichier"
    assert w.actions["view_timeline"].text() == "Frise"
    assert w.sources_panel.import_button.text() == "Importer…"
    assert w.filter_bar.period_text.startswith("Semaine 32 · 3–9 août 2026")

    choose_in_settings(w, "en")
    assert w.menus["file"].title() == "&File"
    assert w.sources_dock.windowTitle() == "Sources"
    assert w.filter_bar.today_button.text() == "Today"


def test_a_new_window_opens_in_the_stored_language(language, workspace, window_factory):
    language.store_language("es")
    language.install_language()
    w = window_factory(workspace)
    assert w.menus["file"].title() == "&Archivo"
    assert w.views["list"].only_flagged.text() == "Solo conflictos y duplicados"


def test_the_system_locale_decides_when_nothing_is_chosen():
    from PySide6.QtCore import QLocale

    from ui.i18n import language_of, locale_for

    assert locale_for("", QLocale("de_AT")).name() == "de_AT"
    assert locale_for("de", QLocale("de_CH")).name() == "de_CH"  # the chosen language in the system's country
    assert locale_for("fr", QLocale("de_DE")).name() == "fr_FR"
    assert language_of(QLocale("es_MX")) == "es"
    assert language_of(QLocale("ja_JP")) == "en"  # a language the window does not speak: English words


# ----- dates, weekdays and times ----------------------------------------------------------------------
def test_week_headers_and_times_follow_the_locale():
    from PySide6.QtCore import QLocale

    from ui import locale_format as lf

    de, us, fr = QLocale("de_DE"), QLocale("en_US"), QLocale("fr_FR")
    monday = date(2026, 9, 7)
    assert lf.day_header(monday, de) == "Mo 7. Sep"
    assert lf.day_header(monday, us) == "Mon 9/7"
    assert lf.day_header(monday, fr) == "lun 7 sept"
    assert lf.time_text(time(14, 5), de) == "14:05"
    assert lf.time_text(time(14, 5), us) == "2:05 PM"
    assert lf.hour_label(14, de) == "14:00" and lf.hour_label(14, us) == "2 PM"
    assert lf.uses_24_hours(de) and not lf.uses_24_hours(us)
    assert lf.layout_label("22:00–Tue 01:30", de) == "22:00–Di 01:30"
    assert lf.layout_label("until 11:00", us) == "until 11:00 AM"
    assert lf.month_year(monday, de) == "September 2026"
    assert lf.range_text(date(2026, 9, 28), date(2026, 10, 4), de) == "28. Sep – 4. Okt 2026"
    assert lf.number(1234567, de) == "1.234.567" and lf.number(1234567, us) == "1,234,567"


def test_every_day_of_a_year_reads_back_in_each_locale():
    """Seeded days: the numeric US form and the named day-first forms both name the day shown."""
    from PySide6.QtCore import QLocale

    from ui import locale_format as lf

    rng = random.Random(20)
    days = [date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + rng.randrange(730)) for _ in range(60)]
    us = QLocale("en_US")
    for d in days:
        assert lf.day_month(d, us) == f"{d.month}/{d.day}"
        for name in ("de_DE", "fr_FR", "es_ES"):
            loc = QLocale(name)
            text = lf.day_month(d, loc)
            assert text.split()[0].rstrip(".") == str(d.day), (name, d, text)
            assert lf.month_short(d.month, loc) in text


def test_the_painted_week_uses_the_locale(qapp):
    """The week view's painter asks locale_format for its headers and hour lines."""
    from PySide6.QtCore import QLocale

    from ui.painting import week as painting

    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert painting.day_header(date(2026, 9, 7)) == "Mo 7. Sep"
        assert painting.hour_label(9) == "09:00"
        QLocale.setDefault(QLocale("en_US"))
        assert painting.day_header(date(2026, 9, 7)) == "Mon 9/7"
        assert painting.hour_label(9) == "9 AM"
    finally:
        QLocale.setDefault(QLocale.c())


# ----- the readers' messages ------------------------------------------------------------------------
WORDS = ["Launch", "TBD", "Q3 recap", "Tag der offenen Tür", "Ünïcødé ✓", "a;b", "x'y", "42", "2026-13-40"]


def test_every_catalogued_message_reads_back_from_its_text():
    """Seeded values into every template: the text alone gives back a template that makes the same text."""
    import re

    from calendar_core.messages import CATALOGUE, parse_message

    from importers.messages import say

    rng = random.Random(7)
    for template in CATALOGUE:
        for _ in range(5):
            values = {}
            for name in re.findall(r"\{(\w+)\}", template):
                values[name] = str(rng.randrange(1, 500)) if name in ("row", "line", "count", "size", "limit", "read",
                                                                     "incomplete", "sequence", "lines") \
                    else rng.choice(WORDS)
            if "%n" in template:
                values["count"] = rng.randrange(1, 50)
            text = say(template, **values)
            found = parse_message(text)
            assert found is not None, text
            again, parsed = found
            n = parsed.pop("n", None)
            remade = again.format(**parsed)
            assert (remade.replace("%n", n) if n is not None else remade) == text


def test_a_row_warning_in_german(language, qapp):
    from ui.reader_messages import localize

    text = "news.xlsx, row 17: date 'TBD' not understood; 'Launch' skipped"
    assert localize(text) == text  # English: as the reader wrote it
    language.install_language("de")
    assert localize(text) == "news.xlsx, Zeile 17: Datum „TBD“ nicht verstanden; „Launch“ übersprungen"
    language.install_language("fr")
    assert localize(text) == "news.xlsx, ligne 17 : date « TBD » non comprise ; « Launch » ignoré"
    assert localize("a library's own words") == "a library's own words"


def test_an_imported_file_s_warnings_in_spanish(language, workspace, tmp_path):
    """From a real file through the facade: the reader's warnings shown in the window's language."""
    from ui.reader_messages import localize

    path = tmp_path / "plan.csv"
    path.write_text("Date,Title,Channel\n2026-09-07,Launch,LinkedIn\nsoon,Teaser,X\n2026-09-09,Recap,Blog\n",
                    encoding="utf-8")
    result = workspace.read(path)
    said = [w for w in result.warnings if "soon" in w]
    assert said and "not understood" in said[0]
    language.install_language("es")
    shown = localize(said[0])
    assert "no entendida" in shown and "«soon»" in shown and "«Teaser» omitido" in shown


def test_a_refused_file_in_german(language, tmp_path, workspace):
    from calendar_core.workspace import WorkspaceError
    from ui.reader_messages import localize

    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"")
    with pytest.raises(Exception) as err:  # the facade's refusal names the file and the reason
        workspace.read(empty)
    language.install_language("de")
    reason = getattr(err.value, "reason", str(err.value))
    assert localize(reason) == "die Datei ist leer"
    assert isinstance(err.value, (WorkspaceError, Exception))


def test_dates_in_the_list_follow_the_locale(language, qapp):
    from calendar_core.model import Entry
    from ui.models.entries import _when

    tz = ZoneInfo("Europe/Berlin")
    e = Entry(id=1, source_id=1, source_ref="row 2", title="Launch", start=datetime(2026, 9, 7, 14, 5, tzinfo=tz),
              end=None, all_day=False, department="PR")
    language.install_language("de")
    assert _when(e, tz) == "Mo 7. Sep 2026, 14:05"
    language.install_language("en")  # English chosen: American formats
    assert _when(e, tz) == "Mon 9/7/2026, 2:05 PM"


# ----- the workbook a person reads ---------------------------------------------------------------------
def test_the_workbook_export_follows_the_window_s_locale(language, qtbot, tmp_path, qsettings):
    """File ▸ Export ▸ Workbook in German: German headers and day-first dates with a 24-hour clock;
    the command line's workbook keeps ISO dates and English."""
    import openpyxl
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMainWindow

    from tests.settle_support import make_workspace
    from ui.export_actions import EVERYTHING, ExportActions, export_file

    ws = make_workspace(tmp_path / "ws")
    try:
        language.install_language("de")
        assert QLocale().name() == "de_DE"
        win = QMainWindow()
        qtbot.addWidget(win)
        actions = ExportActions(win, lambda: ws, lambda: EVERYTHING)
        actions.tell = lambda title, text, error=False: None
        job = actions.start_export("xlsx", tmp_path / "de.xlsx", EVERYTHING)
        qtbot.waitUntil(lambda: job.done, timeout=20000)
        export_file(ws, "xlsx", tmp_path / "cli.xlsx", EVERYTHING)  # no display: the command line's
        de = openpyxl.load_workbook(tmp_path / "de.xlsx")["Master"]
        cli = openpyxl.load_workbook(tmp_path / "cli.xlsx")["Master"]
        heads = [c.value for c in next(de.iter_rows(max_row=1))]
        assert heads[0].startswith("Beginn (") and "Abteilung" in heads and "Kanal" in heads
        assert [c.value for c in next(cli.iter_rows(max_row=1))][0].startswith("Start (")
        timed = next(row[0] for row in de.iter_rows(min_row=2) if row[2].value is False)
        assert timed.number_format == "dd.mm.yyyy hh:mm"
        assert next(row[0] for row in cli.iter_rows(min_row=2) if row[2].value is False).number_format == "yyyy-mm-dd hh:mm"
    finally:
        ws.close()


def test_excel_formats_from_the_locale():
    from PySide6.QtCore import QLocale

    from ui.export_texts import excel_format, workbook_display

    assert excel_format("dd.MM.yy HH:mm") == "dd.mm.yy hh:mm"
    assert excel_format("M/d/yy h:mm\u202fAP") == "m/d/yy h:mm AM/PM"
    assert workbook_display(QLocale("en_US")).time_format == "m/d/yyyy h:mm AM/PM"
    assert workbook_display(QLocale("de_DE")).date_format == "dd.mm.yyyy"
    assert workbook_display(QLocale.c()).date_format == "yyyy-mm-dd"  # no locale set: ISO


def test_a_date_field_reads_back_what_it_shows_in_every_language():
    """Seeded days: the text the field shows for a day (with or without its weekday) is read as that day,
    so editing "Mo 7. Sep 2026" to "Mo 8. Sep 2026" works in German as "Mon 9/8/2026" does in English."""
    from PySide6.QtCore import QLocale

    from ui.locale_format import date_text
    from ui.widgets.date_field import parse_typed_date

    rng = random.Random(11)
    today = date(2026, 1, 1)
    for name in ("de_DE", "fr_FR", "es_ES", "en_US", "en_GB", "de_AT"):
        loc = QLocale(name)
        for _ in range(40):
            d = date.fromordinal(today.toordinal() + rng.randrange(-400, 800))
            for weekday in (False, True):
                shown = date_text(d, loc, weekday=weekday)
                assert parse_typed_date(shown, today, loc) == d, (name, shown)
    assert parse_typed_date("7 de septiembre de 2026", today, QLocale("es_ES")) == date(2026, 9, 7)
    assert parse_typed_date("hello 7 Sep", today, QLocale("en_US")) is None


def test_mapping_doubts_in_french_and_german(language, qapp):
    """The doubts the mapping dialog opens on: the core's and the readers', roles translated too."""
    from calendar_core.understood import doubts
    from ui.reader_messages import localize

    settings = {"mapping": [{"column": "Network", "role": "channel", "by": "content", "confidence": 0.62},
                            {"column": "When", "role": "date", "by": "header", "confidence": 1.0}]}
    said = doubts(settings, "xlsx")
    assert said == ["'Network' read as channel (62 % sure)", "no column holds the owner"]
    language.install_language("de")
    assert [localize(d) for d in said] == ["„Network“ als Kanal gelesen (zu 62 % sicher)",
                                           "keine Spalte enthält: Verantwortlich"]
    language.install_language("fr")
    assert localize("column 'Wer' could be end date or owner (person)") == \
        "la colonne « Wer » pourrait être date de fin ou responsable (personne)"


@pytest.mark.parametrize("code", ["de", "fr", "es"])
def test_no_two_entries_of_a_menu_share_a_keyboard_accelerator(code, language, workspace, window_factory):
    """Alt+letter reaches one entry per menu in each translation (and one menu on the menu bar)."""
    import re

    w = window_factory(workspace)
    language.store_language(code)
    language.install_language()

    def letters(texts):
        found = [m[1].casefold() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]
        return sorted(x for x in set(found) if found.count(x) > 1)

    assert letters([m.title() for m in w.menus.values()]) == []
    for key, menu in w.menus.items():
        texts = [a.text() for a in menu.actions() if a.text() and a.isVisible()]
        assert letters(texts) == [], (code, key, texts)


def test_the_not_a_calendar_question_in_german(language, qtbot, tmp_path, workspace, window_factory, monkeypatch):
    """The reader's judgement, asked in the window's language, names the file and its reason."""
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    lines = ["date,year,month,day,weekday,quarter"]
    for k in range(60):
        d = date(2026, 1, 1) + timedelta(days=k)
        lines.append(f"{d.isoformat()},{d.year},{d.month},{d.day},{d.isoweekday()},{(d.month - 1) // 3 + 1}")
    path = tmp_path / "dim.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    language.store_language("de")
    language.install_language()
    w = window_factory(workspace)
    shown = []

    def question(parent, title, text, *args):
        shown.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    with qtbot.waitSignal(w.importer.imported, timeout=20000):
        w.import_files([path])
    [(title, text)] = shown
    assert title == "Trotzdem importieren?"
    assert text.startswith("dim.csv sieht nicht wie ein Kalender aus: nicht als Kalender importiert (Zeilen 2–61): "
                           "jede Zeile ist der nächste Tag (2026-01-01 bis 2026-03-01)")
    assert "Das ergäbe 60 Einträge." in text and text.endswith("Trotzdem importieren?")


# ----- on paper ------------------------------------------------------------------------------------------
@pytest.mark.skipif(not __import__("shutil").which("pdftotext"), reason="poppler-utils (pdftotext) not installed")
@pytest.mark.parametrize("code, expected", [
    ("de", ["Woche 35, 2026", "24. – 30. Aug 2026", "Mo 24. Aug", "Seite 1 von", "gedruckt 21. Aug 2026 09:30",
            "Filter: keine (alle Einträge)", "09:00"]),
    ("en_US", ["Week 35, 2026", "8/24 – 8/30/2026", "Mon 8/24", "Page 1 of", "printed 8/21/2026 9:30 AM", "9 AM"]),
])
def test_the_printed_week_in_the_window_s_locale(code, expected, language, qapp, tmp_path):
    """The printed week writes its headings, day headers, hours and stamp as the chosen locale does."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QLocale

    sys.path.insert(0, str(Path(__file__).parent))
    from print_data import BERLIN, COLOURS, load_week_fixture
    from test_print_pdf import pdf_text
    from ui.printing import entries_by_week, write_week_pdf

    language.install_language(code.split("_")[0])
    QLocale.setDefault(QLocale(code) if "_" in code else QLocale())
    entries, markers = load_week_fixture()
    out = tmp_path / "week.pdf"
    write_week_pdf(out, [date(2026, 8, 24)], entries_by_week(entries, BERLIN), tz=BERLIN, colours=COLOURS,
                   markers=markers, mode="days", printed_at=datetime(2026, 8, 21, 9, 30, tzinfo=BERLIN))
    text = pdf_text(out)
    for piece in expected:
        assert piece in text, (piece, text[:400])


# ----- Undo …/Redo … ------------------------------------------------------------------------------------
def test_the_workspace_s_undo_labels_are_all_recognised(language, tmp_path):
    """Each kind of step the workspace records gets a label the window can translate (drift shows here)."""
    from tests.settle_support import make_workspace
    from ui.undo_texts import undo_text

    ws = make_workspace(tmp_path / "ws")
    try:
        labels = [ws.undo_label()]  # the imports
        conflict = ws.analyse().conflicts[0]
        ws.decide(conflict.key, "resolved")
        labels.append(ws.undo_label())
        ws.undecide(conflict.key)
        labels.append(ws.undo_label())
        src = ws.sources()[0]
        ws.update_source(src.id, visible=False)
        labels.append(ws.undo_label())
        ws.set_source_zone(src.id, "America/New_York")
        labels.append(ws.undo_label())
        ws.remove_source(src.id)
        labels.append(ws.undo_label())
        assert all(labels), labels
        language.install_language("de")
        shown = [undo_text(label) for label in labels]
        assert all(s != label for s, label in zip(shown, labels)), list(zip(labels, shown))
        assert shown[1] == "Markierung Behoben"
        assert shown[5] == f"Entfernen von {src.name}"
    finally:
        ws.close()


def test_undo_labels_in_the_menu_follow_the_language(language):
    from ui.undo_texts import undo_text

    language.install_language("fr")
    assert undo_text("import of product_launches.ics") == "import de product_launches.ics"
    assert undo_text("import of 3 files") == "import de 3 fichiers"
    assert undo_text("something new") == "something new"
