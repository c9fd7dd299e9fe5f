"""Reading exported chats: WhatsApp (Android and iOS date formats) and plain `Name: message`.

Multi-line messages are joined; media placeholders and system notices are skipped and
reported, and a file a message names as attached (a voice note in a zipped export) is kept as
an attachment of its sender. A file in which no message can be recognised is refused as a
whole. WeChat's exports are read by `desktop/core/wechat_export.py` into the same types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import ChatFormatError
from desktop.core.persona import Skipped

# Android: "12/31/20, 9:15 PM - Mum: text" or "31/12/2020, 21:15 - Mum: text"
_ANDROID = re.compile(
    r"^(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),? (?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s?[APap]\.?\s?[Mm]\.?)?) [-–] (?P<rest>.*)$"
)
# iOS: "[31/12/2020, 21:15:03] Mum: text" (often with an invisible mark in front)
_IOS = re.compile(
    r"^\u200e?\[(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),? (?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s?[APap]\.?\s?[Mm]\.?)?)\] (?P<rest>.*)$"
)
_PLAIN = re.compile(r"^(?P<sender>[^:\[\]]{1,40}):\s(?P<text>.*)$")
_MEDIA = re.compile(
    r"(<media omitted>|<attached: [^>]*>|\b(image|video|audio|sticker|gif|document) omitted\b"
    r"|<médias omis>|<medien ausgeschlossen>|\u200e?<附件：|\(file attached\))",
    re.IGNORECASE,
)
_SYSTEM = re.compile(
    r"(end-to-end encrypted|created group|added |changed the subject|changed this group"
    r"|left$|joined using|security code changed|missed (voice|video) call|this message was deleted"
    r"|you deleted this message)",
    re.IGNORECASE,
)


# "PTT-20200101-WA0001.opus (file attached)", "<attached: 00000012-AUDIO-2020-01-01.opus>"
_ATTACHED_NAME = re.compile(r"(?:<attached: |^\u200e?)(?P<name>[\w.-]+\.[A-Za-z0-9]{2,5})\b")


class ChatFormat(StrEnum):
    WHATSAPP_ANDROID = "whatsapp-android"
    WHATSAPP_IOS = "whatsapp-ios"
    PLAIN = "plain"
    WECHAT_TEXT = "wechat-text"
    WECHAT_CSV = "wechat-csv"
    WECHAT_HTML = "wechat-html"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    sender: str
    text: str
    when: str = ""  # as written in the export


@dataclass(frozen=True, slots=True)
class ChatAttachment:
    """A file a message says was attached (its name inside the export), and who sent it."""

    sender: str
    filename: str
    when: str = ""


@dataclass(frozen=True, slots=True)
class ChatExport:
    format: ChatFormat
    messages: tuple[ChatMessage, ...]
    skipped: tuple[Skipped, ...]
    attachments: tuple[ChatAttachment, ...] = ()

    @property
    def senders(self) -> list[str]:
        """Everyone who wrote (or sent a file), most messages first."""
        counts: dict[str, int] = {}
        for sender in [m.sender for m in self.messages] + [a.sender for a in self.attachments]:
            counts[sender] = counts.get(sender, 0) + 1
        return sorted(counts, key=lambda s: -counts[s])

    def attached_by(self, sender: str) -> list[str]:
        """The names of the files `sender` attached, in the order they were sent."""
        return [a.filename for a in self.attachments if a.sender == sender]


def _detect(lines: list[str]) -> ChatFormat | None:
    sample = [ln for ln in lines[:200] if ln.strip()]
    if not sample:
        return None
    for fmt, pattern in ((ChatFormat.WHATSAPP_IOS, _IOS), (ChatFormat.WHATSAPP_ANDROID, _ANDROID)):
        if sum(bool(pattern.match(ln)) for ln in sample) >= max(1, len(sample) // 3):
            return fmt
    if sum(bool(_PLAIN.match(ln)) for ln in sample) >= max(1, len(sample) // 2):
        return ChatFormat.PLAIN
    return None


def _keep(
    sender: str,
    lines_of_text: list[str],
    when: str,
    messages: list[ChatMessage],
    skipped: list[Skipped],
    attachments: list[ChatAttachment],
) -> None:
    """One whole message: words, or a file it names as attached, or a placeholder skipped."""
    body = "\n".join(lines_of_text).strip()
    if _MEDIA.search(body):
        named = _ATTACHED_NAME.search(body)
        if named is not None:
            attachments.append(ChatAttachment(sender.strip(), named.group("name"), when))
        skipped.append(Skipped(f"{sender}: {body[:40]}", "a photo, video or file, not words"))
    elif body:
        messages.append(ChatMessage(sender.strip(), body, when))


def parse_chat(text: str) -> ChatExport:
    """Parse a whole export; raises ChatFormatError when nothing in it looks like a chat."""
    if "\x00" in text:
        raise ChatFormatError("this is not a text file")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fmt = _detect(lines)
    if fmt is None:
        raise ChatFormatError("no chat messages were recognised in this file")
    pattern = {ChatFormat.WHATSAPP_IOS: _IOS, ChatFormat.WHATSAPP_ANDROID: _ANDROID}.get(fmt)
    messages: list[ChatMessage] = []
    skipped: list[Skipped] = []
    attachments: list[ChatAttachment] = []
    current: tuple[str, list[str], str] | None = None  # sender, lines of the text, when

    def flush() -> None:
        if current is not None:
            _keep(*current, messages, skipped, attachments)

    for number, line in enumerate(lines, start=1):
        clean = line.lstrip("\ufeff")
        if pattern is not None:
            m = pattern.match(clean)
            if m is None:
                if current is not None and clean.strip():
                    current[1].append(clean)  # continuation of a multi-line message
                continue
            flush()
            current = None
            rest = m.group("rest")
            sender, sep, body = rest.partition(": ")
            if not sep or _SYSTEM.search(rest):
                skipped.append(
                    Skipped(f"line {number}", "a notice from WhatsApp, not a message", number)
                )
                continue
            current = (sender.lstrip("\u200e"), [body], f"{m.group('date')} {m.group('time')}")
        else:
            m = _PLAIN.match(clean)
            if m is None:
                if current is not None and clean.strip():
                    current[1].append(clean)
                elif clean.strip():
                    skipped.append(
                        Skipped(f"line {number}", "not in the form Name: message", number)
                    )
                continue
            flush()
            current = (m.group("sender"), [m.group("text")], "")
    flush()
    if not messages and not attachments:
        raise ChatFormatError("the file has no messages with words in them")
    return ChatExport(fmt, tuple(messages), tuple(skipped), tuple(attachments))
