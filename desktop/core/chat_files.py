"""Which reader a chat export needs: WeChat's HTML, CSV or text, else WhatsApp or plain text.

Pure: the caller reads the file (bounded) and passes its text and name.
"""

from __future__ import annotations

from desktop.core.chat_export import ChatExport, parse_chat
from desktop.core.wechat_export import (
    looks_like_csv,
    looks_like_html,
    looks_like_wechat_text,
    parse_wechat_csv,
    parse_wechat_html,
    parse_wechat_text,
)


def parse_chat_file(text: str, filename: str = "") -> ChatExport:
    """The messages of an exported chat. Raises ChatFormatError (ChatColumnsError for a
    table with columns Keepsake does not know)."""
    suffix = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if suffix in ("html", "htm") or looks_like_html(text):
        return parse_wechat_html(text)
    if suffix == "csv" or looks_like_csv(text):
        return parse_wechat_csv(text)
    if looks_like_wechat_text(text):
        return parse_wechat_text(text)
    return parse_chat(text)
