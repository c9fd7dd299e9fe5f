"""The cached prefix stays valid as a conversation grows: on the real built-in model, count
the prompt tokens each turn evaluates (no timing). Fifty turns of the built-in script."""

from __future__ import annotations

import json
import statistics
from dataclasses import replace
from importlib import resources

from desktop.core.conversation import Conversation, PersonaVoice
from desktop.core.conversation_metrics import parse_script
from desktop.core.jobs import CancelToken
from desktop.core.mind import build_mind
from desktop.core.sampling import FIRST
from tests.support.voice import shared_adapters


def _voice() -> PersonaVoice:
    base = resources.files("desktop").joinpath("data/eval/conversation")
    p = json.loads(base.joinpath("en.portrait.json").read_text("utf-8"))
    return PersonaVoice(
        display_name=p["called"],
        user_name=p["child"],
        name=p["name"],
        address=tuple(p["address"]),
        sayings=tuple(p["sayings"]),
        memories=tuple(p["memories"]),
        examples=tuple(tuple(e) for e in p["exchanges"]),
    )


def test_each_turn_reads_only_what_is_new_for_fifty_turns() -> None:
    llm = shared_adapters().llm
    assert llm is not None

    mind = build_mind(_voice())
    convo = Conversation(mind.system, examples=mind.examples)
    script = resources.files("desktop").joinpath("data/eval/conversation/en.script.txt")
    turns = parse_script(script.read_text("utf-8"))
    llm.begin(convo.prefix)
    prefix_tokens = llm.llama.n_tokens
    evaluated: list[int] = []
    sampling = replace(FIRST, seed=1, max_tokens=8)  # short replies: the prompt is the point
    previous_exchange = 0
    for turn in turns:
        messages = convo.messages_for(turn.text, llm.count_tokens, llm.prompt_budget)
        reply = "".join(llm.stream(messages, CancelToken(), sampling))
        reply = reply.strip() or "…"
        # never the system prompt and the examples again: they stay in the cache
        assert llm.last_reused >= prefix_tokens - 8, turn.text
        # only the new message, plus at most the exchange before it when the window restarts
        assert llm.last_evaluated <= llm.count_tokens(turn.text) + previous_exchange + 24
        evaluated.append(llm.last_evaluated)
        convo.record(turn.text, reply)
        previous_exchange = llm.count_tokens(turn.text) + llm.count_tokens(reply) + 16
    assert len(evaluated) == 50
    early, late = statistics.median(evaluated[:10]), statistics.median(evaluated[40:])
    assert late <= 1.1 * early + 4, (early, late)  # no growth with the conversation's length
    assert max(evaluated) < prefix_tokens  # no turn re-reads the whole context
