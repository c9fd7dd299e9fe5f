"""A language model on a model server the user runs (Ollama, llama.cpp's server, LM Studio),
through the OpenAI-compatible API: `GET {address}/models` and streaming
`POST {address}/chat/completions`.

Only used when the user turns it on in Settings → Models; the address is theirs (this PC by
default, `http://127.0.0.1:11434/v1`). A request runs on a short-lived reader thread so the
responder can give up at once (cancel, or no first token in time) by closing the connection.
`FallbackReplier` answers from the built-in model when the server cannot, and waits a while
before trying the server again. Plain stdlib HTTP: no new dependency.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from ipaddress import ip_address
from typing import Any, Protocol
from urllib.parse import urlsplit

from desktop.core.conversation import Message
from desktop.core.errors import ModelServerError
from desktop.core.jobs import CancelToken
from desktop.core.sampling import FIRST, Sampling

DEFAULT_ADDRESS = "http://127.0.0.1:11434/v1"
MAX_LINE = 1 << 20  # one streamed event; a real one is a few hundred bytes


class ServerProblem(StrEnum):
    UNREACHABLE = "unreachable"  # nothing answered at the address
    TIMEOUT = "timeout"  # connected, but no first word in time
    REFUSED = "refused"  # an HTTP error (unknown model, server error)
    DROPPED = "dropped"  # the reply stopped midway
    BAD = "bad"  # not an OpenAI-compatible answer
    ADDRESS = "address"  # not a usable http(s) address


@dataclass(frozen=True, slots=True)
class ServerAddress:
    base: str  # as the user typed it, without a trailing slash
    scheme: str
    host: str
    port: int
    path: str  # "/v1"

    @property
    def on_this_computer(self) -> bool:
        """Loopback only: anything else means the conversation leaves this PC."""
        if self.host.lower() in ("localhost", "localhost.localdomain"):
            return True
        try:
            return ip_address(self.host.strip("[]")).is_loopback
        except ValueError:
            return False


def parse_address(text: str) -> ServerAddress:
    """`http://127.0.0.1:11434/v1` and the like; raises ModelServerError(ADDRESS)."""
    raw = text.strip()
    parts = urlsplit(raw if "://" in raw else f"http://{raw}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ModelServerError(text, ServerProblem.ADDRESS, "use http://host:port/v1")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise ModelServerError(text, ServerProblem.ADDRESS, "the port is not a number") from exc
    path = parts.path.rstrip("/")
    base = f"{parts.scheme}://{parts.netloc}{path}"
    return ServerAddress(base, parts.scheme, parts.hostname, port, path)


def _connection(address: ServerAddress, timeout: float) -> http.client.HTTPConnection:
    kind = http.client.HTTPSConnection if address.scheme == "https" else http.client.HTTPConnection
    return kind(address.host, address.port, timeout=timeout)


def _request(
    address: ServerAddress,
    method: str,
    path: str,
    body: bytes | None,
    timeout: float,
    holder: dict[str, http.client.HTTPConnection] | None = None,
) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    """Send one request; `holder` gets the connection at once, so another thread can close
    it to give up."""
    conn = _connection(address, timeout)
    if holder is not None:
        holder["conn"] = conn
    headers = {"Accept": "application/json, text/event-stream"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    try:
        conn.request(method, address.path + path, body=body, headers=headers)
        response = conn.getresponse()
    except (OSError, http.client.HTTPException) as exc:
        conn.close()
        problem = (
            ServerProblem.TIMEOUT if isinstance(exc, TimeoutError) else ServerProblem.UNREACHABLE
        )
        raise ModelServerError(address.base, problem, type(exc).__name__) from exc
    if response.status >= 400:
        detail = _error_detail(response.read(4096))
        conn.close()
        raise ModelServerError(
            address.base, ServerProblem.REFUSED, f"HTTP {response.status} {detail}".strip()
        )
    return conn, response


def _error_detail(body: bytes) -> str:
    try:
        data = json.loads(body)
        error = data.get("error", data) if isinstance(data, dict) else data
        message = error.get("message", "") if isinstance(error, dict) else str(error)
        return str(message)[:200]
    except (ValueError, AttributeError):
        return body[:200].decode("utf-8", "replace")


def list_models(address: ServerAddress, timeout: float = 3.0) -> list[str]:
    """The model names the server offers (`/models`), in its order."""
    conn, response = _request(address, "GET", "/models", None, timeout)
    try:
        data = json.loads(response.read(MAX_LINE))
        models = [str(m["id"]) for m in data["data"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelServerError(address.base, ServerProblem.BAD, "no model list") from exc
    except (OSError, http.client.HTTPException) as exc:
        raise ModelServerError(address.base, ServerProblem.DROPPED, type(exc).__name__) from exc
    finally:
        conn.close()
    return models


_END = object()


class ServerReplier:
    """Streams replies from a model server. Use from one thread (the engine's responder)."""

    def __init__(
        self,
        address: ServerAddress,
        model: str,
        connect_timeout: float = 3.0,
        first_token_timeout: float = 10.0,
        read_timeout: float = 10.0,
        max_reply_tokens: int = 120,
    ) -> None:
        self.address = address
        self.model = model
        self.connect_timeout = connect_timeout
        self.first_token_timeout = first_token_timeout
        self.read_timeout = read_timeout
        self.max_reply_tokens = max_reply_tokens
        self.languages: tuple[str, ...] = ("en", "zh")  # the user's model: assumed to speak both
        self.last_evaluated = 0  # the server keeps its own cache; nothing is counted here

    def load(self) -> None:
        """Check that the server answers and has the chosen model."""
        models = list_models(self.address, self.connect_timeout)
        if self.model not in models:
            raise ModelServerError(
                self.address.base, ServerProblem.REFUSED, f"no model named {self.model!r}"
            )

    def warm_up(self, system_prompt: str) -> None:
        """Nothing to do: the server caches the prompt it is sent."""

    def begin(self, prefix: list[Message]) -> None:
        """Nothing to do: the server caches the prompt it is sent."""

    def count_tokens(self, text: str) -> int:
        """An estimate (the server's tokenizer is not known here): a Chinese character or
        about four Latin letters each."""
        cjk = sum(1 for c in text if "\u3400" <= c <= "\u9fff")
        return cjk + (len(text) - cjk) // 4 + 1

    @property
    def prompt_budget(self) -> int:
        return 3000

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        """Yield the reply's text pieces. Raises ModelServerError: before the first piece when
        the server cannot answer in time, or after some pieces when the reply stopped midway."""
        body = json.dumps(
            {
                "model": self.model,
                "messages": [m.as_chat() for m in messages],
                "stream": True,
                "temperature": sampling.temperature,
                "top_p": sampling.top_p,
                "max_tokens": min(sampling.max_tokens * 3, self.max_reply_tokens),
                "seed": sampling.seed,
            }
        ).encode()
        pieces: queue.Queue[object] = queue.Queue()
        holder: dict[str, http.client.HTTPConnection] = {}
        reader = threading.Thread(
            target=self._read, args=(body, pieces, holder), name="model-server", daemon=True
        )
        reader.start()
        deadline = time.monotonic() + self.connect_timeout + self.first_token_timeout
        started = False
        try:
            while True:
                if cancel.cancelled:
                    return
                wait = deadline - time.monotonic()
                if wait <= 0:
                    problem = ServerProblem.DROPPED if started else ServerProblem.TIMEOUT
                    raise ModelServerError(self.address.base, problem, "no answer in time")
                try:
                    item = pieces.get(timeout=min(0.1, wait))
                except queue.Empty:
                    continue
                if item is _END:
                    return
                if isinstance(item, ModelServerError):
                    raise item
                started = True
                deadline = time.monotonic() + self.read_timeout
                yield str(item)
        finally:
            _hang_up(holder.get("conn"))
            reader.join(timeout=2)

    def _read(
        self,
        body: bytes,
        pieces: queue.Queue[object],
        holder: dict[str, http.client.HTTPConnection],
    ) -> None:  # the model-server reader thread
        try:
            timeout = self.connect_timeout + self.first_token_timeout + self.read_timeout
            _conn, response = _request(
                self.address, "POST", "/chat/completions", body, timeout, holder
            )
            for piece in _events(response, self.address.base):
                pieces.put(piece)
            pieces.put(_END)
        except ModelServerError as exc:
            pieces.put(exc)
        except (OSError, http.client.HTTPException, ValueError, AttributeError) as exc:
            # AttributeError: the responder closed the connection under the reader
            pieces.put(
                ModelServerError(self.address.base, ServerProblem.DROPPED, type(exc).__name__)
            )

    def close(self) -> None:
        """Nothing held between requests."""


def _hang_up(conn: http.client.HTTPConnection | None) -> None:
    """Close a connection another thread may be reading (shutdown wakes a blocked read)."""
    if conn is None:
        return
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    conn.close()


def _events(response: http.client.HTTPResponse, base: str) -> Iterator[str]:
    """The text pieces of a streamed chat completion (server-sent events)."""
    finished = False
    while True:
        line = response.readline(MAX_LINE)
        if not line:
            break
        text = line.decode("utf-8", "replace").strip()
        if not text.startswith("data:"):
            continue
        data = text[5:].strip()
        if data == "[DONE]":
            finished = True
            break
        try:
            event: Any = json.loads(data)
            choice = event["choices"][0]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ModelServerError(base, ServerProblem.BAD, "not a chat completion") from exc
        piece = (choice.get("delta") or {}).get("content")
        if piece:
            yield str(piece)
        if choice.get("finish_reason"):
            finished = True
    if not finished:
        raise ModelServerError(base, ServerProblem.DROPPED, "the reply stopped midway")


class StreamingReplier(Protocol):
    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = ...
    ) -> Iterator[str]: ...


class FallbackReplier:
    """The model server first, the built-in model when the server cannot answer.

    A server that fails before its first word is skipped for `retry_after_s`, so a turn does
    not wait for it again and again; a reply that stops midway keeps what was said.
    `problems` collects what went wrong (for the call to mention once). Responder thread."""

    def __init__(
        self,
        server: ServerReplier,
        local: StreamingReplier | None,
        retry_after_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.server = server
        self.local = local
        self.retry_after_s = retry_after_s
        self.clock = clock
        self.problems: list[ModelServerError] = []
        self.answered_by_server = False
        self._skip_until = 0.0

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        self.answered_by_server = False
        if self.clock() >= self._skip_until:
            started = False
            try:
                for piece in self.server.stream(messages, cancel, sampling):
                    started = True
                    self.answered_by_server = True
                    yield piece
                return
            except ModelServerError as exc:
                self.problems.append(exc)
                if started:
                    return  # what was said stays; the rest of this reply is lost
                self._skip_until = self.clock() + self.retry_after_s
        if self.local is not None:
            yield from self.local.stream(messages, cancel, sampling)
