"""`keepsake avatar rig|sheet|video`: look at what the portrait does with a photo."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.avatar.face import FaceAnalysis, analyse_photo
from desktop.avatar.photo import Image, load_photo
from desktop.avatar.quality import FaceProblem, PhotoNote
from desktop.avatar.sheet import contact_sheet
from desktop.cli.common import load_settings
from desktop.core.errors import (
    FaceUnusableError,
    KeepsakeError,
    NoFaceFoundError,
    PhotoError,
    PhotoTooLargeError,
    PhotoUnreadableError,
)
from desktop.core.settings import Settings
from desktop.services.paths import AppPaths

EXIT_NO_FACE = 3
EXIT_BAD_INPUT = 2

HAND = "In the portrait editor you can place the eyes and mouth by hand."
PROBLEMS = {
    FaceProblem.NO_FACE: "No face was found in {photo}.",
    FaceProblem.PROFILE: "The face in {photo} is turned to the side; a portrait needs both eyes.",
    FaceProblem.TOO_SMALL: "The face in {photo} is very small (under 64 pixels across).",
}
NOTES = {
    PhotoNote.SEVERAL_FACES: "several faces: the largest is used (the editor lets you choose)",
    PhotoNote.BLURRED: "the face is blurred: the portrait will look soft",
    PhotoNote.MONOCHROME: "a black-and-white photo: the portrait stays black and white",
    PhotoNote.DARK: "a very dark photo: the face was found after brightening it",
    PhotoNote.CASCADES: "the face mesh model is not available: a simpler detector was used",
}


def _photo_problem(exc: PhotoError) -> str:
    if isinstance(exc, PhotoTooLargeError):
        return f"the photo is too large for a portrait (at most {exc.limit:.0f} megapixels)"
    if isinstance(exc, PhotoUnreadableError):
        return exc.reason
    return str(exc)


def _analyse(photo: Path) -> tuple[Image, FaceAnalysis] | int:
    """The photo and its analysis, or the exit code after a calm message."""
    try:
        image = load_photo(photo)
        return image, analyse_photo(image)
    except FaceUnusableError as exc:
        print(PROBLEMS[FaceProblem(exc.reason)].format(photo=photo), HAND)
        return EXIT_NO_FACE
    except NoFaceFoundError:
        print(PROBLEMS[FaceProblem.NO_FACE].format(photo=photo), HAND)
        return EXIT_NO_FACE
    except PhotoError as exc:
        print(f"{photo}: {_photo_problem(exc)}")
        return EXIT_BAD_INPUT


def rig_command(photo: Path, as_json: bool) -> int:
    found = _analyse(photo)
    if isinstance(found, int):
        return found
    _image, result = found
    rig = result.rig
    data = rig.to_json()
    data["faces"] = [list(f.box) for f in result.faces]
    data["notes"] = [n.value for n in result.notes]
    if as_json:
        print(json.dumps(data))
    else:
        x, y, w, h = rig.face
        where = f"x={x:.0f} y={y:.0f} ({w:.0f}×{h:.0f} px)"
        print(f"{len(result.faces)} face(s); using the one at {where}")
        print(f"confidence {rig.confidence:.2f}; " + ("face mesh" if rig.has_mesh else "cascades"))
        for note in result.notes:
            print(f"note: {NOTES[note]}")
    return 0


def sheet_command(photo: Path, out: Path, close_up: bool = False) -> int:
    import cv2

    found = _analyse(photo)
    if isinstance(found, int):
        return found
    image, result = found
    sheet = contact_sheet(image, result.rig, close_up=close_up)
    out.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(out), cv2.cvtColor(sheet, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_PNG_COMPRESSION, 9])
    print(f"contact sheet written to {out}")
    return 0


def video_command(photo: Path, text: str, out: Path, settings: Settings, models_dir: Path) -> int:
    from desktop.avatar.video import frames_for, write_video
    from desktop.services.engine_setup import build_adapters

    found = _analyse(photo)
    if isinstance(found, int):
        return found
    image, result = found
    try:
        speaker = build_adapters(settings, models_dir).tts
        chunk = speaker.synthesize(text)
    except KeepsakeError as exc:
        print(f"keepsake avatar video: {exc}")
        return EXIT_BAD_INPUT
    size = 512
    seconds = write_video(
        out,
        frames_for(image, result.rig, chunk.phonemes, chunk.seconds, size),
        chunk.audio,
        chunk.sample_rate,
        size,
    )
    print(f"{out}: {seconds:.1f} s")
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.avatar_command == "rig":
        return rig_command(args.photo, args.json)
    if args.avatar_command == "preview":
        from desktop.ui.app import run_portrait_preview

        return run_portrait_preview(str(args.photo))
    if args.avatar_command == "sheet":
        return sheet_command(args.photo, args.out, args.close_up)
    return video_command(args.photo, args.text, args.out, load_settings(paths), paths.models_dir)
