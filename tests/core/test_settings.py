"""The settings file: defaults, a round trip, a damaged file kept aside, upgrades."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from desktop.core.settings import (
    SETTINGS_VERSION,
    Settings,
    SettingsStore,
    UiLanguage,
    settings_from_dict,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = SettingsStore(tmp_path / "settings.json").load()
    assert loaded.settings == Settings()
    assert loaded.damaged_copy is None


def test_round_trip_and_no_temporary_files_left(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    changed = replace(Settings(), input_device="USB mic", end_of_turn_silence_ms=900)
    store.save(changed)
    assert store.load().settings == changed
    assert [p.name for p in (tmp_path / "cfg").iterdir()] == ["settings.json"]
    assert json.loads(store.path.read_text())["version"] == SETTINGS_VERSION


def test_damaged_file_is_kept_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ this is not json", encoding="utf-8")
    loaded = SettingsStore(path).load()
    assert loaded.settings == Settings()
    assert loaded.damaged_copy is not None
    assert loaded.damaged_copy.read_text(encoding="utf-8") == "{ this is not json"


def test_version_1_file_is_upgraded() -> None:
    settings = settings_from_dict({"version": 1, "language": "zh_CN", "end_of_turn_silence_s": 0.9})
    assert settings.ui_language is UiLanguage.CHINESE_SIMPLIFIED
    assert settings.end_of_turn_silence_ms == 900


def test_a_bad_value_falls_back_to_its_default_only() -> None:
    settings = settings_from_dict(
        {"version": 2, "end_of_turn_silence_ms": "loud", "push_to_talk": True}
    )
    assert settings.end_of_turn_silence_ms == Settings().end_of_turn_silence_ms
    assert settings.push_to_talk is True


def test_a_pause_of_ones_own_is_kept_fixed_and_everyone_else_gets_the_end_of_turn_model() -> None:
    from desktop.core.settings import TurnEnding, settings_from_dict

    assert settings_from_dict({"version": 2}).end_of_turn is TurnEnding.FINISHED
    own = settings_from_dict({"version": 2, "end_of_turn_silence_ms": 900})
    assert own.end_of_turn is TurnEnding.FIXED and own.end_of_turn_silence_ms == 900
    assert settings_from_dict({"version": 3, "end_of_turn": "fixed"}).end_of_turn is (
        TurnEnding.FIXED
    )
    assert settings_from_dict({"version": 3, "end_of_turn": "loud"}).end_of_turn is (
        TurnEnding.FINISHED
    )
