"""The face mesh's landmark numbering (MediaPipe's 468-point topology, 478 with irises).

Sides are named as seen in the picture: the "left" eye is the one on the left of the photo
(the person's right eye). Loops run around their part in order.
"""

from __future__ import annotations

MESH_POINTS = 468
ALL_POINTS = 478

# Eye contours in the iris model's order: the lower lid from the outer corner (or, on the
# right, from the picture-right corner) to the other corner, then the upper lid between them.
LEFT_EYE_RING = (33, 7, 163, 144, 145, 153, 154, 155, 133, 246, 161, 160, 159, 158, 157, 173)
RIGHT_EYE_RING = (263, 249, 390, 373, 374, 380, 381, 382, 362, 466, 388, 387, 386, 385, 384, 398)
# Lids from the picture-left corner to the picture-right corner, point for point above
# and below each other.
LEFT_EYE_UPPER = (33, 246, 161, 160, 159, 158, 157, 173, 133)
LEFT_EYE_LOWER = (33, 7, 163, 144, 145, 153, 154, 155, 133)
RIGHT_EYE_UPPER = (362, 398, 384, 385, 386, 387, 388, 466, 263)
RIGHT_EYE_LOWER = (362, 382, 381, 380, 374, 373, 390, 249, 263)
IRIS_LEFT = (468, 469, 470, 471, 472)  # centre, then four points on the iris' edge
IRIS_RIGHT = (473, 474, 475, 476, 477)

# Lips, from the picture-left corner to the picture-right corner.
OUTER_UPPER = (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291)
OUTER_LOWER = (61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291)
INNER_UPPER = (78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308)
INNER_LOWER = (78, 95, 88, 178, 87, 14, 317, 402, 318, 324, 308)
MOUTH_LEFT, MOUTH_RIGHT = 61, 291
INNER_LEFT, INNER_RIGHT = 78, 308
UPPER_LIP_TOP, UPPER_LIP_INNER, LOWER_LIP_INNER, LOWER_LIP_BOTTOM = 0, 13, 14, 17

FACE_OVAL = (
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377,
    152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
)  # fmt: skip
CHIN = 152
FOREHEAD = 10
NOSE_TIP = 1
NOSE_BOTTOM = 2
LEFT_CHEEK_EDGE, RIGHT_CHEEK_EDGE = 234, 454
LEFT_BROW = (70, 63, 105, 66, 107, 46, 53, 52, 65, 55)
RIGHT_BROW = (300, 293, 334, 296, 336, 276, 283, 282, 295, 285)


def loop(upper: tuple[int, ...], lower: tuple[int, ...]) -> tuple[int, ...]:
    """A closed loop: along `upper` from corner to corner, back along `lower`."""
    return upper + tuple(reversed(lower[1:-1]))


OUTER_LIPS = loop(OUTER_UPPER, OUTER_LOWER)
INNER_LIPS = loop(INNER_UPPER, INNER_LOWER)
LEFT_EYE = loop(LEFT_EYE_UPPER, LEFT_EYE_LOWER)
RIGHT_EYE = loop(RIGHT_EYE_UPPER, RIGHT_EYE_LOWER)

# The skin above each upper lid, in two rows, column for column with the lid's inner points
# (LEFT_EYE_UPPER[1:-1], RIGHT_EYE_UPPER[1:-1]); and the row below each lower lid.
LEFT_LID_SKIN = ((247, 30, 29, 27, 28, 56, 190), (113, 225, 224, 223, 222, 221, 189))
RIGHT_LID_SKIN = ((414, 286, 258, 257, 259, 260, 467), (413, 441, 442, 443, 444, 445, 342))
LEFT_UNDER_EYE = (25, 110, 24, 23, 22, 26, 112)
RIGHT_UNDER_EYE = (341, 256, 252, 253, 254, 339, 255)
