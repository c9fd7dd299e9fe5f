"""Every text a person can read in a widget tree: labels, buttons, titles, tooltips, menus,
placeholders, list and combo items, tabs, group boxes and rich text (as plain text)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for root and every descendant widget."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str) -> None:
        text = _plain(text).strip()
        if text:
            found.append((f"{type(widget).__name__}.{kind}", text))

    for w in [root, *root.findChildren(QWidget)]:
        add(w, "windowTitle", w.windowTitle())
        add(w, "toolTip", w.toolTip())
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        if isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        if isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QTextBrowser):
            add(w, "html", w.toHtml())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, "item", w.itemText(i))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w, "item", w.item(i).text())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, "tab", w.tabText(i))
        if isinstance(w, QMenu):
            add(w, "title", w.title())
            for action in w.actions():
                add(w, "action", action.text())
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                add(w, "menu", action.text())
    return found
