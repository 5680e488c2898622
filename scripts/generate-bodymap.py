#!/usr/bin/python3
"""Generate NeedleChart's own body-map drawings (anterior and posterior views).

Run:   /usr/bin/python3 scripts/generate-bodymap.py           # writes the files
       /usr/bin/python3 scripts/generate-bodymap.py --check   # writes, then self-checks

Outputs (relative to the repository root):
    resources/bodymap/anterior.svg
    resources/bodymap/posterior.svg
    resources/bodymap/muscle-regions.csv

Python 3 standard library only; the output is fully deterministic.

How the figure is built
-----------------------
1. Everything is designed in HEAD UNITS (1 head = height of the head) on an 8-head
   canon (see the project's anatomy reference notes, anatomy-landmarks.md). y runs down from
   the top of the head (0) to the sole (8). x is the LATERAL distance from the
   midline (0 = midline, positive = outward). Only ONE side is designed; the other
   side is its mirror image, so the figure is exactly symmetric.
2. LANDMARKS (head units) are fixed first: chin 1.0, shoulder line 1.45, nipples /
   inferior angle of scapula 2.0, elbow / navel 3.0, iliac crest 3.4, trochanter /
   wrist 4.0, gluteal fold 4.45, knee 6.0, calf 6.5, malleoli 7.6, sole 8.0.
3. Each MUSCLE is a polygon in head units spanning its origin -> insertion as seen
   from the surface (e.g. sternocleidomastoid runs from behind the ear down to the
   sternal notch). Neighbouring muscles share the same border points (see the
   named points in each view) so that the regions tile the surface without
   overlapping. Deep muscles are not drawn; muscle-regions.csv maps them to the
   surface muscle(s) over them. A few deep muscles that are needled where they
   lie under a thin surface muscle are drawn as WINDOWS in it instead. In the
   posterior view the upper, middle and lower trapezius together form the
   trapezius kite (apex at the external occipital protuberance, lateral corners
   at the acromions, lower apex at T12) and share one deeper tone so that the
   kite reads at a glance; semispinalis capitis is a window in the upper
   trapezius beside the midline of the neck, and lateral to the upper
   trapezius border lie (top to bottom) suboccipitals, splenius capitis,
   splenius cervicis and levator scapulae; supraspinatus is a window above the
   spine of the scapula in the kite's lateral corner. In the anterior view the
   intercostals are a window on the lower front of the chest (below pectoralis
   major, between the slips of serratus anterior, above the external oblique)
   and the internal oblique a window low on the abdomen above the groin, under
   the aponeurosis of the external oblique. The hands are drawn palm forward
   (thumb lateral) in both views: thenar muscles and adductor pollicis on the
   palm (anterior), first dorsal interosseous on the back of the hand
   (posterior). The foot intrinsics are drawn on the dorsum of the foot in the
   anterior view; plantar points are charted there too.
4. The OUTLINE (silhouette) is a half-contour around the head, arm, trunk and leg,
   mirrored and closed; it encloses all muscles.
5. Every polygon is turned into a smooth closed curve: the polygon is used as the
   control polygon of a closed quadratic B-spline, written with absolute M/Q/Z
   commands only. Muscle polygons are first inset by a hairline so that
   neighbours never touch (each surface point belongs to at most one region).

Sides: path ids are <muscle_id>_L / <muscle_id>_R for the PATIENT's left/right.
In the anterior view the patient's left is on the viewer's right; in the
posterior view the patient's left is on the viewer's left.
"""

import csv
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MUSCLES_CSV_CANDIDATES = [
    os.path.join(ROOT, "resources", "muscles", "muscles.csv"),
    "/work/shared/reference/muscles.csv",
]
OUT_DIR = os.path.join(ROOT, "resources", "bodymap")

# ---------------------------------------------------------------------------
# Canvas: 8 heads tall. 1 head = S px. Same viewBox for both views.
# ---------------------------------------------------------------------------
W, H = 700, 1600
S = 190.0          # px per head unit
CX = W / 2.0       # midline
TOP = 40.0         # y of the top of the head
INSET = 1.1        # hairline inset of every muscle region, px

SKIN = "#f3d9c4"
SKIN_STROKE = "#b08c74"
LANDMARK_STROKE = "#a07f6a"
MUSCLE_STROKE = "#8a3b3b"


# ---------------------------------------------------------------------------
# 1. Silhouette: half outline, from the crown down to the crotch, going round
#    the head, shoulder, the arm (out and back), the trunk and the leg.
#    (x lateral, y down, head units)
# ---------------------------------------------------------------------------
HALF_OUTLINE = [
    (0.00, 0.00),                                   # crown
    (0.20, 0.025), (0.33, 0.12), (0.385, 0.28),     # skull
    (0.39, 0.44), (0.42, 0.46), (0.425, 0.58),      # ear
    (0.395, 0.66), (0.37, 0.74),                    # below ear / jaw angle
    (0.33, 0.84), (0.30, 0.93),                     # jaw to neck
    (0.30, 1.16),                                   # side of neck
    (0.35, 1.27), (0.55, 1.37), (0.80, 1.43),       # trapezius slope
    (0.95, 1.47), (1.07, 1.55), (1.135, 1.70),      # shoulder cap (deltoid)
    (1.15, 1.92), (1.17, 2.20), (1.19, 2.55),       # lateral upper arm
    (1.22, 2.88), (1.27, 3.02),                     # lateral elbow
    (1.34, 3.22), (1.365, 3.52), (1.38, 3.82),      # lateral forearm (brachioradialis)
    (1.37, 4.00),                                   # wrist, thumb side
    (1.42, 4.07), (1.47, 4.16), (1.50, 4.26),       # thumb (palm forward: thumb lateral)
    (1.505, 4.35), (1.48, 4.38), (1.45, 4.33),
    (1.425, 4.27), (1.43, 4.40), (1.42, 4.55),      # index side of the hand
    (1.39, 4.64),
    (1.33, 4.70), (1.26, 4.66), (1.21, 4.50),       # fingertips, ulnar hand
    (1.16, 4.02),                                   # wrist, little-finger side
    (1.045, 3.62), (0.945, 3.24), (0.925, 3.00),    # medial forearm, elbow
    (0.90, 2.70), (0.85, 2.35), (0.80, 2.16),       # medial upper arm
    (0.755, 2.09),                                  # armpit apex
    (0.715, 2.14), (0.69, 2.40), (0.65, 2.75),      # side of chest / waist
    (0.62, 3.00), (0.625, 3.22),                    # waist
    (0.67, 3.42), (0.76, 3.70), (0.80, 3.98),       # iliac crest, hip, trochanter
    (0.80, 4.30), (0.76, 4.80), (0.68, 5.40),       # lateral thigh
    (0.585, 5.85), (0.575, 6.12),                   # lateral knee
    (0.60, 6.48), (0.58, 6.85), (0.50, 7.30),       # calf
    (0.45, 7.62),                                   # lateral malleolus
    (0.485, 7.84), (0.48, 7.97), (0.40, 8.00),      # foot
    (0.22, 8.00), (0.175, 7.94), (0.185, 7.72),
    (0.20, 7.58),                                   # medial malleolus
    (0.17, 7.10), (0.12, 6.55), (0.13, 6.25),       # medial calf
    (0.135, 6.00), (0.14, 5.60), (0.12, 5.10),      # medial knee / thigh
    (0.08, 4.70), (0.035, 4.48), (0.00, 4.42),      # crotch
]


