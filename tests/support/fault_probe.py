"""Runs one `keepsake` command and dies (as kill -9 would: no cleanup, no flush) just before
its K-th change to the file system (a rename, replace or delete).

    python -m tests.support.fault_probe K -- keepsake arguments...

For tests/test_fault_injection_kills.py: a restore or a backup killed at every step of its
swap. Prints nothing of its own unless the command finished first ("PROBE finished").
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any


def _dying(k: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    count = [0]

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            count[0] += 1
            if count[0] == k:
                os._exit(137)
            return real(*args, **kwargs)

        return step

    return wrap


def main(argv: list[str]) -> int:
    k = int(argv[0])
    command = argv[argv.index("--") + 1 :]
    wrap = _dying(k)
    for name in ("rename", "replace", "unlink"):  # pathlib calls these too
        setattr(os, name, wrap(getattr(os, name)))
    from desktop.cli import main as keepsake

    code = keepsake(command)
    print("PROBE finished", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
