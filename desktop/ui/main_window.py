"""The main window: menus, the home screen, and the start-up work done in the background."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
)

from desktop.core.clock import Clock
from desktop.core.errors import DiskFullError, PassphraseRequiredError, WrongKeyError
from desktop.core.jobs import Progress
from desktop.core.persona import ImportReport, SayingKind
from desktop.core.settings import Settings, SettingsStore, UiLanguage
from desktop.engine_setup import build_adapters
from desktop.models.fit import load_facts
from desktop.models.readiness import check_models
from desktop.models.verify import VerifyResult
from desktop.paths import AppPaths
from desktop.persona_builder import build_persona
from desktop.ui.audio_check import AudioCheckDialog
from desktop.ui.call_screen import CallScreen
from desktop.ui.call_setup import build_call, finish_call
from desktop.ui.care_actions import CareActions
from desktop.ui.confirm import confirm
from desktop.ui.data_actions import DataActions
from desktop.ui.dialogs import AboutDialog, PassphraseDialog, portrait_thumbnail
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.home import HomeScreen
from desktop.ui.i18n import install_language, tr
from desktop.ui.journal_actions import JournalActions
from desktop.ui.journal_view import JournalView
from desktop.ui.kept_aside_panel import KeptAsidePanel
from desktop.ui.messages import describe
from desktop.ui.model_manager import ModelManager
from desktop.ui.mood import MoodDialog
from desktop.ui.persona_editor import PersonaEditor
from desktop.ui.persona_page import PersonaPage
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.database import Vault
from desktop.vault.journal import Journal
from desktop.vault.keys import KeyringBackend, read_meta
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from desktop.voice.devices import audio_report
from desktop.voice.sounddevice_io import SoundDeviceOutput


@dataclass
class Services:
    """What the window needs, built by the composition root (desktop/app.py) or a test."""

    paths: AppPaths
    settings_store: SettingsStore
    keyring_backend: KeyringBackend
    clock: Clock
    tasks: BackgroundTasks


class MainWindow(QMainWindow):
    """Lives on the GUI thread. `start()` begins the background start-up work."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.settings: Settings = Settings()
        self.vault: Vault | None = None
        self.model_results: tuple[VerifyResult, ...] = ()
        self._last_note = ""
        self._words_before = ""
        self.local_passphrase: str | None = None
        self._shut_down = False
        self.restart_requested = False
        self.setWindowTitle(tr("Keepsake"))
        self.resize(1100, 720)
        self.setMinimumSize(760, 520)

        self.journal = JournalActions(self)
        self.data = DataActions(self)
        self.home = HomeScreen()
        self.home.add_requested.connect(self.add_person)
        self.home.persona_opened.connect(self.open_persona)
        self.persona_page = PersonaPage(services.tasks)
        self.persona_page.back.connect(self.show_home)
        self.persona_page.deleted.connect(lambda _id: self.show_home())
        self.persona_page.changed.connect(lambda _id: self.refresh_wall())
        self.persona_page.voice_preview_requested.connect(self.preview_voice)
        self.persona_page.talk_requested.connect(self.open_call)
        self.call: CallScreen | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.persona_page)
        self.journal_view = JournalView(self.services.clock.now)
        self.journal_view.back.connect(self.show_home)
        self.journal_view.write_requested.connect(self.journal.write_entry)
        self.journal_view.export_requested.connect(self.journal.export_journal)
        self.stack.addWidget(self.journal_view)
        self.home.journal_requested.connect(self.journal.open_journal)
        self.home.talk_requested.connect(self.open_call)
        self.setCentralWidget(self.stack)
        self.care = CareActions(self)
        self.persona_page.farewell_requested.connect(self.care.say_goodbye)
        self.persona_page.bring_back_requested.connect(self.care.bring_back)
        self._build_menus()

        self.status_label = QLabel(tr("Getting ready…"))
        self.progress = QProgressBar()
        self.progress.setFixedWidth(160)
        self.progress.setTextVisible(False)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().setSizeGripEnabled(False)

    def _build_menus(self) -> None:
        app_menu = self.menuBar().addMenu(tr("&Keepsake"))
        self.settings_action = QAction(tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        app_menu.addAction(self.settings_action)
        journal = QAction(tr("&Journal"), self)
        journal.setShortcut(QKeySequence("Ctrl+J"))
        journal.triggered.connect(self.journal.open_journal)
        app_menu.addAction(journal)
        backup = QAction(tr("Back up…"), self)
        backup.triggered.connect(self.data.back_up)
        app_menu.addAction(backup)
        restore = QAction(tr("Restore from a backup…"), self)
        restore.triggered.connect(self.data.restore)
        app_menu.addAction(restore)
        limits = QAction(tr("Usage limits and therapist settings…"), self)
        limits.triggered.connect(self.care.open_panel)
        app_menu.addAction(limits)
        audio = QAction(tr("Check microphone and speaker…"), self)
        audio.triggered.connect(self.check_audio)
        app_menu.addAction(audio)
        app_menu.addSeparator()
        erase = QAction(tr("Erase all my data…"), self)
        erase.triggered.connect(self.data.erase_everything)
        app_menu.addAction(erase)
        app_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        app_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        about = QAction(tr("&About Keepsake"), self)
        about.triggered.connect(lambda: AboutDialog(self.services.paths, self).exec())
        help_menu.addAction(about)

    # --- start-up ------------------------------------------------------------------------

    def start(self) -> None:
        """Load settings, then unlock the vault and check the models in the background."""
        loaded = self.services.settings_store.load()
        self.settings = loaded.settings
        if loaded.damaged_copy is not None:
            QMessageBox.information(
                self,
                tr("Settings reset"),
                tr(
                    "Your settings file could not be read, so the defaults apply. The old "
                    "file was kept as {0}."
                ).format(loaded.damaged_copy.name),
            )
        if not self.settings.first_run_done and not self.welcome():
            self.status_label.setText(tr("Keepsake needs your confirmation before it can be used."))
            QTimer.singleShot(0, self.close)
            return
        self._check_models()
        self.unlock(passphrase=None)

    def welcome(self) -> bool:
        """The first-run explanation and 18+ confirmation; True when the user goes on."""
        if FirstRunDialog(self.services.paths, self).exec() != QDialog.DialogCode.Accepted:
            return False
        self.settings = replace(self.settings, first_run_done=True)
        self.services.settings_store.save(self.settings)
        return True

    def _check_models(self) -> None:
        s = self.settings
        ids = (s.stt_model, s.llm_model, s.tts_voice)
        models_dir = self.services.paths.models_dir
        self.progress.setRange(0, len(ids))
        self.status_label.setText(tr("Getting the voice and the models ready…"))
        self.services.tasks.run(
            lambda cancel, report: check_models(ids, models_dir, cancel, report),
            on_result=self._models_checked,
            on_error=self._models_failed,
            on_progress=self._on_model_progress,
        )

    def _on_model_progress(self, p: Progress) -> None:
        self.progress.setValue(int(p.done))

    def _models_checked(self, results: tuple[VerifyResult, ...]) -> None:
        self.model_results = results
        missing = [r.entry.name for r in results if not r.ok]
        self.progress.setVisible(False)
        if missing:
            self.status_label.setText(tr("Some models are missing: ") + ", ".join(missing))
        else:
            self.status_label.setText(tr("Ready. Everything stays on this computer."))

    def _models_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.status_label.setText(describe(exc))

    def unlock(self, passphrase: str | None) -> None:
        self.local_passphrase = passphrase
        paths = self.services.paths
        backend = self.services.keyring_backend
        self.services.tasks.run(
            lambda cancel, report: open_vault(paths, backend, passphrase),
            on_result=self._vault_opened,
            on_error=self._unlock_failed,
        )

    def _unlock_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PassphraseRequiredError | WrongKeyError):
            create = read_meta(self.services.paths.vault_meta_file) is None
            error = describe(exc) if isinstance(exc, WrongKeyError) else ""
            passphrase = self.ask_passphrase(create, error)
            if passphrase is not None:
                self.unlock(passphrase)
            else:
                self.status_label.setText(
                    tr("Your keepsake is locked. Restart Keepsake to unlock it.")
                )
            return
        QMessageBox.warning(self, tr("Keepsake couldn't open your data"), describe(exc))

    def ask_passphrase(self, create: bool, error: str) -> str | None:
        """Ask the user for the vault passphrase (modal); None when they cancel."""
        dialog = PassphraseDialog(create=create, error=error, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None

    def _vault_opened(self, vault: Vault) -> None:
        if self._shut_down:
            vault.close()
            return
        self.vault = vault
        try:
            unfinished = Journal(vault).mark_unfinished()
        except DiskFullError as exc:  # opened read only: everything saved can still be read
            self.status_label.setText(describe(exc))
            self.refresh_wall()
            return
        if unfinished:
            self.status_label.setText(
                tr(
                    "{0} conversation(s) ended unexpectedly last time; they are kept in "
                    "the journal up to the last turn."
                ).format(unfinished)
            )
        self.refresh_wall()

    # --- actions -------------------------------------------------------------------------

    def refresh_wall(self) -> None:
        if self.vault is None:
            return
        store = PersonaStore(self.vault)
        summaries = store.list_summaries()
        pictures = {}
        for summary in summaries:
            picture = portrait_thumbnail(store, summary.id, 112)
            if picture is not None:
                pictures[summary.id] = picture
        self.home.set_personas(summaries, pictures)

    def show_home(self) -> None:
        self.refresh_wall()
        self.stack.setCurrentWidget(self.home)

    def open_persona(self, persona_id: int) -> None:
        if self.vault is None:
            return
        self.persona_page.show_persona(PersonaStore(self.vault), persona_id)
        self.stack.setCurrentWidget(self.persona_page)

    def open_call(self, persona_id: int, farewell: bool = False) -> None:
        """Start a call with this persona (consent recorded first, within the usage limits);
        GUI thread. `farewell`: the last conversation before retiring the portrait."""
        if self.vault is None:
            return
        store = PersonaStore(self.vault)
        persona = store.get(persona_id)
        if persona.retired_at is not None:
            self.open_persona(persona_id)
            return
        if store.consent(persona_id) is None:
            QMessageBox.information(
                self,
                tr("Consent first"),
                tr(
                    "Before the first conversation with {0}, please record who made this "
                    "portrait and whether they agreed to it."
                ).format(persona.display_name),
            )
            return
        decision = self.care.gate()
        if decision is None:
            return
        if not self.settings.audio_checked:
            self.check_audio()
        mood_before, self._words_before = self.check_in(after=False)
        try:
            self.call = build_call(
                self, store, persona, mood_before, decision.time_left, farewell=farewell
            )
        except Exception as exc:
            QMessageBox.warning(self, tr("The call could not start"), describe(exc))
            return
        self.stack.addWidget(self.call)
        self.stack.setCurrentWidget(self.call)
        self.call.ended.connect(lambda: self._call_ended(persona_id))
        self.call.setFocus()

    def check_audio(self) -> None:
        """The microphone and speaker check (before the first call, or from the menu)."""
        report = audio_report()
        AudioCheckDialog(
            report, self.settings.input_device, self.settings.output_device, self
        ).exec()
        if not self.settings.audio_checked:
            self.settings = replace(self.settings, audio_checked=True)
            self.services.settings_store.save(self.settings)

    def check_in(self, after: bool) -> tuple[int | None, str]:
        """The optional mood check-in; (None, "") when skipped or switched off."""
        self._last_note = ""
        if not self.settings.mood_check_in:
            return None, ""
        dialog = MoodDialog(after, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.stop_asking.isChecked():
            self.settings = replace(self.settings, mood_check_in=False)
            self.services.settings_store.save(self.settings)
        if not accepted:
            return None, ""
        self._last_note = dialog.note.toPlainText().strip()
        return dialog.mood(), dialog.words.text().strip()

    def _call_ended(self, persona_id: int) -> None:
        call, self.call = self.call, None
        if call is not None:
            mood, words = self.check_in(after=True)
            both = [
                f"{when}: {w}"
                for when, w in (("before", self._words_before), ("after", words))
                if w
            ]
            finish_call(call, self.services.clock, mood, " · ".join(both), self._last_note)
            self.stack.removeWidget(call)
            call.deleteLater()
        self.care.after_call(persona_id)
        self.open_persona(persona_id)

    def preview_voice(self, persona_id: int) -> None:
        """Say one of their sayings in their adjusted voice, on the speaker (background)."""
        if self.vault is None:
            return
        store = PersonaStore(self.vault)
        persona = store.get(persona_id)
        sayings = store.sayings(persona_id, SayingKind.SAYING, confirmed_only=True)
        chinese = persona.details.language.startswith("zh")
        fallback = "你好，是我，{0}。" if chinese else "Hello, it's {0}."
        text = sayings[0].text if sayings else fallback.format(persona.display_name)
        settings, models_dir = self.settings, self.services.paths.models_dir

        def speak(cancel, report):  # worker thread
            tts = build_adapters(settings, models_dir, with_llm=False).tts
            d = persona.details
            tts.adjust(d.voice_length_scale, d.voice_pitch_semitones)
            chunk = tts.synthesize(text)
            output = SoundDeviceOutput(chunk.sample_rate, settings.output_device)
            output.start()
            try:
                output.buffer.write(chunk.audio)
                output.buffer.wait_drained(chunk.seconds + 2)
            finally:
                output.stop()
            return text

        self.status_label.setText(tr("Speaking in their voice…"))
        self.services.tasks.run(
            speak,
            on_result=lambda said: self.status_label.setText(
                tr("Said: “{0}” (a preview, AI voice)").format(said)
            ),
            on_error=lambda exc: self.status_label.setText(describe(exc)),
        )

    def make_persona_editor(self) -> PersonaEditor:
        assert self.vault is not None
        store = PersonaStore(self.vault)
        settings, models_dir, clock = (
            self.settings,
            self.services.paths.models_dir,
            self.services.clock,
        )

        def build(request, cancel, report):  # worker thread
            if not request.clips:
                return build_persona(store, request, None, clock.now(), cancel, report)
            adapters = build_adapters(settings, models_dir, with_llm=False)
            return build_persona(
                store, request, adapters.stt, clock.now(), cancel, report, tts=adapters.tts
            )

        editor = PersonaEditor(self.services.tasks, build, clock.now, self)
        editor.created.connect(self._persona_created)
        return editor

    def add_person(self) -> None:
        if self.vault is None:
            QMessageBox.information(
                self, tr("One moment"), tr("Keepsake is still opening your data.")
            )
            return
        self.make_persona_editor().exec()

    def _persona_created(self, persona_id: int, report: ImportReport) -> None:
        """Show the new portrait's page, with what the import left out (no modal popup)."""
        self.refresh_wall()
        self.open_persona(persona_id)
        self.persona_page.show_report(report)

    def open_settings(self) -> None:
        facts = load_facts(self.services.paths.bench_file)
        models = ModelManager(
            self.settings,
            self.services.paths.models_dir,
            facts,
            self.services.tasks,
            self.services.clock.now,
        )
        kept = KeptAsidePanel(self.services.paths)
        dialog = SettingsDialog(self.settings, audio_report(), self, models, kept)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.result_settings()
        try:
            self.services.settings_store.save(new)
        except Exception as exc:
            QMessageBox.warning(self, tr("Settings"), describe(exc))
            return
        language_changed = new.ui_language != self.settings.ui_language
        self.settings = new
        if language_changed:
            self.language_changed(new.ui_language)

    def language_changed(self, language: UiLanguage) -> None:
        """Offer to restart now: every screen is then built in the new language."""
        app = QApplication.instance()
        if app is not None:
            install_language(app, language)  # dialogs opened from now on use it already
        if confirm(
            self,
            tr("Restart Keepsake?"),
            tr("Keepsake shows the new language everywhere after it restarts. Restart now?"),
        ):
            self.restart_requested = True
            self.close()

    # --- shutdown ------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work and close the vault. Idempotent; GUI thread."""
        if self._shut_down:
            return
        self._shut_down = True
        if self.call is not None:
            self.call.end_call()
        self.services.tasks.shutdown()
        if self.vault is not None:
            self.vault.close()
            self.vault = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        event.accept()
