"""The family members asked about a portrait (co-grievers): who, and whether they agreed or
objected, with what they said. Part of the consent sheet. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.persona import Agreement, FamilyConsent
from desktop.ui.i18n import tr, tr_noop

ANSWERS = (
    (Agreement.YES, tr_noop("Agreed")),
    (Agreement.NO, tr_noop("Objected")),
    (Agreement.UNKNOWN, tr_noop("Not yet answered")),
)
NAME, RELATIONSHIP, ANSWER, WORDS = range(4)


class FamilyConsentTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(tr("Family members and their answers"))
        self.table.setHorizontalHeaderLabels(
            [tr("Name"), tr("Relationship"), tr("Their answer"), tr("What they said")]
        )
        self.table.horizontalHeader().setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add a family member"))
        self.add_button.clicked.connect(lambda: self.add_member(FamilyConsent("", "", "")))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def add_member(self, member: FamilyConsent) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(member.name))
        self.table.setItem(row, RELATIONSHIP, QTableWidgetItem(member.relationship))
        answer = QComboBox()
        for agreement, label in ANSWERS:
            answer.addItem(tr(label), agreement.value)
        answer.setCurrentIndex(answer.findData(member.agreement.value))
        self.table.setCellWidget(row, ANSWER, answer)
        self.table.setItem(row, WORDS, QTableWidgetItem(member.response))

    def set_members(self, members: tuple[FamilyConsent, ...]) -> None:
        self.table.setRowCount(0)
        for member in members:
            self.add_member(member)

    def members(self) -> tuple[FamilyConsent, ...]:
        """The rows with a name, as consent records."""
        out = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME)
            if not name:
                continue
            answer = self.table.cellWidget(row, ANSWER)
            agreement = (
                Agreement(answer.currentData())
                if isinstance(answer, QComboBox)
                else Agreement.UNKNOWN
            )
            out.append(
                FamilyConsent(
                    name, self._text(row, RELATIONSHIP), self._text(row, WORDS), agreement
                )
            )
        return tuple(out)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
