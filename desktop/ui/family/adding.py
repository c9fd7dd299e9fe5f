""" "Add a shared portrait…": open a file a family member shared, see who made it and its
consent, then add it. The file is checked whole before anything is added (worker thread)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
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

from desktop.core.sharing import SharePreview
from desktop.ui.family.consent_text import consent_summary
from desktop.ui.family.sharing import SUFFIX
from desktop.ui.i18n import long_date, tr
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.interviews import InterviewStore
from desktop.vault.personas import PersonaStore
from desktop.vault.share import add_shared, preview_share


def describe_preview(preview: SharePreview) -> str:
    d, p = preview.details, preview.provenance
    name = f"{d.called} ({d.name})" if d.called and d.called != d.name else d.name
    lines = [
        tr("{0}, shared by {1} on {2}.").format(
            name, p.shared_by or tr("someone"), long_date(p.shared_at.astimezone().date())
        )
    ]
    if p.message:
        lines.append(f"“{p.message}”")
    lines.append(consent_summary(preview.consent))
    lines.append(
        tr(
            "It holds {0} photos, {1} recordings, {2} sayings, {3} memories and {4} interview "
            "answers."
        ).format(preview.photos, preview.clips, preview.sayings, preview.memories, preview.answers)
    )
    if preview.sealed:
        lines.append(
            tr("{0} of the messages are sealed until the family chooses to open them.").format(
                preview.sealed
            )
        )
    return "\n\n".join(lines)


class AddSharedDialog(QDialog):
    def __init__(
        self,
        personas: PersonaStore,
        interviews: InterviewStore,
        tasks: BackgroundTasks,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.personas, self.interviews, self.tasks, self.clock = personas, interviews, tasks, clock
        self.source: Path | None = None
        self.persona_id: int | None = None
        self.setWindowTitle(tr("Add a shared portrait"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Open a portrait a member of your family shared with you. You will see who made "
                "it and its consent before anything is added."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.file_label = QLabel(tr("No file chosen"))
        choose = QPushButton(tr("Choose the file…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("File"), row)
        form.addRow(tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.open_button = QPushButton(tr("Open"))
        self.open_button.clicked.connect(self.open_file)
        layout.addWidget(self.open_button)
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.add_button = QPushButton(tr("Add this portrait"))
        self.add_button.setObjectName("primary")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Open a shared portrait"), str(Path.home()), f"Keepsake (*{SUFFIX})"
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.source = path
        self.file_label.setText(path.name)
        self.add_button.setEnabled(False)
        self.preview.setText("")

    def open_file(self) -> None:
        if self.source is None:
            self.status.setText(tr("Please choose the file first."))
            return
        source, passphrase = self.source, self.passphrase.text()
        self.status.setText(tr("Opening…"))
        self.tasks.run(
            lambda _cancel, _report: preview_share(source, passphrase),
            on_result=self._opened,
            on_error=self._failed,
        )

    def _opened(self, preview: SharePreview) -> None:
        self.preview.setText(describe_preview(preview))
        self.status.setText(tr("Nothing has been added yet."))
        self.add_button.setEnabled(True)

    def add(self) -> None:
        if self.source is None:
            return
        personas, interviews = self.personas, self.interviews
        source, passphrase, now = self.source, self.passphrase.text(), self.clock()
        self.add_button.setEnabled(False)
        self.status.setText(tr("Checking the whole file, then adding the portrait…"))
        self.tasks.run(
            lambda _cancel, _report: add_shared(personas, interviews, source, passphrase, now),
            on_result=self._added,
            on_error=self._failed,
        )

    def _added(self, persona_id: int) -> None:
        self.persona_id = persona_id
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc))
