"""`keepsake bench` figures of issue 16: the end of turn, the echo and the voice.

- `reply_latency_s` and `premature_cut_rate`: the whole pipeline in real time (file-backed
  devices) hears sentences with a pause of 0.5-1 s in the middle (voice/paused_speech.py),
  with the end-of-turn rules Settings choose. A sentence heard as more than one turn was cut.
- `echo_return_loss_db`, `false_barge_ins`, `barge_in_detected_share`, `barge_in_stop_s`: the
  listener's ear on a simulated room (delay, reverberation, a compressing speaker) on a
  simulated clock (voice/echo_trial.py), so every trial happens on a busy machine too. The
  portrait says 20 sentences at a normal level; then a second voice (a woman's) talks over
  the reply at spread-out moments.
- `voice_similarity`: the speaker encoder's cosine between held-back sentences of a target
  woman's voice and the voice fitted to four clips of her, and the unadapted voice. No
  recordings of a woman install offline, so she is the installed voice reshaped by a known
  shape. Also how fast the vocoder runs and whether Whisper understands the shaped voice.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from desktop.bench.conversation import builtin_portrait
from desktop.core.events import (
    EngineEvent,
    EngineState,
    FinalTranscript,
    InputSource,
    ReplyText,
    SpeakingStarted,
    StateChanged,
    TurnFinished,
)
from desktop.core.safety import SafetyGuard
from desktop.core.settings import Settings
from desktop.core.voice import VoiceBase, VoiceShape, base_of_voice, default_shape
from desktop.services.engine_setup import Adapters, engine_config, turn_judges
from desktop.services.guarded_setup import guarded_conversation, is_small_model, model_languages
from desktop.voice.audio import CAPTURE_RATE, PlaybackBuffer, Samples, resample
from desktop.voice.barge_in import BargeIn
from desktop.voice.engine import ConversationEngine
from desktop.voice.file_devices import FileInput, FileOutput
from desktop.voice.paused_speech import paused_turns
from desktop.voice.room import RoomAcoustics
from desktop.voice.tts import PiperSpeaker

PORTRAIT_LINES = (
    "Oh, love, the summers by the sea were the best of times.",
    "Your father always burnt the sausages, every single year.",
    "I kept your drawings in the blue tin under the stairs.",
    "Don't forget to water the tomatoes when it gets hot.",
    "You were such a stubborn little thing, and I loved that.",
    "We used to sing in the car on the way to your grandmother's.",
    "I'm proud of you, I always have been.",
    "The kettle's on, come and sit with me for a while.",
    "Remember the night the power went out and we played cards by candlelight?",
    "You have your grandfather's hands, you know.",
    "It's all right to miss me, but don't stop living.",
)
INTERRUPTION = "Wait, Mum, stop, I want to tell you something."
FIT = (
    "I went to the market this morning and bought apples and pears for you.",
    "Remember to wear your warm coat when you go out tonight.",
    "Your father always said the garden was his church.",
    "Don't stay up too late, you need your sleep.",
)
HELD_BACK = (
    "Have you eaten yet? Come home early, the soup is ready for you.",
    "I was so proud of you on your wedding day.",
    "The kettle's on, sit down and tell me everything.",
)
HER = VoiceShape(pitch_semitones=7.0, pitch_range=1.25, formant_scale=1.18, length_scale=0.9)


def _p(values: list[float], q: float) -> float | None:
    return round(float(np.percentile(values, q)), 3) if values else None


# Where the time after the last word goes, each stage's first event after it.
_STAGES: dict[str, Callable[[EngineEvent], bool]] = {
    "turn_ended": lambda e: isinstance(e, StateChanged) and e.state is EngineState.THINKING,
    "transcript": lambda e: isinstance(e, FinalTranscript),
    "first_words": lambda e: isinstance(e, ReplyText),
    "first_audio_queued": lambda e: isinstance(e, SpeakingStarted),
}


class _Turns:
    """Counts the spoken turns the engine heard, and when each stage began (engine threads)."""

    def __init__(self) -> None:
        self.spoken = 0
        self.kinds: Counter[str] = Counter()  # what answered: generated, saying, listening...
        self.times: dict[str, list[float]] = {stage: [] for stage in _STAGES}
        self.sentences: list[tuple[float, int]] = []  # when each was queued, how many words

    def __call__(self, event: EngineEvent) -> None:
        now = time.monotonic()
        if isinstance(event, TurnFinished) and event.source is InputSource.SPOKEN:
            self.spoken += 1
            self.kinds[event.kind or "none"] += 1
        for stage, matches in _STAGES.items():
            if matches(event):
                self.times[stage].append(now)
        if isinstance(event, SpeakingStarted):
            self.sentences.append((now, len(event.text.split())))

    def stages_after(self, speech_end: float) -> dict[str, float]:
        out = {}
        for stage, times in self.times.items():
            after = [t for t in times if t >= speech_end]
            if after:
                out[stage] = after[0] - speech_end
        words = [n for t, n in self.sentences if t >= speech_end]
        if words:
            out["first_sentence_words"] = words[0]
        return out


def bench_end_of_turn(
    adapters: Adapters, settings: Settings, models_dir: Path, quick: bool
) -> dict[str, Any]:
    """Reply latency and premature cuts on speech with pauses in the middle of sentences."""
    tts = adapters.tts
    person = steady_voice(tts)  # the same sentences on every run

    def say(text: str) -> tuple[Samples, int, Any]:
        chunk = person.synthesize(text)
        return chunk.audio, chunk.sample_rate, chunk.phonemes

    turns = paused_turns(say)[: 20 if quick else None]
    watcher = _Turns()
    output = FileOutput(tts.sample_rate, realtime=True)
    mic = FileInput(realtime=True)
    judges = turn_judges(settings, models_dir, llm=adapters.llm)
    config = engine_config(settings)
    voice, sayings = builtin_portrait("en")  # the call's own reply path, on the eval's mother
    setup = guarded_conversation(
        voice,
        sayings,
        adapters.llm,
        model_languages(settings, models_dir),
        small_model=is_small_model(settings, models_dir),
    )
    engine = ConversationEngine(
        adapters.stt,
        adapters.llm if setup.guarded is not None else None,
        tts,
        setup.conversation,
        watcher,
        output=output,
        audio_input=mic,
        config=replace(config, max_reply_sentences=1),
        planner=setup.planner,
        safety=SafetyGuard(display_name=voice.display_name, names=voice.names),
        guarded=setup.guarded,
        end_of_turn=judges.voice,
        words_end=judges.words,
    )
    latencies: list[float] = []
    stages: dict[str, list[float]] = {stage: [] for stage in (*_STAGES, "first_audio_heard")}
    each: list[dict[str, float]] = []
    cut = 0
    engine.start()
    try:
        engine.wait_ready(180)
        for turn in turns:
            before = watcher.spoken
            start = mic.play(turn.audio)
            speech_end = mic.sample_time(start + round(turn.speech_end_s * CAPTURE_RATE))
            deadline = time.monotonic() + len(turn.audio) / CAPTURE_RATE + 30
            while time.monotonic() < deadline:  # the sentence, the cap, then the reply
                time.sleep(0.2)
                past = speech_end is not None and time.monotonic() > speech_end + 2.5
                if past and engine.wait_idle(0.2):
                    break
            engine.wait_idle(60)
            if watcher.spoken - before != 1:
                cut += 1
            heard = output.first_sound_after(speech_end) if speech_end is not None else None
            if heard is not None and speech_end is not None:
                latencies.append(heard - speech_end)
                turn_stages = watcher.stages_after(speech_end)
                turn_stages["first_audio_heard"] = heard - speech_end
                each.append(turn_stages)
                for stage, times in stages.items():
                    if stage in turn_stages:
                        times.append(turn_stages[stage])
            time.sleep(0.3)
    finally:
        engine.stop()
    return {
        "reply_latency_s": {
            "p50": _p(latencies, 50),
            "p90": _p(latencies, 90),
            "turns": len(latencies),
            "turns_unanswered": len(turns) - len(latencies),  # a failure, never left out
            "end_of_turn": settings.end_of_turn.value,
            "end_of_turn_model": judges.voice is not None,
            "words_model": judges.words is not None,
            "speech": "sentences with a 0.5-1 s pause inside",
            "reply_path": "the call's: the reply guard, their sayings, the listening bank",
            "reply_kinds": dict(sorted(watcher.kinds.items())),
            # p50 seconds from the last word to each stage of the reply
            "stages_p50": {stage: _p(times, 50) for stage, times in stages.items()},
            "slowest_turns": [
                {k: round(v, 3) for k, v in t.items()}
                for t in sorted(each, key=lambda t: -t["first_audio_heard"])[:3]
            ],
        },
        "premature_cut_rate": round(cut / len(turns), 3) if turns else None,
        "premature_cuts": cut,
        "end_of_turn_turns": len(turns),
    }


def _speech(tts: PiperSpeaker, text: str, level: float = 0.9) -> Samples:
    chunk = tts.synthesize(text)
    audio = resample(chunk.audio, chunk.sample_rate, CAPTURE_RATE)
    peak = float(np.max(np.abs(audio))) or 1.0
    return (audio / peak * level).astype(np.float32)


def _reply(tts: PiperSpeaker, sentences: int) -> Samples:
    parts = []
    for i in range(sentences):
        pause = np.zeros(round((0.3 + 0.1 * (i % 4)) * CAPTURE_RATE), dtype=np.float32)
        parts += [_speech(tts, PORTRAIT_LINES[i % len(PORTRAIT_LINES)]), pause]
    return np.concatenate(parts)


def _ear(buffer: PlaybackBuffer) -> BargeIn:
    from desktop.voice.vad import SileroStream

    ear = BargeIn(buffer, SileroStream(), SileroStream())
    ear.load()
    return ear


def steady_voice(tts: PiperSpeaker) -> PiperSpeaker:
    """The installed voice without Piper's random variation: the same audio on every run."""
    return tts.steady()


