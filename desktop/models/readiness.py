"""Checking, at start, that the models chosen in Settings are present (sizes only, fast)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import ModelMissingError
from desktop.core.jobs import CancelToken, Progress, ProgressCallback
from desktop.models.catalogue import CatalogueEntry
from desktop.models.installed import resolve
from desktop.models.verify import VerifyResult, locate, quick_check


def check_models(
    model_ids: tuple[str, ...],
    models_dir: Path,
    cancel: CancelToken,
    report: ProgressCallback,
) -> tuple[VerifyResult, ...]:
    """Quick-check each chosen model; reports progress per model. Runs on a worker thread."""
    entries: list[CatalogueEntry] = []
    for model_id in model_ids:
        entry = resolve(model_id, models_dir)
        if entry is None:
            raise ModelMissingError(model_id, None)
        entries.append(entry)
    results = []
    for i, entry in enumerate(entries):
        cancel.raise_if_cancelled()
        report(Progress(i, len(entries), entry.name))
        results.append(quick_check(entry, locate(entry, models_dir)))
    report(Progress(len(entries), len(entries), "ready"))
    return tuple(results)
