"""Forms shared by the persona editor and the persona page."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.core.voice import VoiceBase
from desktop.ui.i18n import tr
from desktop.ui.kit.date_field import DateField
from desktop.ui.persona.family_consent import FamilyConsentTable


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class AboutForm(QWidget):
    """Who they were: name, what you called them, dates, language, personality, "never say"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name, self.called, self.relationship = QLineEdit(), QLineEdit(), QLineEdit()
        self.born, self.died = DateField(tr("Born")), DateField(tr("Died"))
        self.dialect = QLineEdit()
        self.called.setPlaceholderText(tr("Mum, 妈妈, Grandad…"))
        self.language = QComboBox()
        self.language.addItem(tr("English"), "en")
        self.language.addItem(tr("中文 (Chinese)"), "zh")
        self.voice_base = QComboBox()
        self.voice_base.addItem(tr("From who they were to you"), "")
        self.voice_base.addItem(tr("A woman's voice"), VoiceBase.WOMAN.value)
        self.voice_base.addItem(tr("A man's voice"), VoiceBase.MAN.value)
        self.voice_base.setToolTip(
            tr(
                "The AI voice the portrait speaks with. Changing it starts again from that "
                "voice; “Hear their voice” on their page plays it."
            )
        )
        self.personality = QPlainTextEdit()
        self.personality.setPlaceholderText(tr("Warm, practical, teased everyone gently…"))
        self.speaking_style = QPlainTextEdit()
        self.speaking_style.setPlaceholderText(
            tr("Short sentences; always asked if you had eaten…")
        )
        self.do_not_say = QPlainTextEdit()
        self.do_not_say.setPlaceholderText(
            tr("One per line: topics or claims the portrait must never make")
        )
        for label, widget in (
            (tr("Their name"), self.name),
            (tr("What you called them"), self.called),
            (tr("Who they were to you"), self.relationship),
            (tr("Born"), self.born),
            (tr("Died"), self.died),
            (tr("Language"), self.language),
            (tr("Voice"), self.voice_base),
            (tr("Dialect (a note)"), self.dialect),
            (tr("Personality"), self.personality),
            (tr("How they spoke"), self.speaking_style),
            (tr("Never say"), self.do_not_say),
        ):
            form.addRow(label, widget)
        self._base = PersonaDetails(name="")

    def set_details(self, d: PersonaDetails) -> None:
        self._base = d
        self.name.setText(d.name)
        self.called.setText(d.called)
        self.relationship.setText(d.relationship)
        self.born.setText(d.born)
        self.died.setText(d.died)
        self.language.setCurrentIndex(max(0, self.language.findData(d.language)))
        self.voice_base.setCurrentIndex(max(0, self.voice_base.findData(d.voice_base)))
        self.dialect.setText(d.dialect)
        self.personality.setPlainText(d.personality)
        self.speaking_style.setPlainText(d.speaking_style)
        self.do_not_say.setPlainText("\n".join(d.do_not_say))

    def details(self) -> PersonaDetails:
        """The edited details (the voice's shape and anything not on the form are kept; a
        voice base chosen anew starts from that base's own voice)."""
        base = str(self.voice_base.currentData())
        kept = self._base
        if base != kept.voice_base:
            kept = replace(
                kept,
                voice_base=base,
                voice_custom=False,
                voice_pitch_semitones=0.0,
                voice_pitch_range=1.0,
                voice_formant_scale=1.0,
                voice_length_scale=1.0,
            )
        return replace(
            kept,
            name=self.name.text().strip(),
            called=self.called.text().strip(),
            relationship=self.relationship.text().strip(),
            born=self.born.text().strip(),
            died=self.died.text().strip(),
            language=str(self.language.currentData()),
            dialect=self.dialect.text().strip(),
            personality=self.personality.toPlainText().strip(),
            speaking_style=self.speaking_style.toPlainText().strip(),
            do_not_say=_lines(self.do_not_say),
        )


class ConsentForm(QWidget):
    """Who made the portrait, whether the person agreed in life, which family were asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.creator, self.creator_relationship = QLineEdit(), QLineEdit()
        self.agreed = {
            a: QRadioButton(t)
            for a, t in (
                (Agreement.YES, tr("Yes, they agreed")),
                (Agreement.NO, tr("No")),
                (Agreement.UNKNOWN, tr("Not known")),
            )
        }
        self.agreed[Agreement.UNKNOWN].setChecked(True)
        choices = QHBoxLayout()
        for button in self.agreed.values():
            choices.addWidget(button)
        self.family = FamilyConsentTable()  # co-grievers: who agreed, who objected
        form.addRow(tr("Your name"), self.creator)
        form.addRow(tr("You are their"), self.creator_relationship)
        form.addRow(tr("Did they agree to this in life?"), choices)
        form.addRow(tr("Family asked"), self.family)

    def set_record(self, record: ConsentRecord) -> None:
        self.creator.setText(record.creator)
        self.creator_relationship.setText(record.creator_relationship)
        self.agreed[record.agreed_in_life].setChecked(True)
        self.family.set_members(record.family)

    def is_complete(self) -> bool:
        return bool(self.creator.text().strip() and self.creator_relationship.text().strip())

    def record(self, now: datetime) -> ConsentRecord:
        agreed = next(a for a, b in self.agreed.items() if b.isChecked())
        return ConsentRecord(
            self.creator.text().strip(),
            self.creator_relationship.text().strip(),
            agreed,
            self.family.members(),
            now,
        )


class ConsentDialog(QDialog):
    def __init__(self, record: ConsentRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Consent"))
        self.setMinimumWidth(520)
        self.form = ConsentForm()
        if record is not None:
            self.form.set_record(record)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _accept_if_complete(self) -> None:
        if self.form.is_complete():
            self.accept()


class DetailsDialog(QDialog):
    def __init__(self, details: PersonaDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit details"))
        self.resize(560, 560)
        self.form = AboutForm()
        self.form.set_details(details)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self.form.name.text().strip():
            self.accept()
