"""A call without its screen: what is prepared before it starts, and what is done after it ends.

`prepare_call` runs on a worker thread (it reads the vault, decodes the portrait, looks at the
models and the sound devices, starts the journal session and the usage record); the window then
builds the call screen on the GUI thread, attaches it to the session's relay and starts the
engine. `end_call` runs on a worker thread too: stopping the engine joins its threads (seconds
while the models are still loading), then the journal session and the usage record are closed.
`keepsake talk --persona` records its conversation with the same `ConversationRecord`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from desktop.avatar.photo import Image, decode_photo
from desktop.avatar.rig import Rig
from desktop.care.session_limit import SessionCountdown, goodbye_line
from desktop.care.store import CareStore
from desktop.core.clock import Clock
from desktop.core.conversation import PersonaVoice
from desktop.core.errors import AudioUnavailableError
from desktop.core.events import EngineEvent
from desktop.core.grounding import ReplyMode
from desktop.core.journal import Channel
from desktop.core.persona import Persona
from desktop.core.settings import Settings
from desktop.models.choice import ChoiceNote, models_for_language
from desktop.services.conversation_run import server_model
from desktop.services.engine_setup import build_adapters, engine_config, turn_judges
from desktop.services.grounding_planner import (
    GroundedPlanner,
    clip_finder,
    persona_voice,
    usable_sayings,
)
from desktop.services.guarded_setup import guarded_conversation, is_small_model, model_languages
from desktop.services.interview_answers import InterviewAnswers
from desktop.services.safety_setup import build_safety_guard
from desktop.services.voice_shaping import choice_of_voice, shape_speaker
from desktop.vault.database import Vault
from desktop.vault.interviews import InterviewStore
from desktop.vault.journal import Journal
from desktop.vault.journal_recorder import JournalRecorder
from desktop.vault.personas import PersonaStore
from desktop.vault.trusted_person import NOBODY, TrustedPerson, TrustedPersonStore
from desktop.voice.devices import audio_report
from desktop.voice.engine import ConversationEngine
from desktop.voice.sounddevice_io import SoundDeviceInput, SoundDeviceOutput

EventSink = Callable[[EngineEvent], None]


class EventRelay:
    """The engine's event callback before the screen exists: events wait here until a
    receiver is attached, then go straight to it. Called on the engine's threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._receiver: EventSink | None = None
        self._waiting: list[EngineEvent] = []

    def attach(self, receiver: EventSink) -> None:
        with self._lock:
            self._receiver = receiver
            waiting, self._waiting = self._waiting, []
        for event in waiting:
            receiver(event)

    def __call__(self, event: EngineEvent) -> None:
        with self._lock:
            receiver = self._receiver
            if receiver is None:
                self._waiting.append(event)
                return
        receiver(event)


@dataclass
class ConversationRecord:
    """A conversation's journal session and usage record, started and ended together."""

    journal: Journal
    care: CareStore
    session_id: int
    usage_id: int
    recorder: JournalRecorder

    @classmethod
    def start(
        cls,
        vault: Vault,
        persona: Persona,
        channel: Channel,
        clock: Clock,
        mood_before: int | None = None,
    ) -> ConversationRecord:
        journal, care = Journal(vault), CareStore(vault)
        now = clock.now()
        session = journal.start_session(persona.id, persona.display_name, channel, now, mood_before)
        usage = care.start_usage(persona.id, session, now)
        return cls(journal, care, session, usage, JournalRecorder(journal, session, clock))

    def finish(
        self, clock: Clock, mood_after: int | None = None, words: str = "", note: str = ""
    ) -> None:
        """End the usage record, then the journal session with the optional check-in."""
        self.care.end_usage(self.usage_id, clock.now())
        self.journal.end_session(
            self.session_id, clock.now(), mood_after=mood_after, mood_words=words, note=note
        )


@dataclass
class CallSession:
    """Everything a call needs, prepared off the GUI thread."""

    persona: Persona
    voice: PersonaVoice
    engine: ConversationEngine
    relay: EventRelay
    record: ConversationRecord
    countdown: SessionCountdown
    goodbye: str
    output: SoundDeviceOutput | None
    microphone: SoundDeviceInput | None
    photo: Image | None  # the portrait and its rig; None: a still card with the name
    rig: Rig | None
    notes: tuple[ChoiceNote, ...]  # models missing for this language, where it matters here
    lexicon_problem: str  # why the user's edited crisis lexicon was not used ("" if it was)
    trusted: TrustedPerson = NOBODY  # someone to call, shown on the crisis screen (the vault)

    @property
    def can_listen(self) -> bool:
        return self.engine.audio_input is not None

    @property
    def can_speak(self) -> bool:
        return self.engine.output is not None


