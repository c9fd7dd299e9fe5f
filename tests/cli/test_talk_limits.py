"""`keepsake talk --persona` honours the usage limits as the window does, with the same words,
and records its conversation in the usage log like a call."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop.care.policy import UsagePolicy
from desktop.care.store import CareStore
from desktop.care.therapist import TherapistMode
from desktop.core.clock import SystemClock
from desktop.vault.opening import open_vault
from tests.support.faults import PASSPHRASE, env_for, filled_home, keepsake, no_keyring, state

pytestmark = pytest.mark.slow

TALK = ("talk", "--persona", "Mum", "--text", "Have you eaten yet?", "--sayings-only")


def _closed_hours_now() -> UsagePolicy:
    now = datetime.now(UTC)
    start, end = (now + timedelta(hours=2)).time(), (now + timedelta(hours=3)).time()
    return UsagePolicy(allowed_from=time(start.hour, 0), allowed_until=time(end.hour, 0))


def test_talk_refuses_outside_the_agreed_hours_and_starts_nothing(tmp_path: Path) -> None:
    paths = filled_home(tmp_path)
    vault = open_vault(paths, no_keyring(), PASSPHRASE)
    TherapistMode(CareStore(vault), SystemClock()).set_policy(_closed_hours_now())
    vault.close()
    before = state(paths)
    done = keepsake(env_for(paths), *TALK)
    assert done.returncode == 4, done.stdout + done.stderr
    assert "It is outside the hours agreed for conversations." in done.stdout
    assert "The next conversation is possible" in done.stdout
    assert state(paths) == before  # no journal session, no usage record


def test_talk_is_logged_and_counts_toward_the_daily_limit(tmp_path: Path) -> None:
    paths = filled_home(tmp_path)  # its one conversation was on 2 April 2026
    vault = open_vault(paths, no_keyring(), PASSPHRASE)
    TherapistMode(CareStore(vault), SystemClock()).set_policy(UsagePolicy(sessions_per_day=1))
    vault.close()
    done = keepsake(env_for(paths), *TALK)
    assert done.returncode == 0, done.stdout + done.stderr
    again = keepsake(env_for(paths), *TALK)
    assert again.returncode == 4, again.stdout + again.stderr
    assert "Today's conversations have been had." in again.stdout
    vault = open_vault(paths, no_keyring(), PASSPHRASE)
    assert len(CareStore(vault).usage()) == 2 and CareStore(vault).integrity().intact
    vault.close()


def test_talk_refuses_while_the_limits_were_changed_outside_keepsake(tmp_path: Path) -> None:
    paths = filled_home(tmp_path)
    vault = open_vault(paths, no_keyring(), PASSPHRASE)
    TherapistMode(CareStore(vault), SystemClock()).set_policy(UsagePolicy(sessions_per_week=5))
    with vault.transaction() as cur:
        cur.execute("DELETE FROM usage_session")
    vault.close()
    done = keepsake(env_for(paths), *TALK)
    assert done.returncode == 4, done.stdout + done.stderr
    assert "changed outside Keepsake on" in done.stdout
