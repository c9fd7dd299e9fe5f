"""Two pieces of the therapist panel: which guided exercises the person can start (saved with
the signed limits), and the self-check's questionnaire (its words, added from a copy its
authors allow). GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.care.exercises import SPECS, Exercise, with_name
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.core.errors import DiskFullError, InstrumentPackError
from desktop.ui.i18n import list_text, tr
from desktop.ui.kit.messages import describe

MAX_PACK_FILE = 1024 * 1024  # a pack is a few kilobytes; anything larger is read no further


class ExerciseChoices(QGroupBox):
    """A box per exercise; `chosen()` goes into the policy the therapist saves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Guided exercises the person can start"), parent)
        layout = QVBoxLayout(self)
        self.boxes: dict[Exercise, QCheckBox] = {}
        for exercise, spec in SPECS.items():
            box = QCheckBox(tr(spec.name))
            box.setToolTip(with_name(tr(spec.purpose), tr("them")))
            self.boxes[exercise] = box
            layout.addWidget(box)
        note = QLabel(
            tr(
                "Each ends with a short reflection in the person's journal. The report shows "
                "which were done and when; their words only if the person includes them."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)

    def set_chosen(self, exercises: Sequence[Exercise]) -> None:
        for exercise, box in self.boxes.items():
            box.setChecked(exercise in exercises)

    def chosen(self) -> tuple[Exercise, ...]:
        return tuple(sorted(e for e, box in self.boxes.items() if box.isChecked()))


class SelfCheckQuestionnaire(QGroupBox):
    """Whether the self-check's words are in this vault, and adding or removing them."""

    def __init__(self, store: SelfCheckStore, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(tr("The self-check's questionnaire"), parent)
        self.store, self.now = store, now
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(tr("Add the questionnaire file…"))
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(tr("Remove it"))
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        pack = self.store.pack()
        if pack is None:
            self.status.setText(
                tr(
                    "Keepsake scores the Brief Grief Questionnaire as its authors publish it, "
                    "but may include its questions only with their permission. If you have a "
                    "copy they allow, add it here as a Keepsake questionnaire file (see "
                    "docs/care-over-time.md); the person can then take the self-check every "
                    "four weeks, if they want to."
                )
            )
        else:
            languages = list_text(sorted(pack.languages))
            self.status.setText(
                tr("Added: {0} ({1}). Source: {2}").format(
                    pack.instrument.name, languages, pack.source
                )
            )
        self.remove_button.setVisible(pack is not None)

    def add_file(self, path: Path) -> bool:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_PACK_FILE + 1)
            self.store.add_pack(data, self.now)
        except OSError:
            self.message.setText(tr("That file could not be read."))
            return False
        except (InstrumentPackError, DiskFullError) as exc:
            self.message.setText(describe(exc))
            return False
        self.message.setText(tr("The questionnaire is added."))
        self.refresh()
        return True

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("The questionnaire file"), "", tr("Keepsake questionnaire (*.json)")
        )
        if name:
            self.add_file(Path(name))

    def remove(self) -> None:
        self.store.remove_pack()
        self.message.setText(tr("The questionnaire is removed; the results stay."))
        self.refresh()
