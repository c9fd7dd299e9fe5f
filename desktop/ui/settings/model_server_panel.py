"""Settings → Models → Conversation: "Use a model server" — a better mind on the user's own
terms, from Ollama, llama.cpp's server or LM Studio on this PC or another of theirs.

The address defaults to this computer; "Find models" asks the server for its list (in the
background). An address that is not this computer must be agreed to before it is used: the
panel says plainly that the conversation will be sent there. The built-in model still answers
whenever the server cannot.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.errors import ModelServerError
from desktop.core.settings import Settings
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit.confirm import confirm
from desktop.ui.tasks import BackgroundTasks
from desktop.voice.server_llm import DEFAULT_ADDRESS, ServerProblem, list_models, parse_address

_PROBLEMS = {
    ServerProblem.UNREACHABLE: tr_noop("Nothing answered at this address. Is the server running?"),
    ServerProblem.TIMEOUT: tr_noop("The server did not answer in time."),
    ServerProblem.REFUSED: tr_noop("The server refused the request."),
    ServerProblem.DROPPED: tr_noop("The server stopped answering midway."),
    ServerProblem.BAD: tr_noop("This does not look like an OpenAI-compatible server (…/v1)."),
    ServerProblem.ADDRESS: tr_noop(
        "This is not an address Keepsake can use. Try http://127.0.0.1:11434/v1"
    ),
}


class ModelServerPanel(QGroupBox):
    """Edits the model-server fields of a Settings copy; `chosen()` gives them back."""

    def __init__(
        self, settings: Settings, tasks: BackgroundTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Use a model server"), parent)
        self.tasks = tasks
        self.agreed = settings.llm_server_agreed_address
        grid = QGridLayout(self)
        self.enabled = QCheckBox(tr("Answer with a model from a model server"))
        self.enabled.setChecked(settings.llm_server_enabled)
        self.enabled.toggled.connect(self._on_toggled)
        explain = QLabel(
            tr(
                "If you run Ollama, llama.cpp's server or LM Studio, Keepsake can use one of its "
                "models for the conversation. The built-in model answers whenever the server "
                "cannot."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        self.address = QLineEdit(settings.llm_server_address or DEFAULT_ADDRESS)
        self.address.setPlaceholderText(DEFAULT_ADDRESS)
        self.address.textChanged.connect(self._update_note)
        self.find_button = QPushButton(tr("Find models"))
        self.find_button.clicked.connect(self.find_models)
        self.models = QComboBox()
        self.models.setMinimumWidth(220)
        if settings.llm_server_model:
            self.models.addItem(settings.llm_server_model)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        grid.addWidget(self.enabled, 0, 0, 1, 3)
        grid.addWidget(explain, 1, 0, 1, 3)
        grid.addWidget(QLabel(tr("Address")), 2, 0)
        grid.addWidget(self.address, 2, 1)
        grid.addWidget(self.find_button, 2, 2)
        grid.addWidget(QLabel(tr("Model")), 3, 0)
        grid.addWidget(self.models, 3, 1, 1, 2)
        grid.addWidget(self.note, 4, 0, 1, 3)
        self._update_note()

    # --- what is chosen ----------------------------------------------------------------------

    def chosen(self) -> dict[str, Any]:
        """The Settings fields for the server (off unless a model was chosen and, for another
        computer, its address agreed to)."""
        address = self.address.text().strip() or DEFAULT_ADDRESS
        model = self.models.currentText().strip()
        usable = self.enabled.isChecked() and bool(model) and self._allowed(address)
        return {
            "llm_server_enabled": usable,
            "llm_server_address": address,
            "llm_server_model": model,
            "llm_server_agreed_address": self.agreed,
        }

    def _allowed(self, address: str) -> bool:
        try:
            parsed = parse_address(address)
        except ModelServerError:
            return False
        return parsed.on_this_computer or self.agreed == parsed.base

    def _on_toggled(self, on: bool) -> None:
        if on and not self.agree_if_elsewhere():
            self.enabled.setChecked(False)
        self._update_note()

    def agree_if_elsewhere(self) -> bool:
        """Before first use of an address that is not this computer: say where the
        conversation will go, and go on only if the person agrees."""
        try:
            parsed = parse_address(self.address.text() or DEFAULT_ADDRESS)
        except ModelServerError:
            return True  # the note says what is wrong; nothing is sent
        if parsed.on_this_computer or self.agreed == parsed.base:
            return True
        agreed = confirm(
            self,
            tr("Send the conversation to another computer?"),
            tr(
                "{0} is not this computer. While this server is used, everything you say in a "
                "conversation, and the portrait's words, will be sent to it. Keepsake sends "
                "nothing anywhere else. Only do this with a computer of your own that you trust."
            ).format(parsed.host),
        )
        if agreed:
            self.agreed = parsed.base
        return agreed

    def _update_note(self) -> None:
        try:
            parsed = parse_address(self.address.text() or DEFAULT_ADDRESS)
        except ModelServerError:
            self.note.setText(tr(_PROBLEMS[ServerProblem.ADDRESS]))
            return
        if parsed.on_this_computer:
            self.note.setText(tr("This server is on this computer: nothing leaves it."))
        elif self.agreed == parsed.base:
            self.note.setText(
                tr("Conversations will be sent to {0}, as you agreed.").format(parsed.host)
            )
        else:
            self.note.setText(
                tr("{0} is not this computer: Keepsake will ask before sending anything.").format(
                    parsed.host
                )
            )

    # --- finding the models --------------------------------------------------------------------

    def find_models(self) -> None:
        """Ask the server for its models (a loopback or agreed address only)."""
        try:
            parsed = parse_address(self.address.text() or DEFAULT_ADDRESS)
        except ModelServerError:
            self.note.setText(tr(_PROBLEMS[ServerProblem.ADDRESS]))
            return
        if not self.agree_if_elsewhere():
            return
        self.find_button.setEnabled(False)
        self.note.setText(tr("Asking the server for its models…"))
        self.tasks.run(
            lambda _token, _progress: list_models(parsed),
            self._found,
            self._not_found,
        )

    def _found(self, models: list[str]) -> None:
        self.find_button.setEnabled(True)
        current = self.models.currentText()
        self.models.clear()
        self.models.addItems(models)
        if current in models:
            self.models.setCurrentText(current)
        self.note.setText(
            tr("{0} models found. Choose one.").format(len(models))
            if models
            else tr(
                "The server has no models yet. Add one there first "
                "(for example: ollama pull qwen2.5:1.5b)."
            )
        )

    def _not_found(self, exc: BaseException) -> None:
        self.find_button.setEnabled(True)
        if isinstance(exc, ModelServerError):
            self.note.setText(
                tr(_PROBLEMS.get(ServerProblem(exc.reason), _PROBLEMS[ServerProblem.BAD]))
            )
        else:
            self.note.setText(tr(_PROBLEMS[ServerProblem.UNREACHABLE]))
