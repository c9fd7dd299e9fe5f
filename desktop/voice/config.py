"""How the conversation engine listens and replies: its settings, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.voice.end_of_turn import EndOfTurnConfig
from desktop.voice.vad import TurnConfig


@dataclass(frozen=True, slots=True)
class EngineConfig:
    turn: TurnConfig = TurnConfig()  # its end_silence_ms is the fixed pause (and the fallback)
    ending: EndOfTurnConfig = EndOfTurnConfig()  # when a pause ends the turn (end_of_turn.py)
    barge_in_blocks: int = 2  # consecutive speech blocks over the reply that stop it (~64 ms)
    barge_in_threshold: float = 0.6
    max_reply_sentences: int = 3
    push_to_talk: bool = False
    progress_every_s: float = 0.1
