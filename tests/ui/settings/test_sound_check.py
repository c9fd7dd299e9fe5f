"""The sound check before a call: asked the first time and again only when the microphone or
speaker changed; the devices listed, opened and played off the GUI thread, through the
file-backed devices (this machine has no sound card)."""

from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.ui.main_window.window import MainWindow
from desktop.ui.settings.audio_check import CHIME_RATE, AudioCheckDialog, SoundDevices
from desktop.ui.tasks import BackgroundTasks
from desktop.voice.audio import AudioInput, AudioOutput
from desktop.voice.devices import AudioDevice, AudioReport, devices_fingerprint
from desktop.voice.file_devices import FileInput, FileOutput
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory


def _device(index: int, name: str, api: str = "ALSA") -> AudioDevice:
    return AudioDevice(index, name, api, 2, 2, 48000.0, index == 0, index == 0)


def _report(*devices: AudioDevice) -> AudioReport:
    return AudioReport("PortAudio V19", devices, devices)


LAPTOP = _report(_device(0, "Built-in Audio"))


class Devices:
    """File-backed microphone and speaker; `report` is what listing the devices finds."""

    def __init__(self, report: AudioReport) -> None:
        self.report = report
        self.microphone = FileInput(realtime=True)
        self.speaker: FileOutput | None = None
        self.listed_on: list[threading.Thread] = []

    def query(self) -> AudioReport:
        self.listed_on.append(threading.current_thread())
        return self.report

    def open_microphone(self, _name: str | None) -> AudioInput:
        return self.microphone

    def open_speaker(self, rate: int, _name: str | None) -> AudioOutput:
        self.speaker = FileOutput(rate, realtime=True)
        return self.speaker

    def adapter(self) -> SoundDevices:
        return SoundDevices(self.query, self.open_microphone, self.open_speaker)


def test_the_level_moves_and_the_chime_plays_through_the_devices(qtbot: QtBot) -> None:
    devices = Devices(LAPTOP)
    tasks = BackgroundTasks()
    dialog = AudioCheckDialog(None, None, None, None, tasks, devices.adapter())
    qtbot.addWidget(dialog)
    assert dialog.notice.text() == "Checking sound devices…"
    assert not dialog.test_sound.isEnabled() and not dialog.meter.isEnabled()
    dialog.show_report(devices.query())
    assert "you are ready" in dialog.notice.text()
    t = np.arange(16000 * 2) / 16000
    devices.microphone.play((0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32))
    qtbot.waitUntil(lambda: dialog.meter.value() > 60, timeout=5000)
    dialog.test_sound.click()
    assert not dialog.test_sound.isEnabled()  # while the chime plays, on a worker
    qtbot.waitUntil(dialog.test_sound.isEnabled, timeout=5000)
    assert devices.speaker is not None and devices.speaker.sample_rate == CHIME_RATE
    assert float(np.max(np.abs(devices.speaker.recording()))) > 0.1  # the chime was played
    dialog.accept()
    tasks.shutdown()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[AudioCheckDialog]:
    shown: list[AudioCheckDialog] = []

    def look(dialog: AudioCheckDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AudioCheckDialog, "exec", look)
    return shown


def test_asked_the_first_time_and_when_the_devices_change(
    window: MainWindow, asked: list[AudioCheckDialog]
) -> None:
    devices = Devices(LAPTOP)
    actions = window.settings_actions
    actions.devices = devices.adapter()
    calls: list[int] = []
    actions.before_call(lambda: calls.append(1))
    assert len(asked) == 1 and len(calls) == 1
    fingerprint = window.settings.audio_fingerprint
    assert window.settings.audio_checked and fingerprint
    assert fingerprint == devices_fingerprint(LAPTOP, None, None)
    assert "Built-in" not in window.prefs.store.path.read_text("utf-8")  # only a fingerprint
    actions.before_call(lambda: calls.append(2))
    assert len(asked) == 1 and calls == [1, 2]  # the same devices: straight to the call

    devices.report = _report(_device(0, "Built-in Audio"), _device(1, "USB Headset"))
    actions.before_call(lambda: calls.append(3))
    assert len(asked) == 1  # a headset plugged in, but the default is still the same
    devices.report = _report(_device(0, "USB Headset"), _device(1, "Built-in Audio"))
    actions.before_call(lambda: calls.append(4))
    assert len(asked) == 2 and calls == [1, 2, 3, 4]  # the default microphone changed
    devices.report = _report(_device(0, "USB Headset", "PulseAudio"))
    actions.before_call(lambda: None)
    assert len(asked) == 3  # the same name through another host API


