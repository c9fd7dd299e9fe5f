"""A small OpenAI-compatible chat server on 127.0.0.1 for the model-server tests: `/v1/models`
and streaming `/v1/chat/completions`, with the ways a real one misbehaves on request."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class ChatServer:
    reply: str = "Oh love, I'm so sorry. What happened?"
    models: tuple[str, ...] = ("qwen2.5:1.5b", "llama3.2:3b")
    first_token_delay_s: float = 0.0  # a slow model (or one still loading)
    drop_after_words: int | None = None  # close the connection midway through the reply
    fail_with: int | None = None  # answer with this HTTP status and an error body
    requests: list[dict[str, Any]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def address(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        assert isinstance(host, str)
        return f"http://{host}:{port}/v1"

    def start(self) -> ChatServer:
        chat = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _json(self, status: int, payload: object) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path != "/v1/models":
                    self._json(404, {"error": {"message": "not found"}})
                    return
                self._json(200, {"object": "list", "data": [{"id": m} for m in chat.models]})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                request = json.loads(self.rfile.read(length))
                chat.requests.append(request)
                if chat.fail_with is not None:
                    self._json(chat.fail_with, {"error": {"message": "model crashed"}})
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                time.sleep(chat.first_token_delay_s)
                words = chat.reply.split(" ")
                for index, word in enumerate(words):
                    if chat.drop_after_words is not None and index == chat.drop_after_words:
                        self.wfile.flush()
                        self.connection.shutdown(2)  # the stream just stops
                        return
                    piece = word if index == 0 else " " + word
                    event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
                    self._chunk(f"data: {json.dumps(event)}\n\n")
                done = {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self._chunk(f"data: {json.dumps(done)}\n\n")
                self._chunk("data: [DONE]\n\n")
                self.wfile.write(b"0\r\n\r\n")

            def _chunk(self, text: str) -> None:
                data = text.encode()
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def close(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
