"""Speech to text with faster-whisper, from a local CTranslate2 folder (never a hub name)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop.core.errors import ModelCorruptError, ModelMissingError
from desktop.core.privacy import guard_before_native_import
from desktop.voice.audio import Samples
from desktop.voice.shorter_pauses import shorten_pauses
from desktop.voice.whisper_window import transcribe_in_window

_FILLERS = re.compile(r"^(?:\W*(?:mm+|hmm+|uh+|um+|ah+|er+|mhm)\W*)+$", re.IGNORECASE)
_NO_SPEECH = 0.6


def is_filler(text: str) -> bool:
    """True for an empty transcript or only "mm", "uh" and the like."""
    return not text.strip() or bool(_FILLERS.match(text.strip()))


class WhisperTranscriber:
    """Loads once (`load`), then transcribes 16 kHz audio. Use from one thread at a time."""

    def __init__(
        self,
        model_dir: Path,
        language: str = "en",
        hotwords: tuple[str, ...] = (),
        threads: int = 2,
        english_only: bool = False,
    ) -> None:
        self.model_dir = model_dir
        self.english_only = english_only
        self.language = language
        self.hotwords = hotwords
        self.threads = threads
        self._model: Any = None

    def load(self) -> None:
        if self._model is not None:
            return
        weights = self.model_dir / "model.bin"
        if not weights.is_file():
            raise ModelMissingError("speech recognition model", weights)
        guard_before_native_import()  # faster-whisper's VAD loads onnxruntime
        from faster_whisper import WhisperModel

        try:
            self._model = WhisperModel(
                str(self.model_dir), device="cpu", compute_type="int8", cpu_threads=self.threads
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelCorruptError(weights, f"Whisper could not load it ({exc})") from exc

    def segments(self, audio: Samples) -> list[tuple[float, float, str]]:
        """Timed pieces of speech (start s, end s, text) for a longer recording."""
        if self._model is None:
            self.load()
        if len(audio) < 1600:
            return []
        language = "en" if self.english_only else self.language
        found, _info = self._model.transcribe(
            audio, language=language, beam_size=1, vad_filter=True, condition_on_previous_text=False
        )
        out = []
        for s in found:
            text = s.text.strip()
            if s.no_speech_prob < _NO_SPEECH and not is_filler(text):
                out.append((float(s.start), float(s.end), text))
        return out

    def transcribe(self, audio: Samples) -> str:
        """The words in `audio`; "" when there is no speech. A turn shorter than about 22 s is
        read in a window fitted to it (whisper_window.py: 0.15-0.3 s for a sentence on 2
        cores instead of 0.55-0.9 s), its long silences shortened (shorter_pauses.py); a
        longer one, or one that window reads badly, the usual way."""
        if self._model is None:
            self.load()
        if len(audio) < 1600:
            return ""
        language = "en" if self.english_only else self.language
        hotwords = ", ".join(self.hotwords) or None
        fitted = transcribe_in_window(self._model, shorten_pauses(audio), language, hotwords)
        if fitted is not None:
            text = fitted.text if fitted.no_speech_prob < _NO_SPEECH else ""
        else:
            text = self._transcribe_full(audio, language, hotwords)
        return "" if is_filler(text) else text

    def _transcribe_full(self, audio: Samples, language: str, hotwords: str | None) -> str:
        """faster-whisper's own way: its 30 s window, its VAD and temperature fallback."""
        segments, _info = self._model.transcribe(
            audio,
            language=language,
            beam_size=1,
            vad_filter=True,
            condition_on_previous_text=False,
            without_timestamps=True,
            hotwords=hotwords,
        )
        words = [s.text.strip() for s in segments if s.no_speech_prob < _NO_SPEECH]
        return " ".join(w for w in words if w)
