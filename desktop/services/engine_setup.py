"""Building the conversation engine's adapters from the models chosen in Settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import ModelCorruptError, ModelMissingError
from desktop.core.settings import Settings
from desktop.models.catalogue import CatalogueEntry, ModelFormat
from desktop.models.installed import resolve
from desktop.models.verify import VerifyStatus, locate, quick_check
from desktop.voice.llm import LlamaReplier
from desktop.voice.stt import WhisperTranscriber
from desktop.voice.tts import PiperSpeaker


@dataclass(frozen=True, slots=True)
class Adapters:
    stt: WhisperTranscriber
    llm: LlamaReplier | None  # None in sayings-only mode: no language model needed
    tts: PiperSpeaker


def _folder(model_id: str, models_dir: Path) -> tuple[CatalogueEntry, Path]:
    entry = resolve(model_id, models_dir)
    if entry is None:
        raise ModelMissingError(model_id, None)
    result = quick_check(entry, locate(entry, models_dir))
    if result.status is VerifyStatus.MISSING or result.folder is None:
        raise ModelMissingError(entry.name, result.problem_file or result.folder)
    if not result.ok:
        assert result.problem_file is not None
        raise ModelCorruptError(result.problem_file, "the file has the wrong size")
    return entry, result.folder


def build_adapters(
    settings: Settings,
    models_dir: Path,
    language: str = "en",
    hotwords: tuple[str, ...] = (),
    with_llm: bool = True,
) -> Adapters:
    """Locate and size-check the chosen models; the adapters load them later (`load()`)."""
    stt_entry, stt_dir = _folder(settings.stt_model, models_dir)
    tts_entry, tts_dir = _folder(settings.tts_voice, models_dir)
    onnx = tts_entry.main_file
    llm = None
    if with_llm:
        llm_entry, llm_dir = _folder(settings.llm_model, models_dir)
        assert llm_entry.format is ModelFormat.GGUF
        llm = LlamaReplier(llm_dir / llm_entry.main_file.relpath)
    return Adapters(
        stt=WhisperTranscriber(
            stt_dir,
            language=language,
            hotwords=hotwords,
            english_only=stt_entry.languages == ("en",),
        ),
        llm=llm,
        tts=PiperSpeaker(tts_dir / onnx.relpath),
    )
