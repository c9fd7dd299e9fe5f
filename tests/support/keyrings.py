"""Keyring backends for tests: one that keeps secrets in a dict, one that looks absent."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A real keyring backend class that keeps secrets in a dict (for tests only)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class FailKeyring:
    """Looks like keyring's fail backend (no keyring on this machine)."""

    priority = 0

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("must not be asked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be asked")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("must not be asked")


FailKeyring.__module__ = "keyring.backends.fail"
