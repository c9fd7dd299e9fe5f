"""The care flows of the main window: the limit check before a call, the therapist panel,
saying goodbye and bringing a portrait back. GUI thread; kept apart from the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.care.farewell import bring_back, retire_with_letter
from desktop.care.gate import changed_outside_line, check_conversation, refusal
from desktop.care.policy import Decision
from desktop.care.therapist import AppliedPolicy, TherapistMode
from desktop.core.clock import Clock
from desktop.core.errors import CareError
from desktop.core.journal import Speaker
from desktop.services.paths import AppPaths
from desktop.ui.care.farewell import FarewellChoice, FarewellDialog
from desktop.ui.care.farewell_closing import FarewellClosing
from desktop.ui.care.limit_screen import LimitScreen
from desktop.ui.care.report_pdf import write_report_pdf
from desktop.ui.care.therapist_panel import TherapistDialog
from desktop.ui.i18n import long_date, tr
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.journal import Journal


def last_words(journal: Journal, persona_id: int) -> str:
    """What the portrait said last in the latest conversation ("" if nothing)."""
    sessions = journal.sessions(persona_id)
    if not sessions:
        return ""
    said = [t.text for t in journal.session(sessions[0].id).turns if t.speaker is Speaker.PORTRAIT]
    return said[-1] if said else ""


def confirm_retiring(parent: QWidget, name: str) -> bool:
    """Names what retiring means before it happens."""
    return confirm(
        parent,
        tr("Retire {0}'s portrait?").format(name),
        tr(
            "Your conversations and letters with {0} stay in the journal to re-read. Calls "
            "will no longer be offered, and the portrait rests on the wall (you can put it "
            "away later). You can bring it back if you need to."
        ).format(name),
    )


def system_timezone() -> str:
    """This computer's IANA time zone (Qt knows it on every platform); UTC if unknown."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def changed_outside_text(applied: AppliedPolicy) -> str:
    """'The limits were changed outside Keepsake on Monday 30 November …' (GUI thread)."""
    return changed_outside_line(applied, tr, long_date)


@dataclass(eq=False)
class CareActions:
    """The care flows of the window. GUI thread."""

    parent: QWidget
    session: VaultSession
    prefs: Preferences
    paths: AppPaths
    clock: Clock
    status: StatusLine
    nav: Navigation
    limit_screen: LimitScreen
    tasks: BackgroundTasks  # the usage report is written on a worker
    farewell_persona: int | None = field(
        default=None, init=False
    )  # a last conversation in progress
    closing: FarewellClosing | None = field(default=None, init=False)  # the last one shown

    def therapist(self) -> TherapistMode:
        return TherapistMode(self.session.care(), self.clock)

    def gate(self) -> Decision | None:
        """The decision for a call starting now; shows the limit screen (and returns None)
        when a call is not possible."""
        answer = check_conversation(self.therapist(), system_timezone())
        if answer.decision.allowed:
            return answer.decision
        text, lines = refusal(answer, tr, long_date)
        self.limit_screen.show_decision(text, lines)
        self.limit_screen.country = self.prefs.current.country
        self.limit_screen.support_file = self.paths.support_file
        self.nav.limits.emit()
        return None

    def open_panel(self) -> None:
        if not self.session.is_open:
            return
        panel = TherapistDialog(
            self.therapist(),
            self.session.journal(),
            system_timezone(),
            write_report_pdf,
            self.parent,
            self.tasks,
        )
        panel.reports.finished.connect(self.status.say)  # also seen if the panel was closed
        panel.exec()

    # --- farewell --------------------------------------------------------------------------

    def say_goodbye(self, persona_id: int) -> None:
        if not self.session.is_open:
            return
        store = self.session.personas()
        name = store.get(persona_id).display_name
        dialog = FarewellDialog(name, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice() is FarewellChoice.LETTER:
            if not confirm_retiring(self.parent, name):
                return
            letter = dialog.letter.toPlainText()
            retire_with_letter(
                store,
                self.session.journal(),
                persona_id,
                letter,
                self.clock.now(),
                tr("A letter to {0}").format(name),
            )
            self.status.say(
                tr("Your letter to {0} is in the journal, and the portrait is retired.").format(
                    name
                )
            )
            self.nav.persona.emit(persona_id)
            self._closing(persona_id, letter)
            return
        self.farewell_persona = persona_id
        self.nav.call.emit(persona_id, True)

    def after_call(self, persona_id: int) -> None:
        """After a last conversation: retire the portrait, if the person is ready; the
        closing screen shows what the portrait said last."""
        if self.farewell_persona != persona_id or not self.session.is_open:
            return
        self.farewell_persona = None
        store = self.session.personas()
        name = store.get(persona_id).display_name
        if confirm_retiring(self.parent, name):
            journal = self.session.journal()
            retire_with_letter(store, journal, persona_id, "", self.clock.now())
            self.status.say(tr("{0}'s portrait is retired.").format(name))
            self.nav.persona.emit(persona_id)
            self._closing(persona_id, last_words(journal, persona_id))

    def _closing(self, persona_id: int, words: str) -> None:
        """The quiet closing screen: their photo, the letter or last words, a candle."""
        store = self.session.personas()
        persona = store.get(persona_id)
        photo = None
        if persona.portrait_media_id is not None:
            photo = QPixmap()
            photo.loadFromData(store.media_data(persona.portrait_media_id))
        self.closing = FarewellClosing(persona.display_name, words, photo, self.parent)
        self.closing.exec()

    def bring_back(self, persona_id: int) -> None:
        if not self.session.is_open:
            return
        store = self.session.personas()
        name = store.get(persona_id).display_name
        if not confirm(
            self.parent,
            tr("Bring {0}'s portrait back?").format(name),
            tr(
                "Calls with {0} will be offered again. If saying goodbye was agreed "
                "with a therapist, it may help to talk it over with them first."
            ).format(name),
        ):
            return
        therapist = self.therapist()
        pin = None
        if therapist.has_pin:
            pin, ok = QInputDialog.getText(
                self.parent,
                tr("Therapist PIN"),
                tr("The therapist's PIN:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        try:
            bring_back(store, therapist, persona_id, pin)
        except CareError as exc:
            QMessageBox.information(self.parent, tr("Not brought back"), describe(exc))
            return
        self.status.say(tr("{0}'s portrait is back: calls are offered again.").format(name))
        self.nav.persona.emit(persona_id)
