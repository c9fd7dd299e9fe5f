"""The personas in the window: the wall with its thumbnails, adding someone, hearing their
voice, deleting a portrait. GUI thread; decoding, synthesis and deleting run in the background."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.chat_archive import is_zip
from desktop.core.clock import Clock
from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.core.persona import ImportReport, SayingKind
from desktop.services.engine_setup import build_adapters
from desktop.services.paths import AppPaths
from desktop.services.persona_builder import PersonaRequest, build_persona
from desktop.services.voice_shaping import choice_of, shape_speaker
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.kit.thumbnails import Thumbnails
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.persona.clip_list import Playback
from desktop.ui.persona.editor import PersonaEditor
from desktop.ui.persona.home import HomeScreen
from desktop.ui.persona.page import PersonaPage
from desktop.ui.settings.dialog import audio_problem_text
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks
from desktop.voice.audio import AudioOutput
from desktop.voice.devices import audio_report
from desktop.voice.sounddevice_io import SoundDeviceOutput

WALL_PICTURE = 112  # pixels a side of a portrait on the wall


@dataclass(eq=False)
class PersonaActions:
    parent: QWidget
    session: VaultSession
    prefs: Preferences
    paths: AppPaths
    clock: Clock
    tasks: BackgroundTasks
    status: StatusLine
    nav: Navigation
    home: HomeScreen
    page: PersonaPage

    def __post_init__(self) -> None:
        self.thumbnails = Thumbnails(self.tasks)
        self.playback = Playback(self._open_output, _why_no_speaker)  # tests put a file's
        self.page.voice_preview_requested.connect(self.preview_voice)
        self.page.delete_requested.connect(self.delete)
        self.page.changed.connect(lambda _id: self.refresh_wall())
        self.home.add_requested.connect(self.add_person)

    def refresh_wall(self) -> None:
        """The wall at once (initials where a thumbnail is not made yet), then the pictures."""
        if not self.session.is_open:
            return
        store = self.session.personas()
        summaries = store.list_summaries()
        self.home.set_personas(summaries, self.thumbnails.pictures())

        def show(pictures: dict[int, QPixmap]) -> None:
            self.home.set_personas(summaries, pictures)

        self.thumbnails.update(store, [s.id for s in summaries], WALL_PICTURE, show)

    def delete(self, persona_id: int) -> None:
        """The person confirmed: remove the portrait with everything in it, then scrub the
        freed pages (seconds for a large vault) in the background."""
        store = self.session.personas()
        self.nav.home.emit()
        self.status.busy(tr("Deleting…"))
        self.tasks.run(
            lambda cancel, report: store.delete(persona_id),
            on_result=lambda _r: self._deleted(""),
            on_error=lambda exc: self._deleted(describe(exc)),
        )

    def _deleted(self, problem: str) -> None:
        self.status.idle(problem)
        self.refresh_wall()

    def preview_voice(self, persona_id: int) -> None:
        """Say one of their sayings in their adjusted voice, on the speaker (background)."""
        if not self.session.is_open:
            return
        store = self.session.personas()
        persona = store.get(persona_id)
        sayings = store.sayings(persona_id, SayingKind.SAYING, confirmed_only=True)
        chinese = persona.details.language.startswith("zh")
        fallback = "你好，是我，{0}。" if chinese else "Hello, it's {0}."
        text = sayings[0].text if sayings else fallback.format(persona.display_name)
        settings, models_dir = self.prefs.current, self.paths.models_dir

        def speak(cancel: CancelToken, report: ProgressCallback) -> str:  # worker thread
            tts = build_adapters(settings, models_dir, with_llm=False).tts
            shape_speaker(tts, choice_of(persona.details))
            chunk = tts.synthesize(text)
            output = SoundDeviceOutput(chunk.sample_rate, settings.output_device)
            output.start()
            try:
                output.buffer.write(chunk.audio)
                output.buffer.wait_drained(chunk.seconds + 2)
            finally:
                output.stop()
            return text

        self.status.say(tr("Speaking in their voice…"))
        self.tasks.run(
            speak,
            on_result=lambda said: self.status.say(
                tr("Said: “{0}” (a preview, AI voice)").format(said)
            ),
            on_error=lambda exc: self.status.say(describe(exc)),
        )

    def make_persona_editor(self) -> PersonaEditor:
        store = self.session.personas()
        settings, models_dir, clock = self.prefs.current, self.paths.models_dir, self.clock

        def build(
            request: PersonaRequest, cancel: CancelToken, report: ProgressCallback
        ) -> tuple[int, ImportReport]:  # worker thread
            zipped = request.chat is not None and is_zip(request.chat)  # its voice notes
            if not request.clips and not zipped:
                return build_persona(store, request, None, clock.now(), cancel, report)
            adapters = build_adapters(settings, models_dir, with_llm=False)
            return build_persona(
                store, request, adapters.stt, clock.now(), cancel, report, tts=adapters.tts
            )

        editor = PersonaEditor(self.tasks, build, clock.now, self.playback, self.parent)
        editor.created.connect(self._created)
        return editor

    def _open_output(self, rate: int) -> AudioOutput:  # worker thread
        return SoundDeviceOutput(rate, self.prefs.current.output_device)

    def add_person(self) -> None:
        if not self.session.is_open:
            QMessageBox.information(
                self.parent, tr("One moment"), tr("Keepsake is still opening your data.")
            )
            return
        self.make_persona_editor().exec()

    def _created(self, persona_id: int, report: ImportReport) -> None:
        """Show the new portrait's page, with what the import left out (no modal popup)."""
        self.refresh_wall()
        self.nav.persona.emit(persona_id)
        self.page.show_report(report)


def _why_no_speaker() -> str:  # worker thread
    """ "" when there is a speaker to play recordings on, else why not."""
    report = audio_report()
    if report.can_speak:
        return ""
    return audio_problem_text(report) or tr("No speaker was found")
