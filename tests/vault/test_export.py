"""Exporting the journal to Markdown, HTML, JSON and PDF, by date range and persona."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli.export import pdf_writer
from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.services.paths import AppPaths
from desktop.vault.export import (
    EXPORT_WARNING,
    JSON_SCHEMA_VERSION,
    ExportFormat,
    ExportSelection,
    export_to_file,
)
from desktop.vault.journal import Journal
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring

DAY = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)


@pytest.fixture
def filled(home: AppPaths, keyring_backend: MemoryKeyring):
    vault = open_vault(home, keyring_backend)
    store, journal = PersonaStore(vault), Journal(vault)
    mum = store.create(PersonaDetails(name="Margaret Lin", called="Mum"), DAY)
    store.set_consent(mum.id, ConsentRecord("Lily", "daughter", Agreement.YES))
    for week in range(3):
        start = DAY + timedelta(weeks=week)
        session = journal.start_session(mum.id, "Mum", Channel.WINDOW, start)
        journal.add_turn(
            session,
            JournalTurn(start, Speaker.PERSON, f"Week {week}: the roses <b>", TurnLabel.TYPED),
        )
        journal.add_turn(
            session,
            JournalTurn(start, Speaker.PORTRAIT, "Have you eaten yet?", TurnLabel.SAID_IN_LIFE),
        )
        journal.add_turn(
            session, JournalTurn(start, Speaker.PORTRAIT, "I am proud…", TurnLabel.AI, True)
        )
        journal.end_session(session, start + timedelta(minutes=12))
    yield store, journal, mum.id
    vault.close()


def test_markdown_html_and_json_hold_the_selected_conversations(filled, tmp_path: Path) -> None:
    store, journal, mum = filled
    selection = ExportSelection(persona_id=mum, start=date(2026, 3, 8), end=date(2026, 3, 15))
    now = DAY + timedelta(days=30)
    assert (
        export_to_file(ExportFormat.MARKDOWN, journal, store, selection, tmp_path / "j.md", now)
        == 2
    )
    md = (tmp_path / "j.md").read_text(encoding="utf-8")
    assert "Week 0" not in md and "Week 1" in md and "Week 2" in md
    assert "**Mum (said in life):** Have you eaten yet?" in md and "_(interrupted)_" in md
    assert EXPORT_WARNING in md and "agreed in life: agreed" in md
    export_to_file(ExportFormat.HTML, journal, store, selection, tmp_path / "j.html", now)
    page = (tmp_path / "j.html").read_text(encoding="utf-8")
    assert "the roses &lt;b&gt;" in page and "<style>" in page and "http" not in page
    export_to_file(ExportFormat.JSON, journal, store, selection, tmp_path / "j.json", now)
    data = json.loads((tmp_path / "j.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == JSON_SCHEMA_VERSION
    assert [t["label"] for t in data["sessions"][0]["turns"]] == ["typed", "said-in-life", "ai"]
    assert data["usage"] == {"sessions": 2, "minutes": 24.0}
    assert data["consent"]["Mum"]["agreed_in_life"] == "yes"


def test_pdf_is_written_and_renders(filled, tmp_path: Path) -> None:
    store, journal, _mum = filled
    out = tmp_path / "journal.pdf"
    export_to_file(
        ExportFormat.PDF, journal, store, ExportSelection(), out, DAY, pdf_writer(ExportFormat.PDF)
    )
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        check=True,
    )
    assert list(tmp_path.glob("p-*.png"))


def test_a_selection_exports_only_those_conversations(filled, tmp_path: Path) -> None:
    store, journal, _mum = filled
    chosen = journal.sessions()[1].id
    out = tmp_path / "one.json"
    assert (
        export_to_file(
            ExportFormat.JSON, journal, store, ExportSelection(session_ids=(chosen,)), out, DAY
        )
        == 1
    )
    assert len(json.loads(out.read_text(encoding="utf-8"))["sessions"]) == 1
