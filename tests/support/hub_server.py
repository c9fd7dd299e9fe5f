"""A tiny model host on 127.0.0.1 that speaks the two Hugging Face endpoints the downloader
uses (folder listing, file download with Range), and can misbehave on request."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class HubFiles:
    repo: str
    files: dict[str, bytes]  # path in the repository -> content
    lfs: set[str] = field(default_factory=set)  # paths listed with an LFS sha256
    cut_after: dict[str, int] = field(default_factory=dict)  # drop the connection once
    corrupt: set[str] = field(default_factory=set)  # serve wrong bytes
    fail_with: int | None = None  # answer every file request with this status
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Range)
    servers: list[ThreadingHTTPServer] = field(default_factory=list)

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


def _listing(hub: HubFiles, folder: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path, data in hub.files.items():
        if folder and not path.startswith(folder + "/"):
            continue
        item: dict[str, object] = {
            "type": "file",
            "path": path,
            "size": len(data),
            "oid": hashlib.sha1(f"blob {len(data)}\0".encode() + data).hexdigest(),
        }
        if path in hub.lfs:
            item["lfs"] = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data)}
        out.append(item)
    return out


def serve(hub: HubFiles) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            tree = f"/api/models/{hub.repo}/tree/main"
            resolve = f"/{hub.repo}/resolve/main/"
            if self.path.startswith(tree):
                body = json.dumps(_listing(hub, self.path[len(tree) :].strip("/"))).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if not self.path.startswith(resolve):
                self.send_error(404)
                return
            path = self.path[len(resolve) :]
            hub.requests.append((path, self.headers.get("Range")))
            if hub.fail_with is not None:
                self.send_error(hub.fail_with)
                return
            data = hub.files[path]
            if path in hub.corrupt:
                data = bytes(b ^ 0x5A for b in data)
            start = 0
            ranged = self.headers.get("Range")
            if ranged:
                start = int(ranged.removeprefix("bytes=").split("-")[0])
            self.send_response(206 if ranged else 200)
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            cut = hub.cut_after.pop(path, None)
            if cut is not None:
                self.wfile.write(data[start : start + cut])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(data[start:])

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hub.servers.append(server)
    return server, f"http://127.0.0.1:{server.server_address[1]}"
