"""Keepsake's errors: the vault, models, audio and display, settings, photos, personas and
care. Re-exported by `desktop.core.errors`."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path


class KeepsakeError(Exception):
    """Base of all of Keepsake's own errors."""


class OperationCancelledError(KeepsakeError):
    """A long operation stopped because its cancel token was set."""


# --- the vault -------------------------------------------------------------------------------


class VaultError(KeepsakeError):
    """Something is wrong with the encrypted store."""


class WrongKeyError(VaultError):
    """The key or passphrase does not open this vault. Nothing was changed."""


class PassphraseRequiredError(VaultError):
    """No usable keyring: the vault needs the user's passphrase to open."""


class InsecureKeyringError(VaultError):
    """The only keyring available stores secrets in plain text; Keepsake will not use it."""

    def __init__(self, backend: str) -> None:
        super().__init__(f"refusing plaintext keyring backend {backend}")
        self.backend = backend


class KeyMissingError(VaultError):
    """The vault exists but its key is no longer in the keyring (another PC, a wiped keyring)."""


class VaultCorruptError(VaultError):
    """The database file or its metadata cannot be read."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class VaultTooNewError(VaultError):
    """The vault was written by a newer Keepsake; opening it here could lose data."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema version {found} is newer than {supported}")
        self.found = found
        self.supported = supported


class VaultInUseError(VaultError):
    """Another Keepsake (a window or a command) has the vault open; only one at a time."""

    def __init__(self, pid: int | None) -> None:
        super().__init__(f"Keepsake is already open (process {pid or 'unknown'})")
        self.pid = pid


class DiskFullError(KeepsakeError):
    """There is not enough free space on the disk; the last write was undone."""

    def __init__(self, folder: Path, needed: int | None = None) -> None:
        extra = f" (about {needed / 1e6:.0f} MB more are needed in {folder})" if needed else ""
        super().__init__(
            f"There isn't enough space on this disk{extra}. Nothing already saved was lost; "
            "please free some space and try again"
        )
        self.folder = folder
        self.needed = needed


class NoPassphraseError(VaultError):
    """A command needs a passphrase and can neither read it from the environment nor ask."""

    def __init__(self, variable: str, why: str = "this computer has no keyring") -> None:
        super().__init__(f"{why}: set {variable} or run in a terminal")
        self.variable = variable
        self.why = why


class PassphraseMismatchError(VaultError):
    """A new passphrase was typed twice, differently."""

    def __init__(self) -> None:
        super().__init__("the two passphrases are not the same")


class PassphraseTooWeakError(VaultError):
    """A new passphrase is too short to protect the vault."""

    def __init__(self, minimum: int) -> None:
        super().__init__(f"a passphrase needs at least {minimum} characters")
        self.minimum = minimum


# --- models ----------------------------------------------------------------------------------


class ModelError(KeepsakeError):
    """A model file is missing, damaged or unusable."""


class ModelMissingError(ModelError):
    """A model (or one of its files) is not installed where it should be."""

    def __init__(self, name: str, path: Path | None) -> None:
        where = str(path) if path else "no installed package"
        super().__init__(f"{name}: not found ({where})")
        self.name = name
        self.path = path


class ModelCorruptError(ModelError):
    """A model file exists but is damaged (wrong size or checksum, unreadable header)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelNoChatTemplateError(ModelError):
    """A language model has no chat template, so it cannot hold a conversation."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: the model has no chat template")
        self.path = path


class ModelImportError(ModelError):
    """A file or folder offered for import is not a usable model of that kind."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelAlreadyInstalledError(ModelError):
    """A model with this id is already installed; it was left as it was."""

    def __init__(self, model_id: str) -> None:
        super().__init__(f"{model_id} is already installed")
        self.model_id = model_id


class DownloadError(ModelError):
    """A download failed; `kept_partial` says whether it can resume where it stopped."""

    def __init__(self, url: str, reason: str, kept_partial: bool) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.kept_partial = kept_partial


class GgufFormatError(ModelError):
    """Not a GGUF file, or its header is damaged, or the file is cut short."""


class ChecksumMismatchError(ModelError):
    """A downloaded file's SHA-256 is not the published one; the file was deleted."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: the checksum does not match; the download was deleted")
        self.name = name


