"""Measuring this PC from the window: the project's own bench (`keepsake bench --only pc
--progress --json`) in a child process, its progress read line by line, cancellable.

A child process keeps the models it loads out of the window's memory, and Cancel stops it at
once, whatever it is doing. The child says which stage it has reached on stderr
(`progress_line`); its figures come as one JSON object on stdout, also saved for the model
manager's estimates (`AppPaths.bench_file`).
"""

from __future__ import annotations

import json
import logging
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from desktop.core.errors import MeasureFailedError, OperationCancelledError
from desktop.core.jobs import CancelToken, Progress, ProgressCallback

log = logging.getLogger(__name__)

PROGRESS_PREFIX = "keepsake-progress "
STOP_WAIT_S = 5.0


class MeasureStage(StrEnum):
    """The stages of `keepsake bench --only pc`, in order."""

    LOADING = "loading"  # the three models load
    SPEEDS = "speeds"  # each model on its own: speech understood, words written, voice made
    REPLIES = "replies"  # spoken turns in real time: how soon a reply is heard
    PORTRAIT = "portrait"  # the portrait's frame rate


STAGES = tuple(MeasureStage)


def progress_line(stage: MeasureStage) -> str:
    """What the bench prints on stderr as it begins `stage`."""
    return PROGRESS_PREFIX + json.dumps({"stage": stage.value})


def _stage_of(line: str) -> MeasureStage | None:
    if not line.startswith(PROGRESS_PREFIX):
        return None
    try:
        return MeasureStage(json.loads(line[len(PROGRESS_PREFIX) :])["stage"])
    except (ValueError, KeyError, TypeError):
        return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@dataclass(frozen=True, slots=True)
class PcFigures:
    """What a person wants to know from a measurement (None: not measured)."""

    reply_start_s: float | None  # from the end of their words to the first sound of the reply
    llm_tokens_per_s: float | None
    stt_rtf: float | None  # seconds to understand one second of speech
    portrait_fps: float | None
    models_load_s: float | None

    @classmethod
    def from_figures(cls, figures: Mapping[str, Any]) -> PcFigures:
        latency = figures.get("reply_latency_fixed_pause_s")
        return cls(
            reply_start_s=_number(latency.get("p50")) if isinstance(latency, Mapping) else None,
            llm_tokens_per_s=_number(figures.get("llm_tokens_per_s")),
            stt_rtf=_number(figures.get("stt_rtf")),
            portrait_fps=_number(figures.get("avatar_fps_512")),
            models_load_s=_number(figures.get("models_load_s")),
        )


def last_figures(bench_file: Path) -> PcFigures | None:
    """The figures of the last measurement on this PC, or None (never measured, unreadable)."""
    try:
        raw = json.loads(bench_file.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return PcFigures.from_figures(raw) if isinstance(raw, dict) else None


def bench_command() -> list[str]:
    """`keepsake bench --only pc --progress --json` with this Python (or this bundled app)."""
    arguments = ["bench", "--only", "pc", "--progress", "--json"]
    if getattr(sys, "frozen", False):  # the bundled app runs its commands itself
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "desktop", *arguments]


def _read_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:  # reader thread
    try:
        for line in stream:
            lines.put(line.rstrip("\n"))
    finally:
        lines.put(None)


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(STOP_WAIT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def measure_pc(
    cancel: CancelToken,
    report: ProgressCallback,
    command: Sequence[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> PcFigures:
    """Run the bench in a child process and return its figures. Worker thread.

    Reports `Progress(index, len(STAGES), stage)` as each stage begins. Raises
    OperationCancelledError when `cancel` is set (the child is stopped first) and
    MeasureFailedError when the child fails or prints no figures."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        process = subprocess.Popen(
            list(command or bench_command()),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=dict(env) if env is not None else None,
        )
        assert process.stderr is not None
        lines: queue.Queue[str | None] = queue.Queue()
        reader = threading.Thread(
            target=_read_lines, args=(process.stderr, lines), name="bench-progress", daemon=True
        )
        reader.start()
        said: list[str] = []
        try:
            while True:
                if cancel.cancelled:
                    _stop(process)
                    raise OperationCancelledError()
                try:
                    line = lines.get(timeout=0.1)
                except queue.Empty:
                    continue
                if line is None:
                    break
                stage = _stage_of(line)
                if stage is not None:
                    report(Progress(STAGES.index(stage), len(STAGES), stage.value))
                else:
                    said = [*said[-4:], line]
            code = process.wait()
        finally:
            if process.poll() is None:
                _stop(process)
            reader.join(STOP_WAIT_S)
            process.stderr.close()
        if code != 0:
            log.warning("the bench stopped with exit code %s", code)
            raise MeasureFailedError(f"exit code {code}: {' | '.join(said)[-400:]}")
        out.seek(0)
        try:
            figures = json.loads(out.read())
        except ValueError as exc:
            raise MeasureFailedError("the bench printed no figures") from exc
    if not isinstance(figures, dict):
        raise MeasureFailedError("the bench printed no figures")
    report(Progress(len(STAGES), len(STAGES), ""))
    return PcFigures.from_figures(figures)
