"""`keepsake talk` through the real command: JSON, the reply audio, a silent or empty WAV."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.voice.audio import write_wav
from tests.support.commands import Keepsake
from tests.support.voice import silence


@pytest.mark.parametrize("kind", ["empty", "silent"])
def test_talk_with_an_empty_or_silent_wav_did_not_catch_that(
    kind: str, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    wav = tmp_path / f"{kind}.wav"
    write_wav(wav, silence(0.0 if kind == "empty" else 2.0), 16000)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "talk", "--wav", str(wav), "--json"],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["transcript"] == "" and result["reply"] == "" and result["heard"] is False


@pytest.mark.slow
def test_talk_text_json_and_out(tmp_path: Path, keepsake_cli: Keepsake) -> None:
    out = tmp_path / "reply.wav"
    done = keepsake_cli("talk", "--text", "Good morning, Mum.", "--out", str(out), "--json")
    assert done.code == 0, done.out + done.err
    result = json.loads(done.out)
    assert set(result) >= {"transcript", "reply", "audio_seconds", "latency_s", "source", "heard"}
    assert result["transcript"] == "Good morning, Mum." and result["reply"]
    assert result["heard"] is True and result["safety"] is None
    assert result["audio_seconds"] > 0.5 and out.stat().st_size > 10_000
