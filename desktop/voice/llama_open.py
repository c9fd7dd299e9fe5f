"""Opening a GGUF model with llama-cpp-python so that it runs on every CPU.

llama.cpp repacks a model's weights into "extra buffer types" for the CPU it finds. On a CPU
with Intel AMX (Sapphire Rapids and later Xeons, and the cloud machines built on them) the
AMX buffer's matrix multiply crashes the process with a segmentation fault on the first
reply (llama.cpp issue #20824, open; seen here with llama-cpp-python 0.3.36 built for the
machine, SmolLM2 Q4_1, on one thread or two). A crash would lose the call and, with the
engine's process, whatever had not been saved, so on such a CPU the model is opened without
extra buffer types: the weights stay in llama.cpp's plain CPU buffer, which every CPU runs.
Elsewhere nothing changes (the repacked layouts are faster there and do not crash).

`Llama` takes no argument for this: its `__init__` builds its parameters with
`llama_model_default_params()`, so that function is wrapped, once, to switch the extra
buffers off when the CPU has AMX. Thread-safe: the wrapper is installed under a lock and
then only read.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

AMX_FLAGS = frozenset({"amx_tile", "amx_int8", "amx_bf16"})
CPUINFO = Path("/proc/cpuinfo")
_lock = threading.Lock()
_MARK = "_keepsake_plain_weights"


def cpu_has_amx(cpuinfo: Path = CPUINFO) -> bool:
    """Whether the CPU reports Intel AMX (Linux's /proc/cpuinfo flags; False elsewhere)."""
    try:
        with cpuinfo.open(encoding="ascii", errors="replace") as lines:
            for line in lines:
                if line.startswith("flags"):
                    return not AMX_FLAGS.isdisjoint(line.partition(":")[2].split())
    except OSError:
        pass
    return False


def plain_weights_needed() -> bool:
    """Whether models must be opened without llama.cpp's extra buffer types here."""
    return cpu_has_amx()


def open_llama(model_path: Path, **kwargs: Any) -> Any:
    """A `llama_cpp.Llama` for the file, with the extra buffer types off where they crash.
    Raises what `Llama` raises (ValueError, RuntimeError, OSError) for a file it cannot
    load."""
    import llama_cpp.llama_cpp as native
    from llama_cpp import Llama

    if plain_weights_needed():
        _wrap_default_params(native)
    return Llama(str(model_path), **kwargs)


def _wrap_default_params(native: Any) -> None:
    with _lock:
        original = native.llama_model_default_params
        if getattr(original, _MARK, False):
            return

        def plain_default_params() -> Any:
            params = original()
            params.use_extra_bufts = False
            return params

        setattr(plain_default_params, _MARK, True)
        native.llama_model_default_params = plain_default_params
        log.info("this CPU has AMX: llama.cpp's weights stay in its plain CPU buffer (#20824)")