def test_choosing_another_microphone_asks_again_and_closing_the_check_asks_next_time(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = iter([QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted])
    shown: list[AudioCheckDialog] = []

    def answer(dialog: AudioCheckDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        return next(results)

    monkeypatch.setattr(AudioCheckDialog, "exec", answer)
    devices = Devices(_report(_device(0, "Built-in Audio"), _device(1, "USB Headset")))
    actions = window.settings_actions
    actions.devices = devices.adapter()
    actions.before_call(lambda: None)
    assert not window.settings.audio_checked  # closed without "Continue": asked again
    actions.before_call(lambda: None)
    assert len(shown) == 2 and window.settings.audio_checked
    window.prefs.save(replace(window.settings, input_device="USB Headset"))
    results = iter([QDialog.DialogCode.Accepted])
    actions.before_call(lambda: None)
    assert len(shown) == 3


def test_settings_list_the_devices_off_the_gui_thread(qtbot: QtBot, window: MainWindow) -> None:
    release = threading.Event()
    devices = Devices(_report(_device(0, "Built-in Audio"), _device(1, "USB Headset")))

    def slow_query() -> AudioReport:  # PortAudio taking its time
        release.wait(30)
        return devices.query()

    actions = window.settings_actions
    actions.devices = replace(devices.adapter(), query=slow_query)
    actions.tasks = BackgroundTasks()
    window.prefs.save(replace(window.settings, output_device="USB Headset"))
    dialog = actions.make_settings_dialog()
    qtbot.addWidget(dialog)
    assert dialog.input.currentText() == "Checking sound devices…"
    assert not dialog.input.isEnabled() and not dialog.output.isEnabled()
    assert dialog.result_settings().output_device == "USB Headset"  # kept while listing
    release.set()
    qtbot.waitUntil(dialog.input.isEnabled, timeout=5000)
    assert devices.listed_on[0] is not threading.main_thread()
    assert [dialog.input.itemText(i) for i in range(dialog.input.count())] == [
        "System default",
        "Built-in Audio",
        "USB Headset",
    ]
    assert dialog.output.currentText() == "USB Headset"
    assert dialog.result_settings().output_device == "USB Headset"
    actions.tasks.shutdown()


def test_before_a_call_the_window_says_it_is_checking_and_waits_calmly(
    qtbot: QtBot,
    keyring_backend: MemoryKeyring,
    make_window: WindowFactory,
    asked: list[AudioCheckDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The devices are listed on a worker: meanwhile the status line says so, a second click
    starts nothing, and a window closed meanwhile starts no call."""
    from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
    from desktop.ui.call.mood import MoodDialog

    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window = make_window(keyring_backend, immediate=False)
    window.start()
    qtbot.waitUntil(lambda: window.vault is not None and not window.services.tasks.busy)
    store = window.session.personas()
    mum = store.create(PersonaDetails(name="Margaret"), window.services.clock.now())
    store.set_consent(mum.id, ConsentRecord("Lily", "daughter", Agreement.YES))
    release = threading.Event()
    devices = Devices(LAPTOP)
    queries: list[int] = []

    def slow_query() -> AudioReport:
        queries.append(1)
        release.wait(30)
        return devices.query()

    window.settings_actions.devices = replace(devices.adapter(), query=slow_query)
    window.open_call(mum.id)
    assert window.status.text() == "Checking sound devices…"
    window.open_call(mum.id)  # a second click while checking
    qtbot.waitUntil(lambda: bool(queries))
    assert window.call is None and asked == []
    window.session.shut_down()  # the keepsake closes meanwhile (a restore, the window closing)
    release.set()
    qtbot.waitUntil(lambda: not window.services.tasks.busy)
    assert queries == [1] and len(asked) == 1  # asked once, the first time
    assert window.call is None and not window.services.tasks.busy
    window.close()
