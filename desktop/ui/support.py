"""Support resources, one click away during every call."""

from __future__ import annotations

import json
from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def support_text() -> str:
    data = json.loads(resources.files("desktop").joinpath("data/support.json").read_text("utf-8"))
    lines = [f"<b>{r['country']}</b>: {r['name']}, {r['contact']}" for r in data["resources"]]
    return (
        "<p>If you are struggling, you do not have to carry it alone. Talking to someone who "
        "can help, a friend, your doctor or a helpline, is a good thing to do.</p><p>"
        + "<br>".join(lines)
        + "</p>"
    )


class SupportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Support")
        self.setMinimumWidth(460)
        text = QLabel(support_text())
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
