"""`keepsake export --format md|html|pdf|json [--persona NAME] [--from DATE] [--to DATE]
--out PATH`: the journal to a file, without a window."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.cli.persona import open_vault_headless
from desktop.core.errors import KeepsakeError
from desktop.services.paths import AppPaths
from desktop.vault.export import (
    EXPORT_WARNING,
    ExportFormat,
    ExportSelection,
    export_to_file,
)
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore


def render(
    fmt: ExportFormat,
    journal: Journal,
    store: PersonaStore,
    selection: ExportSelection,
    out: Path,
    now: datetime,
) -> int:
    """Write the export without a window; returns how many conversations it holds."""
    writer = None
    if fmt is ExportFormat.PDF:
        from desktop.ui.journal.pdf_export import headless_pdf_writer

        writer = headless_pdf_writer()
    return export_to_file(fmt, journal, store, selection, out, now, writer)


def export_command(
    paths: AppPaths, fmt: str, persona: str | None, start: str | None, end: str | None, out: Path
) -> int:
    try:
        vault = open_vault_headless(paths)
    except KeepsakeError as exc:
        print(f"keepsake export: {exc}")
        return 2
    try:
        store = PersonaStore(vault)
        persona_id = None
        if persona:
            found = store.find(persona)
            if found is None:
                print(f"keepsake export: there is no portrait called {persona!r}")
                return 2
            persona_id = found.id
        selection = ExportSelection(
            persona_id=persona_id,
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
        )
        count = render(ExportFormat(fmt), Journal(vault), store, selection, out, datetime.now(UTC))
    except ValueError as exc:
        print(f"keepsake export: {exc}")
        return 2
    finally:
        vault.close()
    print(f"{count} conversations written to {out}", file=sys.stdout)
    print(f"Note: {EXPORT_WARNING}", file=sys.stderr)
    return 0
