"""The shared portrait's manifest: everything but the media's bytes, as JSON, and its schema.

The manifest lists the persona's details (their voice fit among them), consent, rig, media
(kind, name, size, SHA-256; the bytes follow it in the file, in this order), sayings, interview
answers and provenance. Never the journal: nothing of it is read to make a manifest. Read back,
every field is checked for type and bounds, and every reference (a saying's clip or answer, the
portrait photo) must point inside the file: anything else is a ShareFileError.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any, TypeGuard

from desktop.core.errors import ShareFileError
from desktop.core.interview import KeptAnswer, Span
from desktop.core.interview_questions import Moment
from desktop.core.persona import (
    ConsentRecord,
    MediaKind,
    PersonaDetails,
    SayingCaution,
    SayingKind,
    SourceKind,
)
from desktop.core.sharing import Provenance
from desktop.vault.persona_codec import consent_from_dict, consent_to_json

MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEDIA_BYTES = 512 * 1024 * 1024  # one photo or clip
MAX_ITEMS = 200_000
MAX_TEXT = 100_000
MAX_RIG = 8 * 1024 * 1024  # the face mesh of the portrait photo


@dataclass(frozen=True, slots=True)
class SharedMedia:
    kind: MediaKind
    filename: str
    size: int
    sha256: str
    duration_s: float | None
    supplied_by: str
    added_at: datetime


@dataclass(frozen=True, slots=True)
class SharedSaying:
    kind: SayingKind
    text: str
    context: str
    source: SourceKind
    confirmed: bool
    clip: int | None  # index into the media
    clip_start_s: float | None
    clip_end_s: float | None
    supplied_by: str
    added_at: datetime
    caution: SayingCaution
    answer: int | None  # index into the answers


@dataclass(frozen=True, slots=True)
class SharedPortrait:
    details: PersonaDetails
    created_at: datetime
    consent: ConsentRecord | None
    rig: str | None
    portrait: int | None  # index into the media
    media: tuple[SharedMedia, ...]
    sayings: tuple[SharedSaying, ...]
    answers: tuple[KeptAnswer, ...]  # ids, persona and clip ids are indexes here
    provenance: Provenance


def manifest_json(portrait: SharedPortrait) -> bytes:
    d = portrait.details
    body = {
        "version": MANIFEST_VERSION,
        "details": {f.name: getattr(d, f.name) for f in fields(d)}
        | {"do_not_say": list(d.do_not_say)},
        "created_at": portrait.created_at.isoformat(),
        "consent": json.loads(consent_to_json(portrait.consent)) if portrait.consent else None,
        "rig": portrait.rig,
        "portrait": portrait.portrait,
        "media": [
            {
                "kind": m.kind.value,
                "filename": m.filename,
                "size": m.size,
                "sha256": m.sha256,
                "duration_s": m.duration_s,
                "supplied_by": m.supplied_by,
                "added_at": m.added_at.isoformat(),
            }
            for m in portrait.media
        ],
        "sayings": [_saying_json(s) for s in portrait.sayings],
        "answers": [_answer_json(a) for a in portrait.answers],
        "provenance": _provenance_json(portrait.provenance),
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _saying_json(s: SharedSaying) -> dict[str, Any]:
    return {
        "kind": s.kind.value,
        "text": s.text,
        "context": s.context,
        "source": s.source.value,
        "confirmed": s.confirmed,
        "clip": s.clip,
        "clip_start_s": s.clip_start_s,
        "clip_end_s": s.clip_end_s,
        "supplied_by": s.supplied_by,
        "added_at": s.added_at.isoformat(),
        "caution": s.caution.value,
        "answer": s.answer,
    }


def _answer_json(a: KeptAnswer) -> dict[str, Any]:
    return {
        "question_id": a.question_id,
        "topic": a.topic,
        "question": a.question,
        "language": a.language,
        "moment": a.moment.value,
        "clip": a.clip_id,
        "text": a.text,
        "typed": a.typed,
        "spans": [[s.start_s, s.end_s, s.text] for s in a.spans],
        "sealed": a.sealed,
        "recorded_at": a.recorded_at.isoformat(),
        "opened_at": a.opened_at.isoformat() if a.opened_at else None,
    }


def provenance_to_json(p: Provenance) -> str:
    return json.dumps(_provenance_json(p), ensure_ascii=False)


def _provenance_json(p: Provenance) -> dict[str, Any]:
    return {
        "shared_by": p.shared_by,
        "shared_at": p.shared_at.isoformat(),
        "made_by": p.made_by,
        "message": p.message,
        "added_at": p.added_at.isoformat() if p.added_at else None,
    }


# --- reading, with the schema ------------------------------------------------------------------


class _BadManifestError(ValueError):
    pass


def parse_manifest(path: Path, data: bytes) -> SharedPortrait:
    """The manifest of a shared file. Raises ShareFileError for anything but a valid one."""
    try:
        raw: Any = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("version") != MANIFEST_VERSION:
            raise _BadManifestError("not a manifest Keepsake knows")
        media = tuple(_media(m) for m in _items(raw, "media"))
        answers = tuple(_answer(a, len(media)) for a in _items(raw, "answers"))
        sayings = tuple(_saying(s, len(media), len(answers)) for s in _items(raw, "sayings"))
        consent = raw.get("consent")
        return SharedPortrait(
            details=_details(raw.get("details")),
            created_at=_time(raw.get("created_at")),
            consent=consent_from_dict(consent) if consent is not None else None,
            rig=_opt_text(raw.get("rig"), MAX_RIG),
            portrait=_index(raw.get("portrait"), len(media)),
            media=media,
            sayings=sayings,
            answers=answers,
            provenance=provenance_from_dict(raw.get("provenance")),
        )
    except (_BadManifestError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ShareFileError(path, "the portrait in the file is not complete") from exc


def provenance_from_dict(raw: Any) -> Provenance:
    if not isinstance(raw, dict):
        raise _BadManifestError("provenance")
    return Provenance(
        shared_by=_text(raw.get("shared_by")),
        shared_at=_time(raw.get("shared_at")),
        made_by=_text(raw.get("made_by")),
        message=_text(raw.get("message", "")),
        added_at=_time(raw["added_at"]) if raw.get("added_at") else None,
    )


def _items(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise _BadManifestError(key)
    return value


def _details(raw: Any) -> PersonaDetails:
    if not isinstance(raw, dict) or not _text(raw.get("name")).strip():
        raise _BadManifestError("details")
    values: dict[str, Any] = {}
    for f in fields(PersonaDetails):
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name == "do_not_say":
            values[f.name] = tuple(_text(v) for v in _list(value))
        elif f.name == "voice_length_scale":
            values[f.name] = _number(value, 0.5, 2.0)
        elif f.name == "voice_pitch_semitones":
            values[f.name] = _number(value, -12.0, 14.0)
        elif f.name == "voice_pitch_range":
            values[f.name] = _number(value, 0.5, 1.8)
        elif f.name == "voice_formant_scale":
            values[f.name] = _number(value, 0.8, 1.35)
        elif f.name == "voice_custom":
            values[f.name] = _bool(value)
        else:
            values[f.name] = _text(value)
    return PersonaDetails(**values)


def _media(raw: Any) -> SharedMedia:
    if not isinstance(raw, dict):
        raise _BadManifestError("media")
    size, digest = raw.get("size"), raw.get("sha256")
    if not _is_int(size) or not 0 < size <= MAX_MEDIA_BYTES:
        raise _BadManifestError("media size")
    if not isinstance(digest, str) or len(digest) != 64:
        raise _BadManifestError("media checksum")
    duration = raw.get("duration_s")
    return SharedMedia(
        kind=MediaKind(_text(raw.get("kind"))),
        filename=_text(raw.get("filename"))[:255] or "file",
        size=size,
        sha256=digest,
        duration_s=None if duration is None else _number(duration, 0.0, 86_400.0),
        supplied_by=_text(raw.get("supplied_by", "")),
        added_at=_time(raw.get("added_at")),
    )


def _saying(raw: Any, media: int, answers: int) -> SharedSaying:
    if not isinstance(raw, dict):
        raise _BadManifestError("saying")
    start, end = raw.get("clip_start_s"), raw.get("clip_end_s")
    return SharedSaying(
        kind=SayingKind(_text(raw.get("kind"))),
        text=_text(raw.get("text")),
        context=_text(raw.get("context", "")),
        source=SourceKind(_text(raw.get("source"))),
        confirmed=_bool(raw.get("confirmed")),
        clip=_index(raw.get("clip"), media),
        clip_start_s=None if start is None else _number(start, 0.0, 86_400.0),
        clip_end_s=None if end is None else _number(end, 0.0, 86_400.0),
        supplied_by=_text(raw.get("supplied_by", "")),
        added_at=_time(raw.get("added_at")),
        caution=SayingCaution(_text(raw.get("caution", ""))),
        answer=_index(raw.get("answer"), answers),
    )


def _answer(raw: Any, media: int) -> KeptAnswer:
    if not isinstance(raw, dict):
        raise _BadManifestError("answer")
    spans = tuple(
        Span(_number(s[0], 0.0, 86_400.0), _number(s[1], 0.0, 86_400.0), _text(s[2]))
        for s in _list(raw.get("spans", []))
        if isinstance(s, list) and len(s) == 3
    )
    return KeptAnswer(
        id=0,
        persona_id=0,
        question_id=_text(raw.get("question_id"))[:100],
        topic=_text(raw.get("topic"))[:100],
        question=_text(raw.get("question")),
        language=_text(raw.get("language"))[:20],
        moment=Moment(_text(raw.get("moment", ""))),
        clip_id=_index(raw.get("clip"), media),
        text=_text(raw.get("text", "")),
        typed=_bool(raw.get("typed")),
        spans=spans,
        sealed=_bool(raw.get("sealed")),
        recorded_at=_time(raw.get("recorded_at")),
        opened_at=_time(raw["opened_at"]) if raw.get("opened_at") else None,
    )


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _index(value: Any, length: int) -> int | None:
    if value is None:
        return None
    if not _is_int(value) or not 0 <= value < length:
        raise _BadManifestError("a reference outside the file")
    return int(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _BadManifestError("text")
    return value


def _opt_text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise _BadManifestError("text")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _BadManifestError("a yes or no")
    return value


def _number(value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise _BadManifestError("a number out of bounds")
    return float(value)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise _BadManifestError("a list")
    return value


def _time(value: Any) -> datetime:
    return datetime.fromisoformat(_text(value))
