"""Conflict messages and duplicate reasons in the window's language (issue 20).

The analysis writes them from one phrasebook (calendar_core/analysis/phrases.py); the English
one is what the command line and the JSON report read, unchanged; the window's one
(ui/issue_phrases.py) writes the same conflicts and groups again in its language and locale,
without analysing again.
"""
from __future__ import annotations

import random
import re
import string
from datetime import date
from pathlib import Path

import pytest

from calendar_core.analysis import lazy, phrases
from calendar_core.analysis.phrases import TEMPLATES, Phrases, render
from calendar_core.workspace import Workspace
from tests.helpers import berlin, plus, rec, result

ROOT = Path(__file__).resolve().parent.parent


class Marked(Phrases):
    """A phrasebook with no English words: "<number of the template> {values}", days as "DAY2026-09-09"."""

    def template(self, key: str, n: int = -1) -> str:
        text = TEMPLATES[key]
        names = [f for _, f, _, _ in string.Formatter().parse(text) if f]
        return f"<{list(TEMPLATES).index(key)}>" + "".join(f" {{{f}}}" for f in names) + (" %n" if "%n" in text else "")

    def day(self, day: date) -> str:
        return f"DAY{day.isoformat()}"

    def day_month(self, month: int, day: int) -> str:
        return f"DAY{month:02d}-{day:02d}"


def _analysed(folder: Path, tmp_path: Path):
    ws = Workspace.open(tmp_path / f"{folder.name}.sqlite")
    settings = ws.settings
    settings.timezone = "Europe/Berlin"
    ws.save_settings(settings)
    for f in sorted(folder.iterdir()):
        if f.suffix in (".xlsx", ".ics", ".csv"):
            ws.import_file(f)
    found = ws.analyse()
    ws.close()
    return found


@pytest.fixture(params=["northwind", "samples"])
def analysed(request, shared_dir, tmp_path):
    folder = shared_dir / "scenarios" / "northwind" if request.param == "northwind" else ROOT / "resources" / "samples"
    if not folder.exists():
        pytest.skip(f"{folder} not available")
    return _analysed(folder, tmp_path)


def test_english_phrasebook_writes_the_stored_messages_again(analysed):
    """A fresh English phrasebook (not the default object) writes every message and reason as the analysis did."""
    english = Phrases()
    assert analysed.conflicts and analysed.duplicates
    for c in analysed.conflicts:
        assert lazy.message_in(c, english) == c.message
    for g in list(analysed.duplicates) + list(analysed.copies):
        assert [render(r, english) for r in g.reasons] == list(g.reasons)
        assert all(isinstance(r, phrases.Phrase) for r in g.reasons)


def test_another_phrasebook_rewrites_every_message_and_reason(analysed):
    marked = Marked()
    for c in analysed.conflicts:
        text = lazy.message_in(c, marked)
        assert text != c.message and "DAY2026-" in text and "<" in text, text
        for word in ("booked", "posts", "apart", "(rule:", "close together", "falls on blackout", "limit"):
            assert word not in text, text
    for g in analysed.duplicates:
        for r in g.reasons:
            text = render(r, marked)
            assert "<" in text, text
            for word in ("alike", "days apart", "same day", "both name", "meaning ", "differ in", "same entry in"):
                assert word not in text, text


def test_messages_known_on_northwind(shared_dir, tmp_path):
    folder = shared_dir / "scenarios" / "northwind"
    if not folder.exists():
        pytest.skip("northwind not available")
    messages = [c.message for c in _analysed(folder, tmp_path).conflicts]
    assert "Maya Chen is booked twice on Mon 24 Aug: Customer Success 13:30–14:30 and Product 14:00–14:30" in messages
    assert "LinkedIn on Tue 25 Aug: 4 posts (limit 3)" in messages
    assert ("LinkedIn: 3 posts close together on Tue 29 Sep: Sales 14:10, Marketing 14:45 and Customer Success 15:35 "
            "(rule: 60 min)") in messages


def test_english_durations_lists_and_counts():
    en = phrases.ENGLISH
    assert [en.minutes(m) for m in (5, 60, 90, 120, 150, 180)] == ["5 min", "60 min", "90 min", "2 h", "150 min", "3 h"]
    assert en.listing(["a", "b", "a"], 6) == "a (×2) and b"
    assert en.listing([f"x{i}" for i in range(9)], 6) == "x0, x1, x2, x3, x4, x5 and 3 more"
    assert en.say("clash_on", n=4000, channel="X", day="Mon 7 Sep", items="…") == \
        "X: 4,000 posts close together on Mon 7 Sep: …"
    assert en.split_rule("X: a and b are 5 min apart (rule: 60 min)") == ("X: a and b are 5 min apart", "60 min")
    assert en.split_rule("LinkedIn on Tue 25 Aug: 4 posts (limit 3)") == ("LinkedIn on Tue 25 Aug: 4 posts (limit 3)", "")


def test_a_message_set_by_hand_stays_in_every_phrasebook():
    from calendar_core.analysis.lazy import LazyConflict

    c = LazyConflict("overload", [1, 2], "", "", None, "", lambda *a: "written", ())
    assert lazy.message_in(c, Marked()) != "typed"
    c.message = "typed"
    assert lazy.message_in(c, Marked()) == "typed"


# ----- the window ------------------------------------------------------------------------------

pytest.importorskip("PySide6")

