"""`keepsake bench --quick`, as a smoke run: the command measures, prints one JSON object and
keeps it for the model manager. The measurements themselves take minutes in real time, so
their stages answer at once here; `keepsake bench` itself gives the real figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.models.fit import load_facts
from desktop.services.paths import AppPaths
from tests.support.commands import Keepsake


def test_bench_quick_prints_its_figures_and_keeps_them(
    keepsake_cli: Keepsake, home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[Path, bool]] = []

    def measured(settings: object, models_dir: Path, quick: bool) -> dict[str, Any]:
        asked.append((models_dir, quick))
        return {"stt_rtf": 0.2, "llm_tokens_per_s": 40.0, "tts_rtf": 0.1, "quick": quick}

    monkeypatch.setattr("desktop.cli.bench.run_bench", measured)
    monkeypatch.setattr("desktop.cli.bench.bench_journal", lambda: {"journal_search_ms_p50": 1.0})
    done = keepsake_cli("bench", "--quick")
    assert done.code == 0
    figures = json.loads(done.out)
    assert figures == {
        "stt_rtf": 0.2,
        "llm_tokens_per_s": 40.0,
        "tts_rtf": 0.1,
        "quick": True,
        "journal_search_ms_p50": 1.0,
    }
    assert asked == [(home.models_dir, True)]
    assert json.loads(home.bench_file.read_text()) == figures
    assert load_facts(home.bench_file).llm_tokens_per_s == 40.0


def test_bench_only_voice_prints_the_voice_figures_and_keeps_nothing(
    keepsake_cli: Keepsake, home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def measured(settings: object, models_dir: Path, quick: bool) -> dict[str, Any]:
        return {"premature_cut_rate": 0.0, "false_barge_ins": 0, "quick": quick}

    monkeypatch.setattr("desktop.cli.bench.run_voice_bench", measured)
    done = keepsake_cli("bench", "--only", "voice", "--quick")
    assert done.code == 0
    assert json.loads(done.out) == {"premature_cut_rate": 0.0, "false_barge_ins": 0, "quick": True}
    assert not home.bench_file.exists()


def test_bench_only_pc_says_each_stage_and_keeps_its_figures(
    keepsake_cli: Keepsake, home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What "Measure this PC" runs: the stages on stderr for the window's progress bar, the
    figures on stdout, and kept for the estimates."""
    from desktop.services.pc_measure import STAGES, MeasureStage, progress_line

    def measured(settings: object, models_dir: Path, stage: Any) -> dict[str, Any]:
        for each in STAGES:
            stage(each)
        return {"stt_rtf": 0.3, "llm_tokens_per_s": 12.0, "quick": True}

    monkeypatch.setattr("desktop.bench.pc.run_pc_bench", measured)
    done = keepsake_cli("bench", "--only", "pc", "--progress", "--json")
    assert done.code == 0
    assert [line for line in done.err.splitlines() if line.startswith("keepsake-progress")] == [
        progress_line(s) for s in STAGES
    ]
    assert json.loads(done.out)["llm_tokens_per_s"] == 12.0
    assert load_facts(home.bench_file).llm_tokens_per_s == 12.0
    quiet = keepsake_cli("bench", "--only", "pc")
    assert quiet.code == 0 and "keepsake-progress" not in quiet.err
    assert MeasureStage.REPLIES in STAGES
