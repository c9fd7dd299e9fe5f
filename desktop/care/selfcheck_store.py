"""Where the self-check lives in the vault: each result, and the questionnaire's words (the
pack a therapist or the person added). Thin persistence; the rules are in `selfcheck.py`.
Any thread (the vault serialises access)."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.care.instrument import Band, Instrument, score
from desktop.care.instrument_pack import InstrumentPack, pack_to_json, parse_pack
from desktop.care.selfcheck import SelfCheckResult, next_possible
from desktop.core.errors import InstrumentPackError, SelfCheckTooSoonError
from desktop.vault.database import Vault


class SelfCheckStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def results(self) -> list[SelfCheckResult]:
        """Every result, oldest first (rows that cannot be read are left out)."""
        found = []
        for row in self.vault.query(
            "SELECT id, instrument, taken_at, answers, total, band FROM selfcheck_score "
            "ORDER BY taken_at, id"
        ):
            try:
                answers = tuple(int(a) for a in json.loads(row[3]))
                found.append(
                    SelfCheckResult(
                        int(row[0]),
                        str(row[1]),
                        datetime.fromisoformat(row[2]),
                        answers,
                        int(row[4]),
                        Band(row[5]),
                    )
                )
            except (ValueError, TypeError):
                continue
        return found

    def take(
        self, instrument: Instrument, answers: list[int], now: datetime, zone: ZoneInfo
    ) -> SelfCheckResult:
        """Score and keep one self-check. Raises SelfCheckTooSoonError within four weeks of
        the last one, InstrumentError for incomplete answers."""
        ready = next_possible(self.results(), zone)
        if ready is not None and now < ready:
            raise SelfCheckTooSoonError(ready)
        result = score(instrument, answers)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO selfcheck_score (instrument, taken_at, answers, total, band) "
                "VALUES (?, ?, ?, ?, ?)",
                (instrument.id, now.isoformat(), json.dumps(answers), result.total, result.band),
            )
            row_id = int(cur.lastrowid)
        return SelfCheckResult(
            row_id, instrument.id, now, tuple(answers), result.total, result.band
        )

    def delete_all(self) -> None:
        """The person may remove every result (the chart starts again)."""
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM selfcheck_score")
        self.vault.scrub()

    # --- the questionnaire's words ---------------------------------------------------------

    def pack(self) -> InstrumentPack | None:
        """The questionnaire added to this vault (None: none, or it no longer reads)."""
        rows = self.vault.query(
            "SELECT pack FROM selfcheck_instrument ORDER BY added_at DESC LIMIT 1"
        )
        if not rows:
            return None
        try:
            return parse_pack(str(rows[0][0]).encode("utf-8"))
        except InstrumentPackError:
            return None

    def add_pack(self, data: bytes, now: datetime) -> InstrumentPack:
        """Keep the words of a questionnaire (raises InstrumentPackError for a bad file)."""
        pack = parse_pack(data)
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM selfcheck_instrument")
            cur.execute(
                "INSERT INTO selfcheck_instrument (instrument, pack, added_at) VALUES (?, ?, ?)",
                (pack.instrument.id, pack_to_json(pack), now.isoformat()),
            )
        return pack

    def remove_pack(self) -> None:
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM selfcheck_instrument")
