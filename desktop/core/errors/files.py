"""Keepsake's errors about files brought in or sent: audio files, chat exports, a shared
portrait, and recording for the family. Re-exported by `desktop.core.errors`."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors.base import ChatFormatError, KeepsakeError

# --- audio files -----------------------------------------------------------------------------


class AudioFileError(KeepsakeError):
    """A file given as audio is not an audio file Keepsake can read (or is far too long)."""

    def __init__(self, path: Path | None, reason: str) -> None:
        super().__init__(f"{path.name if path else 'audio'}: {reason}")
        self.path = path
        self.reason = reason


class SilkTruncatedError(AudioFileError):
    """A WeChat voice message (SILK) ends in the middle of a frame: the file was cut short."""


class AmrHeaderError(AudioFileError):
    """A file named as an AMR voice message does not start with an AMR header."""


# --- chat exports ----------------------------------------------------------------------------


class ChatColumnsError(ChatFormatError):
    """A table of messages (CSV) whose columns are not those of an export Keepsake knows."""

    def __init__(self, found: tuple[str, ...]) -> None:
        shown = ", ".join(found[:12]) or "none"
        super().__init__(
            f"the columns of this table are not those of a known chat export ({shown})"
        )
        self.found = found


class ChatArchiveError(KeepsakeError):
    """A zipped chat export that cannot be used as it is (not a zip, unsafe, or too large)."""

    def __init__(self, path: Path | None, reason: str, member: str = "") -> None:
        """`reason` may name the archive's `member` it is about as {0}."""
        self.template, self.member = reason, member
        self.reason = reason.format(member) if member else reason
        super().__init__(f"{path.name if path else 'archive'}: {self.reason}")
        self.path = path


# --- sharing a portrait ----------------------------------------------------------------------


class ShareWriteError(KeepsakeError):
    """The share file could not be written where it was asked for (a folder that is not
    writable, a drive taken out). No partial file is left; the vault is unchanged."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: the file could not be written there")
        self.path = path


class ReportWriteError(KeepsakeError):
    """The therapist's report could not be written where it was asked for (a folder that is
    not writable, a full disk). No partial file is left there; the vault is unchanged."""

    def __init__(self, path: Path, disk_full: bool = False) -> None:
        super().__init__(f"{path}: the report could not be written there")
        self.path = path
        self.disk_full = disk_full


class ShareFileError(KeepsakeError):
    """A shared portrait's file cannot be read: not such a file, damaged, or cut short.
    Nothing was added."""

    def __init__(self, path: Path | None, reason: str) -> None:
        super().__init__(f"{path.name if path else 'shared portrait'}: {reason}")
        self.path = path
        self.reason = reason


class SharePassphraseError(ShareFileError):
    """The passphrase does not open this shared portrait (or its beginning was changed)."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(path, "the passphrase is wrong, or the file was changed")


# --- recording for the family ----------------------------------------------------------------


class InterviewError(KeepsakeError):
    """An interview answer cannot be kept (empty, far too long, or no such question)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
