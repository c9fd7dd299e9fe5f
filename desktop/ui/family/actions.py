"""The family's screens in the window: "Record for my family", "Share this portrait…", "Add a
shared portrait…" and "Messages for later". GUI thread; recording, transcribing, sealing,
opening and playing run in the background (each dialog uses the background tasks)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.clock import Clock
from desktop.services.family_recording import LocalTranscriber, Transcriber
from desktop.services.paths import AppPaths
from desktop.services.safety_setup import invitation_check
from desktop.ui.family.adding import AddSharedDialog
from desktop.ui.family.recording_dialog import RecordForFamilyDialog, RecordingTools
from desktop.ui.family.sealed import SealedMessagesDialog
from desktop.ui.family.sharing import ShareDialog
from desktop.ui.i18n import tr
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.interviews import InterviewStore
from desktop.voice.audio import AudioInput
from desktop.voice.sounddevice_io import SoundDeviceInput, SoundDeviceOutput


@dataclass(eq=False)
class FamilyActions:
    parent: QWidget
    session: VaultSession
    prefs: Preferences
    paths: AppPaths
    clock: Clock
    tasks: BackgroundTasks
    nav: Navigation

    def _ready(self) -> bool:
        if self.session.is_open:
            return True
        QMessageBox.information(
            self.parent, tr("One moment"), tr("Keepsake is still opening your data.")
        )
        return False

    def _interviews(self) -> InterviewStore:
        assert self.session.vault is not None
        return InterviewStore(self.session.vault, self.session.personas())

    def recording_tools(self) -> RecordingTools:
        settings, models_dir = self.prefs.current, self.paths.models_dir

        def microphone() -> AudioInput:
            return SoundDeviceInput(self.prefs.current.input_device)

        def transcriber_for(language: str) -> Transcriber:
            return LocalTranscriber(settings, models_dir, language)

        return RecordingTools(
            tasks=self.tasks,
            microphone=microphone,
            transcriber_for=transcriber_for,
            invites=invitation_check(self.paths.crisis_file).invites,
            clock=self.clock.now,
        )

    def make_recording_dialog(self, persona_id: int | None = None) -> RecordForFamilyDialog:
        # the interview's language follows the interface's, as installed (QLocale's default)
        language = "zh" if QLocale().name().startswith("zh") else "en"
        return RecordForFamilyDialog(
            self.session.personas(),
            self._interviews(),
            self.recording_tools(),
            persona_id,
            language,
            self.parent,
        )

    def record_for_family(self, persona_id: int | None = None) -> None:
        """A living person records their portrait (or more answers to it)."""
        if not self._ready():
            return
        dialog = self.make_recording_dialog(persona_id)
        dialog.exec()
        if dialog.persona_id is not None:
            self.nav.persona.emit(dialog.persona_id)

    def make_share_dialog(self, persona_id: int) -> ShareDialog:
        return ShareDialog(
            self.session.personas(),
            self._interviews(),
            persona_id,
            self.tasks,
            self.clock.now,
            self.parent,
        )

    def share(self, persona_id: int) -> None:
        if self._ready():
            self.make_share_dialog(persona_id).exec()

    def make_add_dialog(self) -> AddSharedDialog:
        return AddSharedDialog(
            self.session.personas(), self._interviews(), self.tasks, self.clock.now, self.parent
        )

    def add_shared(self) -> None:
        """Add a portrait the family shared: who made it and its consent are shown first."""
        if not self._ready():
            return
        dialog = self.make_add_dialog()
        dialog.exec()
        if dialog.persona_id is not None:
            self.nav.persona.emit(dialog.persona_id)

    def make_sealed_dialog(self, persona_id: int) -> SealedMessagesDialog:
        output_device = self.prefs.current.output_device

        def play(data: bytes) -> None:  # worker thread
            from desktop.voice.audio_file import decode_audio_file

            rate = 48_000
            audio = decode_audio_file(data, rate)
            output = SoundDeviceOutput(rate, output_device)
            output.start()
            try:
                output.buffer.write(audio)
                output.buffer.wait_drained(len(audio) / rate + 2)
            finally:
                output.stop()

        return SealedMessagesDialog(
            self.session.personas(),
            self._interviews(),
            persona_id,
            self.tasks,
            self.clock.now,
            play,
            parent=self.parent,
        )

    def sealed_messages(self, persona_id: int) -> None:
        if self._ready():
            self.make_sealed_dialog(persona_id).exec()
