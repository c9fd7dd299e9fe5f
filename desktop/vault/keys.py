"""The vault's key: 32 random bytes in the OS keyring, or derived from a passphrase.

Which of the two a vault uses is recorded in a small metadata file beside the database
(`keepsake.vault.json`), together with the scrypt salt and cost when a passphrase is used.
The metadata holds no secret.

Keyring backends that keep secrets in plain text (keyrings.alt) are refused, and keyring's
"fail" and "null" backends count as no keyring: then the user chooses a passphrase.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from desktop.core.errors import (
    InsecureKeyringError,
    KeyMissingError,
    PassphraseRequiredError,
    PassphraseTooWeakError,
    VaultCorruptError,
)
from desktop.core.files import atomic_write_text

KEYRING_SERVICE = "Keepsake"
KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 8
META_FORMAT = 1


class KeyringBackend(Protocol):
    """What Keepsake needs of a `keyring` backend (any `keyring.backend.KeyringBackend`)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class KeySource(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


class KeyringState(StrEnum):
    USABLE = "usable"
    UNAVAILABLE = "unavailable"
    INSECURE = "insecure"


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """What the keyring backend is and whether Keepsake will keep its key there."""

    backend: str
    state: KeyringState

    @property
    def usable(self) -> bool:
        return self.state is KeyringState.USABLE


_NO_KEYRING_MODULES = ("keyring.backends.fail", "keyring.backends.null")


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def keyring_status(backend: object) -> KeyringStatus:
    """Classify a keyring backend (a chainer is judged by the backends it chains)."""
    name = _backend_name(backend)
    chained = getattr(backend, "backends", None)
    members: list[object] = list(chained) if isinstance(chained, list | tuple) else [backend]
    modules = [type(m).__module__ for m in members]
    if any(mod.startswith("keyrings.alt") for mod in modules):
        return KeyringStatus(name, KeyringState.INSECURE)
    if getattr(backend, "priority", 1) <= 0 or all(
        mod.startswith(_NO_KEYRING_MODULES) for mod in modules
    ):
        return KeyringStatus(name, KeyringState.UNAVAILABLE)
    return KeyringStatus(name, KeyringState.USABLE)


def default_keyring_backend() -> KeyringBackend:
    """The backend keyring picks for this session (imports keyring)."""
    import keyring

    backend: KeyringBackend = keyring.get_keyring()
    return backend


@dataclass(frozen=True, slots=True)
class ScryptParams:
    """Cost and salt for deriving a key from a passphrase (RFC 7914)."""

    salt: bytes
    n: int = 2**16
    r: int = 8
    p: int = 1

    @classmethod
    def fresh(cls) -> ScryptParams:
        return cls(salt=secrets.token_bytes(16))


SCRYPT_N_BOUNDS = (2**14, 2**18)  # powers of two; 2**16 is what Keepsake writes
SCRYPT_MAX_R, SCRYPT_MAX_P = 16, 4
SCRYPT_MAX_MEMORY = 256 * 1024 * 1024  # 128 * n * r bytes
SALT_BOUNDS = (8, 64)


def scrypt_from_json(raw: object) -> ScryptParams:
    """scrypt parameters read from a file, within fixed bounds (a crafted file cannot make
    Keepsake ask for gigabytes of memory or hours of work). Raises ValueError."""
    if not isinstance(raw, dict) or set(raw) != {"salt", "n", "r", "p"}:
        raise ValueError("scrypt parameters are not an object with salt, n, r and p")
    salt_hex, n, r, p = raw["salt"], raw["n"], raw["r"], raw["p"]
    if not isinstance(salt_hex, str) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)
    ):
        raise ValueError("scrypt parameters have the wrong types")
    salt = bytes.fromhex(salt_hex)
    if not SALT_BOUNDS[0] <= len(salt) <= SALT_BOUNDS[1]:
        raise ValueError("the scrypt salt has an unusual length")
    if not (SCRYPT_N_BOUNDS[0] <= n <= SCRYPT_N_BOUNDS[1] and n & (n - 1) == 0):
        raise ValueError("the scrypt cost is outside the bounds Keepsake accepts")
    if not (1 <= r <= SCRYPT_MAX_R and 1 <= p <= SCRYPT_MAX_P) or 128 * n * r > SCRYPT_MAX_MEMORY:
        raise ValueError("the scrypt parameters are outside the bounds Keepsake accepts")
    return ScryptParams(salt, n, r, p)


