"""Messages for later moments: sealed until the family chooses to open one (a confirmation;
no dates are enforced and nothing is ever sent). An opened message can be listened to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview import KeptAnswer
from desktop.core.interview_questions import Moment
from desktop.ui.i18n import long_date, tr, tr_noop
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.interviews import InterviewStore
from desktop.vault.personas import PersonaStore

MOMENTS = {
    Moment.WEDDING: tr_noop("For a wedding day"),
    Moment.FIRST_CHILD: tr_noop("For a first child"),
    Moment.HARD_DAY: tr_noop("For a hard day"),
    Moment.OTHER: tr_noop("For any time"),
}

Player = Callable[[bytes], None]  # plays a clip's bytes; runs on a worker thread


class SealedMessagesDialog(QDialog):
    def __init__(
        self,
        personas: PersonaStore,
        interviews: InterviewStore,
        persona_id: int,
        tasks: BackgroundTasks,
        clock: Callable[[], datetime],
        play: Player | None = None,
        opened_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.personas, self.interviews, self.tasks, self.clock = personas, interviews, tasks, clock
        self.persona_id, self.play, self.opened_by = persona_id, play, opened_by
        self.name = personas.get(persona_id).display_name
        self.setWindowTitle(tr("Messages for later"))
        self.setMinimumSize(560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "{0} recorded these messages for moments still to come. A sealed message stays "
                "sealed until you choose to open it; Keepsake never opens one by itself."
            ).format(self.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Sealed messages"))
        self.list.currentItemChanged.connect(lambda *_: self._show())
        layout.addWidget(self.list, 1)
        self.text = QLabel("")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open this message…"))
        self.open_button.clicked.connect(self.open_selected)
        self.listen_button = QPushButton(tr("Listen"))
        self.listen_button.clicked.connect(self.listen)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.open_button)
        row.addWidget(self.listen_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def messages(self) -> list[KeptAnswer]:
        return [a for a in self.interviews.answers(self.persona_id) if a.for_later]

    def refresh(self) -> None:
        self.list.clear()
        for message in self.messages():
            moment = tr(MOMENTS.get(message.moment, MOMENTS[Moment.OTHER]))
            if message.sealed:
                state = tr("sealed")
            elif message.opened_at is not None:
                state = tr("opened on {0}").format(long_date(message.opened_at.date()))
            else:
                state = tr("open")
            item = QListWidgetItem(f"{moment} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, message.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def _selected(self) -> KeptAnswer | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.interviews.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show(self) -> None:
        message = self._selected()
        sealed = message is not None and message.sealed
        self.open_button.setEnabled(sealed)
        self.listen_button.setEnabled(
            message is not None and not sealed and message.clip_id is not None and bool(self.play)
        )
        if message is None:
            self.text.setText(tr("There are no messages for later yet."))
        elif sealed:
            self.text.setText(tr("Sealed. Open it when the moment comes."))
        else:
            self.text.setText(f"{message.question}\n\n“{message.text}”" if message.text else "")

    def open_selected(self) -> None:
        message = self._selected()
        if message is None or not message.sealed:
            return
        moment = tr(MOMENTS.get(message.moment, MOMENTS[Moment.OTHER])).lower()
        if not confirm(
            self,
            tr("Open this message?"),
            tr(
                "{0} sealed this message ({1}). Open it now? Once opened it stays open, and the "
                "portrait may use its words."
            ).format(self.name, moment),
        ):
            return
        try:
            self.interviews.open_sealed(message.id, self.opened_by, self.clock())
        except Exception as exc:
            self.status.setText(describe(exc))
            return
        row = self.list.currentRow()
        self.refresh()
        self.list.setCurrentRow(row)

    def listen(self) -> None:
        message = self._selected()
        if message is None or message.sealed or message.clip_id is None or self.play is None:
            return
        data, play = self.personas.media_data(message.clip_id), self.play
        self.status.setText(tr("Playing their recording…"))
        self.tasks.run(
            lambda _cancel, _report: play(data),
            on_result=lambda _done: self.status.setText(""),
            on_error=lambda exc: self.status.setText(describe(exc)),
        )
