"""Reading a GGUF file's header, metadata and tensor table (no tensor data), to check it before
it is imported or loaded.

Stdlib only, and safe on crafted files: counts, string lengths and array nesting are bounded,
every skip is checked against the file's size, and the file must be long enough to hold all
the tensor data its table declares (a download cut short is refused at the door, not when the
model is first used). Large arrays (the tokenizer's vocabulary) are skipped without being kept.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.errors import GgufFormatError

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
MAX_KEYS = 100_000
MAX_STRING = 16 * 1024 * 1024
MAX_ARRAY_ITEMS = 1 << 25  # a vocabulary has a few hundred thousand
MAX_NESTING = 4
MAX_TENSORS = 1 << 20
MAX_DIMS = 8
DEFAULT_ALIGNMENT = 32

# ggml tensor types: (elements per block, bytes per block), as in ggml's type traits. A type
# not listed here (a newer one) is only checked by its offset.
_BLOCKS: dict[int, tuple[int, int]] = {
    0: (1, 4),  # F32
    1: (1, 2),  # F16
    2: (32, 18),  # Q4_0
    3: (32, 20),  # Q4_1
    6: (32, 22),  # Q5_0
    7: (32, 24),  # Q5_1
    8: (32, 34),  # Q8_0
    9: (32, 36),  # Q8_1
    10: (256, 84),  # Q2_K
    11: (256, 110),  # Q3_K
    12: (256, 144),  # Q4_K
    13: (256, 176),  # Q5_K
    14: (256, 210),  # Q6_K
    15: (256, 292),  # Q8_K
    16: (256, 66),  # IQ2_XXS
    17: (256, 74),  # IQ2_XS
    18: (256, 98),  # IQ3_XXS
    19: (256, 50),  # IQ1_S
    20: (32, 18),  # IQ4_NL
    21: (256, 110),  # IQ3_S
    22: (256, 82),  # IQ2_S
    23: (256, 136),  # IQ4_XS
    24: (1, 1),  # I8
    25: (1, 2),  # I16
    26: (1, 4),  # I32
    27: (1, 8),  # I64
    28: (1, 8),  # F64
    29: (256, 56),  # IQ1_M
    30: (1, 2),  # BF16
}


@dataclass(frozen=True, slots=True)
class GgufInfo:
    version: int
    tensor_count: int
    metadata: dict[str, object]  # scalars and strings; arrays as their length
    data_end: int = 0  # bytes the file must have to hold every tensor it declares

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


class _Reader:
    def __init__(self, handle: BinaryIO, size: int) -> None:
        self.handle = handle
        self.size = size

    def read(self, fmt: str) -> int | float | bool:
        length = struct.calcsize(fmt)
        data = self.handle.read(length)
        if len(data) != length:
            raise GgufFormatError("the file ends inside its header")
        value: int | float | bool = struct.unpack(fmt, data)[0]
        return value

    def count(self, fmt: str, limit: int, what: str) -> int:
        value = int(self.read(fmt))
        if value > limit:
            raise GgufFormatError(f"the header claims an impossible number of {what}")
        return value

    def skip(self, length: int) -> None:
        if self.handle.tell() + length > self.size:
            raise GgufFormatError("the file ends inside its header")
        self.handle.seek(length, os.SEEK_CUR)

    def string(self, keep: bool = True) -> str:
        length = self.count("<Q", MAX_STRING, "bytes in a string")
        if not keep:
            self.skip(length)
            return ""
        data = self.handle.read(length)
        if len(data) != length:
            raise GgufFormatError("the file ends inside its header")
        return data.decode("utf-8", errors="replace")

    def value(self, kind: int, depth: int = 0) -> object:
        if kind in _SCALARS:
            return self.read(_SCALARS[kind])
        if kind == _STRING:
            return self.string()
        if kind != _ARRAY:
            raise GgufFormatError(f"unknown metadata type {kind}")
        if depth >= MAX_NESTING:
            raise GgufFormatError("arrays are nested too deeply")
        item = int(self.read("<I"))
        count = self.count("<Q", MAX_ARRAY_ITEMS, "array items")
        if item in _SCALARS:
            self.skip(struct.calcsize(_SCALARS[item]) * count)
        elif item == _STRING:
            for _ in range(count):
                self.string(keep=False)
        elif item == _ARRAY:
            for _ in range(count):
                self.value(item, depth + 1)
        else:
            raise GgufFormatError(f"unknown metadata type {item}")
        return count


def _tensor_end(reader: _Reader) -> int:
    """One tensor's entry in the table: where its data ends, relative to the data section."""
    reader.string(keep=False)  # name
    dims = reader.count("<I", MAX_DIMS, "dimensions")
    elements = 1
    for _ in range(dims):
        elements *= int(reader.read("<Q"))
        if elements > 1 << 48:
            raise GgufFormatError("a tensor claims an impossible size")
    kind = int(reader.read("<I"))
    offset = int(reader.read("<Q"))
    block, block_bytes = _BLOCKS.get(kind, (1, 0))
    if elements % block:
        raise GgufFormatError("a tensor's size does not fit its type")
    return offset + elements // block * block_bytes


def read_gguf(path: Path) -> GgufInfo:
    """Header, metadata and tensor table of the GGUF file at `path`; raises GgufFormatError
    (also when the file is shorter than the tensor data it declares)."""
    size = path.stat().st_size
    with path.open("rb") as raw:
        reader = _Reader(raw, size)
        if raw.read(4) != MAGIC:
            raise GgufFormatError("not a GGUF file (wrong magic)")
        version = int(reader.read("<I"))
        if version not in (2, 3):
            raise GgufFormatError(f"unsupported GGUF version {version}")
        tensors = reader.count("<Q", MAX_TENSORS, "tensors")
        keys = reader.count("<Q", MAX_KEYS, "metadata keys")
        metadata: dict[str, object] = {}
        for _ in range(keys):
            key = reader.string()
            metadata[key] = reader.value(int(reader.read("<I")))
        alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
        if not isinstance(alignment, int) or not 0 < alignment <= 1 << 20:
            raise GgufFormatError("the header has an impossible alignment")
        ends = [_tensor_end(reader) for _ in range(tensors)]
        header_end = raw.tell()
    start = -(-header_end // alignment) * alignment
    data_end = start + max(ends) if ends else header_end
    if data_end > size:
        raise GgufFormatError(
            f"the file is cut short: it has {_mb(size)} of the {_mb(data_end)} its header declares"
        )
    return GgufInfo(version, tensors, metadata, data_end)


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size} bytes"
