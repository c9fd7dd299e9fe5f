"""Typed, versioned settings in one small JSON file, written atomically.

Every option is declared once, with its type and default, in `Settings`. Older files are
upgraded by small named functions, one per version step (`UPGRADES`). A damaged file is kept
aside as `settings.json.damaged` and the defaults apply, so nothing the user set is silently
overwritten.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.errors import SettingsError
from desktop.core.files import atomic_write_text

log = logging.getLogger(__name__)

SETTINGS_VERSION = 3


class UiLanguage(StrEnum):
    ENGLISH = "en"
    CHINESE_SIMPLIFIED = "zh_CN"


class TurnEnding(StrEnum):
    """ "Pause before replying": when the portrait may answer."""

    FINISHED = "finished"  # when they have finished speaking (the end-of-turn model)
    FIXED = "fixed"  # after a fixed pause (`end_of_turn_silence_ms`)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can set. Immutable: change with `dataclasses.replace`."""

    version: int = SETTINGS_VERSION
    ui_language: UiLanguage = UiLanguage.ENGLISH
    input_device: str | None = None
    output_device: str | None = None
    end_of_turn: TurnEnding = TurnEnding.FINISHED
    end_of_turn_silence_ms: int = 600  # the fixed pause
    push_to_talk: bool = False
    stt_model: str = "whisper-tiny-en"
    llm_model: str = "smollm2-135m-instruct"
    tts_voice: str = "piper-en-us-joe-medium"
    country: str = ""
    first_run_done: bool = False
    mood_check_in: bool = True
    audio_checked: bool = False
    # the microphone and speaker of the last sound check that passed (voice/devices.py)
    audio_fingerprint: str = ""
    # A model server the user runs (Ollama, llama.cpp's server, LM Studio): off unless chosen
    llm_server_enabled: bool = False
    llm_server_address: str = "http://127.0.0.1:11434/v1"
    llm_server_model: str = ""
    # the address, not on this computer, that the user agreed conversations may be sent to
    llm_server_agreed_address: str = ""


Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 1 called the interface language `language` and kept silence in seconds."""
    out = dict(raw)
    if "language" in out:
        out["ui_language"] = out.pop("language")
    if "end_of_turn_silence_s" in out:
        out["end_of_turn_silence_ms"] = round(float(out.pop("end_of_turn_silence_s")) * 1000)
    out["version"] = 2
    return out


def _v2_to_v3(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 3 ends a turn when the person has finished speaking; whoever had chosen a pause
    of their own keeps that fixed pause."""
    out = dict(raw)
    if out.get("end_of_turn_silence_ms", 600) != 600:
        out["end_of_turn"] = TurnEnding.FIXED.value
    out["version"] = 3
    return out


UPGRADES: Mapping[int, Upgrade] = {1: _v1_to_v2, 2: _v2_to_v3}

# Kept in settings.json before they moved into the vault (desktop/vault/trusted_person.py): an
# old file still loads (they are ignored), `save` keeps them until `forget_legacy` removes them
# once the vault holds them, so nothing is lost before the first unlock.
LEGACY_PRIVATE_KEYS = ("trusted_name", "trusted_phone")


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """Settings as read, plus what happened while reading them (for the UI to mention)."""

    settings: Settings
    damaged_copy: Path | None = None


def _coerce(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, StrEnum):
        return type(default)(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise TypeError(name)
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(name)
        return value
    if default is None or isinstance(default, str):
        if value is not None and not isinstance(value, str):
            raise TypeError(name)
        return value
    return value


def settings_from_dict(
    raw: Mapping[str, Any], upgrades: Mapping[int, Upgrade] = UPGRADES
) -> Settings:
    """Build settings from a parsed file, upgrading old versions; bad values fall back."""
    data = dict(raw)
    version = data.get("version", 1)
    if not isinstance(version, int):
        version = 1
    while version < SETTINGS_VERSION:
        step = upgrades.get(version)
        if step is None:
            raise SettingsError(f"no upgrade from settings version {version}")
        data = step(data)
        version = int(data.get("version", version + 1))
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name == "version" or f.name not in data:
            continue
        default = getattr(defaults, f.name)
        try:
            values[f.name] = _coerce(f.name, data[f.name], default)
        except (TypeError, ValueError):
            log.warning("settings: ignoring a bad value for %s", f.name)
    return replace(defaults, **values)


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    out = asdict(settings)
    for key, value in out.items():
        if isinstance(value, StrEnum):
            out[key] = value.value
    return out


class SettingsStore:
    """Reads and writes one settings file. Call from one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path

    MAX_BYTES = 1024 * 1024  # a settings file is a few hundred bytes; anything huge is not one

    def load(self) -> LoadedSettings:
        """The settings; a file that cannot be read as settings (bad JSON, random bytes, not
        UTF-8, far too large, unreadable) is kept aside and the defaults apply."""
        try:
            with self.path.open("rb") as handle:
                data = handle.read(self.MAX_BYTES + 1)
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except OSError:
            log.warning("settings: the file could not be read; the defaults apply")
            return LoadedSettings(Settings(), damaged_copy=self._set_aside())
        try:
            if len(data) > self.MAX_BYTES:
                raise ValueError("too large")
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not an object")
            return LoadedSettings(settings_from_dict(raw))
        except (ValueError, SettingsError, RecursionError):
            log.warning("settings: damaged file kept aside")
            return LoadedSettings(Settings(), damaged_copy=self._set_aside())

    def _set_aside(self) -> Path | None:
        damaged = self.path.with_name(self.path.name + ".damaged")
        try:
            os.replace(self.path, damaged)
        except OSError:
            return None
        return damaged

    def save(self, settings: Settings) -> None:
        """Write atomically, so a crash never leaves a half-written file. Legacy private
        values still in the file (not yet moved into the vault) are kept."""
        self._write({**self.legacy_private(), **settings_to_dict(settings)})

    def _write(self, raw: Mapping[str, Any]) -> None:
        payload = json.dumps(raw, indent=2, sort_keys=True) + "\n"
        try:
            atomic_write_text(self.path, payload)
        except OSError as exc:
            raise SettingsError(str(exc)) from exc

    def _raw(self) -> dict[str, Any] | None:
        try:
            with self.path.open("rb") as handle:
                data = handle.read(self.MAX_BYTES + 1)
            raw = json.loads(data.decode("utf-8")) if len(data) <= self.MAX_BYTES else None
        except (OSError, ValueError, RecursionError):
            return None
        return raw if isinstance(raw, dict) else None

    def legacy_private(self) -> dict[str, str]:
        """The `LEGACY_PRIVATE_KEYS` the file still holds (text values only)."""
        raw = self._raw() or {}
        return {k: raw[k] for k in LEGACY_PRIVATE_KEYS if isinstance(raw.get(k), str)}

    def forget_legacy(self) -> None:
        """Rewrite the file (atomically) without `LEGACY_PRIVATE_KEYS`; all else as it was."""
        raw = self._raw()
        if raw is None or not any(k in raw for k in LEGACY_PRIVATE_KEYS):
            return
        self._write({k: v for k, v in raw.items() if k not in LEGACY_PRIVATE_KEYS})
