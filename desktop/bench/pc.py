"""`keepsake bench --only pc`: the figures a person needs to know their PC, in a few minutes.

What "Measure this PC" in Settings → Models runs (desktop/services/pc_measure.py): the models
load, each model's speed on its own, three spoken turns in real time for how soon a reply is
heard, and the portrait's frame rate. The same code as `keepsake bench --quick`, fewer parts.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.bench.pipeline import bench_models, bench_pipeline
from desktop.core.conversation import PersonaVoice, build_system_prompt
from desktop.core.settings import Settings
from desktop.services.engine_setup import build_adapters
from desktop.services.pc_measure import MeasureStage

Stage = Callable[[MeasureStage], None]


def run_pc_bench(settings: Settings, models_dir: Path, stage: Stage) -> dict[str, Any]:
    """Measure; `stage` is told as each stage begins."""
    from desktop.bench.avatar import bench_photo, render_speed

    started = time.perf_counter()
    stage(MeasureStage.LOADING)
    adapters = build_adapters(settings, models_dir)
    assert adapters.llm is not None, "the measurement needs the language model"
    adapters.stt.load()
    adapters.llm.load()
    adapters.tts.load()
    result: dict[str, Any] = {"models_load_s": round(time.perf_counter() - started, 3)}
    prompt = build_system_prompt(PersonaVoice())
    stage(MeasureStage.SPEEDS)
    result.update({k: round(v, 3) for k, v in bench_models(adapters, prompt).items()})
    stage(MeasureStage.REPLIES)
    result.update(
        bench_pipeline(adapters, prompt, turns=3, silence_ms=settings.end_of_turn_silence_ms)
    )
    adapters.llm.close()
    stage(MeasureStage.PORTRAIT)
    fps, p95 = render_speed(bench_photo(), 512, 90)
    result["avatar_fps_512"] = round(fps, 1)
    result["avatar_frame_ms_p95"] = round(p95, 2)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["bench_seconds"] = round(time.perf_counter() - started, 1)
    result["quick"] = True
    return result
