"""Sharing a portrait with the family: one file, sealed with a passphrase the sender chooses.

`write_share` writes the portrait's photos, clips, sayings, memories, interview answers (sealed
ones still sealed), voice fit, consent and provenance; never the journal, the usage log or the
therapist's settings. `preview_share` opens a file far enough to show who made the portrait and
its consent. `add_shared` checks the whole file first (every chunk authenticated, every item's
size and SHA-256 as listed), then adds the portrait in one transaction that reads the file again:
a damaged, tampered or truncated file, or a wrong passphrase, adds nothing.

Runs scrypt and reads large files: call from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop.core.errors import ShareFileError, ShareWriteError
from desktop.core.persona import MediaKind, SayingKind
from desktop.core.sharing import Provenance, SharePreview
from desktop.vault.interviews import InterviewStore
from desktop.vault.persona_codec import consent_to_json
from desktop.vault.personas import NewSaying, PersonaStore
from desktop.vault.scratch import ensure_space, scratch_beside
from desktop.vault.share_codec import (
    MAX_MANIFEST_BYTES,
    SharedMedia,
    SharedPortrait,
    SharedSaying,
    manifest_json,
    parse_manifest,
    provenance_to_json,
)
from desktop.vault.share_file import SealedReader, sealed_input, sealed_output

MANIFEST, BLOB = 1, 2


def portrait_of(
    personas: PersonaStore,
    interviews: InterviewStore,
    persona_id: int,
    shared_by: str,
    now: datetime,
    message: str = "",
) -> SharedPortrait:
    """Everything of a persona that a share carries (media listed, not read)."""
    persona = personas.get(persona_id)
    consent = personas.consent(persona_id)
    media = personas.media(persona_id)
    index = {m.id: i for i, m in enumerate(media)}
    answers = interviews.answers(persona_id)
    answer_index = {a.id: i for i, a in enumerate(answers)}
    shared_media = tuple(
        SharedMedia(
            m.kind,
            m.filename,
            m.size,
            hashlib.sha256(personas.media_data(m.id)).hexdigest(),
            m.duration_s,
            m.supplied_by,
            m.added_at,
        )
        for m in media
    )
    sayings = tuple(
        SharedSaying(
            s.kind,
            s.text,
            s.context,
            s.source,
            s.confirmed,
            index.get(s.clip_id) if s.clip_id is not None else None,
            s.clip_start_s,
            s.clip_end_s,
            s.supplied_by,
            s.added_at or now,
            s.caution,
            answer_index.get(s.answer_id) if s.answer_id is not None else None,
        )
        for s in personas.sayings(persona_id)
    )
    shared_answers = tuple(
        replace(a, id=0, persona_id=0, clip_id=index.get(a.clip_id) if a.clip_id else None)
        for a in answers
    )
    made_by = consent.creator if consent else shared_by
    return SharedPortrait(
        details=persona.details,
        created_at=persona.created_at,
        consent=consent,
        rig=persona.rig_json,
        portrait=index.get(persona.portrait_media_id) if persona.portrait_media_id else None,
        media=shared_media,
        sayings=sayings,
        answers=shared_answers,
        provenance=Provenance(shared_by.strip(), now, made_by, message.strip()),
    )


def write_share(
    personas: PersonaStore,
    interviews: InterviewStore,
    persona_id: int,
    out: Path,
    passphrase: str,
    shared_by: str,
    now: datetime,
    message: str = "",
) -> int:
    """Write the share file atomically; returns its size. Memory holds one item at a time."""
    portrait = portrait_of(personas, interviews, persona_id, shared_by, now, message)
    ensure_space(out.parent, sum(m.size for m in portrait.media) + 1024 * 1024)
    media = personas.media(persona_id)
    try:
        with sealed_output(out, scratch_beside(personas.vault_path), passphrase) as writer:
            writer.record(MANIFEST, manifest_json(portrait))
            for info in media:
                writer.record(BLOB, personas.media_data(info.id))
    except OSError as exc:  # a folder that cannot be written (a full disk is DiskFullError)
        raise ShareWriteError(out) from exc
    return writer.size


def _read_portrait(reader: SealedReader, path: Path) -> SharedPortrait:
    kind, data = reader.record(MAX_MANIFEST_BYTES)
    if kind != MANIFEST:
        raise ShareFileError(path, "the portrait in the file is not complete")
    return parse_manifest(path, data)


def preview_share(path: Path, passphrase: str) -> SharePreview:
    """Who made the portrait, its consent and what it holds; reads only the manifest."""
    with sealed_input(path, passphrase) as reader:
        portrait = _read_portrait(reader, path)
    kinds = [s.kind for s in portrait.sayings]
    return SharePreview(
        details=portrait.details,
        consent=portrait.consent,
        provenance=portrait.provenance,
        photos=sum(m.kind is MediaKind.PHOTO for m in portrait.media),
        clips=sum(m.kind is MediaKind.CLIP for m in portrait.media),
        sayings=kinds.count(SayingKind.SAYING),
        memories=kinds.count(SayingKind.MEMORY),
        answers=len(portrait.answers),
        sealed=sum(a.sealed for a in portrait.answers),
    )


def verify_share(path: Path, passphrase: str) -> SharedPortrait:
    """Read the whole file and check it, keeping nothing. Raises ShareFileError."""
    with sealed_input(path, passphrase) as reader:
        portrait = _read_portrait(reader, path)
        for item in portrait.media:
            kind, data = reader.record(item.size)
            if kind != BLOB or len(data) != item.size:
                raise ShareFileError(path, "the portrait in the file is not complete")
            if hashlib.sha256(data).hexdigest() != item.sha256:
                raise ShareFileError(path, "the file is damaged")
        reader.finish()
    return portrait


def add_shared(
    personas: PersonaStore,
    interviews: InterviewStore,
    path: Path,
    passphrase: str,
    now: datetime,
) -> int:
    """Add the portrait in a shared file to this vault; returns its new persona id."""
    checked = verify_share(path, passphrase)
    ensure_space(personas.vault_path.parent, 2 * sum(m.size for m in checked.media))
    with sealed_input(path, passphrase) as reader, personas.writing() as cur:
        portrait = _read_portrait(reader, path)
        if portrait != checked:
            raise ShareFileError(path, "the file changed while it was being read")
        persona_id = personas.insert_persona(cur, portrait.details, now)
        media_ids = []
        for item in portrait.media:
            kind, data = reader.record(item.size)
            if kind != BLOB or hashlib.sha256(data).hexdigest() != item.sha256:
                raise ShareFileError(path, "the file changed while it was being read")
            media_ids.append(
                personas.add_media(
                    cur,
                    persona_id,
                    item.kind,
                    item.filename,
                    data,
                    item.supplied_by,
                    item.added_at,
                    item.duration_s,
                )
            )
        reader.finish()
        answer_ids = [
            interviews.insert(
                cur,
                replace(
                    a,
                    persona_id=persona_id,
                    clip_id=media_ids[a.clip_id] if a.clip_id is not None else None,
                ),
            )
            for a in portrait.answers
        ]
        words = [_new_saying(s, answer_ids) for s in portrait.sayings]
        personas.add_sayings(cur, persona_id, words, "", now, media_ids)
        portrait_id = media_ids[portrait.portrait] if portrait.portrait is not None else None
        cur.execute(
            "UPDATE persona SET portrait_media_id = ?, rig = ?, consent = ?, provenance = ? "
            "WHERE id = ?",
            (
                portrait_id,
                portrait.rig,
                consent_to_json(portrait.consent) if portrait.consent else None,
                provenance_to_json(replace(portrait.provenance, added_at=now)),
                persona_id,
            ),
        )
    return persona_id


def _new_saying(s: SharedSaying, answer_ids: list[int]) -> NewSaying:
    return NewSaying(
        s.kind,
        s.text,
        s.source,
        confirmed=s.confirmed,
        context=s.context,
        clip_index=s.clip,
        clip_start_s=s.clip_start_s,
        clip_end_s=s.clip_end_s,
        caution=s.caution,
        answer_id=answer_ids[s.answer] if s.answer is not None else None,
        supplied_by=s.supplied_by,
        added_at=s.added_at,
    )