# ---------------------------------------------------------------------------
# 2. Landmark lines (no fill), half side, head units. Each entry is an open
#    polyline (smoothed), or closed if the last point equals the first.
# ---------------------------------------------------------------------------
def ellipse_pts(cx, cy, rx, ry, n=10):
    pts = [(cx + rx * math.cos(2 * math.pi * i / n),
            cy + ry * math.sin(2 * math.pi * i / n)) for i in range(n)]
    return pts + [pts[0]]


LANDMARKS = {
    "anterior": {
        "half": [
            [(0.03, 1.46), (0.25, 1.44), (0.45, 1.47), (0.65, 1.46), (0.84, 1.45)],   # clavicle
            ellipse_pts(0.36, 6.00, 0.085, 0.10),                                      # kneecap
            [(0.10, 0.48), (0.15, 0.46), (0.21, 0.48)],                                # eye
            [(0.09, 0.42), (0.16, 0.40), (0.23, 0.42)],                                # brow
            [(0.05, 0.72), (0.11, 0.73)],                                             # mouth
            [(0.62, 2.02), (0.45, 2.07), (0.38, 2.04)],                                # lower chest contour
            [(0.32, 6.15), (0.31, 6.8), (0.28, 7.45)],                                 # tibial crest
            [(0.30, 3.80), (0.55, 3.52)],                                             # inguinal ligament
            [(0.0, 2.96), (0.035, 2.97), (0.035, 3.03), (0.0, 3.05)],                 # navel (half)
            [(0.10, 2.31), (0.26, 2.52), (0.42, 2.72), (0.60, 2.84)],                  # costal margin
            [(0.60, 3.45), (0.40, 3.62), (0.22, 3.80)],                                # iliac / groin line
            [(1.00, 3.02), (1.10, 3.06), (1.20, 3.03)],                                # elbow crease
        ],
        "mid": [
            [(0.0, 0.50), (0.035, 0.62), (0.0, 0.64)],                                  # nose (half)
            [(0.0, 1.52), (0.0, 2.30)],                                               # sternum
            [(0.0, 2.32), (0.0, 3.98)],                                               # linea alba
        ],
    },
    "posterior": {
        "half": [
            [(0.48, 1.50), (0.49, 1.74), (0.51, 2.08), (0.58, 2.01), (0.74, 1.68),
             (0.84, 1.55)],                                                          # scapula border
            [(0.47, 1.70), (0.65, 1.63), (0.88, 1.53)],                                # spine of scapula
            [(0.13, 3.62), (0.35, 3.42), (0.62, 3.40)],                                # iliac crest
            [(0.20, 5.95), (0.35, 5.98), (0.52, 5.95)],                                # popliteal crease
            [(1.02, 2.98), (1.10, 3.02), (1.18, 2.98)],                                # olecranon
        ],
        "mid": [
            [(0.0, 0.56), (0.0, 3.85)],                                               # nuchal lig., spinous proc.
            [(0.0, 3.88), (0.0, 4.30)],                                               # gluteal cleft
        ],
    },
}


# ---------------------------------------------------------------------------
# 3. Muscles, per view: {muscle_id: polygon (half side, head units)}.
#    Each polygon runs from the muscle's origin to its insertion as it shows on
#    the surface. Shared named points keep neighbours' borders coincident.
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Forearm helper. The forearm is narrow, so its muscles are designed in a
# normalised coordinate f across the limb: f = 0 at the medial (ulnar, body
# side) edge, f = 1 at the lateral (radial, thumb side) edge of the silhouette,
# at the same height y. Regions that share an f value share a border.
# ---------------------------------------------------------------------------
def _interp(chain, y):
    for (x1, y1), (x2, y2) in zip(chain, chain[1:]):
        if y1 <= y <= y2:
            t = 0.0 if y2 == y1 else (y - y1) / (y2 - y1)
            return x1 + t * (x2 - x1)
    return chain[0][0] if y < chain[0][1] else chain[-1][0]


# medial and lateral silhouette edges of the arm (taken from HALF_OUTLINE, inset)
ARM_MEDIAL = [(0.90 + 0.012, 2.70), (0.925 + 0.012, 3.00), (0.945 + 0.012, 3.24),
              (1.045 + 0.012, 3.62), (1.16 + 0.012, 4.02)]
ARM_LATERAL = [(1.19 - 0.012, 2.55), (1.22 - 0.012, 2.88), (1.27 - 0.012, 3.02),
               (1.34 - 0.012, 3.22), (1.365 - 0.012, 3.52), (1.38 - 0.012, 3.82),
               (1.37 - 0.012, 4.02)]


def forearm(fy_points):
    """(f, y) polygon -> head-unit polygon. Edges are subdivided so they follow the limb."""
    dense = []
    n = len(fy_points)
    for i in range(n):
        (f1, y1), (f2, y2) = fy_points[i], fy_points[(i + 1) % n]
        steps = max(1, int(abs(y2 - y1) / 0.08))
        for k in range(steps):
            t = k / steps
            dense.append((f1 + t * (f2 - f1), y1 + t * (y2 - y1)))
    out = []
    for f, y in dense:
        xm, xl = _interp(ARM_MEDIAL, y), _interp(ARM_LATERAL, y)
        out.append((round(xm + f * (xl - xm), 4), y))
    return out

P = {}  # shared points for the anterior view
P.update({
    # deltoid borders (same shoulder in both views)
    "acr": (0.90, 1.475), "dtop": (0.955, 1.50), "dlat": (1.10, 1.70),
    "dins": (1.075, 2.36),
    # deltopectoral groove
    "dp1": (0.66, 1.51), "dp2": (0.76, 1.70), "dp3": (0.87, 1.96), "dp4": (0.99, 2.20),
    # SCM lateral border / scalenes / trapezius front
    "scm_t": (0.29, 0.93), "scm_m": (0.23, 1.18), "scm_b": (0.15, 1.43),
    # scalenes / upper trapezius border in the posterior triangle of the neck
    "n1": (0.31, 1.215), "n2": (0.325, 1.33), "n3": (0.38, 1.41), "n4": (0.46, 1.455),
    # lower border of pectoralis major over the intercostal window
    "pm_ic": (0.34, 2.28), "pm_sa": (0.52, 2.19),
    # serratus anterior: medial corner, then its slips (zigzag) down to its lowest
    # point and up its lateral border
    "sa1": (0.52, 2.22), "sa2": (0.47, 2.31), "sa3": (0.55, 2.39), "sa4": (0.49, 2.47),
    "sa5": (0.57, 2.53), "sa6": (0.52, 2.62), "sa7": (0.60, 2.66), "sa8": (0.58, 2.74),
    "sa9": (0.65, 2.70), "sa89": (0.615, 2.72),  # sa89: midway between sa8 and sa9
    # intercostals / external oblique; external oblique / internal oblique
    "ic_eo1": (0.44, 2.61), "ic_eo2": (0.36, 2.56),
    "eo_asis": (0.60, 3.43), "eo_io1": (0.53, 3.365), "eo_io2": (0.45, 3.235),
    # hand (palm): thenar eminence / adductor pollicis
    "th1": (1.285, 4.205), "th2": (1.36, 4.225), "th3": (1.42, 4.24), "th4": (1.448, 4.262),
})

