"""Installing a model: one staging folder, its manifest written last, one rename into place.

Import and download both fill `<models_dir>/.incoming-<id>/` inside `with Staging(...)`, then
`install()` writes the manifest and renames the folder to `<models_dir>/<id>/`, so a model is
either wholly installed or not at all. A failed or cancelled import leaves nothing behind; a
download keeps what it fetched (`keep_on_failure`) so the next attempt resumes.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from types import TracebackType

from desktop.core.errors import ModelAlreadyInstalledError
from desktop.models.installed import INCOMING, write_manifest
from desktop.models.types import CatalogueEntry


class Staging:
    def __init__(self, models_dir: Path, model_id: str, keep_on_failure: bool = False) -> None:
        self.target = models_dir / model_id
        self.folder = models_dir / f"{INCOMING}{model_id}"
        self.keep_on_failure = keep_on_failure

    def __enter__(self) -> Staging:
        if self.target.exists():
            raise ModelAlreadyInstalledError(self.target.name)
        if not self.keep_on_failure:
            shutil.rmtree(self.folder, ignore_errors=True)  # an import killed earlier
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def path(self, relpath: str) -> Path:
        """Where a file of the model goes while it is staged (its folder is made)."""
        path = self.folder / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def install(self, entry: CatalogueEntry, origin: str, now: datetime) -> None:
        """The manifest (what the model is, each file's size and SHA-256), then into place."""
        write_manifest(self.folder, entry, origin, now)
        self.folder.rename(self.target)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is not None and not self.keep_on_failure:
            shutil.rmtree(self.folder, ignore_errors=True)


def discard_staged(models_dir: Path, model_id: str) -> None:
    """Delete what an interrupted download left in the staging folder."""
    shutil.rmtree(models_dir / f"{INCOMING}{model_id}", ignore_errors=True)
