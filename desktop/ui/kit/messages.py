"""Calm, specific words for each error the user can meet, and what to do about it."""

from __future__ import annotations

import logging

from desktop.core import errors as e
from desktop.ui.i18n import list_text, long_date, tr, tr_noop
from desktop.ui.kit.import_reasons import reason_text

log = logging.getLogger(__name__)


_AUDIO_PARTS = {  # PortAudio's own words stay in the log, never in a sentence for the person
    e.AudioPart.SYSTEM: tr_noop(
        "Sound isn't available on this computer. You can still type and read."
    ),
    e.AudioPart.MICROPHONE: tr_noop(
        "The microphone could not be used. You can still type; choose another one in Settings."
    ),
    e.AudioPart.SPEAKER: tr_noop(
        "The speaker could not be used: replies are shown as captions. Choose another one in "
        "Settings."
    ),
}


def describe(exc: BaseException) -> str:
    """A sentence or two for a dialog; never the exception's own text for known errors."""
    if isinstance(exc, e.WrongKeyError):
        return tr(
            "That passphrase doesn't open your keepsake. Nothing was changed; please try again."
        )
    if isinstance(exc, e.PassphraseTooWeakError):
        return tr("Please choose a passphrase of at least {0} characters.").format(exc.minimum)
    if isinstance(exc, e.KeyMissingError):
        return tr(
            "The key to your keepsake is no longer in this computer's keyring. Your data is "
            "untouched; restore it from a backup, or ask for help before changing anything."
        )
    if isinstance(exc, e.InsecureKeyringError):
        return tr(
            "The only keyring available keeps secrets in plain text, so Keepsake will not use "
            "it. Please remove keyrings.alt or use your desktop's keyring."
        )
    if isinstance(exc, e.VaultTooNewError):
        return tr(
            "Your keepsake was saved by a newer version of Keepsake. Please update the app; "
            "nothing was changed."
        )
    if isinstance(exc, e.VaultInUseError):
        from desktop.ui.kit.already_open import already_open_text

        return already_open_text(exc.pid)
    if isinstance(exc, e.DiskFullError):
        return tr(
            "There isn't enough space on this disk to save that. Nothing already saved was "
            "lost, and what was being saved was undone. Please free some space and try again."
        )
    if isinstance(exc, e.SilkTruncatedError):
        return tr(
            "{0} is a WeChat voice message that was cut short (the file ends in the middle). "
            "Please copy it again from the phone. Nothing was added."
        ).format(exc.path.name if exc.path else tr("The voice message"))
    if isinstance(exc, e.AmrHeaderError):
        return tr(
            "{0} is named as an AMR voice message but is not one. Please check the file. "
            "Nothing was added."
        ).format(exc.path.name if exc.path else tr("The recording"))
    if isinstance(exc, e.AudioFileError):
        return tr(
            "{0} is not an audio file Keepsake can read ({1}). Please try another one."
        ).format(exc.path.name if exc.path else tr("The recording"), exc.reason)
    if isinstance(exc, e.VaultCorruptError):
        return tr(
            "Keepsake couldn't read its data file. Nothing was deleted. Details "
            "for someone helping you: {0}."
        ).format(exc.reason)
    if isinstance(exc, e.ModelMissingError):
        return tr(
            "A model Keepsake needs isn't installed ({0}). Talking by typing still "
            "works where possible; reinstalling Keepsake brings it back."
        ).format(exc.name)
    if isinstance(exc, e.ModelCorruptError):
        return tr("A model file seems damaged ({0}). Reinstalling Keepsake will repair it.").format(
            exc.path.name
        )
    if isinstance(exc, e.ModelNoChatTemplateError):
        return tr(
            "{0} has no chat template, so it cannot hold a conversation (it may be "
            "a base model). Please choose an “Instruct” or “Chat” version."
        ).format(exc.path.name)
    if isinstance(exc, e.ModelImportError):
        return tr("{0} can't be used: {1}. Nothing was installed.").format(
            exc.path.name, exc.reason
        )
    if isinstance(exc, e.ModelAlreadyInstalledError):
        return tr("That model is already installed. Nothing was changed.")
    if isinstance(exc, e.ChecksumMismatchError):
        return tr(
            "The downloaded {0} was not the published file (its checksum differs), "
            "so it was deleted. Please try again later."
        ).format(exc.name)
    if isinstance(exc, e.DownloadError):
        resume = tr(" Try again to continue where it stopped.") if exc.kept_partial else ""
        return tr("The download didn't finish: {0}.{1}").format(exc.reason, resume)
    if isinstance(exc, e.AudioUnavailableError):
        return tr(_AUDIO_PARTS[exc.part])
    if isinstance(exc, e.MeasureFailedError):
        return tr(
            "The measurement could not finish. Nothing was changed and Keepsake works as "
            "before. You can try again later, perhaps with fewer programs open."
        )
    if isinstance(exc, e.PhotoUnreadableError):
        return tr("That photo can't be read ({0}). Please try another one.").format(exc.reason)
    if isinstance(exc, e.PhotoTooLargeError):
        return tr(
            "That photo is larger than a portrait can use (at most {0} megapixels). Please "
            "choose a smaller copy of it."
        ).format(f"{exc.limit:.0f}")
    if isinstance(exc, e.FaceUnusableError):
        return face_problem_message(exc.reason)
    if isinstance(exc, e.NoFaceFoundError):
        return tr("No face was found in the photo. You can place the eyes and mouth by hand.")
    if isinstance(exc, e.ModelServerError):
        return tr(
            "The model server at {0} could not be used ({1}). Keepsake answers with the model "
            "on this computer instead; Settings, Models can check the server."
        ).format(exc.address, exc.reason)
    if isinstance(exc, e.FaceMeshUnavailableError):
        return tr(
            "The face-point models could not be used ({0}), so the eyes and mouth were placed "
            "roughly. You can adjust them by hand; 'keepsake doctor' says more."
        ).format(exc.reason)
    if isinstance(exc, e.ImportFileError):
        return tr("{0}: {1}. Please check the file and try again.").format(
            exc.path.name, reason_text(exc)
        )
    if isinstance(exc, e.ChatColumnsError):
        return tr(
            "This table of messages has columns Keepsake doesn't know ({0}). Please export the "
            "chat again as text, CSV or HTML with WeChatMsg or MemoTrace. Nothing was added."
        ).format(list_text(exc.found[:8]))
    if isinstance(exc, e.ChatArchiveError):
        return tr("That archive can't be used ({0}). Nothing was added.").format(reason_text(exc))
    if isinstance(exc, e.ChatFormatError):
        return tr("That chat export can't be read ({0}). Nothing was added.").format(
            reason_text(exc)
        )
    if isinstance(exc, e.SharePassphraseError):
        return tr(
            "That passphrase doesn't open this shared portrait, or the file was changed on its "
            "way. Nothing was added; please check the passphrase with the person who shared it."
        )
    if isinstance(exc, e.ShareWriteError):
        return tr(
            "The shared portrait couldn't be written in {0}. Please choose another folder; "
            "nothing was changed."
        ).format(str(exc.path.parent))
    if isinstance(exc, e.ReportWriteError):
        if exc.disk_full:
            return tr(
                "There isn't enough space on this disk for the report. Nothing was written; "
                "please free some space or choose another place."
            )
        return tr(
            "The report couldn't be written in {0}. Please choose another folder; nothing was "
            "written there."
        ).format(str(exc.path.parent))
    if isinstance(exc, e.ShareFileError):
        return tr(
            "This shared portrait can't be used ({0}). Nothing was added; please ask for the "
            "file again."
        ).format(exc.reason)
    if isinstance(exc, e.InterviewError):
        return tr("That answer can't be kept: {0}.").format(exc.reason)
    if isinstance(exc, e.WrongPinError):
        if exc.wait_s > 0:
            return tr("That PIN is not right. The next try is possible in {0}.").format(
                _wait(exc.wait_s)
            )
        return tr("That PIN is not right. Please try again.")
    if isinstance(exc, e.PinLockedError):
        return tr(
            "After several wrong PINs, entry pauses for a while. The next try is possible in {0}."
        ).format(_wait(exc.wait_s))
    if isinstance(exc, e.PinRequiredError):
        return tr("This change needs the therapist's PIN.")
    if isinstance(exc, e.PinFormatError):
        return tr("A PIN is 6 to 12 digits.")
    if isinstance(exc, e.SettingsError):
        return tr("Your settings couldn't be saved. Is the disk full?")
    described = _people_and_files(exc) or _care_over_time(exc)
    if described is not None:
        return described
    log.error("no words for %s", exc.__class__.__name__, exc_info=exc)
    return (
        tr("Something went wrong. Nothing you saved was lost. Details: ") + exc.__class__.__name__
    )


