"""A persona's photos on their page, as small pictures made in the background and kept.

GUI thread. The list shows at once with a plain square for each photo; the photos are read from
the vault and decoded reduced (never at full size) on a worker, and the small pictures are kept
by photo (at most `KEPT`), so showing the page again decodes nothing.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from desktop.avatar.photo import Image
from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.core.persona import MediaKind
from desktop.services.thumbnails import photo_thumbnail
from desktop.ui.i18n import tr
from desktop.ui.kit.thumbnails import pixmap_of
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.personas import PersonaStore

SIDE = 96
KEPT = 300  # small pictures kept (~30 kB each)
_MEDIA = Qt.ItemDataRole.UserRole


class PhotoGallery(QListWidget):
    def __init__(self, tasks: BackgroundTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._kept: OrderedDict[int, QPixmap] = OrderedDict()
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(SIDE, SIDE))
        self.setFixedHeight(SIDE + 40)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setAccessibleName(tr("Photos"))
        blank = QPixmap(SIDE, SIDE)
        blank.fill(QColor("#e7e1d8"))
        self._blank = QIcon(blank)

    def show_photos(self, store: PersonaStore, persona_id: int) -> None:
        """The persona's photos, the portrait labelled; pictures not kept yet follow."""
        self.clear()
        portrait = store.get(persona_id).portrait_media_id
        missing: list[int] = []
        for media in store.media(persona_id, MediaKind.PHOTO):
            label = tr("portrait") if media.id == portrait else media.filename
            kept = self._kept.get(media.id)
            item = QListWidgetItem(QIcon(kept) if kept is not None else self._blank, label)
            item.setData(_MEDIA, media.id)
            self.addItem(item)
            if kept is None:
                missing.append(media.id)
        if not missing:
            return

        def make(cancel: CancelToken, _report: ProgressCallback) -> dict[int, Image]:  # worker
            made: dict[int, Image] = {}
            for media_id in missing:
                cancel.raise_if_cancelled()
                small = photo_thumbnail(store.media_data(media_id), SIDE)
                if small is not None:
                    made[media_id] = small
            return made

        self._tasks.run(make, self._made, lambda _exc: None)  # plain squares stay

    def _made(self, made: dict[int, Image]) -> None:
        for media_id, small in made.items():
            self._kept[media_id] = pixmap_of(small)
            self._kept.move_to_end(media_id)
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        for row in range(self.count()):
            item = self.item(row)
            kept = self._kept.get(int(item.data(_MEDIA)))
            if kept is not None:
                item.setIcon(QIcon(kept))

    def acts_on_choice(self, button: QPushButton) -> None:
        """`button` acts on the chosen photo: disabled, saying why, while none is chosen."""

        def update() -> None:
            chosen = bool(self.selectedItems())
            button.setEnabled(chosen)
            button.setToolTip("" if chosen else tr("Choose one of the photos first"))

        self.itemSelectionChanged.connect(update)
        update()

    def has_picture(self, row: int) -> bool:
        """Whether the photo at `row` shows its small picture (not the plain square)."""
        return int(self.item(row).data(_MEDIA)) in self._kept
