"""`keepsake persona share NAME OUT` and `keepsake persona add-shared IN`.

The share file's passphrase comes from KEEPSAKE_SHARE_PASSPHRASE (for scripts) or is asked in
the terminal (twice, for a new file). Before a share, the family members who objected are shown;
before an addition, who made the portrait and its consent. In a terminal both ask to go on;
without one (a script) they are printed and the command goes on.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop.cli.common import EXIT_FAILED, terminal_passphrase
from desktop.core.errors import KeepsakeError, NoPassphraseError, PassphraseMismatchError
from desktop.core.persona import Agreement, ConsentRecord
from desktop.core.sharing import SharePreview
from desktop.services.headless import open_vault_headless
from desktop.services.paths import AppPaths
from desktop.vault.interviews import InterviewStore
from desktop.vault.personas import PersonaStore
from desktop.vault.share import add_shared, preview_share, write_share

EXIT_DECLINED = 1  # the person said no when asked to go on: nothing was changed
SHARE_PASSPHRASE_VARIABLE = "KEEPSAKE_SHARE_PASSPHRASE"
_AGREED = {
    Agreement.YES: "agreed to this",
    Agreement.NO: "did not agree to this",
    Agreement.UNKNOWN: "were not asked, or their wish is not known",
}


def share_passphrase(new: bool) -> str:
    """KEEPSAKE_SHARE_PASSPHRASE, or asked in the terminal. Raises NoPassphraseError or
    PassphraseMismatchError."""
    return terminal_passphrase(
        SHARE_PASSPHRASE_VARIABLE,
        "no passphrase for the shared file",
        "Passphrase for the shared portrait: ",
        "The same passphrase again: " if new else None,
    )
    if not sys.stdin.isatty():
        raise NoPassphraseError(SHARE_PASSPHRASE_VARIABLE, "no passphrase for the shared file")
    import getpass

    passphrase = getpass.getpass("Passphrase for the shared portrait: ")
    if new and getpass.getpass("The same passphrase again: ") != passphrase:
        raise PassphraseMismatchError
    return passphrase


def consent_lines(consent: ConsentRecord | None) -> list[str]:
    """The consent as the terminal shows it."""
    if consent is None:
        return ["Consent has not been recorded for this portrait."]
    if consent.self_recorded:
        head = f"Recorded by {consent.creator} themselves"
        lines = [head + (f", for {consent.for_whom}." if consent.for_whom else ".")]
    else:
        lines = [
            f"Made by {consent.creator}, their {consent.creator_relationship}. "
            f"In life, they {_AGREED[consent.agreed_in_life]}."
        ]
    for member in consent.family:
        said = {Agreement.YES: "agreed", Agreement.NO: "objected"}.get(member.agreement, "asked")
        words = f': "{member.response}"' if member.response else ""
        lines.append(f"  {member.name} ({member.relationship}) {said}{words}")
    return lines


def _go_on(question: str) -> bool:
    """In a terminal, ask; a script goes on (it chose to run the command)."""
    if not sys.stdin.isatty():
        return True
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def share_command(
    paths: AppPaths, name: str, out: Path, shared_by: str, message: str, as_json: bool
) -> int:
    try:
        vault = open_vault_headless(paths)
    except KeepsakeError as exc:
        print(f"keepsake persona share: {exc}")
        return EXIT_FAILED
    try:
        personas = PersonaStore(vault)
        persona = personas.find(name)
        if persona is None:
            print(f"keepsake persona share: there is no portrait called {name!r}.")
            return EXIT_FAILED
        consent = personas.consent(persona.id)
        objections = consent.objections if consent else ()
        for member in objections:
            words = f': "{member.response}"' if member.response else "."
            print(f"Before you share: {member.name} ({member.relationship}) objected{words}")
        if objections and not _go_on("Share it all the same?"):
            print("Nothing was shared.")
            return EXIT_DECLINED
        sender = shared_by or (consent.creator if consent else "")
        size = write_share(
            personas,
            InterviewStore(vault, personas),
            persona.id,
            out,
            share_passphrase(new=True),
            sender,
            datetime.now(UTC),
            message,
        )
    except KeepsakeError as exc:
        print(f"keepsake persona share: nothing was written. {exc}")
        return EXIT_FAILED
    finally:
        vault.close()
    if as_json:
        print(json.dumps({"out": str(out), "bytes": size, "objections": len(objections)}))
    else:
        print(
            f"{persona.display_name}'s portrait is in {out} ({size / 1e6:.1f} MB). Give the "
            "passphrase to the family another way than the file (say it, or write it down)."
        )
    return 0


def _describe(preview: SharePreview) -> list[str]:
    d, p = preview.details, preview.provenance
    called = f' ("{d.called}")' if d.called and d.called != d.name else ""
    when = p.shared_at.astimezone().strftime("%Y-%m-%d")
    lines = [f"{d.name}{called}, shared by {p.shared_by or 'someone'} on {when}."]
    if p.message:
        lines.append(f'  "{p.message}"')
    lines += consent_lines(preview.consent)
    lines.append(
        f"It holds {preview.photos} photos, {preview.clips} recordings, {preview.sayings} "
        f"sayings, {preview.memories} memories and {preview.answers} interview answers"
        + (f" ({preview.sealed} sealed until the family opens them)." if preview.sealed else ".")
    )
    return lines


def add_shared_command(paths: AppPaths, source: Path, as_json: bool) -> int:
    try:
        passphrase = share_passphrase(new=False)
        preview = preview_share(source, passphrase)
    except KeepsakeError as exc:
        print(f"keepsake persona add-shared: nothing was added. {exc}")
        return EXIT_FAILED
    if not as_json:
        print("\n".join(_describe(preview)))
    if not _go_on("Add this portrait?"):
        print("Nothing was added.")
        return EXIT_DECLINED
    try:
        vault = open_vault_headless(paths)
    except KeepsakeError as exc:
        print(f"keepsake persona add-shared: {exc}")
        return EXIT_FAILED
    try:
        personas = PersonaStore(vault)
        persona_id = add_shared(
            personas, InterviewStore(vault, personas), source, passphrase, datetime.now(UTC)
        )
    except KeepsakeError as exc:
        print(f"keepsake persona add-shared: nothing was added. {exc}")
        return EXIT_FAILED
    finally:
        vault.close()
    if as_json:
        print(
            json.dumps(
                {
                    "id": persona_id,
                    "name": preview.details.name,
                    "made_by": preview.provenance.made_by,
                    "shared_by": preview.provenance.shared_by,
                    "objections": list(preview.objections),
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"{preview.details.called or preview.details.name}'s portrait was added.")
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """`keepsake persona share NAME OUT` or `keepsake persona add-shared IN`."""
    if args.persona_command == "share":
        return share_command(paths, args.name, args.out, args.shared_by, args.message, args.json)
    return add_shared_command(paths, args.source, args.json)