ANTERIOR = {
    # --- head ---
    "temporalis": [(0.24, 0.20), (0.33, 0.16), (0.375, 0.28), (0.38, 0.42),
                   (0.33, 0.46), (0.27, 0.40), (0.23, 0.30)],
    "masseter": [(0.24, 0.56), (0.355, 0.54), (0.375, 0.64), (0.355, 0.74),
                 (0.315, 0.83), (0.25, 0.80), (0.22, 0.68)],
    # --- neck ---
    "sternocleidomastoid": [(0.21, 0.88), P["scm_t"], P["scm_m"], P["scm_b"],
                            (0.025, 1.43), (0.07, 1.30), (0.15, 1.08)],
    "scalenes": [(0.245, 1.12), (0.288, 1.10), P["n1"], P["n2"], P["n3"], P["n4"],
                 (0.30, 1.455), (0.16, 1.45), P["scm_b"], P["scm_m"]],
    "upper_trapezius": [P["n1"], (0.345, 1.29), (0.55, 1.385), (0.80, 1.445), (0.88, 1.47),
                        (0.78, 1.49), (0.60, 1.48), P["n4"], P["n3"], P["n2"]],
    # --- shoulder & chest ---
    "deltoid_anterior": [P["dp1"], (0.80, 1.50), (0.90, 1.49), P["dtop"], (0.99, 1.72),
                         (1.02, 2.00), P["dins"], P["dp4"], P["dp3"], P["dp2"]],
    "deltoid_middle": [P["dtop"], (1.06, 1.565), P["dlat"], (1.125, 1.92),
                       (1.11, 2.20), P["dins"], (1.02, 2.00), (0.99, 1.72)],
    "pectoralis_major": [(0.025, 1.50), (0.15, 1.475), (0.30, 1.48), (0.50, 1.50), P["dp1"], P["dp2"],
                         P["dp3"], (0.86, 2.05), (0.77, 2.03), (0.66, 2.08),
                         (0.52, 2.19), (0.34, 2.28), (0.16, 2.285), (0.025, 2.23)],
    "serratus_anterior": [(0.64, 2.13), (0.70, 2.15), (0.68, 2.40), P["sa9"],
                          P["sa8"], P["sa7"], P["sa6"], P["sa5"],
                          P["sa4"], P["sa3"], P["sa2"], P["sa1"]],
    "rectus_abdominis": [(0.02, 2.30), (0.16, 2.31), (0.215, 2.34), (0.225, 2.70),
                         (0.215, 3.10), (0.185, 3.45), (0.13, 3.80), (0.10, 3.97),
                         (0.02, 3.97)],
    # intercostals: a window on the lower front of the chest where the rib spaces
    # are felt, below pectoralis major, filling the notches between the slips of
    # serratus anterior, above the external oblique; a strip of skin (linea
    # semilunaris) separates it from rectus abdominis
    "intercostals": [P["pm_sa"], P["sa1"], P["sa2"], P["sa3"], P["sa4"], P["sa5"], P["sa6"],
                     P["ic_eo1"], P["ic_eo2"], (0.29, 2.51), (0.24, 2.475), (0.235, 2.34),
                     P["pm_ic"]],
    # external oblique: the fleshy part on the side of the abdomen, from its slips
    # interdigitating with serratus anterior down to the iliac crest; medially it
    # ends at a line down from the 9th costal cartilage that turns out to the ASIS
    # (the aponeurosis beyond it is left as skin)
    "external_oblique": [P["sa6"], P["sa7"], P["sa8"], P["sa89"], (0.628, 2.80),
                         (0.603, 3.00), (0.607, 3.20), (0.64, 3.37), P["eo_asis"],
                         P["eo_io1"], P["eo_io2"], (0.415, 3.04), (0.393, 2.82),
                         P["ic_eo2"], P["ic_eo1"]],
    # internal oblique (deep): a window low on the abdomen, a band from the ASIS
    # in toward rectus abdominis above the groin, where it lies under only the
    # aponeurosis of the external oblique
    "internal_oblique": [P["eo_asis"], P["eo_io1"], (0.45, 3.365), (0.35, 3.43),
                         (0.275, 3.51), (0.255, 3.60), (0.295, 3.645), (0.40, 3.585),
                         (0.52, 3.49)],
    # --- arm ---
    "biceps_brachii": [P["dp4"], P["dins"], (1.12, 2.55), (1.14, 2.78), (1.11, 2.93),
                       (1.05, 2.99), (0.99, 2.93), (0.93, 2.70), (0.885, 2.40),
                       (0.86, 2.16), P["dp3"]],
    # forearm (palm forward): f = 0 ulnar/medial edge, f = 1 radial/lateral edge
    "brachioradialis": forearm([(0.74, 2.86), (0.98, 2.80), (0.98, 3.55), (0.96, 3.93),
                                (0.80, 3.93), (0.74, 3.50)]),
    "pronator_teres": forearm([(0.04, 3.03), (0.36, 3.03), (0.72, 3.26), (0.72, 3.48),
                               (0.42, 3.31), (0.04, 3.21)]),
    "flexor_carpi_radialis": forearm([(0.42, 3.34), (0.72, 3.51), (0.72, 3.93),
                                      (0.42, 3.93)]),
    "flexor_carpi_ulnaris": forearm([(0.04, 3.24), (0.40, 3.33), (0.40, 3.93),
                                     (0.04, 3.93)]),
    # hand (palm forward, thumb lateral): the thenar eminence over the base of the
    # thumb, and adductor pollicis distal to it in the web between thumb and index
    "thenar_muscles": [(1.285, 4.07), (1.33, 4.045), (1.375, 4.05), (1.42, 4.09),
                       (1.455, 4.165), (1.475, 4.245), P["th4"], P["th3"], P["th2"],
                       P["th1"], (1.27, 4.14)],
    "adductor_pollicis": [P["th1"], P["th2"], P["th3"], P["th4"], (1.43, 4.29),
                          (1.415, 4.35), (1.38, 4.405), (1.32, 4.41), (1.275, 4.36),
                          (1.27, 4.27)],
    # --- hip & thigh ---
    "tensor_fasciae_latae": [(0.56, 3.55), (0.66, 3.53), (0.73, 3.68), (0.775, 3.90),
                             (0.78, 4.12), (0.70, 4.10), (0.61, 3.82)],
    "iliopsoas": [(0.27, 3.86), (0.41, 3.78), (0.465, 3.92), (0.43, 4.13),
                  (0.33, 4.07)],
    "adductor_longus": [(0.11, 4.01), (0.24, 3.95), (0.31, 4.09), (0.28, 4.45),
                        (0.22, 4.90), (0.155, 5.22), (0.13, 5.05), (0.09, 4.70),
                        (0.045, 4.47), (0.06, 4.22)],
    "rectus_femoris": [(0.45, 4.00), (0.52, 4.14), (0.55, 4.55), (0.51, 5.15),
                       (0.44, 5.66), (0.36, 5.72), (0.33, 5.30), (0.32, 4.80),
                       (0.36, 4.35)],
    "vastus_lateralis": [(0.58, 4.14), (0.70, 4.15), (0.785, 4.32), (0.75, 4.80),
                         (0.67, 5.38), (0.575, 5.82), (0.47, 5.84), (0.46, 5.70),
                         (0.53, 5.18), (0.575, 4.55), (0.555, 4.25)],
    "vastus_medialis": [(0.30, 5.02), (0.31, 5.32), (0.345, 5.74), (0.28, 5.86),
                        (0.20, 5.84), (0.15, 5.62), (0.17, 5.30)],
    # --- leg ---
    "tibialis_anterior": [(0.345, 6.17), (0.44, 6.16), (0.47, 6.40), (0.44, 6.90),
                          (0.38, 7.28), (0.32, 7.55), (0.29, 7.48), (0.33, 6.95),
                          (0.345, 6.50)],
    "fibularis_longus": [(0.46, 6.14), (0.565, 6.16), (0.585, 6.48), (0.56, 6.85),
                         (0.47, 7.30), (0.435, 7.44), (0.40, 7.32), (0.46, 6.90),
                         (0.49, 6.40)],
    # --- foot ---
    # foot intrinsics on the dorsum of the foot (extensor digitorum brevis in
    # front of the lateral malleolus); plantar points are charted here too, as
    # neither view shows the sole
    "foot_intrinsics": [(0.33, 7.735), (0.40, 7.70), (0.445, 7.73), (0.46, 7.81),
                        (0.445, 7.895), (0.37, 7.95), (0.27, 7.955), (0.225, 7.905),
                        (0.25, 7.82)],
}

