"""A real process in the middle of a conversation, to be killed by test_journal.py.

Writes a session and two turns the way the app does, prints READY, then waits forever.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.services.headless import open_vault_headless
from desktop.services.paths import resolve_paths
from desktop.vault.journal import Journal


def main() -> int:
    vault = open_vault_headless(resolve_paths())
    journal = Journal(vault)
    now = datetime.now(UTC)
    session = journal.start_session(None, "Mum", Channel.WINDOW, now)
    journal.add_turn(
        session, JournalTurn(now, Speaker.PERSON, "I planted the roses today.", TurnLabel.TYPED)
    )
    journal.add_turn(
        session, JournalTurn(now, Speaker.PORTRAIT, "They will bloom by June.", TurnLabel.AI)
    )
    print("READY", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    sys.exit(main())
