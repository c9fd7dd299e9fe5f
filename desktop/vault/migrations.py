"""The vault's schema, as numbered steps. `PRAGMA user_version` records the last one applied.

Never edit a released step: add a new one. Each step runs in one transaction together with
the version bump, so a crash leaves the vault at the previous version, intact.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "app metadata",
        (
            """CREATE TABLE app_meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        2,
        "personas",
        (
            """CREATE TABLE persona (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                called TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                retired_at TEXT
            )""",
        ),
    ),
    Migration(
        3,
        "persona details, media, sayings with full-text search, consent",
        (
            "ALTER TABLE persona ADD COLUMN details TEXT NOT NULL DEFAULT '{}'",
            "ALTER TABLE persona ADD COLUMN consent TEXT",
            "ALTER TABLE persona ADD COLUMN portrait_media_id INTEGER",
            "ALTER TABLE persona ADD COLUMN rig TEXT",
            """CREATE TABLE media (
                id INTEGER PRIMARY KEY,
                persona_id INTEGER NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                filename TEXT NOT NULL,
                data BLOB NOT NULL,
                duration_s REAL,
                supplied_by TEXT NOT NULL DEFAULT '',
                added_at TEXT NOT NULL
            )""",
            "CREATE INDEX media_persona ON media(persona_id, kind)",
            """CREATE TABLE saying (
                id INTEGER PRIMARY KEY,
                persona_id INTEGER NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                context TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL,
                confirmed INTEGER NOT NULL DEFAULT 1,
                clip_id INTEGER REFERENCES media(id) ON DELETE SET NULL,
                clip_start_s REAL,
                clip_end_s REAL,
                supplied_by TEXT NOT NULL DEFAULT '',
                added_at TEXT NOT NULL
            )""",
            "CREATE INDEX saying_persona ON saying(persona_id, kind)",
            """CREATE VIRTUAL TABLE saying_fts USING fts5(
                text, content='saying', content_rowid='id', tokenize='trigram'
            )""",
            """CREATE TRIGGER saying_ai AFTER INSERT ON saying BEGIN
                INSERT INTO saying_fts(rowid, text) VALUES (new.id, new.text);
            END""",
            """CREATE TRIGGER saying_ad AFTER DELETE ON saying BEGIN
                INSERT INTO saying_fts(saying_fts, rowid, text) VALUES ('delete', old.id, old.text);
            END""",
            """CREATE TRIGGER saying_au AFTER UPDATE OF text ON saying BEGIN
                INSERT INTO saying_fts(saying_fts, rowid, text) VALUES ('delete', old.id, old.text);
                INSERT INTO saying_fts(rowid, text) VALUES (new.id, new.text);
            END""",
        ),
    ),
    Migration(
        4,
        "journal: sessions written turn by turn, free entries, full-text search",
        (
            """CREATE TABLE journal_session (
                id INTEGER PRIMARY KEY,
                persona_id INTEGER REFERENCES persona(id) ON DELETE SET NULL,
                persona_name TEXT NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT,
                ending TEXT,
                channel TEXT NOT NULL,
                mood_before INTEGER,
                mood_after INTEGER,
                mood_words TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX journal_session_time ON journal_session(started_at)",
            """CREATE TABLE journal_turn (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NOT NULL REFERENCES journal_session(id) ON DELETE CASCADE,
                at TEXT NOT NULL,
                speaker TEXT NOT NULL,
                text TEXT NOT NULL,
                label TEXT NOT NULL,
                interrupted INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX journal_turn_session ON journal_turn(session_id, id)",
            """CREATE TABLE journal_entry (
                id INTEGER PRIMARY KEY,
                persona_id INTEGER REFERENCES persona(id) ON DELETE SET NULL,
                at TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL
            )""",
            """CREATE VIRTUAL TABLE journal_fts USING fts5(
                text, kind UNINDEXED, ref UNINDEXED, tokenize='trigram'
            )""",
            """CREATE TRIGGER journal_turn_ai AFTER INSERT ON journal_turn BEGIN
                INSERT INTO journal_fts(text, kind, ref) VALUES (new.text, 'turn', new.id);
            END""",
            """CREATE TRIGGER journal_turn_ad AFTER DELETE ON journal_turn BEGIN
                DELETE FROM journal_fts WHERE kind = 'turn' AND ref = old.id;
            END""",
            """CREATE TRIGGER journal_entry_ai AFTER INSERT ON journal_entry BEGIN
                INSERT INTO journal_fts(text, kind, ref)
                VALUES (new.title || ' ' || new.body, 'entry', new.id);
            END""",
            """CREATE TRIGGER journal_entry_ad AFTER DELETE ON journal_entry BEGIN
                DELETE FROM journal_fts WHERE kind = 'entry' AND ref = old.id;
            END""",
        ),
    ),
    Migration(
        5,
        "care: usage log, signed usage policy, therapist PIN, archived portraits",
        (
            """CREATE TABLE usage_session (
                id INTEGER PRIMARY KEY,
                persona_id INTEGER REFERENCES persona(id) ON DELETE SET NULL,
                journal_session_id INTEGER,
                started_at TEXT NOT NULL,
                ended_at TEXT
            )""",
            "CREATE INDEX usage_session_time ON usage_session(started_at)",
            """CREATE TABLE care_policy (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                body TEXT NOT NULL,
                tag TEXT NOT NULL,
                set_at TEXT NOT NULL
            )""",
            """CREATE TABLE therapist_pin (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                hash TEXT NOT NULL,
                failures INTEGER NOT NULL DEFAULT 0,
                next_try_at TEXT
            )""",
            "ALTER TABLE persona ADD COLUMN archived INTEGER NOT NULL DEFAULT 0",
        ),
    ),
    Migration(
        6,
        "care: a hash chain over usage, policy and PIN changes, and its anchor",
        (
            """CREATE TABLE care_log (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                body TEXT NOT NULL,
                prev TEXT NOT NULL,
                hash TEXT NOT NULL
            )""",
            """CREATE TABLE care_anchor (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                head_seq INTEGER NOT NULL,
                head_hash TEXT NOT NULL,
                policy_version INTEGER NOT NULL,
                segment_start INTEGER NOT NULL,
                tag TEXT NOT NULL
            )""",
            # The chain begins (a snapshot of what is there) at the next care write; once begun,
            # this says "sealed" and an anchor must exist.
            "INSERT INTO app_meta (key, value) VALUES ('care_chain', 'unsealed') "
            "ON CONFLICT(key) DO UPDATE SET value = value",
        ),
    ),
    Migration(
        7,
        "sayings that could read as an invitation after a death, kept or set aside",
        ("ALTER TABLE saying ADD COLUMN caution TEXT NOT NULL DEFAULT ''",),
    ),
    Migration(
        8,
        "interview answers recorded by the person (sealed messages among them), provenance",
        (
            """CREATE TABLE interview_answer (
                id INTEGER PRIMARY KEY,
                persona_id INTEGER NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
                question_id TEXT NOT NULL,
                topic TEXT NOT NULL,
                question TEXT NOT NULL,
                language TEXT NOT NULL,
                moment TEXT NOT NULL DEFAULT '',
                clip_id INTEGER REFERENCES media(id) ON DELETE SET NULL,
                text TEXT NOT NULL DEFAULT '',
                typed INTEGER NOT NULL DEFAULT 0,
                spans TEXT NOT NULL DEFAULT '[]',
                sealed INTEGER NOT NULL DEFAULT 0,
                opened_at TEXT,
                recorded_at TEXT NOT NULL,
                UNIQUE (persona_id, question_id)
            )""",
            "ALTER TABLE saying ADD COLUMN answer_id INTEGER "
            "REFERENCES interview_answer(id) ON DELETE CASCADE",
            "CREATE INDEX saying_answer ON saying(answer_id)",
            # where a portrait came from when it was added from a shared file (JSON)
            "ALTER TABLE persona ADD COLUMN provenance TEXT",
        ),
    ),
    Migration(
        9,
        "care over time: self-check scores, remembrance days and their rituals, exercises",
        (
            """CREATE TABLE selfcheck_score (
                id INTEGER PRIMARY KEY,
                instrument TEXT NOT NULL,
                taken_at TEXT NOT NULL,
                answers TEXT NOT NULL,
                total INTEGER NOT NULL,
                band TEXT NOT NULL
            )""",
            "CREATE INDEX selfcheck_score_time ON selfcheck_score(taken_at)",
            # The words of a self-check's questions, added by the therapist or the person from
            # a copy its authors allow (Keepsake may not ship them): one row per instrument.
            """CREATE TABLE selfcheck_instrument (
                instrument TEXT PRIMARY KEY,
                pack TEXT NOT NULL,
                added_at TEXT NOT NULL
            )""",
            """CREATE TABLE remembrance_day (
                id INTEGER PRIMARY KEY,
                persona_id INTEGER REFERENCES persona(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                month INTEGER,
                day INTEGER,
                year INTEGER,
                label TEXT NOT NULL DEFAULT '',
                country TEXT NOT NULL DEFAULT '',
                added_at TEXT NOT NULL
            )""",
            """CREATE TABLE remembrance_visit (
                id INTEGER PRIMARY KEY,
                remembrance_day_id INTEGER REFERENCES remembrance_day(id) ON DELETE SET NULL,
                persona_id INTEGER REFERENCES persona(id) ON DELETE SET NULL,
                kind TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                on_day TEXT NOT NULL,
                opened_at TEXT,
                set_aside_at TEXT,
                journal_entry_id INTEGER REFERENCES journal_entry(id) ON DELETE SET NULL
            )""",
            # one row per marked day and date: the ritual opened, written in, or "not today"
            "CREATE UNIQUE INDEX remembrance_visit_day ON remembrance_visit("
            "remembrance_day_id, on_day)",
            """CREATE TABLE exercise_run (
                id INTEGER PRIMARY KEY,
                exercise TEXT NOT NULL,
                persona_id INTEGER REFERENCES persona(id) ON DELETE SET NULL,
                persona_name TEXT NOT NULL DEFAULT '',
                started_at TEXT NOT NULL,
                ended_at TEXT,
                mood_before INTEGER,
                mood_after INTEGER,
                journal_entry_id INTEGER REFERENCES journal_entry(id) ON DELETE SET NULL
            )""",
            "CREATE INDEX exercise_run_time ON exercise_run(started_at)",
        ),
    ),
)


def latest_version(migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0
