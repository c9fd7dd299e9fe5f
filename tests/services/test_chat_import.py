"""WeChat and a zipped WhatsApp in the persona import: a SILK voice message and a WeChat text
export become clips and sayings; the voice notes of a zip become clips; bad files of every
kind add nothing, with their reason."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.errors import ImportFileError
from desktop.core.persona import MediaKind, PersonaDetails, SayingKind, SourceKind
from desktop.services.chat_import import read_chat
from desktop.services.paths import AppPaths
from desktop.services.persona_builder import PersonaRequest, build_persona
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from desktop.voice.audio_file import decode_audio_file
from tests.support.keyrings import MemoryKeyring
from tests.support.media_makers import make_amr, make_opus, make_silk, tone

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
WECHAT_TEXT = "\n\n".join(
    [
        "2023-11-14 22:13:20 妈妈\n吃饭了吗？",
        "2023-11-14 22:13:41 小丽\n吃了，妈你放心",
        "2023-11-14 22:14:02 妈妈\n[语音]",
        "2023-11-14 22:15:10 妈妈\n天冷了，多穿点衣服。",
    ]
)
SPOKEN = "Put on a warm coat, it is cold outside."


@pytest.fixture
def store(home: AppPaths, keyring_backend: MemoryKeyring) -> Iterator[PersonaStore]:
    vault = open_vault(home, keyring_backend)
    yield PersonaStore(vault)
    vault.close()


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.slow
def test_a_wechat_voice_message_and_text_export_become_clips_and_sayings(
    store: PersonaStore, tmp_path: Path
) -> None:
    from tests.support.voice import shared_adapters, silence, speech

    voice = _write(tmp_path / "msg_1.silk", make_silk(speech(SPOKEN)))
    chat = _write(tmp_path / "妈妈.txt", WECHAT_TEXT)
    assert read_chat(chat).senders == ["妈妈", "小丽"]
    request = PersonaRequest(
        PersonaDetails(name="Wang Li", called="妈妈"), clips=(voice,), chat=chat, chat_sender="妈妈"
    )
    persona_id, report = build_persona(store, request, shared_adapters().stt, NOW)
    assert report.clips == 1 and silence(0.0).size == 0
    [clip] = store.media(persona_id, MediaKind.CLIP)
    assert clip.filename == "msg_1.flac"  # kept as FLAC, which every reader of clips reads
    assert len(decode_audio_file(store.media_data(clip.id), 16_000)) > 16_000
    spoken = [s for s in store.sayings(persona_id) if s.source is SourceKind.CLIP]
    heard = " ".join(s.text.lower() for s in spoken)
    assert "warm coat" in heard and spoken[0].clip_id == clip.id
    texts = {s.text for s in store.sayings(persona_id, SayingKind.SAYING)}
    assert {"吃饭了吗？", "天冷了，多穿点衣服。"} <= texts


@pytest.mark.slow
def test_a_zipped_whatsapp_export_gives_their_voice_notes_as_clips(
    store: PersonaStore, tmp_path: Path
) -> None:
    from tests.support.voice import shared_adapters, speech

    chat = (
        "12/31/20, 9:15 PM - Mum: Have you eaten yet, love?\n"
        "12/31/20, 9:16 PM - Mum: PTT-20201231-WA0001.opus (file attached)\n"
        "12/31/20, 9:16 PM - Lily: Yes Mum\n"
        "12/31/20, 9:17 PM - Mum: PTT-20201231-WA0002.opus (file attached)\n"
    )
    path = tmp_path / "WhatsApp Chat with Mum.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("WhatsApp Chat with Mum.txt", chat)
        archive.writestr("PTT-20201231-WA0001.opus", make_opus(speech(SPOKEN)))
        archive.writestr("PTT-20201231-WA0002.opus", b"OggS but nothing after")
    request = PersonaRequest(PersonaDetails(name="Mum"), chat=path, chat_sender="Mum")
    persona_id, report = build_persona(store, request, shared_adapters().stt, NOW)
    assert report.clips == 1  # the damaged voice note is skipped, with its reason
    assert any(s.what == "PTT-20201231-WA0002.opus" for s in report.skipped)
    words = store.sayings(persona_id)
    assert any(s.source is SourceKind.CLIP and "coat" in s.text.lower() for s in words)
    assert any(s.text == "Have you eaten yet, love?" for s in words)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("cut.silk", make_silk(tone(1.0))[:-7], "cut short"),
        ("wrong.amr", b"RIFF" + make_amr(tone(1.0))[6:], "AMR"),
        ("garbled.silk", b"#!SILK_V3" + b"\xff\x7f" + b"\x00" * 40, "recording"),
    ],
)
def test_a_broken_voice_message_adds_nothing(
    store: PersonaStore, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    kept = store.create(PersonaDetails(name="Already here"), NOW)
    bad = _write(tmp_path / name, content)
    request = PersonaRequest(PersonaDetails(name="Mum"), clips=(bad,), sayings=("Hello love",))

    class NoSpeech:
        def segments(self, _audio: object) -> list[tuple[float, float, str]]:
            raise AssertionError("a broken file is never transcribed")

    with pytest.raises(ImportFileError) as error:
        build_persona(store, request, NoSpeech(), NOW)  # type: ignore[arg-type]
    assert error.value.path == bad and reason in error.value.reason
    assert [s.id for s in store.list_summaries()] == [kept.id]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("export.csv", "date,from,message\n2024-01-01,Mum,hello\n", "columns"),
        ("page.html", "<html><body>nothing of a chat</body></html>", "messages"),
        ("chat.zip", b"PK\x03\x04 a zip cut short", "zip"),
        ("empty.txt", "", "messages"),
    ],
)
def test_a_malformed_export_is_refused_with_its_reason_and_adds_nothing(
    store: PersonaStore, tmp_path: Path, name: str, content: bytes | str, reason: str
) -> None:
    bad = _write(tmp_path / name, content)
    with pytest.raises(ImportFileError) as error:
        read_chat(bad)
    assert reason in error.value.reason
    request = PersonaRequest(PersonaDetails(name="Mum"), chat=bad, chat_sender="Mum")
    with pytest.raises(ImportFileError):
        build_persona(store, request, None, NOW)
    assert store.list_summaries() == []
