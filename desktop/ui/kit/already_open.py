"""The calm message shown when a second Keepsake starts while one already has the vault open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.i18n import tr


def already_open_text(pid: int | None) -> str:
    which = tr(" (process {0})").format(pid) if pid else ""
    return tr(
        "Keepsake is already open in another window or command{0}. Only one can use your "
        "keepsake at a time, so that nothing is lost or mixed up. Please switch to it, or close "
        "it and start Keepsake again."
    ).format(which)


def show_already_open(pid: int | None, parent: QWidget | None = None) -> None:
    """Modal; GUI thread."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Keepsake is already open"))
    box.setText(tr("Keepsake is already open"))
    box.setInformativeText(already_open_text(pid))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
