"""Writes desktop/data/face_template.json: the face mesh of a frontal, closed-mouth portrait.

The renderer fits this template to rigs that have no mesh of their own (found by the
cascades, or placed by hand). It is the mesh of desktop/data/grace_hopper.jpg (an official US
Navy portrait, public domain), levelled and scaled so that the eyes are one unit apart.
Run: .venv/bin/python scripts/make_face_template.py
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.avatar.landmarks import MeshModel
from desktop.avatar.mesh import FaceFrame
from desktop.avatar.photo import load_photo

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    photo = load_photo(ROOT / "desktop" / "data" / "grace_hopper.jpg")
    face = MeshModel().find(photo)[0]
    frame = FaceFrame.of(face.points)
    uv = frame.to_face(face.points[:, :2])
    z = (face.points[:, 2] - face.points[:, 2].mean()) / frame.iod
    points = [[round(float(u), 4), round(float(v), 4), round(float(w), 4)]
              for (u, v), w in zip(uv, z, strict=True)]  # fmt: skip
    out = ROOT / "desktop" / "data" / "face_template.json"
    out.write_text(json.dumps({"source": "desktop/data/grace_hopper.jpg", "points": points}))
    print(f"{out}: {len(points)} points")


if __name__ == "__main__":
    main()
