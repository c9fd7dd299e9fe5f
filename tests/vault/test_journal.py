"""The journal: turns written as they happen, crash safety, search, keepsake talk sessions."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.clock import ManualClock
from desktop.core.events import FinalTranscript, InputSource, TurnFinished
from desktop.core.grounding import ReplySource
from desktop.core.journal import Channel, Ending, Speaker, TurnLabel
from desktop.services.headless import open_vault_headless
from desktop.services.paths import AppPaths
from desktop.vault.journal import Journal
from desktop.vault.journal_recorder import JournalRecorder
from desktop.vault.opening import open_vault
from tests.support.keyrings import MemoryKeyring
from tests.support.paths import DATA, ROOT

START = datetime(2026, 3, 8, 19, 30, tzinfo=UTC)


@pytest.fixture
def journal(home: AppPaths, keyring_backend: MemoryKeyring) -> Iterator[Journal]:
    vault = open_vault(home, keyring_backend)
    yield Journal(vault)
    vault.close()


def test_a_conversation_is_written_turn_by_turn_with_labels(journal: Journal) -> None:
    clock = ManualClock(START)
    session = journal.start_session(None, "Mum", Channel.WINDOW, clock.now(), mood_before=2)
    record = JournalRecorder(journal, session, clock)
    record(FinalTranscript("Have you eaten yet, Mum?", InputSource.SPOKEN))
    clock.advance(2)
    record(
        TurnFinished(
            "Have you eaten yet, Mum?",
            InputSource.SPOKEN,
            "Have you eaten yet?",
            "Have you eaten yet?",
            False,
            0.9,
            ReplySource.SAID_IN_LIFE,
        )
    )
    record(FinalTranscript("Tell me about the sea.", InputSource.TYPED))
    record(
        TurnFinished(
            "Tell me about the sea.",
            InputSource.TYPED,
            "The sea was wide and blue.",
            "The sea…",
            True,
            0.8,
        )
    )
    written = journal.session(session)
    assert [(t.speaker, t.label, t.interrupted) for t in written.turns] == [
        (Speaker.PERSON, TurnLabel.SPOKEN, False),
        (Speaker.PORTRAIT, TurnLabel.SAID_IN_LIFE, False),
        (Speaker.PERSON, TurnLabel.TYPED, False),
        (Speaker.PORTRAIT, TurnLabel.AI, True),
    ]
    assert written.turns[-1].text == "The sea…"  # what was actually heard
    assert written.ended_at is None
    journal.end_session(session, clock.now() + timedelta(minutes=9), mood_after=3, note="Calmer.")
    done = journal.session(session)
    assert done.ending is Ending.ENDED and done.mood_before == 2 and done.mood_after == 3


def test_search_finds_turns_and_entries_with_highlights(journal: Journal) -> None:
    session = journal.start_session(None, "Mum", Channel.WINDOW, START)
    record = JournalRecorder(journal, session, ManualClock(START))
    record(FinalTranscript("I planted the roses you loved.", InputSource.TYPED))
    journal.add_entry(
        None, "A letter", "Dear Mum, the roses bloomed today.", START + timedelta(days=1)
    )
    hits = journal.search("roses")
    assert len(hits) == 2
    assert hits[0].entry_id is not None and "[[ros" in hits[0].snippet
    assert hits[1].session_id == session
    assert journal.search("zebra") == []


def test_killing_a_real_process_mid_call_keeps_the_turns_and_says_so(
    subprocess_env: dict[str, str], home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(subprocess_env, KEEPSAKE_PASSPHRASE="a long test passphrase")
    probe = subprocess.Popen(
        [sys.executable, "-m", "tests.support.journal_crash_probe"],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert probe.stdout is not None and probe.stdout.readline().strip() == "READY"
    finally:
        probe.send_signal(signal.SIGKILL)
        probe.wait(timeout=30)
    assert probe.returncode == -signal.SIGKILL
    monkeypatch.setenv("KEEPSAKE_PASSPHRASE", "a long test passphrase")
    vault = open_vault_headless(home)
    journal = Journal(vault)
    assert journal.mark_unfinished() == 1
    [session] = journal.sessions()
    assert session.ending is Ending.UNEXPECTED
    assert [t.text for t in journal.session(session.id).turns] == [
        "I planted the roses today.",
        "They will bloom by June.",
    ]
    vault.close()


@pytest.mark.slow
def test_keepsake_talk_is_journaled_the_same_way(
    subprocess_env: dict[str, str], home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(subprocess_env, KEEPSAKE_PASSPHRASE="a long test passphrase")
    run = [sys.executable, "-m", "desktop"]
    created = subprocess.run(
        [
            *run,
            "persona",
            "create",
            "Nana",
            "--chat",
            str(DATA / "whatsapp_android.txt"),
            "--sender",
            "Mum",
            "--creator",
            "Lily",
            "--relationship",
            "granddaughter",
            "--agreed",
            "yes",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert created.returncode == 0, created.stdout
    talk = subprocess.run(
        [
            *run,
            "talk",
            "--persona",
            "Nana",
            "--sayings-only",
            "--text",
            "I haven't eaten yet.",
            "--json",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert talk.returncode == 0, talk.stdout + talk.stderr
    assert json.loads(talk.stdout)["source"] == "said-in-life"
    monkeypatch.setenv("KEEPSAKE_PASSPHRASE", "a long test passphrase")
    vault = open_vault_headless(home)
    journal = Journal(vault)
    [session] = journal.sessions()
    turns = journal.session(session.id).turns
    assert session.channel is Channel.COMMAND and session.ending is Ending.ENDED
    assert [(t.speaker, t.label) for t in turns] == [
        (Speaker.PERSON, TurnLabel.TYPED),
        (Speaker.PORTRAIT, TurnLabel.SAID_IN_LIFE),
    ]
    assert turns[1].text == "Have you eaten yet?"
    vault.close()
