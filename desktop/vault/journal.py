"""The journal in the vault. Each turn is committed as it happens (WAL), so a crash loses at
most the turn in flight; sessions left open are marked "ended unexpectedly" at the next start.
Thread-safe through the vault's lock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core.grounding import search_terms
from desktop.core.journal import (
    Channel,
    Ending,
    JournalEntry,
    JournalSession,
    JournalTurn,
    SearchHit,
    Speaker,
    TurnLabel,
)
from desktop.vault.database import Vault

_SESSION_COLUMNS = (
    "SELECT id, persona_id, persona_name, started_at, ended_at, ending, channel, "
    "mood_before, mood_after, mood_words, note FROM journal_session"
)


def insert_entry(cur: Any, persona_id: int | None, title: str, body: str, now: datetime) -> int:
    """A free entry, inside the caller's transaction (so it lands with what it belongs to)."""
    cur.execute(
        "INSERT INTO journal_entry (persona_id, at, title, body) VALUES (?, ?, ?, ?)",
        (persona_id, now.isoformat(), title.strip(), body),
    )
    return int(cur.lastrowid)


class Journal:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def start_session(
        self,
        persona_id: int | None,
        persona_name: str,
        channel: Channel,
        now: datetime,
        mood_before: int | None = None,
    ) -> int:
        with self._vault.transaction() as cur:
            cur.execute(
                "INSERT INTO journal_session (persona_id, persona_name, started_at, channel, "
                "mood_before) VALUES (?, ?, ?, ?, ?)",
                (persona_id, persona_name, now.isoformat(), channel.value, mood_before),
            )
            return int(cur.lastrowid)

    def add_turn(self, session_id: int, turn: JournalTurn) -> None:
        with self._vault.transaction() as cur:
            cur.execute(
                "INSERT INTO journal_turn (session_id, at, speaker, text, label, interrupted) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    turn.at.isoformat(),
                    turn.speaker.value,
                    turn.text,
                    turn.label.value,
                    int(turn.interrupted),
                ),
            )

    def end_session(
        self,
        session_id: int,
        now: datetime,
        ending: Ending = Ending.ENDED,
        mood_after: int | None = None,
        mood_words: str = "",
        note: str = "",
    ) -> None:
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE journal_session SET ended_at = ?, ending = ?, mood_after = ?, "
                "mood_words = ?, note = ? WHERE id = ?",
                (now.isoformat(), ending.value, mood_after, mood_words, note, session_id),
            )

    def mark_unfinished(self) -> int:
        """Sessions a crash left open are closed as "ended unexpectedly" (at their last turn)."""
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE journal_session SET ending = ?, ended_at = COALESCE("
                "(SELECT max(at) FROM journal_turn WHERE session_id = journal_session.id), "
                "started_at) WHERE ended_at IS NULL",
                (Ending.UNEXPECTED.value,),
            )
            return int(cur.rowcount)

    def sessions(self, persona_id: int | None = None) -> list[JournalSession]:
        sql = _SESSION_COLUMNS
        params: tuple[Any, ...] = ()
        if persona_id is not None:
            sql += " WHERE persona_id = ?"
            params = (persona_id,)
        return [
            self._session(r, with_turns=False)
            for r in self._vault.query(sql + " ORDER BY started_at DESC, id DESC", params)
        ]

    def session(self, session_id: int) -> JournalSession:
        rows = self._vault.query(
            _SESSION_COLUMNS + " WHERE id = ?",
            (session_id,),
        )
        if not rows:
            raise LookupError(f"no session {session_id}")
        return self._session(rows[0], with_turns=True)

    def _session(self, r: tuple[Any, ...], with_turns: bool) -> JournalSession:
        turns: tuple[JournalTurn, ...] = ()
        if with_turns:
            turns = tuple(
                JournalTurn(
                    datetime.fromisoformat(t[0]),
                    Speaker(t[1]),
                    str(t[2]),
                    TurnLabel(t[3]),
                    bool(t[4]),
                )
                for t in self._vault.query(
                    "SELECT at, speaker, text, label, interrupted FROM journal_turn "
                    "WHERE session_id = ? ORDER BY id",
                    (r[0],),
                )
            )
        return JournalSession(
            id=int(r[0]),
            persona_id=r[1],
            persona_name=str(r[2]),
            started_at=datetime.fromisoformat(r[3]),
            ended_at=datetime.fromisoformat(r[4]) if r[4] else None,
            ending=Ending(r[5]) if r[5] else None,
            channel=Channel(r[6]),
            turns=turns,
            mood_before=r[7],
            mood_after=r[8],
            mood_words=str(r[9]),
            note=str(r[10]),
        )

    def add_entry(self, persona_id: int | None, title: str, body: str, now: datetime) -> int:
        with self._vault.transaction() as cur:
            return insert_entry(cur, persona_id, title, body, now)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Turns and entries containing all the words, best matches, shown newest first.

        The full-text index picks and highlights the best `limit` hits; only those are joined
        to their sessions, so a search stays fast over years of weekly conversations.
        """
        terms = search_terms(text)
        if not terms:
            return []
        query = " ".join('"' + t.replace('"', "") + '"' for t in terms)
        rows = self._vault.query(
            "SELECT f.kind, f.ref, f.snippet, s.id, COALESCE(t.at, e.at), "
            "COALESCE(s.persona_name, NULLIF(p.called, ''), p.name, '') "
            "FROM (SELECT kind, ref, highlight(journal_fts, 0, '[[', ']]') AS snippet "
            "      FROM journal_fts WHERE journal_fts MATCH ? ORDER BY rank LIMIT ?) f "
            "LEFT JOIN journal_turn t ON f.kind = 'turn' AND t.id = f.ref "
            "LEFT JOIN journal_session s ON s.id = t.session_id "
            "LEFT JOIN journal_entry e ON f.kind = 'entry' AND e.id = f.ref "
            "LEFT JOIN persona p ON p.id = e.persona_id",
            (query, limit),
        )
        hits = [
            SearchHit(
                session_id=r[3],
                entry_id=int(r[1]) if r[0] == "entry" else None,
                at=datetime.fromisoformat(r[4]),
                persona_name=str(r[5]),
                snippet=str(r[2]),
            )
            for r in rows
            if r[4] is not None
        ]
        return sorted(hits, key=lambda h: h.at, reverse=True)

    def entries(self, persona_id: int | None = None) -> list[JournalEntry]:
        sql = "SELECT id, persona_id, at, title, body FROM journal_entry"
        params: tuple[Any, ...] = ()
        if persona_id is not None:
            sql += " WHERE persona_id = ?"
            params = (persona_id,)
        return [
            JournalEntry(int(r[0]), r[1], datetime.fromisoformat(r[2]), str(r[3]), str(r[4]))
            for r in self._vault.query(sql + " ORDER BY at DESC, id DESC", params)
        ]

    def delete_entry(self, entry_id: int) -> None:
        with self._vault.transaction() as cur:
            cur.execute("DELETE FROM journal_entry WHERE id = ?", (entry_id,))
        self._vault.scrub()

    def delete_sessions_of(self, persona_id: int) -> int:
        """All conversations with one persona (and the entries written to them)."""
        with self._vault.transaction() as cur:
            cur.execute(
                "DELETE FROM journal_turn WHERE session_id IN "
                "(SELECT id FROM journal_session WHERE persona_id = ?)",
                (persona_id,),
            )
            cur.execute("DELETE FROM journal_session WHERE persona_id = ?", (persona_id,))
            count = int(cur.rowcount)
            cur.execute("DELETE FROM journal_entry WHERE persona_id = ?", (persona_id,))
        self._vault.scrub()
        return count

    def delete_session(self, session_id: int) -> None:
        with self._vault.transaction() as cur:
            cur.execute("DELETE FROM journal_turn WHERE session_id = ?", (session_id,))
            cur.execute("DELETE FROM journal_session WHERE id = ?", (session_id,))
        self._vault.scrub()
