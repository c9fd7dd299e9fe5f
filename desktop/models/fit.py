"""Whether a model fits this PC, and which one to recommend for each role.

Pure: the facts (total RAM, cores, the figures `keepsake bench` last measured) come in. Speed
is estimated from the measured default models: a language model's generation speed scales
roughly with the inverse of its size, speech recognition's real-time factor with the model's.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.models.catalogue import default_for
from desktop.models.types import CatalogueEntry, ModelRole

MIN_TOKENS_PER_S = 8.0  # slower than this, replies feel like waiting
MAX_STT_RTF = 0.5  # recognition must take under half the length of what was said


@dataclass(frozen=True, slots=True)
class PcFacts:
    ram_mb: int | None
    cores: int
    llm_tokens_per_s: float | None = None  # measured with the default 135M model
    stt_rtf: float | None = None  # measured with Whisper tiny.en


@dataclass(frozen=True, slots=True)
class Fit:
    fits: bool
    reason: str  # one short sentence for the model manager
    estimate: float | None = None  # tokens/s (LLM) or real-time factor (STT)


def total_ram_mb() -> int | None:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return _windows_ram_mb()
    return int(pages * size // 1_000_000) if pages > 0 and size > 0 else None


def _windows_ram_mb() -> int | None:
    try:
        import ctypes

        class Status(ctypes.Structure):
            _fields_ = [
                ("length", ctypes.c_ulong),
                ("load", ctypes.c_ulong),
                ("total", ctypes.c_ulonglong),
                ("avail", ctypes.c_ulonglong),
                ("total_page", ctypes.c_ulonglong),
                ("avail_page", ctypes.c_ulonglong),
                ("total_virtual", ctypes.c_ulonglong),
                ("avail_virtual", ctypes.c_ulonglong),
                ("avail_ext", ctypes.c_ulonglong),
            ]

        status = Status()
        status.length = ctypes.sizeof(Status)
        if not ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return None
        return int(status.total // 1_000_000)
    except (AttributeError, OSError):
        return None


def load_facts(bench_file: Path) -> PcFacts:
    """This PC's RAM and cores, and the last `keepsake bench` figures if there are any."""
    tokens = rtf = None
    try:
        figures = json.loads(bench_file.read_text("utf-8"))
        tokens = float(figures["llm_tokens_per_s"])
        rtf = float(figures["stt_rtf"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return PcFacts(total_ram_mb(), os.cpu_count() or 1, tokens, rtf)


def _same(text: str) -> str:
    return text


def fit(entry: CatalogueEntry, facts: PcFacts, tr: Callable[[str], str] = _same) -> Fit:
    """Whether `entry` fits; the reason in words (`tr` translates them, English by default)."""
    if facts.ram_mb is not None and entry.ram_mb > facts.ram_mb * 0.5:
        return Fit(
            False,
            tr("needs about {0} MB of memory; this PC has {1} MB").format(
                entry.ram_mb, facts.ram_mb
            ),
        )
    if entry.role is ModelRole.LANGUAGE_MODEL and entry.params_m and facts.llm_tokens_per_s:
        measured = default_for(ModelRole.LANGUAGE_MODEL).params_m  # what the bench measured
        speed = facts.llm_tokens_per_s * measured / max(entry.params_m, 1)
        if speed < MIN_TOKENS_PER_S:
            return Fit(
                False, tr("too slow here (about {0:.0f} tokens a second)").format(speed), speed
            )
        return Fit(True, tr("about {0:.0f} tokens a second here").format(speed), speed)
    if entry.role is ModelRole.SPEECH_TO_TEXT and facts.stt_rtf:
        rtf = facts.stt_rtf * max(entry.size, 1) / default_for(ModelRole.SPEECH_TO_TEXT).size
        if rtf > MAX_STT_RTF:
            return Fit(False, tr("too slow here to follow speech comfortably"), rtf)
        faster = 1 / max(rtf, 1e-3)
        return Fit(True, tr("understands speech {0:.0f}× faster than spoken").format(faster), rtf)
    if facts.llm_tokens_per_s is None and entry.role is not ModelRole.TEXT_TO_SPEECH:
        return Fit(True, tr("fits in memory (“Measure this PC” above estimates its speed)"))
    return Fit(True, tr("fits this PC"))


def recommend(
    entries: tuple[CatalogueEntry, ...], role: ModelRole, language: str, facts: PcFacts
) -> CatalogueEntry | None:
    """The most capable model for `role` that speaks `language` and fits this PC."""
    fitting = [
        e
        for e in entries
        if e.role is role
        and (
            e.speaks(language)
            if role is ModelRole.LANGUAGE_MODEL
            else language in e.languages or "multilingual" in e.languages
        )
        and fit(e, facts).fits
    ]
    if not fitting:
        return None
    if role is ModelRole.TEXT_TO_SPEECH:  # voices: prefer a fuller voice in that language
        return max(fitting, key=lambda e: (language in e.languages, e.size))
    return max(fitting, key=lambda e: e.params_m or e.size)
