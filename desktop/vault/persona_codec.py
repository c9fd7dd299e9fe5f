"""Persona details and consent records to and from the JSON kept in the vault; sayings and
media from their rows."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from desktop.core.persona import (
    Agreement,
    ConsentRecord,
    FamilyConsent,
    MediaInfo,
    MediaKind,
    PersonaDetails,
    Saying,
    SayingCaution,
    SayingKind,
    SourceKind,
)


def details_to_json(details: PersonaDetails) -> str:
    return json.dumps(asdict(details), ensure_ascii=False)


def details_from_json(text: str, name: str) -> PersonaDetails:
    raw: dict[str, Any] = json.loads(text or "{}")
    raw["name"] = name
    raw["do_not_say"] = tuple(raw.get("do_not_say", ()))
    known = set(PersonaDetails.__dataclass_fields__)
    return PersonaDetails(**{k: v for k, v in raw.items() if k in known})


def consent_to_json(record: ConsentRecord) -> str:
    data = asdict(record)
    data["agreed_in_life"] = record.agreed_in_life.value
    data["recorded_at"] = record.recorded_at.isoformat() if record.recorded_at else None
    return json.dumps(data, ensure_ascii=False)


def consent_from_json(text: str | None) -> ConsentRecord | None:
    if not text:
        return None
    raw: dict[str, Any] = json.loads(text)
    return ConsentRecord(
        creator=str(raw["creator"]),
        creator_relationship=str(raw["creator_relationship"]),
        agreed_in_life=Agreement(raw["agreed_in_life"]),
        family=tuple(FamilyConsent(**f) for f in raw.get("family", ())),
        recorded_at=datetime.fromisoformat(raw["recorded_at"]) if raw.get("recorded_at") else None,
        note=str(raw.get("note", "")),
    )


SAYING_COLUMNS = (
    "SELECT saying.id, saying.persona_id, saying.kind, saying.text, saying.source, "
    "saying.confirmed, saying.context, saying.clip_id, saying.clip_start_s, saying.clip_end_s, "
    "saying.supplied_by, saying.added_at, saying.caution FROM saying"
)


def saying_from_row(r: tuple[Any, ...]) -> Saying:
    return Saying(
        id=int(r[0]),
        persona_id=int(r[1]),
        kind=SayingKind(r[2]),
        text=str(r[3]),
        source=SourceKind(r[4]),
        confirmed=bool(r[5]),
        context=str(r[6]),
        clip_id=r[7],
        clip_start_s=r[8],
        clip_end_s=r[9],
        supplied_by=str(r[10]),
        added_at=datetime.fromisoformat(r[11]) if r[11] else None,
        caution=SayingCaution(r[12]),
    )


def media_from_row(r: tuple[Any, ...]) -> MediaInfo:
    """From (id, persona_id, kind, filename, length(data), supplied_by, added_at, duration_s)."""
    return MediaInfo(
        int(r[0]),
        int(r[1]),
        MediaKind(r[2]),
        str(r[3]),
        int(r[4]),
        str(r[5]),
        datetime.fromisoformat(r[6]),
        r[7],
    )
