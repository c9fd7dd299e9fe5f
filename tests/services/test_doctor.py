"""Default models: located in their packages, verified; `keepsake doctor` reports them."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.errors import ModelMissingError, OperationCancelledError
from desktop.core.jobs import CancelToken, Progress
from desktop.models.catalogue import CATALOGUE, ModelFile, ModelRole, default_for
from desktop.models.hashing import sha256_file
from desktop.models.readiness import check_models
from desktop.models.verify import VerifyStatus, full_check, locate, quick_check
from desktop.services import doctor
from desktop.services.paths import AppPaths
from tests.support.keyrings import MemoryKeyring


def test_each_default_model_is_installed_and_its_checksums_match() -> None:
    for role in ModelRole:
        entry = default_for(role)
        result = full_check(entry, locate(entry))
        assert result.ok and result.hashed, (entry.id, result)


def test_quick_check_finds_missing_and_wrong_sized_files(tmp_path: Path) -> None:
    entry = default_for(ModelRole.TEXT_TO_SPEECH)
    source = locate(entry)
    assert source is not None
    copy = tmp_path / entry.id
    shutil.copytree(source, copy)
    assert quick_check(entry, copy).ok
    config = copy / "en_US-joe-medium.onnx.json"
    config.write_text(config.read_text() + " ")
    result = quick_check(entry, copy)
    assert result.status is VerifyStatus.WRONG_SIZE and result.problem_file == config
    config.unlink()
    assert quick_check(entry, copy).status is VerifyStatus.MISSING
    assert quick_check(entry, None).status is VerifyStatus.MISSING


def test_full_check_catches_a_changed_byte_and_can_be_cancelled(tmp_path: Path) -> None:
    data = tmp_path / "m"
    data.mkdir()
    (data / "weights.bin").write_bytes(b"\x01" * 3_000_000)
    good = ModelFile("weights.bin", 3_000_000, sha256_file(data / "weights.bin"))
    entry = replace(default_for(ModelRole.LANGUAGE_MODEL), id="tiny", files=(good,))
    reports: list[Progress] = []
    assert full_check(entry, data, progress=reports.append).ok
    assert reports[-1].done == 3_000_000 and reports[-1].total == 3_000_000
    with (data / "weights.bin").open("r+b") as handle:
        handle.seek(1_500_000)
        handle.write(b"\x02")
    assert full_check(entry, data).status is VerifyStatus.WRONG_HASH
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        full_check(entry, data, cancel=token)


def test_models_in_the_users_folder_take_precedence(tmp_path: Path) -> None:
    entry = CATALOGUE[0]
    (tmp_path / entry.id).mkdir()
    assert locate(entry, tmp_path) == tmp_path / entry.id


def test_start_up_check_reports_progress_and_unknown_ids(tmp_path: Path) -> None:
    seen: list[Progress] = []
    ids = tuple(e.id for e in CATALOGUE if e.is_default)
    results = check_models(ids, tmp_path, CancelToken(), seen.append)
    assert all(r.ok for r in results)
    assert [p.done for p in seen] == [0, 1, 2, 3]
    with pytest.raises(ModelMissingError):
        check_models(("no-such-model",), tmp_path, CancelToken(), seen.append)


def test_doctor_report_marks_a_missing_model(home: AppPaths) -> None:
    ghost = replace(CATALOGUE[0], package="no_such_package_here")
    report = doctor.gather(home, MemoryKeyring(), full_hash=False, catalogue=(ghost,))
    assert not report.default_models_usable
    data = doctor.to_json(report)
    assert data["models"][0]["verified"] is False
    assert "not usable" in doctor.to_text(report)


def test_doctor_reports_the_onnxruntime_telemetry_switch(home: AppPaths) -> None:
    from desktop.core.privacy import silence_native_libraries

    report = doctor.gather(home, MemoryKeyring(), full_hash=False, catalogue=())
    body = doctor.to_json(report)["telemetry"]["onnxruntime"]
    assert body == {"variable": "ORT_DISABLE_TELEMETRY", "value": "1", "disabled": True}
    assert "onnxruntime telemetry off" in doctor.to_text(report)
    env: dict[str, str] = {}
    silence_native_libraries(env)
    assert env["ORT_DISABLE_TELEMETRY"] == "1" and env["HF_HUB_OFFLINE"] == "1"


def test_doctor_says_when_the_language_model_keeps_plain_weights(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    for amx in (True, False):
        monkeypatch.setattr(doctor, "plain_weights_needed", lambda amx=amx: amx)
        report = doctor.gather(home, MemoryKeyring(), full_hash=False, catalogue=())
        assert doctor.to_json(report)["language_model"] == {"plain_weights": amx}
        assert ("Intel AMX" in doctor.to_text(report)) is amx


def test_doctor_names_each_voice_part_and_what_stands_in_for_a_missing_one(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.voice import bundled

    gone = bundled.BundledFile("Smart Turn v3", "no_such_package_here", "data", "*.onnx")
    monkeypatch.setattr(bundled, "SMART_TURN", gone)
    monkeypatch.setattr("desktop.voice.smart_turn.SMART_TURN", gone)
    report = doctor.gather(home, MemoryKeyring(), full_hash=False, catalogue=())
    text = doctor.to_text(report)
    assert "!! end-of-turn model (Smart Turn v3): not available" in text
    assert "using a fixed pause before replying" in text
    assert "ok echo cancellation (WebRTC AEC3 from livekit" in text
    parts = {p["name"]: p for p in doctor.to_json(report)["voice_parts"]}
    assert parts["voice shaping (WORLD vocoder)"]["ok"] and parts["speaker encoder"]["ok"]
    assert not parts["end-of-turn model (Smart Turn v3)"]["ok"]


def test_doctor_says_whether_the_second_crisis_signal_can_run(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.care import crisis_similarity

    report = doctor.gather(home, MemoryKeyring(), full_hash=False, catalogue=())
    assert doctor.to_json(report)["crisis_similarity"] == {"ok": True, "problem": None}
    assert "ok crisis similarity" in doctor.to_text(report)
    monkeypatch.setattr(crisis_similarity, "ENCODER_FILES", ("sp.model", "gone.npz"))
    report = doctor.gather(home, MemoryKeyring(), full_hash=False, catalogue=())
    assert doctor.to_json(report)["crisis_similarity"]["ok"] is False
    text = doctor.to_text(report)
    assert "!! crisis similarity: gone.npz is missing" in text and "lexicon alone" in text


def test_the_maths_library_is_capped_below_amx_unless_the_user_chose() -> None:
    from desktop.core.privacy import guard_before_native_import, silence_native_libraries

    for setting in (silence_native_libraries, guard_before_native_import):
        env: dict[str, str] = {}
        setting(env)
        assert env["MKL_ENABLE_INSTRUCTIONS"] == "AVX512"
        chosen = {"MKL_ENABLE_INSTRUCTIONS": "AVX2"}
        setting(chosen)
        assert chosen["MKL_ENABLE_INSTRUCTIONS"] == "AVX2"
