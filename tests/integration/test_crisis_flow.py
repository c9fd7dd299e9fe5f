"""The issue's path as a new user takes it: a portrait from a WhatsApp export, `keepsake talk`
with crisis language (paused, helplines, journaled, `"safety"` in the JSON), a saying that could
read as an invitation marked at import and never said; the report's pause counts; the eval."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.care.report import build_report, report_csv, report_html
from desktop.care.store import CareStore
from desktop.core.clock import ManualClock
from desktop.core.journal import Channel, Speaker, TurnLabel
from desktop.core.persona import PersonaDetails, SayingCaution, SayingKind, SourceKind
from desktop.core.risk import RiskTier
from desktop.core.risk_lexicon import load_lexicon
from desktop.services.headless import open_vault_headless
from desktop.services.paths import AppPaths
from desktop.vault.database import Vault
from desktop.vault.journal import Journal
from desktop.vault.journal_recorder import JournalRecorder
from desktop.vault.personas import NewSaying, PersonaStore

CHAT = """12/31/20, 9:15 PM - Mum: Have you eaten yet? Don't go to that meeting hungry
12/31/20, 9:16 PM - Lily: Not yet
12/31/20, 9:17 PM - Mum: Call me when you get a minute, nothing urgent
12/31/20, 9:18 PM - Mum: Come home soon, I'm waiting for you
12/31/20, 9:19 PM - Lily: I passed the exam!
12/31/20, 9:20 PM - Mum: I knew you would, my clever girl. I am so proud of you.
"""


@pytest.mark.slow
def test_keepsake_talk_pauses_for_a_crisis_and_never_says_an_invitation(
    subprocess_env: dict[str, str], home: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(subprocess_env, KEEPSAKE_PASSPHRASE="a long test passphrase")
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT, "utf-8")
    run = [sys.executable, "-m", "desktop"]
    created = subprocess.run(
        [
            *run,
            *("persona", "create", "Margaret", "--called", "Mum", "--chat", str(chat)),
            *("--sender", "Mum", "--creator", "Lily", "--relationship", "daughter"),
            *("--agreed", "yes", "--json"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert created.returncode == 0, created.stdout + created.stderr
    assert json.loads(created.stdout)["marked_as_invitation"] == 1

    def talk(text: str) -> dict[str, object]:
        done = subprocess.run(
            [*run, "talk", "--persona", "Mum", "--sayings-only", "--text", text, "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return json.loads(done.stdout)

    paused = talk("I have the pills ready")
    assert paused["safety"] == "imminent" and paused["reply"] == ""
    assert "Please get help now" in str(paused["support"])
    replies = {str(talk(text)["reply"]) for text in ("I'm waiting too", "I miss you", "Hi Mum")}
    assert replies and "Come home soon, I'm waiting for you" not in replies
    assert all(r for r in replies)
    monkeypatch.setenv("KEEPSAKE_PASSPHRASE", "a long test passphrase")
    vault = open_vault_headless(home)
    try:
        journal = Journal(vault)
        first = journal.session(min(s.id for s in journal.sessions()))
        assert [(t.speaker, t.label) for t in first.turns] == [
            (Speaker.PERSON, TurnLabel.TYPED),
            (Speaker.KEEPSAKE, TurnLabel.PAUSE_IMMINENT),
        ]
        assert "Please get help now" in first.turns[1].text
    finally:
        vault.close()


def _vault(tmp_path: Path) -> Vault:
    return Vault.open(tmp_path / "v.db", b"k" * 32)


def test_sayings_marked_as_invitations_wait_for_the_person(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    store = PersonaStore(vault)
    persona = store.create(PersonaDetails(name="Margaret"), datetime.now(UTC))
    with vault.transaction() as cur:
        store.add_sayings(
            cur,
            persona.id,
            [
                NewSaying(SayingKind.SAYING, "Have you eaten yet?", SourceKind.CHAT),
                NewSaying(
                    SayingKind.SAYING,
                    "Come home soon, I'm waiting for you",
                    SourceKind.CHAT,
                    caution=SayingCaution.MARKED,
                ),
                NewSaying(SayingKind.SAYING, "我等你回来吃饭", SourceKind.TYPED),  # an old vault
            ],
            "",
            datetime.now(UTC),
        )
    lexicon = load_lexicon().lexicon
    from desktop.core.risk import find_invitation

    assert store.mark_invitations(persona.id, lambda t: find_invitation(t, lexicon) is not None)
    usable = [s.text for s in store.sayings(persona.id, SayingKind.SAYING, confirmed_only=True)]
    assert usable == ["Have you eaten yet?"]
    assert [s.text for s, _ in store.search(persona.id, "waiting home soon")] == []
    marked = [s for s in store.sayings(persona.id) if s.caution is SayingCaution.MARKED]
    store.set_caution(marked[0].id, SayingCaution.KEPT)
    store.set_caution(marked[1].id, SayingCaution.SET_ASIDE)
    usable = [s.text for s in store.sayings(persona.id, SayingKind.SAYING, confirmed_only=True)]
    assert usable == ["Have you eaten yet?", "Come home soon, I'm waiting for you"]
    assert vault.schema_version >= 7
    vault.close()


def test_pauses_are_journaled_with_their_words_and_counted_by_week_without_them(
    tmp_path: Path,
) -> None:
    vault = _vault(tmp_path)
    journal, care = Journal(vault), CareStore(vault)
    clock = ManualClock(datetime(2026, 11, 2, 20, 0, tzinfo=UTC))  # a Monday evening
    for day, tiers in ((0, [RiskTier.CONCERN]), (8, [RiskTier.IMMINENT, RiskTier.CONCERN])):
        clock.advance(timedelta(days=day).total_seconds())
        session = journal.start_session(None, "Mum", Channel.WINDOW, clock.now())
        care.start_usage(None, session, clock.now())
        recorder = JournalRecorder(journal, session, clock)
        for tier in tiers:
            recorder.record_pause(tier, "Please get help now\nSamaritans: call 116 123")
        recorder.record_answer("I'm safe now, go on")
    rows = care.usage_rows()
    assert [r.pauses for r in rows] == [1, 2]
    now = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
    zone = ZoneInfo("Europe/London")
    shared = build_report(rows, zone, now, include_pauses=True)
    assert [w.pauses for w in shared.weeks] == [1, 2, 0]
    page = report_html(shared)
    assert "Safety pauses" in page and "Samaritans" not in page and "116 123" not in page
    assert report_csv(shared).splitlines()[0].endswith(",safety_pauses")
    private = build_report(rows, zone, now)
    assert "Safety pauses" not in report_html(private)
    assert "safety_pauses" not in report_csv(private)
    [turn] = [t for t in journal.session(1).turns if t.speaker is Speaker.KEEPSAKE]
    assert turn.label is TurnLabel.PAUSE_CONCERN and "116 123" in turn.text
    vault.close()
