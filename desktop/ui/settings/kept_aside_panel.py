"""Settings → Data: the copies of the vault kept aside (by a restore, or because they could not
be opened), with their size and date, and a way to remove them. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.paths import AppPaths
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit.confirm import confirm
from desktop.vault.kept_aside import AsideReason, KeptCopy, kept_copies, remove_copy, total_size

_REASONS = {
    AsideReason.BEFORE_RESTORE: tr_noop("Replaced by a restore"),
    AsideReason.UNREADABLE: tr_noop("Could not be opened"),
}


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return tr("{0:.1f} MB").format(size / 1_000_000)
    return tr("{0} KB").format(max(1, round(size / 1000)))


class KeptAsidePanel(QWidget):
    """Lists `kept_copies(paths)`; "Remove…" deletes the selected one after a confirmation."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.copies: list[KeptCopy] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "When a backup is restored, the data it replaced is kept aside in the data "
                "folder, never deleted without asking. These copies take space on this disk; "
                "remove the ones you no longer need."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Copies kept aside"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        self.remove_button = QPushButton(tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.copies = kept_copies(self.paths)
        self.list.clear()
        locale = QLocale()
        for copy in self.copies:
            when = locale.toString(_when(copy), QLocale.FormatType.LongFormat)
            text = f"{tr(_REASONS[copy.reason])} · {when} · {size_text(copy.size)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, copy.name)
            item.setToolTip(copy.name)
            self.list.addItem(item)
        if self.copies:
            self.summary.setText(
                tr("{0} copies kept aside, {1} in all.").format(
                    len(self.copies), size_text(total_size(self.copies))
                )
            )
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(tr("No copies are kept aside."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0 and bool(self.copies))

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.copies):
            return
        copy = self.copies[row]
        if not confirm(
            self,
            tr("Remove this copy?"),
            tr(
                "This deletes the copy kept aside on {0} ({1}) for good. What Keepsake holds "
                "now is not touched."
            ).format(
                QLocale().toString(_when(copy), QLocale.FormatType.ShortFormat),
                size_text(copy.size),
            ),
        ):
            return
        remove_copy(self.paths, copy)
        self.refresh()


def _when(copy: KeptCopy) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(copy.kept_at.timestamp()))
