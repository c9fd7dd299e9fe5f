"""The model-server client against a small streaming server on 127.0.0.1: a normal reply, a
slow first token, a dropped stream, an error, a refused connection, and the built-in model as
the fallback. Only these tests may open a loopback connection (`loopback_only`)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.core.conversation import Message, Role
from desktop.core.errors import ModelServerError
from desktop.core.jobs import CancelToken
from desktop.core.sampling import FIRST, Sampling
from desktop.voice.server_llm import (
    DEFAULT_ADDRESS,
    FallbackReplier,
    ServerProblem,
    ServerReplier,
    list_models,
    parse_address,
)
from tests.support.chat_server import ChatServer

MESSAGES = [Message(Role.SYSTEM, "You are Mum."), Message(Role.USER, "Work was awful.")]


@pytest.fixture
def chat(loopback_only: None) -> Iterator[ChatServer]:
    server = ChatServer().start()
    yield server
    server.close()


def _replier(chat: ChatServer, **kw: Any) -> ServerReplier:
    return ServerReplier(parse_address(chat.address), "qwen2.5:1.5b", **kw)


def test_addresses_and_whether_they_leave_this_computer() -> None:
    assert parse_address(DEFAULT_ADDRESS).on_this_computer
    assert parse_address("localhost:1234/v1").base == "http://localhost:1234/v1"
    assert parse_address("http://[::1]:8080/v1/").on_this_computer
    assert not parse_address("http://192.168.1.20:11434/v1").on_this_computer
    assert not parse_address("https://my-pc.example:443/v1").on_this_computer
    for bad in ("ftp://host/v1", "http://", "http://host:port/v1"):
        with pytest.raises(ModelServerError) as caught:
            parse_address(bad)
        assert caught.value.reason == ServerProblem.ADDRESS


def test_the_models_list_and_a_normal_streamed_reply(chat: ChatServer) -> None:
    assert list_models(parse_address(chat.address)) == ["qwen2.5:1.5b", "llama3.2:3b"]
    replier = _replier(chat)
    replier.load()
    pieces = list(replier.stream(MESSAGES, CancelToken(), Sampling(temperature=0.4, seed=9)))
    assert "".join(pieces) == chat.reply and len(pieces) == len(chat.reply.split())
    sent = chat.requests[-1]
    assert sent["stream"] is True and sent["model"] == "qwen2.5:1.5b" and sent["seed"] == 9
    assert sent["messages"] == [m.as_chat() for m in MESSAGES]


def test_a_slow_first_token_within_the_timeout_still_answers(chat: ChatServer) -> None:
    chat.first_token_delay_s = 0.3
    replier = _replier(chat, first_token_timeout=5.0)
    assert "".join(replier.stream(MESSAGES, CancelToken())) == chat.reply


def test_no_first_token_in_time_is_a_timeout(chat: ChatServer) -> None:
    chat.first_token_delay_s = 3.0
    replier = _replier(chat, connect_timeout=0.5, first_token_timeout=0.5)
    with pytest.raises(ModelServerError) as caught:
        list(replier.stream(MESSAGES, CancelToken()))
    assert caught.value.reason == ServerProblem.TIMEOUT


def test_a_dropped_stream_keeps_what_came_and_says_so(chat: ChatServer) -> None:
    chat.drop_after_words = 3
    got: list[str] = []
    with pytest.raises(ModelServerError) as caught:
        got.extend(_replier(chat).stream(MESSAGES, CancelToken()))
    assert caught.value.reason == ServerProblem.DROPPED
    assert "".join(got) == "Oh love, I'm"


def test_an_error_answer_is_refused_with_its_reason(chat: ChatServer) -> None:
    chat.fail_with = 500
    with pytest.raises(ModelServerError) as caught:
        list(_replier(chat).stream(MESSAGES, CancelToken()))
    assert caught.value.reason == ServerProblem.REFUSED and "model crashed" in caught.value.detail
    chat.fail_with = None
    replier = ServerReplier(parse_address(chat.address), "no-such-model")
    with pytest.raises(ModelServerError) as caught:
        replier.load()
    assert caught.value.reason == ServerProblem.REFUSED


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_refused_connection_is_unreachable(loopback_only: None) -> None:
    address = parse_address(f"http://127.0.0.1:{_closed_port()}/v1")
    with pytest.raises(ModelServerError) as caught:
        list_models(address, timeout=1.0)
    assert caught.value.reason == ServerProblem.UNREACHABLE
    with pytest.raises(ModelServerError) as caught:
        list(ServerReplier(address, "m").stream(MESSAGES, CancelToken()))
    assert caught.value.reason == ServerProblem.UNREACHABLE


class LocalModel:
    def __init__(self) -> None:
        self.calls = 0

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        self.calls += 1
        yield "I know, love."


def test_the_built_in_model_answers_when_the_server_cannot(loopback_only: None) -> None:
    now = [0.0]
    address = parse_address(f"http://127.0.0.1:{_closed_port()}/v1")
    local = LocalModel()
    replier = FallbackReplier(
        ServerReplier(address, "m"), local, retry_after_s=60, clock=lambda: now[0]
    )
    assert "".join(replier.stream(MESSAGES, CancelToken())) == "I know, love."
    assert [p.reason for p in replier.problems] == [ServerProblem.UNREACHABLE]
    assert not replier.answered_by_server
    now[0] = 30.0  # within a minute the server is not asked again
    assert "".join(replier.stream(MESSAGES, CancelToken())) == "I know, love."
    assert len(replier.problems) == 1 and local.calls == 2


def test_the_server_answers_when_it_can_and_a_drop_is_not_doubled(chat: ChatServer) -> None:
    local = LocalModel()
    replier = FallbackReplier(_replier(chat), local)
    assert "".join(replier.stream(MESSAGES, CancelToken())) == chat.reply
    assert replier.answered_by_server and local.calls == 0
    chat.drop_after_words = 2
    assert "".join(replier.stream(MESSAGES, CancelToken())) == "Oh love,"
    assert local.calls == 0  # half a reply from the server, not a second one on top


def test_cancelling_stops_a_slow_server_at_once(chat: ChatServer) -> None:
    chat.first_token_delay_s = 2.0
    cancel = CancelToken()
    stream = _replier(chat).stream(MESSAGES, cancel)
    cancel.cancel()
    assert list(stream) == []


def test_outside_these_tests_the_network_guard_refuses_loopback_too() -> None:
    with pytest.raises(Exception, match="tests may not"):
        list_models(parse_address(DEFAULT_ADDRESS), timeout=0.5)
