"""Settings from the window: the dialog (with the model manager and the copies kept aside),
the microphone and speaker check, and a restart after choosing another language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.core.clock import Clock
from desktop.core.errors import KeepsakeError
from desktop.core.settings import UiLanguage
from desktop.models.fit import load_facts
from desktop.services.paths import AppPaths
from desktop.ui.i18n import install_language, tr
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.messages import describe
from desktop.ui.settings.audio_check import AudioCheckDialog
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.kept_aside_panel import KeptAsidePanel
from desktop.ui.settings.model_manager import ModelManager
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks
from desktop.voice.devices import audio_report


@dataclass(eq=False)
class SettingsActions:
    parent: QWidget
    prefs: Preferences
    paths: AppPaths
    clock: Clock
    tasks: BackgroundTasks
    restart: Callable[[], None]

    def open_settings(self) -> None:
        facts = load_facts(self.paths.bench_file)
        current = self.prefs.current
        models = ModelManager(current, self.paths.models_dir, facts, self.tasks, self.clock.now)
        kept = KeptAsidePanel(self.paths)
        dialog = SettingsDialog(current, audio_report(), self.parent, models, kept)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.result_settings()
        try:
            self.prefs.save(new)
        except (KeepsakeError, OSError) as exc:
            QMessageBox.warning(self.parent, tr("Settings"), describe(exc))
            return
        if new.ui_language != current.ui_language:
            self.language_changed(new.ui_language)

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
        """The microphone and speaker check (before the first call, or from the menu)."""
        settings = self.prefs.current
        AudioCheckDialog(
            audio_report(), settings.input_device, settings.output_device, self.parent
        ).exec()
        if not settings.audio_checked:
            self.prefs.change(audio_checked=True)
