"""Round portrait thumbnails for the wall: made small once, in the background, and kept.

GUI thread; the photos are decoded (reduced) on a worker (`desktop/services/thumbnails.py`), and
only the small pictures come back to be rounded here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPixmap

from desktop.avatar.photo import Image
from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.services.thumbnails import face_square
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.personas import PersonaStore

Key = tuple[int, str | None, int]  # the photo, its rig (the face may have moved), the size
Found = tuple[dict[int, Key], dict[Key, Image]]  # what each persona shows, and what was made

log = logging.getLogger(__name__)


def pixmap_of(image: Image) -> QPixmap:
    """An RGB picture (a small one: this copies it) as a pixmap."""
    height, width = image.shape[:2]
    data = image.tobytes()
    return QPixmap.fromImage(
        QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    )


def round_pixmap(square: Image) -> QPixmap:
    """An RGB square as a round picture with a transparent outside."""
    height, width = square.shape[:2]
    image = QImage(square.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    result = QPixmap(width, height)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(0, 0, width, height)
    painter.setClipPath(path)
    painter.drawImage(0, 0, image)
    painter.end()
    return result


class Thumbnails:
    def __init__(self, tasks: BackgroundTasks) -> None:
        self.tasks = tasks
        self._kept: dict[Key, QPixmap] = {}
        self._wanted: dict[int, Key] = {}  # persona id → the picture it shows now

    def pictures(self) -> dict[int, QPixmap]:
        """Persona id → its thumbnail, for those made so far."""
        return {pid: self._kept[key] for pid, key in self._wanted.items() if key in self._kept}

    def update(
        self,
        store: PersonaStore,
        persona_ids: Sequence[int],
        size: int,
        on_ready: Callable[[dict[int, QPixmap]], None],
    ) -> None:
        """Make the thumbnails these personas still lack (worker thread), then `on_ready` with
        all of them (GUI thread). Nothing runs when every one is already kept."""
        if not persona_ids:  # an empty wall: nothing to make, no background job
            self._wanted = {}
            on_ready({})
            return

        def find(cancel: CancelToken, report: ProgressCallback) -> Found:
            made: dict[Key, Image] = {}
            wanted: dict[int, Key] = {}
            for persona_id in persona_ids:
                cancel.raise_if_cancelled()
                persona = store.get(persona_id)
                if persona.portrait_media_id is None:
                    continue
                key = (persona.portrait_media_id, persona.rig_json, size)
                wanted[persona_id] = key
                if key in self._kept:
                    continue
                square = face_square(store.media_data(key[0]), persona.rig_json, size)
                if square is not None:
                    made[key] = square
            return wanted, made

        def done(found: Found) -> None:
            wanted, made = found
            for key, square in made.items():
                self._kept[key] = round_pixmap(square)
            self._wanted = wanted
            on_ready(self.pictures())

        def failed(exc: BaseException) -> None:  # the wall shows initials instead
            log.warning("portrait thumbnails could not be made", exc_info=exc)
            on_ready(self.pictures())

        self.tasks.run(find, on_result=done, on_error=failed)
