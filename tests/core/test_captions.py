"""Captions that follow the voice, from Piper's phoneme timings and the playback clock."""

from __future__ import annotations

import pytest

from desktop.core.captions import Captions, word_starts
from desktop.core.events import PhonemeTiming, SpeakingStarted


def _phonemes(*words: str) -> tuple[PhonemeTiming, ...]:
    """Phonemes of 0.1 s each, a 0.05 s gap between words (as Piper aligns them)."""
    out = [PhonemeTiming("^", 0.0, 0.05)]
    t = 0.05
    for i, word in enumerate(words):
        if i:
            out.append(PhonemeTiming(" ", t, 0.05))
            t += 0.05
        for letter in word:
            out.append(PhonemeTiming(letter, t, 0.1))
            t += 0.1
    return tuple(out)


def test_words_begin_where_piper_put_them() -> None:
    starts = word_starts("Hello there, love.", _phonemes("hel", "ther", "lav"), 1.5)
    assert starts == pytest.approx([0.05, 0.4, 0.85])


def test_the_caption_grows_with_the_playback_clock() -> None:
    captions = Captions()
    rate = 1000
    captions.add(
        SpeakingStarted("Hello there, love.", 0, 1300, rate, _phonemes("hel", "ther", "lav"))
    )
    captions.add(SpeakingStarted("Sit down.", 1300, 700, rate, _phonemes("sit", "daun")))
    assert captions.text_at(0) == ""
    assert captions.text_at(60) == "Hello"
    assert captions.text_at(500) == "Hello there,"
    assert captions.text_at(1300) == "Hello there, love."
    assert captions.text_at(1360) == "Hello there, love. Sit"
    assert captions.text_at(5000) == captions.complete == "Hello there, love. Sit down."


def test_without_matching_phonemes_the_words_share_the_audio_by_length() -> None:
    captions = Captions()
    captions.add(SpeakingStarted("我很想你。", 0, 1000, 1000, ()))
    assert captions.text_at(0) == "我"
    assert captions.text_at(500) == "我很想"
    assert captions.text_at(999) == "我很想你。"
    recording = Captions()
    recording.add(SpeakingStarted("I am proud of you", 0, 1000, 1000, ()))
    assert recording.text_at(400) == "I am proud"


@pytest.mark.slow
def test_with_piper_each_word_appears_as_its_sound_begins() -> None:
    import numpy as np

    from tests.support.voice import shared_adapters

    tts = shared_adapters().tts
    text = "I went to the market this morning, and I bought you the apples you like."
    chunk = tts.synthesize(text)
    starts = word_starts(text, chunk.phonemes, chunk.seconds)
    assert len(starts) == 15 and starts == sorted(starts)
    rate = chunk.sample_rate
    frame = int(0.02 * rate)
    loud = [
        float(np.sqrt(np.mean(chunk.audio[int(s * rate) : int(s * rate) + 3 * frame] ** 2)))
        for s in starts
    ]
    quiet_before = float(np.sqrt(np.mean(chunk.audio[: int(starts[0] * rate)] ** 2)))
    assert min(loud) > quiet_before  # every word starts where there is sound
