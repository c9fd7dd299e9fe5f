"""The `keepsake` command: starts the app, or runs a subcommand without a window."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.privacy import silence_native_libraries
from desktop.core.settings import Settings
from desktop.paths import AppPaths, resolve_paths


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keepsake",
        description="Private, offline conversations with a portrait of someone you lost.",
    )
    parser.add_argument("--version", action="version", version=f"keepsake {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log timings to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    doctor = sub.add_parser("doctor", help="show what is installed and whether it works")
    doctor.add_argument("--json", action="store_true", help="print one JSON object")
    doctor.add_argument(
        "--quick", action="store_true", help="check model files by size only (no checksums)"
    )
    _add_talk(sub)
    _add_persona(sub)
    _add_avatar(sub)
    _add_export(sub)
    backup = sub.add_parser("backup", help="the whole vault to one passphrase-protected file")
    backup.add_argument("out", type=Path)
    restore = sub.add_parser("restore", help="replace this computer's data with a backup")
    restore.add_argument("source", type=Path)
    bench = sub.add_parser("bench", help="measure this PC; prints one JSON object")
    bench.add_argument("--quick", action="store_true", help="fewer turns; under a minute")
    bench.add_argument(
        "--only", choices=["avatar"], help="only the portrait's figures (not saved for estimates)"
    )
    _add_eval(sub)
    return parser


def _add_eval(sub: Any) -> None:
    evaluation = sub.add_parser("eval", help="measure quality on built-in sets")
    eval_sub = evaluation.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    safety = eval_sub.add_parser(
        "safety", help="crisis language heard, ordinary grief left alone, invitations blocked"
    )
    safety.add_argument("--json", action="store_true", help="print one JSON object")
    safety.add_argument(
        "--set", default="all", choices=["all", "dev", "heldout", "fresh"], help="which set"
    )
    safety.add_argument("--lexicon", type=Path, help="measure this lexicon file instead")
    safety.add_argument(
        "--no-similarity", action="store_true", help="the lexicon alone (no second signal)"
    )


def _add_talk(sub: Any) -> None:
    models = sub.add_parser("models", help="list, import, install or remove models")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    models_list = models_sub.add_parser("list", help="the catalogue and what is installed")
    models_list.add_argument("--json", action="store_true")
    models_import = models_sub.add_parser(
        "import", help="a .gguf, a Piper .onnx or a Whisper folder"
    )
    models_import.add_argument("source", type=Path)
    models_get = models_sub.add_parser("get", help="install a catalogue model")
    models_get.add_argument("id")
    models_get.add_argument(
        "--download", action="store_true", help="agree to download it from huggingface.co"
    )
    models_remove = models_sub.add_parser("remove", help="remove an installed model")
    models_remove.add_argument("id")
    talk = sub.add_parser("talk", help="one conversation turn without a window")
    source = talk.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="what you say, typed")
    source.add_argument("--wav", type=Path, help="what you say, as an audio file")
    talk.add_argument("--out", type=Path, help="write the spoken reply to this WAV file")
    talk.add_argument("--json", action="store_true", help="print one JSON object")
    talk.add_argument("--persona", help="talk to this persona (by name or what you called them)")
    talk.add_argument(
        "--sayings-only", action="store_true", help="answer only with their real sayings (no LLM)"
    )


def _add_persona(sub: Any) -> None:
    persona = sub.add_parser("persona", help="create and list portraits without a window")
    persona_sub = persona.add_subparsers(dest="persona_command", metavar="ACTION", required=True)
    create = persona_sub.add_parser("create", help="create a persona from files")
    create.add_argument("name")
    create.add_argument("--called", default="", help='what you called them, e.g. "Mum"')
    create.add_argument("--photo", type=Path, action="append", default=[])
    create.add_argument("--clip", type=Path, action="append", default=[])
    create.add_argument("--chat", type=Path, help="a WhatsApp export or Name: message text")
    create.add_argument("--sender", default="", help="their name in the chat")
    create.add_argument("--saying", action="append", default=[])
    create.add_argument("--memory", action="append", default=[])
    create.add_argument("--creator", help="who is creating this portrait")
    create.add_argument("--relationship", help="the creator's relationship to them")
    create.add_argument("--agreed", choices=["yes", "no", "unknown"], help="did they agree in life")
    create.add_argument("--json", action="store_true")
    listing = persona_sub.add_parser("list", help="list the personas")
    listing.add_argument("--json", action="store_true")


def _add_avatar(sub: Any) -> None:
    avatar = sub.add_parser("avatar", help="see what the portrait does with a photo")
    avatar_sub = avatar.add_subparsers(dest="avatar_command", metavar="ACTION", required=True)
    rig = avatar_sub.add_parser("rig", help="find the face, eyes and mouth")
    rig.add_argument("photo", type=Path)
    rig.add_argument("--json", action="store_true")
    sheet = avatar_sub.add_parser("sheet", help="write a contact sheet of mouth shapes and blinks")
    sheet.add_argument("photo", type=Path)
    sheet.add_argument("out", type=Path)
    sheet.add_argument(
        "--close-up", action="store_true", help="the face from brows to chin, larger"
    )
    video = avatar_sub.add_parser("video", help="write a short talking video with its audio")
    video.add_argument("photo", type=Path)
    video.add_argument("--text", required=True)
    video.add_argument("--out", type=Path, required=True)
    preview = avatar_sub.add_parser("preview", help="open the animated portrait in a window")
    preview.add_argument("photo", type=Path)


def _add_export(sub: Any) -> None:
    export = sub.add_parser("export", help="export the journal (the file is not encrypted)")
    export.add_argument("--format", required=True, choices=["md", "html", "pdf", "json"])
    export.add_argument("--persona")
    export.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD")
    export.add_argument("--to", dest="end", metavar="DATE", help="YYYY-MM-DD (inclusive)")
    export.add_argument("--out", type=Path, required=True)


def _doctor(paths: AppPaths, as_json: bool, quick: bool) -> int:
    from desktop import doctor
    from desktop.vault.keys import default_keyring_backend

    report = doctor.gather(paths, default_keyring_backend(), full_hash=not quick)
    if as_json:
        print(json.dumps(doctor.to_json(report), indent=2, ensure_ascii=False))
    else:
        print(doctor.to_text(report))
    return 0 if report.default_models_usable else 1


def _settings(paths: AppPaths) -> Settings:
    """The saved settings; a damaged file is kept aside (said once, on stderr)."""
    from desktop.core.settings import SettingsStore

    loaded = SettingsStore(paths.settings_file).load()
    if loaded.damaged_copy is not None:
        print(
            f"keepsake: the settings file could not be read, so the defaults apply; it was kept "
            f"as {loaded.damaged_copy.name}.",
            file=sys.stderr,
        )
    return loaded.settings


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `keepsake` and `python -m desktop`; returns the exit code."""
    silence_native_libraries()  # before anything can load onnxruntime
    args = _build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    paths = resolve_paths()
    if args.command == "doctor":
        return _doctor(paths, args.json, args.quick)
    if args.command == "avatar":
        from desktop import avatar_cli

        if args.avatar_command == "rig":
            return avatar_cli.rig_command(args.photo, args.json)
        if args.avatar_command == "preview":
            from desktop.app import run_portrait_preview

            return run_portrait_preview(str(args.photo))
        if args.avatar_command == "sheet":
            return avatar_cli.sheet_command(args.photo, args.out, args.close_up)
        settings = _settings(paths)
        return avatar_cli.video_command(args.photo, args.text, args.out, settings, paths.models_dir)
    if args.command in ("backup", "restore"):
        from desktop import backup_cli

        if args.command == "backup":
            return backup_cli.backup_command(paths, args.out)
        return backup_cli.restore_command(paths, args.source)
    if args.command == "export":
        from desktop.export_cli import export_command

        return export_command(paths, args.format, args.persona, args.start, args.end, args.out)
    if args.command == "models":
        from desktop import models_cli

        if args.models_command == "list":
            return models_cli.list_command(paths, args.json)
        if args.models_command == "import":
            return models_cli.import_command(paths, args.source)
        if args.models_command == "get":
            return models_cli.get_command(paths, args.id, args.download)
        return models_cli.remove_command(paths, args.id)
    if args.command == "bench":
        from desktop.bench import run_bench

        settings = _settings(paths)
        from desktop.journal_bench import bench_journal

        if args.only == "avatar":
            from desktop.bench import run_avatar_bench

            print(json.dumps(run_avatar_bench(settings, paths.models_dir, args.quick), indent=2))
            return 0
        figures = run_bench(settings, paths.models_dir, args.quick)
        figures.update(bench_journal())
        text = json.dumps(figures, indent=2)
        print(text)
        from desktop.core.files import atomic_write_text

        paths.config_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(paths.bench_file, text)  # the model manager's speed estimates
        return 0
    if args.command == "eval":
        from desktop.eval_safety import eval_safety_command

        return eval_safety_command(
            args.json, args.set, args.lexicon, not args.no_similarity, paths.crisis_file
        )
    if args.command == "persona":
        from desktop import persona_cli

        if args.persona_command == "list":
            return persona_cli.list_command(paths, args.json)
        settings = _settings(paths)
        return persona_cli.create_command(
            paths,
            settings,
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
    if args.command == "talk":
        from desktop.talk import talk_command

        settings = _settings(paths)
        return talk_command(
            settings,
            paths,
            args.text,
            args.wav,
            args.out,
            args.json,
            args.persona,
            args.sayings_only,
        )
    from desktop.app import run

    return run(paths, sys.argv[:1])
