"""The sound check: the microphone's live level and a test sound.

The devices are listed, opened and played on background workers (PortAudio can take seconds
to answer); until the list arrives the dialog says "Checking sound devices…". The microphone's
callback only stores the latest level; a GUI-thread timer shows it, so no signal crosses
threads. Without devices it says calmly how the call will work instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

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

from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks
from desktop.voice.audio import AudioInput, AudioOutput
from desktop.voice.devices import AudioReport, audio_report

CHIME_RATE = 22050


def _sound_card_input(name: str | None) -> AudioInput:
    from desktop.voice.sounddevice_io import SoundDeviceInput

    return SoundDeviceInput(name)


def _sound_card_output(rate: int, name: str | None) -> AudioOutput:
    from desktop.voice.sounddevice_io import SoundDeviceOutput

    return SoundDeviceOutput(rate, name)


@dataclass(frozen=True, slots=True)
class SoundDevices:
    """The audio adapter the sound check uses: the sound card (PortAudio) by default, the
    file-backed devices in tests. Each is called on a worker thread."""

    query: Callable[[], AudioReport] = field(default=audio_report)
    microphone: Callable[[str | None], AudioInput] = field(default=_sound_card_input)
    speaker: Callable[[int, str | None], AudioOutput] = field(default=_sound_card_output)


def chime(rate: int = CHIME_RATE) -> np.ndarray:
    """A soft two-note chime, about a second long."""
    t = np.arange(int(rate * 0.9)) / rate
    envelope = np.exp(-3.5 * t) * np.minimum(1.0, t * 40)
    tone = np.sin(2 * np.pi * 523.25 * t) + 0.6 * np.sin(
        2 * np.pi * 659.25 * np.maximum(t - 0.25, 0)
    )
    return (0.25 * envelope * tone).astype(np.float32)


def _level(block: np.ndarray) -> float:
    rms = float(np.sqrt(np.mean(np.square(block))))
    return min(1.0, max(0.0, (20 * math.log10(rms + 1e-6) + 60) / 50))


class AudioCheckDialog(QDialog):
    """GUI thread. `report=None` opens it while the devices are still being listed; then
    `show_report()` fills it in."""

    def __init__(
        self,
        report: AudioReport | None,
        input_device: str | None,
        output_device: str | None,
        parent: QWidget | None = None,
        tasks: BackgroundTasks | None = None,
        devices: SoundDevices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Microphone and speaker"))
        self.setMinimumWidth(480)
        self.report: AudioReport | None = None
        self._input_device, self._output_device = input_device, output_device
        self._tasks = tasks or BackgroundTasks(immediate=True)
        self._devices = devices or SoundDevices()
        self._closed = False
        self.level_value = 0.0
        self._mic: AudioInput | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Let's check that you can be heard and that you can hear the reply."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Microphone level"))
        self.test_sound = QPushButton(tr("Play a test sound"))
        self.test_sound.clicked.connect(self.play_test_sound)
        form.addRow(tr("Say something"), self.meter)
        form.addRow(tr("Speaker"), self.test_sound)
        layout.addLayout(form)
        self.notice = QLabel(tr("Checking sound devices…"))
        self.notice.setWordWrap(True)
        self.notice.setObjectName("muted")
        layout.addWidget(self.notice)
        self.meter.setEnabled(False)
        self.test_sound.setEnabled(False)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.meter.setValue(int(self.level_value * 100)))
        if report is not None:
            self.show_report(report)

    def show_report(self, report: AudioReport) -> None:
        """The devices are known: say how the call will work, start the level meter."""
        self.report = report
        self.notice.setText(self._notice(report))
        self.meter.setEnabled(report.can_listen)
        self.test_sound.setEnabled(report.can_speak)
        self.adjustSize()  # the answer may need more lines than "Checking sound devices…"
        if report.can_listen and not self._closed:
            self._start_microphone()

    @staticmethod
    def _notice(report: AudioReport) -> str:
        if report.can_listen and report.can_speak:
            return tr("If the bar moves when you speak and you hear the chime, you are ready.")
        parts = []
        if not report.can_listen:
            parts.append(tr("No microphone was found: in calls you can type instead of speaking."))
        if not report.can_speak:
            parts.append(tr("No speaker was found: replies will be shown as captions."))
        return " ".join(parts)

    def _start_microphone(self) -> None:
        def on_block(block: np.ndarray, _t: float) -> None:  # the microphone's thread
            self.level_value = _level(block)

        mic = self._devices.microphone(self._input_device)

        def opened(_result: object) -> None:
            if self._closed:
                mic.stop()
                return
            self._mic = mic
            self._timer.start(50)

        self._tasks.run(
            lambda cancel, report: mic.start(on_block), on_result=opened, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        if not self._closed:
            self.notice.setText(describe(exc))

    def play_test_sound(self) -> None:
        """The chime, played on a worker (the button waits until it has been heard)."""
        output = self._devices.speaker(CHIME_RATE, self._output_device)
        self.test_sound.setEnabled(False)

        def play() -> None:  # worker thread
            try:
                output.start()
                output.buffer.write(chime())
                output.buffer.wait_drained(2.0)
            finally:
                output.stop()

        def played(_result: object = None) -> None:
            if not self._closed:
                self.test_sound.setEnabled(True)

        def failed(exc: BaseException) -> None:
            played()
            self._failed(exc)

        self._tasks.run(lambda cancel, report: play(), on_result=played, on_error=failed)

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        if self._mic is not None:
            self._mic.stop()
            self._mic = None
        super().done(result)
