"""The care flows of the main window: the limit check before a call, the therapist panel,
saying goodbye and bringing a portrait back. GUI thread; kept apart from the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.care.farewell import bring_back, retire_with_letter
from desktop.care.gate import changed_outside_line, check_conversation, refusal
from desktop.care.policy import Decision
from desktop.care.therapist import AppliedPolicy, TherapistMode
from desktop.core.clock import Clock
from desktop.core.errors import CareError
from desktop.services.paths import AppPaths
from desktop.ui.care.farewell import FarewellChoice, FarewellDialog
from desktop.ui.care.limit_screen import LimitScreen
from desktop.ui.care.therapist_panel import TherapistDialog
from desktop.ui.i18n import long_date, tr
from desktop.ui.journal.pdf_export import write_pdf
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.settings.preferences import Preferences


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
    farewell_persona: int | None = field(
        default=None, init=False
    )  # a last conversation in progress

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
        TherapistDialog(
            self.therapist(), self.session.journal(), system_timezone(), write_pdf, self.parent
        ).exec()

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
            retire_with_letter(
                store,
                self.session.journal(),
                persona_id,
                dialog.letter.toPlainText(),
                self.clock.now(),
            )
            self.status.say(
                tr("Your letter to {0} is in the journal, and the portrait is retired.").format(
                    name
                )
            )
            self.nav.persona.emit(persona_id)
            return
        self.farewell_persona = persona_id
        self.nav.call.emit(persona_id, True)

    def after_call(self, persona_id: int) -> None:
        """After a last conversation: retire the portrait, if the person is ready."""
        if self.farewell_persona != persona_id or not self.session.is_open:
            return
        self.farewell_persona = None
        store = self.session.personas()
        name = store.get(persona_id).display_name
        if confirm(
            self.parent,
            tr("Retire {0}'s portrait?").format(name),
            tr(
                "Your conversations with {0} stay in the journal. Calls will no longer "
                "be offered; you can bring the portrait back later if you need to."
            ).format(name),
        ):
            retire_with_letter(store, self.session.journal(), persona_id, "", self.clock.now())
            self.nav.persona.emit(persona_id)

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
        self.nav.persona.emit(persona_id)
