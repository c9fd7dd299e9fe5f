"""Measuring this PC from the window: the real runner starts a child process, reads its
progress line by line, stops it on Cancel and reads its figures; a failing child is a typed
error. The child here is a small Python script speaking the bench's protocol."""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.cli.parser import build_parser
from desktop.core.errors import MeasureFailedError, OperationCancelledError
from desktop.core.jobs import CancelToken, Progress
from desktop.services.pc_measure import (
    STAGES,
    MeasureStage,
    PcFigures,
    bench_command,
    last_figures,
    measure_pc,
    progress_line,
)

FIGURES = {
    "models_load_s": 4.2,
    "llm_tokens_per_s": 24.0,
    "stt_rtf": 0.1,
    "reply_latency_fixed_pause_s": {"p50": 0.8, "p90": 1.1, "turns": 3},
    "avatar_fps_512": 41.5,
}


def _child(body: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(body)]


def _stages_then(
    rest: str, stages: tuple[MeasureStage, ...] = STAGES, first: str = ""
) -> list[str]:
    """A child that runs `first`, prints `stages` as the bench does, then runs `rest`."""
    lines = "".join(f"print({progress_line(s)!r}, file=sys.stderr, flush=True)\n" for s in stages)
    return _child("import sys, json, time, os\n" + first + lines + textwrap.dedent(rest))


def test_the_figures_and_each_stage_come_back() -> None:
    seen: list[Progress] = []
    command = _stages_then(
        f"print('a warning from a library', file=sys.stderr)\nprint(json.dumps({FIGURES!r}))\n"
    )
    figures = measure_pc(CancelToken(), seen.append, command)
    assert figures == PcFigures(0.8, 24.0, 0.1, 41.5, 4.2)
    assert [p.message for p in seen] == [s.value for s in STAGES] + [""]
    assert [p.fraction for p in seen] == [0.0, 0.25, 0.5, 0.75, 1.0]


def test_cancel_stops_the_child_at_once(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    command = _stages_then(  # its id written before the stage that makes the test cancel
        "time.sleep(120)\n",
        stages=(MeasureStage.LOADING, MeasureStage.SPEEDS),
        first=f"open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n",
    )
    token = CancelToken()

    def report(p: Progress) -> None:
        if p.message == MeasureStage.SPEEDS.value:
            token.cancel()  # the person presses Cancel while the models are timed

    with pytest.raises(OperationCancelledError):
        measure_pc(token, report, command)
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and reaped, not left running


def test_a_failing_or_silent_bench_is_a_typed_error() -> None:
    with pytest.raises(MeasureFailedError) as failed:
        measure_pc(CancelToken(), lambda _p: None, _child("import sys; sys.exit(3)"))
    assert "exit code 3" in failed.value.reason
    with pytest.raises(MeasureFailedError):
        measure_pc(CancelToken(), lambda _p: None, _child("print('not json')"))


def test_figures_missing_or_odd_are_left_out(tmp_path: Path) -> None:
    bench_file = tmp_path / "bench.json"
    assert last_figures(bench_file) is None
    bench_file.write_text("{broken", "utf-8")
    assert last_figures(bench_file) is None
    bench_file.write_text(json.dumps({"llm_tokens_per_s": "fast", "stt_rtf": 0.2}), "utf-8")
    assert last_figures(bench_file) == PcFigures(None, None, 0.2, None, None)


def test_the_command_is_the_projects_own_bench() -> None:
    command = bench_command()
    assert command[:3] == [sys.executable, "-m", "desktop"]
    args = build_parser().parse_args(command[3:])
    assert (args.command, args.only, args.progress, args.json) == ("bench", "pc", True, True)
