"""Opening the SQLCipher database and running its migrations.

Two connections per vault: one writes (transactions, migrations, backups, the scrub after a
deletion) and one only reads, each shared by the threads under its own lock. With the WAL
journal a read never waits for a write, so the window keeps reading while a backup copies the
whole database or a deletion rebuilds the file. Reads made inside a write transaction (on its
thread) go through the writing connection and see what it wrote. Foreign keys and secure delete
are on. Nothing is written until the key has been proven right.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core.errors import DiskFullError, VaultCorruptError, VaultTooNewError, WrongKeyError
from desktop.vault.migrations import MIGRATIONS, Migration, latest_version

log = logging.getLogger(__name__)

Row = tuple[Any, ...]
_SQLITE_FULL = 13  # "database or disk is full"
_ROOM_FOR_SHM = 1024 * 1024  # less free space than this is a full disk
_NO_ROOM_CODES = (10, 13, 14)  # I/O error, full, cannot open: the shared-memory file (full disk)


_BUSY_TIMEOUT_MS = 30_000  # a checkpoint waits this long for a read in progress


class Vault:
    """An open, unlocked vault. Thread-safe: every call takes the lock of the connection it
    uses."""

    def __init__(
        self, connection: Any, path: Path, key: bytes = b"", reader: Any | None = None
    ) -> None:
        self._conn = connection
        self._lock = threading.RLock()
        self._reader = reader  # None: reads share the writing connection (read-only vaults)
        self._read_lock = threading.RLock()
        self._writing = threading.local()  # how deep this thread is in the writer's lock
        self.path = path
        # A sub-key for integrity tags, derived from the vault key (keyring secret or passphrase);
        # the vault key itself is not kept.
        self._tag_key = hmac.new(key, b"keepsake integrity tags v1", hashlib.sha256).digest()
        self._on_close: list[Callable[[], None]] = []
        self.read_only = False  # opened on a full disk: reads work, writes raise DiskFullError

    @classmethod
    def open(cls, path: Path, key: bytes, migrations: tuple[Migration, ...] = MIGRATIONS) -> Vault:
        """Open (or create) the database at `path` with a 32-byte raw key, then migrate.

        Raises WrongKeyError when the key does not open an existing file, VaultTooNewError
        when the file comes from a newer Keepsake. Neither touches the file.
        """
        import sqlcipher3

        existed = path.exists() and path.stat().st_size > 0
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = _keyed(str(path), key)
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
                if existed and code in _NO_ROOM_CODES:
                    conn.close()
                    return cls._open_read_only(path, key, migrations, exc)
                if existed:
                    raise WrongKeyError("the key does not open this vault") from exc
                if code in _NO_ROOM_CODES:
                    raise DiskFullError(path.parent) from exc
                raise VaultCorruptError(path, "cannot create the database") from exc
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            supported = latest_version(migrations)
            if found > supported:
                raise VaultTooNewError(found, supported)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            vault = cls(conn, path, key)
            vault._migrate(found, migrations)
            vault._reader = _reader(path, key)
            return vault
        except BaseException:
            conn.close()
            raise

    @classmethod
    def _open_read_only(
        cls, path: Path, key: bytes, migrations: tuple[Migration, ...], cause: Exception
    ) -> Vault:
        """A full disk leaves no room for SQLite's shared-memory file: open the vault read
        only (everything saved can be read; every write raises DiskFullError). Only when the
        WAL holds nothing, so nothing committed is hidden."""
        import shutil

        import sqlcipher3

        if shutil.disk_usage(path.parent).free > _ROOM_FOR_SHM:
            raise VaultCorruptError(path, "the data file could not be read") from cause
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise DiskFullError(path.parent) from cause
        conn = _keyed(f"{path.as_uri()}?immutable=1", key)
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise WrongKeyError("the key does not open this vault") from exc
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if found != latest_version(migrations):
                raise DiskFullError(path.parent) from cause  # it would need to be migrated
            vault = cls(conn, path, key)
            vault.read_only = True
            log.warning("vault: the disk is full; opened read only")
            return vault
        except BaseException:
            conn.close()
            raise

    def _migrate(self, found: int, migrations: tuple[Migration, ...]) -> None:
        for step in migrations:
            if step.version <= found:
                continue
            with self.transaction() as cur:
                for statement in step.statements:
                    cur.execute(statement)
                cur.execute(f"PRAGMA user_version = {int(step.version)}")
            log.info("vault: migrated to schema %d (%s)", step.version, step.name)

    def tag(self, purpose: str, data: str) -> str:
        """An integrity tag (HMAC-SHA256, hex) for `data`, keyed from the vault's key."""
        message = purpose.encode() + b"\0" + data.encode()
        return hmac.new(self._tag_key, message, hashlib.sha256).hexdigest()

    def tag_matches(self, purpose: str, data: str, tag: str) -> bool:
        return hmac.compare_digest(self.tag(purpose, data), tag)

    @property
    def schema_version(self) -> int:
        return int(self.query_one("PRAGMA user_version")[0])

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction (BEGIN IMMEDIATE); commits on success, rolls back on error.

        A full disk raises DiskFullError after the rollback: what was saved before stays, and
        reading keeps working.
        """
        with self._writer():
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                try:
                    yield cur
                except BaseException:
                    if self._conn.in_transaction:
                        cur.execute("ROLLBACK")
                    raise
                else:
                    try:
                        cur.execute("COMMIT")
                    except BaseException:
                        if self._conn.in_transaction:
                            cur.execute("ROLLBACK")
                        raise
            except Exception as exc:
                if self._no_room(exc):
                    raise DiskFullError(self.path.parent) from exc
                raise
            finally:
                cur.close()

    def _no_room(self, exc: BaseException) -> bool:
        code = getattr(exc, "sqlite_errorcode", None)
        return code == _SQLITE_FULL or (self.read_only and code is not None)

    @contextmanager
    def _writer(self) -> Iterator[None]:
        """The writing connection's lock, remembered per thread (reads inside it use it too)."""
        with self._lock:
            self._writing.depth = self._depth() + 1
            try:
                yield
            finally:
                self._writing.depth -= 1

    def _depth(self) -> int:
        depth: int = getattr(self._writing, "depth", 0)
        return depth

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        """The connection a read uses now, with its lock held."""
        if self._reader is None or self._depth() > 0:
            with self._writer():
                yield self._conn
        else:
            with self._read_lock:
                yield self._reader

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A read transaction: every query through the cursor sees the same state."""
        with self._connection() as conn:
            cur = conn.cursor()
            cur.execute("BEGIN")
            try:
                yield cur
            finally:
                if conn.in_transaction:
                    cur.execute("COMMIT")
                cur.close()

    def on_close(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the connection is closed (e.g. release the instance lock)."""
        self._on_close.append(callback)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._connection() as conn:
            return [tuple(r) for r in conn.execute(sql, params).fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row:
        rows = self.query(sql, params)
        if not rows:
            raise LookupError(sql)
        return rows[0]

    def export_to(self, target: Path, key: bytes) -> None:
        """Copy the whole database into a new SQLCipher file at `target` with another key."""
        if target.exists():
            target.unlink()
        with self._writer():
            self._conn.execute(
                f"ATTACH DATABASE ? AS export KEY \"x'{key.hex()}'\"", (str(target),)
            )
            try:
                self._conn.execute("SELECT sqlcipher_export('export')")
                version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
                self._conn.execute(f"PRAGMA export.user_version = {version}")
            finally:
                self._conn.execute("DETACH DATABASE export")

    def scrub(self) -> None:
        """After deleting: rebuild the file so no freed page keeps old content, fold the WAL."""
        with self._writer():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before backups and after deletions)."""
        with self._writer():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Fold the WAL and close (a full disk only skips the fold); then the close hooks."""
        with self._read_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        with self._writer():
            try:
                if not self.read_only:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception as exc:
                if not self._no_room(exc):
                    raise
                log.warning("vault: disk full, the WAL is folded at the next start")
            finally:
                self._conn.close()
                callbacks, self._on_close = self._on_close, []
                for callback in callbacks:
                    callback()


def _keyed(target: str, key: bytes) -> Any:
    """A connection to the SQLCipher file at `target` (a path, or a `file:` URI) given the raw
    key; nothing is read yet, so a wrong key shows at the first query."""
    import sqlcipher3

    uri = target.startswith("file:")
    conn = sqlcipher3.connect(target, uri=uri, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _reader(path: Path, key: bytes) -> Any:
    """The vault's second connection, for reads only (it can never write)."""

    conn = _keyed(str(path), key)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def key_opens(path: Path, key: bytes) -> bool:
    """Whether `key` opens the SQLCipher file at `path` (read only; nothing is written)."""
    import sqlcipher3

    conn = _keyed(f"{path.as_uri()}?mode=ro", key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