Q = {  # shared points for the posterior view
    "acr": (0.90, 1.475), "dtop": (0.955, 1.50), "dlat": (1.10, 1.70),
    "dins": (1.075, 2.36),
    "spine_root": (0.47, 1.70), "spine_mid": (0.66, 1.625), "spine_lat": (0.84, 1.56),
    "lt1": (0.455, 1.78), "lt2": (0.38, 1.96), "lt3": (0.29, 2.16), "lt4": (0.19, 2.42),
    "lt5": (0.10, 2.62),
    # trapezius kite: apex at the external occipital protuberance, superior
    # nuchal line, then the lateral (anterior) border of the upper fibres down
    # the side of the neck and onto the shoulder slope
    "t_apex": (0.015, 0.545), "nl2": (0.125, 0.59),
    "tb1": (0.14, 0.68), "tb2": (0.15, 0.765), "tb3": (0.155, 0.935), "tb4": (0.152, 1.12),
    "tb5": (0.165, 1.26), "tb6": (0.23, 1.305), "tb7": (0.31, 1.328),
    "acr_t": (0.915, 1.48),
    # upper/middle trapezius border (C7 -> acromion) and the top of supraspinatus
    "um0": (0.015, 1.405), "um1": (0.30, 1.458), "um2": (0.50, 1.54),
    "ss1": (0.86, 1.515), "ss2": (0.80, 1.517), "ss3": (0.72, 1.522), "ss4": (0.64, 1.533),
    "ss5": (0.57, 1.555), "ss6": (0.51, 1.595), "ss7": (0.49, 1.655),
    # middle/lower trapezius border (T4 -> root of the scapular spine)
    "ml0": (0.015, 1.725), "ml1": (0.20, 1.715), "ml2": (0.40, 1.70), "ml3": (0.462, 1.692),
}

