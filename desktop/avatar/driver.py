"""Drives the portrait from the conversation: mood from engine state, mouth from the playback.

The mouth follows the *playback clock* (samples actually played), never wall time, so it
cannot drift from the voice. `update()` is called with events (any thread); `state_at()` is
called by the render loop (one thread).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from desktop.avatar.head_motion import (
    nod_degrees,
    sentence_turn,
    stress_times,
    turn_degrees,
)
from desktop.avatar.life import AvatarState, Life, Mood
from desktop.avatar.visemes import (
    Floats,
    MouthPace,
    MouthShape,
    curve_from_audio,
    curve_from_phonemes,
    sample_curve,
)
from desktop.core.events import (
    EngineEvent,
    EngineState,
    Interrupted,
    SpeakingStarted,
    SpeechStarted,
    StateChanged,
)

_MOOD = {
    EngineState.STARTING: Mood.THINKING,
    EngineState.LISTENING: Mood.IDLE,
    EngineState.THINKING: Mood.THINKING,
    EngineState.SPEAKING: Mood.SPEAKING,
    EngineState.STOPPED: Mood.IDLE,
}


@dataclass(frozen=True, slots=True)
class _Segment:
    start: int  # stream position (samples) of the chunk's first sample
    samples: int
    rate: int
    curve: Floats
    stresses: tuple[float, ...] = ()  # nods on the stressed words
    turn_from: float = 0.0  # the slight turn of the previous sentence, and of this one
    turn_to: float = 0.0


class AvatarDriver:
    def __init__(self, life: Life | None = None) -> None:
        self.life = life or Life()
        self._segments: list[_Segment] = []
        self._lock = threading.Lock()
        self._pending_mood: Mood | None = None
        self._turn = 0.0
        self._pace: MouthPace | None = None

    def update(self, event: EngineEvent) -> None:
        """Take in an engine event (engine threads)."""
        with self._lock:
            if isinstance(event, SpeakingStarted):
                if event.recording is not None:
                    audio = np.frombuffer(event.recording.samples, dtype=np.float32)
                    curve = curve_from_audio(audio, event.recording.sample_rate)
                else:
                    curve = curve_from_phonemes(
                        event.phonemes, event.num_samples / event.sample_rate, self._pace
                    )
                turn = sentence_turn(event.start_sample, self._turn)
                self._segments.append(
                    _Segment(
                        event.start_sample,
                        event.num_samples,
                        event.sample_rate,
                        curve,
                        stress_times(event.phonemes),
                        self._turn,
                        turn,
                    )
                )
                self._turn = turn
                self._segments = self._segments[-16:]
            elif isinstance(event, Interrupted):
                self._segments.clear()  # a barge-in closes the mouth at once
            elif isinstance(event, SpeechStarted):
                self._pending_mood = Mood.LISTENING
            elif isinstance(event, StateChanged):
                self._pending_mood = _MOOD[event.state]

    def set_pace(self, pace: MouthPace) -> None:
        """The portrait's own pace for its jaw and lips (`Renderer.mouth_pace`), for the speech
        from now on (render thread, once its renderer is built)."""
        with self._lock:
            self._pace = pace

    def add_recording(self, start: int, audio: Floats, rate: int) -> None:
        """A real recorded clip queued at `start`: its mouth comes from the audio itself."""
        with self._lock:
            self._segments.append(_Segment(start, len(audio), rate, curve_from_audio(audio, rate)))

    def clear(self) -> None:
        with self._lock:
            self._segments.clear()

    def mouth_at(self, position: float) -> MouthShape:
        """The mouth for playback position `position` (samples of the stream)."""
        with self._lock:
            for seg in reversed(self._segments):
                if seg.start <= position < seg.start + seg.samples:
                    return sample_curve(seg.curve, (position - seg.start) / seg.rate)
        return MouthShape()

    def head_at(self, position: float) -> tuple[float, float]:
        """(nod, turn) in degrees that the speech at `position` asks of the head."""
        with self._lock:
            for seg in reversed(self._segments):
                if seg.start <= position < seg.start + seg.samples:
                    t = (position - seg.start) / seg.rate
                    return nod_degrees(seg.stresses, t), turn_degrees(seg.turn_from, seg.turn_to, t)
            return 0.0, self._turn

    def state_at(self, t: float, position: float) -> AvatarState:
        """The frame state at time `t` (seconds, for life) and playback `position`."""
        with self._lock:
            mood, self._pending_mood = self._pending_mood, None
        if mood is not None:
            self.life.set_mood(mood, t)
        nod, turn = self.head_at(position)
        return self.life.state(t, self.mouth_at(position), nod, turn)


def mouth_opening_series(states: list[AvatarState]) -> Floats:
    return np.array([s.mouth.open for s in states], dtype=np.float32)
