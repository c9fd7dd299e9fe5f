"""Building a persona from real files, grounded replies, consent, and deletion."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage
from skimage import data

from desktop.core.chat_export import ChatFormat, parse_chat
from desktop.core.conversation import Conversation
from desktop.core.errors import ChatFormatError, ImportFileError, OperationCancelledError
from desktop.core.events import EngineEvent, TurnFinished
from desktop.core.grounding import Generate, ReplyMode, ReplySource, Verbatim
from desktop.core.jobs import CancelToken
from desktop.core.persona import (
    Agreement,
    ConsentRecord,
    MediaKind,
    PersonaDetails,
    SayingKind,
    SourceKind,
)
from desktop.services.grounding_planner import GroundedPlanner
from desktop.services.paths import AppPaths
from desktop.services.persona_builder import PersonaRequest, build_persona
from desktop.vault.keys import KEYRING_SERVICE, read_meta
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import write_wav
from desktop.voice.engine import ConversationEngine
from tests.support.keyrings import MemoryKeyring
from tests.support.paths import DATA
from tests.support.sqlcipher_pages import decrypted_pages
from tests.support.voice import shared_adapters, silence, speech

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
CONSENT = ConsentRecord("Lily", "daughter", Agreement.YES, recorded_at=NOW)


# --- chat exports (pure) ---------------------------------------------------------------------


def test_whatsapp_android_export() -> None:
    chat = parse_chat((DATA / "whatsapp_android.txt").read_text(encoding="utf-8"))
    assert chat.format is ChatFormat.WHATSAPP_ANDROID
    assert chat.senders == ["Mum", "Lily"]
    texts = [m.text for m in chat.messages if m.sender == "Mum"]
    assert "Eat something warm before bed.\nWear your scarf tomorrow, it will be cold." in texts
    reasons = {s.reason for s in chat.skipped}
    assert "a photo, video or file, not words" in reasons
    assert "a notice from WhatsApp, not a message" in reasons


def test_whatsapp_ios_export_with_crlf_and_invisible_marks() -> None:
    chat = parse_chat((DATA / "whatsapp_ios.txt").read_text(encoding="utf-8"))
    assert chat.format is ChatFormat.WHATSAPP_IOS
    assert [m.text for m in chat.messages if m.sender == "Mum"] == [
        "Have you eaten yet?",
        "Remember to call your brother.\nHe misses you.",
    ]
    assert len(chat.skipped) == 1


def test_plain_chat_and_malformed_files() -> None:
    chat = parse_chat((DATA / "plain_chat.txt").read_text(encoding="utf-8"))
    assert chat.format is ChatFormat.PLAIN and chat.senders == ["Mum", "Me"]
    for bad in ((DATA / "not_a_chat.txt").read_text(encoding="utf-8"), "", "\x00\x01binary"):
        with pytest.raises(ChatFormatError):
            parse_chat(bad)


# --- building a persona ----------------------------------------------------------------------


@pytest.fixture
def store(home: AppPaths, keyring_backend: MemoryKeyring) -> Iterator[PersonaStore]:
    vault = open_vault(home, keyring_backend)
    yield PersonaStore(vault)
    vault.close()


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "mum.jpg"
    PILImage.fromarray(data.astronaut()).save(path, format="JPEG", quality=90)
    return path


def _clips(tmp_path: Path) -> tuple[Path, Path]:
    """Two recordings of her voice: a WAV and an M4A (AAC), made with Piper."""
    wav = tmp_path / "kitchen.wav"
    write_wav(
        wav, np.concatenate([silence(0.3), speech("Have you eaten yet?"), silence(0.4)]), 16000
    )
    m4a = tmp_path / "birthday.m4a"
    audio = np.concatenate(
        [silence(0.3), speech("Wear your scarf, it is cold outside."), silence(0.4)]
    )
    import av

    with av.open(str(m4a), "w", format="mp4") as out:
        stream = out.add_stream("aac", rate=16000)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(
            audio[None, :].astype(np.float32), format="flt", layout="mono"
        )
        frame.sample_rate = 16000
        for packet in [*stream.encode(frame), *stream.encode()]:
            out.mux(packet)
    return wav, m4a


def _request(tmp_path: Path, **changes: object) -> PersonaRequest:
    wav, m4a = _clips(tmp_path)
    base = PersonaRequest(
        details=PersonaDetails(name="Margaret Lin", called="Mum", relationship="mother"),
        supplied_by="Lily",
        photos=(_photo(tmp_path),),
        clips=(wav, m4a),
        chat=DATA / "whatsapp_android.txt",
        chat_sender="Mum",
        memories=("She sang while cooking.",),
        consent=CONSENT,
        confirm_clip_sayings=True,
    )
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_persona_from_a_photo_two_clips_and_a_whatsapp_export(
    store: PersonaStore, tmp_path: Path
) -> None:
    adapters = shared_adapters()
    persona_id, report = build_persona(
        store, _request(tmp_path), adapters.stt, NOW, tts=adapters.tts
    )
    assert report.photos == 1 and report.clips == 2 and report.memories == 1
    persona = store.get(persona_id)
    d = persona.details  # the synthetic voice was fitted to the two recordings
    assert (d.voice_length_scale, d.voice_pitch_semitones) != (1.0, 0.0)
    assert adapters.tts.pitch_semitones == 0.0  # the shared voice itself is left as it was
    assert (
        persona.portrait_media_id is not None and persona.rig_json and '"face"' in persona.rig_json
    )
    assert store.consent(persona_id) == CONSENT
    clip_sayings = [s for s in store.sayings(persona_id) if s.source is SourceKind.CLIP]
    assert {s.clip_id is not None for s in clip_sayings} == {True}
    texts = " ".join(s.text.lower() for s in clip_sayings)
    assert "eaten" in texts and "scarf" in texts
    for s in clip_sayings:
        assert s.clip_start_s is not None and s.clip_end_s is not None
        assert 0 <= s.clip_start_s < s.clip_end_s <= 3.5
    chat = [s for s in store.sayings(persona_id, SayingKind.SAYING) if s.source is SourceKind.CHAT]
    # "ok" is too short, the photo placeholder is not words, and "Have you eaten yet?" is
    # already there from the kitchen recording (which keeps her real voice).
    assert len(chat) == 2
    assert any(s.reason == "already added from another source" for s in report.skipped)
    style = store.sayings(persona_id, SayingKind.STYLE_EXAMPLE)
    assert style and style[0].context == "Not yet, just got home"
    assert any(s.reason == "too short to be a saying" for s in report.skipped)
    assert len(store.media(persona_id, MediaKind.CLIP)) == 2


@pytest.mark.slow
@pytest.mark.parametrize("broken", ["clip", "photo", "chat"])
def test_a_broken_file_adds_nothing(store: PersonaStore, tmp_path: Path, broken: str) -> None:
    bad = (
        tmp_path / f"broken.{'wav' if broken == 'clip' else 'jpg' if broken == 'photo' else 'txt'}"
    )
    bad.write_bytes(b"RIFF\x00\x00garbage" if broken == "clip" else b"\xff\xd8broken")
    if broken == "chat":
        bad.write_text("nothing here looks like a chat\n", encoding="utf-8")
    field = {"clip": "clips", "photo": "photos", "chat": "chat"}[broken]
    value: object = bad if broken == "chat" else (bad,)
    with pytest.raises(ImportFileError) as error:
        build_persona(store, _request(tmp_path, **{field: value}), shared_adapters().stt, NOW)
    assert error.value.path == bad
    assert store.list_summaries() == []


def test_cancelling_an_import_adds_nothing(store: PersonaStore, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    request = PersonaRequest(PersonaDetails(name="Dad"), photos=(_photo(tmp_path),))
    with pytest.raises(OperationCancelledError):
        build_persona(store, request, None, NOW, cancel=token)
    assert store.list_summaries() == []


# --- grounded replies ------------------------------------------------------------------------


def _persona_with_words(store: PersonaStore, tmp_path: Path, with_clip: bool = False) -> int:
    request = PersonaRequest(
        PersonaDetails(name="Margaret Lin", called="Mum"),
        chat=DATA / "whatsapp_android.txt",
        chat_sender="Mum",
        clips=(_clips(tmp_path)[0],) if with_clip else (),
        consent=CONSENT,
        confirm_clip_sayings=True,
    )
    stt = shared_adapters().stt if with_clip else None
    return build_persona(store, request, stt, NOW)[0]


def test_a_saying_that_fits_is_said_verbatim_otherwise_the_llm_gets_their_words(
    store: PersonaStore, tmp_path: Path
) -> None:
    persona = store.get(_persona_with_words(store, tmp_path))
    planner = GroundedPlanner(store, persona, ReplyMode.GROUNDED, 22050)
    plan = planner.plan("I haven't eaten yet today, Mum.")
    assert isinstance(plan, Verbatim) and plan.text == "Have you eaten yet?" and plan.clip is None
    plan = planner.plan("It is so cold tonight, should I wear a scarf?")
    assert isinstance(plan, Generate)
    assert "Wear your scarf" in plan.prompt and plan.prompt.endswith("should I wear a scarf?")


@pytest.mark.slow
def test_a_fitting_saying_from_a_clip_uses_the_real_recording(
    store: PersonaStore, tmp_path: Path
) -> None:
    persona = store.get(_persona_with_words(store, tmp_path, with_clip=True))
    plan = GroundedPlanner(store, persona, ReplyMode.SAYINGS_ONLY, 22050).plan(
        "Have you eaten yet?"
    )
    assert isinstance(plan, Verbatim) and plan.clip is not None
    audio = np.frombuffer(plan.clip.samples, dtype=np.float32)
    assert 0.8 < len(audio) / 22050 < 3.0 and np.abs(audio).max() > 0.1


@pytest.mark.slow
def test_sayings_only_mode_works_without_any_language_model(
    store: PersonaStore, tmp_path: Path
) -> None:
    persona = store.get(_persona_with_words(store, tmp_path))
    done = threading.Event()
    events: list[EngineEvent] = []

    def on_event(event: EngineEvent) -> None:
        events.append(event)
        if isinstance(event, TurnFinished):
            done.set()

    planner = GroundedPlanner(store, persona, ReplyMode.SAYINGS_ONLY, 22050)
    engine = ConversationEngine(None, None, None, Conversation("unused"), on_event, planner=planner)
    engine.start()
    try:
        engine.submit_text("I feel lost today.")
        assert done.wait(30)
    finally:
        engine.stop()
    finished = next(e for e in events if isinstance(e, TurnFinished))
    assert finished.reply_source is ReplySource.SAID_IN_LIFE
    assert finished.reply_text in {s.text for s in store.sayings(persona.id, SayingKind.SAYING)}


# --- deleting ----------------------------------------------------------------------------------


def test_deleting_a_persona_leaves_none_of_its_text_in_the_file(
    home: AppPaths, keyring_backend: MemoryKeyring, tmp_path: Path
) -> None:
    vault = open_vault(home, keyring_backend)
    store = PersonaStore(vault)
    keep = store.create(PersonaDetails(name="Grandad"), NOW)
    store.add_typed(keep.id, SayingKind.SAYING, "Keep your chin up, little one.", "Lily", NOW)
    gone = store.create(PersonaDetails(name="Auntie Rosalind"), NOW)
    for i in range(40):
        store.add_typed(
            gone.id, SayingKind.MEMORY, f"Zanzibar lighthouse picnic number {i}", "Lily", NOW
        )
    assert store.what_deleting_loses(gone.id)["words"] == 40
    store.delete(gone.id)
    assert [p.name for p in store.list_summaries()] == ["Grandad"]
    assert store.search(keep.id, "chin up")
    vault.close()
    meta = read_meta(home.vault_meta_file)
    assert meta is not None
    key = bytes.fromhex(keyring_backend.secrets[(KEYRING_SERVICE, meta.keyring_username)])
    pages = b"".join(decrypted_pages(home.vault_file, key))
    assert b"Keep your chin up" in pages  # the check can see text that is there
    for token in (b"Zanzibar", b"lighthouse", b"Rosalind", b"Zan", b"lig"):
        assert token not in pages, token


# --- commands ----------------------------------------------------------------------------------


def _keepsake(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
