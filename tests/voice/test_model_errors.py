"""A corrupt or missing model file gives a clear error naming the file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.errors import ModelCorruptError, ModelMissingError, ModelNoChatTemplateError
from desktop.models.catalogue import ModelRole, default_for
from desktop.models.verify import locate
from desktop.voice.llm import LlamaReplier
from desktop.voice.stt import WhisperTranscriber
from desktop.voice.tts import PiperSpeaker

pytestmark = pytest.mark.slow


def _default_file(role: ModelRole, name: str) -> Path:
    folder = locate(default_for(role))
    assert folder is not None
    return folder / name


def test_llm_missing_corrupt_and_without_chat_template(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError) as missing:
        LlamaReplier(tmp_path / "absent.gguf").load()
    assert "absent.gguf" in str(missing.value)
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"this is not a model" * 100)
    with pytest.raises(ModelCorruptError) as corrupt:
        LlamaReplier(junk).load()
    assert corrupt.value.path == junk
    truncated = tmp_path / "truncated.gguf"
    source = _default_file(ModelRole.LANGUAGE_MODEL, "SmolLM2-135M-Instruct.Q4_1.gguf")
    truncated.write_bytes(source.read_bytes()[:2_000_000])
    with pytest.raises(ModelCorruptError):
        LlamaReplier(truncated).load()
    # The same model with its chat template key renamed (same length, still a valid GGUF).
    data = source.read_bytes()
    assert data.count(b"tokenizer.chat_template") == 1
    no_template = tmp_path / "base.gguf"
    no_template.write_bytes(data.replace(b"tokenizer.chat_template", b"tokenizer.chat_templatX"))
    with pytest.raises(ModelNoChatTemplateError) as base:
        LlamaReplier(no_template).load()
    assert base.value.path == no_template


def test_whisper_and_piper_with_damaged_files(tmp_path: Path) -> None:
    stt_dir = tmp_path / "whisper"
    shutil.copytree(_default_file(ModelRole.SPEECH_TO_TEXT, "."), stt_dir)
    (stt_dir / "model.bin").write_bytes(b"\0" * 1000)
    with pytest.raises(ModelCorruptError) as stt_error:
        WhisperTranscriber(stt_dir).load()
    assert stt_error.value.path == stt_dir / "model.bin"
    with pytest.raises(ModelMissingError):
        WhisperTranscriber(tmp_path / "nowhere").load()
    voice = tmp_path / "voice.onnx"
    voice.write_bytes(b"not onnx")
    shutil.copy(
        _default_file(ModelRole.TEXT_TO_SPEECH, "en_US-joe-medium.onnx.json"),
        tmp_path / "voice.onnx.json",
    )
    with pytest.raises(ModelCorruptError) as tts_error:
        PiperSpeaker(voice).load()
    assert tts_error.value.path == voice


def test_talk_names_the_missing_model(subprocess_env: dict[str, str], tmp_path: Path) -> None:
    models = Path(subprocess_env["KEEPSAKE_HOME"]) / "models" / "smollm2-135m-instruct"
    models.mkdir(parents=True)  # a user copy that lacks its file takes precedence
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "talk", "--text", "hello"],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "SmolLM2-135M-Instruct.Q4_1.gguf" in done.stdout


def test_a_pinyin_voice_never_downloads_its_phonemizer_at_run_time(tmp_path: Path) -> None:
    """Piper fetches g2pW from the internet on a pinyin voice's first sentence; Keepsake
    refuses to load such a voice unless the model is already beside it."""
    import json

    from desktop.models.catalogue import PIPER_JOE_EN_US

    shipped = locate(PIPER_JOE_EN_US, None)
    assert shipped is not None
    onnx = tmp_path / "zh_CN-test-medium.onnx"
    shutil.copyfile(shipped / "en_US-joe-medium.onnx", onnx)
    config = json.loads((shipped / "en_US-joe-medium.onnx.json").read_text())
    config["phoneme_type"] = "pinyin"
    (tmp_path / "zh_CN-test-medium.onnx.json").write_text(json.dumps(config))
    with pytest.raises(ModelMissingError) as missing:
        PiperSpeaker(onnx).load()
    assert "g2pW" in str(missing.value)
    assert not (tmp_path / "g2pW").exists() and not Path("g2pW").exists()
