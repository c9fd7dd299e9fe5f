"""`keepsake bench`: measures this PC with the chosen models and prints one JSON object.

Every figure comes from the real models. The reply latency and barge-in figures run the whole
pipeline in real time through the file-backed devices: speech made with Piper is played into
the engine's microphone, and the output records when each block was played.
"""

from __future__ import annotations

import resource
import statistics
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.conversation import Conversation, Message, PersonaVoice, Role, build_system_prompt
from desktop.core.events import EngineEvent, SpeakingStarted, TurnFinished
from desktop.core.jobs import CancelToken
from desktop.core.settings import Settings
from desktop.services.engine_setup import Adapters, build_adapters
from desktop.voice.audio import CAPTURE_RATE, resample
from desktop.voice.engine import ConversationEngine, EngineConfig
from desktop.voice.file_devices import FileInput, FileOutput
from desktop.voice.vad import TurnConfig

QUESTIONS = (
    "How was your day today, Mum?",
    "I planted the roses you liked in the garden.",
    "Do you remember our holidays by the sea?",
    "I started cooking your soup recipe again.",
    "Work has been busy, but I am managing.",
    "I wish you could see the children now.",
)
INTERRUPTION = "Wait, Mum, I want to tell you something."


def _speech(adapters: Adapters, text: str) -> np.ndarray:
    chunk = adapters.tts.synthesize(text)
    return (resample(chunk.audio, chunk.sample_rate, CAPTURE_RATE) * 0.5).astype(np.float32)


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_models(adapters: Adapters, system_prompt: str) -> dict[str, float]:
    """Speed of each model on its own."""
    out: dict[str, float] = {}
    utterance = _speech(adapters, QUESTIONS[2] + " " + QUESTIONS[3])
    adapters.stt.transcribe(utterance)  # first call allocates
    stt_s = min(_timed(lambda: adapters.stt.transcribe(utterance)) for _ in range(2))
    out["stt_rtf"] = stt_s / (len(utterance) / CAPTURE_RATE)

    llm = adapters.llm
    assert llm is not None, "the benchmark needs the language model"
    llama = llm.llama
    tokens = llama.tokenize(("Tell me about your garden. " * 40).encode())
    llama.reset()
    prompt_s = _timed(lambda: llama.eval(tokens))
    out["llm_prompt_tokens_per_s"] = len(tokens) / prompt_s
    llm.warm_up(system_prompt)
    firsts, rates = [], []
    for question in QUESTIONS[:3]:
        messages = [Message(Role.SYSTEM, system_prompt), Message(Role.USER, question)]
        start = time.perf_counter()
        first = None
        count = 0
        for _piece in llm.stream(messages, CancelToken()):
            count += 1
            if first is None:
                first = time.perf_counter() - start
        total = time.perf_counter() - start
        if first is not None:
            firsts.append(first)
            if count > 1:
                rates.append((count - 1) / (total - first))
    out["llm_first_token_s_warm"] = statistics.median(firsts)
    out["llm_tokens_per_s"] = statistics.median(rates)

    text = "I am always proud of you. Remember to eat well and rest, my dear."
    first_sentence = text.split(". ", maxsplit=1)[0] + "."
    out["tts_first_audio_s"] = min(
        _timed(lambda: adapters.tts.synthesize(first_sentence)) for _ in range(2)
    )
    start = time.perf_counter()
    chunk = adapters.tts.synthesize(text)
    out["tts_rtf"] = (time.perf_counter() - start) / chunk.seconds
    return out


class _Watcher:
    """Collects engine events (engine threads) for the benchmark."""

    def __init__(self) -> None:
        self.finished: list[TurnFinished] = []
        self.speaking = threading.Event()
        self.turn_done = threading.Event()

    def __call__(self, event: EngineEvent) -> None:
        if isinstance(event, SpeakingStarted):
            self.speaking.set()
        elif isinstance(event, TurnFinished):
            self.finished.append(event)
            self.turn_done.set()


def _playing_with_audio_left(output: FileOutput, seconds: float) -> bool:
    """Wait until the reply has played for a moment; True while enough of it is still queued."""
    rate = output.buffer.sample_rate
    start = output.buffer.played
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if output.buffer.played - start >= 0.3 * rate:
            return output.buffer.pending >= seconds * rate
        time.sleep(0.01)
    return False


