"""The guided editor for a new portrait: who they were, photos, voice, words, and consent.

Nothing is written until "Create portrait": then one background job reads, checks and
transcribes everything and stores it in one transaction (see desktop/services/persona_builder.py),
with a progress bar and Cancel. A broken file gives a calm message and adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.chat_export import parse_chat
from desktop.core.errors import ChatFormatError
from desktop.core.jobs import CancelToken, Progress, ProgressCallback
from desktop.core.persona import (
    ImportReport,
)
from desktop.services.persona_builder import PersonaRequest
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit.messages import describe
from desktop.ui.persona.forms import AboutForm, ConsentForm
from desktop.ui.tasks import BackgroundTasks, TaskHandle

STEPS = (
    "About them",
    tr_noop("Photos"),
    tr_noop("Their voice"),
    tr_noop("Their words"),
    tr_noop("Consent"),
)
Builder = Callable[[PersonaRequest, CancelToken, ProgressCallback], tuple[int, ImportReport]]


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _page(title: str, intro: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    text = QLabel(intro)
    text.setObjectName("muted")
    text.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(text)
    return page, layout


def _files_page(title: str, intro: str, files: FileList) -> tuple[QWidget, FileList]:
    page, layout = _page(title, intro)
    layout.addWidget(files, 1)
    return page, files


class FileList(QWidget):
    """A list of chosen files with Add and Remove."""

    def __init__(self, caption: str, pattern: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption, self._pattern = caption, pattern
        self.list = QListWidget()
        add = QPushButton(caption)
        remove = QPushButton(tr("Remove"))
        add.clicked.connect(self._choose)
        remove.clicked.connect(
            lambda: [self.list.takeItem(self.list.row(i)) for i in self.list.selectedItems()]
        )
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self._caption, "", self._pattern)
        self.add_paths([Path(f) for f in files])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            self.list.addItem(str(path))

    def paths(self) -> tuple[Path, ...]:
        return tuple(Path(self.list.item(i).text()) for i in range(self.list.count()))


class PersonaEditor(QDialog):
    """Emits `created(persona_id, report)` once the portrait is stored."""

    created = Signal(int, object)

    def __init__(
        self,
        tasks: BackgroundTasks,
        build: Builder,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add someone you miss"))
        self.resize(760, 560)
        self._tasks, self._build, self._now = tasks, build, now
        self._job: TaskHandle | None = None
        self.steps = QListWidget()
        self.steps.addItems([f"{i + 1}. {tr(s)}" for i, s in enumerate(STEPS)])
        self.steps.setFixedWidth(170)
        self.pages = QStackedWidget()
        for builder in (self._about, self._photos, self._voice, self._words, self._consent):
            self.pages.addWidget(builder())
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.steps.setCurrentRow(0)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.back = QPushButton(tr("Back"))
        self.next = QPushButton(tr("Next"))
        self.create_button = QPushButton(tr("Create portrait"))
        self.create_button.setObjectName("primary")
        self.cancel = QPushButton(tr("Cancel"))
        self.back.clicked.connect(
            lambda: self.steps.setCurrentRow(max(0, self.steps.currentRow() - 1))
        )
        self.next.clicked.connect(
            lambda: self.steps.setCurrentRow(min(len(STEPS) - 1, self.steps.currentRow() + 1))
        )
        self.create_button.clicked.connect(self.start_create)
        self.cancel.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addWidget(self.create_button)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for edit in (self.name, self.creator, self.creator_relationship):
            edit.textChanged.connect(self._update_ready)
        self._update_ready()

    # --- pages -------------------------------------------------------------------------

    def _about(self) -> QWidget:
        page, layout = _page(
            tr("About them"), tr("Only their name is needed. Everything can be changed later.")
        )
        self.about = AboutForm()
        self.name = self.about.name
        self.called = self.about.called
        self.relationship = self.about.relationship
        self.born, self.died = self.about.born, self.about.died
        self.personality = self.about.personality
        layout.addWidget(self.about)
        return page

    def _photos(self) -> QWidget:
        page, self.photos = _files_page(
            tr("Photos"),
            tr(
                "Add a few photos. The first one with a clear face becomes the portrait; "
                "if no face is found you can place the eyes and mouth by hand later."
            ),
            FileList(
                tr("Add photos…"), tr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)")
            ),
        )
        return page

    def _voice(self) -> QWidget:
        page, self.clips = _files_page(
            tr("Their voice"),
            tr(
                "Recordings of them speaking (WAV, MP3, M4A, OGG). Keepsake "
                "writes down what they say; you confirm or correct each saying afterwards."
            ),
            FileList(tr("Add recordings…"), tr("Audio (*.wav *.mp3 *.m4a *.ogg *.flac *.opus)")),
        )
        return page

    def _words(self) -> QWidget:
        page, layout = _page(
            tr("Their words"),
            tr(
                "The things they always said, memories of them, and messages "
                "from an exported chat (WhatsApp, or lines of “Name: message”)."
            ),
        )
        form = QFormLayout()
        self.sayings, self.memories = QPlainTextEdit(), QPlainTextEdit()
        self.sayings.setPlaceholderText(tr("One per line, in their words: Have you eaten yet?"))
        self.memories.setPlaceholderText(tr("One per line: She sang while cooking."))
        self.chat_path = QLineEdit()
        self.chat_path.setReadOnly(True)
        choose = QPushButton(tr("Choose chat export…"))
        choose.clicked.connect(self._choose_chat)
        self.chat_sender = QComboBox()
        self.chat_note = QLabel("")
        self.chat_note.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.chat_path, 1)
        row.addWidget(choose)
        form.addRow(tr("Sayings"), self.sayings)
        form.addRow(tr("Memories"), self.memories)
        form.addRow(tr("Chat export"), row)
        form.addRow(tr("Which one is them"), self.chat_sender)
        form.addRow("", self.chat_note)
        layout.addLayout(form)
        return page

    def _consent(self) -> QWidget:
        page, layout = _page(
            tr("Consent"), tr("Needed before the first conversation, and kept with the portrait.")
        )
        self.consent = ConsentForm()
        self.creator = self.consent.creator
        self.creator_relationship = self.consent.creator_relationship
        self.agreed = self.consent.agreed
        self.family = self.consent.family
        layout.addWidget(self.consent)
        layout.addStretch(1)
        return page

    # --- actions -----------------------------------------------------------------------

    def set_chat(self, path: Path) -> None:
        """Read a chat export to offer its senders; a malformed file is explained, not kept."""
        self.chat_sender.clear()
        try:
            export = parse_chat(path.read_text(encoding="utf-8", errors="replace"))
        except (OSError, ChatFormatError) as exc:
            self.chat_path.clear()
            reason = getattr(exc, "reason", None) or tr("the file could not be read")
            self.chat_note.setText(tr("{0}: {1}.").format(path.name, reason))
            return
        self.chat_path.setText(str(path))
        self.chat_sender.addItems(export.senders)
        self.chat_note.setText(
            tr("{0} messages; {1} lines left out.").format(
                len(export.messages), len(export.skipped)
            )
        )

    def _choose_chat(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, tr("Chat export"), "", tr("Text (*.txt)"))
        if file:
            self.set_chat(Path(file))

    def _update_ready(self) -> None:
        ready = bool(
            self.name.text().strip()
            and self.creator.text().strip()
            and self.creator_relationship.text().strip()
        )
        self.create_button.setEnabled(ready and self._job is None)
        if not ready:
            self.create_button.setToolTip(tr("Their name and the consent step are needed first."))

    def request(self) -> PersonaRequest:
        details = self.about.details()
        consent = self.consent.record(self._now())
        chat = Path(self.chat_path.text()) if self.chat_path.text() else None
        return PersonaRequest(
            details,
            self.creator.text().strip(),
            self.photos.paths(),
            self.clips.paths(),
            chat,
            self.chat_sender.currentText(),
            _lines(self.sayings),
            _lines(self.memories),
            consent,
        )

    def start_create(self) -> None:
        request = self.request()
        self.status.setText(tr("Creating the portrait. This can take a minute for recordings."))
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._job = self._tasks.run(
            lambda cancel, report: self._build(request, cancel, report),
            on_result=self._done,
            on_error=self._failed,
            on_progress=self._on_progress,
            on_cancelled=self._cancelled,
        )
        self._update_ready()

    def _on_progress(self, p: Progress) -> None:
        if p.total:
            self.progress.setRange(0, int(p.total))
            self.progress.setValue(int(p.done))
        self.status.setText(p.message + "…")

    def _finish(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self._update_ready()

    def _done(self, result: tuple[int, ImportReport]) -> None:
        self._finish()
        persona_id, report = result
        self.report = report
        self.created.emit(persona_id, report)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setText(tr("Nothing was added. {0}").format(describe(exc)))

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(tr("Cancelled. Nothing was added."))

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        else:
            self.reject()
