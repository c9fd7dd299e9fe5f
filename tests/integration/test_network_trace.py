"""Nothing is sent: the commands and the window run under strace, and no process they start
ever connects to (or sends to) an internet address, for 15 s each.

Native libraries bypass Python's sockets (onnxruntime's telemetry looked up its host about 9 s
after loading), so the conftest guard cannot see them; a system-call trace can. The child
processes get an environment *without* ORT_DISABLE_TELEMETRY: Keepsake's entry point must set it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import keyring.backends.fail
import numpy as np
import pytest
from PIL import Image as PILImage
from skimage import data

from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.services.paths import resolve_paths
from desktop.services.persona_builder import PersonaRequest, build_persona
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import write_wav
from tests.support.voice import silence, speech

pytestmark = pytest.mark.slow

from tests.support.paths import ROOT

SECONDS = 15
PASSPHRASE = "a long test passphrase"
_INET = re.compile(r"sa_family=AF_INET6?\b")
_CALLS = "trace=connect,sendto,sendmsg,sendmmsg"


def _need_strace() -> str:
    strace = shutil.which("strace")
    reason = "strace is not installed" if strace is None else ""
    if strace is not None:
        probe = subprocess.run(
            [strace, "-f", "-qq", "-e", "trace=connect", "true"], capture_output=True, timeout=30
        )
        reason = "" if probe.returncode == 0 else "strace may not trace here (ptrace refused)"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the network trace: {reason} (scripts/install.sh --test)")
        pytest.skip(reason)
    assert strace is not None
    return strace


def _home(root: Path, name: str) -> Path:
    home = root / name
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(
        json.dumps({"version": 2, "first_run_done": True})
    )
    return home


def _with_a_persona(home: Path) -> None:
    paths = resolve_paths({"KEEPSAKE_HOME": str(home)})
    paths.ensure()
    vault = open_vault(paths, keyring.backends.fail.Keyring(), PASSPHRASE)
    try:
        consent = ConsentRecord("Sam", "son", Agreement.YES, recorded_at=datetime.now(UTC))
        request = PersonaRequest(
            PersonaDetails(name="Margaret", called="Mum"),
            sayings=("Have you eaten yet?", "Don't forget your umbrella."),
            consent=consent,
        )
        build_persona(PersonaStore(vault), request, None, datetime.now(UTC))
    finally:
        vault.close()


def _env(home: Path, user_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORT_", "HF_HUB_"))}
    env.update(KEEPSAKE_HOME=str(home), KEEPSAKE_PASSPHRASE=PASSPHRASE, HOME=str(user_home))
    env.update(XDG_CACHE_HOME=str(user_home / ".cache"), QT_QPA_PLATFORM="offscreen")
    env.pop("CI", None)
    return env


def test_no_process_connects_to_the_network(tmp_path: Path) -> None:
    strace = _need_strace()
    user_home = tmp_path / "user"
    user_home.mkdir()
    photo = tmp_path / "mum.jpg"
    PILImage.fromarray(data.astronaut()).save(photo, format="JPEG", quality=90)
    clip = tmp_path / "kitchen.wav"
    write_wav(clip, np.concatenate([silence(0.3), speech("Have you eaten yet?")]), 16000)
    persona_home = _home(tmp_path, "persona-home")
    _with_a_persona(persona_home)
    runs = {
        "talk": (_home(tmp_path, "talk-home"), [], ["talk", "--text", "Good morning, Mum."]),
        "talk --persona": (
            persona_home,
            [],
            ["talk", "--persona", "Mum", "--text", "Have you eaten yet?"],
        ),
        "persona create": (
            _home(tmp_path, "create-home"),
            [],
            ["persona", "create", "Ruth", "--photo", str(photo), "--clip", str(clip), "--json"],
        ),
        "window": (_home(tmp_path, "window-home"), ["--memory-keyring", "--end-at-deadline"], []),
    }
    running = {}
    for name, (home, options, command) in runs.items():
        trace = tmp_path / f"{name.replace(' ', '_')}.trace"
        args = [
            sys.executable,
            "-m",
            "tests.support.network_probe",
            str(SECONDS),
            *options,
            "--",
            *command,
        ]
        running[name] = (
            trace,
            subprocess.Popen(
                [strace, "-f", "-qq", "-e", _CALLS, "-o", str(trace), *args],
                cwd=ROOT,
                env=_env(home, user_home),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            ),
        )
    outputs = {}
    for name, (trace, process) in running.items():
        output, _ = process.communicate(timeout=SECONDS + 180)
        outputs[name] = output
        assert process.returncode == 0, f"{name}: {output}"
        if name != "window":
            assert "PROBE exit 0" in output, f"{name}: {output}"
        calls = trace.read_text(errors="replace").splitlines()
        reached = [line for line in calls if _INET.search(line)]
        assert reached == [], f"{name} reached the network:\n" + "\n".join(reached[:10])
    assert "Mum" in outputs["talk --persona"] or "said in life" in outputs["talk --persona"]
    assert not (user_home / ".cache" / "Microsoft").exists()
