"""The home screen: a quiet greeting and the portrait wall."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.persona import PersonaSummary
from desktop.ui.i18n import tr
from desktop.ui.kit import theme


def _initials_pixmap(text: str, size: int) -> QPixmap:
    """A soft round placeholder with initials, until a portrait photo exists."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(theme.BORDER))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    painter.setPen(QColor(theme.MUTED))
    font = QFont()
    font.setPixelSize(size // 3)
    painter.setFont(font)
    initials = "".join(word[0] for word in text.split()[:2]).upper() or "?"
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pix


class PortraitCard(QFrame):
    """One person on the wall; clicking it opens their page."""

    opened = Signal(int)
    talk_requested = Signal(int)

    def __init__(
        self, persona: PersonaSummary, picture: QPixmap | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.persona = persona
        self.setFixedSize(220, 250)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 20, 18, 18)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tr("Open {0}'s page").format(persona.display_name))
        image = QLabel()
        image.setPixmap(picture or _initials_pixmap(persona.display_name, 112))
        picture_label = image
        picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel(persona.display_name)
        name.setObjectName("cardTitle")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture_label)
        layout.addWidget(name)
        if persona.called and persona.called != persona.name:
            full = QLabel(persona.name)
            full.setObjectName("muted")
            full.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(full)
        layout.addStretch(1)
        self.talk_button = QPushButton(tr("Talk"))
        self.talk_button.clicked.connect(lambda: self.talk_requested.emit(persona.id))
        layout.addWidget(self.talk_button)
        if persona.retired:  # after a farewell: the page and journal stay, no calls
            self.talk_button.setVisible(False)
            farewell = QLabel(tr("Said goodbye"))
            farewell.setObjectName("muted")
            farewell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(farewell)

    def mouseReleaseEvent(self, event: object) -> None:  # noqa: N802
        self.opened.emit(self.persona.id)


class HomeScreen(QWidget):
    """Greeting, the portrait wall (or its empty state) and the "Add someone" button."""

    add_requested = Signal()
    persona_opened = Signal(int)
    journal_requested = Signal()
    talk_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(56, 40, 56, 24)
        outer.setSpacing(6)
        title = QLabel(tr("Keepsake"))
        title.setObjectName("title")
        subtitle = QLabel(
            tr("A quiet place to talk with someone you miss. Everything stays on this computer.")
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        header = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(subtitle)
        header.addLayout(header_text, 1)
        self.add_button = QPushButton(tr("Add someone you miss"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_requested)
        journal = QPushButton(tr("Journal"))
        journal.clicked.connect(self.journal_requested)
        header.addWidget(journal, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        outer.addSpacing(28)

        self._wall = QWidget()
        self._grid = QGridLayout(self._wall)
        self._grid.setSpacing(20)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._wall)
        self._scroll = scroll

        self.empty_state = QWidget()
        centred = QVBoxLayout(self.empty_state)
        centred.addStretch(1)
        centred.addWidget(self._build_empty_state(), 0, Qt.AlignmentFlag.AlignHCenter)
        centred.addStretch(2)
        outer.addWidget(self.empty_state, 1)
        outer.addWidget(scroll, 1)
        self.cards: list[PortraitCard] = []
        self.set_personas([])

    def _build_empty_state(self) -> QFrame:
        box = QFrame()
        box.setObjectName("card")
        box.setFixedWidth(620)
        box.setMinimumHeight(300)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(40, 48, 40, 48)
        layout.setSpacing(14)
        layout.addStretch(1)
        heading = QLabel(tr("Your portrait wall is empty"))
        heading.setObjectName("cardTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            tr(
                "When you feel ready, add the person you would like to talk with: a photo, a few "
                "recordings of their voice, the things they always used to say.\n"
                "There is no hurry, and nothing here is shared with anyone."
            )
        )
        text.setObjectName("muted")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(tr("Add someone you miss"))
        button.setObjectName("primary")
        button.clicked.connect(self.add_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(1)
        self.empty_add_button = button
        return box

    def set_personas(
        self, personas: list[PersonaSummary], pictures: dict[int, QPixmap] | None = None
    ) -> None:
        """Show these personas on the wall (the empty state when there are none)."""
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        shown = [p for p in personas if not p.retired] + [
            p for p in personas if p.retired and not p.archived
        ]
        self.cards = [PortraitCard(p, (pictures or {}).get(p.id)) for p in shown]
        for card in self.cards:
            card.opened.connect(self.persona_opened)
            card.talk_requested.connect(self.talk_requested)
        columns = 4
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // columns, i % columns)
        has_people = bool(self.cards)
        self.empty_state.setVisible(not has_people)
        self._scroll.setVisible(has_people)
        self.add_button.setVisible(has_people)
