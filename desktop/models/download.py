"""Downloading a catalogue model, only when the user asks: the one network access in Keepsake.

Files come from a Hugging Face repository. Before downloading, the folder listing gives each
file's size and published checksum (SHA-256 from the LFS record; small files: the git blob
SHA-1); a checksum pinned in the catalogue wins. Each file is fetched into a `.part` file,
resumed with an HTTP Range request after an interruption, verified, and only then moved into
place; a wrong checksum deletes the part and says so. Cancellable; progress says speed and time
left. Runs on a worker thread.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Protocol

from desktop.core.errors import (
    ChecksumMismatchError,
    DownloadError,
    ModelAlreadyInstalledError,
    OperationCancelledError,
)
from desktop.core.jobs import CancelToken, Progress, ProgressCallback, no_progress
from desktop.models.hashing import hash_files
from desktop.models.staging import Staging, discard_staged
from desktop.models.types import CatalogueEntry, HubSource, ModelFile

HOST = "https://huggingface.co"
_CHUNK = 256 * 1024
_TIMEOUT_S = 30


class Opener(Protocol):
    def __call__(self, request: urllib.request.Request, timeout: float) -> Any: ...


@dataclass(frozen=True, slots=True)
class RemoteFile:
    relpath: str
    url: str
    size: int | None
    sha256: str | None
    git_sha1: str | None  # small files outside LFS are checked by their git blob id


def _default_opener(request: urllib.request.Request, timeout: float) -> Any:
    return urllib.request.urlopen(request, timeout=timeout)


class HubClient:
    """Talks to the model host. `host` is overridable (tests use a server on 127.0.0.1)."""

    def __init__(self, host: str = HOST, opener: Opener = _default_opener) -> None:
        self.host = host.rstrip("/")
        self.opener = opener

    def file_url(self, source: HubSource, relpath: str) -> str:
        path = urllib.parse.quote(source.path_of(relpath))
        return f"{self.host}/{source.repo}/resolve/{source.revision}/{path}"

    def describe(self, entry: CatalogueEntry) -> list[RemoteFile]:
        """Each file's URL, size and checksum, from the repository's folder listing."""
        source = entry.hub
        if source is None:
            raise DownloadError(entry.id, "this model cannot be downloaded", kept_partial=False)
        folder = f"/{urllib.parse.quote(source.folder)}" if source.folder else ""
        url = f"{self.host}/api/models/{source.repo}/tree/{source.revision}{folder}"
        try:
            with self.opener(urllib.request.Request(url), _TIMEOUT_S) as response:
                listing = json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
            raise DownloadError(url, _reason(exc), kept_partial=False) from exc
        by_path = {item.get("path"): item for item in listing if isinstance(item, dict)}
        files = []
        for f in entry.files:
            item = by_path.get(source.path_of(f.relpath))
            if item is None:
                raise DownloadError(url, f"{f.relpath} is not offered there", kept_partial=False)
            lfs = item.get("lfs") if isinstance(item.get("lfs"), dict) else None
            sha256 = f.sha256 or (lfs.get("oid") if lfs else None)
            size = f.size or int((lfs or item).get("size", 0)) or None
            git_sha1 = None if (lfs or f.sha256) else item.get("oid")
            if not sha256 and not git_sha1:
                raise DownloadError(url, f"no checksum is published for {f.relpath}", False)
            files.append(
                RemoteFile(f.relpath, self.file_url(source, f.relpath), size, sha256, git_sha1)
            )
        return files


def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"the server answered {exc.code}"
    if isinstance(exc, urllib.error.URLError):
        return f"could not reach the server ({exc.reason})"
    if isinstance(exc, TimeoutError):
        return "the connection timed out"
    return f"the connection broke ({exc.__class__.__name__})"


@dataclass
class _Rate:
    """Speed and time left over the last few seconds."""

    started: float
    total: int
    window: list[tuple[float, int]]

    def text(self, done: int, now: float) -> str:
        self.window = [*(w for w in self.window if now - w[0] < 5), (now, done)]
        first_t, first_done = self.window[0]
        span = now - first_t
        if span < 1e-3 or done <= first_done:
            return "starting…"
        speed = (done - first_done) / span
        left = (self.total - done) / speed if speed > 0 and self.total else 0
        return f"{speed / 1e6:.1f} MB/s, {_duration(left)} left"


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:.1f} h"


def _fetch(
    client: HubClient,
    remote: RemoteFile,
    part: Path,
    cancel: CancelToken,
    on_bytes: Callable[[int], None],
) -> None:
    """Download `remote` into `part`, resuming what is there. Raises DownloadError."""
    have = part.stat().st_size if part.exists() else 0
    if remote.size is not None and have > remote.size:
        part.unlink()
        have = 0
    if remote.size is not None and have == remote.size:
        return
    request = urllib.request.Request(remote.url)
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        with client.opener(request, _TIMEOUT_S) as response:
            status = getattr(response, "status", 200)
            mode = "ab" if have and status == 206 else "wb"
            if mode == "wb":
                have = 0
            on_bytes(have)
            with part.open(mode) as out:
                _copy(response, out, cancel, on_bytes, have)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise DownloadError(remote.url, _reason(exc), kept_partial=part.exists()) from exc
    got = part.stat().st_size
    if remote.size is not None and got < remote.size:
        raise DownloadError(remote.url, "the transfer stopped early", kept_partial=True)


def _copy(
    response: Any,
    out: IO[bytes],
    cancel: CancelToken,
    on_bytes: Callable[[int], None],
    have: int,
) -> None:
    while chunk := response.read(_CHUNK):
        if cancel.cancelled:
            raise OperationCancelledError("download cancelled")
        out.write(chunk)
        have += len(chunk)
        on_bytes(have)


def _verify(remote: RemoteFile, path: Path) -> ModelFile:
    """The file's size and checksums against the published ones (read once); a wrong one is
    deleted. Raises ChecksumMismatchError."""
    git = hashlib.sha1(usedforsecurity=False) if remote.git_sha1 else None
    if git is not None and remote.size is not None:
        git.update(f"blob {remote.size}\0".encode())
    sha256, size = hash_files([path], also=[git] if git is not None else [])
    if remote.sha256:
        ok = sha256 == remote.sha256
    else:
        ok = git is not None and git.hexdigest() == remote.git_sha1
    if not ok or (remote.size is not None and size != remote.size):
        path.unlink()
        raise ChecksumMismatchError(remote.relpath)
    return ModelFile(remote.relpath, size, sha256)


def download_model(
    entry: CatalogueEntry,
    models_dir: Path,
    now: datetime,
    client: HubClient | None = None,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> CatalogueEntry:
    """Download, verify and register `entry`. Interrupted downloads resume on the next call."""
    client = client or HubClient()
    cancel = cancel or CancelToken()
    if (models_dir / entry.id).exists():
        raise ModelAlreadyInstalledError(entry.id)
    remotes = client.describe(entry)
    total = sum(r.size or 0 for r in remotes)
    rate = _Rate(time.monotonic(), total, [])
    finished = 0
    files: list[ModelFile] = []
    with Staging(models_dir, entry.id, keep_on_failure=True) as staging:
        for remote in remotes:
            final = staging.path(remote.relpath)
            base = finished

            def report(done: int, base: int = base, name: str = remote.relpath) -> None:
                now_t = time.monotonic()
                progress(
                    Progress(base + done, total or None, f"{name}: {rate.text(base + done, now_t)}")
                )

            if final.exists():  # fetched and moved into place by an earlier attempt
                files.append(_verify(remote, final))
            else:
                part = final.with_name(final.name + ".part")
                _fetch(client, remote, part, cancel, report)
                progress(
                    Progress(base + (remote.size or 0), total or None, f"Checking {remote.relpath}")
                )
                files.append(_verify(remote, part))  # hashed once, then moved into place
                part.rename(final)
            finished += remote.size or final.stat().st_size
        installed = replace(entry, files=tuple(files))
        staging.install(installed, "download", now)
    progress(Progress(total, total or None, "Installed"))
    return installed


def forget_partial(entry: CatalogueEntry, models_dir: Path) -> None:
    """Delete what an interrupted download left (the person chose not to resume)."""
    discard_staged(models_dir, entry.id)
