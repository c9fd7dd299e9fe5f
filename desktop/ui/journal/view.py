"""The journal: conversations and entries by date and person, search, reading, export, delete."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.kit.confirm import confirm
from desktop.vault.export import session_html
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore

_SESSION, _ENTRY = "session", "entry"


def highlight(snippet: str) -> str:
    """Search snippets mark hits with [[ ]]; show them bold (the rest escaped)."""
    return html.escape(snippet).replace("[[", "<b>").replace("]]", "</b>")


class JournalView(QWidget):
    back = Signal()
    write_requested = Signal(object)  # persona id or None
    export_requested = Signal(object)
    delete_requested = Signal(bool, int)  # a conversation (True) or an entry, confirmed
    delete_all_requested = Signal(int)  # every conversation with this persona, confirmed

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self.journal: Journal | None = None
        self.store: PersonaStore | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        top = QHBoxLayout()
        back = QPushButton(tr("← Portrait wall"))
        back.setObjectName("link")
        back.clicked.connect(self.back)
        title = QLabel(tr("Journal"))
        title.setObjectName("title")
        write = QPushButton(tr("Write an entry…"))
        write.clicked.connect(lambda: self.write_requested.emit(self.persona_filter()))
        export = QPushButton(tr("Export…"))
        export.clicked.connect(lambda: self.export_requested.emit(self.persona_filter()))
        top.addWidget(back)
        top.addStretch(1)
        top.addWidget(write)
        top.addWidget(export)
        layout.addLayout(top)
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.persona = QComboBox()
        self.persona.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search everything you both said and wrote…"))
        self.search.textChanged.connect(self.refresh)
        filters.addWidget(self.persona)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        split = QSplitter()
        self.items = QListWidget()
        self.items.currentItemChanged.connect(self._show)
        self.reader = QTextBrowser()
        split.addWidget(self.items)
        split.addWidget(self.reader)
        split.setSizes([360, 640])
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.delete_button = QPushButton(tr("Delete this…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_all = QPushButton(tr("Delete all conversations with this person…"))
        self.delete_all.clicked.connect(self.delete_persona_sessions)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.delete_all)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def open(self, journal: Journal, store: PersonaStore) -> None:
        self.journal, self.store = journal, store
        self.persona.blockSignals(True)
        self.persona.clear()
        self.persona.addItem(tr("Everyone"), None)
        for p in store.list_summaries():
            self.persona.addItem(p.display_name, p.id)
        self.persona.blockSignals(False)
        self.refresh()

    def selected_session(self) -> int | None:
        item = self.items.currentItem()
        if item is None:
            return None
        kind, ref = item.data(Qt.ItemDataRole.UserRole)
        return int(ref) if kind == _SESSION and ref is not None else None

    def persona_filter(self) -> int | None:
        value = self.persona.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        if self.journal is None:
            return
        self.items.clear()
        self.reader.clear()
        self.delete_all.setEnabled(self.persona_filter() is not None)
        query = self.search.text().strip()
        if query:
            for hit in self.journal.search(query):
                kind, ref = (
                    (_ENTRY, hit.entry_id)
                    if hit.entry_id is not None
                    else (_SESSION, hit.session_id)
                )
                heading = f"{hit.at.astimezone():%d %b %Y} · {html.escape(hit.persona_name)}"
                label = QLabel(tr("{0}<br>{1}").format(heading, highlight(hit.snippet)))
                self._add(kind, ref, "", label)
            return
        persona = self.persona_filter()
        rows: list[tuple[datetime, str, int, str]] = []
        for s in self.journal.sessions(persona):
            ending = f" · {s.ending.value}" if s.ending and s.ending.value != "ended" else ""
            rows.append(
                (
                    s.started_at,
                    _SESSION,
                    s.id,
                    f"{s.started_at.astimezone():%a %d %b %Y, %H:%M} · {s.persona_name}{ending}",
                )
            )
        for e in self.journal.entries(persona):
            rows.append(
                (
                    e.at,
                    _ENTRY,
                    e.id,
                    f"{e.at.astimezone():%a %d %b %Y} · ✎ {e.title or tr('Entry')}",
                )
            )
        for _at, kind, ref, text in sorted(rows, key=lambda r: r[0], reverse=True):
            self._add(kind, ref, text, None)
        if not rows:
            self.reader.setHtml(
                tr(
                    "<p style='color:#7a7168'>Nothing here yet. Conversations appear "
                    "here as they happen; you can also write an entry.</p>"
                )
            )

    def _add(self, kind: str, ref: int | None, text: str, widget: QLabel | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, ref))
        self.items.addItem(item)
        if widget is not None:
            widget.setWordWrap(True)
            item.setSizeHint(widget.sizeHint())
            self.items.setItemWidget(item, widget)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None or self.journal is None:
            return
        kind, ref = item.data(Qt.ItemDataRole.UserRole)
        if kind == _SESSION:
            self.reader.setHtml(session_html(self.journal.session(ref)))
        else:
            entry = next(e for e in self.journal.entries() if e.id == ref)
            body = html.escape(entry.body).replace("\n", "<br>")
            self.reader.setHtml(
                tr("<h2>{0}</h2><p style='color:#7a7168'>{1:%A %d %B %Y}</p><p>{2}</p>").format(
                    html.escape(entry.title or tr("Entry")), entry.at.astimezone(), body
                )
            )

    def delete_selected(self) -> None:
        item = self.items.currentItem()
        if item is None or self.journal is None:
            return
        kind, ref = item.data(Qt.ItemDataRole.UserRole)
        what = tr("this conversation") if kind == _SESSION else tr("this entry")
        if confirm(
            self,
            tr("Delete?"),
            tr("Delete {0} from the journal for good? This cannot be undone.").format(what),
        ):
            self.delete_requested.emit(kind == _SESSION, ref)

    def delete_persona_sessions(self) -> None:
        persona = self.persona_filter()
        if persona is None or self.journal is None:
            return
        name = self.persona.currentText()
        count = len(self.journal.sessions(persona))
        if confirm(
            self,
            tr("Delete all?"),
            tr(
                "Delete all {0} conversations with {1}, and the entries written to "
                "them? This cannot be undone."
            ).format(count, name),
        ):
            self.delete_all_requested.emit(persona)
