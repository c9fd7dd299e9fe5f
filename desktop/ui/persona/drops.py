"""Files dropped on the portrait editor: taken from a drag of local files, wherever it lands.

GUI thread. `FileDrops` is an event filter put on the editor and on every child that takes drops
itself (text boxes would otherwise paste the file's path as text): a drag that carries local
files is accepted there and its files handed on; any other drag (text) goes on as usual.
`what_was_added` puts what the editor did with the files into one calm sentence or two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desktop.ui.i18n import join_sentences, list_text, tr, trn

_MAX_NAMED = 4  # files named in a message before "and N more"


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (web links and the rest are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDrops(QObject):
    """Hands the files of a drop to `on_files`, for the widgets it watches."""

    def __init__(
        self,
        on_files: Callable[[list[Path]], None],
        parent: QObject,
        on_hover: Callable[[bool], None] = lambda _over: None,
    ) -> None:
        super().__init__(parent)
        self._on_files, self._on_hover = on_files, on_hover

    def watch(self, root: QWidget) -> None:
        """`root` and every child of it that takes drops (a text box's viewport too)."""
        root.setAcceptDrops(True)
        root.installEventFilter(self)
        for child in root.findChildren(QWidget):
            if isinstance(child, QAbstractScrollArea):
                child.viewport().installEventFilter(self)
            if child.acceptDrops():
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if local_files(event.mimeData()):
                event.acceptProposedAction()
                if kind == QEvent.Type.DragEnter:
                    self._on_hover(True)
                return True
        elif kind == QEvent.Type.DragLeave:
            self._on_hover(False)
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = local_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                self._on_hover(False)
                self._on_files(files)
                return True
        return False


def names(paths: Sequence[Path]) -> str:
    """A few file names, and how many more."""
    shown = list_text(p.name for p in paths[:_MAX_NAMED])
    rest = len(paths) - _MAX_NAMED
    return shown if rest <= 0 else shown + " " + trn("and %n more", "and %n more", rest)


def what_was_added(
    photos: int, recordings: int, already: int, chat: str, unsupported: Sequence[Path]
) -> str:
    """What a drop did, in a sentence for each part of it."""
    parts: list[str] = []
    if photos:
        parts.append(trn("Added %n photo.", "Added %n photos.", photos))
    if recordings:
        parts.append(trn("Added %n recording.", "Added %n recordings.", recordings))
    if already:
        parts.append(trn("%n file was already added.", "%n files were already added.", already))
    if chat:
        parts.append(chat)
    if unsupported:
        parts.append(
            tr(
                "Keepsake can't use {0}: it takes photos, recordings and chat exports. "
                "Nothing else was changed."
            ).format(names(unsupported))
        )
    return join_sentences(parts)
