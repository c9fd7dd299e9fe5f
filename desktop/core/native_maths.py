"""The same arithmetic on every CPU: the switch that keeps Intel's maths library off AMX.

CTranslate2 (speech recognition) multiplies its int8 matrices with oneMKL, which on a CPU with
Intel AMX (Sapphire Rapids and later Xeons) takes AMX kernels whose results differ from the
AVX-512 and AVX2 ones. Whisper then heard other words in the same audio: through the harsh
simulated room, "Wait, Mum, stop, I want to tell you something." came back as "wait, I'm
stuck, I'm going to tell you something." on an AMX machine, and as said on the same machine
with AMX set aside. Every figure and threshold of Keepsake's was measured without AMX, so
oneMKL is capped at AVX-512 (`MKL_ENABLE_INSTRUCTIONS`; a cap, so CPUs without AVX-512 are
unaffected). A value the user set is kept. It must be in the environment before CTranslate2
loads: `desktop.core.privacy` sets it with its own switches, at the entry points and just
before each native import.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

STEADY_ENVIRONMENT: tuple[tuple[str, str], ...] = (("MKL_ENABLE_INSTRUCTIONS", "AVX512"),)


def steady_native_maths(environ: MutableMapping[str, str] | None = None) -> None:
    """Cap oneMKL's instruction set unless the environment already chose one."""
    env = os.environ if environ is None else environ
    for name, value in STEADY_ENVIRONMENT:
        env.setdefault(name, value)
