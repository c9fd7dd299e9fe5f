"""Recommended models to download on request: better speech recognition, better minds, more
voices (Mandarin included). Files come from Hugging Face; their SHA-256 is the one the host
publishes for each file (its LFS record), checked before a file is moved into place."""

from __future__ import annotations

from desktop.models.types import (
    MULTILINGUAL,
    CatalogueEntry,
    HubSource,
    ModelFile,
    ModelFormat,
    ModelRole,
)

_CT2_FILES = (
    ModelFile("config.json"),
    ModelFile("model.bin"),
    ModelFile("tokenizer.json"),
    ModelFile("vocabulary.txt"),
)


def _whisper(size: str, english: bool, mb: int, ram: int, summary: str) -> CatalogueEntry:
    suffix = ".en" if english else ""
    return CatalogueEntry(
        id=f"whisper-{size}{'-en' if english else ''}",
        role=ModelRole.SPEECH_TO_TEXT,
        name=f"Whisper {size}{suffix} ({'English' if english else 'multilingual'}, CTranslate2)",
        format=ModelFormat.WHISPER_CT2,
        files=_CT2_FILES,
        licence="MIT",
        languages=("en",) if english else MULTILINGUAL,
        ram_mb=ram,
        hub=HubSource(f"Systran/faster-whisper-{size}{suffix}"),
        approx_mb=mb,
        summary=summary,
    )


# What each family can hold a conversation in (from its model card), so a portrait in a
# language the model cannot speak is never given generated text in it.
QWEN_LANGUAGES = ("multilingual", "en", "zh", "fr", "es", "pt", "de", "it", "ru", "ja", "ko", "vi")
LLAMA_LANGUAGES = ("multilingual", "en", "de", "fr", "it", "pt", "hi", "es", "th")


def _gguf(
    model_id: str,
    name: str,
    repo: str,
    filename: str,
    mb: int,
    params_m: int,
    licence: str,
    languages: tuple[str, ...],
) -> CatalogueEntry:
    return CatalogueEntry(
        id=model_id,
        role=ModelRole.LANGUAGE_MODEL,
        name=name,
        format=ModelFormat.GGUF,
        files=(ModelFile(filename),),
        licence=licence,
        languages=languages,
        ram_mb=int(mb * 1.3) + 300,
        hub=HubSource(repo),
        approx_mb=mb,
        params_m=params_m,
        summary=(
            "Chat model; speaks Chinese and English."
            if "zh" in languages
            else "Chat model; English and some European languages, not Chinese."
        ),
    )


def _piper(voice: str, lang: str, mb: int, summary: str, licence: str) -> CatalogueEntry:
    family = voice.split("_", maxsplit=1)[0]
    region, speaker, quality = voice.split("-")
    return CatalogueEntry(
        id=f"piper-{voice.lower().replace('_', '-')}",
        role=ModelRole.TEXT_TO_SPEECH,
        name=f"Piper voice {region} {speaker} ({quality})",
        format=ModelFormat.PIPER_ONNX,
        files=(ModelFile(f"{voice}.onnx"), ModelFile(f"{voice}.onnx.json")),
        licence=licence,
        languages=(lang,),
        ram_mb=250,
        hub=HubSource("rhasspy/piper-voices", f"{family}/{region}/{speaker}/{quality}"),
        approx_mb=mb,
        summary=summary,
    )


QWEN = "Apache-2.0 (Qwen2.5 0.5B/1.5B); Qwen Research licence (3B)"
LLAMA = "Llama 3.2 Community Licence"

RECOMMENDED: tuple[CatalogueEntry, ...] = (
    _whisper("tiny", False, 75, 200, "Fast; many languages, fewer mistakes than none."),
    _whisper("base", True, 145, 350, "English; fewer mistakes than tiny.en."),
    _whisper("small", False, 484, 900, "Many languages; clearly more accurate, slower."),
    _whisper("small", True, 484, 900, "English; clearly more accurate, slower."),
    _gguf(
        "qwen2.5-0.5b-instruct-q4km",
        "Qwen2.5 0.5B Instruct (Q4_K_M)",
        "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
        "qwen2.5-0.5b-instruct-q4_k_m.gguf",
        491,
        494,
        QWEN,
        QWEN_LANGUAGES,
    ),
    _gguf(
        "qwen2.5-1.5b-instruct-q4km",
        "Qwen2.5 1.5B Instruct (Q4_K_M)",
        "Qwen/Qwen2.5-1.5B-Instruct-GGUF",
        "qwen2.5-1.5b-instruct-q4_k_m.gguf",
        1120,
        1540,
        QWEN,
        QWEN_LANGUAGES,
    ),
    _gguf(
        "qwen2.5-3b-instruct-q4km",
        "Qwen2.5 3B Instruct (Q4_K_M)",
        "Qwen/Qwen2.5-3B-Instruct-GGUF",
        "qwen2.5-3b-instruct-q4_k_m.gguf",
        2100,
        3090,
        QWEN,
        QWEN_LANGUAGES,
    ),
    _gguf(
        "llama-3.2-1b-instruct-q4km",
        "Llama 3.2 1B Instruct (Q4_K_M)",
        "bartowski/Llama-3.2-1B-Instruct-GGUF",
        "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
        808,
        1240,
        LLAMA,
        LLAMA_LANGUAGES,
    ),
    _gguf(
        "llama-3.2-3b-instruct-q4km",
        "Llama 3.2 3B Instruct (Q4_K_M)",
        "bartowski/Llama-3.2-3B-Instruct-GGUF",
        "Llama-3.2-3B-Instruct-Q4_K_M.gguf",
        2020,
        3210,
        LLAMA,
        LLAMA_LANGUAGES,
    ),
    _piper("en_US-lessac-medium", "en", 63, "American English, warm.", "Blizzard licence"),
    _piper("en_US-amy-medium", "en", 63, "American English, a woman's voice.", "Public domain"),
    _piper("en_GB-alba-medium", "en", 63, "British English, a woman's voice.", "CC-BY-4.0"),
    _piper("zh_CN-huayan-medium", "zh", 63, "Mandarin Chinese (普通话).", "Piper voice"),
    _piper("zh_CN-huayan-x_low", "zh", 21, "Mandarin Chinese, smaller and faster.", "Piper voice"),
)
