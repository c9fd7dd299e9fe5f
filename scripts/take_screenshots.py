#!/usr/bin/env python3
"""Screenshots of the real window for review, in English and Chinese (issue 17).

    .venv/bin/python scripts/take_screenshots.py en|zh_CN [out folder]

Runs the app's own window (as the composition root builds it) on a fresh private home, fills
it with a portrait and a conversation, and grabs the screens the issue names. Works on the
offscreen platform or under Xvfb (DISPLAY set).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"


def main(language: str, out: Path) -> None:
    home_dir = Path(tempfile.mkdtemp(prefix="keepsake-shots-"))
    os.environ["KEEPSAKE_HOME"] = str(home_dir)
    from PIL import Image as PILImage
    from PySide6.QtWidgets import QDialog, QMessageBox
    from skimage import data

    from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
    from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
    from desktop.services.paths import resolve_paths
    from desktop.services.persona_builder import PersonaRequest, build_persona
    from tests.support.keyrings import MemoryKeyring
    from tests.support.windows import build_window, screenshot_app

    app, prefix = screenshot_app(language, out)
    zh = bool(prefix)
    home = resolve_paths()
    window = build_window(home, MemoryKeyring())
    window.resize(1100, 720)
    window.show()
    window.start()
    store = window.session.personas()
    journal = window.session.journal()
    clock = window.services.clock
    now = clock.now()
    photo = home_dir / "mum.png"
    PILImage.fromarray(data.astronaut()).save(photo)
    name = "妈妈" if zh else "Mum"
    mum, _ = build_persona(
        store,
        PersonaRequest(PersonaDetails(name="Margaret Lin", called=name), photos=(photo,)),
        None,
        now,
    )
    store.set_consent(mum, ConsentRecord("Lily", "女儿" if zh else "daughter", Agreement.YES))
    lines = (
        (Speaker.PERSON, "我好想你。" if zh else "I miss you so much.", TurnLabel.TYPED),
        (Speaker.PORTRAIT, "吃饭了没有？" if zh else "Have you eaten yet?", TurnLabel.SAID_IN_LIFE),
        (
            Speaker.KEEPSAKE,
            "肖像已停止。\n北京心理危机研究与干预中心：010-82951332"
            if zh
            else "The portrait has stopped.\nSamaritans: 116 123",
            TurnLabel.PAUSE_IMMINENT,
        ),
        (
            Speaker.PERSON,
            "我现在安全了，继续" if zh else "I'm safe now, go on",
            TurnLabel.PAUSE_ANSWER,
        ),
        (Speaker.PORTRAIT, "我们去海边走走吧。" if zh else "Let's walk by the sea.", TurnLabel.AI),
    )
    session = journal.start_session(mum, name, Channel.WINDOW, now, mood_before=2)
    for speaker, text, label in lines:
        journal.add_turn(session, JournalTurn(now, speaker, text, label))
    journal.end_session(
        session,
        now + timedelta(minutes=6),
        mood_after=4,
        mood_words="轻松一些" if zh else "lighter",
        note="很高兴告诉她花园的事。" if zh else "Glad I told her about the garden.",
    )
    window.refresh_wall()

    def shot(widget: object, file: str) -> None:
        app.processEvents()
        widget.grab().save(str(out / f"{prefix}{file}.png"))  # type: ignore[attr-defined]

    shot(window, "wall")
    window.journal.open_journal()
    view = window.journal_view
    shot(window, "journal-nothing-chosen")
    view.items.setCurrentRow(0)
    shot(window, "journal-record")
    view.search.setText("海边" if zh else "sea")
    view.items.setCurrentRow(0)
    shot(window, "journal-search-hit")
    window.open_persona(mum)
    shot(window, "persona-page")
    editor = window.personas.make_persona_editor()
    editor.resize(760, 560)
    editor.show()
    editor.born.setText("1948")
    from PySide6.QtCore import QDate

    editor.died.set_date(QDate(2024, 3, 12))
    shot(editor, "editor-create-disabled")
    editor.steps.setCurrentRow(4)
    shot(editor, "editor-last-step")
    editor.close()
    _editor_with_files(window, home_dir, shot, zh)
    from desktop.ui.kit.guide import GuideDialog

    guide = GuideDialog()
    guide.show()
    shot(guide, "help-guide")
    guide.close()
    from desktop.ui.care.farewell import FarewellDialog
    from desktop.ui.care.farewell_closing import FarewellClosing

    farewell = FarewellDialog(name)
    farewell.letter_choice.setChecked(True)
    farewell.show()
    shot(farewell, "farewell-waiting-for-letter")
    farewell.close()
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap(str(photo))
    closing = FarewellClosing(
        name,
        "亲爱的妈妈，谢谢你所做的一切。" if zh else "Dear Mum, thank you for everything.",
        pixmap,
    )
    closing.show()
    shot(closing, "farewell-closing")
    closing.close()
    from desktop.ui.care.actions import system_timezone
    from desktop.ui.care.therapist_panel import TherapistDialog

    panel = TherapistDialog(window.care.therapist(), journal, system_timezone(), lambda h, p: None)
    panel.show()
    shot(panel, "therapist-panel")
    panel.close()
    from desktop.ui.call.mood import MoodDialog
    from desktop.ui.settings.audio_check import AudioCheckDialog

    MoodDialog.exec = lambda self: QDialog.DialogCode.Rejected  # type: ignore[method-assign]
    AudioCheckDialog.exec = lambda self: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[assignment]
    from desktop.care.policy import UsagePolicy

    window.care.therapist().set_policy(UsagePolicy(max_session_minutes=30))
    window.open_call(mum)
    if window.call is not None:
        window.call._tick()
        shot(window, "call-time-left")
        window.call.end_call()
    window.close()


def _editor_with_files(window: Any, folder: Path, shot: Any, zh: bool) -> None:
    """The editor's photos as thumbnails with their face lines, the recordings with Play and
    their length (on a file-backed speaker; then as this machine is: without one), and a drop
    with a file Keepsake cannot use (issue 17)."""
    from PIL import Image as PILImage
    from skimage import data

    from desktop.ui.persona.clip_list import Playback
    from desktop.voice.audio import write_wav
    from desktop.voice.file_devices import FileOutput
    from tests.support.media_makers import tone

    mum, cup = folder / ("妈妈.jpg" if zh else "mum-garden.jpg"), folder / "kitchen.jpg"
    PILImage.fromarray(data.astronaut()).save(mum)
    PILImage.fromarray(data.coffee()).save(cup)
    hopper = ROOT / "desktop" / "data" / "grace_hopper.jpg"
    hello, song = folder / "voicemail-2019.wav", folder / ("唱歌.wav" if zh else "singing.wav")
    write_wav(hello, tone(7.0, 220.0), 16_000)
    write_wav(song, tone(83.0, 180.0), 16_000)
    letter = folder / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4")
    kept = window.personas.playback
    window.personas.playback = Playback(FileOutput, lambda: "")
    editor = window.personas.make_persona_editor()
    editor.resize(760, 560)
    editor.show()
    editor.add_files([mum, hopper, cup, letter])
    editor.photos.list.setCurrentRow(0)
    shot(editor, "editor-photos")
    editor.add_files([hello, song])
    shot(editor, "editor-voice")
    editor.close()
    window.personas.playback = kept  # as this machine is: no sound card
    editor = window.personas.make_persona_editor()
    editor.resize(760, 560)
    editor.show()
    editor.add_files([hello, song])
    shot(editor, "editor-voice-no-speaker")
    editor.add_files([_whatsapp_zip(folder, zh)])
    shot(editor, "editor-words-zip-dropped")
    editor.close()


def _whatsapp_zip(folder: Path, zh: bool) -> Path:
    """A WhatsApp chat as an Android phone shares it: the chat's text and a voice note."""
    import zipfile

    from tests.support.media_makers import make_opus, tone

    mum = "妈妈" if zh else "Mum"
    said = "吃饭了没有？" if zh else "Have you eaten yet, love?"
    chat = (
        f"12/31/20, 9:15 PM - {mum}: {said}\n"
        f"12/31/20, 9:16 PM - {mum}: PTT-20201231-WA0001.opus (file attached)\n"
        f"12/31/20, 9:16 PM - Lily: {'吃了' if zh else 'Yes Mum'}\n"
    )
    path = folder / f"WhatsApp Chat with {mum}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"WhatsApp Chat with {mum}.txt", chat)
        archive.writestr("PTT-20201231-WA0001.opus", make_opus(tone(2.0, 200.0)))
    return path


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "en",
        Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "docs" / "screenshots"),
    )
