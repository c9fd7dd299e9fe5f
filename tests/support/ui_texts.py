"""Every text a person can read in a widget tree: labels, buttons, titles, tooltips, menus,
placeholders, list and combo items, tabs, group boxes and rich text (as plain text)."""

from __future__ import annotations

import re

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


# Words that stay as they are in every language: names, formats, model and file names.
KEEP = {
    "Keepsake",
    "WhatsApp",
    "WAV",
    "MP3",
    "M4A",
    "OGG",
    "SILK",
    "AMR",
    "zip",
    "WeChatMsg",
    "MemoTrace",
    "English",  # a language offered by its own name, as pickers of languages do
    "gguf",
    "onnx",
    "huggingface",
    "PortAudio",
    "Debian",
    "Ubuntu",
    "AI",
    "PIN",
    "PDF",
    "CSV",
    "Markdown",
    "HTML",
    "JSON",
    "Whisper",
    "Piper",
    "GGUF",
    "Qwen2.5",
    "Ollama",  # product names of model servers, and a server's address
    "llama",
    "cpp",
    "LM",
    "Studio",
    "http",
    "OpenAI",
    "Llama",
    "SmolLM2",
    "Instruct",
    "CTranslate2",
    "MB",
    "GB",
    "ERASE",
    "huggingface.co",
    "Margaret",
    "Lin",
    "Mum",
    "Lily",
    "Enter",
    "Esc",
    "Ctrl",
}
_SUFFIXES = "onnx|gguf|json|txt|db|pdf|csv|png|md|jpg|jpeg|webp|wav|mp3|m4a|ogg|opus|zip"
_NAMEISH = re.compile(rf"【[^】]*】|\b[\w.-]+\.(?:{_SUFFIXES})\b|/[\w./-]+")


def _data_names() -> list[str]:
    """Names that are data, not interface: models and their licences, helplines."""
    from desktop.core.support import parse_resources
    from desktop.models.catalogue import CATALOGUE
    from desktop.services.support_list import shipped_text

    names = [e.name for e in CATALOGUE] + [e.licence for e in CATALOGUE]
    names += [re.split(r"[,(]", e.name)[0].strip() for e in CATALOGUE]  # as Models shows them
    names += [r.name for r in parse_resources(shipped_text())]
    return sorted(set(names), key=len, reverse=True)


def english_words(text: str) -> list[str]:
    """ASCII words of three letters or more that are not names or formats."""
    for name in _data_names():
        text = text.replace(name, " ")
    text = _NAMEISH.sub(" ", text)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", text)
    return [w for w in words if w not in KEEP and not re.search(r"\d", w)]
