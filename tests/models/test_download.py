"""Downloading a model from a local test host on 127.0.0.1: complete, interrupted and resumed,
corrupt, server error, cancelled. Only loopback connections are allowed here."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.errors import (
    ChecksumMismatchError,
    DownloadError,
    ModelAlreadyInstalledError,
    OperationCancelledError,
)
from desktop.core.jobs import CancelToken, Progress
from desktop.models.download import HubClient, download_model, forget_partial
from desktop.models.installed import installed_entries, resolve
from desktop.models.types import CatalogueEntry, HubSource, ModelFile, ModelFormat, ModelRole
from desktop.models.verify import full_check
from tests.support.hub_server import HubFiles, serve

NOW = datetime(2026, 11, 24, tzinfo=UTC)
VOICE = os.urandom(3_000_000)  # large enough to arrive in many chunks
CONFIG = b'{"audio": {"sample_rate": 22050}}'


def _entry(pinned: bytes | None = None) -> CatalogueEntry:
    onnx = (
        ModelFile("xx-test.onnx", len(pinned), hashlib.sha256(pinned).hexdigest())
        if pinned
        else ModelFile("xx-test.onnx")
    )
    return CatalogueEntry(
        id="piper-xx-test",
        role=ModelRole.TEXT_TO_SPEECH,
        name="Test voice",
        format=ModelFormat.PIPER_ONNX,
        files=(onnx, ModelFile("xx-test.onnx.json")),
        licence="test",
        languages=("xx",),
        ram_mb=10,
        hub=HubSource("test/voices", "xx/test"),
    )


@pytest.fixture
def hub(loopback_only: None) -> Iterator[HubFiles]:
    files = HubFiles(
        "test/voices",
        {"xx/test/xx-test.onnx": VOICE, "xx/test/xx-test.onnx.json": CONFIG},
        lfs={"xx/test/xx-test.onnx"},
    )
    yield files
    files.close()


def _client(hub: HubFiles) -> HubClient:
    _server, url = serve(hub)
    return HubClient(url)


def test_a_download_is_verified_registered_and_reports_speed(hub: HubFiles, tmp_path: Path) -> None:
    seen: list[Progress] = []
    installed = download_model(_entry(), tmp_path, NOW, _client(hub), progress=seen.append)
    folder = tmp_path / "piper-xx-test"
    assert (folder / "xx-test.onnx").read_bytes() == VOICE
    assert installed.files[0].sha256 == hashlib.sha256(VOICE).hexdigest()
    assert [e.id for e in installed_entries(tmp_path)] == ["piper-xx-test"]
    assert full_check(resolve("piper-xx-test", tmp_path) or installed, folder).ok
    assert any("MB/s" in p.message and "left" in p.message for p in seen)
    assert seen[-1].message == "Installed" and seen[-1].fraction == 1.0
    assert not any(p.name.startswith(".incoming") for p in tmp_path.iterdir())
    with pytest.raises(ModelAlreadyInstalledError):
        download_model(_entry(), tmp_path, NOW, _client(hub))


def test_an_interrupted_download_resumes_where_it_stopped(hub: HubFiles, tmp_path: Path) -> None:
    hub.cut_after["xx/test/xx-test.onnx"] = 1_000_000
    client = _client(hub)
    with pytest.raises(DownloadError) as stopped:
        download_model(_entry(), tmp_path, NOW, client)
    assert stopped.value.kept_partial
    part = tmp_path / ".incoming-piper-xx-test" / "xx-test.onnx.part"
    assert part.stat().st_size == 1_000_000
    download_model(_entry(), tmp_path, NOW, client)
    assert (tmp_path / "piper-xx-test" / "xx-test.onnx").read_bytes() == VOICE
    assert ("xx/test/xx-test.onnx", "bytes=1000000-") in hub.requests  # resumed, not restarted


def test_a_corrupt_download_is_deleted_and_said(hub: HubFiles, tmp_path: Path) -> None:
    hub.corrupt.add("xx/test/xx-test.onnx")
    with pytest.raises(ChecksumMismatchError):
        download_model(_entry(), tmp_path, NOW, _client(hub))
    assert not (tmp_path / ".incoming-piper-xx-test" / "xx-test.onnx.part").exists()
    assert not (tmp_path / "piper-xx-test").exists()
    hub.corrupt.clear()
    download_model(_entry(), tmp_path, NOW, _client(hub))  # a fresh try works
    assert (tmp_path / "piper-xx-test").is_dir()


def test_a_checksum_pinned_in_the_catalogue_wins_over_the_hosts(
    hub: HubFiles, tmp_path: Path
) -> None:
    with pytest.raises(ChecksumMismatchError):
        download_model(_entry(pinned=b"another file"), tmp_path, NOW, _client(hub))
    assert installed_entries(tmp_path) == ()


def test_small_files_outside_lfs_are_checked_by_their_git_id(hub: HubFiles, tmp_path: Path) -> None:
    hub.corrupt.add("xx/test/xx-test.onnx.json")
    with pytest.raises(ChecksumMismatchError) as wrong:
        download_model(_entry(), tmp_path, NOW, _client(hub))
    assert wrong.value.name == "xx-test.onnx.json"


def test_a_server_error_is_said_and_keeps_nothing_installed(hub: HubFiles, tmp_path: Path) -> None:
    hub.fail_with = 503
    with pytest.raises(DownloadError) as failed:
        download_model(_entry(), tmp_path, NOW, _client(hub))
    assert "503" in failed.value.reason
    assert installed_entries(tmp_path) == ()
    forget_partial(_entry(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_download_stops_and_can_resume(hub: HubFiles, tmp_path: Path) -> None:
    token = CancelToken()

    def cancel_midway(p: Progress) -> None:
        if p.done > 500_000:
            token.cancel()

    with pytest.raises(OperationCancelledError):
        download_model(_entry(), tmp_path, NOW, _client(hub), token, cancel_midway)
    assert (tmp_path / ".incoming-piper-xx-test" / "xx-test.onnx.part").exists()
    download_model(_entry(), tmp_path, NOW, _client(hub))
    assert (tmp_path / "piper-xx-test" / "xx-test.onnx").read_bytes() == VOICE


def test_an_unreachable_host_is_said(loopback_only: None, tmp_path: Path) -> None:
    with pytest.raises(DownloadError):
        download_model(_entry(), tmp_path, NOW, HubClient("http://127.0.0.1:9"))