def bench_echo(tts: PiperSpeaker, quick: bool) -> dict[str, Any]:
    """The ear on a simulated room: the portrait alone, then a person talking over it."""
    from desktop.voice.echo_trial import barge_in_trial, echo_return_loss_db, listen

    tts = steady_voice(tts)
    room = RoomAcoustics()
    alone = listen(_reply(tts, 20), room, _ear)
    cancelling = _ear(PlaybackBuffer(CAPTURE_RATE)).cancelling
    kept = tts.shape
    tts.set_shape(default_shape(VoiceBase.WOMAN, VoiceBase.MAN, 120.0))
    try:
        person = _speech(tts, INTERRUPTION, 0.6)
    finally:
        tts.set_shape(kept)
    played = _reply(tts, 4)
    span = len(played) / CAPTURE_RATE - len(person) / CAPTURE_RATE / 2
    trials = [
        barge_in_trial(played, room, _ear, person, at)
        for at in np.linspace(0.5, max(span, 1.0), 10 if quick else 20)
    ]
    stops = [t.stop_s for t in trials if t.stop_s is not None]
    return {
        "echo_return_loss_db": round(echo_return_loss_db(alone), 1),
        "false_barge_ins": len(alone.barge_ins),
        "false_barge_in_sentences": 20,
        "barge_in_detected_share": round(sum(t.detected for t in trials) / len(trials), 3),
        "barge_in_stop_s": round(float(max(stops)), 3) if stops else None,
        "barge_in_stop_p50_s": _p(stops, 50),
        "barge_in_stop_p90_s": _p(stops, 90),
        "barge_in_trials": len(trials),
        "barge_in_missed": len(trials) - len(stops),
        "echo_cancellation": "WebRTC AEC3 (livekit)" if cancelling else "built-in echo guard",
        "room": {
            "delay_s": room.delay_s,
            "rt60_s": room.rt60_s,
            "reverb_share": room.reverb_share,
            "drive": room.drive,
        },
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def bench_voice(adapters: Adapters) -> dict[str, Any]:
    """Likeness of the fitted voice, the vocoder's speed and whether the voice is understood."""
    from desktop.voice.speaker_embedding import SpeakerEncoder
    from desktop.voice.voice_fit import fit_shape, pitch_profile, voice_pitch_hz
    from desktop.voice.world_voice import reshape

    piper = steady_voice(adapters.tts)

    def synthesize(text: str, length_scale: float) -> tuple[Samples, int]:
        piper.length_scale = length_scale
        chunk = piper.synthesize(text)
        return chunk.audio, chunk.sample_rate

    def say(texts: tuple[str, ...], shape: VoiceShape) -> Samples:
        out = []
        for text in texts:
            audio, rate = synthesize(text, shape.length_scale)
            out.append(resample(reshape(audio, rate, shape), rate, CAPTURE_RATE))
        return np.concatenate(out)

    encoder = SpeakerEncoder()
    clips = [(say((text,), HER), CAPTURE_RATE, text) for text in FIT]
    fitted = fit_shape(synthesize, clips, encoder)
    her = say(HELD_BACK, HER)
    adapted = encoder.similarity(say(HELD_BACK, fitted), her)
    unadapted = encoder.similarity(say(HELD_BACK, VoiceShape()), her)
    pitch = voice_pitch_hz(synthesize)
    woman = default_shape(VoiceBase.WOMAN, base_of_voice(pitch), pitch)
    audio, rate = synthesize(" ".join(HELD_BACK), 1.0)
    started = time.perf_counter()
    shaped = reshape(audio, rate, woman)
    vocoder_s = time.perf_counter() - started
    at_16k = resample(shaped, rate, CAPTURE_RATE)
    heard = adapters.stt.transcribe(at_16k)
    said = _words(" ".join(HELD_BACK))
    got = set(_words(heard))
    return {
        "voice_similarity": {
            "adapted": round(adapted, 3),
            "unadapted": round(unadapted, 3),
            "gain": round(adapted - unadapted, 3),
            "target": "a woman's voice (the installed voice reshaped by a known shape)",
            "fitted_shape": {
                "pitch_semitones": fitted.pitch_semitones,
                "pitch_range": fitted.pitch_range,
                "formant_scale": fitted.formant_scale,
                "length_scale": fitted.length_scale,
            },
        },
        "voice_base_pitch_hz": round(pitch, 1),
        "womans_default_pitch_hz": round(pitch_profile([(shaped, rate)]).median_hz, 1),
        "vocoder_real_time_factor": round(vocoder_s / (len(audio) / rate), 3),
        "womans_default_words_understood": round(sum(w in got for w in said) / len(said), 3),
        "womans_default_heard": heard,
    }