SEP = 9
MARKETING = [rec("m1", "Partner interview", berlin(2026, SEP, 9, 10, 0), plus(berlin(2026, SEP, 9, 10, 0), 60),
                 channel="Podcast", owner="Lena Vogt"),
             rec("m2", "Launch teaser", berlin(2026, SEP, 8, 14, 0), channel="LinkedIn", owner="Anna Roth")]
SALES = [rec("s1", "Client call", berlin(2026, SEP, 9, 10, 30), plus(berlin(2026, SEP, 9, 10, 30), 60),
             channel="Website", owner="Lena Vogt"),
         rec("s2", "Kick-off recap", berlin(2026, SEP, 8, 14, 20), channel="LinkedIn", owner="Tom Hale")]


def _overload_day(rng: random.Random) -> list:
    """Four Instagram posts on Thu 10 Sep, hours apart (no slot clash), from four teams' files."""
    hours = sorted(rng.sample(range(7, 21, 3), 4))
    return [rec(f"i{k}", f"Story {rng.randint(100, 999)}", berlin(2026, SEP, 10, h, rng.choice((0, 15, 30))),
                channel="Instagram", owner=f"Person {k}") for k, h in enumerate(hours)]


@pytest.fixture
def language(qapp):
    from PySide6.QtCore import QLocale

    from ui import i18n

    saved = QLocale()
    yield i18n
    i18n.store_language("")
    i18n.install_language("")
    QLocale.setDefault(saved)


@pytest.fixture
def ws(tmp_path):
    from ui import jobs

    workspace = Workspace.open(tmp_path / "issues.sqlite")
    settings = workspace.settings
    settings.timezone = "Europe/Berlin"
    workspace.save_settings(settings)
    workspace.apply_import(result(tmp_path / "marketing.csv", MARKETING, hint="Marketing"))
    workspace.apply_import(result(tmp_path / "sales.csv", SALES, hint="Sales"))
    for k, r in enumerate(_overload_day(random.Random(20))):
        workspace.apply_import(result(tmp_path / f"team{k}.csv", [r], hint=f"Team {k}"))
    yield workspace
    jobs.wait_for_all()
    workspace.close()


def _panel(qtbot, ws):
    from ui.issues_controller import IssuesController
    from ui.widgets.issues_panel import IssuesPanel

    controller = IssuesController(ws)
    panel = IssuesPanel(controller)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(controller.analysed, timeout=10000):
        controller.reanalyse()
    return panel


def _panel_texts(qtbot, ws, panel=None) -> dict[str, list[str]]:
    from PySide6.QtCore import Qt

    panel = panel or _panel(qtbot, ws)
    out: dict[str, list[str]] = {}
    model = panel.model
    for g in range(model.rowCount()):
        parent = model.index(g, 0)
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            out.setdefault("all", []).append(index.data())
            out.setdefault("tips", []).append(index.data(Qt.ItemDataRole.ToolTipRole) or "")
    return out


ENGLISH_WORDS = re.compile(r"\b(booked|posts|limit|on|twice|apart|rule|close together|and)\b")


@pytest.mark.gui
def test_german_window_shows_german_conflicts(language, ws, qtbot):
    language.install_language("de")
    shown = _panel_texts(qtbot, ws)
    texts = shown["all"]
    clash = [(t, tip) for t, tip in zip(texts, shown["tips"]) if "LinkedIn" in t]
    assert clash[0][0] == "LinkedIn: Marketing 14:00 und Sales 14:20 am Di 8. Sep – 20 min Abstand"
    assert clash[0][1].endswith("Regel: 60 min")
    booking = [t for t in texts if "Lena Vogt" in t]
    assert booking == ["Lena Vogt ist am Mi 9. Sep doppelt gebucht: Marketing 10:00–11:00 und Sales 10:30–11:30"]
    overload = [t for t in texts if "Instagram" in t]
    assert overload == ["Instagram am Do 10. Sep: 4 Beiträge (Grenze 3)"]
    for text in texts:
        assert not ENGLISH_WORDS.search(text), text


@pytest.mark.gui
def test_french_window_shows_french_overload_and_markers(language, ws, qtbot):
    from ui.markers import markers_for

    language.install_language("fr")
    texts = _panel_texts(qtbot, ws)["all"]
    overload = [t for t in texts if "Instagram" in t]
    assert overload == ["Instagram le jeu 10 sept : 4 publications (limite 3)"]
    for text in texts:
        assert not ENGLISH_WORDS.search(text), text
    tips = markers_for(ws.analyse())
    assert any("double réservation le mer 9 sept" in t for t in tips.values()), tips


@pytest.mark.gui
def test_english_window_keeps_english_words(language, ws, qtbot):
    language.install_language("en")
    texts = _panel_texts(qtbot, ws)["all"]
    assert any(t.startswith("Lena Vogt is booked twice on Wed") for t in texts), texts


@pytest.mark.gui
def test_switching_the_language_rewrites_the_open_panel(language, ws, qtbot):
    from PySide6.QtWidgets import QApplication

    language.install_language("de")
    panel = _panel(qtbot, ws)
    assert any("doppelt gebucht" in t for t in _panel_texts(qtbot, ws, panel)["all"])
    language.install_language("es")
    QApplication.processEvents()
    texts = _panel_texts(qtbot, ws, panel)["all"]
    assert "Instagram el jue 10 sept: 4 publicaciones (límite 3)" in texts, texts
    assert not any("doppelt" in t for t in texts)
