"""The journal's and the exports' words in the person's language (GUI thread: tr() at call)."""

from __future__ import annotations

from desktop.core.journal import Ending
from desktop.core.persona import Agreement
from desktop.ui.call.mood import SCALE
from desktop.ui.i18n import date_time, duration_minutes, full_date, tr, tr_noop, trn
from desktop.vault.export_words import ExportWords

_ENDINGS = {
    Ending.ENDED: tr_noop("ended"),
    Ending.UNEXPECTED: tr_noop("ended unexpectedly"),
    Ending.TIME_LIMIT: tr_noop("the time limit ended it"),
}


_AGREED = {
    Agreement.YES: tr_noop("agreed"),
    Agreement.NO: tr_noop("did not agree"),
    Agreement.UNKNOWN: tr_noop("not known"),
}


def ending_words(ending: Ending) -> str:
    return tr(_ENDINGS[ending])


def conversations(n: int) -> str:
    return trn("%n conversation", "%n conversations", n)


def journal_words() -> ExportWords:
    """ExportWords translated now (build it when rendering, after the language is set)."""
    return ExportWords(
        you=tr("You"),
        you_on_pause=tr("You, on the pause screen"),
        keepsake_pause=tr("Keepsake (paused for your safety)"),
        portrait_ai=tr("{0} (AI)"),
        portrait_life=tr("{0} (said in life)"),
        interrupted=tr("(interrupted)"),
        under_a_minute=tr("under a minute"),
        mood_before=tr("Before the call you felt: {0}"),
        mood_after=tr("After the call you felt: {0}"),
        mood_words=tr("In your words: {0}"),
        note=tr("Your note after the call"),
        title=tr("Keepsake journal"),
        exported=tr("Exported {0}."),
        summary=tr("Summary"),
        usage=tr("{0}, {1} in all."),
        consent=tr("Consent"),
        consent_line=tr("{0}: portrait made by {1} ({2}); agreed in life: {3}."),
        agreed=lambda a: tr(_AGREED[a]),
        warning=tr(
            "Exported files are not encrypted: anyone who can open the file can read it. "
            "Keep it somewhere private, and delete it when you no longer need it."
        ),
        minutes=duration_minutes,
        conversations=conversations,
        moods=tuple(tr(m) for m in SCALE),
        ending=ending_words,
        when=date_time,
        day=lambda at: full_date(at.astimezone().date()),
    )
