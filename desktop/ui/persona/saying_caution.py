"""Asking the person about a saying that could read as an invitation after a death.

"Come home soon, I'm waiting for you" meant something else in life. Marked at import, such a
saying is not used until the person decides: keep it among their words (the portrait still
never says it aloud) or set it aside (kept in the vault, never used in a conversation).
GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.persona import SayingCaution
from desktop.ui.i18n import tr, tr_noop

MARKS = {
    SayingCaution.MARKED: tr_noop("  — could read as an invitation: keep or set aside?"),
    SayingCaution.KEPT: tr_noop("  — kept (never said aloud in a conversation)"),
    SayingCaution.SET_ASIDE: tr_noop("  — set aside (not used in conversations)"),
}


def mark_text(caution: SayingCaution) -> str:
    return tr(MARKS[caution]) if caution in MARKS else ""


def ask_about_invitation(parent: QWidget | None, text: str) -> SayingCaution | None:
    """The person's choice, or None when they closed the question."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Their words"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(tr("“{0}”").format(text))
    box.setInformativeText(
        tr(
            "Said in life, these words meant something else. Heard from a portrait after a "
            "death, they could sound like an invitation to join them. Keepsake never says them "
            "aloud in a conversation. Keep them among their words, or set them aside?"
        )
    )
    keep = box.addButton(tr("Keep among their words"), QMessageBox.ButtonRole.AcceptRole)
    aside = box.addButton(tr("Set aside"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is keep:
        return SayingCaution.KEPT
    if box.clickedButton() is aside:
        return SayingCaution.SET_ASIDE
    return None
