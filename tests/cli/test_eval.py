"""`keepsake eval safety`: the built-in sets meet their targets; a broken lexicon is said so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def test_keepsake_eval_safety_meets_its_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "safety", "--json", "--no-similarity"]) == 0
    figures = json.loads(capsys.readouterr().out)
    for language in ("en", "zh"):
        f = figures[language]
        assert f["imminent_recall"] == 1.0, figures["misses"]
        assert f["concern_recall"] >= 0.95
        assert f["false_positive_rate"] <= 0.02, figures["false_positives"]
        assert f["imminent"] + f["concern"] >= 150 and f["ordinary"] >= 150
        assert set(f["by_set"]) == {"dev", "heldout", "fresh"}
    assert figures["invitation_blocked_share"] == 1.0
    assert figures["en"]["ordinary"] + figures["zh"]["ordinary"] >= 300


def test_an_eval_of_a_broken_lexicon_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "crisis.json"
    broken.write_text("{}", "utf-8")
    assert main(["eval", "safety", "--lexicon", str(broken), "--no-similarity"]) == 2
    assert "version" in capsys.readouterr().out
