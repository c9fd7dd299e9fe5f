"""Support resources, one click away during every call and on the limit screen.

The user's country's helplines come first (Settings, else the system's locale). The list can be
edited: "Edit the list…" copies the shipped one into the user's data folder and opens it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.files import atomic_write_text
from desktop.core.support import SupportResource, for_country
from desktop.services.support_list import load_support_list, shipped_text
from desktop.ui.i18n import tr, tr_noop


def load_resources(user_file: Path | None) -> tuple[tuple[SupportResource, ...], str]:
    """(resources, a note): the user's edited list if it reads well, else the shipped one."""
    found = load_support_list(user_file)
    if found.unreadable is None:
        return found.resources, ""
    note = tr(
        "Your edited list ({0}) could not be read, so the list that came with Keepsake is shown."
    ).format(found.unreadable.name)
    return found.resources, note


def system_country() -> str:
    """The system locale's territory as an ISO code ('' when unknown)."""
    return QLocale.territoryToCode(QLocale.system().territory()) or ""


# The shipped list's words, so they can be translated (an edited list shows as written).
_SHIPPED_WORDS = (
    tr_noop("United States"),
    tr_noop("Canada"),
    tr_noop("United Kingdom and Ireland"),
    tr_noop("Australia"),
    tr_noop("Germany"),
    tr_noop("China (中国)"),
    tr_noop("Taiwan (台灣)"),
    tr_noop("Anywhere"),
    tr_noop("Emergency services"),
    tr_noop("急救 (Ambulance)"),
    tr_noop("报警 (Police)"),
    tr_noop("救護車 (Ambulance)"),
)
_HOW = {
    "emergency": tr_noop("{0} (emergency)"),
    "call": tr_noop("call {0}"),
    "call or text": tr_noop("call or text {0}"),
    "text": tr_noop("text {0}"),
    "local emergency number": tr_noop("call your local emergency number"),
}


def how_to_reach(r: SupportResource) -> str:
    if r.how in _HOW:
        return tr(_HOW[r.how]).format(r.number)
    return r.contact or r.number


def country_name(name: str) -> str:
    return tr(name) if name in _SHIPPED_WORDS else name


def support_text(country: str = "", user_file: Path | None = None) -> str:
    items, note = load_resources(user_file)
    e = html.escape
    lines = [
        f"<b>{e(country_name(r.country))}</b>: {e(country_name(r.name))}, {e(how_to_reach(r))}"
        for r in for_country(items, country or system_country())
    ]
    return (
        tr(
            "<p>If you are struggling, you do not have to carry it alone. Talking to someone who "
            "can help, a friend, your doctor or a helpline, is a good thing to do.</p><p>"
        )
        + "<br>".join(lines)
        + "</p>"
        + (f"<p><i>{e(note)}</i></p>" if note else "")
    )


class SupportDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, country: str = "", user_file: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.user_file = user_file
        self.setWindowTitle(tr("Support"))
        self.setMinimumWidth(480)
        self.text = QLabel(support_text(country, user_file))
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        if user_file is not None:
            edit = QPushButton(tr("Edit the list…"))
            edit.setToolTip(tr("Add your country's helplines or people you trust"))
            edit.clicked.connect(self.edit_list)
            buttons.addButton(edit, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)

    def edit_list(self) -> None:
        assert self.user_file is not None
        if not self.user_file.exists():
            self.user_file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.user_file, shipped_text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.user_file)))
