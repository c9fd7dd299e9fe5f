"""A full disk (a 3 MB tmpfs; CI runs as root) and two processes at once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

from desktop.services.paths import AppPaths, resolve_paths
from tests.support.faults import env_for, filled_home, keepsake, state, wait_for_line
from tests.support.paths import ROOT

pytestmark = pytest.mark.slow

FULL = "There isn't enough space on this disk"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs, mounted for this test (needs root: skipped elsewhere, required in CI)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs as root and must run the full-disk test")
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"could not mount a tmpfs: {done.stderr!r}")
        pytest.skip(f"could not mount a tmpfs: {done.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


def test_a_full_disk_gives_one_calm_message_and_loses_nothing(
    small_disk: Path, tmp_path: Path
) -> None:
    paths = filled_home(small_disk)
    env = env_for(paths)
    big = tmp_path / "big.png"
    noise = np.random.default_rng(1).integers(0, 255, (1200, 1200, 3)).astype(np.uint8)
    PILImage.fromarray(noise).save(big)
    done = keepsake(env, "persona", "create", "Big", "--photo", str(big))
    assert done.returncode == 2 and FULL in done.stdout, done.stdout + done.stderr
    filler = _fill(small_disk)
    checks = {
        "persona create": ("persona", "create", "Ann", "--saying", "Hello, love."),
        "talk": ("talk", "--persona", "Mum", "--text", "Have you eaten?", "--sayings-only"),
        "backup": ("backup", str(small_disk / "b.kbk")),
    }
    for what, args in checks.items():
        done = keepsake(env, *args)
        output = done.stdout + done.stderr
        assert done.returncode == 2 and FULL in output and "Traceback" not in output, what
    for args in (
        ("persona", "list", "--json"),
        ("export", "--format", "md", "--out", str(tmp_path / "j.md")),
    ):
        done = keepsake(env, *args)  # reads keep working
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "Margaret" in keepsake(env, "persona", "list").stdout
    assert not (small_disk / "b.kbk.partial").exists()
    filler.unlink()
    after = state(paths)  # what was saved stays, and writing works again
    assert after.personas == ("Margaret",) and after.integrity == "ok" and after.care_intact
    done = keepsake(env, "persona", "create", "Ann", "--saying", "Hello, love.")
    assert done.returncode == 0, done.stdout + done.stderr


def test_two_processes_at_once(tmp_path: Path) -> None:
    paths = filled_home(tmp_path)
    env = env_for(paths)
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.support.journal_crash_probe"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for_line(holder, "READY")
        backup = tmp_path / "b.kbk"
        other = filled_home(tmp_path, "other", extra_persona="Ruth")
        assert keepsake(env_for(other), "backup", str(backup)).returncode == 0
        for args in (
            ("restore", str(backup)),
            ("persona", "create", "Ann", "--saying", "Hi."),
            ("persona", "list"),
        ):
            done = keepsake(env, *args)
            output = done.stdout + done.stderr
            assert done.returncode == 2 and "already open" in output, output
            assert str(holder.pid) in output
    finally:
        holder.kill()
        holder.wait(timeout=30)
    after = state(_same(paths))  # the killed holder left no stale lock
    assert after.personas == ("Margaret",) and after.sessions == 2
    done = keepsake(env, "restore", str(backup))
    assert done.returncode == 0, done.stdout + done.stderr
    assert state(paths).personas == ("Margaret", "Ruth")


def _same(paths: AppPaths) -> AppPaths:
    return resolve_paths({"KEEPSAKE_HOME": str(paths.data_dir.parent)})
