"""`keepsake persona create|list` and the vault access the headless commands share."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.errors import KeepsakeError, PassphraseRequiredError
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.core.settings import Settings
from desktop.paths import AppPaths
from desktop.vault.database import Vault
from desktop.vault.instance_lock import VaultLock
from desktop.vault.keys import default_keyring_backend
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore

PASSPHRASE_VARIABLE = "KEEPSAKE_PASSPHRASE"
CONSENT_FLAGS = "--creator WHO --relationship REL --agreed yes|no|unknown"


def open_vault_headless(paths: AppPaths) -> Vault:
    """Unlock with the keyring, or a passphrase from KEEPSAKE_PASSPHRASE or the terminal.

    Holds the instance lock until the vault is closed: raises VaultInUseError while another
    Keepsake (the window, another command) has the vault open.
    """
    paths.ensure()
    lock = VaultLock.acquire(paths.lock_file)
    try:
        vault = _unlock_headless(paths)
    except BaseException:
        lock.release()
        raise
    vault.on_close(lock.release)
    return vault


def local_passphrase(prompt: str = "Keepsake passphrase: ") -> str | None:
    """KEEPSAKE_PASSPHRASE, or asked in a terminal; None without either."""
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase is None and sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(prompt)
    return passphrase


def _unlock_headless(paths: AppPaths) -> Vault:
    backend = default_keyring_backend()
    try:
        return open_vault(paths, backend)
    except PassphraseRequiredError:
        passphrase = local_passphrase()
        if passphrase is None:
            raise KeepsakeError(
                f"this computer has no keyring: set {PASSPHRASE_VARIABLE} or run in a terminal"
            ) from None
        return open_vault(paths, backend, passphrase)


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
    from desktop.engine_setup import build_adapters
    from desktop.persona_builder import PersonaRequest, build_persona

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
        vault = open_vault_headless(paths)
    except KeepsakeError as exc:
        print(f"keepsake persona: {exc}")
        return 2
    try:
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
        return 2
    finally:
        vault.close()
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
        vault = open_vault_headless(paths)
    except KeepsakeError as exc:
        print(f"keepsake persona: {exc}")
        return 2
    try:
        store = PersonaStore(vault)
        rows = []
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
    finally:
        vault.close()
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            line = f"{r['words']} words, {r['photos']} photos, {r['clips']} clips"
            print(f"{r['id']:>3}  {r['name']}  ({line})")
    return 0
