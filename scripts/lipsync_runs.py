"""Run only the bench's lip-sync measurement, several times, and log every utterance.

    flock /tmp/keepsake-heavy.lock .venv/bin/python scripts/lipsync_runs.py --runs 3 --out /tmp/ls

For each sentence it logs the offset the bench reports, its correlation, the runner-up peak,
and what the clocks did meanwhile: how late the output thread took its blocks (a stall), the
longest gap between the 100 Hz mouth samples, and the offset measured on the played
recording's own clock (the driver's mouth read at the positions the output kept, no sampler,
no wall time): if that one is fine and the sampled one is not, a clock is at fault; if both
are off, the sentence's sound is. Raw data goes to OUT/run<k>_utt<i>.npz for a second look.

With --perfect-clock there is no engine, no device and no thread: Piper's audio and the mouth
curve from its own phoneme timings, sampled at exactly 100 Hz on the audio's own clock, go
through the same estimator (`--perfect-clock --sentence 7 --repeat 20`: a third to a half of the
syntheses of "Call your brother, ..." correlate best 130-170 ms late on their own).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.visemes import MouthShape
from desktop.bench.avatar import SPOKEN, lipsync_driver
from desktop.bench.lipsync import Curve, fit_lag, fit_lags, lag_scores
from desktop.bench.speaking import Sample, SpeakingPortrait, visible_opening
from desktop.core.conversation import PersonaVoice, build_system_prompt
from desktop.core.events import EngineEvent, SpeakingStarted
from desktop.core.settings import Settings
from desktop.services.engine_setup import build_adapters
from desktop.services.paths import resolve_paths
from desktop.voice.file_devices import FileOutput, PlayedBlock

BLOCK = 441


class _Played:
    """Audio played on a perfect schedule: block k heard at t0 + k blocks."""

    def __init__(self, audio: Any, rate: int, t0: float) -> None:
        n = (len(audio) // BLOCK + 1) * BLOCK
        self._audio = np.zeros(n, np.float32)
        self._audio[: len(audio)] = audio
        self.sample_rate = rate
        self.blocks = [
            PlayedBlock(t0 + k * BLOCK / rate, k * BLOCK, BLOCK, 1.0) for k in range(n // BLOCK)
        ]

    def recording(self) -> Any:
        return self._audio


def at(driver: AvatarDriver, position: float) -> MouthShape:
    """The driver's mouth at stream position `position` (rest before the speech)."""
    return driver.mouth_at(position) if position >= 0 else MouthShape()


def perfect_clock_run(adapters: Any, spoken: list[str], run: int) -> None:
    curves: list[Curve | str] = []
    driver = lipsync_driver()  # the call's portrait driver, at its portrait's pace
    for i, text in enumerate(spoken):
        chunk = adapters.tts.synthesize(text)
        driver.update(
            SpeakingStarted(text, 0, len(chunk.audio), chunk.sample_rate, tuple(chunk.phonemes))
        )
        rate, t0, pad = chunk.sample_rate, 100.0, 0.3
        silence = np.zeros(int(pad * rate), np.float32)
        played = _Played(np.concatenate([silence, chunk.audio, silence]), rate, t0)
        times = t0 + np.arange(0, chunk.seconds + 2 * pad, 0.01) + run * 0.0013
        samples = [(t, visible_opening(at(driver, (t - t0 - pad) * rate))) for t in times]
        alone = fit_lag(played, samples)
        curves.append(lag_scores(played, samples))
        print(
            json.dumps({"run": run, "utt": i, "perfect_clock": True, **alone.to_json()}), flush=True
        )
    common, fits = fit_lags(curves)
    lags = [None if f.lag_ms is None else round(f.lag_ms, 1) for f in fits]
    print(json.dumps({"run": run, "fit": "perfect_clock", "common_ms": common, "lags": lags}))


