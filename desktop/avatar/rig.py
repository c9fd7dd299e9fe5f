"""The rig: where the face's moving parts are in a photo, in pixel coordinates."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from typing import Any

Point = tuple[float, float]
Landmark = tuple[float, float, float]  # x, y in photo pixels; z relative depth, in pixels


@dataclass(frozen=True, slots=True)
class Eye:
    center: Point
    width: float
    height: float

    @property
    def upper_lid(self) -> tuple[Point, Point, Point]:
        """Left corner, top of the lid, right corner."""
        x, y = self.center
        return (x - self.width / 2, y), (x, y - self.height / 2), (x + self.width / 2, y)


@dataclass(frozen=True, slots=True)
class Mouth:
    left: Point
    right: Point
    upper_lip: Point  # middle of the line where the lips meet, top edge of the upper lip
    lower_lip: Point  # bottom edge of the lower lip

    @property
    def center(self) -> Point:
        return ((self.left[0] + self.right[0]) / 2, (self.left[1] + self.right[1]) / 2)

    @property
    def width(self) -> float:
        return abs(self.right[0] - self.left[0])


@dataclass(frozen=True, slots=True)
class Rig:
    """Face box [x, y, w, h], eyes, mouth, chin, head pivot, and how sure the analysis is."""

    image_size: tuple[int, int]  # width, height
    face: tuple[float, float, float, float]
    left_eye: Eye  # the eye on the left of the picture
    right_eye: Eye
    mouth: Mouth
    chin: Point
    pivot: Point  # the neck, around which the head sways
    confidence: float
    manual: bool = False
    # The face mesh (MediaPipe's 468 points, then 5 per iris: 478), or () for a rig from the
    # cascades or placed by hand (the renderer then fits its template face to the points).
    landmarks: tuple[Landmark, ...] = ()

    @property
    def has_mesh(self) -> bool:
        return len(self.landmarks) == 478

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["eyes"] = [data["left_eye"], data["right_eye"]]
        del data["landmarks"]
        if self.has_mesh:
            points = [[round(v, 2) for v in p] for p in self.landmarks]
            data["landmarks"] = points[:468]
            data["iris"] = [_iris_json(points[468:473]), _iris_json(points[473:478])]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rig:
        def eye(d: dict[str, Any]) -> Eye:
            return Eye(tuple(d["center"]), float(d["width"]), float(d["height"]))

        m = data["mouth"]
        return cls(
            image_size=tuple(data["image_size"]),
            face=tuple(data["face"]),
            left_eye=eye(data["left_eye"]),
            right_eye=eye(data["right_eye"]),
            mouth=Mouth(
                tuple(m["left"]), tuple(m["right"]), tuple(m["upper_lip"]), tuple(m["lower_lip"])
            ),
            chin=tuple(data["chin"]),
            pivot=tuple(data["pivot"]),
            confidence=float(data["confidence"]),
            manual=bool(data.get("manual", False)),
            landmarks=_landmarks_from_json(data),
        )

    def dumps(self) -> str:
        return json.dumps(self.to_json())

    def scaled(self, factor: float) -> Rig:
        """The same rig for the photo resized by `factor`."""
        return self.mapped(scale=factor)

    def mapped(self, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> Rig:
        """The rig for the photo moved by (dx, dy) (a crop), then resized by `scale`."""

        def p(pt: Point) -> Point:
            return ((pt[0] + dx) * scale, (pt[1] + dy) * scale)

        def e(eye: Eye) -> Eye:
            return Eye(p(eye.center), eye.width * scale, eye.height * scale)

        m = self.mouth
        fx, fy = p((self.face[0], self.face[1]))
        return replace(
            self,
            image_size=(round(self.image_size[0] * scale), round(self.image_size[1] * scale)),
            face=(fx, fy, self.face[2] * scale, self.face[3] * scale),
            left_eye=e(self.left_eye),
            right_eye=e(self.right_eye),
            mouth=Mouth(p(m.left), p(m.right), p(m.upper_lip), p(m.lower_lip)),
            chin=p(self.chin),
            pivot=p(self.pivot),
            landmarks=tuple(
                ((x + dx) * scale, (y + dy) * scale, z * scale) for x, y, z in self.landmarks
            ),
        )


def _iris_json(points: list[list[float]]) -> dict[str, Any]:
    cx, cy = points[0][0], points[0][1]
    radius = sum(((p[0] - cx) ** 2 + (p[1] - cy) ** 2) ** 0.5 for p in points[1:]) / 4
    return {"center": [cx, cy], "radius": round(radius, 2), "points": points}


def _landmarks_from_json(data: dict[str, Any]) -> tuple[Landmark, ...]:
    mesh = data.get("landmarks") or []
    iris = data.get("iris") or []
    if len(mesh) != 468 or len(iris) != 2:
        return ()
    points = list(mesh) + list(iris[0]["points"]) + list(iris[1]["points"])
    return tuple((float(p[0]), float(p[1]), float(p[2]) if len(p) > 2 else 0.0) for p in points)


def rig_from_face_box(
    image_size: tuple[int, int], face: tuple[float, float, float, float], confidence: float
) -> Rig:
    """A rig from typical proportions of a frontal face (also used for manual placement)."""
    x, y, w, h = face
    eye_y = y + 0.40 * h
    eye_w, eye_h = 0.20 * w, 0.09 * h
    mouth_y = y + 0.78 * h
    return Rig(
        image_size=image_size,
        face=face,
        left_eye=Eye((x + 0.31 * w, eye_y), eye_w, eye_h),
        right_eye=Eye((x + 0.69 * w, eye_y), eye_w, eye_h),
        mouth=Mouth(
            (x + 0.34 * w, mouth_y),
            (x + 0.66 * w, mouth_y),
            (x + 0.5 * w, mouth_y - 0.05 * h),
            (x + 0.5 * w, mouth_y + 0.06 * h),
        ),
        chin=(x + 0.5 * w, y + 1.02 * h),
        pivot=(x + 0.5 * w, y + 1.25 * h),
        confidence=confidence,
    )
