"""WeChat chat histories as WeChatMsg and MemoTrace export them: text, CSV and HTML."""

from __future__ import annotations

import csv
import io
import json

import pytest

from desktop.core.chat_export import ChatFormat
from desktop.core.chat_files import parse_chat_file
from desktop.core.errors import ChatColumnsError, ChatFormatError
from desktop.core.persona import SayingKind
from desktop.services.persona_builder import chat_words

# WeChatMsg / MemoTrace's text export: f"{str_time} {display_name}\n{content}" joined by "\n\n"
TEXT = "\n\n".join(
    [
        "2023-11-14 22:13:20 妈妈\n吃饭了吗？",
        "2023-11-14 22:13:41 小丽\n吃了，妈你放心",
        "2023-11-14 22:14:02 妈妈\n[语音]",
        "2023-11-14 22:15:10 妈妈\n天冷了，多穿点衣服。\n别感冒了。",
        "2023-11-14 22:16:00 你撤回了一条消息",
        "2023-11-14 22:17:30 妈妈\n好的\n引用:小丽:我明天回家",
        "2023-11-14 22:18:00 妈妈\n【图片】",
        "2023-11-14 22:19:00 妈妈\n【语音】明天见",
        '2023-11-14 22:20:00 妈妈\n"妈妈" 拍了拍我',
    ]
)


def test_a_text_export_gives_each_message_its_sender() -> None:
    export = parse_chat_file(TEXT, "妈妈.txt")
    assert export.format is ChatFormat.WECHAT_TEXT
    assert export.senders == ["妈妈", "小丽"]
    said = [m.text for m in export.messages if m.sender == "妈妈"]
    assert said == ["吃饭了吗？", "天冷了，多穿点衣服。\n别感冒了。", "好的"]
    assert export.messages[0].when == "2023-11-14 22:13:20"
    reasons = {s.reason for s in export.skipped}
    assert any("voice message" in r for r in reasons)
    assert any("not words" in r for r in reasons) and any("notice" in r for r in reasons)


def test_a_wechat_text_export_becomes_sayings_with_the_same_sender_picker() -> None:
    export = parse_chat_file(TEXT, "chat.txt")
    words, _skipped = chat_words(export, "妈妈")
    sayings = [w.text for w in words if w.kind is SayingKind.SAYING]
    assert "吃饭了吗？" in sayings and "天冷了，多穿点衣服。 别感冒了。" in sayings
    styles = [w for w in words if w.kind is SayingKind.STYLE_EXAMPLE]
    assert styles and styles[0].context == "吃了，妈你放心"


