"""The recordings chosen for a new portrait: a row for each, with Play/Stop and how long it is.

GUI thread. Each recording's length is read on a worker, one after another; playing decodes it
and plays it on the speaker on a worker too (`desktop/voice/clip_player.py`), one at a time.
Where there is no speaker, Play is disabled and says why, on the button and under the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.services.dropped_files import RECORDING_SUFFIXES, file_filter
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.kit.serial_jobs import SerialJobs
from desktop.ui.tasks import BackgroundTasks, TaskHandle
from desktop.voice.clip_player import OutputFactory, clip_seconds, play_clip

_PATH = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class Playback:
    """Where recordings are played: `open_output(rate)` makes the output (worker thread),
    `why_not()` says why there is no speaker, or "" when there is one (worker thread)."""

    open_output: OutputFactory
    why_not: Callable[[], str]


def duration_text(seconds: float) -> str:
    """1:05, or 1:02:05 past an hour (a short clip is at least 0:01)."""
    total = max(1 if seconds > 0 else 0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ClipRow(QWidget):
    """One recording: Play/Stop, its name, its length (or why it cannot be read)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.play = QPushButton(tr("Play"))
        self.play.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play.setAccessibleName(tr("Play {0}").format(path.name))
        self.name = QLabel(path.name)
        self.name.setToolTip(str(path))
        self.length = QLabel(tr("Reading…"))
        self.length.setObjectName("muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.play)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.length)
        self.readable: bool | None = None  # None until the length is known


class ClipList(QWidget):
    changed = Signal()

    def __init__(
        self, tasks: BackgroundTasks, playback: Playback, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks, self._playback = tasks, playback
        self._jobs = SerialJobs(tasks)
        self._no_speaker: str | None = None  # None until asked; "" when there is a speaker
        self._playing: tuple[ClipRow, TaskHandle] | None = None
        self._live: set[ClipRow] = set()  # rows still in the list (a job may outlive one)
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(tr("Recordings"))
        self.add_button = QPushButton(tr("Add recordings…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_remove)
        self.sound_note = QLabel("")
        self.sound_note.setObjectName("muted")
        self.sound_note.setWordWrap(True)
        self.sound_note.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.sound_note)
        layout.addLayout(buttons)
        self._update_remove()
        self._asked = False  # the speaker is looked for when the first recording is added

    # --- the list --------------------------------------------------------------------

    def _choose(self) -> None:
        pattern = tr("Audio ({0})").format(file_filter(RECORDING_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(self, tr("Add recordings…"), "", pattern)
        self.add_paths([Path(f) for f in files])

    def add_paths(self, paths: list[Path]) -> list[Path]:
        """Add the recordings not in the list yet; the ones added, in order."""
        present = set(self.paths())
        added = [p for p in dict.fromkeys(paths) if p not in present]
        if added and not self._asked:
            self._asked = True
            why_not = self._playback.why_not
            self._tasks.run(lambda _c, _r: why_not(), self._speaker_known, self._no_sound)
        for path in added:
            row = ClipRow(path)
            row.play.clicked.connect(partial(self.toggle, row))
            item = QListWidgetItem()
            item.setData(_PATH, str(path))
            item.setSizeHint(row.sizeHint())
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
            self._live.add(row)
            self._update_play(row)
            self._read_length(row)
        if added:
            self.changed.emit()
        return added

    def _read_length(self, row: ClipRow) -> None:
        def length(_cancel: CancelToken, _report: ProgressCallback) -> float:  # worker thread
            return clip_seconds(row.path)

        def known(seconds: float) -> None:
            self._length_known(row, seconds)

        def unreadable(exc: BaseException) -> None:
            self._unreadable(row, exc)

        self._jobs.add(length, known, unreadable)

    def rows(self) -> list[ClipRow]:
        found = (self.list.itemWidget(self.list.item(i)) for i in range(self.list.count()))
        return [row for row in found if isinstance(row, ClipRow) and row in self._live]

    def paths(self) -> tuple[Path, ...]:
        return tuple(Path(self.list.item(i).data(_PATH)) for i in range(self.list.count()))

    def unreadable(self) -> list[Path]:
        """The recordings in the list that cannot be read."""
        return [row.path for row in self.rows() if row.readable is False]

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            row = self.list.itemWidget(item)
            if self._playing is not None and self._playing[0] is row:
                self.stop()
            self._live.discard(row)
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _update_remove(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.remove_button.setEnabled(chosen)
        self.remove_button.setToolTip("" if chosen else tr("Select a recording to remove first"))

    def _length_known(self, row: ClipRow, seconds: float) -> None:
        if row not in self._live:
            return
        row.readable = True
        row.length.setText(duration_text(seconds))
        self._update_play(row)

    def _unreadable(self, row: ClipRow, exc: BaseException) -> None:
        if row not in self._live:
            return
        row.readable = False
        row.length.setText(tr("Can't be read — please remove it"))
        row.length.setToolTip(describe(exc))
        self._update_play(row)
        self.changed.emit()

    # --- playing ---------------------------------------------------------------------

    def _speaker_known(self, why_not: str) -> None:
        self._no_speaker = why_not
        if why_not:
            self.sound_note.setText(tr("Recordings can't be played here: {0}.").format(why_not))
        self.sound_note.setVisible(bool(why_not))
        for row in self.rows():
            self._update_play(row)

    def _no_sound(self, exc: BaseException) -> None:
        self._speaker_known(describe(exc))

    def _update_play(self, row: ClipRow) -> None:
        """Play acts only on a readable recording with a speaker to play it on; else it
        says why."""
        if self._no_speaker is None:
            why = tr("Looking for a speaker…")
        elif self._no_speaker:
            why = tr("No speaker to play it on: {0}").format(self._no_speaker)
        elif row.readable is None:
            why = tr("Reading the recording…")
        elif not row.readable:
            why = tr("This recording can't be read")
        else:
            why = ""
        playing = self._playing is not None and self._playing[0] is row
        row.play.setEnabled(not why or playing)
        row.play.setToolTip(why)
        row.play.setAccessibleDescription(why)

    def toggle(self, row: ClipRow) -> None:
        """Play the recording, or stop it when it is the one playing."""
        playing = self._playing
        self.stop()
        if playing is not None and playing[0] is row:
            return
        open_output = self._playback.open_output
        handle = self._tasks.run(
            lambda cancel, _r: play_clip(row.path, open_output, cancel),  # worker thread
            lambda _ended: self._ended(row),
            lambda exc: self._failed(row, exc),
            on_cancelled=lambda: self._ended(row),
        )
        if not handle.finished:
            self._playing = (row, handle)
            row.play.setText(tr("Stop"))
            row.play.setIcon(row.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop))
            row.play.setAccessibleName(tr("Stop {0}").format(row.path.name))
            self._update_play(row)

    def _ended(self, row: ClipRow) -> None:
        if self._playing is not None and self._playing[0] is row:
            self._playing = None
        if row not in self._live:
            return
        row.play.setText(tr("Play"))
        row.play.setIcon(row.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        row.play.setAccessibleName(tr("Play {0}").format(row.path.name))
        self._update_play(row)

    def _failed(self, row: ClipRow, exc: BaseException) -> None:
        self._ended(row)
        self.sound_note.setText(describe(exc))
        self.sound_note.setVisible(True)

    @property
    def playing(self) -> Path | None:
        return self._playing[0].path if self._playing is not None else None

    def stop(self) -> None:
        """Stop the recording playing, if one is (it stops within a twentieth of a second)."""
        if self._playing is not None:
            self._playing[1].cancel()
            row = self._playing[0]
            self._playing = None
            self._ended(row)

    def shut(self) -> None:
        """The editor is closing: stop playing and reading."""
        self.stop()
        self._jobs.clear()
