"""A fallback's first sentence synthesized ahead (`SpeechOut.prepare`) is said without being
made again, its later sentences as they come; and a fallback chosen ahead but not said is free
again in the conversation (`PortraitTurns.release`)."""

from __future__ import annotations

import threading

from desktop.bench.conversation import builtin_portrait
from desktop.core.portrait_turns import PortraitTurns
from desktop.voice.file_devices import FileOutput
from desktop.voice.speech_out import InFlight, SpeechOut
from tests.support.fakes import FakeSpeaker


def test_a_prepared_first_sentence_is_said_at_once_and_the_rest_after_it() -> None:
    speaker = FakeSpeaker()
    speech = SpeechOut(
        speaker, FileOutput(16_000, realtime=False), lambda _e: None, threading.Lock()
    )
    speech.prepare("You work too hard. Are you eating properly?")
    assert speaker.said == ["You work too hard."]  # only the first sentence, made now
    flight = InFlight()
    first = speech.speak_all("You work too hard. Are you eating properly?", flight)
    assert first is not None
    assert speaker.said == ["You work too hard.", "Are you eating properly?"]  # not made twice
    assert [s.text for s in flight.spoken] == ["You work too hard.", "Are you eating properly?"]


def test_only_the_last_few_prepared_sentences_are_kept() -> None:
    speaker = FakeSpeaker()
    speech = SpeechOut(
        speaker, FileOutput(16_000, realtime=False), lambda _e: None, threading.Lock()
    )
    for n in range(10):
        speech.prepare(f"Line number {n}.")
    speech.speak("Line number 0.", InFlight())
    assert speaker.said.count("Line number 0.") == 2  # dropped long ago: made again
    speech.speak("Line number 9.", InFlight())
    assert speaker.said.count("Line number 9.") == 1


def test_a_fallback_chosen_ahead_but_not_said_is_free_again() -> None:
    voice, sayings = builtin_portrait("en")
    turns = PortraitTurns(voice, sayings, model_speaks_it=True, seed=1)
    turns.plan("Work was awful today.")
    line = turns.listening_line("Work was awful today.")
    turns.release(line, None)
    assert turns.listening_line("Work was awful today.") == line  # as if never chosen
    saying = turns.fallback_saying("Are you proud of me?")
    assert saying is not None
    turns.release(saying.text, saying.saying_id)
    again = turns.fallback_saying("Are you proud of me?")
    assert again is not None and again.saying_id == saying.saying_id