POSTERIOR = {
    # --- back of the head and neck ---
    # The trapezius covers the back of the neck; the deep neck muscles are
    # shown as windows where they are palpated and needled:
    #  * semispinalis capitis: a paramedian column in the neck, enclosed by the
    #    upper trapezius (its occipital cap above, its neck strip lateral);
    #  * lateral to the upper trapezius border, top to bottom: suboccipitals
    #    just under the skull, splenius capitis running up and out to the
    #    mastoid, splenius cervicis below it and levator scapulae in the angle
    #    between the neck and the shoulder (the posterior triangle).
    "semispinalis_capitis": [(0.015, 0.70), (0.085, 0.695), (0.105, 0.75), (0.108, 0.90),
                             (0.10, 1.06), (0.10, 1.18), (0.103, 1.285), (0.015, 1.30)],
    "suboccipitals": [(0.132, 0.61), (0.21, 0.598), (0.285, 0.61), (0.295, 0.66),
                      (0.275, 0.745), Q["tb2"], Q["tb1"]],
    "splenius_capitis": [(0.285, 0.61), (0.33, 0.603), (0.368, 0.625), (0.36, 0.70),
                         (0.333, 0.79), (0.30, 0.87), (0.285, 0.935), Q["tb3"],
                         (0.152, 0.85), Q["tb2"], (0.275, 0.745), (0.295, 0.66)],
    "splenius_cervicis": [(0.153, 0.953), (0.22, 0.953), (0.289, 0.953), (0.291, 1.03),
                          (0.291, 1.10), (0.22, 1.10), (0.152, 1.10)],
    "levator_scapulae": [Q["tb4"], (0.22, 1.12), (0.291, 1.12), (0.293, 1.17), (0.305, 1.225),
                         (0.34, 1.28), (0.40, 1.323), Q["tb7"], Q["tb6"], Q["tb5"]],
    # --- trapezius: upper / middle / lower, together a kite (diamond) from the
    # external occipital protuberance to T12 and out to both acromions ---
    "upper_trapezius": [Q["t_apex"], (0.07, 0.563), Q["nl2"], (0.132, 0.61), Q["tb1"], Q["tb2"],
                        (0.152, 0.85), Q["tb3"], (0.152, 1.03), Q["tb4"], Q["tb5"], Q["tb6"],
                        Q["tb7"], (0.41, 1.343), (0.55, 1.39), (0.80, 1.447), (0.90, 1.468),
                        Q["acr_t"], Q["ss1"], Q["ss2"], Q["ss3"], Q["ss4"], Q["ss5"], Q["um2"], Q["um1"],
                        Q["um0"],
                        # up the midline to the semispinalis window, round it, on to the apex
                        (0.015, 1.30), (0.103, 1.285), (0.10, 1.18), (0.10, 1.06), (0.108, 0.90),
                        (0.105, 0.75), (0.085, 0.695), (0.015, 0.70)],
    "middle_trapezius": [Q["um0"], Q["um1"], Q["um2"], Q["ss5"],
                         Q["ss6"], Q["ss7"], Q["ml3"], Q["ml2"], Q["ml1"], Q["ml0"]],
    "lower_trapezius": [Q["ml0"], Q["ml1"], Q["ml2"], Q["ml3"], Q["lt1"], Q["lt2"], Q["lt3"],
                        Q["lt4"], Q["lt5"], (0.015, 2.78)],
    # --- scapula ---
    # supraspinatus: a window above the spine of the scapula, under the
    # upper/middle trapezius border
    "supraspinatus": [Q["ss7"], Q["ss6"], Q["ss5"], Q["ss4"], Q["ss3"], Q["ss2"], Q["ss1"],
                      Q["spine_lat"], Q["spine_mid"], (0.56, 1.664), (0.505, 1.685)],
    "infraspinatus": [Q["spine_root"], Q["spine_mid"], (0.72, 1.61), (0.76, 1.72),
                      (0.73, 1.78), (0.64, 1.86), (0.56, 1.96), (0.505, 2.02),
                      (0.49, 1.80)],
    "teres_minor": [(0.56, 1.98), (0.64, 1.88), (0.73, 1.80), (0.775, 1.76),
                    (0.82, 1.86), (0.85, 1.96), (0.74, 1.99), (0.64, 2.02)],
    "teres_major": [(0.51, 2.05), (0.63, 2.04), (0.74, 2.01), (0.86, 1.99),
                    (0.875, 2.05), (0.80, 2.085), (0.755, 2.06), (0.70, 2.10),
                    (0.58, 2.15), (0.52, 2.15)],
    "rhomboids": [(0.47, 1.80), (0.485, 1.95), (0.50, 2.08), (0.45, 2.16),
                  (0.31, 2.17), (0.39, 1.98)],
    "deltoid_posterior": [(0.72, 1.603), Q["spine_lat"], (0.875, 1.53), (0.93, 1.497),
                          Q["dtop"], (0.99, 1.72), (1.02, 2.00), Q["dins"], (0.98, 2.22),
                          (0.89, 2.02), (0.82, 1.82), (0.77, 1.68)],
    "deltoid_middle": [Q["dtop"], (1.06, 1.565), Q["dlat"], (1.125, 1.92),
                       (1.11, 2.20), Q["dins"], (1.02, 2.00), (0.99, 1.72)],
    "latissimus_dorsi": [(0.28, 2.19), (0.50, 2.19), (0.58, 2.19), (0.70, 2.17),
                         (0.695, 2.40), (0.655, 2.75), (0.625, 3.00), (0.63, 3.25),
                         (0.55, 3.38), (0.40, 3.40), (0.39, 3.00), (0.385, 2.55),
                         (0.33, 2.35)],
    # --- lower back: erector spinae + multifidus ---
    "iliocostalis": [(0.21, 2.44), (0.33, 2.38), (0.37, 2.55), (0.375, 3.00),
                     (0.385, 3.40), (0.33, 3.50), (0.29, 3.46), (0.285, 3.00),
                     (0.26, 2.65)],
    "longissimus": [(0.115, 2.69), (0.20, 2.48), (0.245, 2.66), (0.27, 3.00),
                    (0.275, 3.46), (0.24, 3.64), (0.17, 3.72), (0.175, 3.30),
                    (0.16, 2.95)],
    "multifidus": [(0.02, 2.86), (0.115, 2.73), (0.145, 2.95), (0.16, 3.30),
                   (0.155, 3.72), (0.10, 3.88), (0.02, 3.88)],
    # --- hip ---
    "gluteus_medius": [(0.42, 3.46), (0.56, 3.41), (0.66, 3.44), (0.745, 3.68),
                       (0.77, 3.88), (0.69, 3.84), (0.56, 3.68), (0.42, 3.58)],
    "gluteus_maximus": [(0.03, 3.92), (0.13, 3.84), (0.25, 3.70), (0.40, 3.64),
                        (0.54, 3.71), (0.68, 3.87), (0.78, 3.96), (0.785, 4.18),
                        (0.70, 4.38), (0.55, 4.48), (0.38, 4.52), (0.20, 4.50),
                        (0.07, 4.44), (0.03, 4.30)],
    # --- thigh ---
    "adductor_magnus": [(0.075, 4.53), (0.17, 4.56), (0.19, 4.80), (0.18, 5.20),
                        (0.155, 5.45), (0.13, 5.25), (0.105, 4.80)],
    "semimembranosus": [(0.19, 4.57), (0.31, 4.58), (0.325, 5.00), (0.31, 5.45),
                        (0.27, 5.88), (0.17, 5.86), (0.15, 5.62), (0.20, 5.25),
                        (0.215, 4.80)],
    "semitendinosus": [(0.33, 4.58), (0.46, 4.58), (0.46, 5.00), (0.40, 5.45),
                       (0.31, 5.92), (0.29, 5.90), (0.33, 5.45), (0.345, 5.00)],
    "biceps_femoris": [(0.48, 4.58), (0.60, 4.52), (0.74, 4.46), (0.775, 4.60),
                       (0.74, 4.90), (0.66, 5.40), (0.57, 5.84), (0.52, 5.90),
                       (0.45, 5.82), (0.42, 5.50), (0.48, 5.00)],
    # --- leg ---
    # gastrocnemius: both heads in one region (medial head larger and lower),
    # a notch between the heads; soleus shows around and below it
    "gastrocnemius": [(0.17, 6.08), (0.32, 6.05), (0.48, 6.08), (0.50, 6.30),
                      (0.495, 6.58), (0.465, 6.76), (0.42, 6.79), (0.37, 6.70),
                      (0.33, 6.88), (0.26, 6.95), (0.19, 6.84), (0.16, 6.55),
                      (0.155, 6.28)],
    "soleus": [(0.152, 6.75), (0.185, 6.89), (0.25, 6.99), (0.33, 6.93), (0.37, 6.77),
               (0.42, 6.84), (0.47, 6.83), (0.472, 6.92), (0.45, 7.12),
               (0.41, 7.28), (0.36, 7.32), (0.28, 7.30), (0.21, 7.20), (0.168, 7.02)],
    "fibularis_longus": [(0.52, 6.22), (0.565, 6.18), (0.59, 6.45), (0.578, 6.80),
                         (0.53, 7.08), (0.475, 7.38), (0.45, 7.48), (0.43, 7.38),
                         (0.46, 7.12), (0.485, 6.86), (0.515, 6.62), (0.525, 6.40)],
    # --- arm (back) ---
    "triceps_brachii": [(0.86, 2.06), (0.89, 2.05), (0.98, 2.25), Q["dins"],
                        (1.125, 2.45), (1.16, 2.65), (1.165, 2.80), (1.13, 2.90),
                        (1.08, 2.97), (1.03, 2.96), (0.96, 2.85), (0.91, 2.60),
                        (0.87, 2.35), (0.83, 2.17)],
    # forearm (back): f = 0 ulnar/medial edge, f = 1 radial/lateral edge.
    # Supinator is shown as a window just distal to the lateral epicondyle (where
    # it is needled, deep to the radial extensors). Below it, from the radial
    # border inward: brachioradialis down the whole radial border to the wrist,
    # ECRL (proximal) and ECRB (distal) beside it, and extensor digitorum down the
    # ulnar/middle dorsal forearm. Three columns of about a third of the forearm
    # each, so that each is wide enough to click; the ulnar column is shared by
    # extensor carpi ulnaris (its belly, above) and extensor digitorum, which
    # narrows beside that belly and takes the whole column toward the wrist.
    "supinator": forearm([(0.40, 3.00), (0.985, 3.00), (0.985, 3.20), (0.40, 3.20)]),
    "brachioradialis": forearm([(0.69, 3.22), (0.985, 3.22), (0.985, 3.60), (0.97, 3.93),
                                (0.81, 3.93), (0.69, 3.55)]),
    "extensor_carpi_radialis_longus": forearm([(0.37, 3.22), (0.67, 3.22), (0.67, 3.50),
                                               (0.37, 3.50)]),
    "extensor_carpi_radialis_brevis": forearm([(0.37, 3.52), (0.67, 3.52), (0.79, 3.93),
                                               (0.39, 3.93)]),
    "extensor_digitorum": forearm([(0.19, 3.04), (0.37, 3.00), (0.35, 3.40), (0.37, 3.93),
                                   (0.06, 3.93), (0.05, 3.70), (0.125, 3.70), (0.16, 3.62),
                                   (0.21, 3.52), (0.25, 3.38), (0.255, 3.22)]),
    # extensor carpi ulnaris: a spindle along the ulnar border, its belly in the
    # upper half of the forearm, tapering toward its tendon (not drawn); beside
    # the belly extensor digitorum narrows, and below it widens to the wrist
    "extensor_carpi_ulnaris": forearm([(0.03, 3.08), (0.19, 3.04), (0.255, 3.22),
                                       (0.25, 3.38), (0.21, 3.52), (0.16, 3.62),
                                       (0.125, 3.70), (0.05, 3.70)]),
    # --- hand (back) ---
    # first dorsal interosseous: between the thumb and index metacarpals, from
    # their bases near the wrist out into the web
    "first_dorsal_interosseous": [(1.33, 4.09), (1.375, 4.065), (1.42, 4.10), (1.445, 4.17),
                                  (1.458, 4.25), (1.432, 4.29), (1.415, 4.35), (1.385, 4.40),
                                  (1.335, 4.38), (1.31, 4.27), (1.31, 4.16)],
}

