"""`keepsake doctor`, and `keepsake` without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_keepsake_doctor_json_verifies_the_three_default_models(
    subprocess_env: dict[str, str],
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "doctor", "--json"],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for key in ("models", "audio", "keyring", "data_dir"):
        assert key in report
    models = report["models"]
    assert {m["role"] for m in models} == {"stt", "llm", "tts"}
    for m in models:
        assert m["verified"] is True and m["hashed"] is True
        assert set(m) >= {"role", "name", "path", "verified"}
        assert Path(m["path"]).is_dir()
    assert report["data_dir"] == subprocess_env["KEEPSAKE_HOME"] + "/data"


def test_keepsake_without_a_display_says_so_in_one_line(subprocess_env: dict[str, str]) -> None:
    env = {k: v for k, v in subprocess_env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "display" in lines[0]
    assert not os.path.exists(Path(env["KEEPSAKE_HOME"]) / "data" / "keepsake.db")
