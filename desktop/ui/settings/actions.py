"""Settings from the window: the dialog (with the model manager and the copies kept aside),
the microphone and speaker check, and a restart after choosing another language.

The sound devices are listed on a worker (PortAudio may take seconds to answer): the dialogs
open at once and say "Checking sound devices…" until the list arrives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.core.clock import Clock
from desktop.core.errors import KeepsakeError
from desktop.core.settings import UiLanguage
from desktop.models.fit import load_facts
from desktop.services.paths import AppPaths
from desktop.services.pc_measure import measure_pc
from desktop.ui.i18n import install_language, tr
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.messages import describe
from desktop.ui.settings.audio_check import AudioCheckDialog, SoundDevices
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.kept_aside_panel import KeptAsidePanel
from desktop.ui.settings.measure_panel import MeasurePanel, Runner
from desktop.ui.settings.model_manager import ModelManager
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.trusted_person import TrustedPerson
from desktop.voice.devices import AudioReport, devices_fingerprint


class TrustedKeeper(Protocol):
    """Where the trusted person is kept: the window's vault session (GUI thread)."""

    @property
    def is_open(self) -> bool: ...

    trusted: TrustedPerson

    def save_trusted(
        self,
        person: TrustedPerson,
        on_saved: Callable[[TrustedPerson], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


@dataclass(eq=False)
class SettingsActions:
    parent: QWidget
    prefs: Preferences
    paths: AppPaths
    clock: Clock
    tasks: BackgroundTasks
    restart: Callable[[], None]
    devices: SoundDevices = field(default_factory=SoundDevices)
    measure: Runner = measure_pc  # "Measure this PC": the bench in a child process
    keeper: TrustedKeeper | None = None  # the vault session; None: no vault (fields disabled)

    def make_settings_dialog(self) -> SettingsDialog:
        """The dialog, its device lists filled in from a worker."""
        facts = load_facts(self.paths.bench_file)
        current = self.prefs.current
        measure = MeasurePanel(self.paths, self.tasks, self.clock.now, self.measure)
        models = ModelManager(
            current, self.paths.models_dir, facts, self.tasks, self.clock.now, measure=measure
        )
        kept = KeptAsidePanel(self.paths)
        keeper = self.keeper
        trusted = keeper.trusted if keeper is not None and keeper.is_open else None
        dialog = SettingsDialog(current, None, self.parent, models, kept, trusted)
        self.tasks.run(lambda cancel, report: self.devices.query(), on_result=dialog.set_audio)
        return dialog

    def open_settings(self) -> None:
        current = self.prefs.current
        dialog = self.make_settings_dialog()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.models is not None and dialog.models.measure is not None:
            dialog.models.measure.cancel()  # closing Settings stops a measurement under way
        if not accepted:
            return
        new = dialog.result_settings()
        self._save_trusted(dialog.result_trusted())
        try:
            self.prefs.save(new)
        except (KeepsakeError, OSError) as exc:
            QMessageBox.warning(self.parent, tr("Settings"), describe(exc))
            return
        if new.ui_language != current.ui_language:
            self.language_changed(new.ui_language)

    def _save_trusted(self, person: TrustedPerson | None) -> None:
        keeper = self.keeper
        if person is None or keeper is None or not keeper.is_open or person == keeper.trusted:
            return

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.parent, tr("Settings"), describe(exc))

        keeper.save_trusted(person, on_saved=lambda _kept: None, on_error=failed)

    def language_changed(self, language: UiLanguage) -> None:
        """Offer to restart now: every screen is then built in the new language."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, language)  # dialogs opened from now on use it already
        if confirm(
            self.parent,
            tr("Restart Keepsake?"),
            tr("Keepsake shows the new language everywhere after it restarts. Restart now?"),
        ):
            self.restart()

    def check_audio(self) -> None:
        """The microphone and speaker check, from the menu."""
        self._sound_check(None)

    def before_call(self, then: Callable[[], None]) -> None:
        """Before a call: the sound check only the first time and when the microphone or
        speaker changed since the last check that passed; then `then()` (GUI thread)."""
        settings = self.prefs.current

        def listed(report: AudioReport) -> None:
            now = devices_fingerprint(report, settings.input_device, settings.output_device)
            if settings.audio_checked and settings.audio_fingerprint == now:
                then()
                return
            self._sound_check(report)
            then()

        self.tasks.run(
            lambda cancel, report: self.devices.query(),
            on_result=listed,
            on_error=lambda _exc: then(),
        )

    def _sound_check(self, report: AudioReport | None) -> None:
        """The dialog; the devices are listed on a worker when `report` is None. The devices
        are remembered when the person says "Continue"."""
        settings = self.prefs.current
        dialog = AudioCheckDialog(
            report,
            settings.input_device,
            settings.output_device,
            self.parent,
            self.tasks,
            self.devices,
        )
        if report is None:
            self.tasks.run(lambda cancel, r: self.devices.query(), on_result=dialog.show_report)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
            return
        now = devices_fingerprint(dialog.report, settings.input_device, settings.output_device)
        try:
            self.prefs.change(audio_checked=True, audio_fingerprint=now)
        except (KeepsakeError, OSError) as exc:
            QMessageBox.warning(self.parent, tr("Settings"), describe(exc))
