"""The `keepsake` command line: every subcommand, its flags and their help."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop import __version__


def build_parser() -> argparse.ArgumentParser:
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
        "--only",
        choices=["avatar", "voice", "pc"],
        help="only the portrait's or the voice's figures (not saved for estimates), or what "
        "a person needs to know (pc: load, speeds, reply start, frame rate; saved)",
    )
    bench.add_argument(
        "--progress", action="store_true", help="say each stage on stderr as it begins (pc)"
    )
    bench.add_argument("--json", action="store_true", help="print one JSON object (always)")
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
    conversation = eval_sub.add_parser(
        "conversation", help="fifty-turn typed conversations: repeats, role slips, latency"
    )
    conversation.add_argument("--persona", help="this portrait instead of the built-in ones")
    conversation.add_argument("--script", type=Path, help="this script instead of the built-in")
    conversation.add_argument("--json", action="store_true", help="print one JSON object")
    conversation.add_argument("--seed", type=int, default=0, help="the sampling seed")
    conversation.add_argument(
        "--language", choices=["en", "zh"], action="append", help="only this language"
    )
    conversation.add_argument(
        "--transcripts", type=Path, help="also write each conversation to this folder"
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
    talk = sub.add_parser("talk", help="one conversation turn (or a whole one) without a window")
    source = talk.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="what you say, typed")
    source.add_argument("--wav", type=Path, help="what you say, as an audio file")
    source.add_argument(
        "--script", type=Path, help="a whole typed conversation, a line a turn (needs --persona)"
    )
    talk.add_argument("--out", type=Path, help="write the spoken reply to this WAV file")
    talk.add_argument(
        "--json", action="store_true", help="print one JSON object (a JSON line a turn)"
    )
    talk.add_argument("--seed", type=int, default=0, help="with --script: the sampling seed")
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
    create.add_argument(
        "--clip",
        type=Path,
        action="append",
        default=[],
        help="a recording: WAV, MP3, M4A, Opus, FLAC, or a WeChat voice message (SILK, AMR)",
    )
    create.add_argument(
        "--chat",
        type=Path,
        help="a chat export: WhatsApp (.txt or the .zip phones share, whose voice notes become "
        "clips), WeChat (text, CSV or HTML), or Name: message text",
    )
    create.add_argument("--sender", default="", help="their name in the chat")
    create.add_argument("--saying", action="append", default=[])
    create.add_argument("--memory", action="append", default=[])
    create.add_argument("--creator", help="who is creating this portrait")
    create.add_argument("--relationship", help="the creator's relationship to them")
    create.add_argument("--agreed", choices=["yes", "no", "unknown"], help="did they agree in life")
    create.add_argument(
        "--language",
        choices=["en", "zh"],
        help="the language they spoke (default: inferred from their words)",
    )
    create.add_argument("--json", action="store_true")
    listing = persona_sub.add_parser("list", help="list the personas")
    listing.add_argument("--json", action="store_true")
    share = persona_sub.add_parser(
        "share",
        help="write a portrait to one file for the family, sealed with a passphrase "
        "(KEEPSAKE_SHARE_PASSPHRASE, or asked); never the journal",
    )
    share.add_argument("name", help="the portrait (by name or what you called them)")
    share.add_argument("out", type=Path, help="the file to write (.keepsake-share)")
    share.add_argument("--shared-by", default="", help="your name, as the family will see it")
    share.add_argument("--message", default="", help="a few words for them")
    share.add_argument("--json", action="store_true")
    add_shared = persona_sub.add_parser(
        "add-shared",
        help="add a portrait the family shared (passphrase from KEEPSAKE_SHARE_PASSPHRASE, or "
        "asked); shows who made it and the consent first",
    )
    add_shared.add_argument("source", type=Path, metavar="IN", help="the shared file")
    add_shared.add_argument("--json", action="store_true")


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
