"""The types of the model catalogue: roles, formats, files and entries."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.language import speaks

MULTILINGUAL = ("multilingual", "en", "zh")


class ModelRole(StrEnum):
    SPEECH_TO_TEXT = "stt"
    LANGUAGE_MODEL = "llm"
    TEXT_TO_SPEECH = "tts"


class ModelFormat(StrEnum):
    WHISPER_CT2 = "whisper-ctranslate2"
    GGUF = "gguf"
    PIPER_ONNX = "piper-onnx"


@dataclass(frozen=True, slots=True)
class ModelFile:
    """One file of a model, relative to the model's folder. A file to be downloaded may not be
    pinned yet (`size`/`sha256` None): then the host's published checksum is used, and the
    installed copy's manifest records what was verified."""

    relpath: str
    size: int | None = None
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class HubSource:
    """Where a model can be downloaded from, when the user asks: a Hugging Face repository
    folder. Files are fetched from `{host}/{repo}/resolve/{revision}/{folder}/{relpath}`."""

    repo: str
    folder: str = ""
    revision: str = "main"

    def path_of(self, relpath: str) -> str:
        return f"{self.folder}/{relpath}" if self.folder else relpath


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """A model Keepsake knows by name. `package` is the Python package that ships it, if any."""

    id: str
    role: ModelRole
    name: str
    format: ModelFormat
    files: tuple[ModelFile, ...]
    licence: str
    languages: tuple[str, ...]
    ram_mb: int
    package: str | None = None
    package_subdir: str = ""
    is_default: bool = False
    hub: HubSource | None = None  # downloadable on request
    split_packages: tuple[str, ...] = ()  # shipped in parts: (first, second) packages
    approx_mb: int = 0  # for display before the exact size is known
    params_m: int = 0  # language models: parameters, in millions (for the speed estimate)
    summary: str = ""
    imported: bool = False  # brought in by the user (import), not from the catalogue

    @property
    def size(self) -> int:
        known = [f.size for f in self.files if f.size is not None]
        if len(known) == len(self.files):
            return sum(known)
        return self.approx_mb * 1_000_000

    @property
    def main_file(self) -> ModelFile:
        """The file an adapter loads: the GGUF, the ONNX voice or the CTranslate2 weights."""
        for suffix in (".gguf", ".onnx", "model.bin"):
            for f in self.files:
                if f.relpath.endswith(suffix):
                    return f
        return max(self.files, key=lambda f: f.size or 0)

    def speaks(self, language: str) -> bool:
        """Whether this model can hold a conversation in `language` (it must be named;
        "multilingual" alone is not enough for a language model)."""
        return speaks(self.languages, language)

    @property
    def pinned(self) -> bool:
        """Every file's size and SHA-256 are known in advance."""
        return all(f.size is not None and f.sha256 for f in self.files)
