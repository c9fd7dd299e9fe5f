"""The chat export chosen for a new portrait: read on a worker, its senders offered, and a note
on what it holds or why it cannot be used (the chat chosen before it then stays).

GUI thread; the file (a WhatsApp `.zip` can be large) is read and recognised on a worker by
`desktop/services/chat_import.py`, bounded there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.errors import ImportFileError
from desktop.services.chat_import import ChatSource, read_chat
from desktop.services.dropped_files import CHAT_SUFFIXES, file_filter
from desktop.ui.i18n import join_sentences, tr, trn
from desktop.ui.kit.import_reasons import reason_text
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks

Told = Callable[[str], None]  # a sentence on what became of the chat, for the drop's note


class ChatChoice(QWidget):
    """The path and "Choose chat export…"; `senders` and `note` are placed by the editor."""

    def __init__(self, tasks: BackgroundTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._reading: Path | None = None  # the file being read; an older answer is dropped
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("Chosen chat export"))
        self.path.setReadOnly(True)
        choose = QPushButton(tr("Choose chat export…"))
        choose.clicked.connect(self._choose)
        self.senders = QComboBox()
        self.senders.setAccessibleName(tr("Who they are in the chat"))
        self.note = QLabel("")
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)  # a long note never widens the editor
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)

    def chosen(self) -> Path | None:
        return Path(self.path.text()) if self.path.text() else None

    def _choose(self) -> None:
        pattern = tr("Chat exports ({0})").format(file_filter(CHAT_SUFFIXES))
        file, _ = QFileDialog.getOpenFileName(self, tr("Chat export"), "", pattern)
        if file:
            self.set_chat(Path(file))

    def set_chat(self, path: Path, told: Told | None = None) -> None:
        """Read the export (worker thread) and offer its senders; `told` hears what came of it."""
        before = self.chosen()
        self._reading = path
        self.note.setText(tr("Reading {0}…").format(path.name))
        self._tasks.run(
            lambda _cancel, _report: read_chat(path),
            lambda source: self._read(path, source, before, told),
            lambda exc: self._failed(path, exc, told),
        )

    def _read(self, path: Path, source: ChatSource, before: Path | None, told: Told | None) -> None:
        if path != self._reading:
            return
        self.senders.clear()
        self.path.setText(str(path))
        self.senders.addItems(source.senders)
        notes = [trn("%n message.", "%n messages.", len(source.export.messages))]
        if source.export.skipped:
            skipped = len(source.export.skipped)
            notes.append(trn("%n line left out.", "%n lines left out.", skipped))
        if source.archive is not None and source.archive.voice_members:
            notes.append(tr("Their voice notes in the archive become recordings."))
        self.note.setText(join_sentences(notes))
        if told is not None:
            said = [tr("Chat export: {0}.").format(path.name)]
            if before is not None and before != path:
                said.append(tr("It takes the place of {0}.").format(before.name))
            told(join_sentences(said))

    def _failed(self, path: Path, exc: BaseException, told: Told | None) -> None:
        if path != self._reading:
            return
        reason = reason_text(exc) if isinstance(exc, ImportFileError) else describe(exc)
        note = tr("{0}: {1}.").format(path.name, reason)
        kept = self.chosen()
        if kept is not None:
            note = join_sentences([note, tr("The chat export {0} is kept.").format(kept.name)])
        self.note.setText(note)
        if told is not None:
            told(note)