def scrypt_to_json(params: ScryptParams) -> dict[str, object]:
    return {"salt": params.salt.hex(), "n": params.n, "r": params.r, "p": params.p}


@dataclass(frozen=True, slots=True)
class VaultMeta:
    """The non-secret facts needed to find or derive a vault's key."""

    vault_id: str
    key_source: KeySource
    scrypt: ScryptParams | None = None

    @property
    def keyring_username(self) -> str:
        return f"vault-{self.vault_id}"


def derive_key(passphrase: str, params: ScryptParams) -> bytes:
    """scrypt(passphrase) -> 32 bytes. Takes about half a second; not on the GUI thread."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=params.salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8"))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise PassphraseTooWeakError(MIN_PASSPHRASE_CHARS)


def read_meta(path: Path) -> VaultMeta | None:
    """The metadata file's contents, or None when there is no file yet."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise VaultCorruptError(
            path, f"unreadable vault metadata ({exc.__class__.__name__})"
        ) from exc
    try:
        source = KeySource(raw["key_source"])
        scrypt = None
        if raw.get("scrypt"):
            scrypt = scrypt_from_json(raw["scrypt"])
        if source is KeySource.PASSPHRASE and scrypt is None:
            raise ValueError("passphrase vault without scrypt parameters")
        return VaultMeta(vault_id=str(raw["vault_id"]), key_source=source, scrypt=scrypt)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise VaultCorruptError(path, "vault metadata is incomplete") from exc


def write_meta(path: Path, meta: VaultMeta) -> None:
    scrypt = None if meta.scrypt is None else scrypt_to_json(meta.scrypt)
    body = {
        "format": META_FORMAT,
        "vault_id": meta.vault_id,
        "key_source": meta.key_source.value,
        "scrypt": scrypt,
    }
    atomic_write_text(path, json.dumps(body, indent=2) + "\n")


@dataclass(frozen=True, slots=True)
class ResolvedKey:
    """A key ready to open the vault, and the metadata that goes with it."""

    key: bytes
    meta: VaultMeta
    is_new: bool


def resolve_key(
    meta_path: Path,
    backend: KeyringBackend,
    passphrase: str | None = None,
) -> ResolvedKey:
    """Find (or, for a new vault, create) the vault's key. Nothing is written to disk here.

    Raises PassphraseRequiredError when a passphrase is needed and none was given,
    KeyMissingError when the keyring lost the key, InsecureKeyringError for a plaintext
    backend holding an existing vault's key. A wrong passphrase is only found out when the
    database is opened (WrongKeyError from `desktop.vault.database`).
    """
    meta = read_meta(meta_path)
    status = keyring_status(backend)
    if meta is None:
        if status.usable:
            key = secrets.token_bytes(KEY_BYTES)
            return ResolvedKey(key, VaultMeta(str(uuid.uuid4()), KeySource.KEYRING), is_new=True)
        if passphrase is None:
            raise PassphraseRequiredError("new vault")
        check_new_passphrase(passphrase)
        params = ScryptParams.fresh()
        new_meta = VaultMeta(str(uuid.uuid4()), KeySource.PASSPHRASE, params)
        return ResolvedKey(derive_key(passphrase, params), new_meta, is_new=True)
    if meta.key_source is KeySource.PASSPHRASE:
        if passphrase is None:
            raise PassphraseRequiredError("existing vault")
        assert meta.scrypt is not None
        return ResolvedKey(derive_key(passphrase, meta.scrypt), meta, is_new=False)
    if status.state is KeyringState.INSECURE:
        raise InsecureKeyringError(status.backend)
    stored = backend.get_password(KEYRING_SERVICE, meta.keyring_username)
    if stored is None:
        raise KeyMissingError(meta.keyring_username)
    try:
        key = bytes.fromhex(stored)
    except ValueError as exc:
        raise KeyMissingError("the keyring entry is not a Keepsake key") from exc
    if len(key) != KEY_BYTES:
        raise KeyMissingError("the keyring entry is not a Keepsake key")
    return ResolvedKey(key, meta, is_new=False)


def store_new_key(resolved: ResolvedKey, meta_path: Path, backend: KeyringBackend) -> None:
    """Persist a new vault's key (keyring) and metadata, once the database is created."""
    if resolved.meta.key_source is KeySource.KEYRING:
        backend.set_password(KEYRING_SERVICE, resolved.meta.keyring_username, resolved.key.hex())
    write_meta(meta_path, resolved.meta)
