"""Voice messages and other recordings as clips for a portrait: WeChat's SILK and AMR too.

WeChat keeps voice messages as SILK v3 (`#!SILK_V3`, with a leading 0x02 byte in Tencent's
variant): frames of 20 ms, each a little-endian 16-bit length and that many bytes; Skype's
variant ends with a length of -1. FFmpeg cannot read SILK, so such a message is decoded with
`pysilk` (silk-python) and kept in the vault as FLAC (lossless, half the size of a WAV), which
every later reader of clips (`decode_audio_file`) understands. The frame structure is checked
here before the decoder sees a byte: a frame cut short is a `SilkTruncatedError`, a message
longer than `max_seconds` is refused from its frame count, and the decoder's output is bounded
again while it is written.

AMR (`#!AMR\\n`, `#!AMR-WB\\n`) and every other format FFmpeg knows are kept as they are and
decoded by the bounded PyAV reader; a file named `.amr` without an AMR header is an
`AmrHeaderError`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.core.errors import AmrHeaderError, AudioFileError, SilkTruncatedError
from desktop.voice.audio import CAPTURE_RATE, Samples
from desktop.voice.audio_file import MAX_FILE_BYTES, MAX_SECONDS, decode_audio_file

SILK_MAGIC = b"#!SILK_V3"
TENCENT_PREFIX = b"\x02"
AMR_MAGICS = (b"#!AMR\n", b"#!AMR-WB\n", b"#!AMR_MC1.0\n", b"#!AMR-WB_MC1.0\n")
SILK_RATE = 24_000  # WeChat records SILK at 24 kHz; the decoder resamples if it was less
SILK_FRAME_S = 0.020
SILK_MAX_FRAME_BYTES = SILK_RATE // 1000 * 40  # what the decoder accepts at this rate
SILK_END = -1  # Skype's end-of-stream length
MAX_VOICE_MESSAGE_BYTES = 64 * 1024 * 1024  # a WeChat voice message is at most 60 s: ~200 kB


class VoiceFormat(StrEnum):
    SILK = "silk"
    AMR = "amr"
    OTHER = "other"  # whatever FFmpeg reads: WAV, MP3, Opus, M4A, FLAC...


@dataclass(frozen=True, slots=True)
class Clip:
    """A recording ready for the vault: the bytes kept (a file `decode_audio_file` reads),
    the name it is kept under, and its sound at 16 kHz for transcription."""

    data: bytes
    filename: str
    audio: Samples
    seconds: float


def sniff(head: bytes) -> VoiceFormat:
    """The format, from the first bytes of a file."""
    if head.startswith(SILK_MAGIC) or head.startswith(TENCENT_PREFIX + SILK_MAGIC):
        return VoiceFormat.SILK
    if head.startswith(AMR_MAGICS):
        return VoiceFormat.AMR
    return VoiceFormat.OTHER


def read_clip(path: Path, max_seconds: float = MAX_SECONDS) -> Clip:
    """A recording file as a clip. Raises AudioFileError (or one of its kinds)."""
    try:
        if not path.is_file():
            raise AudioFileError(path, "the file does not exist")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AudioFileError(path, "the file is too large for a recording")
        data = path.read_bytes()
    except OSError as exc:
        raise AudioFileError(path, "the file could not be read") from exc
    return clip_from_bytes(data, path.name, path, max_seconds)


def clip_from_bytes(
    data: bytes, filename: str, path: Path | None = None, max_seconds: float = MAX_SECONDS
) -> Clip:
    """A recording held in memory (a file, a member of a zipped chat) as a clip."""
    if not data:
        raise AudioFileError(path, "the file is empty")
    fmt = sniff(data[:16])
    if fmt is VoiceFormat.SILK:
        kept = encode_flac(decode_silk(data, path, max_seconds), SILK_RATE)
        audio = decode_audio_file(kept, CAPTURE_RATE, max_seconds)
        return Clip(kept, _renamed(filename, ".flac"), audio, len(audio) / CAPTURE_RATE)
    if fmt is not VoiceFormat.AMR and filename.lower().endswith(".amr"):
        raise AmrHeaderError(path, "this .amr file does not start like an AMR recording")
    try:
        audio = decode_audio_file(data, CAPTURE_RATE, max_seconds)
    except AudioFileError as exc:
        raise AudioFileError(path, exc.reason) from exc
    return Clip(data, filename, audio, len(audio) / CAPTURE_RATE)


def silk_frames(data: bytes, path: Path | None, max_seconds: float = MAX_SECONDS) -> list[bytes]:
    """The SILK frames of `data` (each with its length), checked: none cut short, none longer
    than the decoder accepts, not more than `max_seconds` of them."""
    if len(data) > MAX_VOICE_MESSAGE_BYTES:
        raise AudioFileError(path, "the voice message is far too large")
    at = len(TENCENT_PREFIX) if data.startswith(TENCENT_PREFIX) else 0
    if data[at : at + len(SILK_MAGIC)] != SILK_MAGIC:
        raise AudioFileError(path, "not a SILK voice message")
    at += len(SILK_MAGIC)
    limit = int(max_seconds / SILK_FRAME_S)
    frames: list[bytes] = []
    while at < len(data):
        if len(data) - at < 2:
            raise SilkTruncatedError(path, "the voice message was cut short")
        size = int.from_bytes(data[at : at + 2], "little", signed=True)
        if size == SILK_END:
            break
        if not 0 < size <= SILK_MAX_FRAME_BYTES:
            raise AudioFileError(path, "the voice message is damaged")
        if len(data) - at - 2 < size:
            raise SilkTruncatedError(path, "the voice message was cut short")
        frames.append(data[at : at + 2 + size])
        if len(frames) > limit:
            raise AudioFileError(path, f"the voice message is longer than {max_seconds:.0f} s")
        at += 2 + size
    if not frames:
        raise AudioFileError(path, "the voice message is empty")
    return frames


class _BoundedSink:
    """Where the decoder writes its PCM; it stops the decoder past `limit` bytes. pysilk asks
    for an object with `read` and `write`."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise OverflowError("more sound than the frames promised")
        self.parts.append(bytes(data))
        return len(data)

    def read(self, _size: int = -1) -> bytes:
        return b""


