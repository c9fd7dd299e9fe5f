"""Reading WeChat chat histories as the common export tools write them (WeChatMsg, MemoTrace).

Three shapes, each into the same `ChatExport` as a WhatsApp chat (so the same sender picker):
- text: `2024-01-01 12:00:00 Mum` on one line, the message below, a blank line between;
- CSV: one of the column layouts those tools write (`localId,TalkerId,Type,...,Sender`, or
  `消息ID,类型,发送人,时间,内容,...`); any other columns are a `ChatColumnsError`;
- HTML: the page those tools write, whose script holds `chatMessages = [...]`, either as
  JavaScript object literals (WeChatMsg) or as JSON (MemoTrace).

Only words are kept as messages. Photos, stickers, files, links and calls are skipped and
reported; a voice message becomes an attachment of its sender when the export names its file
(HTML). Pure: reads text, never files.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.core.chat_export import (
    ChatAttachment,
    ChatExport,
    ChatFormat,
    ChatMessage,
)
from desktop.core.errors import ChatColumnsError, ChatFormatError
from desktop.core.persona import Skipped

_HEADER = re.compile(r"^(?P<when>\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)(?: (?P<name>.+))?$")
# "[图片]", "【语音】...", "【分享链接】..." (the tools' placeholders); "[微笑]" alone too
_PLACEHOLDER = re.compile(r"^(\[[^\]\n]{1,6}\]|【[^】\n]{1,12}】)")
_QUOTE = re.compile(r"\n引用[:：].*$", re.DOTALL)
_PAT = re.compile(r"拍了拍")
TEXT_TYPES = frozenset({1, 2})
VOICE_TYPE = 34
SYSTEM_TYPES = frozenset({0, 10000})
QUOTE_TYPES = frozenset({244813135921})  # MemoTrace's "quote" type; WeChatMsg writes 49/57
_NOT_WORDS = "a photo, sticker, file or link, not words"
_NOTICE = "a notice from WeChat, not a message"
_VOICE = "a voice message: add its recording as a clip"


@dataclass(frozen=True, slots=True)
class _Layout:
    """A known CSV layout: which column says what."""

    columns: tuple[str, ...]
    sender: tuple[str, ...]  # the first of these that is not empty names the sender
    text: str
    when: str
    kind: str  # the message type: a number (WeChatMsg) or a name (MemoTrace)
    is_sender: str = ""  # only when no column names the sender


_LAYOUTS = (
    _Layout(
        (
            "localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
            "StrContent", "StrTime", "Remark", "NickName", "Sender",
        ),
        ("Remark", "NickName", "Sender"), "StrContent", "StrTime", "Type",
    ),
    _Layout(
        (
            "localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
            "StrContent", "StrTime",
        ),
        (), "StrContent", "StrTime", "Type", is_sender="IsSender",
    ),
    _Layout(
        ("消息ID", "类型", "发送人", "时间", "内容", "备注", "昵称", "更多信息"),
        ("发送人", "备注", "昵称"), "内容", "时间", "类型",
    ),
    _Layout(
        ("消息ID", "类型", "wxid", "时间", "内容", "备注", "群昵称", "昵称"),
        ("群昵称", "备注", "昵称", "wxid"), "内容", "时间", "类型",
    ),
)  # fmt: skip
_TEXT_NAMES = frozenset({"文本", "引用消息"})
_SYSTEM_NAMES = frozenset({"系统消息", "拍一拍"})
_VOICE_NAMES = frozenset({"语音"})
ME, THEM = "我", "对方"  # the sender of a two-person CSV that names nobody


class _Collector:
    """Messages, skipped items and attachments as a parser finds them."""

    def __init__(self) -> None:
        self.messages: list[ChatMessage] = []
        self.skipped: list[Skipped] = []
        self.attachments: list[ChatAttachment] = []

    def words(self, sender: str, text: str, when: str) -> None:
        body = _QUOTE.sub("", text.replace("\r\n", "\n")).strip()
        sender = sender.strip()
        if not sender or not body or _PAT.search(body):
            self.skipped.append(Skipped(when or "a message", _NOTICE))
        elif _PLACEHOLDER.match(body):
            reason = _VOICE if body.startswith(("[语音]", "【语音】")) else _NOT_WORDS
            self.skipped.append(Skipped(f"{sender}: {body[:40]}", reason))
        else:
            self.messages.append(ChatMessage(sender, body, when))

    def skip(self, what: str, reason: str) -> None:
        self.skipped.append(Skipped(what, reason))

    def export(self, fmt: ChatFormat) -> ChatExport:
        if not self.messages and not self.attachments:
            raise ChatFormatError("the file has no messages with words in them")
        return ChatExport(fmt, tuple(self.messages), tuple(self.skipped), tuple(self.attachments))


# --- text --------------------------------------------------------------------------------------


def looks_like_wechat_text(text: str) -> bool:
    """Whether the first lines read like a WeChat text export (a time and a name, then words)."""
    lines = [ln for ln in text.lstrip("\ufeff").splitlines()[:60] if ln.strip()]
    headers = sum(bool(_HEADER.match(ln)) for ln in lines)
    return bool(lines) and bool(_HEADER.match(lines[0])) and headers >= max(1, len(lines) // 4)


def parse_wechat_text(text: str) -> ChatExport:
    """A text export: `time name` lines, each followed by the message (any number of lines)."""
    if "\x00" in text:
        raise ChatFormatError("this is not a text file")
    found = _Collector()
    current: tuple[str, str, list[str]] | None = None  # when, sender, lines
    for line in text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"):
        header = _HEADER.match(line)
        if header is None:
            if current is not None:
                current[2].append(line)
            continue
        if current is not None:
            found.words(current[1], "\n".join(current[2]), current[0])
        current = (header.group("when"), header.group("name") or "", [])
    if current is None:
        raise ChatFormatError("no chat messages were recognised in this file")
    found.words(current[1], "\n".join(current[2]), current[0])
    return found.export(ChatFormat.WECHAT_TEXT)


# --- CSV ---------------------------------------------------------------------------------------


def looks_like_csv(text: str) -> bool:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        row = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    return len(row) >= 4 and ": " not in first


def parse_wechat_csv(text: str) -> ChatExport:
    """A CSV export in one of the known layouts; other columns raise ChatColumnsError."""
    if "\x00" in text:
        raise ChatFormatError("this is not a text file")
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = tuple(c.strip() for c in next(rows))
        layout = next((lay for lay in _LAYOUTS if lay.columns == header), None)
        if layout is None:
            raise ChatColumnsError(header)
        index = {name: i for i, name in enumerate(header)}
        found = _Collector()
        for number, row in enumerate(rows, start=2):
            if not any(row):
                continue
            if len(row) != len(header):
                found.skip(f"row {number}", "its columns do not match the table's")
                continue
            _csv_row(layout, index, row, found)
    except csv.Error as exc:
        raise ChatFormatError("the table is damaged (a field is far too long)") from exc
    except StopIteration as exc:
        raise ChatFormatError("the file is empty") from exc
    return found.export(ChatFormat.WECHAT_CSV)


def _csv_row(layout: _Layout, index: dict[str, int], row: list[str], found: _Collector) -> None:
    def cell(name: str) -> str:
        return row[index[name]].strip()

    when, kind = cell(layout.when), cell(layout.kind)
    if layout.sender:
        sender = next((cell(c) for c in layout.sender if cell(c)), "")
    else:
        sender = ME if cell(layout.is_sender) == "1" else THEM
    number = int(kind) if kind.isdigit() else None
    if number in SYSTEM_TYPES or kind in _SYSTEM_NAMES:
        found.skip(when or "a row", _NOTICE)
    elif number == VOICE_TYPE or kind in _VOICE_NAMES:
        found.skip(f"{sender}: {when}", _VOICE)
    elif number in TEXT_TYPES or kind in _TEXT_NAMES:
        found.words(sender, row[index[layout.text]], when)
    else:
        found.skip(f"{sender}: {kind}", _NOT_WORDS)


# --- HTML --------------------------------------------------------------------------------------

_ASSIGNMENT = re.compile(r"\bchatMessages\s*=\s*\[")
_JS_KEY = re.compile(r"\s*,?\s*([A-Za-z_]\w*)\s*:\s*")
_JS_VALUE = re.compile(
    r"'(?P<sq>(?:[^'\\]|\\.)*)'|\"(?P<dq>(?:[^\"\\]|\\.)*)\"|(?P<num>-?\d+(?:\.\d+)?)"
    r"|(?P<word>[A-Za-z_]\w*)",
    re.DOTALL,
)
_JS_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_JS_ESCAPES = {"n": "\n", "r": "\r", "t": "\t"}


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head


def parse_wechat_html(text: str) -> ChatExport:
    """The HTML page: its `chatMessages` array, as JavaScript literals or as JSON."""
    match = _ASSIGNMENT.search(text)
    if match is None:
        raise ChatFormatError("this page holds no WeChat messages")
    start = match.end() - 1
    items = _json_items(text, start)
    if items is None:
        items = list(_js_items(text, start + 1))
    found = _Collector()
    for item in items:
        _html_item(item, found)
    return found.export(ChatFormat.WECHAT_HTML)


def _json_items(text: str, start: int) -> list[dict[str, Any]] | None:
    try:
        value, _end = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return None
    if not isinstance(value, list):
        return None
    return [v for v in value if isinstance(v, dict)]


def _js_items(text: str, at: int) -> Iterator[dict[str, Any]]:
    """Object literals `{ key: value, ... },` up to the closing `]` (WeChatMsg's page)."""
    while True:
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        if at >= len(text) or text[at] == "]":
            return
        if text[at] != "{":
            raise ChatFormatError("the page's list of messages is damaged")
        item: dict[str, Any] = {}
        at += 1
        while True:
            while at < len(text) and text[at] in " \t\r\n,":
                at += 1
            if at < len(text) and text[at] == "}":
                at += 1
                break
            key = _JS_KEY.match(text, at)
            value = _JS_VALUE.match(text, key.end()) if key else None
            if key is None or value is None:
                raise ChatFormatError("the page's list of messages is damaged")
            item[key.group(1)] = _js_value(value)
            at = value.end()
        yield item


def _js_value(m: re.Match[str]) -> Any:
    if m.group("num") is not None:
        number = m.group("num")
        return float(number) if "." in number else int(number)
    if m.group("word") is not None:
        return {"true": True, "false": False}.get(m.group("word"))
    raw = m.group("sq") if m.group("sq") is not None else m.group("dq")
    return _JS_ESCAPE.sub(lambda e: _JS_ESCAPES.get(e.group(1), e.group(1)), raw)


def _html_item(item: dict[str, Any], found: _Collector) -> None:
    kind = _int(item.get("type"))
    sub_type = _int(item.get("sub_type"))
    sender = html.unescape(str(item.get("display_name", item.get("displayname", "")) or ""))
    when = _when(item.get("timestamp"))
    text = html.unescape(str(item.get("text", "") or ""))
    if kind in SYSTEM_TYPES:
        found.skip(when or "a notice", _NOTICE)
    elif kind in TEXT_TYPES or kind in QUOTE_TYPES or (kind == 49 and sub_type == 57):
        found.words(sender, text, when)
    elif kind == VOICE_TYPE:
        path = str(item.get("path") or text).strip()
        if sender.strip() and path:
            found.attachments.append(ChatAttachment(sender.strip(), path, when))
        found.skip(f"{sender}: {when}", _VOICE)
    else:
        found.skip(f"{sender}: {when}", _NOT_WORDS)


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _when(timestamp: Any) -> str:
    seconds = _int(timestamp)
    if seconds is None or not 0 < seconds < 4_102_444_800:  # before 2100
        return ""
    return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M:%S")
