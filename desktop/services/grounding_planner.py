"""Plans each reply from the persona's real words (FTS5 search in the vault).

Used on the engine's responder thread. A question the person answered in their own interview
("Record for my family") is answered first with that answer, their real recording whole. Else
a saying that fits the moment is said verbatim, with its real recording when there is one;
otherwise the LLM answers, given their most relevant words. In sayings-only mode no LLM is
involved at all.
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
from desktop.core.interview import KeptAnswer
from desktop.core.persona import Persona, Saying, SayingKind
from desktop.core.word_bounds import fits_a_saying
from desktop.services.interview_answers import InterviewAnswers
from desktop.vault.personas import PersonaStore

VERBATIM_FIT = 0.6


def _never(_text: str) -> bool:
    return False


class GroundedPlanner:
    """`invites`: the output check; a saying that could read as an invitation to join them is
    never said verbatim, whatever the person decided about keeping it. `answers`: the
    person's interview answers, asked first."""

    def __init__(
        self,
        store: PersonaStore,
        persona: Persona,
        mode: ReplyMode,
        sample_rate: int,
        invites: Callable[[str], bool] = _never,
        answers: InterviewAnswers | None = None,
    ) -> None:
        self.store = store
        self.persona = persona
        self.mode = mode
        self.sample_rate = sample_rate
        self.invites = invites
        self.answers = answers
        self._recent: deque[int] = deque(maxlen=4)
        self._rotation = 0

    def plan(self, user_text: str) -> ReplyPlan:
        kept = self.answers.answer_for(user_text) if self.answers is not None else None
        if kept is not None:
            return self._interview_answer(kept)
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
        return Verbatim(saying.text, saying.id, self.clip(saying))

    def _interview_answer(self, kept: KeptAnswer) -> Verbatim:
        """Their whole answer: the recording when they spoke it, else their written words."""
        linked = [s.id for s in self.store.sayings(self.persona.id) if s.answer_id == kept.id]
        self._recent.extend(linked[:2])
        clip = self._recording(kept.clip_id, None, None) if kept.clip_id is not None else None
        return Verbatim(" ".join(kept.text.split()), linked[0] if linked else 0, clip)

    def interview_answer(self, user_text: str) -> Verbatim | None:
        """Their whole interview answer to what was asked, when one fits (asked first)."""
        kept = self.answers.answer_for(user_text) if self.answers is not None else None
        return self._interview_answer(kept) if kept is not None else None

    def clip(self, saying: Saying) -> RecordedClip | None:
        if saying.clip_id is None or saying.clip_start_s is None or saying.clip_end_s is None:
            return None
        return self._recording(saying.clip_id, saying.clip_start_s, saying.clip_end_s)

    def _recording(
        self, clip_id: int, start_s: float | None, end_s: float | None
    ) -> RecordedClip | None:
        """A span of a kept recording (the whole of it without bounds), at a safe level."""
        from desktop.voice.audio_file import decode_audio_file

        try:
            audio = decode_audio_file(self.store.media_data(clip_id), self.sample_rate)
        except AudioFileError:  # a damaged clip: say it with the synthetic voice instead
            return None
        lo = 0 if start_s is None else max(0, int((start_s - 0.05) * self.sample_rate))
        hi = (
            len(audio) if end_s is None else min(len(audio), int((end_s + 0.15) * self.sample_rate))
        )
        if hi <= lo:
            return None
        samples = np.asarray(audio[lo:hi], dtype=np.float32)
        peak = float(np.abs(samples).max()) or 1.0
        samples = samples * min(1.0, 0.9 / peak)
        return RecordedClip(array.array("f", samples.tobytes()), self.sample_rate)


def usable_sayings(
    store: PersonaStore, persona: Persona, invites: Callable[[str], bool] = _never
) -> list[tuple[int, str]]:
    """Their confirmed sayings that may be said verbatim, as (id, text)."""
    return [
        (s.id, s.text)
        for s in store.sayings(persona.id, SayingKind.SAYING, confirmed_only=True)
        if fits_a_saying(s.text) and not invites(s.text)
    ]


def clip_finder(
    store: PersonaStore, persona: Persona, sample_rate: int
) -> Callable[[int], RecordedClip | None]:
    """The real recording of a saying, by its id (None without one)."""
    planner = GroundedPlanner(store, persona, ReplyMode.GROUNDED, sample_rate)
    by_id = {s.id: s for s in store.sayings(persona.id, SayingKind.SAYING, confirmed_only=True)}

    def find(saying_id: int) -> RecordedClip | None:
        saying = by_id.get(saying_id)
        return planner.clip(saying) if saying is not None else None

    return find


def persona_voice(
    store: PersonaStore, persona: Persona, invites: Callable[[str], bool] = _never
) -> PersonaVoice:
    """What the prompt and the voice need to know of a persona (no invitation among the
    sayings the prompt shows as examples)."""
    usable = [s.text for s in store.sayings(persona.id, SayingKind.SAYING, True)]
    sayings = tuple(t for t in usable if not invites(t))[:8]
    d = persona.details
    memories = tuple(s.text for s in store.sayings(persona.id, SayingKind.MEMORY, True))
    examples = tuple(
        (s.context, s.text)
        for s in store.sayings(persona.id, SayingKind.STYLE_EXAMPLE, True)
        if s.context and not invites(s.text)
    )
    consent = store.consent(persona.id)
    first = d.name.split()[0] if d.name.split() else ""
    return PersonaVoice(
        name=d.name,
        names=tuple(dict.fromkeys(n for n in (d.name, first) if n)),
        user_name=consent.creator.split()[0] if consent and consent.creator.split() else "",
        memories=memories[:8],
        examples=examples[:8],
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