Pcm16 = npt.NDArray[np.int16]


def decode_silk(data: bytes, path: Path | None, max_seconds: float = MAX_SECONDS) -> Pcm16:
    """A SILK voice message as 16-bit PCM samples (int16) at SILK_RATE."""
    frames = silk_frames(data, path, max_seconds)
    import pysilk

    clean = io.BytesIO(SILK_MAGIC + b"".join(frames))
    # 20 ms a frame; a little room for a decoder that works on 40 ms packets
    sink = _BoundedSink(int(len(frames) * SILK_FRAME_S * SILK_RATE * 2 * 2) + 4096)
    try:
        pysilk.decode(clean, sink, SILK_RATE)
    except Exception as exc:  # pysilk.SilkError for a damaged frame, OverflowError from the sink
        raise AudioFileError(path, "the voice message is damaged") from exc
    pcm: Pcm16 = np.frombuffer(b"".join(sink.parts), dtype="<i2").copy()
    if not len(pcm):
        raise AudioFileError(path, "the voice message is empty")
    return pcm


def encode_flac(pcm: Pcm16, sample_rate: int) -> bytes:
    """Mono 16-bit samples as a FLAC file in memory."""
    return encode_pcm(pcm, sample_rate, "flac", "flac")


def encode_pcm(
    pcm: Pcm16, sample_rate: int, container_format: str, codec: str, bit_rate: int = 0
) -> bytes:
    """Mono 16-bit samples encoded by FFmpeg (PyAV) into a file in memory."""
    import av

    out = io.BytesIO()
    container: Any = av.open(out, mode="w", format=container_format)
    with container:
        stream = container.add_stream(codec, rate=sample_rate, layout="mono")
        if bit_rate:
            stream.bit_rate = bit_rate
        step = 4096
        for start in range(0, len(pcm), step):
            block = np.ascontiguousarray(pcm[start : start + step], dtype="<i2").reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(block, format="s16", layout="mono")
            frame.sample_rate = sample_rate
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def _renamed(filename: str, suffix: str) -> str:
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    return f"{stem or 'voice message'}{suffix}"
