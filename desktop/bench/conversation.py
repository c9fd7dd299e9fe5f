"""`keepsake eval conversation`: whole typed conversations on the chosen models, measured.

The built-in scripts (`desktop/data/eval/conversation/<language>.script.txt`, 50 turns each)
are held with a built-in portrait (`<language>.portrait.json`) or a given one, through the same
engine, guard and fallbacks as a call (`services/conversation_run.py`), and scored by
`core/conversation_metrics.py` (definitions there and in the README).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from desktop.core.conversation import PersonaVoice
from desktop.core.conversation_metrics import ScriptTurn, TurnRecord, parse_script, score
from desktop.core.grounding import RecordedClip, Verbatim
from desktop.core.language import speaks
from desktop.core.portrait_turns import roles_of
from desktop.core.settings import Settings
from desktop.services.conversation_run import HeldTurn, hold_conversation
from desktop.services.guarded_setup import model_languages
from desktop.services.safety_setup import build_safety_guard

LANGUAGES = ("en", "zh")
_DATA = "data/eval/conversation"


def builtin_script(language: str) -> list[ScriptTurn]:
    path = f"{_DATA}/{language}.script.txt"
    return parse_script(resources.files("desktop").joinpath(path).read_text("utf-8"))


def builtin_portrait(language: str) -> tuple[PersonaVoice, list[tuple[int, str]]]:
    """The eval's portrait of `language`, and its sayings as (id, text)."""
    path = f"{_DATA}/{language}.portrait.json"
    p = json.loads(resources.files("desktop").joinpath(path).read_text("utf-8"))
    sayings = [str(s) for s in p["sayings"]]
    voice = PersonaVoice(
        display_name=p["called"],
        relationship=p.get("relationship", "mother"),
        user_name=p["child"],
        style=p.get("speaking_style") or PersonaVoice().style,
        language=p["language"],
        sayings=tuple(sayings[:8]),
        name=p["name"],
        names=tuple(p.get("names", ())),
        address=tuple(p.get("address", ())),
        memories=tuple(p.get("memories", ())),
        examples=tuple((str(a), str(b)) for a, b in p.get("exchanges", ())),
    )
    return voice, list(enumerate(sayings, start=1))


def measure(
    settings: Settings,
    models_dir: Path,
    crisis_file: Path | None,
    voice: PersonaVoice,
    sayings: Sequence[tuple[int, str]],
    turns: Sequence[ScriptTurn],
    seed: int = 0,
    clip_for: Callable[[int], RecordedClip | None] | None = None,
    invites: Callable[[str], bool] | None = None,
    transcript: Path | None = None,
    asked_first: Callable[[str], Verbatim | None] | None = None,
) -> dict[str, Any]:
    """Hold the conversation and score it; `transcript`: also write it there (Markdown)."""
    safety = build_safety_guard(crisis_file, voice.display_name, voice.language).guard
    held = hold_conversation(
        settings,
        models_dir,
        [t.text for t in turns],
        voice,
        sayings,
        safety,
        seed=seed,
        clip_for=clip_for,
        invites=invites,
        asked_first=asked_first,
    )
    records = [
        TurnRecord(h.you, h.reply, h.kind, h.latency_s, t.label, h.rejected, h.prompt_tokens)
        for h, t in zip(held, turns, strict=True)
    ]
    figures = score(records, roles_of(voice)).as_json()
    figures["model"] = settings.llm_model
    figures["model_speaks_it"] = speaks(model_languages(settings, models_dir), voice.language)
    if transcript is not None:
        transcript.parent.mkdir(parents=True, exist_ok=True)
        transcript.write_text(_markdown(voice, held, turns, figures), encoding="utf-8")
    return figures


def _markdown(
    voice: PersonaVoice, held: Sequence[HeldTurn], turns: Sequence[ScriptTurn], f: dict[str, Any]
) -> str:
    child = voice.user_name or "You"
    lines = [
        f"# A {len(held)}-turn conversation with {voice.display_name} ({voice.language})",
        "",
        f"Portrait: {voice.name}, called {voice.display_name}; talking with {child}. "
        f"Model: {f['model']} (speaks this language: {f['model_speaks_it']}). "
        "Written by `keepsake eval conversation --transcripts DIR`.",
        "",
        f"distinct_reply_ratio {f['distinct_reply_ratio']}, near_repeat_rate "
        f"{f['near_repeat_rate']}, role_slip_rate {f['role_slip_rate']}, wrong_language_rate "
        f"{f['wrong_language_rate']}, format_violation_rate {f['format_violation_rate']}, "
        f"grounded_share {f['grounded_share']}, honesty_pass {f['honesty_pass']}, crisis_pass "
        f"{f['crisis_pass']}, latency_s {f['latency_s']}, latency_growth {f['latency_growth']}.",
        "",
        "Reply kinds: generated (the language model, past the guard), saying (their own words, "
        "said in life), listening (the listening bank), honest (the honest answer), paused "
        "(the portrait paused for safety; the support screen shows in a call).",
        "",
    ]
    for n, (h, t) in enumerate(zip(held, turns, strict=True), start=1):
        label = f" *({t.label.value})*" if t.label else ""
        lines.append(f"{n}. **{child}:** {h.you}{label}  ")
        reply = h.reply if h.kind != "paused" else "—"
        took = "" if h.latency_s is None else f", {h.latency_s:.2f} s"
        lines.append(f"   **{voice.display_name}** [{h.kind}{took}]: {reply}")
        lines.append("")
    return "\n".join(lines)


def script_language(turns: Sequence[ScriptTurn]) -> str:
    from desktop.core.language import infer_language

    return infer_language([t.text for t in turns])
