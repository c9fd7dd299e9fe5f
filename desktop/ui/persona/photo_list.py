"""The photos chosen for a new portrait: thumbnails, with whether a face was found under each.

GUI thread. Each photo is read, made small and searched for a face on a worker, one photo after
another (the face model loads once); until then its line says it is being looked at. What was
found is kept by file (at most `KEPT` photos), so a photo removed and added again is not read
twice.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.services.dropped_files import PHOTO_SUFFIXES, file_filter
from desktop.services.photo_check import THUMBNAIL_SIDE, FaceFinding, PhotoCheck, PhotoChecker
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit.serial_jobs import SerialJobs
from desktop.ui.kit.thumbnails import pixmap_of
from desktop.ui.tasks import BackgroundTasks

KEPT = 200  # photos whose check is remembered (a thumbnail is ~40 kB)
LOOKING = tr_noop("Looking for a face…")
FINDINGS = {
    FaceFinding.FOUND: tr_noop("Face found"),
    FaceFinding.NO_FACE: tr_noop("No face found — place the points"),
    FaceFinding.TOO_LARGE: tr_noop("Too large to use — please remove it"),
    FaceFinding.UNREADABLE: tr_noop("Can't be read — please remove it"),
}
TIPS = {
    FaceFinding.FOUND: tr_noop("The face was found: this photo can become the portrait."),
    FaceFinding.NO_FACE: tr_noop(
        "No face was found. You can keep it: after creating, choose it on their page and "
        "place the eyes and mouth by hand."
    ),
    FaceFinding.TOO_LARGE: tr_noop("This photo is larger than Keepsake can read."),
    FaceFinding.UNREADABLE: tr_noop("This file is not a photo Keepsake can read, or is damaged."),
}
_PATH = Qt.ItemDataRole.UserRole


def _blank() -> QIcon:
    pixmap = QPixmap(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
    pixmap.fill(QColor("#e7e1d8"))
    return QIcon(pixmap)


class PhotoList(QWidget):
    """Photos with Add and Remove; `changed` after either, and when a check comes back."""

    changed = Signal()

    def __init__(self, tasks: BackgroundTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = SerialJobs(tasks)
        self._checker = PhotoChecker()
        self._kept: OrderedDict[Path, PhotoCheck] = OrderedDict()
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.list.setGridSize(QSize(THUMBNAIL_SIDE + 48, THUMBNAIL_SIDE + 64))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(tr("Photos"))
        self.add_button = QPushButton(tr("Add photos…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_remove()

    def _choose(self) -> None:
        pattern = tr("Images ({0})").format(file_filter(PHOTO_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(self, tr("Add photos…"), "", pattern)
        self.add_paths([Path(f) for f in files])

    def add_paths(self, paths: list[Path]) -> list[Path]:
        """Add the photos not in the list yet; the ones added, in order."""
        present = set(self.paths())
        added = [p for p in dict.fromkeys(paths) if p not in present]
        for path in added:
            item = QListWidgetItem(_blank(), f"{path.name}\n{tr(LOOKING)}")
            item.setData(_PATH, str(path))
            item.setToolTip(str(path))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
            kept = self._kept.get(path)
            if kept is not None:
                self._show(kept)
            else:
                self._check(path)
        if added:
            self.changed.emit()
        return added

    def _check(self, path: Path) -> None:
        def check(_cancel: CancelToken, _report: ProgressCallback) -> PhotoCheck:  # worker
            return self._checker.check(path)

        def failed(_exc: BaseException) -> None:
            self._checked(PhotoCheck(path, FaceFinding.UNREADABLE))

        self._jobs.add(check, self._checked, failed)

    def _checked(self, check: PhotoCheck) -> None:
        self._kept[check.path] = check
        self._kept.move_to_end(check.path)
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        self._show(check)
        self.changed.emit()

    def _show(self, check: PhotoCheck) -> None:
        item = self._item(check.path)
        if item is None:  # removed while it was looked at
            return
        item.setText(f"{check.path.name}\n{tr(FINDINGS[check.finding])}")
        item.setToolTip(f"{check.path}\n{tr(TIPS[check.finding])}")
        if check.thumbnail is not None:
            item.setIcon(QIcon(pixmap_of(check.thumbnail)))
        if check.finding in (FaceFinding.TOO_LARGE, FaceFinding.UNREADABLE):
            item.setForeground(QColor("#9b2c1f"))

    def _item(self, path: Path) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_PATH) == str(path):
                return item
        return None

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def _update_remove(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.remove_button.setEnabled(chosen)
        self.remove_button.setToolTip("" if chosen else tr("Select a photo to remove first"))

    def paths(self) -> tuple[Path, ...]:
        return tuple(Path(self.list.item(i).data(_PATH)) for i in range(self.list.count()))

    def finding(self, path: Path) -> FaceFinding | None:
        """What was found in the photo, or None while it is still looked at."""
        check = self._kept.get(path)
        return check.finding if check is not None and self._item(path) is not None else None

    def unusable(self) -> list[Path]:
        """The photos in the list that cannot be read (too large or not a photo)."""
        bad = (FaceFinding.TOO_LARGE, FaceFinding.UNREADABLE)
        return [p for p in self.paths() if self.finding(p) in bad]

    def line(self, path: Path) -> str:
        """The line shown under the photo's thumbnail."""
        item = self._item(path)
        return item.text().split("\n", 1)[1] if item is not None else ""

    def stop(self) -> None:
        """Stop looking at photos (the editor is closing)."""
        self._jobs.clear()
