"""`keepsake bench [--quick]`: measure this PC and print one JSON object (also kept for the
model manager's speed estimates)."""

from __future__ import annotations

import argparse
import json

from desktop.bench.journal import bench_journal
from desktop.bench.pipeline import run_avatar_bench, run_bench, run_voice_bench
from desktop.cli.common import load_settings
from desktop.core.files import atomic_write_text
from desktop.services.paths import AppPaths


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = load_settings(paths)
    if args.only == "avatar":  # the portrait's figures only, not kept for the estimates
        print(json.dumps(run_avatar_bench(settings, paths.models_dir, args.quick), indent=2))
        return 0
    if args.only == "voice":  # the end of turn, the echo and the voice, not kept either
        print(json.dumps(run_voice_bench(settings, paths.models_dir, args.quick), indent=2))
        return 0
    figures = run_bench(settings, paths.models_dir, args.quick)
    figures.update(bench_journal())
    text = json.dumps(figures, indent=2)
    print(text)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(paths.bench_file, text)  # the model manager's speed estimates
    return 0
