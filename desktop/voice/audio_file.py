"""Decoding an audio file (any format FFmpeg knows) to mono float32, with bounds.

PyAV is given a Python file object, never a name, so a "file name" that is a URL cannot make
FFmpeg open a network connection, and nested opens (playlists) may only read local files.
Every decoding problem becomes one typed error, `AudioFileError` ("not an audio file"); a file
longer than `max_seconds` is refused while it is being decoded, so memory stays bounded.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from desktop.core.errors import AudioFileError
from desktop.voice.audio import CAPTURE_RATE, Samples

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_SECONDS = 30 * 60.0  # a voice clip or a spoken turn; longer recordings are refused


def decode_audio_file(
    source: Path | bytes,
    sample_rate: int = CAPTURE_RATE,
    max_seconds: float = MAX_SECONDS,
) -> Samples:
    """The whole file as mono float32 at `sample_rate`. Raises AudioFileError."""
    path = source if isinstance(source, Path) else None
    try:
        if isinstance(source, Path):
            path = source
            if not path.is_file():
                raise AudioFileError(path, "the file does not exist")
            if path.stat().st_size == 0:
                raise AudioFileError(path, "the file is empty")
            if path.stat().st_size > MAX_FILE_BYTES:
                raise AudioFileError(path, "the file is too large for a recording")
            with source.open("rb") as handle:
                return _decode(handle, sample_rate, max_seconds, path)
        if not source:
            raise AudioFileError(None, "the recording is empty")
        return _decode(io.BytesIO(source), sample_rate, max_seconds, None)
    except OSError as exc:
        raise AudioFileError(path, "the file could not be read") from exc


def _decode(handle: BinaryIO, sample_rate: int, max_seconds: float, path: Path | None) -> Samples:
    import av

    limit = int(max_seconds * sample_rate)
    pieces: list[Samples] = []
    total = 0
    try:
        container: Any = av.open(
            handle, mode="r", metadata_errors="ignore", options={"protocol_whitelist": "file"}
        )
    except Exception as exc:  # PyAV raises a family of its own errors for a non-audio file
        raise AudioFileError(path, "not an audio file") from exc
    with container:
        if not container.streams.audio:
            raise AudioFileError(path, "not an audio file (no sound in it)")
        resampler = av.AudioResampler(format="flt", layout="mono", rate=sample_rate)
        try:
            for frame in _frames(container):
                for out in [*resampler.resample(frame)]:
                    piece = out.to_ndarray().reshape(-1).astype(np.float32)
                    total += len(piece)
                    if total > limit:
                        too_long = f"the recording is longer than {_span(max_seconds)}"
                        raise AudioFileError(path, too_long)
                    pieces.append(piece)
            for out in resampler.resample(None):
                pieces.append(out.to_ndarray().reshape(-1).astype(np.float32))
        except AudioFileError:
            raise
        except Exception as exc:
            raise AudioFileError(path, "not an audio file, or the recording is damaged") from exc
    if not pieces:  # a valid audio file holding no samples: silence, not an error
        return np.zeros(0, dtype=np.float32)
    audio: Samples = np.concatenate(pieces)[: limit or None]
    return audio


def _frames(container: Any) -> Any:
    """Audio frames of the first audio stream; a damaged frame here and there is skipped."""
    import av

    iterator = iter(container.decode(audio=0))
    while True:
        try:
            frame = next(iterator)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            continue
        frame.pts = None
        yield frame


def _span(seconds: float) -> str:
    return f"{seconds / 60:.0f} minutes" if seconds >= 120 else f"{seconds:.0f} seconds"
