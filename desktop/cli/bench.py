"""`keepsake bench [--quick] [--only avatar|voice|pc] [--progress] [--json]`: measure this PC
and print one JSON object (the whole bench and `--only pc` are also kept for the model
manager's speed estimates)."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.bench.journal import bench_journal
from desktop.bench.pipeline import run_avatar_bench, run_bench, run_voice_bench
from desktop.cli.common import load_settings
from desktop.core.files import atomic_write_text
from desktop.services.paths import AppPaths
from desktop.services.pc_measure import MeasureStage, progress_line


def _say_stage(stage: MeasureStage) -> None:
    print(progress_line(stage), file=sys.stderr, flush=True)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = load_settings(paths)
    if args.only == "avatar":  # the portrait's figures only, not kept for the estimates
        print(json.dumps(run_avatar_bench(settings, paths.models_dir, args.quick), indent=2))
        return 0
    if args.only == "voice":  # the end of turn, the echo and the voice, not kept either
        print(json.dumps(run_voice_bench(settings, paths.models_dir, args.quick), indent=2))
        return 0
    if args.only == "pc":  # what "Measure this PC" in Settings → Models runs
        from desktop.bench.pc import run_pc_bench

        stage = _say_stage if args.progress else (lambda _stage: None)
        figures = run_pc_bench(settings, paths.models_dir, stage)
    else:
        figures = run_bench(settings, paths.models_dir, args.quick)
        figures.update(bench_journal())
    text = json.dumps(figures, indent=2)
    print(text)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(paths.bench_file, text)  # the model manager's speed estimates
    return 0
