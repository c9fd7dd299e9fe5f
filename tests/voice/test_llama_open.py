"""Models open so that they run on every CPU: on one with Intel AMX, llama.cpp's AMX weight
buffer crashes the first reply (llama.cpp #20824), so the weights stay in its plain buffer."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.voice import llama_open
from desktop.voice.llama_open import cpu_has_amx


def _cpuinfo(tmp_path: Path, flags: str) -> Path:
    path = tmp_path / "cpuinfo"
    path.write_text(
        "processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor\n"
        f"flags\t\t: fpu vme sse2 avx2 {flags}\n\nprocessor\t: 1\n",
        encoding="ascii",
    )
    return path


def test_amx_is_read_from_the_cpu_flags(tmp_path: Path) -> None:
    assert cpu_has_amx(_cpuinfo(tmp_path, "avx512f amx_bf16 amx_tile amx_int8"))
    assert cpu_has_amx(_cpuinfo(tmp_path, "amx_tile"))
    assert not cpu_has_amx(_cpuinfo(tmp_path, "avx512f avx512_bf16"))
    assert not cpu_has_amx(tmp_path / "absent")  # not Linux: nothing to read, nothing changed


def test_the_default_parameters_are_wrapped_once() -> None:
    calls: list[int] = []

    def defaults() -> SimpleNamespace:
        calls.append(1)
        return SimpleNamespace(use_extra_bufts=True, n_gpu_layers=0)

    native = SimpleNamespace(llama_model_default_params=defaults)
    llama_open._wrap_default_params(native)
    wrapped = native.llama_model_default_params
    llama_open._wrap_default_params(native)
    assert native.llama_model_default_params is wrapped  # not wrapped around itself
    params = native.llama_model_default_params()
    assert params.use_extra_bufts is False
    assert params.n_gpu_layers == 0
    assert len(calls) == 1


@pytest.mark.slow
def test_the_default_model_replies_on_this_cpu() -> None:
    """In a process of its own, so that a crash fails this test instead of the whole run."""
    script = textwrap.dedent(
        """
        from desktop.core.conversation import Message, Role
        from desktop.core.jobs import CancelToken
        from desktop.models.catalogue import ModelRole, default_for
        from desktop.models.verify import locate
        from desktop.voice.llama_open import cpu_has_amx
        from desktop.voice.llm import LlamaReplier

        entry = default_for(ModelRole.LANGUAGE_MODEL)
        replier = LlamaReplier(locate(entry) / entry.main_file.relpath, max_reply_tokens=12)
        replier.load()
        assert replier._llm.model_params.use_extra_bufts is not cpu_has_amx()
        messages = [Message(Role.SYSTEM, "You are kind."), Message(Role.USER, "Hello, Mum.")]
        words = "".join(replier.stream(messages, CancelToken()))
        print(len(words.split()))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) > 0
