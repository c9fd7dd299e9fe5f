"""Writes a conversation into the journal from the engine's events, as it happens.

`__call__` runs on the engine's threads; every turn is its own committed transaction.
"""

from __future__ import annotations

from desktop.core.clock import Clock
from desktop.core.events import EngineEvent, FinalTranscript, InputSource, TurnFinished
from desktop.core.grounding import ReplySource
from desktop.core.journal import JournalTurn, Speaker, TurnLabel
from desktop.core.risk import RiskTier
from desktop.vault.journal import Journal


class JournalRecorder:
    def __init__(self, journal: Journal, session_id: int, clock: Clock) -> None:
        self.journal = journal
        self.session_id = session_id
        self.clock = clock

    def __call__(self, event: EngineEvent) -> None:
        if isinstance(event, FinalTranscript):
            label = TurnLabel.TYPED if event.source is InputSource.TYPED else TurnLabel.SPOKEN
            self.journal.add_turn(
                self.session_id, JournalTurn(self.clock.now(), Speaker.PERSON, event.text, label)
            )
        elif isinstance(event, TurnFinished) and (event.reply_text or event.heard_text):
            label = (
                TurnLabel.SAID_IN_LIFE
                if event.reply_source is ReplySource.SAID_IN_LIFE
                else TurnLabel.AI
            )
            text = event.heard_text if event.interrupted else event.reply_text
            self.journal.add_turn(
                self.session_id,
                JournalTurn(
                    self.clock.now(), Speaker.PORTRAIT, text or "…", label, event.interrupted
                ),
            )

    def record_pause(self, tier: RiskTier, words: str) -> None:
        """A pause for the person's safety, with the words Keepsake showed. Any thread."""
        label = TurnLabel.PAUSE_IMMINENT if tier is RiskTier.IMMINENT else TurnLabel.PAUSE_CONCERN
        self.journal.add_turn(
            self.session_id, JournalTurn(self.clock.now(), Speaker.KEEPSAKE, words, label)
        )

    def record_answer(self, text: str) -> None:
        """What the person chose on the pause screen ("Yes", "Go on", "End the call")."""
        self.journal.add_turn(
            self.session_id,
            JournalTurn(self.clock.now(), Speaker.PERSON, text, TurnLabel.PAUSE_ANSWER),
        )
