"""The main window: the screens in one stack, the status line, the menus, and the controllers
that do the work, each given what it needs (the vault session, the navigation signals, the
background tasks, the status line) and never the window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import Clock
from desktop.core.settings import Settings, SettingsStore
from desktop.models.verify import VerifyResult
from desktop.services.paths import AppPaths
from desktop.ui.call.screen import CallScreen
from desktop.ui.care.actions import CareActions
from desktop.ui.care.limit_screen import LimitScreen
from desktop.ui.care.over_time import CareOverTime
from desktop.ui.care.support import SupportDialog
from desktop.ui.family.actions import FamilyActions
from desktop.ui.i18n import tr
from desktop.ui.journal.actions import JournalActions
from desktop.ui.journal.view import JournalView
from desktop.ui.kit.dialogs import AboutDialog
from desktop.ui.kit.guide import GuideDialog
from desktop.ui.kit.status import StatusLine
from desktop.ui.main_window.calls import Calls
from desktop.ui.main_window.menus import MenuActions, build_menus
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.startup import StartUp
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.persona.actions import PersonaActions
from desktop.ui.persona.home import HomeScreen
from desktop.ui.persona.page import PersonaPage
from desktop.ui.settings.actions import SettingsActions
from desktop.ui.settings.data_actions import DataActions
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.database import Vault
from desktop.vault.keys import KeyringBackend

SHUTDOWN_WAIT_MS = 30_000  # a call's engine may still be loading its models


@dataclass
class Services:
    """What the window needs, built by the composition root (desktop/ui/app.py) or a test."""

    paths: AppPaths
    settings_store: SettingsStore
    keyring_backend: KeyringBackend
    clock: Clock
    tasks: BackgroundTasks


def _opening_screen() -> QWidget:
    """What the window shows while the keepsake opens (and while it asks to be unlocked)."""
    screen = QWidget()
    label = QLabel(tr("Opening your keepsake…"))
    label.setObjectName("muted")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QVBoxLayout(screen).addWidget(label)
    return screen


class MainWindow(QMainWindow):
    """Lives on the GUI thread. `start()` begins the background start-up work."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.restart_requested = False
        self._shut_down = False
        self.setWindowTitle(tr("Keepsake"))
        self.resize(1100, 720)
        self.setMinimumSize(760, 520)
        paths, clock, tasks = services.paths, services.clock, services.tasks
        self.prefs = Preferences(services.settings_store)
        self.nav = Navigation(self)
        self.session = VaultSession(paths, services.keyring_backend, tasks, services.settings_store)
        self.status = StatusLine(*self._build_status_bar())
        self.home = HomeScreen()
        self.persona_page = PersonaPage(services.tasks)
        self.journal_view = JournalView(clock.now)
        self.limit_screen = LimitScreen()
        self.stack = QStackedWidget()
        self.opening = _opening_screen()  # neutral until the vault is open: no empty wall
        screens = (self.opening, self.home, self.persona_page, self.journal_view)
        for screen in (*screens, self.limit_screen):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)

        session, prefs, status, nav = self.session, self.prefs, self.status, self.nav
        self.settings_actions = SettingsActions(
            self, prefs, paths, clock, tasks, self._restart, keeper=session
        )
        self.journal = JournalActions(self, session, self.journal_view, clock, tasks, status, nav)
        self.data = DataActions(self, session, paths, tasks, status, nav)
        self.care = CareActions(
            self, session, prefs, paths, clock, status, nav, self.limit_screen, tasks
        )
        self.personas = PersonaActions(
            self, session, prefs, paths, clock, tasks, status, nav, self.home, self.persona_page
        )
        self.calls = Calls(
            self,
            session,
            prefs,
            paths,
            clock,
            tasks,
            status,
            nav,
            self.care,
            self.settings_actions.before_call,
        )
        self.family = FamilyActions(self, session, prefs, paths, clock, tasks, nav)
        self.care_time = CareOverTime(
            self,
            session,
            prefs,
            clock,
            tasks,
            status,
            self.home,
            lambda: SupportDialog(self, prefs.current.country, paths.support_file).exec(),
        )
        self.startup = StartUp(self, prefs, paths, tasks, session, status, self._vault_ready)
        self._wire()
        self.settings_action = build_menus(
            self,
            MenuActions(
                settings=self.settings_actions.open_settings,
                journal=self.journal.open_journal,
                back_up=self.data.back_up,
                restore=self.data.restore,
                limits=self.care.open_panel,
                selfcheck=self.care_time.open_selfcheck,
                exercises=self.care_time.open_exercise,
                audio=self.settings_actions.check_audio,
                erase=self.data.erase_everything,
                quit=self.close,
                about=lambda: AboutDialog(paths, self).exec(),
                new_portrait=self.personas.add_person,
                guide=lambda: GuideDialog(self).exec(),
                record_for_family=self.family.record_for_family,
                add_shared=self.family.add_shared,
            ),
        )

    def _build_status_bar(self) -> tuple[QLabel, QProgressBar]:
        self.status_label = QLabel(tr("Getting ready…"))
        self.progress = QProgressBar()
        self.progress.setFixedWidth(160)
        self.progress.setTextVisible(False)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().setSizeGripEnabled(False)
        return self.status_label, self.progress

    def _wire(self) -> None:
        """The screens' requests and the navigation signals, connected once."""
        home, page, nav = self.home, self.persona_page, self.nav
        home.persona_opened.connect(self.open_persona)
        home.journal_requested.connect(self.journal.open_journal)
        home.talk_requested.connect(self.calls.open_call)
        page.back.connect(self.show_home)
        page.talk_requested.connect(self.calls.open_call)
        page.farewell_requested.connect(self.care.say_goodbye)
        page.bring_back_requested.connect(self.care.bring_back)
        page.share_requested.connect(self.family.share)
        page.sealed_requested.connect(self.family.sealed_messages)
        page.record_more_requested.connect(self.family.record_for_family)
        home.record_requested.connect(self.family.record_for_family)
        home.add_shared_requested.connect(self.family.add_shared)
        page.exercise_requested.connect(self.care_time.open_exercise)
        self.session.opened.connect(lambda _opened: self.care_time.offer_moment())
        self.journal_view.back.connect(self.show_home)
        self.limit_screen.back.connect(self.show_home)
        self.limit_screen.journal_requested.connect(self.journal.open_journal)
        self.limit_screen.write_requested.connect(lambda: self.journal.write_entry(None))
        nav.home.connect(self.show_home)
        nav.persona.connect(self.open_persona)
        nav.journal.connect(lambda: self.stack.setCurrentWidget(self.journal_view))
        nav.limits.connect(lambda: self.stack.setCurrentWidget(self.limit_screen))
        nav.call.connect(self.calls.open_call)
        nav.show_call.connect(self._show_call)
        nav.drop_call.connect(self.stack.removeWidget)
        nav.write_entry.connect(self.journal.write_entry)

    # --- what the window shows (GUI thread) ------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        return self.session.vault

    @property
    def settings(self) -> Settings:
        return self.prefs.current

    @property
    def call(self) -> CallScreen | None:
        return self.calls.current

    @property
    def model_results(self) -> tuple[VerifyResult, ...]:
        return self.startup.model_results

    def start(self) -> None:
        """Load settings, then unlock the vault and check the models in the background."""
        if not self.startup.start():
            QTimer.singleShot(0, self.close)

    def refresh_wall(self) -> None:
        self.personas.refresh_wall()

    def _vault_ready(self) -> None:
        """The vault is open: the wall is drawn only now (the unlock came first)."""
        self.refresh_wall()
        if self.stack.currentWidget() is self.opening:
            self.stack.setCurrentWidget(self.home)

    def show_home(self) -> None:
        self.refresh_wall()
        self.stack.setCurrentWidget(self.home)

    def open_persona(self, persona_id: int) -> None:
        if not self.session.is_open:
            return
        self.persona_page.show_persona(self.session.personas(), persona_id)
        self.persona_page.set_days(self.care_time.days_editor(persona_id))
        self.persona_page.exercise_button.setVisible(bool(self.care_time.enabled()))
        self.stack.setCurrentWidget(self.persona_page)

    def open_call(self, persona_id: int, farewell: bool = False) -> None:
        self.calls.open_call(persona_id, farewell)

    def _show_call(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)

    def _restart(self) -> None:
        """After choosing another language: the composition root starts Keepsake again."""
        self.restart_requested = True
        self.close()

    # --- shutdown ------------------------------------------------------------------------

    def shutdown(self) -> None:
        """End a call, stop background work and close the vault. Idempotent; GUI thread."""
        if self._shut_down:
            return
        self._shut_down = True
        self.calls.hang_up()
        self.services.tasks.shutdown(SHUTDOWN_WAIT_MS)
        self.session.shut_down()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        event.accept()