def bench_pipeline(
    adapters: Adapters, system_prompt: str, turns: int, silence_ms: int, sentences: int = 3
) -> dict[str, Any]:
    """Reply latency over `turns` spoken turns, and how fast a barge-in silences the reply."""
    watcher = _Watcher()
    output = FileOutput(adapters.tts.sample_rate, realtime=True)
    mic = FileInput(realtime=True)
    config = EngineConfig(
        turn=replace(TurnConfig(), end_silence_ms=silence_ms), max_reply_sentences=sentences
    )
    engine = ConversationEngine(
        adapters.stt,
        adapters.llm,
        adapters.tts,
        Conversation(system_prompt),
        watcher,
        output=output,
        audio_input=mic,
        config=config,
    )
    latencies: list[float] = []
    stops: list[float] = []
    engine.start()
    try:
        engine.wait_ready(120)
        for i in range(turns):
            voice = _speech(adapters, QUESTIONS[i % len(QUESTIONS)])
            watcher.turn_done.clear()
            start = mic.play(voice)
            loud = np.flatnonzero(np.abs(voice) > 0.01)
            speech_end = mic.sample_time(start + int(loud[-1]) + 1)
            watcher.turn_done.wait(60)
            engine.wait_idle(60)
            heard = output.first_sound_after(speech_end or 0.0) if speech_end else None
            if heard is not None and speech_end is not None:
                latencies.append(heard - speech_end)
        voice = (_speech(adapters, INTERRUPTION) * 1.5).astype(np.float32)
        lead = int(np.flatnonzero(np.abs(voice) > 0.005)[0])  # where the voice really starts
        for i in range(6 if turns > 3 else 3):
            watcher.speaking.clear()
            watcher.turn_done.clear()
            engine.submit_text(QUESTIONS[i % len(QUESTIONS)] + " Tell me everything.")
            watcher.speaking.wait(60)
            if not _playing_with_audio_left(output, seconds=0.6):
                engine.wait_idle(60)
                continue  # the reply was too short to talk over
            start = mic.play(voice)
            onset = mic.sample_time(start + lead)
            watcher.turn_done.wait(60)
            engine.wait_idle(60)
            silent = output.silent_since(onset) if onset is not None else None
            if silent is not None and onset is not None:
                stops.append(max(0.0, silent - onset))
    finally:
        engine.stop()
    return {
        # Whole sentences, no pause inside, the fixed pause: today's rule, for comparison.
        "reply_latency_fixed_pause_s": {
            "p50": round(float(np.percentile(latencies, 50)), 3) if latencies else None,
            "p90": round(float(np.percentile(latencies, 90)), 3) if latencies else None,
            "turns": len(latencies),
            "end_of_turn_silence_ms": silence_ms,
        },
        # Real time on this machine's clock (the simulated room's trials are in bench/voice.py).
        "barge_in_live": {
            "stop_s": round(max(stops), 3) if stops else None,
            "trials": len(stops),
        },
    }


def run_avatar_bench(settings: Settings, models_dir: Path, quick: bool) -> dict[str, Any]:
    """Only the portrait's figures: frame rate, lip-sync, the objective checks."""
    from desktop.bench.avatar import bench_avatar

    started = time.perf_counter()
    adapters = build_adapters(settings, models_dir)
    assert adapters.llm is not None
    adapters.llm.load()
    adapters.tts.load()
    result = bench_avatar(adapters, build_system_prompt(PersonaVoice()), quick)
    adapters.llm.close()
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    return result


def run_bench(settings: Settings, models_dir: Path, quick: bool) -> dict[str, Any]:
    started = time.perf_counter()
    adapters = build_adapters(settings, models_dir)
    assert adapters.llm is not None
    start = time.perf_counter()
    adapters.stt.load()
    adapters.llm.load()
    adapters.tts.load()
    load_s = time.perf_counter() - start
    prompt = build_system_prompt(PersonaVoice())
    result: dict[str, Any] = {"models_load_s": round(load_s, 3)}
    result.update({k: round(v, 3) for k, v in bench_models(adapters, prompt).items()})
    result.update(
        bench_pipeline(
            adapters,
            prompt,
            turns=3 if quick else 8,
            silence_ms=settings.end_of_turn_silence_ms,
        )
    )
    result.update(_voice_figures(settings, models_dir, adapters, quick))
    from desktop.bench.avatar import bench_avatar

    result.update(bench_avatar(adapters, prompt, quick))

    adapters.llm.close()
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    result["quick"] = quick
    return result


def _voice_figures(
    settings: Settings, models_dir: Path, adapters: Adapters, quick: bool
) -> dict[str, Any]:
    from desktop.bench.voice import bench_echo, bench_end_of_turn, bench_voice

    result = bench_end_of_turn(adapters, settings, models_dir, quick)
    result.update(bench_echo(adapters.tts, quick))
    result.update(bench_voice(adapters))
    return result


def run_voice_bench(settings: Settings, models_dir: Path, quick: bool) -> dict[str, Any]:
    """Only issue 16's figures: the end of turn, the echo, the voice."""
    started = time.perf_counter()
    adapters = build_adapters(settings, models_dir)
    assert adapters.llm is not None
    adapters.stt.load()
    adapters.llm.load()
    adapters.tts.load()
    result = _voice_figures(settings, models_dir, adapters, quick)
    adapters.llm.close()
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    result["quick"] = quick
    return result
