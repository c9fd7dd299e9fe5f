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

import numpy as np
import pytest

from desktop.care.crisis_similarity import ExemplarSimilarity, load_similarity
from desktop.care.report import build_report, report_csv, report_html
from desktop.care.store import CareStore
from desktop.cli import main
from desktop.core.clock import ManualClock
from desktop.core.journal import Channel, Speaker, TurnLabel
from desktop.core.persona import PersonaDetails, SayingCaution, SayingKind, SourceKind
from desktop.core.risk import RiskDetector, RiskSource, RiskTier
from desktop.core.risk_lexicon import load_lexicon
from desktop.paths import AppPaths
from desktop.persona_cli import open_vault_headless
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
        return json.loads(done.stdout)  # type: ignore[no-any-return]

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


def test_keepsake_eval_safety_meets_its_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "safety", "--json", "--no-similarity"]) == 0
    figures = json.loads(capsys.readouterr().out)
    for language in ("en", "zh"):
        f = figures[language]
        assert f["imminent_recall"] == 1.0, figures["misses"]
        assert f["concern_recall"] >= 0.95
        assert f["false_positive_rate"] <= 0.02, figures["false_positives"]
        assert f["imminent"] + f["concern"] >= 150 and f["ordinary"] >= 150
        assert set(f["by_set"]) == {"dev", "heldout", "fresh"}
    assert figures["invitation_blocked_share"] == 1.0
    assert figures["en"]["ordinary"] + figures["zh"]["ordinary"] >= 300


def test_an_eval_of_a_broken_lexicon_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "crisis.json"
    broken.write_text("{}", "utf-8")
    assert main(["eval", "safety", "--lexicon", str(broken), "--no-similarity"]) == 2
    assert "version" in capsys.readouterr().out


class _Encoder:
    """Words as one-hot vectors: enough to test the neighbour vote without a model."""

    words = ("die", "gone", "garden", "tea", "cake")

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.words)), dtype=np.float32)
        for i, text in enumerate(texts):
            for j, word in enumerate(self.words):
                out[i, j] = text.count(word)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def test_the_similarity_signal_votes_between_risk_and_ordinary_exemplars() -> None:
    signal = ExemplarSimilarity(
        _Encoder, ["die", "gone die", "die gone"], ["garden", "tea", "cake tea", "garden tea"]
    )
    assert signal.concern_exemplar("I want to die") == "die"
    assert signal.concern_exemplar("tea in the garden") is None
    assert signal.concern_exemplar("nothing in common") is None
    detector = RiskDetector(load_lexicon().lexicon, signal)
    match = detector.check("so gone, die")
    assert match is not None and match.source is RiskSource.SIMILARITY
    assert match.tier is RiskTier.CONCERN  # never more than concern
    lexical = detector.check("I took all my pills")
    assert lexical is not None and lexical.source is RiskSource.LEXICON


def test_without_the_encoder_the_lexicon_works_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert load_similarity() is None


@pytest.mark.slow
def test_the_packaged_encoder_hears_an_indirect_wish_in_both_languages() -> None:
    signal = load_similarity()
    assert signal is not None
    signal.load()
    assert signal.loaded
    assert signal.concern_exemplar("I want to go to sleep forever") is not None
    assert signal.concern_exemplar("I went to the park with the kids") is None
    assert signal.concern_exemplar("我今天去公园散步了") is None
