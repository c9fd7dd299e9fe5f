"""Where Keepsake keeps its files: KEEPSAKE_HOME, or the platform's folders."""

from __future__ import annotations

from pathlib import Path

from desktop.services.paths import resolve_paths


def test_keepsake_home_overrides_every_folder(tmp_path: Path) -> None:
    paths = resolve_paths({"KEEPSAKE_HOME": str(tmp_path)})
    for folder in (paths.data_dir, paths.config_dir, paths.models_dir):
        assert folder.is_relative_to(tmp_path)
    assert not paths.data_dir.exists()  # resolving never touches the disk
    paths.ensure()
    assert paths.data_dir.is_dir()


def test_platform_folders_without_override() -> None:
    paths = resolve_paths({})
    assert "Keepsake" in str(paths.data_dir)
