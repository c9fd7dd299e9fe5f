"""Decrypting every page of a SQLCipher 4 file (raw key), to check what a file really holds,
free pages included. SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, 80 reserved bytes at
the end of each page (16-byte IV, then the HMAC); page 1 starts with the 16-byte salt."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    pages = []
    for number in range(len(data) // PAGE):
        page = data[number * PAGE : (number + 1) * PAGE]
        start = 16 if number == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize())
    return pages
