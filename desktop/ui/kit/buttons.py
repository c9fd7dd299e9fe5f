"""The buttons at the bottom of a dialog: the accepting one (Save or OK) and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

Button = QDialogButtonBox.StandardButton


def accept_or_cancel(
    dialog: QDialog, on_accept: Callable[[], None] | None = None, accept: Button = Button.Save
) -> QDialogButtonBox:
    """`accept` runs `on_accept` (by default the dialog's own accept); Cancel rejects."""
    buttons = QDialogButtonBox(accept | Button.Cancel)
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