class ModelServerError(ModelError):
    """A model server (Ollama, llama.cpp's server, LM Studio) could not give a reply.

    `reason` is one of the `ServerProblem` values in `desktop/voice/server_llm.py`:
    unreachable, timeout, refused (an HTTP error), dropped (the reply stopped midway), bad
    (not an OpenAI-compatible answer), address (not a usable address)."""

    def __init__(self, address: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{address}: {reason}" + (f" ({detail})" if detail else ""))
        self.address = address
        self.reason = reason
        self.detail = detail


# --- audio and display -----------------------------------------------------------------------


class AudioPart(StrEnum):
    """Which part of the sound could not be used (what the person is told)."""

    SYSTEM = "system"  # no PortAudio, no audio system at all
    MICROPHONE = "microphone"
    SPEAKER = "speaker"


class AudioUnavailableError(KeepsakeError):
    """No audio system (PortAudio missing) or no device: typing and reading still work.
    `reason` is for the log (PortAudio's own words); `part` is what the person is told."""

    def __init__(self, reason: str, part: AudioPart = AudioPart.SYSTEM) -> None:
        super().__init__(reason)
        self.reason = reason
        self.part = part


class DisplayUnavailableError(KeepsakeError):
    """No graphical display to open the window on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class MeasureFailedError(KeepsakeError):
    """Measuring this PC (`keepsake bench` in a child process) did not finish. `reason` is
    for the log (its exit code, its last words on stderr)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- settings --------------------------------------------------------------------------------


class SettingsError(KeepsakeError):
    """The settings file could not be written."""


# --- photos and the portrait -----------------------------------------------------------------


class PhotoError(KeepsakeError):
    """A photo cannot be used for a portrait."""


class PhotoUnreadableError(PhotoError):
    """The file is not an image Keepsake can read (damaged, or another kind of file)."""

    def __init__(self, path: Path | None, reason: str) -> None:
        super().__init__(f"{path or 'photo'}: {reason}")
        self.path = path
        self.reason = reason


class PhotoTooLargeError(PhotoError):
    """The photo has far more pixels (or bytes) than a portrait needs; it was not opened."""

    def __init__(self, path: Path | None, megapixels: float | None, limit: float) -> None:
        size = f"{megapixels:.0f} megapixels" if megapixels is not None else "far too large"
        super().__init__(f"{path or 'photo'}: {size}; at most {limit:.0f} megapixels")
        self.path = path
        self.megapixels = megapixels
        self.limit = limit


class NoFaceFoundError(PhotoError):
    """No face was found: the user can place the eyes and mouth by hand."""


class FaceUnusableError(NoFaceFoundError):
    """A face is there but cannot be rigged from the photo: placed by hand instead.

    `reason` is a `desktop.avatar.quality.FaceProblem` value (profile, too small, ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- personas and their files -----------------------------------------------------------


class PersonaNotFoundError(KeepsakeError):
    """No portrait is called this (by name or by what the person called them)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"there is no portrait called {name!r} (see `keepsake persona list`)")
        self.name = name


class ConsentMissingError(KeepsakeError):
    """A conversation waits until consent for this portrait was recorded."""

    def __init__(self, display_name: str, how: str = "") -> None:
        super().__init__(f"before talking with {display_name}, record consent{how}")
        self.display_name = display_name


class ImportFileError(KeepsakeError):
    """A file given to the import cannot be used; nothing was added."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


class ChatFormatError(KeepsakeError):
    """A file offered as a chat export holds nothing that looks like a chat."""

    def __init__(self, reason: str, within: str = "") -> None:
        """`within`: the file inside an archive the reason is about ("" for the file itself)."""
        self.template, self.within = reason, within
        self.reason = f"{within}: {reason}" if within else reason
        super().__init__(self.reason)


class ChatSenderNotFoundError(KeepsakeError):
    """The chat export has no messages from the sender named as them."""

    def __init__(self, sender: str, senders: tuple[str, ...]) -> None:
        super().__init__(f"no messages from {sender!r}; the senders are {', '.join(senders)}")
        self.sender = sender
        self.senders = senders


class FaceMeshUnavailableError(ModelError):
    """The face-landmark models are missing or damaged: the cascades are used instead."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- care ------------------------------------------------------------------------------------


class CareError(KeepsakeError):
    """Something about the therapist's limits or PIN."""


class PinFormatError(CareError):
    """A new PIN must be 6 to 12 digits."""


class WrongPinError(CareError):
    """The PIN was not right. Entry is slowed down after repeated wrong attempts."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"wrong PIN; next attempt possible in {wait_s:.0f} s")
        self.wait_s = wait_s


class PinLockedError(CareError):
    """Too many wrong attempts: the next one is possible after a short wait."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"PIN entry paused for {wait_s:.0f} s")
        self.wait_s = wait_s


class PinRequiredError(CareError):
    """This change needs the therapist's PIN."""


class InstrumentError(CareError):
    """A self-check's answers are incomplete, or not answers its questionnaire has."""


class InstrumentPackError(CareError):
    """A file given as a self-check's questions is not one Keepsake can use (not a pack, an
    instrument Keepsake does not score, or the wrong number of questions or answers)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SelfCheckTooSoonError(CareError):
    """The self-check was taken less than four weeks ago; it is offered again later."""

    def __init__(self, next_possible: datetime) -> None:
        super().__init__(f"the self-check can be taken again from {next_possible.isoformat()}")
        self.next_possible = next_possible


class ExerciseNotEnabledError(CareError):
    """This guided exercise is not among those the therapist enabled."""


class RemembranceDayError(CareError):
    """A remembrance day that cannot be kept as given (a 31 April, a month 13, no date)."""
