"""`keepsake persona create|list` and the consent gate of `keepsake talk --persona`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image as PILImage
from skimage import data

from tests.support.paths import DATA


@pytest.mark.slow
def test_persona_commands_and_the_consent_gate(
    subprocess_env: dict[str, str], tmp_path: Path
) -> None:
    env = dict(subprocess_env, KEEPSAKE_PASSPHRASE="a long test passphrase")
    photo = _photo(tmp_path)
    done = _keepsake(
        env,
        "persona",
        "create",
        "Margaret Lin",
        "--called",
        "Mum",
        "--photo",
        str(photo),
        "--chat",
        str(DATA / "whatsapp_android.txt"),
        "--sender",
        "Mum",
        "--saying",
        "Don't forget your umbrella.",
        "--json",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    created = json.loads(done.stdout)
    assert set(created) >= {"id", "sayings", "memories", "clips", "skipped"}
    assert created["sayings"] == 4 and created["clips"] == 0
    refused = _keepsake(env, "talk", "--persona", "Mum", "--text", "Hello")
    assert refused.returncode == 2
    for flag in ("--creator", "--relationship", "--agreed"):
        assert flag in refused.stdout
    done = _keepsake(
        env,
        "persona",
        "create",
        "Nana",
        "--chat",
        str(DATA / "whatsapp_android.txt"),
        "--sender",
        "Mum",
        "--creator",
        "Lily",
        "--relationship",
        "granddaughter",
        "--agreed",
        "unknown",
        "--json",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    talk = _keepsake(
        env, "talk", "--persona", "Nana", "--text", "I haven't eaten yet today.", "--json"
    )
    assert talk.returncode == 0, talk.stdout + talk.stderr
    reply = json.loads(talk.stdout)
    assert reply["reply"] == "Have you eaten yet?" and reply["source"] == "said-in-life"
    listed = json.loads(_keepsake(env, "persona", "list", "--json").stdout)
    assert [p["name"] for p in listed] == ["Margaret Lin", "Nana"]
    assert [p["consent"] for p in listed] == [False, True]


def _keepsake(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "mum.jpg"
    PILImage.fromarray(data.astronaut()).save(path, format="JPEG", quality=90)
    return path
