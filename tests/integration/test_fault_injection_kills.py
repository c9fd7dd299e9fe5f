"""kill -9 at every step and at seeded random moments of `persona create`, `talk`, `backup`
and `restore`: afterwards the vault opens, passes `PRAGMA integrity_check`, its care chain is
intact, nothing that was committed is lost, and no temporary file survives the next start."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage
from skimage import data

from desktop.services.paths import AppPaths, resolve_paths
from desktop.vault.backup import extract_backup, write_backup
from desktop.vault.kept_aside import kept_copies
from desktop.vault.opening import open_vault
from tests.support.faults import (
    BACKUP_PASSPHRASE,
    PASSPHRASE,
    dies_at_step,
    env_for,
    filled_home,
    killed_after,
    leftovers,
    no_keyring,
    state,
)
from tests.support.paths import DATA

pytestmark = pytest.mark.slow

OLD = ("Margaret",)
NEW = ("Margaret", "Ruth")
SEED = 11


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fault-template")
    filled_home(root)
    return root / "home"


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of another computer's vault, holding Margaret and Ruth."""
    root = tmp_path_factory.mktemp("fault-backup")
    other = filled_home(root, extra_persona="Ruth")
    vault = open_vault(other, no_keyring(), PASSPHRASE)
    out = root / "family.kbk"
    write_backup(vault, out, BACKUP_PASSPHRASE)
    vault.close()
    return out


def _fresh(template: Path, tmp_path: Path, name: str) -> AppPaths:
    shutil.copytree(template, tmp_path / name)
    return resolve_paths({"KEEPSAKE_HOME": str(tmp_path / name)})


def _moments(template: Path, tmp_path: Path, seed: int, count: int, *args: str) -> list[float]:
    """Seeded moments spread over one uninterrupted run of `keepsake ARGS` on this machine."""
    paths = _fresh(template, tmp_path, f"timing-{seed}")
    started = time.monotonic()
    code = killed_after(env_for(paths), 300, *args)
    duration = time.monotonic() - started
    assert code is not None
    rng = random.Random(seed)
    return sorted(duration * rng.uniform(0.15, 0.95) for _ in range(count))


def _whole_after_restore(paths: AppPaths) -> tuple[str, ...]:
    after = state(paths)
    assert after.integrity == "ok"
    assert after.personas in (OLD, NEW), after  # never an empty vault
    assert after.sessions >= 1 and after.turns >= 2
    assert leftovers(paths) == []
    if after.personas == NEW:  # the data it replaced is kept aside, listed in Settings
        assert [c.reason.value for c in kept_copies(paths)] == ["before-restore"]
    return after.personas


def test_restore_killed_before_each_rename_and_delete(
    template: Path, backup_file: Path, tmp_path: Path
) -> None:
    outcomes = []
    for step in range(1, 60):
        paths = _fresh(template, tmp_path, f"step-{step}")
        done = dies_at_step(env_for(paths), step, "restore", str(backup_file))
        outcomes.append(_whole_after_restore(paths))
        if "PROBE finished" in done.stdout:
            assert done.returncode == 0, done.stdout + done.stderr
            break
    else:
        pytest.fail("the restore never finished")
    assert OLD in outcomes and outcomes[-1] == NEW
    print(f"FAULTS restore: {len(outcomes) - 1} kills at each step, then it finished")


def test_restore_killed_at_random_moments(
    template: Path, backup_file: Path, tmp_path: Path
) -> None:
    delays = _moments(template, tmp_path, SEED, 6, "restore", str(backup_file))
    kills = 0
    for n, delay in enumerate(delays):
        paths = _fresh(template, tmp_path, f"random-{n}")
        kills += killed_after(env_for(paths), delay, "restore", str(backup_file)) is None
        _whole_after_restore(paths)
    assert kills >= len(delays) // 2
    print(f"FAULTS restore: {kills} kills at random moments")


