"""The window's language: which one, loading its translations, telling the widgets.

English is the source language. The choice is an application preference (QSettings
``ui/language``: "" follows the system, or "en", "de", "fr", "es"), not a workspace
setting: two coordinators sharing a workspace may read it in different languages.

``translate(context, text)`` is the call for strings outside a QObject method (lupdate finds
it by name); inside widgets ``self.tr`` does the same. Counts (``%n``, plural forms) go through
``self.tr(text, "", n)`` or the module-level ``tr(text, "", n)``: lupdate sees plurals only there.
Installing a language sets ``QLocale.setDefault`` (dates and numbers, see
ui/locale_format.py) and installs the translators; Qt then sends every widget a
``QEvent.LanguageChange``, on which the window re-labels itself.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

KEY = "ui/language"
# code -> the language's name in itself (never translated: a reader must find their own)
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE = "en"


def _i18n_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources" / "i18n"


I18N_DIR = _i18n_dir()
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def tr(text: str, disambiguation: str | None = "", n: int = -1) -> str:
    """Plural-aware translation outside a QObject method: ``tr("%n entries", "", count)``.

    pyside6-lupdate files a bare ``tr()`` under the empty context and, unlike ``translate()``,
    marks it for plural forms; so this looks the text up in that context.
    """
    return QCoreApplication.translate("", text, disambiguation or None, n)


def chosen_language() -> str:
    """The stored choice: "" (the system's) or a code of LANGUAGES."""
    value = str(QSettings().value(KEY, "") or "")
    return value if value in LANGUAGES else ""


def store_language(code: str) -> None:
    QSettings().setValue(KEY, code if code in LANGUAGES else "")


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale the window speaks for a choice: the system's own for "", else the chosen
    language in the system's country when that country speaks it (de_AT stays de_AT), else
    in the language's main country (de -> de_DE). A system language the app does not speak
    still formats dates its own way; the words are then English."""
    system = system or QLocale.system()
    if not code:
        return system
    if QLocale.languageToCode(system.language()) == code:
        return system
    return QLocale(code)


def language_of(locale: QLocale) -> str:
    """The code of LANGUAGES whose words the window shows for LOCALE (English when none)."""
    code = QLocale.languageToCode(locale.language())
    return code if code in LANGUAGES else SOURCE


def ensure_compiled() -> None:
    """Running from a source checkout: compile .ts files whose .qm is missing or older.
    A bundle carries the .qm files built by `make dist`; nothing to do there."""
    if getattr(sys, "frozen", False):
        return
    build = I18N_DIR / "build.py"
    if not build.exists():
        return
    import importlib.util

    spec = importlib.util.spec_from_file_location("masthead_i18n_build", build)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        module.compile_all(quiet=True)
    except (OSError, RuntimeError, subprocess.SubprocessError):
        pass  # lrelease missing: the window stays English, it still works


def ensure_installed() -> None:
    """Install the stored language unless one is: a window made without ui/app.py (a test, a
    second window) speaks the same language as the first."""
    if not _installed and QCoreApplication.instance() is not None:
        install_language()


def use_english(app: QCoreApplication | None = None) -> None:
    """The command line: English words (with their plural forms), dates as the system writes them."""
    app = app or QCoreApplication.instance()
    ensure_compiled()
    translator = QTranslator(app)
    if translator.load(f"masthead_{SOURCE}", str(I18N_DIR)):
        app.installTranslator(translator)
        _installed.append(translator)


def install_language(code: str | None = None, app: QCoreApplication | None = None) -> QLocale:
    """Make CODE (default: the stored choice) the running app's language and locale."""
    app = app or QCoreApplication.instance()
    code = chosen_language() if code is None else code
    locale = locale_for(code)
    QLocale.setDefault(locale)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language_of(locale)
    ensure_compiled()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"masthead_{SOURCE}", I18N_DIR)]  # English plural forms, under every language
    if language != SOURCE:
        wanted += [(f"masthead_{language}", I18N_DIR), (f"qtbase_{language}", qt_dir)]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    # Qt posts a LanguageChange to every widget when translators come and go; deliver them now,
    # so the window has its new words (and the new locale's dates) when this returns
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return locale


class Retranslating:
    """Mixin for widgets: ``retranslate()`` runs again on every language change."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks TEXT for lupdate; translate it where it is shown: ``translate(context, text)``."""
    return text
