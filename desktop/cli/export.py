"""`keepsake export --format md|html|pdf|json [--persona NAME] [--from DATE] [--to DATE]
--out PATH`: the journal to a file, without a window."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.cli.common import EXIT_FAILED
from desktop.core.errors import KeepsakeError, PersonaNotFoundError
from desktop.services.headless import headless_vault
from desktop.services.paths import AppPaths
from desktop.vault.export import (
    EXPORT_WARNING,
    ExportFormat,
    ExportSelection,
    PdfWriter,
    export_to_file,
)
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore


def pdf_writer(fmt: ExportFormat) -> PdfWriter | None:
    """Qt's PDF writer, offscreen, for a PDF (None for the other formats)."""
    if fmt is not ExportFormat.PDF:
        return None
    from desktop.ui.journal.pdf_export import headless_pdf_writer

    return headless_pdf_writer()


def export_command(
    paths: AppPaths, fmt: str, persona: str | None, start: str | None, end: str | None, out: Path
) -> int:
    try:
        with headless_vault(paths) as vault:
            store = PersonaStore(vault)
            persona_id = None
            if persona:
                found = store.find(persona)
                if found is None:
                    raise PersonaNotFoundError(persona)
                persona_id = found.id
            selection = ExportSelection(
                persona_id=persona_id,
                start=date.fromisoformat(start) if start else None,
                end=date.fromisoformat(end) if end else None,
            )
            chosen = ExportFormat(fmt)
            journal, now = Journal(vault), datetime.now(UTC)
            count = export_to_file(chosen, journal, store, selection, out, now, pdf_writer(chosen))
    except (KeepsakeError, ValueError) as exc:
        print(f"keepsake export: {exc}")
        return EXIT_FAILED
    print(f"{count} conversations written to {out}", file=sys.stdout)
    print(f"Note: {EXPORT_WARNING}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    return export_command(paths, args.format, args.persona, args.start, args.end, args.out)
