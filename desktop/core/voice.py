"""The portrait's voice: a base (a woman's or a man's) and how the synthetic voice is shaped.

Keepsake speaks with a synthetic voice (Piper); the only one installed by default is a man's.
Each portrait has a *voice base*, chosen from who they were ("mother" → a woman's voice) and
editable, and a *shape*: how far the synthetic voice's pitch, intonation, formants and rate
move toward theirs. Without clips of them, each base has a pleasant default; with clips, the
shape is fitted to them (desktop/voice/voice_fit.py). Pure data and rules.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum


class VoiceBase(StrEnum):
    WOMAN = "woman"
    MAN = "man"


@dataclass(frozen=True, slots=True)
class VoiceShape:
    """How the base voice is changed. The default changes nothing."""

    pitch_semitones: float = 0.0  # the median pitch moves by this much
    pitch_range: float = 1.0  # intonation: the spread of pitch around the median, scaled
    formant_scale: float = 1.0  # the spectral envelope stretched (formants up when > 1)
    length_scale: float = 1.0  # speaking rate through Piper (> 1 is slower)

    @property
    def reshapes(self) -> bool:
        """Whether the vocoder has anything to do (the rate alone is Piper's)."""
        return (
            abs(self.pitch_semitones) >= 0.05
            or abs(self.pitch_range - 1.0) >= 0.01
            or abs(self.formant_scale - 1.0) >= 0.005
        )

    def clamped(self) -> VoiceShape:
        """Within the bounds where the voice stays natural and intelligible."""
        return VoiceShape(
            round(min(max(self.pitch_semitones, -12.0), 14.0), 2),
            round(min(max(self.pitch_range, 0.5), 1.8), 3),
            round(min(max(self.formant_scale, 0.8), 1.35), 3),
            round(min(max(self.length_scale, 0.6), 1.8), 3),
        )


# Where a woman's and a man's speaking voice typically sit (median F0, Hz), the pitch above
# which a synthetic voice counts as a woman's, and how much shorter a woman's vocal tract is
# (its formants sit about 17 % higher).
TYPICAL_F0_HZ = {VoiceBase.WOMAN: 205.0, VoiceBase.MAN: 115.0}
WOMANS_ABOVE_HZ = 165.0
FORMANTS_WOMAN_OVER_MAN = 1.17
RANGE_WOMAN_OVER_MAN = 1.15


def base_of_voice(median_f0_hz: float) -> VoiceBase:
    """Whether a synthetic voice (by its median pitch) is a woman's or a man's."""
    return VoiceBase.WOMAN if median_f0_hz >= WOMANS_ABOVE_HZ else VoiceBase.MAN


def default_shape(base: VoiceBase, voice: VoiceBase, voice_f0_hz: float) -> VoiceShape:
    """A pleasant voice for `base` made from a synthetic `voice` whose median pitch is
    `voice_f0_hz`: unchanged when they match, else moved to the other's typical pitch,
    intonation and formants."""
    if base is voice or voice_f0_hz <= 0:
        return VoiceShape()
    semitones = 12 * math.log2(TYPICAL_F0_HZ[base] / voice_f0_hz)
    if base is VoiceBase.WOMAN:
        return VoiceShape(semitones, RANGE_WOMAN_OVER_MAN, FORMANTS_WOMAN_OVER_MAN).clamped()
    return VoiceShape(semitones, 1 / RANGE_WOMAN_OVER_MAN, 1 / FORMANTS_WOMAN_OVER_MAN).clamped()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WOMEN = _words(
    """mother mum mom mommy mummy mam mama ma grandmother grandma granny gran nan nana nanna
    grandmom wife sister daughter aunt auntie aunty niece girlfriend fiancee godmother
    stepmother stepmum stepmom stepdaughter stepsister granddaughter her she woman girl lady"""
)
_MEN = _words(
    """father dad daddy papa pa pop grandfather grandpa granddad grandad gramps husband brother
    son uncle nephew boyfriend fiance godfather stepfather stepdad stepson stepbrother
    grandson him he man boy gentleman"""
)
_WOMEN_ZH = _words("妈 母 奶奶 外婆 姥姥 婆婆 妻 老婆 姐 妹 女儿 姑 姨 婶 舅妈 嫂 祖母")
_MEN_ZH = _words("爸 父 爷爷 外公 姥爷 公公 丈夫 老公 哥 弟 儿子 叔 伯 舅 祖父")


def base_for_relationship(relationship: str) -> VoiceBase | None:
    """The voice base a relationship suggests ("my mum" → a woman's), None when it does not."""
    text = relationship.strip().lower()
    words = set(re.findall(r"[a-z]+", text))
    found = {k for k in _WOMEN_ZH | _MEN_ZH if k in text}
    found = {k for k in found if not any(k != other and k in other for other in found)}
    woman = bool(words & _WOMEN or found & _WOMEN_ZH)
    man = bool(words & _MEN or found & _MEN_ZH)
    if woman == man:
        return None
    return VoiceBase.WOMAN if woman else VoiceBase.MAN


def voice_plan(
    base: VoiceBase | None, custom: VoiceShape | None, voice: VoiceBase, voice_f0_hz: float
) -> VoiceShape:
    """The shape to speak with: their fitted or hand-set shape when there is one, else the
    pleasant default for their base (the installed voice as it is when no base is known)."""
    if custom is not None:
        return custom.clamped()
    if base is None:
        return VoiceShape()
    return default_shape(base, voice, voice_f0_hz)
