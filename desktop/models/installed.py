"""Models installed in the user's models folder: one folder per model with a manifest.

`<models_dir>/<id>/keepsake-model.json` records what the model is (role, format, languages,
licence) and every file's size and SHA-256 as verified when it was imported or downloaded, so
later checks need no catalogue. A folder without a readable manifest is ignored (and a partial
import or download never has one: it is written last).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.files import atomic_write_text
from desktop.models.catalogue import CATALOGUE, find_entry
from desktop.models.types import CatalogueEntry, ModelFile, ModelFormat, ModelRole
from desktop.models.verify import locate

MANIFEST = "keepsake-model.json"
INCOMING = ".incoming-"  # prefix of folders being filled (never read as installed)


def manifest_json(entry: CatalogueEntry, origin: str, at: datetime) -> str:
    body: dict[str, Any] = {
        "version": 1,
        "id": entry.id,
        "role": entry.role.value,
        "name": entry.name,
        "format": entry.format.value,
        "licence": entry.licence,
        "languages": list(entry.languages),
        "ram_mb": entry.ram_mb,
        "params_m": entry.params_m,
        "origin": origin,
        "added_at": at.isoformat(),
        "files": [{"path": f.relpath, "size": f.size, "sha256": f.sha256} for f in entry.files],
    }
    return json.dumps(body, indent=2, ensure_ascii=False)


def write_manifest(folder: Path, entry: CatalogueEntry, origin: str, at: datetime) -> None:
    atomic_write_text(folder / MANIFEST, manifest_json(entry, origin, at))


def read_manifest(folder: Path) -> CatalogueEntry | None:
    """The installed model in `folder`, or None when there is no readable manifest."""
    try:
        body = json.loads((folder / MANIFEST).read_text("utf-8"))
        files = tuple(
            ModelFile(str(f["path"]), int(f["size"]), str(f["sha256"])) for f in body["files"]
        )
        entry = CatalogueEntry(
            id=str(body["id"]),
            role=ModelRole(body["role"]),
            name=str(body["name"]),
            format=ModelFormat(body["format"]),
            files=files,
            licence=str(body.get("licence", "")),
            languages=tuple(str(x) for x in body.get("languages", ())),
            ram_mb=int(body.get("ram_mb", 0)),
            params_m=int(body.get("params_m", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    known = find_entry(entry.id)
    if known is not None:  # a catalogue model: keep its description, pin its files
        return replace(known, files=files)
    return replace(entry, imported=True)


def installed_entries(models_dir: Path) -> tuple[CatalogueEntry, ...]:
    """Every model installed in `models_dir`, by folder name order."""
    if not models_dir.is_dir():
        return ()
    found = []
    for folder in sorted(models_dir.iterdir()):
        if folder.is_dir() and not folder.name.startswith(INCOMING):
            entry = read_manifest(folder)
            if entry is not None and entry.id == folder.name:
                found.append(entry)
    return tuple(found)


def resolve(model_id: str, models_dir: Path) -> CatalogueEntry | None:
    """What `model_id` means here: the installed copy's manifest first, then the catalogue."""
    folder = models_dir / model_id
    if folder.is_dir():
        entry = read_manifest(folder)
        if entry is not None:
            return entry
    return find_entry(model_id)


def all_entries(models_dir: Path) -> tuple[CatalogueEntry, ...]:
    """The catalogue with installed copies in place of their entries, plus imported models."""
    installed = {e.id: e for e in installed_entries(models_dir)}
    merged = [installed.pop(e.id, e) for e in CATALOGUE]
    return (*merged, *installed.values())


class Availability(StrEnum):
    """How a model can be had here (the values are `keepsake models list`'s "status")."""

    INSTALLED = "installed"
    IN_PACKAGES = "in packages"  # shipped in parts: joined on request, no network
    DOWNLOADABLE = "downloadable"
    NOT_INSTALLED = "not installed"  # only by importing its files


def availability(entry: CatalogueEntry, models_dir: Path) -> Availability:
    if locate(entry, models_dir) is not None:
        return Availability.INSTALLED
    if entry.split_packages:
        return Availability.IN_PACKAGES
    return Availability.DOWNLOADABLE if entry.hub is not None else Availability.NOT_INSTALLED
