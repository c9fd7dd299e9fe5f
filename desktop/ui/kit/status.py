"""The status line at the bottom of the window: a sentence, and a progress bar while busy."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar


class StatusLine:
    """What a long job says while it runs and when it is done. GUI thread."""

    def __init__(self, label: QLabel, progress: QProgressBar) -> None:
        self.label = label
        self.progress = progress

    def say(self, text: str) -> None:
        self.label.setText(text)

    def busy(self, text: str) -> None:
        """A job of unknown length is running (a moving bar)."""
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.label.setText(text)

    def steps(self, done: int, total: int) -> None:
        """A job of `total` steps has done `done`."""
        self.progress.setVisible(True)
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def idle(self, text: str | None = None) -> None:
        self.progress.setVisible(False)
        if text is not None:
            self.label.setText(text)

    def text(self) -> str:
        return self.label.text()
