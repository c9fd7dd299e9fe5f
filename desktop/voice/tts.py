"""Speech with Piper, one sentence at a time, keeping the phoneme timings for lip-sync."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.errors import ModelCorruptError, ModelMissingError
from desktop.core.events import PhonemeTiming
from desktop.core.privacy import guard_before_native_import
from desktop.core.voice import VoiceShape
from desktop.core.word_bounds import pieces
from desktop.voice.audio import Samples
from desktop.voice.phoneme_spans import heard_spans

log = logging.getLogger(__name__)

PIECE_CHARS = 300  # what Piper is given at once
MAX_SPOKEN_CHARS = 3000  # about three minutes of speech: the most one call to speak says


@dataclass(frozen=True, slots=True)
class SpeechChunk:
    audio: Samples
    sample_rate: int
    phonemes: tuple[PhonemeTiming, ...]

    @property
    def seconds(self) -> float:
        return len(self.audio) / self.sample_rate


class PiperSpeaker:
    """Loads a Piper voice (`.onnx` + `.onnx.json`) and synthesizes text. One thread at a time."""

    def __init__(
        self,
        model_path: Path,
        config_path: Path | None = None,
        length_scale: float | None = None,
        volume: float = 0.9,
        pitch_semitones: float = 0.0,
        noise_scale: float | None = None,
        noise_w_scale: float | None = None,
    ) -> None:
        self.model_path = model_path
        self.config_path = config_path or model_path.with_name(model_path.name + ".json")
        self.length_scale = length_scale
        self.volume = volume
        self.pitch_semitones = pitch_semitones
        self.noise_scale = noise_scale  # 0 with noise_w_scale 0: the same audio every time
        self.noise_w_scale = noise_w_scale
        self.shape = VoiceShape()  # reshaped by the WORLD vocoder (see set_shape)
        self._voice: Any = None
        self._vocoder_failed = False

    def load(self) -> None:
        if self._voice is not None:
            return
        for path in (self.model_path, self.config_path):
            if not path.is_file():
                raise ModelMissingError("voice", path)
        guard_before_native_import()  # Piper loads onnxruntime
        from piper.config import PhonemeType

        from desktop.voice.piper_session import open_voice

        folder = self.model_path.parent
        try:
            voice = open_voice(self.model_path, self.config_path, folder)
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelCorruptError(self.config_path, f"unreadable voice settings ({exc})") from exc
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelCorruptError(self.model_path, f"the voice could not load ({exc})") from exc
        _drop_model_copy(voice.session)
        # A pinyin voice's phonemizer downloads its g2pW model on first use: never at run time.
        if voice.config.phoneme_type == PhonemeType.PINYIN:
            g2pw = folder / "g2pW" / "g2pw.onnx"
            if not g2pw.is_file():
                raise ModelMissingError("the g2pW model this Chinese voice needs", g2pw)
        self._voice = voice

    def steady(self) -> PiperSpeaker:
        """This voice without Piper's random variation (the same audio every time), on the
        same loaded model (not a second copy in memory). Use it on this voice's thread."""
        self.load()
        twin = PiperSpeaker(
            self.model_path,
            self.config_path,
            self.length_scale,
            self.volume,
            noise_scale=0.0,
            noise_w_scale=0.0,
        )
        twin._voice = self._voice
        return twin

    def configured_sample_rate(self) -> int:
        """The voice's sample rate from its settings file, without loading the model."""
        import json

        try:
            return int(json.loads(self.config_path.read_text("utf-8"))["audio"]["sample_rate"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelCorruptError(self.config_path, "unreadable voice settings") from exc

    @property
    def sample_rate(self) -> int:
        if self._voice is None:
            self.load()
        return int(self._voice.config.sample_rate)

    def synthesize(self, text: str) -> SpeechChunk:
        """`text` as one chunk of audio with its phoneme timeline.

        Bounded: Piper is given pieces of at most PIECE_CHARS characters (a sentence without
        an end would otherwise make onnxruntime ask for gigabytes), and only the first
        MAX_SPOKEN_CHARS characters are spoken.
        """
        if self._voice is None:
            self.load()
        from piper import SynthesisConfig

        config = SynthesisConfig(
            length_scale=self.length_scale,
            volume=self.volume,
            noise_scale=self.noise_scale,
            noise_w_scale=self.noise_w_scale,
        )
        audio: list[Samples] = []
        phonemes: list[PhonemeTiming] = []
        rate = self.sample_rate
        pad_ids = self._voice.config.phoneme_id_map.get("_", [])
        offset = 0
        for piece in pieces(text[: MAX_SPOKEN_CHARS * 2], PIECE_CHARS, MAX_SPOKEN_CHARS // 300):
            for chunk in self._voice.synthesize(piece, syn_config=config, include_alignments=True):
                if chunk.phoneme_alignments:
                    phonemes.extend(
                        heard_spans(
                            [(a.phoneme, a.phoneme_ids) for a in chunk.phoneme_alignments],
                            [int(n) for n in chunk.phoneme_id_samples],
                            pad_ids,
                            offset,
                            rate,
                        )
                    )
                audio.append(chunk.audio_float_array.astype(np.float32))
                offset += len(chunk.audio_float_array)
        samples = np.concatenate(audio) if audio else np.zeros(0, dtype=np.float32)
        return SpeechChunk(self._shaped(samples, rate), rate, tuple(phonemes))

    def _shaped(self, samples: Samples, rate: int) -> Samples:
        """The voice shape applied by the vocoder (same length: the timings hold); without
        pyworld, today's pitch shift of the shape's pitch alone."""
        if self.shape.reshapes and not self._vocoder_failed:
            from desktop.voice.world_voice import VocoderUnavailableError, reshape

            try:
                return reshape(samples, rate, self.shape)
            except VocoderUnavailableError:
                log.warning("the WORLD vocoder is unavailable; only the pitch is shifted")
                self._vocoder_failed = True
        semitones = self.shape.pitch_semitones if self.shape.reshapes else self.pitch_semitones
        if semitones:
            from desktop.voice.voice_match import pitch_shift

            return pitch_shift(samples, rate, semitones)
        return samples

    def set_shape(self, shape: VoiceShape) -> None:
        """Speak with `shape`: its rate through Piper, the rest through the WORLD vocoder."""
        self.shape = shape
        self.length_scale = shape.length_scale if abs(shape.length_scale - 1.0) > 1e-3 else None
        self.pitch_semitones = 0.0

    def adjust(self, length_scale: float, pitch_semitones: float) -> None:
        """Use a voice adjusted to resemble a person (see desktop/voice/voice_match.py)."""
        self.shape = VoiceShape()
        self.length_scale = length_scale if abs(length_scale - 1.0) > 1e-3 else None
        self.pitch_semitones = pitch_semitones


def _drop_model_copy(session: Any) -> None:
    """Piper patches the voice for its alignments in memory and gives onnxruntime the model's
    bytes; onnxruntime's Python session keeps those bytes for as long as it lives (about
    60 MB), needed only to rebuild the session for other execution providers, which never
    happens here. Let them go."""
    if isinstance(getattr(session, "_model_bytes", None), bytes):
        session._model_bytes = None
