"""The family's screens with real widgets and a real vault: recording one's own portrait with
the file-backed microphone, sharing a portrait, adding a shared one, sealed messages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.interview import AnswerState
from desktop.core.persona import SourceKind
from desktop.ui.family.recording_dialog import RecordForFamilyDialog, RecordingTools
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.interviews import InterviewStore
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import Samples
from desktop.voice.file_devices import FileInput
from tests.support.media_makers import tone

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
SCREENSHOTS = Path(__file__).parent.parent / "docs" / "screenshots"


class Transcriber:
    def __init__(self) -> None:
        self.said: list[list[tuple[float, float, str]]] = [
            [(0.1, 1.2, "We met at a dance."), (1.3, 2.4, "He stepped on my feet.")],
            [(0.0, 1.0, "At the town hall dance.")],
        ]

    def segments(self, audio: Samples) -> list[tuple[float, float, str]]:
        return self.said.pop(0)


class Microphones:
    """A file-backed microphone per take, playing `seconds` of sound, then finishing."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.made: list[FileInput] = []

    def __call__(self) -> FileInput:
        mic = FileInput(tone(self.seconds), realtime=False, stop_after_s=self.seconds)
        self.made.append(mic)
        return mic


def _tools(mics: Microphones) -> RecordingTools:
    return RecordingTools(
        tasks=BackgroundTasks(immediate=True),
        microphone=mics,
        transcriber_for=lambda _language: Transcriber(),
        invites=lambda _text: False,
        clock=lambda: NOW,
    )


def test_recording_for_the_family_with_the_microphone(
    qtbot: QtBot, stores: tuple[PersonaStore, InterviewStore], tmp_path: Path
) -> None:
    personas, interviews = stores
    mics = Microphones(2.5)
    dialog = RecordForFamilyDialog(personas, interviews, _tools(mics))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.begin()
    assert dialog.panel is None and "name" in dialog.setup.error.text()
    dialog.setup.name.setText("Margaret Lin")
    dialog.setup.called.setText("Mum")
    dialog.setup.for_whom.setText("Lily and Tom")
    for topic, box in dialog.setup.topic_boxes.items():
        box.setChecked(topic in ("met", "later"))
    dialog.begin()
    panel = dialog.panel
    assert panel is not None and dialog.persona_id is not None
    consent = personas.consent(dialog.persona_id)
    assert consent is not None and consent.self_recorded and consent.for_whom == "Lily and Tom"
    assert panel.session.current.id == "met.first" and not panel.seal.isVisibleTo(panel)
    panel.record_button.click()
    assert panel.recorder is not None and panel.stop_button.isEnabled()
    assert mics.made[-1].finished.wait(10)
    panel._show_level()
    assert panel.clock_label.text() == "0:02"
    panel.pause_button.click()
    assert panel.recorder.paused and panel.pause_button.text() == "Resume"
    panel.pause_button.click()
    panel.stop_button.click()
    answer = panel.session.answer()
    assert answer.state is AnswerState.RECORDED and "dance" in panel.kept.text()
    words = personas.sayings(dialog.persona_id)
    assert [(w.text, w.source) for w in words] == [
        ("We met at a dance.", SourceKind.CLIP),
        ("He stepped on my feet.", SourceKind.CLIP),
    ]
    # record again: the new take replaces the old one
    panel.record_button.click()
    assert mics.made[-1].finished.wait(10)
    panel.stop_button.click()
    assert [w.text for w in personas.sayings(dialog.persona_id)] == ["At the town hall dance."]
    assert len(personas.media(dialog.persona_id)) == 1
    panel.next_button.click()
    panel.skip_button.click()
    assert panel.session.answer("met.knew").state is AnswerState.SKIPPED
    panel.write_button.click()
    panel.writing.setPlainText("It rained, and nobody minded.")
    panel.keep_writing.click()
    assert panel.session.answer("met.wedding").state is AnswerState.TYPED
    panel.next_button.click()
    assert panel.session.current.id == "later.wedding" and panel.seal.isVisibleTo(panel)
    panel.seal.setChecked(True)
    panel.write_button.click()
    panel.writing.setPlainText("On your wedding day, laugh together.")
    panel.keep_writing.click()
    sealed = interviews.answers(dialog.persona_id, sealed=True)
    assert [a.question_id for a in sealed] == ["later.wedding"]
    assert personas.search(dialog.persona_id, "wedding laugh") == []
    panel.seal.setChecked(False)  # changed their mind: the words join the portrait's
    assert interviews.answers(dialog.persona_id, sealed=True) == []
    assert personas.search(dialog.persona_id, "wedding laugh")
    panel.seal.setChecked(True)
    dialog.resize(700, 600)
    dialog.grab().save(str(tmp_path / "record.png"))
    dialog.accept()
    # a later sitting goes on with the earlier answers
    again = RecordForFamilyDialog(personas, interviews, _tools(mics), dialog.persona_id)
    qtbot.addWidget(again)
    assert again.panel is not None
    assert again.panel.session.answer("met.first").state is AnswerState.RECORDED
    assert again.panel.session.answer("later.wedding").sealed
    assert again.panel.session.current.id == "childhood.home"


