"""When each phoneme is heard in Piper's audio, from the samples its model gave each id.

Piper's own alignments pair every phoneme with the pad id *after* it. In the audio the
pad between two phonemes is the onset of the next one (a vowel's energy sits in the pad
before it and its own id: measured on the default voice, the energy of open vowels falls
about 28 ms before the middle of Piper's span, 12 ms with the pad before). So a phoneme is
taken here to be heard over the pad before it and its own ids; the mouth that follows
these spans is not late by a pad (see desktop/avatar/visemes.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.events import PhonemeTiming


def heard_spans(
    alignments: Sequence[tuple[str, Sequence[int]]],
    id_samples: Sequence[int],
    pad_ids: Sequence[int],
    offset: int,
    rate: int,
) -> list[PhonemeTiming]:
    """Timings for one of Piper's chunks: `alignments` are (phoneme, its ids with the pad
    after it) in order, `id_samples` the samples per id, `offset` where the chunk starts in
    the stream (samples). Falls back to Piper's spans if the ids do not add up."""
    pads = tuple(pad_ids)
    spans: list[tuple[str, int, int]] = []  # (phoneme, own samples, pad samples after it)
    index = 0
    for phoneme, phoneme_ids in alignments:
        ids = tuple(phoneme_ids)
        own_count = len(ids) - len(pads) if pads and ids[-len(pads) :] == pads else len(ids)
        counts = id_samples[index : index + len(ids)]
        if len(counts) < len(ids):
            return _piper_spans(alignments, id_samples, offset, rate)
        spans.append((phoneme, int(sum(counts[:own_count])), int(sum(counts[own_count:]))))
        index += len(ids)
    timings = []
    position, pad_before = offset, 0
    for phoneme, own, pad_after in spans:
        timings.append(
            PhonemeTiming(phoneme, (position - pad_before) / rate, (pad_before + own) / rate)
        )
        position += own + pad_after
        pad_before = pad_after
    return timings


def _piper_spans(
    alignments: Sequence[tuple[str, Sequence[int]]],
    id_samples: Sequence[int],
    offset: int,
    rate: int,
) -> list[PhonemeTiming]:
    timings, position, index = [], offset, 0
    for phoneme, ids in alignments:
        n = int(sum(id_samples[index : index + len(ids)]))
        timings.append(PhonemeTiming(phoneme, position / rate, n / rate))
        position += n
        index += len(ids)
    return timings
