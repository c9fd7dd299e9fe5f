"""Settings → Models → "Use a model server": the address, the model from the server's list
(a local test server on 127.0.0.1), and a clear question before an address that is not this
computer is used."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

import desktop.ui.settings.model_server_panel as panel_module
from desktop.core.settings import Settings
from desktop.ui.settings.model_server_panel import ModelServerPanel
from desktop.ui.tasks import BackgroundTasks
from tests.support.chat_server import ChatServer


@pytest.fixture
def chat(loopback_only: None) -> Iterator[ChatServer]:
    server = ChatServer().start()
    yield server
    server.close()


def _panel(qtbot: QtBot, settings: Settings | None = None) -> ModelServerPanel:
    panel = ModelServerPanel(settings or Settings(), BackgroundTasks(immediate=True))
    qtbot.addWidget(panel)
    return panel


def test_off_by_default_with_the_address_of_this_computer(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert not panel.enabled.isChecked()
    assert panel.address.text() == "http://127.0.0.1:11434/v1"
    assert panel.chosen()["llm_server_enabled"] is False
    assert "this computer" in panel.note.text()


def test_find_the_servers_models_choose_one_and_use_it(qtbot: QtBot, chat: ChatServer) -> None:
    panel = _panel(qtbot)
    panel.address.setText(chat.address)
    panel.find_button.click()
    assert [panel.models.itemText(i) for i in range(panel.models.count())] == list(chat.models)
    assert "2 models found" in panel.note.text()
    panel.models.setCurrentText("llama3.2:3b")
    panel.enabled.setChecked(True)
    assert panel.chosen() == {
        "llm_server_enabled": True,
        "llm_server_address": chat.address,
        "llm_server_model": "llama3.2:3b",
        "llm_server_agreed_address": "",
    }


def test_an_unreachable_server_is_said_plainly(qtbot: QtBot, loopback_only: None) -> None:
    panel = _panel(qtbot)
    panel.address.setText("http://127.0.0.1:9/v1")
    panel.find_button.click()
    assert "Nothing answered" in panel.note.text() and panel.find_button.isEnabled()
    panel.address.setText("ftp://nowhere")
    assert "not an address" in panel.note.text()


def test_another_computer_is_used_only_after_the_person_agrees(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(agree: bool) -> Callable[[object, str, str], bool]:
        def fake(parent: object, title: str, text: str) -> bool:
            asked.append(text)
            return agree

        return fake

    panel = _panel(qtbot, Settings(llm_server_model="qwen2.5:1.5b"))
    panel.address.setText("http://192.168.1.20:11434/v1")
    assert "not this computer" in panel.note.text()
    monkeypatch.setattr(panel_module, "confirm", answer(False))
    panel.enabled.setChecked(True)
    assert not panel.enabled.isChecked() and panel.chosen()["llm_server_enabled"] is False
    assert "192.168.1.20" in asked[-1] and "will be sent" in asked[-1]
    monkeypatch.setattr(panel_module, "confirm", answer(True))
    panel.enabled.setChecked(True)
    chosen = panel.chosen()
    assert chosen["llm_server_enabled"] is True
    assert chosen["llm_server_agreed_address"] == "http://192.168.1.20:11434/v1"
    assert "as you agreed" in panel.note.text()
    panel.address.setText("http://10.0.0.7:11434/v1")  # a new address: agreed anew
    assert panel.chosen()["llm_server_enabled"] is False
