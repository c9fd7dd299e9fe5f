"""Calm, specific words for each error the user can meet, and what to do about it."""

from __future__ import annotations

from desktop.core import errors as e


def describe(exc: BaseException) -> str:
    """A sentence or two for a dialog; never the exception's own text for known errors."""
    if isinstance(exc, e.WrongKeyError):
        return "That passphrase doesn't open your keepsake. Nothing was changed; please try again."
    if isinstance(exc, e.PassphraseTooWeakError):
        return f"Please choose a passphrase of at least {exc.minimum} characters."
    if isinstance(exc, e.KeyMissingError):
        return (
            "The key to your keepsake is no longer in this computer's keyring. Your data is "
            "untouched; restore it from a backup, or ask for help before changing anything."
        )
    if isinstance(exc, e.InsecureKeyringError):
        return (
            "The only keyring available keeps secrets in plain text, so Keepsake will not use "
            "it. Please remove keyrings.alt or use your desktop's keyring."
        )
    if isinstance(exc, e.VaultTooNewError):
        return (
            "Your keepsake was saved by a newer version of Keepsake. Please update the app; "
            "nothing was changed."
        )
    if isinstance(exc, e.VaultCorruptError):
        return (
            "Keepsake couldn't read its data file. Nothing was deleted. "
            f"Details for someone helping you: {exc.reason}."
        )
    if isinstance(exc, e.ModelMissingError):
        return (
            f"A model Keepsake needs isn't installed ({exc.name}). Talking by typing still "
            "works where possible; reinstalling Keepsake brings it back."
        )
    if isinstance(exc, e.ModelCorruptError):
        return (
            f"A model file seems damaged ({exc.path.name}). Reinstalling Keepsake will repair it."
        )
    if isinstance(exc, e.ModelNoChatTemplateError):
        return (
            f"{exc.path.name} has no chat template, so it cannot hold a conversation (it may "
            "be a base model). Please choose an “Instruct” or “Chat” version."
        )
    if isinstance(exc, e.ModelImportError):
        return f"{exc.path.name} can't be used: {exc.reason}. Nothing was installed."
    if isinstance(exc, e.ModelAlreadyInstalledError):
        return "That model is already installed. Nothing was changed."
    if isinstance(exc, e.ChecksumMismatchError):
        return (
            f"The downloaded {exc.name} was not the published file (its checksum differs), so "
            "it was deleted. Please try again later."
        )
    if isinstance(exc, e.DownloadError):
        resume = " Try again to continue where it stopped." if exc.kept_partial else ""
        return f"The download didn't finish: {exc.reason}.{resume}"
    if isinstance(exc, e.AudioUnavailableError):
        return f"Sound isn't available ({exc.reason}). You can still type and read."
    if isinstance(exc, e.PhotoUnreadableError):
        return f"That photo can't be read ({exc.reason}). Please try another one."
    if isinstance(exc, e.NoFaceFoundError):
        return "No face was found in the photo. You can place the eyes and mouth by hand."
    from desktop.persona_builder import ImportFileError

    if isinstance(exc, ImportFileError):
        return f"{exc.path.name}: {exc.reason}. Please check the file and try again."
    if isinstance(exc, e.WrongPinError):
        if exc.wait_s > 0:
            return f"That PIN is not right. The next try is possible in {_wait(exc.wait_s)}."
        return "That PIN is not right. Please try again."
    if isinstance(exc, e.PinLockedError):
        return (
            "After several wrong PINs, entry pauses for a while. "
            f"The next try is possible in {_wait(exc.wait_s)}."
        )
    if isinstance(exc, e.PinRequiredError):
        return "This change needs the therapist's PIN."
    if isinstance(exc, e.PinFormatError):
        return "A PIN is 4 to 12 digits."
    if isinstance(exc, e.SettingsError):
        return "Your settings couldn't be saved. Is the disk full?"
    if isinstance(exc, e.KeepsakeError):
        return f"{exc}."
    return "Something went wrong. Nothing you saved was lost. Details: " + exc.__class__.__name__


def _wait(seconds: float) -> str:
    whole = max(1, round(seconds))
    if whole < 90:
        return f"{whole} seconds"
    return f"{round(whole / 60)} minutes"
