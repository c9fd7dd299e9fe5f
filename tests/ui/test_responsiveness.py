"""Nothing slow on the GUI thread: while a vault holding 200 MB of media is backed up, its
journal exported, a portrait deleted (with the scrub) and the backup restored, and while a call
ends as its models are still loading, a timer on the GUI thread keeps ticking, and each tick
reads the vault as the window would."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.services.paths import AppPaths
from desktop.ui.call.mood import MoodDialog
from desktop.ui.main_window.window import MainWindow
from desktop.ui.settings.audio_check import AudioCheckDialog
from desktop.vault.export import ExportFormat, ExportSelection
from desktop.vault.persona_records import NewMedia, NewPersona
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory

pytestmark = pytest.mark.slow

MEDIA_MB = 200
NOW = datetime(2026, 5, 3, 19, 0, tzinfo=UTC)


class Ticks:
    """A 10 ms timer on the GUI thread; each tick reads the vault (when one is open)."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window
        self.ticks = self.reads = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1
        if self.window.vault is not None:
            PersonaStore(self.window.vault).list_summaries()
            self.reads += 1

    def during(self, start: Callable[[], object]) -> tuple[int, int]:
        """(ticks, reads) from the moment `start` returned until its background work ended."""
        tasks = self.window.services.tasks
        ticks, reads = self.ticks, self.reads
        start()
        assert tasks.busy, "the work was not handed to the background"
        self.qtbot.waitUntil(lambda: not tasks.busy, timeout=180_000)
        return self.ticks - ticks, self.reads - reads


def _with_media(window: MainWindow) -> int:
    assert window.vault is not None
    clips = tuple(
        NewMedia(f"voice-{i}.ogg", os.urandom(10 * 1024 * 1024), duration_s=60.0)
        for i in range(MEDIA_MB // 10)
    )
    consent = ConsentRecord("Lily", "daughter", Agreement.YES, recorded_at=NOW)
    details = PersonaDetails(name="Margaret Lin", called="Mum")
    return PersonaStore(window.vault).create_with(
        NewPersona(details, clips=clips, consent=consent), NOW
    )


def test_the_gui_thread_keeps_turning_through_the_long_work(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    make_window: WindowFactory,
) -> None:
    window = make_window(keyring_backend, immediate=False)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.vault is not None and not window.services.tasks.busy)
    mum = _with_media(window)
    ticks = Ticks(qtbot, window)
    backup = tmp_path / "family.kbk"
    monkeypatch.setattr(window.data, "ask_backup_passphrase", lambda create: "our backup words")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    during_backup = ticks.during(window.data.back_up)
    assert backup.stat().st_size > MEDIA_MB * 1_000_000
    assert during_backup[0] >= 3 and during_backup[1] >= 3  # ticking, and reading the vault

    pdf = tmp_path / "journal.pdf"
    ticks.during(lambda: window.journal.run_export(ExportFormat.PDF, ExportSelection(), pdf))
    assert pdf.read_bytes().startswith(b"%PDF")  # Qt's PDF writer ran on a worker thread

    window.open_persona(mum)
    before = window.vault.path.stat().st_size if window.vault else 0
    during_delete = ticks.during(window.persona_page.confirm_delete)
    assert window.vault is not None and PersonaStore(window.vault).list_summaries() == []
    assert window.vault.path.stat().st_size < before / 10  # scrubbed: the freed pages are gone
    assert during_delete[0] >= 3 and during_delete[1] >= 3

    during_restore = ticks.during(window.data.restore)  # the vault is closed while it runs
    qtbot.waitUntil(lambda: window.vault is not None and not window.services.tasks.busy)
    assert [p.name for p in PersonaStore(window.vault).list_summaries()] == ["Margaret Lin"]
    assert during_restore[0] >= 3

    monkeypatch.setattr(AudioCheckDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.open_call(mum)  # prepared in the background; the models load on the engine's thread
    qtbot.waitUntil(lambda: window.call is not None, timeout=60_000)
    call = window.call
    assert call is not None and not call.setup.engine.wait_ready(0)  # still loading
    during_end = ticks.during(call.end_call)  # the engine's threads are joined off this thread
    assert during_end[0] >= 3
    assert call.setup.engine.alive_threads == []
    ticks.timer.stop()
    window.close()
