"""What a measurement of this PC found, in plain words (Settings → Models): a headline (how
soon a reply starts, and what that feels like) and a line of details."""

from __future__ import annotations

from desktop.services.pc_measure import PcFigures
from desktop.ui.i18n import join_sentences, tr, trn

SMOOTH_FPS = 25.0
WORDS_PER_TOKEN = 0.75  # roughly, for English; a reader wants words, not tokens


def _seconds(value: float) -> str:
    return tr("{0:.1f} s").format(value)


def headline(figures: PcFigures) -> str:
    """How soon a reply starts on this PC, and what that feels like."""
    if figures.reply_start_s is None:
        return tr("The measurement found no figures to show.")
    start = figures.reply_start_s
    said = tr("Replies start in about {0} on this PC.").format(_seconds(start))
    if start <= 1.5:
        return join_sentences([said, tr("Conversations will feel natural.")])
    if start <= 3.0:
        return join_sentences(
            [said, tr("There is a short pause before each reply, like someone thinking.")]
        )
    return join_sentences(
        [
            said,
            tr(
                "That is a long pause: a smaller conversation model, or a model server on a "
                "faster computer, would answer sooner."
            ),
        ]
    )


def details(figures: PcFigures) -> str:
    """The models' speeds and the portrait's, in short sentences; what was not measured is
    left out."""
    parts: list[str] = []
    if figures.llm_tokens_per_s is not None:
        words = max(1, round(figures.llm_tokens_per_s * WORDS_PER_TOKEN))
        parts.append(
            trn(
                "The conversation model writes about %n word a second.",
                "The conversation model writes about %n words a second.",
                words,
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
    return join_sentences(parts)