def prepare_call(
    vault: Vault,
    persona: Persona,
    settings: Settings,
    models_dir: Path,
    crisis_file: Path,
    clock: Clock,
    mood_before: int | None = None,
    time_left: timedelta | None = None,
    farewell: bool = False,
) -> CallSession:
    """Build a call's engine (models load later, on its own thread, once started) and start
    its journal session and usage record. Worker thread."""
    store = PersonaStore(vault)
    built = build_safety_guard(crisis_file, persona.display_name, persona.details.language)
    guard = built.guard
    first = persona.details.name.split()[0] if persona.details.name.split() else ""
    names = tuple(dict.fromkeys(n for n in (persona.details.name, first) if n))
    guard = replace(guard, names=names)  # honesty and crisis by every name they went by

    def invites(text: str) -> bool:
        return guard.invitation(text) is not None

    voice = persona_voice(store, persona, invites)
    choice = models_for_language(settings.stt_model, settings.tts_voice, voice.language, models_dir)
    chosen = replace(
        settings,
        stt_model=choice.stt_model or settings.stt_model,
        tts_voice=choice.tts_voice or settings.tts_voice,
    )
    adapters = build_adapters(chosen, models_dir, voice.language, (voice.display_name,))
    shape_speaker(adapters.tts, choice_of_voice(voice))
    report = audio_report()
    rate = adapters.tts.configured_sample_rate()
    speak = report.can_speak and choice.tts_voice is not None
    listen = report.can_listen and choice.stt_model is not None
    output = SoundDeviceOutput(rate, settings.output_device) if speak else None
    microphone = SoundDeviceInput(settings.input_device) if listen else None
    photo, rig = _portrait(store, persona)
    relay = EventRelay()
    config = engine_config(settings)
    judges = turn_judges(settings, models_dir, voice.language, adapters.llm)
    setup = guarded_conversation(
        voice,
        usable_sayings(store, persona, invites),
        server_model(settings, adapters.llm),
        model_languages(settings, models_dir),
        small_model=is_small_model(settings, models_dir),
        invites=invites,
        clip_for=clip_finder(store, persona, rate),
        farewell=farewell,
        asked_first=GroundedPlanner(
            store,
            persona,
            ReplyMode.GROUNDED,
            rate,
            invites,
            InterviewAnswers(InterviewStore(vault, store), persona, invites=invites),
        ).interview_answer,
    )
    engine = ConversationEngine(
        adapters.stt,
        adapters.llm if setup.guarded is not None else None,
        adapters.tts,
        setup.conversation,
        relay,
        output=output,
        audio_input=microphone,
        config=config,
        planner=setup.planner,
        safety=guard,
        guarded=setup.guarded,
        end_of_turn=judges.voice,
        words_end=judges.words,
    )
    relevant = {ChoiceNote.NO_STT: report.can_listen, ChoiceNote.NO_VOICE: report.can_speak}
    notes = tuple(note for note in choice.notes if relevant.get(note, False))
    if adapters.llm is not None and not setup.model_speaks_it:
        notes = (*notes, ChoiceNote.NO_CHAT_MODEL)  # said once, as the call starts
    record = ConversationRecord.start(vault, persona, Channel.WINDOW, clock, mood_before)
    return CallSession(
        persona=persona,
        voice=voice,
        engine=engine,
        relay=relay,
        record=record,
        countdown=SessionCountdown(time_left),
        goodbye=goodbye_line(voice.display_name, voice.user_name, voice.language),
        output=output,
        microphone=microphone,
        photo=photo,
        rig=rig,
        notes=notes,
        lexicon_problem=built.lexicon_problem,
        trusted=TrustedPersonStore(vault).get(),
    )


def _portrait(store: PersonaStore, persona: Persona) -> tuple[Image | None, Rig | None]:
    if persona.portrait_media_id is None or not persona.rig_json:
        return None, None
    photo = decode_photo(store.media_data(persona.portrait_media_id))
    return photo, Rig.from_json(json.loads(persona.rig_json))


def start_engine(session: CallSession) -> bool:
    """Start the call's engine; without a working sound system, by typing and captions only.
    Returns False when sound could not be started. Any thread (quick: threads and devices)."""
    engine = session.engine
    try:
        engine.start()
    except AudioUnavailableError:
        engine.stop()
        engine.output = engine.audio_input = None  # typing and captions only
        engine.start()
        return False
    return True


def end_call(
    session: CallSession,
    clock: Clock,
    mood_after: int | None = None,
    words: str = "",
    note: str = "",
) -> None:
    """Stop the engine (joins its threads), then close the journal session and the usage
    record with the check-in's answers. Worker thread."""
    session.engine.stop()
    session.record.finish(clock, mood_after, words, note)
