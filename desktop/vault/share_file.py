"""The shared portrait's file: records sealed with a passphrase, chunk by chunk.

    KEEPSAKE-SHARE\\n
    {"chunk": 1048576, "format": "keepsake-share", "nonce": "...", "scrypt": {...}, "version": 1}\\n
    chunk 0, chunk 1, ... the last chunk

The header is validated as a schema (exact fields, scrypt cost within fixed bounds, the chunk
size within bounds) before any work is done. The body is the plaintext cut into chunks of
`chunk` bytes, each sealed with AES-256-GCM (the `cryptography` package) under a key derived
from the passphrase (scrypt, then HMAC-SHA256): the nonce is the header's 7-byte prefix, the
chunk's number (4 bytes) and a last-chunk flag (1 byte), and the header's bytes are the
associated data of every chunk. So a chunk changed, moved, dropped or added, a header changed,
or a file cut short fails authentication; memory holds two chunks at a time.

The plaintext is a sequence of records: a type byte, an 8-byte length, the bytes.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from desktop.core.errors import ShareFileError, SharePassphraseError
from desktop.vault.file_header import (
    HeaderError,
    atomic_output,
    header_bytes,
    read_header,
    sub_keys,
)
from desktop.vault.keys import ScryptParams, check_new_passphrase, scrypt_to_json

MAGIC = b"KEEPSAKE-SHARE\n"
FORMAT_NAME, FORMAT_VERSION = "keepsake-share", 1
_FIELDS = {"format", "version", "scrypt", "nonce", "chunk"}
CHUNK = 1024 * 1024
CHUNK_BOUNDS = (4096, 8 * 1024 * 1024)
TAG = 16
PREFIX_BYTES = 7
_PURPOSE = b"keepsake share: content"
RECORD_HEAD = 9


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class SealedWriter:
    """Plaintext in, sealed chunks out (the caller's thread; not the GUI's: scrypt runs)."""

    def __init__(self, target: IO[bytes], passphrase: str, chunk: int = CHUNK) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        check_new_passphrase(passphrase)
        params = ScryptParams.fresh()
        self._prefix = secrets.token_bytes(PREFIX_BYTES)
        self._header = header_bytes(
            MAGIC,
            {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "scrypt": scrypt_to_json(params),
                "nonce": self._prefix.hex(),
                "chunk": chunk,
            },
        )
        (key,) = sub_keys(passphrase, params, _PURPOSE)
        self._aead = AESGCM(key)
        self._target = target
        self._chunk = chunk
        self._pending = bytearray()
        self._counter = 0
        self.size = len(self._header)
        target.write(self._header)

    def write(self, data: bytes) -> None:
        self._pending += data
        while len(self._pending) > self._chunk:  # keep the last chunk back for close()
            self._seal(bytes(self._pending[: self._chunk]), last=False)
            del self._pending[: self._chunk]

    def record(self, kind: int, payload: bytes) -> None:
        self.write(bytes([kind]) + len(payload).to_bytes(8, "big"))
        for start in range(0, len(payload), self._chunk):
            self.write(payload[start : start + self._chunk])

    def close(self) -> None:
        self._seal(bytes(self._pending), last=True)
        self._pending.clear()

    def _seal(self, plain: bytes, last: bool) -> None:
        if self._counter >= 2**32:
            raise ShareFileError(None, "the portrait is too large to share in one file")
        nonce = _nonce(self._prefix, self._counter, last)
        sealed = self._aead.encrypt(nonce, plain, self._header)
        self._target.write(sealed)
        self.size += len(sealed)
        self._counter += 1


class SealedReader:
    """Sealed chunks in, plaintext out; every chunk is authenticated before it is used."""

    def __init__(self, path: Path, source: IO[bytes], passphrase: str) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            raw, self._header, params = read_header(
                source, MAGIC, _FIELDS, FORMAT_NAME, FORMAT_VERSION
            )
            self._prefix, self._chunk = _checked(raw)
        except HeaderError as exc:
            if exc.foreign:
                raise ShareFileError(path, "this is not a portrait shared from Keepsake") from exc
            raise ShareFileError(path, f"the file's header is damaged ({exc.reason})") from exc
        (key,) = sub_keys(passphrase, params, _PURPOSE)
        self._aead = AESGCM(key)
        self._path = path
        self._source = source
        self._counter = 0
        self._ahead = source.read(self._chunk + TAG)
        self._plain = b""
        self._at = 0
        self._ended = False

    def _next_chunk(self) -> None:
        from cryptography.exceptions import InvalidTag

        sealed = self._ahead
        if self._ended or not sealed:
            raise ShareFileError(self._path, "the file was cut short")
        self._ahead = self._source.read(self._chunk + TAG)
        last = not self._ahead
        try:
            plain = self._aead.decrypt(
                _nonce(self._prefix, self._counter, last), sealed, self._header
            )
        except InvalidTag as exc:
            raise self._failure(sealed, last) from exc
        self._counter += 1
        self._ended = last
        self._plain, self._at = plain, 0

    def _failure(self, sealed: bytes, last: bool) -> ShareFileError:
        """Why a chunk did not authenticate: the passphrase (the very first chunk), a file cut
        short (a chunk that is whole but not the last one), or damage."""
        from cryptography.exceptions import InvalidTag

        if last:
            try:
                self._aead.decrypt(_nonce(self._prefix, self._counter, False), sealed, self._header)
                return ShareFileError(self._path, "the file was cut short")
            except InvalidTag:
                pass
        if self._counter == 0:
            return SharePassphraseError(self._path)
        return ShareFileError(self._path, "the file is damaged")

    def read(self, size: int) -> bytes:
        """Exactly `size` bytes of plaintext (ShareFileError if the file ends first)."""
        parts = []
        left = size
        while left > 0:
            if self._at >= len(self._plain):
                self._next_chunk()
            piece = self._plain[self._at : self._at + left]
            self._at += len(piece)
            left -= len(piece)
            parts.append(piece)
        return b"".join(parts)

    def record(self, max_size: int) -> tuple[int, bytes]:
        """The next record (type, payload); a payload over `max_size` is refused unread."""
        head = self.read(RECORD_HEAD)
        size = int.from_bytes(head[1:], "big")
        if size > max_size:
            raise ShareFileError(self._path, "the file holds an item far larger than allowed")
        return head[0], self.read(size)

    def finish(self) -> None:
        """Check that the plaintext ends here and the last chunk was the last one sealed."""
        if self._at < len(self._plain) or self._ahead:
            raise ShareFileError(self._path, "the file has more in it than it should")
        if not self._ended:
            self._next_chunk()
            if self._plain:
                raise ShareFileError(self._path, "the file has more in it than it should")


def _checked(raw: dict[str, Any]) -> tuple[bytes, int]:
    nonce, chunk = raw["nonce"], raw["chunk"]
    if not isinstance(nonce, str) or len(nonce) != 2 * PREFIX_BYTES:
        raise HeaderError("nonce")
    try:
        prefix = bytes.fromhex(nonce)
    except ValueError as exc:
        raise HeaderError("nonce") from exc
    if isinstance(chunk, bool) or not isinstance(chunk, int):
        raise HeaderError("chunk size")
    if not CHUNK_BOUNDS[0] <= chunk <= CHUNK_BOUNDS[1]:
        raise HeaderError("chunk size")
    return prefix, chunk


@contextmanager
def sealed_output(out: Path, scratch: Path, passphrase: str) -> Iterator[SealedWriter]:
    """Write a sealed file atomically (`OUT.partial`, then renamed into place)."""
    with atomic_output(out, scratch) as target:
        writer = SealedWriter(target, passphrase)
        yield writer
        writer.close()


@contextmanager
def sealed_input(path: Path, passphrase: str) -> Iterator[SealedReader]:
    """Open a sealed file for reading; every failure is a ShareFileError."""
    try:
        with path.open("rb") as source:
            yield SealedReader(path, source, passphrase)
    except OSError as exc:
        raise ShareFileError(path, "the file could not be read") from exc
