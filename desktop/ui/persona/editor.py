"""The guided editor for a new portrait: who they were, photos, voice, words, and consent.

Photos show as thumbnails saying whether a face was found, recordings as rows with Play and
their length; photos, recordings and chat exports dropped anywhere go to their step. Nothing is
written until "Create portrait": then one background job reads, checks and transcribes it all
and stores it in one transaction (desktop/services/persona_builder.py), with a progress bar and
Cancel. A broken file gives a calm message and adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.jobs import CancelToken, Progress, ProgressCallback
from desktop.core.persona import (
    ImportReport,
)
from desktop.services.dropped_files import sort_files
from desktop.services.persona_builder import PersonaRequest
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit.import_reasons import progress_text
from desktop.ui.kit.messages import describe
from desktop.ui.persona.chat_choice import ChatChoice
from desktop.ui.persona.clip_list import ClipList, Playback
from desktop.ui.persona.drops import FileDrops, names, what_was_added
from desktop.ui.persona.forms import AboutForm, ConsentForm
from desktop.ui.persona.photo_list import PhotoList
from desktop.ui.tasks import BackgroundTasks, TaskHandle

STEPS = (
    "About them",
    tr_noop("Photos"),
    tr_noop("Their voice"),
    tr_noop("Their words"),
    tr_noop("Consent"),
)
Builder = Callable[[PersonaRequest, CancelToken, ProgressCallback], tuple[int, ImportReport]]
PHOTOS_STEP, VOICE_STEP, WORDS_STEP = 1, 2, 3


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


class PersonaEditor(QDialog):
    """Emits `created(persona_id, report)` once the portrait is stored."""

    created = Signal(int, object)

    def __init__(
        self,
        tasks: BackgroundTasks,
        build: Builder,
        now: Callable[[], datetime],
        playback: Playback,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add someone you miss"))
        self.resize(760, 560)
        self._tasks, self._build, self._now, self._playback = tasks, build, now, playback
        self._job: TaskHandle | None = None
        self.steps = QListWidget()
        self.steps.setAccessibleName(tr("Steps"))
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
        self.progress.setTextVisible(False)  # the percentage is in the line above, whole
        keep = self.progress.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the buttons stay where they are
        self.progress.setSizePolicy(keep)
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
        layout.addWidget(self._drop_note())
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for changed in (self.name, self.creator, self.creator_relationship):
            changed.textChanged.connect(self._update_ready)
        self.steps.currentRowChanged.connect(self._update_steps)
        self._update_ready()
        self._update_steps(self.steps.currentRow())
        self.drops = FileDrops(self.add_files, self, self._hover)
        self.drops.watch(self)

    def _drop_note(self) -> QLabel:
        self.drop_note = QLabel("")  # what a drop of files did
        self._kept_note = ""  # the note while files are dragged over
        self.drop_note.setWordWrap(True)
        self.drop_note.setVisible(False)
        return self.drop_note

    def _hover(self, over: bool) -> None:
        """Files dragged over the editor: say what letting go does (the last note after)."""
        if over:
            self._kept_note = self._kept_note or self.drop_note.text() or " "
            self.drop_note.setText(tr("Let go to add them: each goes to its step."))
        elif self._kept_note:
            self.drop_note.setText(self._kept_note.strip())
            self._kept_note = ""
        self.drop_note.setVisible(bool(self.drop_note.text()))

    def _update_steps(self, row: int) -> None:
        """Back and Next act only where there is a step to go to, and say so."""
        first, last = row <= 0, row >= len(STEPS) - 1
        self.back.setEnabled(not first)
        self.back.setToolTip(tr("This is the first step") if first else "")
        self.next.setEnabled(not last)
        self.next.setToolTip(
            tr("This is the last step: check the consent, then create the portrait") if last else ""
        )

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
        page, layout = _page(
            tr("Photos"),
            tr(
                "Add a few photos, or drop them here. The first one with a clear face becomes "
                "the portrait; if no face is found you can place the eyes and mouth by hand "
                "later."
            ),
        )
        self.photos = PhotoList(self._tasks)
        self.photos.changed.connect(self._update_ready)
        layout.addWidget(self.photos, 1)
        return page

    def _voice(self) -> QWidget:
        page, layout = _page(
            tr("Their voice"),
            tr(
                "Recordings of them speaking (WAV, MP3, M4A, OGG), and WeChat voice messages "
                "(SILK, AMR), added or dropped here. Keepsake writes down what they say; you "
                "confirm or correct each saying afterwards."
            ),
        )
        self.clips = ClipList(self._tasks, self._playback)
        self.clips.changed.connect(self._update_ready)
        layout.addWidget(self.clips, 1)
        return page

    def _words(self) -> QWidget:
        page, layout = _page(
            tr("Their words"),
            tr(
                "The things they always said, memories of them, and messages from an exported "
                "chat: WhatsApp (its text, or the .zip a phone shares, whose voice notes "
                "become recordings), WeChat (text, CSV or HTML from WeChatMsg or MemoTrace), "
                "or lines of “Name: message”."
            ),
        )
        form = QFormLayout()
        self.sayings, self.memories = QPlainTextEdit(), QPlainTextEdit()
        self.sayings.setPlaceholderText(tr("One per line, in their words: Have you eaten yet?"))
        self.memories.setPlaceholderText(tr("One per line: She sang while cooking."))
        self.chat = ChatChoice(self._tasks)
        self.chat_path, self.chat_sender, self.chat_note = (
            self.chat.path,
            self.chat.senders,
            self.chat.note,
        )
        form.addRow(tr("Sayings"), self.sayings)
        form.addRow(tr("Memories"), self.memories)
        form.addRow(tr("Chat export"), self.chat)
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
        """Read a chat export (on a worker) to offer its senders; see ChatChoice."""
        self.chat.set_chat(path)

    def add_files(self, paths: list[Path]) -> None:
        """Files dropped on the editor, each to its importer; the step of the first kind
        added is shown, and a line says what happened to every file."""
        files = sort_files(paths)
        photos = self.photos.add_paths(list(files.photos))
        clips = self.clips.add_paths(list(files.recordings))
        already = len(files.photos) + len(files.recordings) - len(photos) - len(clips)
        for step, done in ((PHOTOS_STEP, photos), (VOICE_STEP, clips), (WORDS_STEP, files.chats)):
            if done:
                self.steps.setCurrentRow(step)
                break

        def tell(chat: str) -> None:
            if len(files.chats) > 1:
                chat += " " + tr("One chat export at a time: the last one dropped is used.")
            note = what_was_added(len(photos), len(clips), already, chat, files.unsupported)
            self.drop_note.setText(note)
            self.drop_note.setVisible(bool(note))

        tell("")
        if files.chats:
            self.chat.set_chat(files.chats[-1], tell)

    def _update_ready(self) -> None:
        unusable = [*self.photos.unusable(), *self.clips.unreadable()]
        ready = bool(
            self.name.text().strip()
            and self.creator.text().strip()
            and self.creator_relationship.text().strip()
            and not unusable
        )
        self.create_button.setEnabled(ready and self._job is None)
        if self._job is not None:
            return
        if not self.name.text().strip():
            why = tr("Their name is needed first (step 1).")
        elif unusable:
            why = tr("{0} can't be read: please remove it first.").format(names(unusable))
        elif not ready:
            why = tr("Who made the portrait is needed first (the consent step).")
        else:
            why = ""
        self.create_button.setToolTip(why)
        self.create_button.setAccessibleDescription(why)
        self.status.setText(why)

    def request(self) -> PersonaRequest:
        details = self.about.details()
        consent = self.consent.record(self._now())
        chat = self.chat.chosen()
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
        step = progress_text(p)
        if p.total:
            self.status.setText(tr("{0}… {1}%").format(step, round(100 * p.done / max(p.total, 1))))
        else:
            self.status.setText(step + "…")

    def done(self, result: int) -> None:
        """Closing (also by the window's X): nothing keeps playing or reading behind it."""
        self.clips.shut()
        self.photos.stop()
        super().done(result)

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
