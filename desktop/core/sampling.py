"""How the language model samples a reply, seeded so a conversation can be replayed exactly.

Pure. Each reply's seed comes from the conversation's seed, the turn and the attempt, so the
same conversation typed again gives the same replies, and a resample after a rejected reply
draws differently.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Sampling:
    temperature: float = 0.6
    top_p: float = 0.9
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.15
    max_tokens: int = 48
    seed: int = 0

    def seeded(self, seed: int) -> Sampling:
        return replace(self, seed=seed)


FIRST = Sampling()
# The one resample after a rejected sentence: cooler and more conservative, another seed.
RESAMPLE = Sampling(temperature=0.3, top_p=0.8, top_k=20, repeat_penalty=1.3, max_tokens=40)


def seed_for(conversation_seed: int, turn: int, attempt: int) -> int:
    """A 31-bit seed that depends only on the conversation's seed, the turn and the attempt."""
    key = f"{conversation_seed}:{turn}:{attempt}".encode()
    return zlib.crc32(key) & 0x7FFFFFFF