VIEWS = {"anterior": ANTERIOR, "posterior": POSTERIOR}

# Deep (not drawn) muscles: which surface muscle(s) lie over them, per view.
DEEP_OVER = {
    ("lateral_pterygoid", "anterior"): "masseter",
    ("subscapularis", "anterior"): "serratus_anterior;pectoralis_major",
    ("pectoralis_minor", "anterior"): "pectoralis_major",
    ("brachialis", "anterior"): "biceps_brachii",
    ("gluteus_minimus", "posterior"): "gluteus_medius",
    ("piriformis", "posterior"): "gluteus_maximus",
    ("quadratus_lumborum", "posterior"): "iliocostalis;latissimus_dorsi",
    ("tibialis_posterior", "posterior"): "soleus;gastrocnemius",
}


# ---------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------
def to_px(pt, side_sign):
    """Head units (lateral x, y) -> px. side_sign -1 = viewer's left, +1 = right."""
    x, y = pt
    return (CX + side_sign * x * S, TOP + y * S)


def signed_area(poly):
    a = 0.0
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        a += x1 * y2 - x2 * y1
    return a / 2.0


def inset_polygon(poly, d):
    """Move each vertex inward by d along the angle bisector (mitre, clamped)."""
    if signed_area(poly) < 0:
        poly = poly[::-1]
    n = len(poly)
    out = []
    for i in range(n):
        px, py = poly[i - 1]
        cx, cy = poly[i]
        nx_, ny_ = poly[(i + 1) % n]
        # edge normals pointing inward (polygon is CCW in y-down coordinates
        # when signed_area > 0, inward normal of edge (dx,dy) is (-dy, dx))
        def nrm(ax, ay, bx, by):
            dx, dy = bx - ax, by - ay
            l = math.hypot(dx, dy) or 1.0
            return (-dy / l, dx / l)
        n1 = nrm(px, py, cx, cy)
        n2 = nrm(cx, cy, nx_, ny_)
        bx, by = n1[0] + n2[0], n1[1] + n2[1]
        bl = math.hypot(bx, by)
        if bl < 1e-9:
            out.append((cx + n1[0] * d, cy + n1[1] * d))
            continue
        bx, by = bx / bl, by / bl
        cosh = bx * n1[0] + by * n1[1]
        k = d / max(cosh, 0.35)
        out.append((cx + bx * k, cy + by * k))
    return out


def densify(poly):
    """Insert edge midpoints so the B-spline hugs the designed polygon."""
    out = []
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        out.append(a)
        out.append(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
    return out


def fmt(v):
    s = "%.1f" % v
    return s[:-2] if s.endswith(".0") else s


def bspline_path(poly, closed=True):
    """Closed (or open) quadratic B-spline through the control polygon, as M/Q/L/Z."""
    n = len(poly)
    mid = lambda a, b: ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    if closed:
        start = mid(poly[-1], poly[0])
        d = ["M%s %s" % (fmt(start[0]), fmt(start[1]))]
        for i in range(n):
            c = poly[i]
            e = mid(poly[i], poly[(i + 1) % n])
            d.append("Q%s %s %s %s" % (fmt(c[0]), fmt(c[1]), fmt(e[0]), fmt(e[1])))
        d.append("Z")
    else:
        d = ["M%s %s" % (fmt(poly[0][0]), fmt(poly[0][1]))]
        if n == 2:
            d.append("L%s %s" % (fmt(poly[1][0]), fmt(poly[1][1])))
        else:
            for i in range(1, n - 1):
                c = poly[i]
                e = mid(poly[i], poly[i + 1]) if i < n - 2 else poly[n - 1]
                d.append("Q%s %s %s %s" % (fmt(c[0]), fmt(c[1]), fmt(e[0]), fmt(e[1])))
    return " ".join(d)


# ---------------------------------------------------------------------------
# Palette: muted muscle reds/pinks, varied deterministically per muscle
# ---------------------------------------------------------------------------
PALETTE = ["#d98c8c", "#c97b7e", "#e0a0a0", "#cf8f86", "#d6968f", "#c6857f",
           "#dba3a0", "#cc7f86", "#e2aaa4", "#d49089", "#c98a8f", "#de9a94"]


# The three parts of the trapezius share one deeper tone so that together they
# read as the trapezius kite in the posterior view.
# Supraspinatus, a window inside the kite's lateral corner, is kept light.
TRAPEZIUS_TONES = {"upper_trapezius": "#c46a6d", "middle_trapezius": "#c87074",
                   "lower_trapezius": "#c26669", "supraspinatus": "#de9f98"}


# Muscles drawn after the first release have tones of their own, picked from the
# palette to stand apart from their neighbours; they are left out of the palette
# order so that adding them does not recolour the muscles drawn before.
ADDED_TONES = {
    "intercostals": "#c97b7e",              # beside serratus, pectoralis major
    "external_oblique": "#e2aaa4",          # beside serratus, intercostals
    "internal_oblique": "#c6857f",          # below the external oblique
    "thenar_muscles": "#e2aaa4",
    "adductor_pollicis": "#c97b7e",         # beside the thenar muscles
    "foot_intrinsics": "#d6968f",
    "extensor_carpi_ulnaris": "#c6857f",    # beside extensor digitorum
    "first_dorsal_interosseous": "#d49089",
}


def muscle_colour(mid, view):
    if view == "posterior" and mid in TRAPEZIUS_TONES:
        return TRAPEZIUS_TONES[mid]
    if mid in ADDED_TONES:
        return ADDED_TONES[mid]
    order = sorted(m for m in VIEWS[view] if m not in ADDED_TONES)
    return PALETTE[(order.index(mid) * 5) % len(PALETTE)]


# ---------------------------------------------------------------------------
# SVG writing
# ---------------------------------------------------------------------------
def side_signs(view):
    """Map patient side -> viewer side sign (-1 viewer's left, +1 viewer's right)."""
    if view == "anterior":
        return {"R": -1, "L": +1}
    return {"L": -1, "R": +1}


def outline_polygon():
    right = [to_px(p, +1) for p in HALF_OUTLINE]
    left = [to_px(p, -1) for p in reversed(HALF_OUTLINE[1:-1])]
    return right + left


def build_svg(view):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">'
             % (W, H, W, H)]
    lines.append('  <path id="body_outline" fill="%s" stroke="%s" stroke-width="1.5" d="%s"/>'
                 % (SKIN, SKIN_STROKE, bspline_path(densify(outline_polygon()))))
    lines.append('  <g id="landmarks" fill="none" stroke="%s" stroke-width="1.2" '
                 'stroke-linecap="round">' % LANDMARK_STROKE)
    lm = LANDMARKS[view]
    for sign in (-1, +1):
        for pl in lm["half"]:
            pts = [to_px(p, sign) for p in pl]
            closed = pl[0] == pl[-1]
            if closed:
                lines.append('    <path d="%s"/>' % bspline_path(pts[:-1], True))
            else:
                lines.append('    <path d="%s"/>' % bspline_path(pts, False))
    for pl in lm["mid"]:
        for sign in ((-1, +1) if any(p[0] for p in pl) else (+1,)):
            pts = [to_px(p, sign) for p in pl]
            lines.append('    <path d="%s"/>' % bspline_path(pts, False))
    lines.append('  </g>')
    lines.append('  <g id="muscles" stroke="%s" stroke-width="0.9" stroke-linejoin="round">'
                 % MUSCLE_STROKE)
    signs = side_signs(view)
    for mid in sorted(VIEWS[view].keys()):
        half = VIEWS[view][mid]
        for side in ("L", "R"):
            poly = [to_px(p, signs[side]) for p in half]
            poly = inset_polygon(densify(poly), INSET)
            lines.append('    <path id="%s_%s" fill="%s" d="%s"/>'
                         % (mid, side, muscle_colour(mid, view), bspline_path(poly)))
    lines.append('  </g>')
    lines.append('</svg>')
    return "\n".join(lines) + "\n"


