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
MIN_DIGITS, MAX_DIGITS = 6, 12
# About half a second and 64 MiB per try: a million 6-digit PINs take days of computing to
# search offline, where 4 digits at the old cost (2**14, p=1) fell in under two minutes.
_N, _R, _P = 2**16, 8, 2


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
    """Raise PinFormatError unless `pin` is 6 to 12 digits."""
    if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isascii() and pin.isdigit()):
        raise PinFormatError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")


def is_weak(stored: PinHash) -> bool:
    """A PIN hash made with less than today's cost (a PIN chosen before PINs were 6 digits)."""
    return stored.n * stored.r * stored.p < _N * _R * _P


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 8):
        raise ValueError("PIN hash parameters out of bounds")
    memory = 128 * n * r * 2
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=32)


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
