"""Plans each reply from the persona's real words (FTS5 search in the vault).

Used on the engine's responder thread. A saying that fits the moment is said verbatim, with
its real recording when there is one; otherwise the LLM answers, given their most relevant
words. In sayings-only mode no LLM is involved at all.
"""

from __future__ import annotations

import array
from collections import deque
from collections.abc import Callable

import numpy as np

from desktop.core.conversation import PersonaVoice
from desktop.core.errors import AudioFileError
from desktop.core.grounding import (
    Generate,
    RecordedClip,
    ReplyMode,
    ReplyPlan,
    Silence,
    Verbatim,
    content_terms,
    context_prompt,
    fit,
)
from desktop.core.persona import Persona, Saying, SayingKind
from desktop.core.word_bounds import fits_a_saying
from desktop.vault.personas import PersonaStore

VERBATIM_FIT = 0.6


def _never(_text: str) -> bool:
    return False


class GroundedPlanner:
    """`invites`: the output check; a saying that could read as an invitation to join them is
    never said verbatim, whatever the person decided about keeping it."""

    def __init__(
        self,
        store: PersonaStore,
        persona: Persona,
        mode: ReplyMode,
        sample_rate: int,
        invites: Callable[[str], bool] = _never,
    ) -> None:
        self.store = store
        self.persona = persona
        self.mode = mode
        self.sample_rate = sample_rate
        self.invites = invites
        self._recent: deque[int] = deque(maxlen=4)
        self._rotation = 0

    def plan(self, user_text: str) -> ReplyPlan:
        hits = [s for s, _score in self.store.search(self.persona.id, user_text, limit=8)]
        sayings = [
            s
            for s in hits
            if s.kind is SayingKind.SAYING
            and s.id not in self._recent
            and fits_a_saying(s.text)
            and not self.invites(s.text)
        ]
        best = max(sayings, key=lambda s: fit(user_text, s.text), default=None)
        if self.mode is ReplyMode.SAYINGS_ONLY:
            chosen = best or self._next_saying()
            if chosen is None:
                return Silence("there are no confirmed sayings yet")
            return self._verbatim(chosen)
        if (
            best is not None
            and fit(user_text, best.text) >= VERBATIM_FIT
            and len(content_terms(best.text)) >= 2
        ):
            return self._verbatim(best)
        return Generate(
            context_prompt(
                user_text,
                self.persona.display_name,
                [s.text for s in hits if not self.invites(s.text)],
                self.persona.details.language,
            )
        )

    def _next_saying(self) -> Saying | None:
        """Sayings-only mode, when nothing matches: their words in turn, never the same twice."""
        sayings = [
            s
            for s in self.store.sayings(self.persona.id, SayingKind.SAYING, confirmed_only=True)
            if s.id not in self._recent and fits_a_saying(s.text) and not self.invites(s.text)
        ]
        if not sayings:
            return None
        self._rotation += 1
        return sayings[self._rotation % len(sayings)]

    def _verbatim(self, saying: Saying) -> Verbatim:
        self._recent.append(saying.id)
        return Verbatim(saying.text, saying.id, self._clip(saying))

    def _clip(self, saying: Saying) -> RecordedClip | None:
        if saying.clip_id is None or saying.clip_start_s is None or saying.clip_end_s is None:
            return None
        from desktop.voice.audio_file import decode_audio_file

        try:
            audio = decode_audio_file(self.store.media_data(saying.clip_id), self.sample_rate)
        except AudioFileError:  # a damaged clip: say it with the synthetic voice instead
            return None
        lo = max(0, int((saying.clip_start_s - 0.05) * self.sample_rate))
        hi = min(len(audio), int((saying.clip_end_s + 0.15) * self.sample_rate))
        if hi <= lo:
            return None
        samples = np.asarray(audio[lo:hi], dtype=np.float32)
        peak = float(np.abs(samples).max()) or 1.0
        samples = samples * min(1.0, 0.9 / peak)
        return RecordedClip(array.array("f", samples.tobytes()), self.sample_rate)


def persona_voice(
    store: PersonaStore, persona: Persona, invites: Callable[[str], bool] = _never
) -> PersonaVoice:
    """What the prompt and the voice need to know of a persona (no invitation among the
    sayings the prompt shows as examples)."""
    usable = [s.text for s in store.sayings(persona.id, SayingKind.SAYING, True)]
    sayings = tuple(t for t in usable if not invites(t))[:8]
    d = persona.details
    return PersonaVoice(
        display_name=persona.display_name,
        relationship=d.relationship or "parent",
        style=d.speaking_style or d.personality or PersonaVoice().style,
        language=d.language,
        sayings=sayings,
        voice_length_scale=d.voice_length_scale,
        voice_pitch_semitones=d.voice_pitch_semitones,
        voice_base=base.value if (base := d.chosen_voice_base) is not None else "",
        voice_shape=d.voice_shape if d.has_custom_voice else None,
    )
