"""Before the first call on a PC: the microphone's live level and a test sound.

The microphone's callback only stores the latest level; a GUI-thread timer shows it, so no
signal crosses threads. Without devices it says calmly how the call will work instead.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AudioUnavailableError
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.voice.devices import AudioReport
from desktop.voice.sounddevice_io import SoundDeviceInput, SoundDeviceOutput


def chime(rate: int = 22050) -> np.ndarray:
    """A soft two-note chime, about a second long."""
    t = np.arange(int(rate * 0.9)) / rate
    envelope = np.exp(-3.5 * t) * np.minimum(1.0, t * 40)
    tone = np.sin(2 * np.pi * 523.25 * t) + 0.6 * np.sin(
        2 * np.pi * 659.25 * np.maximum(t - 0.25, 0)
    )
    return (0.25 * envelope * tone).astype(np.float32)


class AudioCheckDialog(QDialog):
    def __init__(
        self,
        report: AudioReport,
        input_device: str | None,
        output_device: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Microphone and speaker"))
        self.setMinimumWidth(480)
        self.report = report
        self._input_device, self._output_device = input_device, output_device
        self.level_value = 0.0
        self._mic: SoundDeviceInput | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Before your first call, let's check that you can be heard and hear the reply.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.test_sound = QPushButton(tr("Play a test sound"))
        self.test_sound.clicked.connect(self.play_test_sound)
        form.addRow(tr("Say something"), self.meter)
        form.addRow(tr("Speaker"), self.test_sound)
        layout.addLayout(form)
        self.notice = QLabel(self._notice())
        self.notice.setWordWrap(True)
        self.notice.setObjectName("muted")
        layout.addWidget(self.notice)
        self.meter.setEnabled(report.can_listen)
        self.test_sound.setEnabled(report.can_speak)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.meter.setValue(int(self.level_value * 100)))
        if report.can_listen:
            self._start_microphone()

    def _notice(self) -> str:
        if self.report.can_listen and self.report.can_speak:
            return tr("If the bar moves when you speak and you hear the chime, you are ready.")
        parts = []
        if not self.report.can_listen:
            parts.append(tr("No microphone was found: in calls you can type instead of speaking."))
        if not self.report.can_speak:
            parts.append(tr("No speaker was found: replies will be shown as captions."))
        return " ".join(parts)

    def _start_microphone(self) -> None:
        def on_block(block: np.ndarray, _t: float) -> None:  # PortAudio's thread
            rms = float(np.sqrt(np.mean(np.square(block))))
            self.level_value = min(1.0, max(0.0, (20 * math.log10(rms + 1e-6) + 60) / 50))

        try:
            self._mic = SoundDeviceInput(self._input_device)
            self._mic.start(on_block)
            self._timer.start(50)
        except AudioUnavailableError as exc:
            self._mic = None
            self.notice.setText(describe(exc))

    def play_test_sound(self) -> None:
        output = SoundDeviceOutput(22050, self._output_device)
        try:
            output.start()
            output.buffer.write(chime())
            output.buffer.wait_drained(2.0)
        except AudioUnavailableError as exc:
            self.notice.setText(describe(exc))
        finally:
            output.stop()

    def done(self, result: int) -> None:
        self._timer.stop()
        if self._mic is not None:
            self._mic.stop()
            self._mic = None
        super().done(result)
