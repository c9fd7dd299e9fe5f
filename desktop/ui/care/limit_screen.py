"""The calm screen shown when a conversation is not possible now: why, when it will be, and
the journal one click away. Never a countdown to pull the person back; no alarm colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.care.support import SupportDialog
from desktop.ui.i18n import tr


class LimitScreen(QWidget):
    journal_requested = Signal()
    write_requested = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = ""  # set by the window: whose helplines come first
        self.support_file: Path | None = None
        card = QFrame()
        card.setObjectName("calm")
        card.setFixedWidth(640)  # a fixed width lets the wrapped text take its full height
        self.heading = QLabel(tr("Not just now"))
        self.heading.setObjectName("title")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("subtitle")
        self.limits = QLabel()
        self.limits.setWordWrap(True)
        self.limits.setObjectName("muted")
        hint = QLabel(
            tr(
                "In the meantime, you could read your past conversations, or write down what you "
                "would like to say next time."
            )
        )
        hint.setWordWrap(True)
        self.journal_button = QPushButton(tr("Open the journal"))
        self.journal_button.setObjectName("primary")
        self.journal_button.clicked.connect(self.journal_requested)
        write = QPushButton(tr("Write in the journal"))
        write.clicked.connect(self.write_requested)
        back = QPushButton(tr("Back to the portraits"))
        back.clicked.connect(self.back)
        support = QPushButton(tr("Support"))
        support.setObjectName("link")
        support.setToolTip(tr("Helplines and support, if you need someone to talk to"))
        support.clicked.connect(lambda: SupportDialog(self, self.country, self.support_file).exec())
        buttons = QHBoxLayout()
        buttons.addWidget(self.journal_button)
        buttons.addWidget(write)
        buttons.addStretch(1)
        buttons.addWidget(back)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 28)
        inner.setSpacing(14)
        inner.addWidget(self.heading)
        inner.addWidget(self.reason)
        inner.addWidget(hint)
        inner.addLayout(buttons)
        inner.addSpacing(6)
        inner.addWidget(self.limits)
        inner.addWidget(support, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_decision(self, reason: str, policy_lines: list[str]) -> None:
        """`reason` from care.wording.describe_decision; `policy_lines` from describe_policy."""
        self.reason.setText(reason)
        self.limits.setText(
            tr("The limits that apply: ")
            + " ".join(policy_lines)
            + tr(" They were agreed to help these conversations support your grieving.")
        )
