"""Settings: audio devices, how the conversation listens, the country for helplines, the
language of the app, and (a second tab) the models."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import Settings, TurnEnding, UiLanguage
from desktop.core.support import countries
from desktop.ui.care.support import country_name, load_resources
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit.buttons import accept_or_cancel
from desktop.ui.settings.kept_aside_panel import KeptAsidePanel
from desktop.ui.settings.model_manager import ModelManager
from desktop.vault.trusted_person import MAX_CHARS, TrustedPerson
from desktop.voice.devices import AudioProblem, AudioReport

_SYSTEM_DEFAULT = tr_noop("System default")
_PROBLEMS = {
    AudioProblem.NO_PORTAUDIO: tr_noop(
        "PortAudio is not installed (on Debian/Ubuntu: the libportaudio2 package)"
    ),
    AudioProblem.NO_SOUNDDEVICE: tr_noop("The sound library of Keepsake is missing"),
    AudioProblem.PORTAUDIO_FAILED: tr_noop("The sound system did not answer"),
    AudioProblem.NO_DEVICES: tr_noop("No sound card or microphone was found"),
}


def audio_problem_text(report: AudioReport) -> str:
    """Why there is no sound, in the app's language."""
    if report.problem is not None:
        return tr(_PROBLEMS[report.problem])
    return report.reason or ""


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` gives the edited copy. `audio=None`
    while the sound devices are still being listed: `set_audio()` fills them in. The trusted
    person lives in the vault: `trusted=None` while it is locked (the fields are disabled);
    `result_trusted()` gives the edited person, None when it cannot be changed."""

    def __init__(
        self,
        settings: Settings,
        audio: AudioReport | None,
        parent: QWidget | None = None,
        models: ModelManager | None = None,
        kept_aside: KeptAsidePanel | None = None,
        trusted: TrustedPerson | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self._trusted = trusted
        self.setMinimumWidth(560)
        self._settings = settings
        self.audio: AudioReport | None = None
        self.models = models
        layout = QVBoxLayout(self)
        general = QWidget()
        form = QFormLayout(general)
        self._add_devices(form)
        self.end_of_turn = QComboBox()
        self.end_of_turn.addItem(tr("When I have finished speaking"), TurnEnding.FINISHED.value)
        self.end_of_turn.addItem(tr("After a fixed pause"), TurnEnding.FIXED.value)
        self.end_of_turn.setCurrentIndex(self.end_of_turn.findData(settings.end_of_turn.value))
        self.end_of_turn.setToolTip(
            tr(
                "When I have finished speaking: a short pause is enough once your sentence is "
                "complete, and a longer one is waited out while you are still thinking."
            )
        )
        form.addRow(tr("Pause before replying"), self.end_of_turn)
        self.silence = QSpinBox()
        self.silence.setRange(300, 3000)
        self.silence.setSingleStep(100)
        self.silence.setSuffix(tr(" ms"))
        self.silence.setValue(settings.end_of_turn_silence_ms)
        self.silence.setToolTip(tr("How long a pause means you have finished speaking."))
        form.addRow(tr("Fixed pause"), self.silence)
        self.silence.setEnabled(settings.end_of_turn is TurnEnding.FIXED)
        self.end_of_turn.currentIndexChanged.connect(
            lambda _i: self.silence.setEnabled(
                self.end_of_turn.currentData() == TurnEnding.FIXED.value
            )
        )
        self.push_to_talk = QCheckBox(
            tr("Hold the space bar to talk, instead of listening all the time")
        )
        self.push_to_talk.setChecked(settings.push_to_talk)
        form.addRow("", self.push_to_talk)
        self.country = QComboBox()
        self.country.addItem(tr("As this computer is set up"), "")
        for code, name in countries(load_resources(None)[0]):
            self.country.addItem(country_name(name), code)
        self.country.setCurrentIndex(max(0, self.country.findData(settings.country)))
        self.country.setToolTip(tr("Whose helplines come first in Support"))
        form.addRow(tr("Country for helplines"), self.country)
        self._add_trusted(form, trusted)
        self.language = QComboBox()
        for value, label in (
            (UiLanguage.ENGLISH, tr("English")),
            (UiLanguage.CHINESE_SIMPLIFIED, "简体中文"),
        ):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        form.addRow(tr("Language of Keepsake"), self.language)
        self.kept_aside = kept_aside
        self._arrange(layout, general, models, kept_aside)
        buttons = accept_or_cancel(self)
        layout.addWidget(buttons)
        if audio is not None:
            self.set_audio(audio)

    def set_audio(self, audio: AudioReport) -> None:
        """The sound devices found (GUI thread, from the worker that listed them)."""
        self.audio = audio
        for combo, names, current in (
            (self.input, [d.name for d in audio.inputs], self._settings.input_device),
            (self.output, [d.name for d in audio.outputs], self._settings.output_device),
        ):
            self._fill_devices(combo, names, current)
        if audio.reason:
            self.audio_note.setText(
                tr("{0}. You can still talk by typing and read the replies.").format(
                    audio_problem_text(audio)
                )
            )
        self.audio_note.setVisible(bool(audio.reason))

    def _arrange(
        self,
        layout: QVBoxLayout,
        general: QWidget,
        models: ModelManager | None,
        kept_aside: KeptAsidePanel | None,
    ) -> None:
        if models is None and kept_aside is None:
            layout.addWidget(general)
            return
        self.tabs = QTabWidget()
        self.tabs.addTab(general, tr("General"))
        if models is not None:
            self.tabs.addTab(models, tr("Models"))
        if kept_aside is not None:
            self.tabs.addTab(kept_aside, tr("Data"))
        layout.addWidget(self.tabs)
        self.resize(760, 720)

    def _add_devices(self, form: QFormLayout) -> None:
        """The device lists, "Checking sound devices…" until `set_audio()`."""
        self.audio = None
        self.input, self.output = QComboBox(), QComboBox()
        for combo in (self.input, self.output):
            combo.addItem(tr("Checking sound devices…"), None)
            combo.setEnabled(False)
        form.addRow(tr("Microphone"), self.input)
        form.addRow(tr("Speaker"), self.output)
        self.audio_note = QLabel("")
        self.audio_note.setObjectName("muted")
        self.audio_note.setWordWrap(True)
        self.audio_note.setVisible(False)
        form.addRow("", self.audio_note)

    def _add_trusted(self, form: QFormLayout, trusted: TrustedPerson | None) -> None:
        person = trusted or TrustedPerson()
        self.trusted_name = QLineEdit(person.name)
        self.trusted_name.setPlaceholderText(tr("Optional: a name, e.g. Anna"))
        self.trusted_name.setToolTip(
            tr(
                'If Keepsake pauses a conversation for your safety, it shows "Call NAME" with '
                "this number. Keepsake never contacts anyone itself."
            )
        )
        self.trusted_phone = QLineEdit(person.phone)
        self.trusted_phone.setPlaceholderText(tr("Their phone number"))
        for field in (self.trusted_name, self.trusted_phone):
            field.setMaxLength(MAX_CHARS)
            field.setEnabled(trusted is not None)
        form.addRow(tr("Someone you trust"), self.trusted_name)
        form.addRow(tr("Their number"), self.trusted_phone)
        locked = tr(
            "Kept in your keepsake, which is not open yet: open it to change who you trust."
        )
        self.trusted_note = QLabel(locked)
        if trusted is None:
            for field in (self.trusted_name, self.trusted_phone):
                field.setToolTip(locked)
        self.trusted_note.setObjectName("muted")
        self.trusted_note.setWordWrap(True)
        self.trusted_note.setVisible(trusted is None)
        form.addRow("", self.trusted_note)

    def result_trusted(self) -> TrustedPerson | None:
        """The trusted person as edited; None while the vault is locked."""
        if self._trusted is None:
            return None
        return TrustedPerson(self.trusted_name.text(), self.trusted_phone.text()).cleaned()

    @staticmethod
    def _fill_devices(combo: QComboBox, names: list[str], current: str | None) -> None:
        combo.clear()
        combo.addItem(tr(_SYSTEM_DEFAULT), None)
        combo.addItems(names)
        if current and current not in names:
            combo.addItem(current)  # remembered, even while unplugged
        if current:
            combo.setCurrentText(current)
        combo.setEnabled(True)

    def result_settings(self) -> Settings:
        def chosen(combo: QComboBox, before: str | None) -> str | None:
            if self.audio is None:  # not listed yet: what was chosen stays
                return before
            text = combo.currentText()
            return None if combo.currentIndex() == 0 else text

        result = replace(
            self._settings,
            input_device=chosen(self.input, self._settings.input_device),
            output_device=chosen(self.output, self._settings.output_device),
            end_of_turn=TurnEnding(self.end_of_turn.currentData()),
            end_of_turn_silence_ms=self.silence.value(),
            push_to_talk=self.push_to_talk.isChecked(),
            country=self.country.currentData() or "",
            ui_language=UiLanguage(self.language.currentData()),
        )
        return self.models.apply(result) if self.models is not None else result
