"""Reading a GGUF file's header and metadata (no tensors), to check it before importing.

Stdlib only. Large arrays (the tokenizer's vocabulary) are skipped without being kept.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"GGUF"
_SCALARS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9
_MAX_KEYS = 100_000


class GgufFormatError(ValueError):
    """Not a GGUF file, or its header is damaged."""


@dataclass(frozen=True, slots=True)
class GgufInfo:
    version: int
    tensor_count: int
    metadata: dict[str, object]  # scalars and strings; arrays as their length

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) and value.strip() else None

    @property
    def name(self) -> str:
        value = self.metadata.get("general.name")
        return value if isinstance(value, str) else ""

    @property
    def architecture(self) -> str:
        value = self.metadata.get("general.architecture")
        return value if isinstance(value, str) else ""


def _read(handle: BinaryIO, fmt: str) -> object:
    size = struct.calcsize(fmt)
    data = handle.read(size)
    if len(data) != size:
        raise GgufFormatError("the file ends inside its header")
    return struct.unpack(fmt, data)[0]


def _string(handle: BinaryIO, keep: bool = True) -> str:
    length = int(_read(handle, "<Q"))  # type: ignore[call-overload]
    if length > 1 << 28:
        raise GgufFormatError("a header string is impossibly long")
    if not keep:
        handle.seek(length, 1)
        return ""
    data = handle.read(length)
    if len(data) != length:
        raise GgufFormatError("the file ends inside its header")
    return data.decode("utf-8", errors="replace")


def _value(handle: BinaryIO, kind: int) -> object:
    if kind in _SCALARS:
        return _read(handle, _SCALARS[kind])
    if kind == _STRING:
        return _string(handle)
    if kind == _ARRAY:
        item = int(_read(handle, "<I"))  # type: ignore[call-overload]
        count = int(_read(handle, "<Q"))  # type: ignore[call-overload]
        if item in _SCALARS:
            handle.seek(struct.calcsize(_SCALARS[item]) * count, 1)
        elif item == _STRING:
            for _ in range(count):
                _string(handle, keep=False)
        else:
            for _ in range(count):
                _value(handle, item)
        return count
    raise GgufFormatError(f"unknown metadata type {kind}")


def read_gguf(path: Path) -> GgufInfo:
    """Header and metadata of the GGUF file at `path`; raises GgufFormatError."""
    with path.open("rb") as raw:
        if raw.read(4) != MAGIC:
            raise GgufFormatError("not a GGUF file (wrong magic)")
        version = int(_read(raw, "<I"))  # type: ignore[call-overload]
        if version not in (2, 3):
            raise GgufFormatError(f"unsupported GGUF version {version}")
        tensors = int(_read(raw, "<Q"))  # type: ignore[call-overload]
        keys = int(_read(raw, "<Q"))  # type: ignore[call-overload]
        if keys > _MAX_KEYS:
            raise GgufFormatError("the header claims too many metadata keys")
        metadata: dict[str, object] = {}
        for _ in range(keys):
            key = _string(raw)
            kind = int(_read(raw, "<I"))  # type: ignore[call-overload]
            metadata[key] = _value(raw, kind)
    return GgufInfo(version, tensors, metadata)