def load_muscles():
    for p in MUSCLES_CSV_CANDIDATES:
        if os.path.exists(p):
            with open(p, newline="", encoding="utf-8") as f:
                return list(csv.DictReader(f))
    sys.exit("muscles.csv not found in %s" % MUSCLES_CSV_CANDIDATES)


def region_rows(muscles):
    rows = []
    for m in muscles:
        views = [v.strip() for v in m["views"].split(";") if v.strip()]
        # also list a view in which we draw it even if the csv does not name it
        for v in ("anterior", "posterior"):
            if m["id"] in VIEWS[v] and v not in views:
                views.append(v)
        for v in ("anterior", "posterior"):
            if v not in views:
                continue
            if m["id"] in VIEWS[v]:
                rows.append((m["id"], v, "yes", ""))
            else:
                over = DEEP_OVER.get((m["id"], v))
                if not over:
                    sys.exit("no 'over' mapping for deep muscle %s in %s" % (m["id"], v))
                rows.append((m["id"], v, "no", over))
    return rows


def write_all():
    os.makedirs(OUT_DIR, exist_ok=True)
    for view in VIEWS:
        with open(os.path.join(OUT_DIR, view + ".svg"), "w", encoding="utf-8", newline="\n") as f:
            f.write(build_svg(view))
    rows = region_rows(load_muscles())
    with open(os.path.join(OUT_DIR, "muscle-regions.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["muscle_id", "view", "drawn", "over"])
        w.writerows(rows)


# ---------------------------------------------------------------------------
# Self-check: parse the written SVGs back and verify them
# ---------------------------------------------------------------------------
TOKEN = re.compile(r"[MLCQZ]|-?\d+(?:\.\d+)?")


def parse_path(d):
    """Parse an M/L/C/Q/Z path into a list of sampled polylines (one per subpath)."""
    toks = TOKEN.findall(d)
    bad = re.sub(r"[MLCQZ\d\.\s\-]", "", d)
    if bad:
        raise ValueError("unsupported path characters: %r" % bad)
    polys, cur, closed_flags = [], [], []
    i, cmd = 0, None
    pos = (0.0, 0.0)
    def num():
        nonlocal i
        v = float(toks[i]); i += 1
        return v
    while i < len(toks):
        t = toks[i]
        if t in "MLCQZ":
            cmd = t; i += 1
            if cmd == "Z":
                closed_flags.append(True)
                polys.append(cur); cur = []
                continue
        if cmd == "M":
            if cur:
                polys.append(cur); closed_flags.append(False)
            pos = (num(), num()); cur = [pos]; cmd = "L"
        elif cmd == "L":
            pos = (num(), num()); cur.append(pos)
        elif cmd == "Q":
            c = (num(), num()); e = (num(), num())
            for k in range(1, 9):
                t_ = k / 8.0
                a = (1 - t_) ** 2; b = 2 * (1 - t_) * t_; cc = t_ * t_
                cur.append((a * pos[0] + b * c[0] + cc * e[0], a * pos[1] + b * c[1] + cc * e[1]))
            pos = e
        elif cmd == "C":
            c1 = (num(), num()); c2 = (num(), num()); e = (num(), num())
            for k in range(1, 9):
                t_ = k / 8.0
                a = (1 - t_) ** 3; b = 3 * (1 - t_) ** 2 * t_; c = 3 * (1 - t_) * t_ ** 2; dd = t_ ** 3
                cur.append((a * pos[0] + b * c1[0] + c * c2[0] + dd * e[0],
                            a * pos[1] + b * c1[1] + c * c2[1] + dd * e[1]))
            pos = e
        else:
            raise ValueError("bad path data")
    if cur:
        polys.append(cur); closed_flags.append(False)
    return polys, closed_flags


def spans(poly, y0, y1):
    """Scanline fill (even-odd) of a polygon: {row: [(xa, xb), ...]} at row centres."""
    out = {}
    n = len(poly)
    ymin = max(int(math.floor(min(p[1] for p in poly))), y0)
    ymax = min(int(math.ceil(max(p[1] for p in poly))), y1)
    for row in range(ymin, ymax + 1):
        yc = row + 0.5
        xs = []
        for i in range(n):
            (xa, ya), (xb, yb) = poly[i], poly[(i + 1) % n]
            if (ya <= yc < yb) or (yb <= yc < ya):
                xs.append(xa + (yc - ya) * (xb - xa) / (yb - ya))
        xs.sort()
        if xs:
            out[row] = [(xs[k], xs[k + 1]) for k in range(0, len(xs) - 1, 2)]
    return out


def span_overlap(sa, sb):
    tot = 0.0
    for row, ia in sa.items():
        ib = sb.get(row)
        if not ib:
            continue
        for a0, a1 in ia:
            for b0, b1 in ib:
                lo, hi = max(a0, b0), min(a1, b1)
                if hi > lo:
                    tot += hi - lo
    return tot


def span_area(sa):
    return sum(b - a for iv in sa.values() for a, b in iv)


def span_outside(sa, so):
    """Area of sa not covered by so."""
    return span_area(sa) - span_overlap(sa, so)


def segments_intersect(p1, p2, p3, p4):
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    d1, d2 = orient(p3, p4, p1), orient(p3, p4, p2)
    d3, d4 = orient(p1, p2, p3), orient(p1, p2, p4)
    return d1 * d2 < 0 and d3 * d4 < 0


def self_intersects(poly):
    n = len(poly)
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            c, d = poly[j], poly[(j + 1) % n]
            if segments_intersect(a, b, c, d):
                return True
    return False


def thickness(poly, sp):
    """Approximate diameter of the largest inscribed circle (px), sampled on a 2 px grid."""
    best = 0.0
    segs = [(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly))]
    for row, iv in sp.items():
        if row % 2:
            continue
        y = row + 0.5
        for a, b in iv:
            x = a + 1.0
            while x < b:
                dmin = 1e9
                for (x1, y1), (x2, y2) in segs:
                    dx, dy = x2 - x1, y2 - y1
                    L = dx * dx + dy * dy
                    t = 0.0 if L == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / L))
                    dd = (x1 + t * dx - x) ** 2 + (y1 + t * dy - y) ** 2
                    if dd < dmin:
                        dmin = dd
                best = max(best, math.sqrt(dmin))
                x += 2.0
    return 2 * best


