"""Finding a portrait's own words for what was just said: full-text search over the sayings
and memories that are confirmed and usable (not set aside as a possible invitation)."""

from __future__ import annotations

from desktop.core.grounding import search_terms, short_terms
from desktop.core.persona import Saying
from desktop.vault.database import Vault
from desktop.vault.persona_codec import SAYING_COLUMNS, saying_from_row

USABLE = "caution IN ('', 'kept')"  # a saying marked as a possible invitation and set aside is not


def search_sayings(
    vault: Vault, persona_id: int, text: str, limit: int = 5
) -> list[tuple[Saying, float]]:
    """Confirmed sayings and memories most relevant to `text`, best first, with scores:
    full-text (bm25) hits on stems and Chinese trigrams first, then sayings holding a
    Chinese pair of characters the trigram index cannot match ("下雨"), by how many."""
    found: dict[int, tuple[Saying, float]] = {}
    terms = search_terms(text)
    if terms:
        query = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
        rows = vault.query(
            SAYING_COLUMNS.replace("FROM saying", ", bm25(saying_fts) FROM saying")
            + " JOIN saying_fts ON saying_fts.rowid = saying.id"
            " WHERE saying_fts MATCH ? AND persona_id = ? AND confirmed = 1"
            " AND kind != 'style' AND saying." + USABLE + " ORDER BY bm25(saying_fts) LIMIT ?",
            (query, persona_id, limit),
        )
        for r in rows:
            found[int(r[0])] = (saying_from_row(r[:-1]), -float(r[-1]))
    pairs = short_terms(text)[:12]
    if pairs and len(found) < limit:
        hits = " + ".join("(instr(saying.text, ?) > 0)" for _p in pairs)
        rows = vault.query(
            SAYING_COLUMNS.replace("FROM saying", f", ({hits}) AS hits FROM saying")
            + " WHERE persona_id = ? AND confirmed = 1 AND kind != 'style'"
            " AND saying." + USABLE + " AND hits > 0 ORDER BY hits DESC, id LIMIT ?",
            (*pairs, persona_id, limit),
        )
        for r in rows:
            if int(r[0]) not in found and len(found) < limit:
                found[int(r[0])] = (saying_from_row(r[:-1]), float(r[-1]) / 10)
    return list(found.values())
