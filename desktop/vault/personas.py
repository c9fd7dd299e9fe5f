"""Personas, their media and their words in the vault. Thread-safe through the vault's lock."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.persona import (
    ConsentRecord,
    MediaInfo,
    MediaKind,
    Persona,
    PersonaDetails,
    PersonaSummary,
    Saying,
    SayingCaution,
    SayingKind,
    SourceKind,
)
from desktop.vault.database import Vault
from desktop.vault.persona_codec import (
    SAYING_COLUMNS,
    consent_from_json,
    consent_to_json,
    details_from_json,
    details_to_json,
    media_from_row,
    saying_from_row,
)
from desktop.vault.persona_records import NewPersona, NewSaying
from desktop.vault.saying_search import USABLE as _USABLE
from desktop.vault.saying_search import search_sayings
from desktop.vault.scratch import ensure_space


class PersonaStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # --- personas ----------------------------------------------------------------------

    def add(self, name: str, called: str, now: datetime) -> PersonaSummary:
        persona = self.create(PersonaDetails(name=name, called=called), now)
        return PersonaSummary(persona.id, persona.details.name, persona.details.called, now)

    @property
    def vault_path(self) -> Path:
        """Where the vault's database is (its folder holds the scratch space)."""
        return self._vault.path

    def writing(self) -> AbstractContextManager[Any]:
        """A write transaction on the vault, for work that spans several stores."""
        return self._vault.transaction()

    def create(self, details: PersonaDetails, now: datetime) -> Persona:
        name = details.name.strip()
        if not name:
            raise ValueError("a persona needs a name")
        with self._vault.transaction() as cur:
            new_id = self.insert_persona(cur, details, now)
        return Persona(new_id, details, now)

    def create_with(self, new: NewPersona, now: datetime) -> int:
        """A persona with its photos, recordings, words and consent, in one transaction: all
        of it, or nothing (a full disk is found before anything is written)."""
        incoming = sum(len(m.data) for m in (*new.photos, *new.clips))
        # the write-ahead log and the database each hold it once until the next checkpoint
        ensure_space(self._vault.path.parent, 2 * incoming + sum(len(w.text) for w in new.words))
        with self._vault.transaction() as cur:
            persona_id = self.insert_persona(cur, new.details, now)
            portrait: tuple[int, str | None] | None = None
            for photo in new.photos:
                media_id = self.add_media(
                    cur,
                    persona_id,
                    MediaKind.PHOTO,
                    photo.filename,
                    photo.data,
                    new.supplied_by,
                    now,
                )
                if portrait is None or (portrait[1] is None and photo.rig_json is not None):
                    portrait = (media_id, photo.rig_json)
            clip_ids = [
                self.add_media(
                    cur,
                    persona_id,
                    MediaKind.CLIP,
                    clip.filename,
                    clip.data,
                    new.supplied_by,
                    now,
                    clip.duration_s,
                )
                for clip in new.clips
            ]
            self.add_sayings(cur, persona_id, new.words, new.supplied_by, now, clip_ids)
            if portrait is not None:
                cur.execute(
                    "UPDATE persona SET portrait_media_id = ?, rig = ? WHERE id = ?",
                    (portrait[0], portrait[1], persona_id),
                )
            if new.consent is not None:
                cur.execute(
                    "UPDATE persona SET consent = ? WHERE id = ?",
                    (consent_to_json(new.consent), persona_id),
                )
        return persona_id

    @staticmethod
    def insert_persona(cur: Any, details: PersonaDetails, now: datetime) -> int:
        """Insert a persona inside the caller's transaction; returns its id."""
        cur.execute(
            "INSERT INTO persona (name, called, created_at, details) VALUES (?, ?, ?, ?)",
            (
                details.name.strip(),
                details.called.strip(),
                now.isoformat(),
                details_to_json(details),
            ),
        )
        return int(cur.lastrowid)

    def list_summaries(self) -> list[PersonaSummary]:
        rows = self._vault.query(
            "SELECT id, name, called, created_at, retired_at, archived FROM persona "
            "ORDER BY created_at, id"
        )
        return [
            PersonaSummary(
                int(r[0]),
                str(r[1]),
                str(r[2]),
                datetime.fromisoformat(r[3]),
                r[4] is not None,
                bool(r[5]),
            )
            for r in rows
        ]

    def retire(self, persona_id: int, at: datetime) -> None:
        """After a farewell: no more calls; the journal and the portrait's page stay."""
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE persona SET retired_at = ? WHERE id = ? AND retired_at IS NULL",
                (at.isoformat(), persona_id),
            )

    def unretire(self, persona_id: int) -> None:
        """Undo a retirement (the caller asked for confirmation and, if set, the PIN)."""
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE persona SET retired_at = NULL, archived = 0 WHERE id = ?", (persona_id,)
            )

    def set_archived(self, persona_id: int, archived: bool) -> None:
        """Put a retired portrait away (off the wall) or bring it back to the wall."""
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE persona SET archived = ? WHERE id = ? AND retired_at IS NOT NULL",
                (int(archived), persona_id),
            )

    def get(self, persona_id: int) -> Persona:
        rows = self._vault.query(
            "SELECT id, name, details, created_at, portrait_media_id, rig, retired_at "
            "FROM persona WHERE id = ?",
            (persona_id,),
        )
        if not rows:
            raise LookupError(f"no persona {persona_id}")
        r = rows[0]
        return Persona(
            id=int(r[0]),
            details=details_from_json(r[2], str(r[1])),
            created_at=datetime.fromisoformat(r[3]),
            portrait_media_id=r[4],
            rig_json=r[5],
            retired_at=datetime.fromisoformat(r[6]) if r[6] else None,
        )

    def find(self, name: str) -> Persona | None:
        """By name or by what the user called them, ignoring case."""
        rows = self._vault.query(
            "SELECT id FROM persona WHERE lower(name) = lower(?) OR lower(called) = lower(?) "
            "ORDER BY id LIMIT 1",
            (name, name),
        )
        return self.get(int(rows[0][0])) if rows else None

    def update_details(self, persona_id: int, details: PersonaDetails) -> None:
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE persona SET name = ?, called = ?, details = ? WHERE id = ?",
                (
                    details.name.strip(),
                    details.called.strip(),
                    details_to_json(details),
                    persona_id,
                ),
            )

    def set_portrait(self, persona_id: int, media_id: int, rig_json: str | None) -> None:
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE persona SET portrait_media_id = ?, rig = ? WHERE id = ?",
                (media_id, rig_json, persona_id),
            )

    def set_rig(self, persona_id: int, rig_json: str) -> None:
        with self._vault.transaction() as cur:
            cur.execute("UPDATE persona SET rig = ? WHERE id = ?", (rig_json, persona_id))

    def set_consent(self, persona_id: int, record: ConsentRecord) -> None:
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE persona SET consent = ? WHERE id = ?", (consent_to_json(record), persona_id)
            )

    def provenance_json(self, persona_id: int) -> str | None:
        """Where a portrait added from a shared file came from (JSON), else None."""
        row = self._vault.query_one("SELECT provenance FROM persona WHERE id = ?", (persona_id,))
        return None if row[0] is None else str(row[0])

    def consent(self, persona_id: int) -> ConsentRecord | None:
        return consent_from_json(
            self._vault.query_one("SELECT consent FROM persona WHERE id = ?", (persona_id,))[0]
        )

    def delete(self, persona_id: int) -> None:
        """Remove the persona with all its media and words, and scrub the freed pages."""
        with self._vault.transaction() as cur:
            cur.execute("DELETE FROM saying WHERE persona_id = ?", (persona_id,))
            cur.execute("DELETE FROM media WHERE persona_id = ?", (persona_id,))
            cur.execute("DELETE FROM persona WHERE id = ?", (persona_id,))
            cur.execute("INSERT INTO saying_fts(saying_fts) VALUES ('optimize')")
        self._vault.scrub()

    def what_deleting_loses(self, persona_id: int) -> dict[str, int]:
        """Counts for the confirmation dialog."""
        media: dict[str, int] = dict(
            self._vault.query(
                "SELECT kind, count(*) FROM media WHERE persona_id = ? GROUP BY kind", (persona_id,)
            )
        )
        words = self._vault.query_one(
            "SELECT count(*) FROM saying WHERE persona_id = ?", (persona_id,)
        )
        return {
            "photos": int(media.get("photo", 0)),
            "clips": int(media.get("clip", 0)),
            "words": int(words[0]),
        }

    # --- media -------------------------------------------------------------------------

    def add_media(
        self,
        cur: Any,
        persona_id: int,
        kind: MediaKind,
        filename: str,
        data: bytes,
        supplied_by: str,
        now: datetime,
        duration_s: float | None = None,
    ) -> int:
        """Insert inside the caller's transaction (imports are all-or-nothing)."""
        cur.execute(
            "INSERT INTO media (persona_id, kind, filename, data, duration_s, supplied_by, "
            "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (persona_id, kind.value, filename, data, duration_s, supplied_by, now.isoformat()),
        )
        return int(cur.lastrowid)

    def media(self, persona_id: int, kind: MediaKind | None = None) -> list[MediaInfo]:
        sql = (
            "SELECT id, persona_id, kind, filename, length(data), supplied_by, added_at, "
            "duration_s FROM media WHERE persona_id = ?"
        )
        params: tuple[Any, ...] = (persona_id,)
        if kind is not None:
            sql += " AND kind = ?"
            params += (kind.value,)
        return [media_from_row(r) for r in self._vault.query(sql + " ORDER BY id", params)]

    def media_data(self, media_id: int) -> bytes:
        return bytes(self._vault.query_one("SELECT data FROM media WHERE id = ?", (media_id,))[0])

    # --- words -------------------------------------------------------------------------

    def add_sayings(
        self,
        cur: Any,
        persona_id: int,
        sayings: Iterable[NewSaying],
        supplied_by: str,
        now: datetime,
        clip_ids: list[int] | None = None,
    ) -> int:
        count = 0
        for s in sayings:
            clip_id = (
                clip_ids[s.clip_index]
                if clip_ids is not None and s.clip_index is not None
                else None
            )
            cur.execute(
                "INSERT INTO saying (persona_id, kind, text, context, source, confirmed, clip_id, "
                "clip_start_s, clip_end_s, supplied_by, added_at, caution, answer_id) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    persona_id,
                    s.kind.value,
                    s.text.strip(),
                    s.context,
                    s.source.value,
                    int(s.confirmed),
                    clip_id,
                    s.clip_start_s,
                    s.clip_end_s,
                    supplied_by if s.supplied_by is None else s.supplied_by,
                    (s.added_at or now).isoformat(),
                    s.caution.value,
                    s.answer_id,
                ),
            )
            count += 1
        return count

    def add_typed(
        self, persona_id: int, kind: SayingKind, text: str, supplied_by: str, now: datetime
    ) -> None:
        with self._vault.transaction() as cur:
            self.add_sayings(
                cur, persona_id, [NewSaying(kind, text, SourceKind.TYPED)], supplied_by, now
            )

    def sayings(
        self, persona_id: int, kind: SayingKind | None = None, confirmed_only: bool = False
    ) -> list[Saying]:
        sql = SAYING_COLUMNS + " WHERE persona_id = ?"
        params: tuple[Any, ...] = (persona_id,)
        if kind is not None:
            sql += " AND kind = ?"
            params += (kind.value,)
        if confirmed_only:
            sql += " AND confirmed = 1 AND " + _USABLE
        return [saying_from_row(r) for r in self._vault.query(sql + " ORDER BY id", params)]

    def set_caution(self, saying_id: int, caution: SayingCaution) -> None:
        """The person's choice for a saying marked as a possible invitation (or the mark)."""
        with self._vault.transaction() as cur:
            cur.execute("UPDATE saying SET caution = ? WHERE id = ?", (caution.value, saying_id))

    def mark_invitations(self, persona_id: int, invites: Callable[[str], bool]) -> int:
        """Marks unmarked sayings that could read as an invitation (for vaults made before
        the check existed, and words corrected since). Returns how many were marked."""
        marked = [
            s.id
            for s in self.sayings(persona_id, SayingKind.SAYING)
            if s.caution is SayingCaution.NONE and invites(s.text)
        ]
        with self._vault.transaction() as cur:
            for saying_id in marked:
                cur.execute(
                    "UPDATE saying SET caution = ? WHERE id = ?",
                    (SayingCaution.MARKED.value, saying_id),
                )
        return len(marked)

    def confirm_saying(self, saying_id: int, text: str) -> None:
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE saying SET text = ?, confirmed = 1 WHERE id = ?", (text.strip(), saying_id)
            )

    def delete_saying(self, saying_id: int) -> None:
        with self._vault.transaction() as cur:
            cur.execute("DELETE FROM saying WHERE id = ?", (saying_id,))

    def search(self, persona_id: int, text: str, limit: int = 5) -> list[tuple[Saying, float]]:
        """Confirmed sayings and memories most relevant to `text`, best first, with scores
        (vault/saying_search.py)."""
        return search_sayings(self._vault, persona_id, text, limit)


__all__ = ["NewPersona", "NewSaying", "PersonaStore"]
