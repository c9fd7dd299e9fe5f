"""A portrait moves to a second vault through the share file, identical; the journal stays;
a damaged, truncated, tampered or wrongly-unlocked file adds nothing."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.errors import (
    PassphraseTooWeakError,
    ShareFileError,
    SharePassphraseError,
    ShareWriteError,
)
from desktop.core.interview import Span
from desktop.core.interview_questions import load_question_set
from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import (
    Agreement,
    ConsentRecord,
    FamilyConsent,
    MediaKind,
    PersonaDetails,
    SayingCaution,
    SayingKind,
    SourceKind,
)
from desktop.services.paths import resolve_paths
from desktop.vault.database import Vault
from desktop.vault.interviews import AnswerClip, InterviewStore, NewAnswer
from desktop.vault.journal import Journal
from desktop.vault.opening import open_vault
from desktop.vault.personas import NewSaying, PersonaStore
from desktop.vault.share import add_shared, preview_share, write_share
from desktop.vault.share_codec import manifest_json
from desktop.vault.share_file import MAGIC, SealedWriter
from tests.support.keyrings import MemoryKeyring
from tests.support.media_makers import flac as _flac

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
LATER = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
PASS = "our family's own words"


@dataclass
class Pc:
    vault: Vault
    personas: PersonaStore
    interviews: InterviewStore


def _pc(folder: Path) -> Pc:
    paths = resolve_paths({"KEEPSAKE_HOME": str(folder)})
    vault = open_vault(paths, MemoryKeyring())
    personas = PersonaStore(vault)
    return Pc(vault, personas, InterviewStore(vault, personas))


@pytest.fixture
def two_pcs(tmp_path: Path) -> Iterator[tuple[Pc, Pc]]:
    first, second = _pc(tmp_path / "lily-pc"), _pc(tmp_path / "tom-pc")
    yield first, second
    first.vault.close()
    second.vault.close()


def _portrait(pc: Pc) -> int:
    """Margaret, with a photo larger than a chunk, a clip, words of every kind, an interview
    (one message sealed), a voice fit, consent with an objection, and a journal."""
    store = pc.personas
    details = PersonaDetails(
        name="Margaret Lin",
        called="Mum",
        relationship="mother",
        language="en",
        speaking_style="warm, brief",
        do_not_say=("money troubles",),
        voice_length_scale=1.083,
        voice_pitch_semitones=-1.5,
    )
    mum = store.create(details, NOW)
    photo = secrets.token_bytes(3_500_000)  # four chunks of the file
    clip = _flac(3.0)
    with pc.vault.transaction() as cur:
        photo_id = store.add_media(cur, mum.id, MediaKind.PHOTO, "mum.jpg", photo, "Lily", NOW)
        clip_id = store.add_media(
            cur, mum.id, MediaKind.CLIP, "kitchen.flac", clip, "Tom", NOW, 3.0
        )
        store.add_sayings(
            cur,
            mum.id,
            [
                NewSaying(SayingKind.SAYING, "Have you eaten yet?", SourceKind.CLIP, True, "",
                          0, 0.2, 1.4),
                NewSaying(SayingKind.SAYING, "Come home soon, I'm waiting.", SourceKind.CHAT,
                          caution=SayingCaution.MARKED),
                NewSaying(SayingKind.MEMORY, "She sang while she cooked.", SourceKind.TYPED),
                NewSaying(SayingKind.STYLE_EXAMPLE, "Wear a coat!", SourceKind.CHAT,
                          context="It's cold out"),
                NewSaying(SayingKind.SAYING, "Unsure transcript", SourceKind.CLIP, False, "",
                          0, 1.5, 2.8),
            ],
            "Lily",
            NOW,
            [clip_id],
        )  # fmt: skip
        cur.execute(
            "UPDATE persona SET portrait_media_id = ?, rig = ? WHERE id = ?",
            (photo_id, '{"points": [[0.1, 0.2]]}', mum.id),
        )
    questions = load_question_set("en")
    met, wedding = questions.question("met.first"), questions.question("later.wedding")
    assert met is not None and wedding is not None
    said = "We met at a dance in nineteen seventy."
    recording = AnswerClip("met.flac", _flac(3.0, 330.0), 3.0)
    answer = NewAnswer(met, "en", said, (Span(0.1, 2.9, said),), recording)
    pc.interviews.save(mum.id, answer, "Margaret", NOW)
    pc.interviews.save(
        mum.id, NewAnswer(wedding, "en", "Laugh together.", sealed=True), "Margaret", NOW
    )
    store.set_consent(
        mum.id,
        ConsentRecord(
            "Lily",
            "daughter",
            Agreement.YES,
            (
                FamilyConsent("Tom", "son", "Yes", Agreement.YES),
                FamilyConsent("Aunt May", "sister", "It doesn't feel right", Agreement.NO),
            ),
            NOW,
        ),
    )
    journal = Journal(pc.vault)
    session = journal.start_session(mum.id, "Mum", Channel.WINDOW, NOW)
    journal.add_turn(session, JournalTurn(NOW, Speaker.PERSON, "I miss you, Mum.", TurnLabel.TYPED))
    journal.end_session(session, NOW)
    return mum.id


def _everything(pc: Pc, persona_id: int) -> dict[str, object]:
    store = pc.personas
    persona = store.get(persona_id)
    media = store.media(persona_id)
    clip_names = {m.id: m.filename for m in media}
    answers = pc.interviews.answers(persona_id)
    questions = {a.id: a.question_id for a in answers}
    return {
        "details": persona.details,
        "rig": persona.rig_json,
        "portrait": clip_names.get(persona.portrait_media_id or -1),
        "consent": store.consent(persona_id),
        "media": [(m.kind, m.filename, store.media_data(m.id), m.duration_s, m.supplied_by,
                   m.added_at) for m in media],
        "sayings": [
            {**asdict(s), "id": 0, "persona_id": 0, "clip_id": clip_names.get(s.clip_id or -1),
             "answer_id": questions.get(s.answer_id or -1)}
            for s in store.sayings(persona_id)
        ],
        "answers": [{**asdict(a), "id": 0, "persona_id": 0,
                     "clip_id": clip_names.get(a.clip_id or -1)} for a in answers],
    }  # fmt: skip


def test_a_portrait_moves_to_a_second_vault_identical_and_the_journal_stays(
    two_pcs: tuple[Pc, Pc], tmp_path: Path
) -> None:
    lily, tom = two_pcs
    mum = _portrait(lily)
    out = tmp_path / "Mum.keepsake-share"
    size = write_share(lily.personas, lily.interviews, mum, out, PASS, "Lily", NOW, "For Tom")
    data = out.read_bytes()
    assert size == len(data) and data.startswith(MAGIC)
    for secret in (b"Have you eaten", b"Margaret", b"I miss you", b"Aunt May", b"dance"):
        assert secret not in data
    preview = preview_share(out, PASS)
    assert preview.details.name == "Margaret Lin" and preview.provenance.made_by == "Lily"
    assert preview.provenance.shared_by == "Lily" and preview.provenance.message == "For Tom"
    assert preview.objections == ("Aunt May",)
    assert (preview.photos, preview.clips, preview.answers, preview.sealed) == (1, 2, 2, 1)
    new_id = add_shared(tom.personas, tom.interviews, out, PASS, LATER)
    assert _everything(tom, new_id) == _everything(lily, mum)
    provenance = json.loads(tom.personas.provenance_json(new_id) or "{}")
    assert provenance["shared_by"] == "Lily" and provenance["added_at"] == LATER.isoformat()
    assert Journal(tom.vault).sessions() == []
    assert tom.vault.query_one("SELECT count(*) FROM journal_turn")[0] == 0
    # the sealed message is still sealed on the second PC, and out of the conversation
    assert tom.personas.search(new_id, "laugh together") == []
    assert tom.personas.search(new_id, "eaten")[0][0].clip_start_s == 0.2


def _shared(two_pcs: tuple[Pc, Pc], tmp_path: Path) -> tuple[Pc, Path]:
    lily, tom = two_pcs
    out = tmp_path / "Mum.keepsake-share"
    write_share(lily.personas, lily.interviews, _portrait(lily), out, PASS, "Lily", NOW)
    return tom, out


def _nothing_added(pc: Pc) -> None:
    assert pc.personas.list_summaries() == []
    assert pc.vault.query_one("SELECT count(*) FROM media")[0] == 0
    assert pc.vault.query_one("SELECT count(*) FROM saying")[0] == 0
    assert pc.vault.query_one("SELECT count(*) FROM interview_answer")[0] == 0


def test_a_wrong_passphrase_adds_nothing(two_pcs: tuple[Pc, Pc], tmp_path: Path) -> None:
    tom, out = _shared(two_pcs, tmp_path)
    with pytest.raises(SharePassphraseError):
        preview_share(out, "not our words at all")
    with pytest.raises(SharePassphraseError):
        add_shared(tom.personas, tom.interviews, out, "not our words at all", LATER)
    _nothing_added(tom)


def test_a_truncated_file_adds_nothing(two_pcs: tuple[Pc, Pc], tmp_path: Path) -> None:
    tom, out = _shared(two_pcs, tmp_path)
    data = out.read_bytes()
    header = data.index(b"\n", len(MAGIC)) + 1
    chunk = 1024 * 1024 + 16
    for cut in (5, header - 3, header + 10, header + chunk, header + 2 * chunk, len(data) - 1):
        out.write_bytes(data[:cut])
        with pytest.raises(ShareFileError):
            add_shared(tom.personas, tom.interviews, out, PASS, LATER)
        _nothing_added(tom)
    out.write_bytes(data[: header + chunk])
    with pytest.raises(ShareFileError, match="cut short"):
        add_shared(tom.personas, tom.interviews, out, PASS, LATER)


def test_a_bit_flipped_anywhere_adds_nothing(two_pcs: tuple[Pc, Pc], tmp_path: Path) -> None:
    tom, out = _shared(two_pcs, tmp_path)
    data = out.read_bytes()
    header = data.index(b"\n", len(MAGIC)) + 1
    for at in (3, header - 5, header + 4, header + 1024 * 1024 + 100, len(data) - 2):
        flipped = bytearray(data)
        flipped[at] ^= 0x04
        out.write_bytes(bytes(flipped))
        with pytest.raises(ShareFileError):
            add_shared(tom.personas, tom.interviews, out, PASS, LATER)
        _nothing_added(tom)
    # two chunks in each other's place
    chunk = 1024 * 1024 + 16
    one, two = header + chunk, header + 2 * chunk
    swapped = data[:one] + data[two : two + chunk] + data[one:two] + data[two + chunk :]
    out.write_bytes(swapped)
    with pytest.raises(ShareFileError, match="damaged"):
        add_shared(tom.personas, tom.interviews, out, PASS, LATER)
    _nothing_added(tom)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda h: h.update(scrypt={**h["scrypt"], "n": 2**40}), "header is damaged"),
        (lambda h: h.update(chunk=1), "header is damaged"),
        (lambda h: h.update(nonce="zz"), "header is damaged"),
        (lambda h: h.update(extra=True), "header is damaged"),
        (lambda h: h.update(version=9), "not a portrait shared"),
    ],
)
def test_crafted_headers_are_refused_before_any_work(tmp_path: Path, change, reason: str) -> None:
    out = tmp_path / "x.keepsake-share"
    with out.open("wb") as target:
        writer = SealedWriter(target, PASS)
        writer.record(1, b"{}")
        writer.close()
    data = out.read_bytes()
    end = data.index(b"\n", len(MAGIC)) + 1
    header = json.loads(data[len(MAGIC) : end])
    change(header)
    out.write_bytes(MAGIC + json.dumps(header).encode() + b"\n" + data[end:])
    with pytest.raises(ShareFileError, match=reason):
        preview_share(out, PASS)
    out.write_bytes(b"PK\x03\x04 a zip, not a share")
    with pytest.raises(ShareFileError, match="not a portrait shared"):
        preview_share(out, PASS)


def test_a_sealed_file_whose_contents_lie_adds_nothing(
    two_pcs: tuple[Pc, Pc], tmp_path: Path
) -> None:
    lily, tom = two_pcs
    from desktop.vault.share import portrait_of

    portrait = portrait_of(lily.personas, lily.interviews, _portrait(lily), "Lily", NOW)
    cases = {
        "not json": (b"{not json", []),
        "a saying's clip outside the file": (
            manifest_json(replace(portrait, media=(), portrait=None)),
            [],
        ),
        "a wrong checksum": (
            manifest_json(portrait),
            [b"x" * m.size for m in portrait.media],
        ),
        "a missing item": (manifest_json(portrait), []),
    }
    for name, (manifest, blobs) in cases.items():
        out = tmp_path / f"{name}.keepsake-share"
        with out.open("wb") as target:
            writer = SealedWriter(target, PASS)
            writer.record(1, manifest)
            for blob in blobs:
                writer.record(2, blob)
            writer.close()
        with pytest.raises(ShareFileError):
            add_shared(tom.personas, tom.interviews, out, PASS, LATER)
        _nothing_added(tom)


def test_a_short_passphrase_is_refused_before_anything_is_written(
    two_pcs: tuple[Pc, Pc], tmp_path: Path
) -> None:
    lily, _tom = two_pcs
    out = tmp_path / "Mum.keepsake-share"
    with pytest.raises(PassphraseTooWeakError):
        write_share(lily.personas, lily.interviews, _portrait(lily), out, "short", "Lily", NOW)
    assert not out.exists() and not out.with_name(out.name + ".partial").exists()


def test_a_folder_that_cannot_be_written_is_a_calm_error(
    two_pcs: tuple[Pc, Pc], tmp_path: Path
) -> None:
    lily, _tom = two_pcs
    blocked = tmp_path / "not a folder"
    blocked.write_text("a file where the folder should be")
    out = blocked / "Mum.keepsake-share"
    with pytest.raises(ShareWriteError) as error:
        write_share(lily.personas, lily.interviews, _portrait(lily), out, PASS, "Lily", NOW)
    assert error.value.path == out and blocked.read_text().startswith("a file")
