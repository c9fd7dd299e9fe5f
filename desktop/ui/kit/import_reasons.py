"""What the import says, in the app's language: why a file cannot be used, how far creating a
portrait is, and why a part of it was left out.

The importers (desktop/core, desktop/services) give these in English, for `keepsake` in a
terminal and for the log; each is one of the texts below (a file's name as {0}), so the window
shows it translated. A text not listed shows as it is. GUI thread.
"""

from __future__ import annotations

from desktop.core import errors as e
from desktop.core.jobs import Progress
from desktop.core.persona import SkipKind, Skipped
from desktop.ui.i18n import tr, tr_noop, trn

REASONS = (
    # a chat export, and a zipped one
    tr_noop("no chat messages were recognised in this file"),
    tr_noop("the file has no messages with words in them"),
    tr_noop("this is not a text file"),
    tr_noop("the file is empty"),
    tr_noop("the table is damaged (a field is far too long)"),
    tr_noop("this page holds no WeChat messages"),
    tr_noop("the page's list of messages is damaged"),
    tr_noop("the file is too large for a chat export"),
    tr_noop("there is no chat (.txt) in this archive"),
    tr_noop("the archive could not be read"),
    tr_noop("the archive has files with unsafe names"),
    tr_noop("the archive holds far too many files"),
    tr_noop("the archive is far too large"),
    tr_noop("this is not a zip archive, or it is damaged"),
    tr_noop("{0} expands far beyond its size (a zip bomb)"),
    tr_noop("{0} is damaged"),
    tr_noop("{0} is encrypted"),
    tr_noop("{0} is far larger than the archive says"),
    tr_noop("{0} is far too large"),
    # photos and recordings
    tr_noop("the file could not be read"),
    tr_noop("the file is far too large for a photo"),
    tr_noop("this is not a photo Keepsake can read"),
    tr_noop("this is not a recording Keepsake can read"),
    tr_noop("the recording is empty"),
)


STEPS = (
    tr_noop("Reading their messages"),
    tr_noop("Looking at {0}"),
    tr_noop("Listening to {0}"),
    tr_noop("Reading {0}"),
    tr_noop("Saving"),
    tr_noop("Bringing the voice closer to theirs"),
)
LEFT_OUT = (
    tr_noop("no face found: place the eyes and mouth by hand"),
    tr_noop("too short to be a saying"),
    tr_noop("a very long message: only its beginning was kept"),
    tr_noop("no words were recognised in the recording"),
    tr_noop("already added from another source"),
    tr_noop("a notice from WeChat, not a message"),
    tr_noop("a photo, sticker, file or link, not words"),
    tr_noop("a voice message: add its recording as a clip"),
    tr_noop("a photo, video or file, not words"),
    tr_noop("a notice from WhatsApp, not a message"),
    tr_noop("not in the form Name: message"),
)


def progress_text(p: Progress) -> str:
    """The step creating a portrait is at."""
    return tr(p.template).format(p.detail) if p.template else tr(p.message)


def left_out_text(skipped: Skipped) -> str:
    """A part an import left out, and why."""
    if skipped.kind is SkipKind.VOICE_NOTES:
        what = trn("%n voice note", "%n voice notes", skipped.count)
        reason = tr("at most {0} from one chat").format(skipped.limit)
    elif skipped.kind is SkipKind.CHAT_WORDS:
        what = trn("%n message", "%n messages", skipped.count)
        reason = tr("a chat gives at most {0} sayings and memories").format(skipped.limit)
    else:
        what = tr("line {0}").format(skipped.line) if skipped.line else skipped.what
        reason = tr(skipped.reason)
    return tr("{0}: {1}").format(what, reason)


def reason_text(exc: e.ImportFileError | e.ChatArchiveError | e.ChatFormatError) -> str:
    """The reason of an import error (or of the archive or chat error behind it), translated."""
    cause: BaseException = exc
    if isinstance(exc, e.ImportFileError) and isinstance(
        exc.__cause__, (e.ChatArchiveError, e.ChatFormatError)
    ):
        cause = exc.__cause__
    if isinstance(cause, e.ChatArchiveError):
        return tr(cause.template).format(cause.member)
    if isinstance(cause, e.ChatFormatError):
        text = tr(cause.template)
        return tr("{0}: {1}").format(cause.within, text) if cause.within else text
    return tr(exc.reason)
