"""Phonemes to mouth shapes, and smooth mouth curves from phoneme timings or from audio."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from desktop.avatar.articulation import articulated
from desktop.core.events import PhonemeTiming

CURVE_RATE = 100  # mouth-shape samples per second
# How much earlier than its phoneme's span a mouth shape is shown. The spans are when each
# phoneme is heard (desktop/voice/phoneme_spans.py) and the smoothing and rate limits below
# already start every movement ahead of its sound: measured over ten sentences
# (`keepsake bench --only avatar`, lipsync_offset_ms), any further lead shows as the mouth
# moving before the voice, so none is added.
ANTICIPATION_S = 0.0
Floats = npt.NDArray[np.float32]


class Viseme(StrEnum):
    REST = "rest"
    OPEN = "open"  # open vowels (IPA a, ae, wedge): jaw down
    MID = "mid"  # e, ɛ, ə: half open
    WIDE = "wide"  # close front vowels (IPA i): lips spread
    ROUND = "round"  # o, u: lips round and narrow
    PUCKER = "pucker"  # w: lips rounded into a small ring, the jaw nearly closed
    CLOSED = "closed"  # m, b, p: lips pressed
    LIP_TEETH = "lip-teeth"  # f, v: lower lip to the upper teeth
    SMALL = "small"  # most consonants: slightly apart


@dataclass(frozen=True, slots=True)
class MouthShape:
    """Weights the renderer understands, each 0..1."""

    open: float = 0.0
    round: float = 0.0
    wide: float = 0.0
    press: float = 0.0
    teeth: float = 0.0
    unsmile: float = 0.0  # a smiling photo's mouth corners brought back to neutral

    def as_array(self) -> Floats:
        return np.array(
            [self.open, self.round, self.wide, self.press, self.teeth, self.unsmile], np.float32
        )

    @classmethod
    def from_array(cls, a: Sequence[float]) -> MouthShape:
        return cls(*(float(v) for v in a[:CHANNELS]))


CHANNELS = 6


SHAPES: dict[Viseme, MouthShape] = {
    Viseme.REST: MouthShape(),
    Viseme.OPEN: MouthShape(open=1.0, wide=0.1, unsmile=0.6),
    Viseme.MID: MouthShape(open=0.55, wide=0.15, unsmile=0.6),
    Viseme.WIDE: MouthShape(open=0.3, wide=0.9, unsmile=0.2),
    Viseme.ROUND: MouthShape(open=0.45, round=0.9, unsmile=1.0),
    # A w is quieter than the vowel after it and made with the lips, not the jaw: drawn as an
    # o, the mouth opened a glide ahead of the voice ("worry", "always": 5-7 ms of the
    # sentences' lead over their sound, on their own clock).
    Viseme.PUCKER: MouthShape(open=0.05, round=0.8, unsmile=1.0),
    Viseme.CLOSED: MouthShape(press=1.0, unsmile=0.6),
    Viseme.LIP_TEETH: MouthShape(open=0.12, teeth=1.0, unsmile=0.6),
    Viseme.SMALL: MouthShape(open=0.22, wide=0.2, unsmile=0.6),
}

_IPA: dict[str, Viseme] = {}
for chars, vis in (
    ("aɑæʌɐäɒ", Viseme.OPEN),
    ("eɛəɜɚɘœɤ", Viseme.MID),
    ("iɪjɨɿʅ", Viseme.WIDE),
    ("oɔuʊɵyʏøʉ", Viseme.ROUND),
    ("wʍɥ", Viseme.PUCKER),
    ("mbpɱ", Viseme.CLOSED),
    ("fvʋ", Viseme.LIP_TEETH),
    ("tdnszlrɹɾkgŋhʃʒçxθðɕʑʂʐɣʔɲɡ", Viseme.SMALL),
):
    for ch in chars:
        _IPA[ch] = vis

_IGNORED = set("ˈˌːˑ˥˦˧˨˩̃ʰʲʷ̩̯ ^$_-.,!?;:0123456789")


def viseme_for(phoneme: str) -> Viseme:
    """The viseme of one IPA phoneme (English or Mandarin, as espeak writes them)."""
    for ch in unicodedata.normalize("NFD", phoneme):
        if ch in _IGNORED or unicodedata.category(ch) == "Mn":
            continue
        return _IPA.get(ch, Viseme.SMALL)
    return Viseme.REST


def _smooth(values: Floats, window_s: float) -> Floats:
    """Hann-window smoothing (coarticulation): no lag, no snapping between shapes."""
    n = max(3, int(window_s * CURVE_RATE) | 1)
    kernel = np.hanning(n + 2)[1:-1].astype(np.float32)
    kernel /= kernel.sum()
    padded = np.pad(values, ((n // 2, n // 2), (0, 0)), mode="edge")
    out = np.stack(
        [np.convolve(padded[:, k], kernel, mode="valid") for k in range(values.shape[1])], axis=1
    )
    return out.astype(np.float32)


def curve_from_phonemes(
    phonemes: Sequence[PhonemeTiming], seconds: float, pace: MouthPace | None = None
) -> Floats:
    """Mouth shape per 10 ms (rows: open, round, wide, press, teeth, unsmile) for a chunk.

    Each shape is centred on the span where its phoneme is heard; the smoothing and the rate
    limits start the movement towards it before the sound, as lips do in life.
    `pace` bounds how fast the gap between the lips changes: a portrait gives its own
    (`Renderer.mouth_pace`), so that the gap it shows changes at the same pace in eye
    distances whatever the photo."""
    pace = pace or MouthPace()
    frames = max(1, int(np.ceil(seconds * CURVE_RATE)) + 1)
    values = np.zeros((frames, CHANNELS), dtype=np.float32)
    phonemes = [
        PhonemeTiming(p.phoneme, max(0.0, p.start_s - ANTICIPATION_S), p.duration_s)
        for p in articulated(phonemes)
    ]
    for p in phonemes:
        shape = SHAPES[viseme_for(p.phoneme)].as_array()
        lo = int(p.start_s * CURVE_RATE)
        hi = max(lo + 1, round((p.start_s + p.duration_s) * CURVE_RATE))
        values[lo:hi] = shape
    # Pressed lips (m, b, p) must still close visibly after smoothing: keep them sharper.
    # The un-smile changes slowly: the mouth stays neutral through a whole phrase.
    curve = _smooth(values, 0.09)
    curve[:, 0] = _smooth(values[:, 0:1], 0.11)[:, 0]  # the jaw is slower than the lips
    curve[:, 5] = _smooth(values[:, 5:6], 0.45)[:, 0]
    # The lips really meet on p, b and m: fully pressed through the middle of each.
    t = np.arange(frames, dtype=np.float32) / CURVE_RATE
    for p in phonemes:
        if viseme_for(p.phoneme) is not Viseme.CLOSED:
            continue
        first = p.start_s + 0.25 * p.duration_s
        last = p.start_s + 0.75 * p.duration_s
        ramp = 0.06
        closed = np.clip(np.minimum(t - (first - ramp), (last + ramp) - t) / ramp, 0, 1)
        curve[:, 3] = np.maximum(curve[:, 3], closed)
    # The jaw opens as far as the lips are not pressed; neither moves faster than a face can.
    curve[:, 0] *= 1 - curve[:, 3]
    curve[:, 0] = slew_limited(curve[:, 0], min(JAW_RATE, pace.jaw), edge=0.0)
    lips = min(PRESS_RATE, pace.lips)
    curve[:, 3] = 1 - slew_limited(1 - curve[:, 3], lips)  # closing starts earlier
    curve[:, 4] = slew_limited(curve[:, 4], TEETH_RATE, edge=0.0)
    _limit_opening(curve, min(OPENING_RATE, pace.jaw), pace.lips_share, pace.teeth_share)
    for k in (1, 2):  # rounded and spread lips
        curve[:, k] = slew_limited(curve[:, k], LIP_SHAPE_RATE, edge=0.0)
    return curve


def _limit_opening(curve: Floats, rate: float, lips_share: float, teeth_share: float) -> None:
    """The gap between the lips changes with the jaw, with the lips' pressing together
    (`lips_share` of the jaw's gap per strength) and with the lower lip going to the upper
    teeth (f, v; `teeth_share`): when they move it the same way at once (a jaw closing into
    an m, the lips parting from an m as the jaw opens), the gap must still not change faster
    than `rate` strengths of the jaw a second. The excess is taken from the jaw first (a
    lower peak), then from the lips (pressed a little earlier and longer), then from the
    teeth's shape, never the other way round."""
    opening = curve[:, 0] + lips_share * (1 - curve[:, 3]) + teeth_share * curve[:, 4]
    allowed = slew_limited(opening, rate)
    excess = np.maximum(opening - allowed, 0.0)
    from_jaw = np.minimum(excess, curve[:, 0])
    curve[:, 0] -= from_jaw
    excess -= from_jaw
    if lips_share > 0:
        from_lips = np.minimum(excess / lips_share, 1.0 - curve[:, 3])
        curve[:, 3] += from_lips
        excess -= from_lips * lips_share
    if teeth_share > 0:
        curve[:, 4] = np.maximum(curve[:, 4] - excess / teeth_share, 0.0)


JAW_RATE = 5.0  # full strength per second at most: the jaw
PRESS_RATE = 4.0  # and pressing lips (slower: over a smile's teeth they travel far)
OPENING_RATE = 6.0  # both together, as they open or close the gap between the lips
# The lower lip going to the upper teeth (f, v) parts the lips too, by about 0.08 IOD at full
# strength on a smile or a closed mouth alike: at this pace, just within GAP_RATE_IOD. Smoothed
# alone it went there at up to 22 strengths a second, the largest jump of the gap from one
# frame to the next (0.038 IOD in 1/60 s, an "r" into an "f").
TEETH_RATE = 8.0
# Rounding and spreading the lips (a "you" after an "I"): smoothed alone they changed at up to
# 17 strengths a second, the mouth's width by 0.04 IOD in one 60 Hz frame, and the landmark
# model read the gap 0.06 IOD apart from one frame to the next (`mouth_jump_max`).
LIP_SHAPE_RATE = 8.0
# The gap's own paces, in eye distances (IOD) a second: on a portrait whose lips part far
# (a smile over teeth) the strengths are slowed so the gap does not change faster.
# The pressing lips alone: as on a closed-mouth photo at OPENING_RATE (about 0.11 IOD per
# strength).
GAP_RATE_IOD = 0.66
# The jaw (and the lips with it): it drops the lips 0.19 IOD per strength on both bench
# photos, so held to GAP_RATE_IOD it opened at 3.4 strengths a second, too slow to follow
# the syllables (on the perfect clock the sentences' lip-sync offsets reached 32 ms, their
# correlation with the sound fell to 0.0-0.4). With every movement measured where it moves
# the gap fastest (`Renderer.mouth_pace`), the commanded gap changes by exactly this pace at
# most; the landmark model reads a smile's lips parting over its teeth 2-2.5 times as fast.
# `keepsake bench`, two runs each: at 1.2 IOD/s `mouth_jump_max` 0.044-0.050 and lip-sync
# offsets at most 12-14 ms; at 1.0, 0.034-0.038 and 17-23 ms; at 1.1, 0.038-0.046 and 13 ms.
JAW_GAP_RATE_IOD = 1.1


@dataclass(frozen=True, slots=True)
class MouthPace:
    """How fast (strengths a second) a portrait's mouth may move the gap between its lips:
    `jaw` as the jaw opens and closes it (with the lips, when both move it at once), `lips`
    as the lips alone press together and part (`Renderer.mouth_pace`)."""

    jaw: float = OPENING_RATE
    lips: float = PRESS_RATE
    # How far a strength of the pressing lips, and of the lower lip going to the upper teeth
    # (f, v), moves the gap, as shares of the jaw's (0.19 IOD a strength on both bench
    # photos): over the smile's teeth the lips close it at 0.24 IOD a strength (1.24), on the
    # closed mouth at 0.05 (0.27); the lip to the teeth opens it by 0.08 on both (0.4-0.43).
    lips_share: float = 1.0
    teeth_share: float = 0.43


def slew_limited(values: Floats, rate: float, edge: float | None = None) -> Floats:
    """`values` (per 10 ms) changing by at most `rate` per second: peaks are lowered (never
    raised) so that the climbs and falls around them fit. With `edge`, the values before and
    after the curve are taken to be `edge` (a mouth at rest before and after speaking)."""
    step = rate / CURVE_RATE
    out = values.astype(np.float32).copy()
    if edge is not None and len(out):
        out[0] = min(out[0], edge + step)
        out[-1] = min(out[-1], edge + step)
    for i in range(1, len(out)):
        out[i] = min(out[i], out[i - 1] + step)
    for i in range(len(out) - 2, -1, -1):
        out[i] = min(out[i], out[i + 1] + step)
    return out


def curve_from_audio(audio: Floats, sample_rate: int) -> Floats:
    """For a real recording without timings: openness from loudness, shape from the spectrum."""
    hop = sample_rate // CURVE_RATE
    frames = max(1, len(audio) // hop)
    values = np.zeros((frames, CHANNELS), dtype=np.float32)
    if not len(audio):
        return values
    window = np.hanning(hop * 2).astype(np.float32)
    freqs = np.fft.rfftfreq(hop * 2, 1 / sample_rate)
    rms = np.zeros(frames, dtype=np.float32)
    centroid = np.zeros(frames, dtype=np.float32)
    for i in range(frames):
        seg = audio[i * hop : i * hop + hop * 2]
        if len(seg) < hop * 2:
            seg = np.pad(seg, (0, hop * 2 - len(seg)))
        rms[i] = float(np.sqrt(np.mean(seg**2)))
        spectrum = np.abs(np.fft.rfft(seg * window))
        total = float(spectrum.sum())
        centroid[i] = float((spectrum * freqs).sum() / total) if total > 1e-9 else 0.0
    level = rms / (np.percentile(rms, 95) + 1e-6)
    level = np.clip((level - 0.08) / 0.92, 0, 1)
    bright = np.clip((centroid - 1200) / 2500, 0, 1)
    values[:, 0] = level * (1 - 0.5 * bright)
    values[:, 2] = level * bright * 0.8
    values[:, 1] = level * (1 - bright) * 0.35
    values[:, 5] = np.clip(level * 3, 0, 0.6)
    curve = _smooth(values, 0.08)
    curve[:, 5] = _smooth(values[:, 5:6], 0.45)[:, 0]
    return curve


def sample_curve(curve: Floats, t: float) -> MouthShape:
    """The shape at `t` seconds into the curve (linear between samples; rest outside)."""
    pos = t * CURVE_RATE
    if pos < 0 or pos > len(curve) - 1:
        return MouthShape()
    i = int(pos)
    frac = pos - i
    j = min(i + 1, len(curve) - 1)
    return MouthShape.from_array(curve[i] * (1 - frac) + curve[j] * frac)