def one_run(
    adapters: Any, prompt: str, out: Path, run: int, latency_s: float, spoken: list[str]
) -> list[dict]:
    segments: list[tuple[float, int, int]] = []

    def on_event(event: EngineEvent) -> None:
        if isinstance(event, SpeakingStarted):
            segments.append((time.monotonic(), event.start_sample, event.num_samples))

    output = FileOutput(adapters.tts.sample_rate, realtime=True, latency_s=latency_s)
    reads: list[tuple[float, float]] = []  # (stamp the card used, when the thread really read)
    real_read = output.buffer.read

    def read(frames: int, now: float) -> Any:
        reads.append((now, time.monotonic()))
        return real_read(frames, now)

    output.buffer.read = read  # type: ignore[method-assign]
    rows = []
    sampled: list[Curve | str] = []
    clocked: list[Curve | str] = []
    driver = lipsync_driver()
    with SpeakingPortrait(adapters, prompt, output, driver, on_event=on_event) as portrait:
        for i, text in enumerate(spoken):
            start, mine = portrait.say(text)
            fit = fit_lag(output, mine)
            clock = _on_output_clock(output, portrait.driver, start)
            ideal = fit_lag(output, clock)
            sampled.append(lag_scores(output, mine))
            clocked.append(lag_scores(output, clock))
            late = [real - stamp for stamp, real in reads if stamp >= start]
            gaps = np.diff([s[0] for s in mine]) if len(mine) > 1 else np.zeros(1)
            row = {
                "run": run,
                "utt": i,
                "lag_ms": fit.lag_ms,
                "score": fit.score,
                "other_ms": fit.other_ms,
                "other_score": fit.other_score,
                "reason": fit.reason,
                "clock_lag_ms": ideal.lag_ms,
                "clock_score": ideal.score,
                "read_late_max_ms": round(max(late, default=0) * 1000, 1),
                "sample_gap_max_ms": round(float(gaps.max()) * 1000, 1),
                "load1": os.getloadavg()[0],
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
            np.savez_compressed(
                out / f"run{run}_utt{i}.npz",
                samples=np.array(mine),
                clock=np.array(clock).T,
                blocks=np.array([(b.time, b.position, b.samples) for b in output.blocks]),
                recording=output.recording(),
                reads=np.array(reads),
                segments=np.array(segments),
                start=start,
                rate=output.sample_rate,
            )
    for name, curves in (("sampled", sampled), ("clock", clocked)):
        common, fits = fit_lags(curves)
        lags = [None if f.lag_ms is None else round(f.lag_ms, 1) for f in fits]
        flags = [f.ambiguous for f in fits]
        print(
            json.dumps(
                {"run": run, "fit": name, "common_ms": common, "lags": lags, "ambiguous": flags}
            )
        )
    return rows


def _on_output_clock(output: FileOutput, driver: AvatarDriver, start: float) -> list[Sample]:
    """The mouth at each played block's positions since `start`, on the output's own clock
    (no sampler, no wall time); a block past the end of the speech is silence."""
    samples: list[Sample] = []
    for b, after in itertools.pairwise(list(output.blocks)):
        if b.time < start:
            continue
        filled = after.position - b.position
        for j in range(0, b.samples, max(1, b.samples // 4)):
            shape = driver.mouth_at(b.position + j) if j < filled else driver.mouth_at(-1)
            samples.append((b.time + j / output.sample_rate, visible_opening(shape)))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--out", type=Path, default=Path("/tmp/lipsync_runs"))
    parser.add_argument("--sentence", type=int, help="say only SPOKEN[N], --repeat times a run")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--perfect-clock", action="store_true", help="no engine: see above")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    paths = resolve_paths()
    adapters = build_adapters(Settings(), paths.models_dir)
    adapters.llm.load()
    adapters.tts.load()
    prompt = build_system_prompt(PersonaVoice())
    spoken = list(SPOKEN) if args.sentence is None else [SPOKEN[args.sentence]] * args.repeat
    for run in range(args.runs):
        if args.perfect_clock:
            perfect_clock_run(adapters, spoken, run)
        else:
            one_run(adapters, prompt, args.out, run, args.latency_ms / 1000, spoken)
    adapters.llm.close()


if __name__ == "__main__":
    main()
