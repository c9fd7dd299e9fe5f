"""What a measurement of this PC found, in plain words (Settings → Models)."""

from __future__ import annotations

from desktop.services.pc_measure import PcFigures
from desktop.ui.i18n import tr

SMOOTH_FPS = 25.0
WORDS_PER_TOKEN = 0.75  # roughly, for English; a reader wants words, not tokens


def _seconds(value: float) -> str:
    return tr("{0:.1f} s").format(value)


def reply_words(reply_start_s: float) -> str:
    """How soon a reply starts, and what that feels like."""
    said = tr("Replies start in about {0} on this PC.").format(_seconds(reply_start_s))
    if reply_start_s <= 1.5:
        return said + " " + tr("Conversations will feel natural.")
    if reply_start_s <= 3.0:
        return said + " " + tr("There is a short pause before each reply, like someone thinking.")
    return (
        said
        + " "
        + tr(
            "That is a long pause: a smaller conversation model, or a model server on a faster "
            "computer, would answer sooner."
        )
    )


def figures_in_words(figures: PcFigures) -> str:
    """A few sentences; the figures that were not measured are left out."""
    parts: list[str] = []
    if figures.reply_start_s is not None:
        parts.append(reply_words(figures.reply_start_s))
    if figures.llm_tokens_per_s is not None:
        parts.append(
            tr("The conversation model writes about {0:.0f} words a second.").format(
                figures.llm_tokens_per_s * WORDS_PER_TOKEN
            )
        )
    if figures.stt_rtf:
        parts.append(
            tr("It understands speech about {0:.0f} times faster than it is spoken.").format(
                1 / figures.stt_rtf
            )
        )
    if figures.portrait_fps is not None:
        parts.append(
            (
                tr("The portrait moves smoothly ({0:.0f} pictures a second).")
                if figures.portrait_fps >= SMOOTH_FPS
                else tr("The portrait moves a little stiffly here ({0:.0f} pictures a second).")
            ).format(figures.portrait_fps)
        )
    if figures.models_load_s is not None:
        parts.append(
            tr("A call is ready about {0} after it starts.").format(_seconds(figures.models_load_s))
        )
    return " ".join(parts) or tr("The measurement found no figures to show.")
