"""`keepsake models list|import|get|remove`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.models.catalogue import SMOLLM2_135M
from desktop.models.verify import locate
from desktop.services.paths import AppPaths
from tests.support.commands import Keepsake


def test_models_are_listed_with_their_status_and_fit(keepsake_cli: Keepsake) -> None:
    listed = keepsake_cli("models", "list", "--json")
    assert listed.code == 0
    rows = {r["id"]: r for r in json.loads(listed.out)["models"]}
    assert rows[SMOLLM2_135M.id]["status"] == "installed" and rows[SMOLLM2_135M.id]["default"]
    assert {"role", "name", "size_bytes", "ram_mb", "fits", "fit", "licence"} <= set(
        rows[SMOLLM2_135M.id]
    )
    assert any(r["status"] == "downloadable" for r in rows.values())
    text = keepsake_cli("models", "list")
    assert text.code == 0 and SMOLLM2_135M.id in text.out


def test_a_model_is_imported_and_removed_and_bad_requests_are_refused(
    keepsake_cli: Keepsake, home: AppPaths, tmp_path: Path
) -> None:
    shipped = locate(SMOLLM2_135M, None)
    assert shipped is not None
    mine = tmp_path / "my-chat.gguf"
    shutil.copyfile(shipped / SMOLLM2_135M.main_file.relpath, mine)
    imported = keepsake_cli("models", "import", str(mine))
    assert imported.code == 0 and "as my-chat" in imported.out
    assert (home.models_dir / "my-chat").is_dir()
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    refused = keepsake_cli("models", "import", str(broken))
    assert refused.code == 2 and "Not imported" in refused.err
    assert keepsake_cli("models", "import", str(tmp_path / "notes.txt")).code == 2
    removed = keepsake_cli("models", "remove", "my-chat")
    assert removed.code == 0 and not (home.models_dir / "my-chat").exists()
    assert keepsake_cli("models", "remove", "my-chat").code == 2
    assert keepsake_cli("models", "get", "no-such-model").code == 2
    asked = keepsake_cli("models", "get", "whisper-small")  # from the internet: asks first
    assert asked.code == 2 and "--download" in asked.out
