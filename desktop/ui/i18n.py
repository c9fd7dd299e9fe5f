"""The app's languages, with Qt's translation system.

Every user-visible string goes through `tr()` (context "Keepsake"); sentences with values use
numbered placeholders, `tr("Delete {0}?").format(name)`, so a translation may reorder them.
Texts kept in tables are marked with `tr_noop()` where defined and translated where shown.
The translations live in `translations/keepsake_<lang>.ts` (edit with pyside6-linguist) and are
compiled to `.qm` by `scripts/update_translations.py`. GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from desktop.core.settings import UiLanguage

CONTEXT = "Keepsake"
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """`text` in the app's current language (itself when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


def trn(one: str, many: str, n: int) -> str:
    """A count in words with the language's plural forms: `trn("%n photo", "%n photos", n)`.

    The translation is keyed by `many` (a numerus message, one form per plural form of the
    language); English, which has no translation file, picks `one` or `many` here."""
    translated = QCoreApplication.translate(CONTEXT, many, None, n)
    if translated != many.replace("%n", str(n)):
        return translated
    return (one if n == 1 else many).replace("%n", str(n))


def list_text(items: Iterable[str]) -> str:
    """Items one after another as the language separates them (", "; in Chinese "、")."""
    return tr(", ").join(items)


def join_sentences(parts: list[str]) -> str:
    """Sentences one after another: a space after an English full stop, none after a
    Chinese one."""
    out = ""
    for part in parts:
        out += part if not out or out.endswith(("。", "！", "？", "）")) else " " + part
    return out


def duration_minutes(minutes: int) -> str:
    """A duration in minutes, in the current language ("6 min")."""
    return trn("%n min", "%n min", minutes)


def date_time(at: datetime) -> str:
    """A moment as the current language writes a date and time ("Tue 1 Dec 2026, 14:05")."""
    local = at.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, tr("ddd d MMM yyyy, HH:mm"))


def short_date(day: date) -> str:
    """A day as the current language writes it in a list ("Tue 1 Dec 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("ddd d MMM yyyy"))


def full_date(day: date) -> str:
    """A day in full ("Tuesday 1 December 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("dddd d MMMM yyyy"))


def tr_noop(text: str) -> str:
    """Marks `text` for translation where it is defined; `tr()` it where it is shown."""
    return text


def long_date(day: date) -> str:
    """A day as people write it in the current language ('Monday 30 November')."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("dddd d MMMM"))


def translations_dir() -> Path:
    return Path(str(resources.files("desktop.ui").joinpath("translations")))


def install_language(app: QCoreApplication, language: UiLanguage) -> bool:
    """Use `language` from now on (widgets built afterwards). False if no translation loads."""
    language = UiLanguage(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language is UiLanguage.ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return True
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"keepsake_{language.value}.qm")):
        return False
    qt = QTranslator(app)  # Qt's own words: Yes, Cancel, Save…
    if qt.load(
        f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(language.value))
    return True
