"""Putting a call together: models, audio devices (or typing), planner, portrait, journal."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.photo import decode_photo
from desktop.avatar.rig import Rig
from desktop.care.session_limit import SessionCountdown, goodbye_line
from desktop.care.store import CareStore
from desktop.core.clock import Clock
from desktop.core.conversation import Conversation, build_system_prompt
from desktop.core.errors import AudioUnavailableError
from desktop.core.grounding import ReplyMode
from desktop.core.journal import Channel
from desktop.core.persona import Persona
from desktop.engine_setup import build_adapters
from desktop.grounding_planner import GroundedPlanner, persona_voice
from desktop.models.choice import ChoiceNote, models_for_language
from desktop.safety_setup import build_safety_guard
from desktop.ui.call_screen import CallScreen, CallSetup
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.portrait_widget import PortraitWidget
from desktop.vault.journal import Journal
from desktop.vault.journal_recorder import JournalRecorder
from desktop.vault.personas import PersonaStore
from desktop.voice.devices import audio_report
from desktop.voice.pipeline import ConversationEngine, EngineConfig
from desktop.voice.sounddevice_io import SoundDeviceInput, SoundDeviceOutput
from desktop.voice.vad import TurnConfig


def _portrait(
    store: PersonaStore, persona: Persona, driver: AvatarDriver, output: object
) -> QWidget:
    if persona.portrait_media_id is not None and persona.rig_json:
        photo = decode_photo(store.media_data(persona.portrait_media_id))
        rig = Rig.from_json(json.loads(persona.rig_json))
        position = getattr(getattr(output, "buffer", None), "position_at", None)
        return PortraitWidget(photo, rig, driver, position_at=position)
    still = QLabel(persona.display_name)
    still.setAlignment(Qt.AlignmentFlag.AlignCenter)
    still.setObjectName("title")
    return still


def build_call(
    window: QWidget,
    store: PersonaStore,
    persona: Persona,
    mood_before: int | None = None,
    time_left: timedelta | None = None,
    farewell: bool = False,
) -> CallScreen:
    """Build and start a call. Models load on the engine's own thread ("Getting ready…").

    `time_left`: the usage limit for this call (None: none); `farewell`: the last conversation
    before the portrait is retired."""
    settings = window.settings  # type: ignore[attr-defined]
    services = window.services  # type: ignore[attr-defined]
    built = build_safety_guard(
        services.paths.crisis_file, persona.display_name, persona.details.language
    )
    guard = built.guard

    def invites(text: str) -> bool:
        return guard.invitation(text) is not None

    voice = persona_voice(store, persona, invites)
    choice = models_for_language(
        settings.stt_model, settings.tts_voice, voice.language, services.paths.models_dir
    )
    chosen = replace(
        settings,
        stt_model=choice.stt_model or settings.stt_model,
        tts_voice=choice.tts_voice or settings.tts_voice,
    )
    adapters = build_adapters(
        chosen, services.paths.models_dir, voice.language, (voice.display_name,)
    )
    adapters.tts.adjust(voice.voice_length_scale, voice.voice_pitch_semitones)
    report = audio_report()
    rate = adapters.tts.configured_sample_rate()
    speak = report.can_speak and choice.tts_voice is not None
    listen = report.can_listen and choice.stt_model is not None
    output = SoundDeviceOutput(rate, settings.output_device) if speak else None
    microphone = SoundDeviceInput(settings.input_device) if listen else None
    journal = Journal(store._vault)
    session = journal.start_session(
        persona.id, persona.display_name, Channel.WINDOW, services.clock.now(), mood_before
    )
    recorder = JournalRecorder(journal, session, services.clock)
    driver = AvatarDriver()
    holder: list[CallScreen] = []

    def relay(event: object) -> None:  # engine threads
        if holder:
            holder[0].engine_event(event)  # type: ignore[arg-type]

    config = EngineConfig(
        turn=TurnConfig(end_silence_ms=settings.end_of_turn_silence_ms),
        push_to_talk=settings.push_to_talk,
    )
    engine = ConversationEngine(
        adapters.stt,
        adapters.llm,
        adapters.tts,
        Conversation(build_system_prompt(voice, farewell)),
        relay,
        output=output,
        audio_input=microphone,
        config=config,
        planner=GroundedPlanner(store, persona, ReplyMode.GROUNDED, rate, invites),
        safety=guard,
    )
    portrait = _portrait(store, persona, driver, output)
    screen = CallScreen(
        CallSetup(
            persona.display_name,
            engine,
            driver,
            portrait,
            microphone is not None,
            output is not None,
            recorder,
            SessionCountdown(time_left),
            goodbye_line(voice.display_name, voice.user_name, voice.language),
            settings.country,
            services.paths.support_file,
            recorder.record_pause,
            recorder.record_answer,
            settings.trusted_name,
            settings.trusted_phone,
        ),
        services.clock,
    )
    care = CareStore(store._vault)
    usage = care.start_usage(persona.id, session, services.clock.now())
    screen.journal, screen.session_id = journal, session  # type: ignore[attr-defined]
    screen.care, screen.usage_id = care, usage  # type: ignore[attr-defined]
    holder.append(screen)
    try:
        engine.start()
    except AudioUnavailableError:
        engine.stop()
        engine.output = engine.audio_input = None  # typing and captions only
        screen.setup.can_listen = screen.setup.can_speak = False
        screen.notice.setText(
            tr("Sound could not be started: you can talk by typing and read the replies.")
        )
        engine.start()
    relevant = {ChoiceNote.NO_STT: report.can_listen, ChoiceNote.NO_VOICE: report.can_speak}
    missing = [tr(_MISSING[note]) for note in choice.notes if relevant.get(note, False)]
    missing += _lexicon_note(built.lexicon_problem)
    if missing:
        screen.notice.setText(" ".join([screen.notice.text(), *missing]).strip())
    start = getattr(portrait, "start", None)
    if callable(start):
        start()
    return screen


def _lexicon_note(problem: str) -> list[str]:
    if not problem:
        return []
    return [
        tr(
            "Your edited crisis word list could not be read, so the list that came with "
            "Keepsake is used ({0})."
        ).format(problem)
    ]


_MISSING = {
    ChoiceNote.NO_STT: tr_noop(
        "No speech recognition for this language is installed, so you talk by typing. "
        "Settings → Models offers one."
    ),
    ChoiceNote.NO_VOICE: tr_noop(
        "No voice for this language is installed, so replies are shown as captions. "
        "Settings → Models offers one."
    ),
}


def finish_call(
    screen: CallScreen, clock: Clock, mood_after: int | None = None, words: str = "", note: str = ""
) -> None:
    """Close the call's journal session (after End call), with the optional check-in."""
    care = getattr(screen, "care", None)
    if care is not None:
        care.end_usage(screen.usage_id, clock.now())  # type: ignore[attr-defined]
    journal = getattr(screen, "journal", None)
    if journal is not None:
        journal.end_session(
            screen.session_id,
            clock.now(),
            mood_after=mood_after,  # type: ignore[attr-defined]
            mood_words=words,
            note=note,
        )