def test_backup_killed_at_each_step_and_at_random_moments(template: Path, tmp_path: Path) -> None:
    kills = 0
    out_timing = tmp_path / "timing.kbk"
    moments = _moments(template, tmp_path, SEED + 1, 4, "backup", str(out_timing))
    steps = [("step", float(step)) for step in range(1, 30)]
    runs = [("random", moment) for moment in moments] + steps
    for n, (how, point) in enumerate(runs):
        paths = _fresh(template, tmp_path, f"backup-{n}")
        out = tmp_path / f"backup-{n}.kbk"
        env = env_for(paths)
        if how == "step":
            done = dies_at_step(env, int(point), "backup", str(out))
            finished = "PROBE finished" in done.stdout
        else:
            finished = killed_after(env, point, "backup", str(out)) is not None
        kills += not finished
        after = state(paths)  # the next start: removes the partial file and the scratch copy
        assert after.integrity == "ok" and after.personas == OLD and after.care_intact
        assert not out.with_name(out.name + ".partial").exists()
        assert leftovers(paths) == []
        if out.exists():  # a backup under its final name is always complete
            extract_backup(out, BACKUP_PASSPHRASE, tmp_path / f"check-{n}.db")
        if how == "step" and finished:
            break
    print(f"FAULTS backup: {kills} kills")


def test_persona_create_killed_at_random_moments(template: Path, tmp_path: Path) -> None:
    photo = tmp_path / "ruth.jpg"
    PILImage.fromarray(data.astronaut()).save(photo, format="JPEG", quality=90)
    args = ["persona", "create", "Ruth", "--photo", str(photo)]
    args += ["--chat", str(DATA / "whatsapp_android.txt"), "--sender", "Mum"]
    delays = _moments(template, tmp_path, SEED + 2, 6, *args)
    kills = 0
    for n, delay in enumerate(delays):
        paths = _fresh(template, tmp_path, f"create-{n}")
        kills += killed_after(env_for(paths), delay, *args) is None
        after = state(paths)
        assert after.integrity == "ok" and after.care_intact
        assert after.personas in (OLD, NEW)  # all of Ruth, or nothing of her
        if after.personas == NEW:
            vault = open_vault(paths, no_keyring(), PASSPHRASE)
            rows = vault.query(
                "SELECT count(*) FROM saying s JOIN persona p ON p.id = s.persona_id "
                "WHERE p.name = 'Ruth'"
            )
            photos = vault.query(
                "SELECT count(*) FROM media m JOIN persona p ON p.id = m.persona_id "
                "WHERE p.name = 'Ruth'"
            )
            vault.close()
            assert rows[0][0] >= 4 and photos[0][0] == 1
    assert kills >= len(delays) // 2
    print(f"FAULTS persona create: {kills} kills")


def test_talk_killed_at_random_moments(template: Path, tmp_path: Path) -> None:
    args = ["talk", "--persona", "Mum", "--text", "Have you eaten yet?", "--sayings-only"]
    delays = _moments(template, tmp_path, SEED + 3, 5, *args)
    kills = 0
    for n, delay in enumerate(delays):
        paths = _fresh(template, tmp_path, f"talk-{n}")
        kills += killed_after(env_for(paths), delay, *args) is None
        after = state(paths)
        assert after.integrity == "ok" and after.personas == OLD
        assert after.care_intact  # a kill never breaks the usage record
        assert after.sessions >= 1 and after.turns >= 2  # what was committed is kept
    assert kills >= len(delays) // 2
    print(f"FAULTS talk: {kills} kills")


def test_a_restored_backup_from_another_computer_keeps_a_verifiable_care_record(
    template: Path, backup_file: Path, tmp_path: Path
) -> None:
    paths = _fresh(template, tmp_path, "whole")
    done = dies_at_step(env_for(paths), 10_000, "restore", str(backup_file))
    assert done.returncode == 0, done.stdout + done.stderr
    after = state(paths)
    assert after.personas == NEW and after.care_intact
    assert np.all([c.size > 0 for c in kept_copies(paths)])
