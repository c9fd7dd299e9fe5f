"""`keepsake persona create|list` and the consent gate of `keepsake talk --persona`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image as PILImage
from skimage import data

from tests.support.commands import Keepsake
from tests.support.paths import DATA


@pytest.mark.slow
def test_persona_commands_and_the_consent_gate(keepsake_cli: Keepsake, tmp_path: Path) -> None:
    photo = _photo(tmp_path)
    done = keepsake_cli(
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
    assert done.code == 0, done.out + done.err
    created = json.loads(done.out)
    assert set(created) >= {"id", "sayings", "memories", "clips", "skipped"}
    assert created["sayings"] == 4 and created["clips"] == 0
    refused = keepsake_cli("talk", "--persona", "Mum", "--text", "Hello")
    assert refused.code == 2
    for flag in ("--creator", "--relationship", "--agreed"):
        assert flag in refused.out
    done = keepsake_cli(
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
    assert done.code == 0, done.out + done.err
    talk = keepsake_cli(
        "talk", "--persona", "Nana", "--text", "I haven't eaten yet today.", "--json"
    )
    assert talk.code == 0, talk.out + talk.err
    reply = json.loads(talk.out)
    assert reply["reply"] == "Have you eaten yet?" and reply["source"] == "said-in-life"
    listed = json.loads(keepsake_cli("persona", "list", "--json").out)
    assert [p["name"] for p in listed] == ["Margaret Lin", "Nana"]
    assert [p["consent"] for p in listed] == [False, True]


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "mum.jpg"
    PILImage.fromarray(data.astronaut()).save(path, format="JPEG", quality=90)
    return path
