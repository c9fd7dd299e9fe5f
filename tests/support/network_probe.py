"""Runs one `keepsake` command in this process and keeps the process alive for a while.

    python -m tests.support.network_probe SECONDS [--memory-keyring] [--end-at-deadline] -- ARGS...

For tests/integration/test_network_trace.py, run under strace: a telemetry thread in a native
library fires seconds after the library loads, so a command that finishes quickly would hide
it. After the command returns the process stays until SECONDS have passed since it started, and
at least LINGER_S more (the libraries it loaded stay loaded). With --end-at-deadline (the
window, which runs until closed) the process ends SECONDS after it started. Nothing here sets
ORT_DISABLE_TELEMETRY: the trace checks that Keepsake's own entry point does.
"""

from __future__ import annotations

import os
import sys
import threading
import time

LINGER_S = 10.0


def _use_memory_keyring() -> None:
    """A keyring that keeps the vault key in memory, so the window opens without a dialog."""
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def main(argv: list[str]) -> int:
    started = time.monotonic()
    seconds = float(argv[0])
    split = argv.index("--")
    options, command = argv[1:split], argv[split + 1 :]
    if "--memory-keyring" in options:
        _use_memory_keyring()
    if "--end-at-deadline" in options:
        deadline = threading.Timer(seconds, _end)
        deadline.daemon = True
        deadline.start()
    from desktop.cli import main as keepsake

    code = keepsake(command)
    print(f"PROBE exit {code}", flush=True)
    time.sleep(max(LINGER_S, seconds - (time.monotonic() - started)))
    _end()
    return 0


def _end() -> None:
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
