from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.clock import ManualClock
from desktop.core.errors import OperationCancelledError
from desktop.core.jobs import CancelToken, Progress
from desktop.core.settings import (
    SETTINGS_VERSION,
    Settings,
    SettingsStore,
    UiLanguage,
    settings_from_dict,
)
from desktop.paths import resolve_paths


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


def test_keepsake_home_overrides_every_folder(tmp_path: Path) -> None:
    paths = resolve_paths({"KEEPSAKE_HOME": str(tmp_path)})
    for folder in (paths.data_dir, paths.config_dir, paths.models_dir):
        assert folder.is_relative_to(tmp_path)
    assert not paths.data_dir.exists()  # resolving never touches the disk
    paths.ensure()
    assert paths.data_dir.is_dir()


def test_platform_folders_without_override() -> None:
    paths = resolve_paths({})
    assert "Keepsake" in str(paths.data_dir)


def test_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock()
    start, mono = clock.now(), clock.monotonic()
    clock.advance(90)
    assert (clock.now() - start).total_seconds() == 90
    assert clock.monotonic() - mono == 90
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_cancel_token_and_progress() -> None:
    token = CancelToken()
    token.raise_if_cancelled()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        token.raise_if_cancelled()
    assert token.wait(0)
    assert Progress(5, 10).fraction == 0.5
    assert Progress(5, None).fraction is None


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
