"""The therapist's PIN: a salted scrypt hash, and how long entry pauses after wrong attempts.

Pure and stdlib-only. The stored form is one text line, `scrypt$n$r$p$salt$digest` (hex), so
the parameters can be raised later without breaking PINs set before.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.errors import PinFormatError

FREE_ATTEMPTS = 3  # wrong attempts before entry slows down
FIRST_PAUSE = timedelta(seconds=30)
LONGEST_PAUSE = timedelta(hours=1)
_N, _R, _P = 2**14, 8, 1


@dataclass(frozen=True, slots=True)
class PinHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"scrypt${self.n}${self.r}${self.p}${self.salt.hex()}${self.digest.hex()}"

    @classmethod
    def decode(cls, text: str) -> PinHash:
        kind, n, r, p, salt, digest = text.split("$")
        if kind != "scrypt":
            raise ValueError(f"unknown PIN hash {kind!r}")
        return cls(int(n), int(r), int(p), bytes.fromhex(salt), bytes.fromhex(digest))


def check_new_pin(pin: str) -> None:
    """Raise PinFormatError unless `pin` is 4 to 12 digits."""
    if not (4 <= len(pin) <= 12 and pin.isascii() and pin.isdigit()):
        raise PinFormatError("a PIN is 4 to 12 digits")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def hash_pin(pin: str) -> PinHash:
    check_new_pin(pin)
    salt = os.urandom(16)
    return PinHash(_N, _R, _P, salt, _derive(pin, salt, _N, _R, _P))


def pin_matches(pin: str, stored: PinHash) -> bool:
    candidate = _derive(pin, stored.salt, stored.n, stored.r, stored.p)
    return hmac.compare_digest(candidate, stored.digest)


@dataclass(frozen=True, slots=True)
class PinAttempts:
    """Wrong attempts in a row, and when the next attempt is possible (kept in the vault)."""

    failures: int = 0
    next_try_at: datetime | None = None

    def wait(self, now: datetime) -> timedelta:
        if self.next_try_at is None or now >= self.next_try_at:
            return timedelta(0)
        return self.next_try_at - now

    def failed(self, now: datetime) -> PinAttempts:
        failures = self.failures + 1
        return PinAttempts(failures, now + pause_after(failures))

    def succeeded(self) -> PinAttempts:
        return PinAttempts()


def pause_after(failures: int) -> timedelta:
    """No pause for the first few mistakes; then 30 s, doubling, at most an hour."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    doubled: timedelta = FIRST_PAUSE * (2 ** min(failures - FREE_ATTEMPTS, 16))
    return min(LONGEST_PAUSE, doubled)
