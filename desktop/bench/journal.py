"""Journal figures for `keepsake bench`: search over 10,000 sessions, a year's PDF export."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import PersonaDetails
from desktop.vault.database import Vault
from desktop.vault.export import ExportFormat, ExportSelection, export_to_file
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore

WORDS = [
    "garden",
    "roses",
    "sea",
    "walk",
    "soup",
    "kitchen",
    "morning",
    "evening",
    "work",
    "school",
    "holiday",
    "letter",
    "birthday",
    "music",
    "rain",
    "sunshine",
    "tired",
    "happy",
    "sorry",
    "remember",
    "proud",
    "cooking",
    "market",
    "train",
    "coat",
    "umbrella",
    "dream",
    "doctor",
    "brother",
    "sister",
    "children",
    "weekend",
    "church",
    "park",
    "bread",
    "tea",
    "winter",
    "summer",
]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + "."


def fill(vault: Vault, persona_id: int, sessions: int, start: datetime, seed: int = 3) -> None:
    """`sessions` weekly-ish conversations of four turns each, in one transaction per 500."""
    rng = random.Random(seed)
    for block in range(0, sessions, 500):
        with vault.transaction() as cur:
            for i in range(block, min(block + 500, sessions)):
                at = start + timedelta(days=i * 7 / max(1, sessions // 52 or 1))
                cur.execute(
                    "INSERT INTO journal_session (persona_id, persona_name, started_at, ended_at, "
                    "ending, channel) VALUES (?, 'Mum', ?, ?, 'ended', ?)",
                    (
                        persona_id,
                        at.isoformat(),
                        (at + timedelta(minutes=15)).isoformat(),
                        Channel.WINDOW.value,
                    ),
                )
                session = int(cur.lastrowid)
                for k, (speaker, label) in enumerate(
                    [(Speaker.PERSON, TurnLabel.SPOKEN), (Speaker.PORTRAIT, TurnLabel.AI)] * 2
                ):
                    turn = JournalTurn(
                        at + timedelta(seconds=20 * k), speaker, _sentence(rng), label
                    )
                    cur.execute(
                        "INSERT INTO journal_turn (session_id, at, speaker, text, label) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (
                            session,
                            turn.at.isoformat(),
                            turn.speaker.value,
                            turn.text,
                            turn.label.value,
                        ),
                    )


def bench_journal() -> dict[str, Any]:
    from desktop.ui.journal.pdf_export import (
        headless_pdf_writer,  # this module sits above desktop.ui
    )

    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.open(Path(tmp) / "bench.db", b"\x5a" * 32)
        try:
            store, journal = PersonaStore(vault), Journal(vault)
            now = datetime(2026, 1, 1, tzinfo=UTC)
            persona = store.create(PersonaDetails(name="Mum"), now)
            started = time.perf_counter()
            fill(vault, persona.id, 10_000, now - timedelta(days=3650))
            fill_s = time.perf_counter() - started
            rng = random.Random(9)
            times = []
            for _ in range(40):
                query = " ".join(rng.sample(WORDS, 2))
                t0 = time.perf_counter()
                journal.search(query)
                times.append((time.perf_counter() - t0) * 1000)
            year = Journal(vault)
            other = store.create(PersonaDetails(name="Dad"), now)
            fill(vault, other.id, 52, now - timedelta(days=364), seed=5)
            out = Path(tmp) / "year.pdf"
            t0 = time.perf_counter()
            count = export_to_file(
                ExportFormat.PDF,
                year,
                store,
                ExportSelection(persona_id=other.id),
                out,
                now,
                headless_pdf_writer(),
            )
            pdf_s = time.perf_counter() - t0
        finally:
            vault.close()
    return {
        "journal_search_ms_p50": round(statistics.median(times), 2),
        "journal_search_ms_p90": round(sorted(times)[int(len(times) * 0.9)], 2),
        "journal_sessions": 10_000,
        "journal_fill_s": round(fill_s, 2),
        "export_pdf_52_sessions_s": round(pdf_s, 3),
        "export_pdf_sessions": count,
    }