def test_without_a_microphone_writing_still_works(
    qtbot: QtBot, stores: tuple[PersonaStore, InterviewStore]
) -> None:
    from desktop.core.errors import AudioUnavailableError

    personas, interviews = stores

    class NoMicrophone:
        realtime = True

        def start(self, _callback: object) -> None:
            raise AudioUnavailableError("no input device")

        def stop(self) -> None: ...

    tools = _tools(Microphones(1.0))
    tools = RecordingTools(
        tools.tasks, NoMicrophone, tools.transcriber_for, tools.invites, tools.clock
    )
    dialog = RecordForFamilyDialog(personas, interviews, tools)
    qtbot.addWidget(dialog)
    dialog.setup.name.setText("Wang Li")
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.record_button.click()
    assert dialog.panel.recorder is None and "Sound isn't available" in dialog.panel.kept.text()
    dialog.panel.write_button.click()
    dialog.panel.writing.setPlainText("I grew up by the river.")
    dialog.panel.keep_writing.click()
    assert dialog.panel.session.answer().state is AnswerState.TYPED
    assert len(interviews.answers(dialog.persona_id or 0)) == 1


def _margaret(personas: PersonaStore, interviews: InterviewStore) -> int:
    from desktop.core.interview_questions import load_question_set
    from desktop.core.persona import (
        Agreement,
        ConsentRecord,
        FamilyConsent,
        PersonaDetails,
        SayingKind,
    )
    from desktop.vault.interviews import AnswerClip, NewAnswer
    from desktop.voice.voice_message import encode_flac

    mum = personas.create(PersonaDetails(name="Margaret Lin", called="Mum"), NOW)
    personas.add_typed(mum.id, SayingKind.SAYING, "Have you eaten yet?", "Lily", NOW)
    personas.set_consent(
        mum.id,
        ConsentRecord(
            "Lily",
            "daughter",
            Agreement.YES,
            (FamilyConsent("Aunt May", "sister", "It doesn't feel right", Agreement.NO),),
            NOW,
        ),
    )
    wedding = load_question_set("en").question("later.wedding")
    assert wedding is not None
    clip = AnswerClip("w.flac", encode_flac((tone(1.0) * 32767).astype("<i2"), 16_000), 1.0)
    interviews.save(
        mum.id, NewAnswer(wedding, "en", "Laugh together.", clip=clip, sealed=True), "Mum", NOW
    )
    return mum.id


def test_sharing_asks_about_an_objection_and_adding_shows_the_consent_first(
    qtbot: QtBot, stores: tuple[PersonaStore, InterviewStore], tmp_path: Path
) -> None:
    from desktop.ui.family.adding import AddSharedDialog
    from desktop.ui.family.sharing import ShareDialog

    personas, interviews = stores
    mum = _margaret(personas, interviews)
    tasks = BackgroundTasks(immediate=True)
    share = ShareDialog(personas, interviews, mum, tasks, lambda: NOW)
    qtbot.addWidget(share)
    share.show()
    assert share.objections.isVisible() and "Aunt May (sister) objected" in share.objections.text()
    share.out = tmp_path / "Mum.keepsake-share"
    share.first.setText("our family words")
    share.second.setText("our family words")
    share.share_button.click()
    assert "objected" in share.status.text() and not share.out.exists()
    share.acknowledge.setChecked(True)
    share.second.setText("other words")
    share.share_button.click()
    assert "not the same" in share.status.text() and not share.out.exists()
    share.second.setText("our family words")
    share.message.setText("For Tom, with love")
    share.share_button.click()
    assert share.out.exists() and "Shared: Mum.keepsake-share" in share.status.text()
    share.grab().save(str(tmp_path / "share.png"))
    adding = AddSharedDialog(personas, interviews, tasks, lambda: NOW)
    qtbot.addWidget(adding)
    adding.show()
    adding.set_file(share.out)
    adding.passphrase.setText("not the words")
    adding.open_button.click()
    assert "doesn't open this shared portrait" in adding.status.text()
    assert not adding.add_button.isEnabled()
    adding.passphrase.setText("our family words")
    adding.open_button.click()
    text = adding.preview.text()
    assert "shared by Lily" in text and "Made by Lily, their daughter." in text
    assert "Aunt May (sister) objected." in text and "For Tom, with love" in text
    assert "sealed" in text
    adding.grab().save(str(tmp_path / "add.png"))
    before = len(personas.list_summaries())
    adding.add_button.click()
    assert adding.persona_id is not None and len(personas.list_summaries()) == before + 1


def test_a_sealed_message_opens_only_after_a_confirmation(
    qtbot: QtBot,
    stores: tuple[PersonaStore, InterviewStore],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from desktop.ui.family import sealed as sealed_module
    from desktop.ui.family.sealed import SealedMessagesDialog

    personas, interviews = stores
    mum = _margaret(personas, interviews)
    played: list[bytes] = []
    dialog = SealedMessagesDialog(
        personas,
        interviews,
        mum,
        BackgroundTasks(immediate=True),
        lambda: NOW,
        played.append,
        "Lily",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and "sealed" in dialog.list.item(0).text()
    assert dialog.open_button.isEnabled() and not dialog.listen_button.isEnabled()
    dialog.grab().save(str(tmp_path / "sealed.png"))
    monkeypatch.setattr(sealed_module, "confirm", lambda *_args: False)
    dialog.open_button.click()
    assert interviews.answers(mum, sealed=True) and personas.search(mum, "laugh together") == []
    monkeypatch.setattr(sealed_module, "confirm", lambda *_args: True)
    dialog.open_button.click()
    assert interviews.answers(mum, sealed=True) == []
    assert "opened on" in dialog.list.item(0).text() and "Laugh together." in dialog.text.text()
    dialog.listen_button.click()
    assert played and played[0].startswith(b"fLaC")
