"""Whisper on a window fitted to a short turn, instead of its 30 s window.

faster-whisper pads every call to Whisper's 30 s window (3000 frames of log-mel), so a
turn of two seconds costs as much as one of thirty: on 2 cores, Whisper tiny.en int8 took
0.40-0.57 s to encode the 3000 frames and 0.07-0.08 s to encode 1000, and decoding a
sentence 0.08-0.2 s. That encode sat on the reply's critical path at every pause. Whisper's
encoder takes a shorter input (its positions are simply fewer, as whisper.cpp's `audio_ctx`
does), and the transcripts of short sentences stay the same while the window keeps some
seconds of padding after the speech; with only a few tenths of a second it starts to repeat
itself. So a turn that fits is read in a window of at least `MIN_FRAMES`, with at least
`MARGIN_FRAMES` of padding, in steps of `STEP_FRAMES`; the same prompt, suppressed tokens and
greedy decoding as faster-whisper's own first attempt. A result faster-whisper would not
accept at temperature 0 (too repetitive by its compression ratio, or too unlikely by its
log probability, unless it is silence) returns None, and the caller reads the turn the usual
way, with faster-whisper's temperature fallback. Runs on the caller's thread (the model is
not shared between threads).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.voice.audio import Samples

FULL_FRAMES = 3000  # Whisper's own window: 30 s of 10 ms frames
MIN_FRAMES = 1000  # never less than 10 s
MARGIN_FRAMES = 300  # at least 3 s of padding after the speech
STEP_FRAMES = 500  # windows come in 5 s steps (fewer shapes, steadier timing)
COMPRESSION_LIMIT = 2.4  # faster-whisper's compression_ratio_threshold
LOG_PROB_LIMIT = -1.0  # faster-whisper's log_prob_threshold
NO_SPEECH_LIMIT = 0.6  # faster-whisper's no_speech_threshold
TOKENS_PER_SECOND = 8  # more than anyone says; a cap on a decoder that runs away


@dataclass(frozen=True, slots=True)
class WindowText:
    """What Whisper read in the fitted window."""

    text: str
    no_speech_prob: float


def window_frames(content_frames: int) -> int | None:
    """The window for `content_frames` of speech; None when only the full window fits it."""
    wanted = max(MIN_FRAMES, content_frames + MARGIN_FRAMES)
    frames = -(-wanted // STEP_FRAMES) * STEP_FRAMES
    return frames if frames < FULL_FRAMES else None


def transcribe_in_window(
    model: Any, audio: Samples, language: str, hotwords: str | None
) -> WindowText | None:
    """`model` is a loaded `faster_whisper.WhisperModel`; None: read it the usual way."""
    from faster_whisper.tokenizer import Tokenizer
    from faster_whisper.transcribe import get_compression_ratio, get_suppressed_tokens

    features = model.feature_extractor(audio.astype(np.float32, copy=False))
    content = features.shape[-1] - 1  # as faster-whisper counts them
    frames = window_frames(content)
    if frames is None:
        return None
    window = np.zeros((features.shape[0], frames), dtype=np.float32)
    window[:, :content] = features[:, :content]
    tokenizer = Tokenizer(
        model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language
    )
    prompt = model.get_prompt(tokenizer, [], without_timestamps=True, hotwords=hotwords)
    seconds = content / 100
    max_length = min(model.max_length, len(prompt) + 10 + int(seconds * TOKENS_PER_SECOND))
    result = model.model.generate(
        model.encode(window),
        [prompt],
        beam_size=1,
        max_length=max_length,
        return_scores=True,
        return_no_speech_prob=True,
        suppress_blank=True,
        suppress_tokens=get_suppressed_tokens(tokenizer, (-1,)),
    )[0]
    tokens = result.sequences_ids[0]
    text = tokenizer.decode(tokens).strip()
    average = result.scores[0] * len(tokens) / (len(tokens) + 1)
    silence = result.no_speech_prob > NO_SPEECH_LIMIT
    if len(prompt) + len(tokens) >= max_length and not silence:
        return None  # it ran to the cap: something is repeating
    if get_compression_ratio(text) > COMPRESSION_LIMIT:
        return None
    if average < LOG_PROB_LIMIT and not silence:
        return None
    return WindowText(text, float(result.no_speech_prob))
