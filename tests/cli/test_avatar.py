"""`keepsake avatar rig|sheet` refuse a file that is not a photo, and say when no face is
found (the commands on real photos: tests/avatar/test_avatar.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image as PILImage

from tests.support.commands import Keepsake


def test_a_file_that_is_not_a_photo_and_a_photo_without_a_face(
    keepsake_cli: Keepsake, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a photo")
    refused = keepsake_cli("avatar", "rig", str(notes), "--json")
    assert refused.code == 2 and "notes.jpg" in refused.out
    wall = tmp_path / "wall.png"
    PILImage.fromarray(np.full((400, 400, 3), 200, dtype=np.uint8)).save(wall)
    nobody = keepsake_cli("avatar", "sheet", str(wall), str(tmp_path / "sheet.png"))
    assert nobody.code == 3 and "No face was found" in nobody.out
    assert not (tmp_path / "sheet.png").exists()