def _people_and_files(exc: BaseException) -> str | None:
    if isinstance(exc, e.ChatSenderNotFoundError):
        return tr("The chat has no messages from {0}. The people in it are: {1}.").format(
            exc.sender, list_text(exc.senders)
        )
    if isinstance(exc, e.PersonaNotFoundError):
        return tr("There is no portrait called {0}.").format(exc.name)
    if isinstance(exc, e.ConsentMissingError):
        return tr(
            "Before the first conversation with {0}, please record who made this portrait and "
            "whether they agreed to it."
        ).format(exc.display_name)
    if isinstance(exc, e.GgufFormatError):
        return tr("That file is not a usable GGUF model. Nothing was installed.")
    if isinstance(exc, e.NoPassphraseError | e.PassphraseRequiredError):
        return tr("Your keepsake needs its passphrase to open.")
    if isinstance(exc, e.PassphraseMismatchError):
        return tr("The two passphrases are not the same.")
    if isinstance(exc, e.DisplayUnavailableError):
        return tr("Keepsake cannot open a window here ({0}).").format(exc.reason)
    if isinstance(exc, e.OperationCancelledError):
        return tr("Stopped. Nothing was changed.")
    return None


def _wait(seconds: float) -> str:
    whole = max(1, round(seconds))
    if whole < 90:
        return tr("{0} seconds").format(whole)
    return tr("{0} minutes").format(round(whole / 60))


