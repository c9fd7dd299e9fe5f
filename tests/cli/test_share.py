"""`keepsake persona share NAME OUT` and `keepsake persona add-shared IN`: a portrait moves to
a second vault through the share file; a wrong passphrase, a truncated or a bit-flipped file
adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services.paths import AppPaths
from tests.support.commands import Keepsake

SHARE_PASSPHRASE = "a long walk by the sea"


@pytest.fixture
def shared(
    keepsake_cli: Keepsake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, dict[str, object]]:
    """A portrait made in the first home and shared; the test then runs in a second home."""
    made = keepsake_cli(
        "persona", "create", "Margaret Lin", "--called", "Mum",
        "--saying", "Don't forget your umbrella.", "--saying", "Have you eaten yet?",
        "--memory", "She sang while cooking.",
        "--creator", "Lily", "--relationship", "daughter", "--agreed", "yes", "--json",
    )  # fmt: skip
    assert made.code == 0, made.out + made.err
    monkeypatch.setenv("KEEPSAKE_SHARE_PASSPHRASE", SHARE_PASSPHRASE)
    out = tmp_path / "Mum.keepsake-share"
    done = keepsake_cli(
        "persona", "share", "Mum", str(out), "--shared-by", "Lily", "--message", "For Tom",
        "--json",
    )  # fmt: skip
    assert done.code == 0, done.out + done.err
    written = json.loads(done.out)
    assert written["bytes"] == out.stat().st_size and written["objections"] == 0
    [before] = json.loads(keepsake_cli("persona", "list", "--json").out)
    monkeypatch.setenv("KEEPSAKE_HOME", str(tmp_path / "second home"))
    return out, before


def test_a_shared_portrait_arrives_whole_in_a_second_vault(
    keepsake_cli: Keepsake, shared: tuple[Path, dict[str, object]]
) -> None:
    out, before = shared
    assert json.loads(keepsake_cli("persona", "list", "--json").out) == []
    added = keepsake_cli("persona", "add-shared", str(out), "--json")
    assert added.code == 0, added.out + added.err
    told = json.loads(added.out)
    assert told["name"] == "Margaret Lin" and told["shared_by"] == "Lily"
    assert told["made_by"] == "Lily" and told["objections"] == []
    [after] = json.loads(keepsake_cli("persona", "list", "--json").out)
    assert {k: v for k, v in after.items() if k != "id"} == {
        k: v for k, v in before.items() if k != "id"
    }
    said = keepsake_cli("persona", "add-shared", str(out))
    assert said.code == 0 and "shared by Lily" in said.out and "For Tom" in said.out
    assert "Made by Lily, their daughter. In life, they agreed to this." in said.out


@pytest.mark.parametrize("damage", ["wrong passphrase", "truncated", "bit flipped", "empty"])
def test_a_bad_share_file_adds_nothing(
    keepsake_cli: Keepsake,
    shared: tuple[Path, dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    out, _before = shared
    data = out.read_bytes()
    if damage == "wrong passphrase":
        monkeypatch.setenv("KEEPSAKE_SHARE_PASSPHRASE", "not the one they chose")
    elif damage == "truncated":
        out.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "bit flipped":
        at = len(data) // 2
        out.write_bytes(data[:at] + bytes([data[at] ^ 0x10]) + data[at + 1 :])
    else:
        out.write_bytes(b"")
    refused = keepsake_cli("persona", "add-shared", str(out))
    assert refused.code == 2
    assert "nothing was added" in refused.out and "Traceback" not in refused.out + refused.err
    assert json.loads(keepsake_cli("persona", "list", "--json").out) == []


def test_without_a_passphrase_a_script_is_told_how(
    keepsake_cli: Keepsake, home: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KEEPSAKE_SHARE_PASSPHRASE", raising=False)
    keepsake_cli("persona", "create", "Dad", "--saying", "Steady on.")
    out = tmp_path / "Dad.keepsake-share"
    refused = keepsake_cli("persona", "share", "Dad", str(out))
    assert refused.code == 2 and "KEEPSAKE_SHARE_PASSPHRASE" in refused.out
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
    missing = keepsake_cli("persona", "share", "Nobody", str(out))
    assert missing.code == 2 and "no portrait called" in missing.out
    monkeypatch.setenv("KEEPSAKE_SHARE_PASSPHRASE", "short")
    weak = keepsake_cli("persona", "share", "Dad", str(out))
    assert weak.code == 2 and not out.exists()
