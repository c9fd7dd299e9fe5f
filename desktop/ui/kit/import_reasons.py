"""Why a file given to the import cannot be used, in the app's language.

The importers (desktop/core, desktop/services) give their reasons in English, for `keepsake`
in a terminal and for the log; each reason is one of the texts below (a zip's member named as
{0}), so the window shows it translated. An error whose reason is not listed shows it as it is.
GUI thread.
"""

from __future__ import annotations

from desktop.core import errors as e
from desktop.ui.i18n import tr, tr_noop

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
