"""When Piper's phonemes are heard: each over the pad before it and its own ids."""

from __future__ import annotations

import pytest

from desktop.voice.phoneme_spans import heard_spans

RATE = 100  # samples per second, so a sample is 10 ms


def test_each_phoneme_takes_the_pad_before_it() -> None:
    # Piper's grouping: (phoneme, its ids + the pad after it); the end mark has no pad.
    alignments = [("^", (1, 0)), ("h", (20, 0)), ("a", (14, 0)), ("$", (2,))]
    id_samples = [3, 1, 2, 4, 10, 6, 5]
    spans = heard_spans(alignments, id_samples, (0,), offset=100, rate=RATE)
    assert [p.phoneme for p in spans] == ["^", "h", "a", "$"]
    starts = [round(p.start_s * RATE) for p in spans]
    lengths = [round(p.duration_s * RATE) for p in spans]
    # ^ 100..103; h = pad 103..104 + own 104..106; a = pad 106..110 + own 110..120; $ = pad + own
    assert starts == [100, 103, 106, 120]
    assert lengths == [3, 3, 14, 11]
    # Nothing is lost or counted twice: the spans tile the chunk.
    assert sum(lengths) == sum(id_samples)


def test_ids_that_do_not_add_up_keep_pipers_spans() -> None:
    spans = heard_spans([("a", (14, 0)), ("b", (15, 0))], [4, 2, 3], (0,), 0, RATE)
    assert [round(p.start_s * RATE) for p in spans] == [0, 6]
    assert spans[0].duration_s == pytest.approx(0.06)
