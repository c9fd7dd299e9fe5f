"""The crisis screen: what the call shows, in Keepsake's own voice, when it pauses for the
person's safety. It stays until the person chooses to go on or to end the call.

- imminent: the portrait has stopped; the helplines of their country, the emergency number
  first, and the trusted person they named in Settings ("Call Anna: …"; Keepsake never
  contacts anyone itself);
- concern: the portrait has paused; Keepsake asks gently and directly whether they are thinking
  about ending their life, with the helplines at hand; a yes (button, typed or said) shows the
  imminent help, a no lets them go back to the conversation.
GUI thread only. What it shows goes to the journal through `on_record`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.care.crisis_wording import (
    answer_message,
    contact_lines,
    pause_message,
    pause_title,
    trusted_line,
)
from desktop.core.risk import RiskTier
from desktop.core.safety import answer_kind
from desktop.core.support import EMERGENCY, SupportResource
from desktop.ui.i18n import tr


class CrisisPanel(QFrame):
    """Shown in place of the portrait. Signals: `go_on` (the person chose to continue) and
    `end` (to end the call)."""

    go_on = Signal()
    end = Signal()

    def __init__(
        self,
        contacts: Sequence[SupportResource],
        trusted_name: str = "",
        trusted_phone: str = "",
        on_record: Callable[[RiskTier, str], None] | None = None,
        on_answer: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crisisPanel")
        self.contacts = list(contacts)
        self.trusted = trusted_line(trusted_name, trusted_phone, tr) if trusted_name else ""
        self._on_record = on_record
        self._on_answer = on_answer
        self.tier: RiskTier | None = None
        self.answered: bool | None = None
        self.voice = QLabel(tr("Keepsake"))
        self.voice.setObjectName("muted")
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 16px;")
        self.trusted_label = QLabel(self.trusted)
        self.trusted_label.setObjectName("cardTitle")
        self.trusted_label.setVisible(bool(self.trusted))
        self.trusted_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help_title = QLabel(tr("Help, at any hour:"))
        self.help_title.setObjectName("cardTitle")
        self.help = QLabel(self.contacts_html())
        self.help.setWordWrap(True)
        self.help.setStyleSheet("font-size: 16px; line-height: 150%;")
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.never = QLabel(tr("Keepsake never calls or messages anyone for you."))
        self.never.setObjectName("muted")
        self.yes = QPushButton(tr("Yes"))
        self.no = QPushButton(tr("No"))
        self.go_on_button = QPushButton(tr("I'm safe now, go on"))
        self.end_button = QPushButton(tr("End the call"))
        self.end_button.setObjectName("primary")
        self.yes.clicked.connect(lambda: self.answer(True, self.yes.text()))
        self.no.clicked.connect(lambda: self.answer(False, self.no.text()))
        self.go_on_button.clicked.connect(self._go_on)
        self.end_button.clicked.connect(self._end)
        buttons = QHBoxLayout()
        for button in (self.yes, self.no):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_on_button)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(14)
        widgets = (self.voice, self.title, self.message, self.trusted_label, self.help_title)
        for widget in (*widgets, self.help):
            layout.addWidget(widget)
        layout.addWidget(self.never)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def contacts_html(self) -> str:
        lines = []
        for resource, line in zip(self.contacts, contact_lines(self.contacts, tr), strict=True):
            text = html.escape(line)
            lines.append(f"<b>{text}</b>" if resource.how == EMERGENCY else text)
        return "<br>".join(lines)

    # --- what the engine heard (GUI thread) ----------------------------------------------

    def show_pause(self, tier: RiskTier) -> None:
        """A crisis was heard: an imminent one always wins over a concern already shown."""
        if self.tier is RiskTier.IMMINENT and tier is RiskTier.CONCERN:
            return
        self.tier = tier
        self.answered = None
        self.title.setText(pause_title(tier, tr))
        self.message.setText(pause_message(tier, tr))
        self._buttons()
        self._record(tier, self.message.text())

    def heard(self, text: str) -> None:
        """What the person said or typed while paused: an answer to the question, if asked."""
        if self.tier is RiskTier.CONCERN and self.answered is None:
            self.answer(answer_kind(text), None)

    def answer(self, kind: bool | None, button_text: str | None) -> None:
        if button_text is not None and self._on_answer is not None:
            self._on_answer(button_text)
        self.answered = kind
        self.message.setText(answer_message(kind, tr))
        if kind is True:
            self.tier = RiskTier.IMMINENT  # they said yes: the help comes first now
            self.title.setText(tr("Please talk to someone now"))
        self._buttons()
        self._record(self.tier or RiskTier.CONCERN, self.message.text())

    def _buttons(self) -> None:
        asking = self.tier is RiskTier.CONCERN and self.answered is None
        self.yes.setVisible(asking)
        self.no.setVisible(asking)
        self.go_on_button.setVisible(not asking)
        self.go_on_button.setText(
            tr("Go back to the conversation")
            if self.answered is False
            else tr("I'm safe now, go on")
        )

    def _record(self, tier: RiskTier, message: str) -> None:
        if self._on_record is None:
            return
        parts = [self.title.text(), message]  # the trusted person stays out of the journal
        parts += contact_lines(self.contacts, tr)
        self._on_record(tier, "\n".join(parts))

    def _go_on(self) -> None:
        if self._on_answer is not None:
            self._on_answer(self.go_on_button.text())
        self.tier = None
        self.answered = None
        self.go_on.emit()

    def _end(self) -> None:
        if self._on_answer is not None:
            self._on_answer(self.end_button.text())
        self.end.emit()
