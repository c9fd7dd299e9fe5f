"""Building the conversation engine's adapters from the models chosen in Settings."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

from desktop.core.errors import KeepsakeError, ModelCorruptError, ModelMissingError
from desktop.core.settings import Settings, TurnEnding
from desktop.models.catalogue import CatalogueEntry, ModelFormat
from desktop.models.installed import resolve
from desktop.models.verify import VerifyStatus, locate, quick_check
from desktop.voice.config import EngineConfig
from desktop.voice.end_of_turn import EndOfTurnConfig
from desktop.voice.llm import LlamaReplier
from desktop.voice.stt import WhisperTranscriber
from desktop.voice.tts import PiperSpeaker
from desktop.voice.turn_taking import Judge, WordsAfter
from desktop.voice.vad import TurnConfig
from desktop.voice.words_end import WordsEndModel


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


P = ParamSpec("P")
R = TypeVar("R")
WORDS_MODEL = "smollm2-135m-instruct"  # reads whether the words so far end a sentence


@dataclass(frozen=True, slots=True)
class TurnJudgeModels:
    """The end-of-turn models for a call; None where the fixed pause stands in."""

    voice: Judge | None = None
    words: WordsAfter | None = None


def engine_config(settings: Settings, push_to_talk: bool | None = None) -> EngineConfig:
    """The engine's listening rules from Settings ("Pause before replying", push-to-talk)."""
    return EngineConfig(
        turn=TurnConfig(end_silence_ms=settings.end_of_turn_silence_ms),
        ending=EndOfTurnConfig(semantic=settings.end_of_turn is TurnEnding.FINISHED),
        push_to_talk=settings.push_to_talk if push_to_talk is None else push_to_talk,
    )


def turn_judges(
    settings: Settings,
    models_dir: Path,
    language: str = "en",
    llm: LlamaReplier | None = None,
) -> TurnJudgeModels:
    """Smart Turn when "Pause before replying" is "when I have finished" and its package is
    installed, and for English the small language model's reading of the words: on the
    weights of `llm` (the reply's model) when that is the same file, so it is loaded once.
    Nothing loads here (the engine warms them up on its responder thread, after the reply's
    model); a missing part is left out."""
    if settings.end_of_turn is not TurnEnding.FINISHED:
        return TurnJudgeModels()
    from desktop.voice.bundled import SMART_TURN
    from desktop.voice.smart_turn import SmartTurnModel

    try:
        model = SmartTurnModel(SMART_TURN.find())
    except KeepsakeError:
        return TurnJudgeModels()  # `keepsake doctor` says so; the fixed pause applies
    words: WordsAfter | None = None
    if language.startswith("en"):
        try:
            entry, folder = _folder(WORDS_MODEL, models_dir)
            path = folder / entry.main_file.relpath
            same = llm is not None and _same_file(llm.model_path, path)
            share = (lambda: llm.llama) if same and llm is not None else None
            words = _locked(WordsEndModel(path, share=share).probability)
        except KeepsakeError:
            words = None
    return TurnJudgeModels(_locked(model.probability), words)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


def _locked(judge: Callable[P, R]) -> Callable[P, R]:
    """One call at a time (two turn workers may ask about two pauses at once)."""
    lock = threading.Lock()

    def judged(*args: P.args, **kwargs: P.kwargs) -> R:
        with lock:
            return judge(*args, **kwargs)

    return judged
