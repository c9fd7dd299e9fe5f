"""`keepsake avatar rig|sheet|video`: look at what the portrait does with a photo."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.avatar.face import analyse
from desktop.avatar.photo import load_photo
from desktop.avatar.sheet import contact_sheet
from desktop.cli.common import load_settings
from desktop.core.errors import (
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


def _photo_problem(exc: PhotoError) -> str:
    if isinstance(exc, PhotoTooLargeError):
        return f"the photo is too large for a portrait (at most {exc.limit:.0f} megapixels)"
    if isinstance(exc, PhotoUnreadableError):
        return exc.reason
    return str(exc)


def rig_command(photo: Path, as_json: bool) -> int:
    try:
        image = load_photo(photo)
        faces, rig = analyse(image)
    except NoFaceFoundError:
        print(
            f"No face was found in {photo}. In the portrait editor you can place the eyes and "
            "mouth by hand."
        )
        return EXIT_NO_FACE
    except PhotoError as exc:
        print(f"{photo}: {_photo_problem(exc)}")
        return EXIT_BAD_INPUT
    data = rig.to_json()
    data["faces"] = [list(f) for f in faces]
    if as_json:
        print(json.dumps(data))
    else:
        x, y, w, h = rig.face
        print(f"{len(faces)} face(s); using the one at x={x:.0f} y={y:.0f} ({w:.0f}×{h:.0f} px)")
        print(f"confidence {rig.confidence:.2f}")
    return 0


def sheet_command(photo: Path, out: Path) -> int:
    import cv2

    try:
        image = load_photo(photo)
        _faces, rig = analyse(image)
    except NoFaceFoundError:
        print(f"No face was found in {photo}.")
        return EXIT_NO_FACE
    except PhotoError as exc:
        print(f"{photo}: {_photo_problem(exc)}")
        return EXIT_BAD_INPUT
    sheet = contact_sheet(image, rig)
    out.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(out), cv2.cvtColor(sheet, cv2.COLOR_RGB2BGR))
    print(f"contact sheet written to {out}")
    return 0


def video_command(photo: Path, text: str, out: Path, settings: Settings, models_dir: Path) -> int:
    from desktop.avatar.video import frames_for, write_video
    from desktop.avatar.visemes import curve_from_phonemes
    from desktop.services.engine_setup import build_adapters

    try:
        image = load_photo(photo)
        _faces, rig = analyse(image)
        speaker = build_adapters(settings, models_dir).tts
        chunk = speaker.synthesize(text)
    except NoFaceFoundError:
        print(f"No face was found in {photo}.")
        return EXIT_NO_FACE
    except KeepsakeError as exc:
        print(f"keepsake avatar video: {exc}")
        return EXIT_BAD_INPUT
    curve = curve_from_phonemes(chunk.phonemes, chunk.seconds)
    size = 512
    seconds = write_video(
        out,
        frames_for(image, rig, curve, chunk.seconds, size),
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
        return sheet_command(args.photo, args.out)
    return video_command(args.photo, args.text, args.out, load_settings(paths), paths.models_dir)
