"""The care flows of the main window: the limit check before a call, the therapist panel,
saying goodbye and bringing a portrait back. GUI thread; kept apart from main_window.py."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.care.farewell import bring_back, retire_with_letter
from desktop.care.gate import changed_outside_line, check_conversation, refusal
from desktop.care.policy import Decision
from desktop.care.store import CareStore
from desktop.care.therapist import AppliedPolicy, TherapistMode
from desktop.core.errors import CareError
from desktop.ui.confirm import confirm
from desktop.ui.farewell import FarewellChoice, FarewellDialog
from desktop.ui.i18n import long_date, tr
from desktop.ui.limit_screen import LimitScreen
from desktop.ui.messages import describe
from desktop.ui.pdf_export import write_pdf
from desktop.ui.therapist_panel import TherapistDialog
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


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


class CareActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.limit_screen = LimitScreen()
        self.limit_screen.back.connect(window.show_home)
        self.limit_screen.journal_requested.connect(window.journal.open_journal)
        self.limit_screen.write_requested.connect(lambda: window.journal.write_entry(None))
        window.stack.addWidget(self.limit_screen)
        self.farewell_persona: int | None = None  # a last conversation in progress

    def therapist(self) -> TherapistMode:
        assert self.window.vault is not None
        return TherapistMode(CareStore(self.window.vault), self.window.services.clock)

    def gate(self) -> Decision | None:
        """The decision for a call starting now; shows the limit screen (and returns None)
        when a call is not possible."""
        answer = check_conversation(self.therapist(), system_timezone())
        if answer.decision.allowed:
            return answer.decision
        text, lines = refusal(answer, tr, long_date)
        self.limit_screen.show_decision(text, lines)
        self.limit_screen.country = self.window.settings.country
        self.limit_screen.support_file = self.window.services.paths.support_file
        self.window.stack.setCurrentWidget(self.limit_screen)
        return None

    def open_panel(self) -> None:
        if self.window.vault is None:
            return
        TherapistDialog(
            self.therapist(), Journal(self.window.vault), system_timezone(), write_pdf, self.window
        ).exec()

    # --- farewell --------------------------------------------------------------------------

    def say_goodbye(self, persona_id: int) -> None:
        window = self.window
        if window.vault is None:
            return
        store = PersonaStore(window.vault)
        name = store.get(persona_id).display_name
        dialog = FarewellDialog(name, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.choice() is FarewellChoice.LETTER:
            retire_with_letter(
                store,
                Journal(window.vault),
                persona_id,
                dialog.letter.toPlainText(),
                window.services.clock.now(),
            )
            window.status_label.setText(
                tr("Your letter to {0} is in the journal, and the portrait is retired.").format(
                    name
                )
            )
            window.open_persona(persona_id)
            return
        self.farewell_persona = persona_id
        window.open_call(persona_id, farewell=True)

    def after_call(self, persona_id: int) -> None:
        """After a last conversation: retire the portrait, if the person is ready."""
        if self.farewell_persona != persona_id or self.window.vault is None:
            return
        self.farewell_persona = None
        store = PersonaStore(self.window.vault)
        name = store.get(persona_id).display_name
        if confirm(
            self.window,
            tr("Retire {0}'s portrait?").format(name),
            tr(
                "Your conversations with {0} stay in the journal. Calls will no longer "
                "be offered; you can bring the portrait back later if you need to."
            ).format(name),
        ):
            retire_with_letter(
                store, Journal(self.window.vault), persona_id, "", self.window.services.clock.now()
            )

    def bring_back(self, persona_id: int) -> None:
        window = self.window
        if window.vault is None:
            return
        store = PersonaStore(window.vault)
        name = store.get(persona_id).display_name
        if not confirm(
            window,
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
                window, tr("Therapist PIN"), tr("The therapist's PIN:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return
        try:
            bring_back(store, therapist, persona_id, pin)
        except CareError as exc:
            QMessageBox.information(window, tr("Not brought back"), describe(exc))
            return
        window.open_persona(persona_id)
