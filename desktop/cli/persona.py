"""`keepsake persona create|list`: portraits made and listed without a window."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop.cli.common import EXIT_FAILED, load_settings
from desktop.core.errors import KeepsakeError
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.core.settings import Settings
from desktop.services.headless import headless_vault
from desktop.services.paths import AppPaths
from desktop.vault.personas import PersonaStore

CONSENT_FLAGS = "--creator WHO --relationship REL --agreed yes|no|unknown"


def create_command(
    paths: AppPaths,
    settings: Settings,
    name: str,
    photos: Sequence[Path],
    clips: Sequence[Path],
    chat: Path | None,
    sender: str,
    sayings: Sequence[str],
    memories: Sequence[str],
    creator: str | None,
    relationship: str | None,
    agreed: str | None,
    called: str,
    as_json: bool,
) -> int:
    from desktop.services.engine_setup import build_adapters
    from desktop.services.persona_builder import PersonaRequest, build_persona

    consent = None
    if creator and relationship and agreed:
        consent = ConsentRecord(
            creator, relationship, Agreement(agreed), recorded_at=datetime.now(UTC)
        )
    request = PersonaRequest(
        details=PersonaDetails(name=name, called=called),
        supplied_by=creator or "",
        photos=tuple(photos),
        clips=tuple(clips),
        chat=chat,
        chat_sender=sender,
        sayings=tuple(sayings),
        memories=tuple(memories),
        consent=consent,
        confirm_clip_sayings=True,
    )
    try:
        with headless_vault(paths) as vault:
            adapters = build_adapters(settings, paths.models_dir, with_llm=False) if clips else None
            persona_id, report = build_persona(
                PersonaStore(vault),
                request,
                adapters.stt if adapters else None,
                datetime.now(UTC),
                tts=adapters.tts if adapters else None,
            )
    except KeepsakeError as exc:
        print(f"keepsake persona: nothing was added. {exc}")
        return EXIT_FAILED
    if as_json:
        print(
            json.dumps(
                {
                    "id": persona_id,
                    "sayings": report.sayings,
                    "memories": report.memories,
                    "clips": report.clips,
                    "marked_as_invitation": report.marked,
                    "skipped": [{"what": s.what, "reason": s.reason} for s in report.skipped],
                },
                ensure_ascii=False,
            )
        )
    else:
        print(
            f"Added {name}: {report.sayings} sayings, {report.memories} memories, "
            f"{report.clips} clips, {report.photos} photos."
        )
        for s in report.skipped:
            print(f"  skipped {s.what}: {s.reason}")
        if report.marked:
            print(
                f"  {report.marked} sayings could read as an invitation to join them; they are "
                "not used until you keep or set them aside on the persona's page"
            )
        if consent is None:
            print(f"Before the first conversation, record consent: {CONSENT_FLAGS}")
    return 0


def list_command(paths: AppPaths, as_json: bool) -> int:
    try:
        with headless_vault(paths) as vault:
            rows = _rows(PersonaStore(vault))
    except KeepsakeError as exc:
        print(f"keepsake persona: {exc}")
        return EXIT_FAILED
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            line = f"{r['words']} words, {r['photos']} photos, {r['clips']} clips"
            print(f"{r['id']:>3}  {r['name']}  ({line})")
    return 0


def _rows(store: PersonaStore) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for summary in store.list_summaries():
        counts = store.what_deleting_loses(summary.id)
        rows.append(
            {
                "id": summary.id,
                "name": summary.name,
                "called": summary.called,
                "retired": summary.retired,
                "consent": store.consent(summary.id) is not None,
                **counts,
            }
        )
    return rows


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.persona_command == "list":
        return list_command(paths, args.json)
    return create_command(
        paths,
        load_settings(paths),
        args.name,
        args.photo,
        args.clip,
        args.chat,
        args.sender,
        args.saying,
        args.memory,
        args.creator,
        args.relationship,
        args.agreed,
        args.called,
        args.json,
    )