def _csv(header: list[str], rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()  # the tools write utf-8-sig


WECHATMSG_COLUMNS = [
    "localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status", "StrContent",
    "StrTime", "Remark", "NickName", "Sender",
]  # fmt: skip


def test_csv_exports_in_each_known_layout() -> None:
    old = _csv(
        WECHATMSG_COLUMNS,
        [
            [
                1,
                7,
                1,
                0,
                0,
                1700000000,
                2,
                "吃饭了吗，孩子",
                "2023-11-14 22:13:20",
                "妈妈",
                "Mama",
                "wxid_m",
            ],
            [2, 7, 1, 0, 1, 1700000001, 2, "吃了", "2023-11-14 22:13:21", "", "Lily", "wxid_l"],
            [
                3,
                7,
                34,
                0,
                0,
                1700000002,
                2,
                "<msg/>",
                "2023-11-14 22:13:22",
                "妈妈",
                "Mama",
                "wxid_m",
            ],
            [
                4,
                7,
                10000,
                0,
                0,
                1700000003,
                2,
                "你撤回了一条消息",
                "2023-11-14 22:13:23",
                "",
                "",
                "",
            ],
            [
                5,
                7,
                3,
                0,
                0,
                1700000004,
                2,
                "<img/>",
                "2023-11-14 22:13:24",
                "妈妈",
                "Mama",
                "wxid_m",
            ],
        ],
    )
    export = parse_chat_file(old, "妈妈_utf8.csv")
    assert export.format is ChatFormat.WECHAT_CSV
    assert [(m.sender, m.text) for m in export.messages] == [
        ("妈妈", "吃饭了吗，孩子"),
        ("Lily", "吃了"),
    ]
    assert len(export.skipped) == 3
    two_person = _csv(
        WECHATMSG_COLUMNS[:9], [[1, 7, 1, 0, 0, 1, 2, "早点睡", "2023-11-14 22:13:20"]]
    )
    assert parse_chat_file(two_person, "a.csv").messages[0].sender == "对方"
    memotrace = _csv(
        ["消息ID", "类型", "发送人", "时间", "内容", "备注", "昵称", "更多信息"],
        [
            ["88", "文本", "妈妈", "2024-02-10 08:00:00", "新年快乐！", "妈妈", "Mama", "more"],
            [
                "89",
                "引用消息",
                "妈妈",
                "2024-02-10 08:01:00",
                "好\n引用：小丽: 回家吃饭",
                "",
                "",
                "more",
            ],
            ["90", "语音", "妈妈", "2024-02-10 08:02:00", "【语音】", "", "", "more"],
            ["91", "图片", "妈妈", "2024-02-10 08:03:00", "【图片】", "", "", "more"],
        ],
    )
    export = parse_chat_file(memotrace, "妈妈.csv")
    assert [m.text for m in export.messages] == ["新年快乐！", "好"]


def test_a_table_with_other_columns_is_refused_with_its_columns_named() -> None:
    other = _csv(["date", "from", "message", "id"], [["2024-01-01", "Mum", "hello", "1"]])
    with pytest.raises(ChatColumnsError) as caught:
        parse_chat_file(other, "export.csv")
    assert caught.value.found == ("date", "from", "message", "id")
    assert "date, from, message, id" in caught.value.reason
    with pytest.raises(ChatFormatError):
        parse_chat_file(_csv(WECHATMSG_COLUMNS, []), "empty.csv")


def test_wechatmsg_html_page_with_javascript_literals() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>妈妈</title></head><body><script>\n"
        "const chatMessages = [\n"
        "{ type:1, text: '吃饭了吗？\\n记得吃&amp;喝',is_send:0,avatar_path:'a.png',"
        "timestamp:1700000000,is_chatroom:0,displayname:'妈妈'},"
        "{ type:34, text:'./voice/2023-11/123.mp3',is_send:0,avatar_path:'',voice_to_text:'',"
        "timestamp:1700000001,is_chatroom:0,displayname:'妈妈'},"
        "{ type:0, text: '你撤回了一条消息',is_send:0,avatar_path:'',timestamp:1700000002,"
        "is_chatroom:0,displayname:''},\n"
        "{ type:1, text: 'It\\'s me, Mum',is_send:1,avatar_path:'b.png',timestamp:1700000003,"
        "is_chatroom:0,displayname:'Lily'},\n"
        "{ type:49, text: '好的',is_send:0,sub_type:57,refer_text: 'Lily：回家',avatar_path:'',"
        "timestamp:1700000004,is_chatroom:0,displayname:'妈妈'},\n"
        "];\n</script></body></html>"
    )
    export = parse_chat_file(page, "妈妈.html")
    assert export.format is ChatFormat.WECHAT_HTML
    assert [(m.sender, m.text) for m in export.messages] == [
        ("妈妈", "吃饭了吗？\n记得吃&喝"),
        ("Lily", "It's me, Mum"),
        ("妈妈", "好的"),
    ]
    assert export.attached_by("妈妈") == ["./voice/2023-11/123.mp3"]


def test_memotrace_html_page_with_json() -> None:
    items = [
        {"type": "1", "is_send": False, "timestamp": 1700000000, "server_id": "1",
         "display_name": "妈妈", "avatar_src": "", "xml_dict": {}, "text": "天冷了&lt;多穿点&gt;"},
        {"type": "34", "is_send": False, "timestamp": 1700000001, "server_id": "2",
         "display_name": "妈妈", "avatar_src": "", "xml_dict": {},
         "path": "./voice/2023-11/20231114_221321_2_0.mp3", "voice_to_text": "", "duration": 3},
        {"type": "10000", "is_send": False, "timestamp": 1700000002, "display_name": "",
         "text": "以上是打招呼的内容"},
    ]  # fmt: skip
    page = (
        "<html><head></head><body><script>const chatMessages = "
        + json.dumps(items, ensure_ascii=False, indent=4)
        + ";\nconst timelineData = {};</script></body></html>"
    )
    export = parse_chat_file(page, "妈妈.html")
    assert [m.text for m in export.messages] == ["天冷了<多穿点>"]
    assert export.attached_by("妈妈") == ["./voice/2023-11/20231114_221321_2_0.mp3"]


@pytest.mark.parametrize(
    "page",
    [
        "<html><body>no messages here</body></html>",
        "<html><script>const chatMessages = [ {type:1, text: 'unterminated ];</script></html>",
        "<html><script>const chatMessages = [ 42, ];</script></html>",
        "<html><script>const chatMessages = [\n];</script></html>",
    ],
)
def test_broken_pages_are_refused_calmly(page: str) -> None:
    with pytest.raises(ChatFormatError):
        parse_chat_file(page, "page.html")


def test_whatsapp_exports_still_go_to_their_own_reader() -> None:
    android = "12/31/20, 9:15 PM - Mum: Have you eaten, love, or not, yet?\n"
    assert parse_chat_file(android, "WhatsApp Chat with Mum.txt").format is (
        ChatFormat.WHATSAPP_ANDROID
    )