# Regions the brief names as the smallest: they must still be about 6 px across
# (largest inscribed circle) when the whole figure is rendered 400 px tall.
SMALLEST = {"suboccipitals", "splenius_capitis", "splenius_cervicis", "levator_scapulae",
            "scalenes", "temporalis", "masseter", "supinator", "teres_minor",
            "thenar_muscles", "adductor_pollicis", "first_dorsal_interosseous",
            "foot_intrinsics"}


def check():
    muscles = load_muscles()
    ids = {m["id"] for m in muscles}
    problems = []
    report = []
    vb_seen = set()
    drawn_any = {v: set() for v in VIEWS}
    for view in VIEWS:
        text = open(os.path.join(OUT_DIR, view + ".svg"), encoding="utf-8").read()
        vb = re.search(r'viewBox="([^"]+)"', text).group(1)
        vb_seen.add(vb)
        for forbidden in ("transform", "<text", "filter", "Gradient", "clipPath", "class=",
                          "<style", "<circle", "<ellipse", "<rect"):
            if forbidden in text:
                problems.append("%s: forbidden construct %s" % (view, forbidden))
        paths = re.findall(r'<path([^>]*)/>', text)
        seen = set()
        regions = {}
        outline = None
        for attrs in paths:
            d = re.search(r'\sd="([^"]+)"', attrs).group(1)
            m = re.search(r'\sid="([^"]+)"', attrs)
            pid = m.group(1) if m else None
            if re.search(r"[^MLCQZ\d\.\s\-]", d):
                problems.append("%s: path %s uses unsupported commands" % (view, pid))
            if pid is None:
                continue                     # landmark polyline
            if pid in seen:
                problems.append("%s: duplicate id %s" % (view, pid))
            seen.add(pid)
            polys, closed = parse_path(d)
            if len(polys) != 1 or not all(closed):
                problems.append("%s: %s is not a single closed path" % (view, pid))
                continue
            poly = polys[0]
            if self_intersects(poly):
                problems.append("%s: %s self-intersects" % (view, pid))
            if pid == "body_outline":
                outline = poly
                continue
            mm = re.fullmatch(r"(.+)_(L|R)", pid)
            if not mm or mm.group(1) not in ids:
                problems.append("%s: path id %s is not <csv muscle id>_L/_R" % (view, pid))
                continue
            drawn_any[view].add(mm.group(1))
            regions[pid] = poly
        if outline is None:
            problems.append("%s: no body_outline" % view)
            continue
        for mid in drawn_any[view]:
            for s in ("L", "R"):
                if "%s_%s" % (mid, s) not in regions:
                    problems.append("%s: %s drawn on one side only" % (view, mid))
        # side sanity: patient's left on viewer's right (anterior) / left (posterior)
        for pid, poly in regions.items():
            cxr = sum(p[0] for p in poly) / len(poly)
            left_is_right = view == "anterior"
            if pid.endswith("_L") and ((cxr > CX) != left_is_right):
                problems.append("%s: %s on the wrong side" % (view, pid))
        so = spans(outline, 0, H)
        sp = {pid: spans(poly, 0, H) for pid, poly in regions.items()}
        names = sorted(regions)
        bbox = {pid: (min(p[0] for p in poly), min(p[1] for p in poly),
                      max(p[0] for p in poly), max(p[1] for p in poly))
                for pid, poly in regions.items()}
        worst_overlap = 0.0
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                ba, bb = bbox[a], bbox[b]
                if ba[2] < bb[0] or bb[2] < ba[0] or ba[3] < bb[1] or bb[3] < ba[1]:
                    continue
                ov = span_overlap(sp[a], sp[b])
                worst_overlap = max(worst_overlap, ov)
                if ov > 2.0:
                    problems.append("%s: %s overlaps %s by %.1f px^2" % (view, a, b, ov))
        worst_out = 0.0
        for pid in names:
            out = span_outside(sp[pid], so)
            worst_out = max(worst_out, out)
            if out > 2.0:
                problems.append("%s: %s extends outside the outline by %.1f px^2" % (view, pid, out))
        # clickability at a 400 px tall render: inscribed circle >= ~6 px
        scale = 400.0 / H
        thin = []
        for pid in names:
            if pid.endswith("_L"):
                t = thickness(regions[pid], sp[pid]) * scale
                thin.append((t, pid[:-2]))
        thin.sort()
        for t, mid in thin:
            need = 5.5 if mid in SMALLEST else 3.0
            if t < need:
                problems.append("%s: %s only %.1f px thick at 400 px (need %.1f)"
                                % (view, mid, t, need))
        report.append("%s: viewBox %s, %d muscle regions (%d muscles x L/R), worst pairwise "
                      "overlap %.1f px^2, worst outside-outline %.1f px^2; thinnest at 400 px: %s"
                      % (view, vb, len(regions), len(regions) // 2, worst_overlap, worst_out,
                         ", ".join("%s %.1f" % (m, t) for t, m in thin[:4])))
    if len(vb_seen) != 1:
        problems.append("views have different viewBoxes: %s" % vb_seen)
    # csv coverage
    rows = list(csv.DictReader(open(os.path.join(OUT_DIR, "muscle-regions.csv"), encoding="utf-8")))
    byid = {}
    for r in rows:
        byid.setdefault(r["muscle_id"], []).append(r)
        if r["drawn"] == "yes" and r["muscle_id"] not in drawn_any[r["view"]]:
            problems.append("csv says %s drawn in %s but no path" % (r["muscle_id"], r["view"]))
        if r["drawn"] == "no":
            if r["muscle_id"] in drawn_any[r["view"]]:
                problems.append("csv says %s not drawn in %s but a path exists" % (r["muscle_id"], r["view"]))
            overs = [o for o in r["over"].split(";") if o]
            if not overs:
                problems.append("%s/%s: deep muscle without 'over'" % (r["muscle_id"], r["view"]))
            for o in overs:
                if o not in drawn_any[r["view"]]:
                    problems.append("%s/%s: over %s is not drawn in that view" % (r["muscle_id"], r["view"], o))
    for m in muscles:
        views = [v.strip() for v in m["views"].split(";") if v.strip()]
        got = {r["view"] for r in byid.get(m["id"], [])}
        if not got:
            problems.append("csv muscle %s has no row" % m["id"])
        for v in views:
            if v not in got:
                problems.append("csv muscle %s lacks a row for view %s" % (m["id"], v))
    n_yes = sum(1 for r in rows if r["drawn"] == "yes")
    n_no = len(rows) - n_yes
    for line in report:
        print(line)
    print("muscle-regions.csv: %d rows (%d drawn, %d deep with 'over'), %d csv muscles covered"
          % (len(rows), n_yes, n_no, len(byid)))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("CHECK FAILED (%d problems)" % len(problems))
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    write_all()
    if "--check" in sys.argv[1:]:
        sys.exit(check())