def face_problem_message(reason: str) -> str:
    """A face found but not usable by itself (`desktop.avatar.quality.FaceProblem` values)."""
    hand = tr("You can place the eyes and mouth by hand, or choose another photo.")
    if reason == "profile":
        return tr("The face in this photo is turned to the side; a portrait needs both eyes.") + (
            " " + hand
        )
    if reason == "too-small":
        return tr("The face in this photo is very small, so the portrait would be blurred.") + (
            " " + hand
        )
    return tr("No face was found in the photo. You can place the eyes and mouth by hand.")


def photo_note_message(note: str) -> str:
    """Something worth knowing about a photo that was used (`PhotoNote` values)."""
    notes = {
        "several-faces": tr("This photo has several faces."),
        "blurred": tr("The face in this photo is blurred, so the portrait will look soft."),
        "monochrome": tr("A black-and-white photo: the portrait stays black and white."),
        "dark": tr("A very dark photo: the face was found after brightening it."),
        "cascades": tr(
            "The face-landmark model is not available, so a simpler face finder placed the "
            "points: please check them (Adjust face points…)."
        ),
    }
    return notes.get(note, "")


def _care_over_time(exc: BaseException) -> str | None:
    """The self-check, guided exercises and remembrance days (issue 19)."""
    if isinstance(exc, e.SelfCheckTooSoonError):
        return tr("The self-check can be taken again from {0}.").format(
            long_date(exc.next_possible.date())
        )
    if isinstance(exc, e.InstrumentError):
        return tr("Please answer every question; then the self-check can be kept.")
    if isinstance(exc, e.InstrumentPackError):
        return tr(
            "This file is not a questionnaire Keepsake can use ({0}). Nothing was changed."
        ).format(exc.reason)
    if isinstance(exc, e.ExerciseNotEnabledError):
        return tr(
            "This guided exercise is not among those your therapist enabled. Nothing was lost."
        )
    if isinstance(exc, e.RemembranceDayError):
        return tr("That date does not exist in the calendar. Please choose another.")
    return None
