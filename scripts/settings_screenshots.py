#!/usr/bin/env python3
"""Screenshots of Settings from the real window (issue 17): "Measure this PC" in Models while
the project's bench runs and once it is done, the device lists while the sound devices are
being listed, and a focus ring. In English or Chinese:

    flock /tmp/keepsake-heavy.lock .venv/bin/python scripts/settings_screenshots.py en|zh_CN
    .venv/bin/python scripts/settings_screenshots.py en --devices-only   (no measurement)

The measurement is the real one (`keepsake bench --only pc` in a child process, on a fresh
private KEEPSAKE_HOME); it prints the figures it found.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
OUT = ROOT / "docs" / "screenshots"


def main(language: str, out: Path, measure: bool = True) -> None:  # noqa: PLR0915
    os.environ["KEEPSAKE_HOME"] = tempfile.mkdtemp(prefix="keepsake-shots-")
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from desktop.services.paths import resolve_paths
    from desktop.services.pc_measure import STAGES, MeasureStage
    from desktop.ui.settings.audio_check import AudioCheckDialog
    from desktop.ui.tasks import BackgroundTasks
    from desktop.voice.devices import AudioReport, audio_report
    from tests.support.keyrings import MemoryKeyring
    from tests.support.windows import build_window, screenshot_app

    app, prefix = screenshot_app(language, out)
    window = build_window(resolve_paths(), MemoryKeyring())
    window.start()
    actions = window.settings_actions
    actions.tasks = BackgroundTasks()  # the real thread pool: the bench runs in the background

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(out / f"{prefix}{name}.png"))

    def pump(until: object, limit_s: float) -> None:
        deadline = time.monotonic() + limit_s
        while not until() and time.monotonic() < deadline:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.05)

    listed = threading.Event()

    def slow_listing() -> AudioReport:  # PortAudio taking its time, as it can
        listed.wait(30)
        return audio_report()

    actions.devices = replace(actions.devices, query=slow_listing)
    dialog = actions.make_settings_dialog()
    dialog.show()
    shot(dialog, "settings-checking-devices")
    check = AudioCheckDialog(None, None, None, None, actions.tasks, actions.devices)
    check.show()
    shot(check, "sound-check-checking")
    listed.set()
    pump(dialog.input.isEnabled, 30)
    check.show_report(audio_report())
    shot(check, "sound-check")
    check.accept()
    dialog.activateWindow()
    pump(dialog.isActiveWindow, 5)
    dialog.push_to_talk.setFocus(Qt.FocusReason.TabFocusReason)
    pump(dialog.push_to_talk.hasFocus, 5)
    shot(dialog, "settings-focus-ring")
    models = dialog.models
    assert models is not None and models.measure is not None
    if not measure:  # --devices-only
        return
    dialog.tabs.setCurrentWidget(models)
    shot(dialog, "settings-models-not-measured")
    panel = models.measure
    started = time.monotonic()
    panel.measure_button.click()
    replies = STAGES.index(MeasureStage.REPLIES)
    pump(lambda: panel.progress.maximum() > 0 and panel.progress.value() >= replies, 900)
    shot(dialog, "settings-models-measuring")
    pump(lambda: not panel.running, 1800)
    print(f"measured in {time.monotonic() - started:.0f} s: {panel.summary.text()}")
    print(panel.stage.text())
    shot(dialog, "settings-models-measured")
    dialog.reject()
    actions.tasks.shutdown()
    window.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--devices-only"]
    main(
        args[0] if args else "en",
        Path(args[1]) if len(args) > 1 else OUT,
        measure="--devices-only" not in sys.argv,
    )
