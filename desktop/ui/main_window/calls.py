"""Calls from the window: consent and the usage limits first, the sound check (only the first
time and when the devices changed; they are listed in the background), the mood check-in, the
call prepared in the background, its screen, and its end (the engine stopped in the
background)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.care.policy import Decision
from desktop.core.clock import Clock
from desktop.core.persona import Persona
from desktop.services.call_session import CallSession, end_call, prepare_call
from desktop.services.paths import AppPaths
from desktop.ui.call.mood import MoodDialog
from desktop.ui.call.screen import CallScreen
from desktop.ui.call.setup import build_screen
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks


class Care(Protocol):
    """What a call asks of the care flows (desktop/ui/care/actions.py)."""

    def gate(self) -> Decision | None: ...
    def after_call(self, persona_id: int) -> None: ...


@dataclass(eq=False)
class Calls:
    """GUI thread. `current` is the call on screen (None between calls)."""

    parent: QWidget
    session: VaultSession
    prefs: Preferences
    paths: AppPaths
    clock: Clock
    tasks: BackgroundTasks
    status: StatusLine
    nav: Navigation
    care: Care
    sound_check: Callable[[Callable[[], None]], None]
    current: CallScreen | None = field(default=None, init=False)
    _call: CallSession | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._preparing = False
        self._words_before = ""
        self._last_note = ""

    def open_call(self, persona_id: int, farewell: bool = False) -> None:
        """Start a call with this persona (consent recorded first, within the usage limits).
        `farewell`: the last conversation before retiring the portrait."""
        if not self.session.is_open or self._preparing or self.current is not None:
            return
        store = self.session.personas()
        persona = store.get(persona_id)
        if persona.retired_at is not None:
            self.nav.persona.emit(persona_id)
            return
        if store.consent(persona_id) is None:
            QMessageBox.information(
                self.parent,
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
        self._preparing = True
        self.status.busy(tr("Checking sound devices…"))
        self.sound_check(lambda: self._checked(persona, decision, farewell))

    def _checked(self, persona: Persona, decision: Decision, farewell: bool) -> None:
        """The sound devices are known (and checked when that was needed): the mood
        check-in, then the call is prepared in the background."""
        self.status.idle("")
        persona_id = persona.id
        mood_before, self._words_before = self.check_in(after=False)
        vault, settings, paths, clock = (
            self.session.vault,
            self.prefs.current,
            self.paths,
            self.clock,
        )
        if vault is None:  # closed meanwhile (a restore, the window closing)
            self._preparing = False
            return
        self.status.busy(tr("Getting the call ready…"))
        self.tasks.run(
            lambda cancel, report: prepare_call(
                vault,
                persona,
                settings,
                paths.models_dir,
                paths.crisis_file,
                clock,
                mood_before,
                decision.time_left,
                farewell,
            ),
            on_result=lambda call: self._show(call, persona_id),
            on_error=self._not_started,
        )

    def _not_started(self, exc: BaseException) -> None:
        self._preparing = False
        self.status.idle()
        QMessageBox.warning(self.parent, tr("The call could not start"), describe(exc))

    def _show(self, call: CallSession, persona_id: int) -> None:
        self._preparing = False
        self.status.idle(tr("Ready. Everything stays on this computer."))
        screen = build_screen(call, self.prefs.current, self.paths.support_file, self.clock)
        self.current, self._call = screen, call
        screen.ended.connect(lambda: self._ended(persona_id))
        self.nav.show_call.emit(screen)
        screen.setFocus()

    def check_in(self, after: bool) -> tuple[int | None, str]:
        """The optional mood check-in; (None, "") when skipped or switched off."""
        self._last_note = ""
        if not self.prefs.current.mood_check_in:
            return None, ""
        dialog = MoodDialog(after, self.parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.stop_asking.isChecked():
            self.prefs.change(mood_check_in=False)
        if not accepted:
            return None, ""
        self._last_note = dialog.note.toPlainText().strip()
        return dialog.mood(), dialog.words.text().strip()

    def _ended(self, persona_id: int) -> None:
        """End call (or time up): the check-in, then the engine is stopped and the journal
        closed in the background; the screen goes once that is done."""
        screen, call = self.current, self._call
        self.current = self._call = None
        if screen is None or call is None:
            return
        mood, words = self.check_in(after=True)
        both = [
            when.format(w)
            for when, w in ((tr("before: {0}"), self._words_before), (tr("after: {0}"), words))
            if w
        ]
        self.nav.persona.emit(persona_id)
        self.status.busy(tr("Ending the call…"))
        clock, note = self.clock, self._last_note

        def gone(_result: object = None) -> None:
            self.nav.drop_call.emit(screen)
            screen.deleteLater()
            self.status.idle("")
            self.care.after_call(persona_id)

        def failed(exc: BaseException) -> None:
            gone()
            self.status.say(describe(exc))

        self.tasks.run(
            lambda cancel, report: end_call(call, clock, mood, " · ".join(both), note),
            on_result=gone,
            on_error=failed,
        )

    def hang_up(self) -> None:
        """The window is closing: end the call without asking anything (background)."""
        screen, call = self.current, self._call
        self.current = self._call = None
        if screen is None or call is None:
            return
        screen.ended.disconnect()
        screen.end_call()
        clock = self.clock
        self.tasks.run(lambda cancel, report: end_call(call, clock), on_result=lambda _r: None)
