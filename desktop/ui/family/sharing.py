""" "Share this portrait…": one file, locked with a passphrase, for another member of the family.

An objection from a family member is shown first, and must be acknowledged before sharing.
The file is written on a worker thread (scrypt, the media); the journal is never in it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.persona import ConsentRecord
from desktop.ui.family.consent_text import objections_text
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.interviews import InterviewStore
from desktop.vault.keys import MIN_PASSPHRASE_CHARS
from desktop.vault.personas import PersonaStore
from desktop.vault.share import write_share

SUFFIX = ".keepsake-share"


class ShareDialog(QDialog):
    def __init__(
        self,
        personas: PersonaStore,
        interviews: InterviewStore,
        persona_id: int,
        tasks: BackgroundTasks,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.personas, self.interviews, self.tasks, self.clock = personas, interviews, tasks, clock
        self.persona_id = persona_id
        persona = personas.get(persona_id)
        consent = personas.consent(persona_id)
        self.setWindowTitle(tr("Share this portrait"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "This makes one file with {0}'s photos, recordings, words, interview answers and "
                "consent, locked with a passphrase you choose. The journal stays on this "
                "computer. Give the file and the passphrase to the family separately."
            ).format(persona.display_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        objections = objections_text(consent)
        self.objections = QLabel(objections)
        self.objections.setWordWrap(True)
        self.objections.setObjectName("calmNotice")
        self.acknowledge = QCheckBox(tr("I know, and I want to share it all the same"))
        self.objections.setVisible(bool(objections))
        self.acknowledge.setVisible(bool(objections))
        layout.addWidget(self.objections)
        layout.addWidget(self.acknowledge)
        self._build_form(layout, persona.display_name, consent)

    def _build_form(self, layout: QVBoxLayout, name: str, consent: ConsentRecord | None) -> None:
        form = QFormLayout()
        self.sender_field = QLineEdit(
            consent.creator if consent and not consent.self_recorded else ""
        )
        self.message = QLineEdit()
        self.message.setPlaceholderText(tr("A few words for them (optional)"))
        self.first, self.second = QLineEdit(), QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        default = Path.home() / f"{name}{SUFFIX}"
        self.out = default
        self.where = QLabel(str(default))
        self.where.setWordWrap(True)
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        where_row = QHBoxLayout()
        where_row.addWidget(self.where, 1)
        where_row.addWidget(choose)
        form.addRow(tr("Your name, as they will see it"), self.sender_field)
        form.addRow(tr("Message"), self.message)
        form.addRow(tr("Passphrase"), self.first)
        form.addRow(tr("Once more"), self.second)
        form.addRow(tr("Save as"), where_row)
        layout.addLayout(form)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.share_button = QPushButton(tr("Share"))
        self.share_button.setObjectName("primary")
        self.share_button.clicked.connect(self.share)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.share_button)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the shared portrait"), str(self.out), f"Keepsake (*{SUFFIX})"
        )
        if name:
            self.out = Path(name if name.endswith(SUFFIX) else name + SUFFIX)
            self.where.setText(str(self.out))

    def _problem(self) -> str:
        if self.acknowledge.isVisible() and not self.acknowledge.isChecked():
            return tr("Someone in the family objected: please read what they said first.")
        if len(self.first.text()) < MIN_PASSPHRASE_CHARS:
            return tr("Please use at least {0} characters.").format(MIN_PASSPHRASE_CHARS)
        if self.first.text() != self.second.text():
            return tr("The two passphrases are not the same.")
        return ""

    def share(self) -> None:
        problem = self._problem()
        if problem:
            self.status.setText(problem)
            return
        personas, interviews, persona_id = self.personas, self.interviews, self.persona_id
        out, passphrase, now = self.out, self.first.text(), self.clock()
        sender, message = self.sender_field.text().strip(), self.message.text().strip()
        self.share_button.setEnabled(False)
        self.status.setText(tr("Locking the portrait into one file…"))
        self.tasks.run(
            lambda _cancel, _report: write_share(
                personas, interviews, persona_id, out, passphrase, sender, now, message
            ),
            on_result=self._shared,
            on_error=self._failed,
        )

    def _shared(self, size: int) -> None:
        self.status.setText(
            tr(
                "Shared: {0} ({1} MB). Give the passphrase to the family another way than the "
                "file: say it, or write it down."
            ).format(self.out.name, f"{size / 1e6:.1f}")
        )
        self.close_button.setText(tr("Done"))

    def _failed(self, exc: BaseException) -> None:
        self.share_button.setEnabled(True)
        self.status.setText(describe(exc))
