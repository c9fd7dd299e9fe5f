"""A grief self-check instrument and its scoring, exactly as its authors publish it.

Keepsake scores only instruments whose published scoring it implements and tests here. The
questions' words are not part of this module: they come from an instrument pack
(`instrument_pack.py`) added from a copy the instrument's authors allow, because none of the
candidate instruments carries a licence that lets Keepsake ship them (docs/self-check.md).

The one instrument implemented is the Brief Grief Questionnaire (BGQ; Shear & Essock 2002):
five questions, each answered "not at all" (0), "somewhat" (1) or "a lot" (2); the total runs
from 0 to 10. Its authors' note: a total of 5 or more may suggest complicated grief, and only a
full evaluation by a clinician can say so. Studies of the BGQ use 8 or more as the cut-off for
probable complicated grief (Jpn J Clin Oncol 2021; validated by Ito et al. 2012). So: below 5,
5 to 7, 8 or more. The self-check is a screening aid, never a diagnosis. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import InstrumentError


class Band(StrEnum):
    """Where a total falls, in the instrument's own published bands."""

    LOW = "low"  # below the authors' first cut-off
    RAISED = "raised"  # at or above the first cut-off: may suggest a grief that is stuck
    HIGH = "high"  # at or above the cut-off studies use for probable complicated grief


@dataclass(frozen=True, slots=True)
class Cut:
    at_least: int
    band: Band


@dataclass(frozen=True, slots=True)
class Scoring:
    """How answers become a total and a band."""

    item_count: int
    option_values: tuple[int, ...]  # the value of each answer option, in the order shown
    cuts: tuple[Cut, ...]  # ascending; a total below the first is LOW

    @property
    def minimum(self) -> int:
        return self.item_count * min(self.option_values)

    @property
    def maximum(self) -> int:
        return self.item_count * max(self.option_values)


@dataclass(frozen=True, slots=True)
class Instrument:
    id: str
    name: str
    short_name: str
    scoring: Scoring
    citations: tuple[str, ...]
    copyright: str


@dataclass(frozen=True, slots=True)
class Score:
    total: int
    band: Band


BGQ = Instrument(
    id="bgq",
    name="Brief Grief Questionnaire",
    short_name="BGQ",
    scoring=Scoring(
        item_count=5,
        option_values=(0, 1, 2),  # not at all, somewhat, a lot
        cuts=(Cut(5, Band.RAISED), Cut(8, Band.HIGH)),
    ),
    citations=(
        "Shear, M. K., & Essock, S. (2002). Brief Grief Questionnaire. University of Pittsburgh.",
        "Shear, M. K., Jackson, C. T., Essock, S. M., Donahue, S. A., & Felton, C. J. (2006). "
        "Screening for complicated grief among Project Liberty service recipients 18 months "
        "after September 11, 2001. Psychiatric Services, 57(9), 1291-1297. "
        "doi:10.1176/ps.2006.57.9.1291",
        "Ito, M., Nakajima, S., Fujisawa, D., Miyashita, M., Kim, Y., Shear, M. K., "
        "Ghesquiere, A., & Wall, M. M. (2012). Brief measure for screening complicated grief: "
        "reliability and discriminant validity. PLoS ONE, 7(2), e31209. "
        "doi:10.1371/journal.pone.0031209",
    ),
    copyright="Copyright University of Pittsburgh 2002",
)

INSTRUMENTS: dict[str, Instrument] = {BGQ.id: BGQ}


def band_of(scoring: Scoring, total: int) -> Band:
    band = Band.LOW
    for cut in scoring.cuts:
        if total >= cut.at_least:
            band = cut.band
    return band


def score(instrument: Instrument, answers: Sequence[int]) -> Score:
    """The total and band of one complete set of answers (each an option's value).

    Raises InstrumentError for a missing answer or a value the instrument does not have:
    a self-check is scored only when every question was answered, as published."""
    scoring = instrument.scoring
    if len(answers) != scoring.item_count:
        raise InstrumentError(
            f"{instrument.short_name} has {scoring.item_count} questions, got {len(answers)}"
        )
    for value in answers:
        if isinstance(value, bool) or value not in scoring.option_values:
            raise InstrumentError(f"{value!r} is not an answer of {instrument.short_name}")
    total = sum(answers)
    return Score(total, band_of(scoring, total))
