"""Shared helpers for the batch_k/part1 plans."""
from ooxml import Doc, canvas_png, logo_png  # noqa: F401

KEYS = ["validity_period", "responsible", "student_involvement", "previous_year_evaluation",
        "survey", "promotive_work", "preventive_measures", "acute_routines",
        "discrimination_grounds", "minority_rights", "evaluation_plan", "guardian_involvement"]

SHORT = {"V": "validity_period", "R": "responsible", "S": "student_involvement",
         "P": "previous_year_evaluation", "Su": "survey", "Pr": "promotive_work",
         "Pm": "preventive_measures", "A": "acute_routines", "D": "discrimination_grounds",
         "M": "minority_rights", "E": "evaluation_plan", "G": "guardian_involvement"}


def expected(**kw):
    """expected(V='met', ...) with short keys; every key must be given."""
    out = {}
    for k, v in kw.items():
        out[SHORT[k]] = v
    assert set(out) == set(KEYS), set(KEYS) - set(out)
    assert all(v in ("met", "partial", "missing") for v in out.values())
    return {k: out[k] for k in KEYS}


def reasons(**kw):
    return {SHORT[k]: v for k, v in kw.items()}


def keys(*short):
    return [SHORT[s] for s in short]


def meta(school_year, language, forms, shape, exp, why, guidance=(), not_done=(),
         ids=None, decoys=(), images_without_alt=0, images_ok=0):
    ids = ids or {}
    return {
        "school_year": school_year,
        "language": language,
        "forms": list(forms),
        "shape": shape,
        "expected": exp,
        "reasons": why,
        "guidance_keys": list(guidance),
        "not_done_keys": list(not_done),
        "identity_numbers": list(ids.keys()),
        "identity_number_places": dict(ids),
        "decoys": list(decoys),
        "images_without_alt": images_without_alt,
        "images_ok": images_ok,
    }


def flowchart_png():
    """A text-free flowchart: five boxes joined by arrows (content invisible to text checks)."""
    rects = []
    W, H = 520, 300
    xs = [20, 120, 220, 320, 420]
    cols = [(46, 117, 182), (84, 130, 53), (191, 144, 0), (197, 90, 17), (112, 48, 160)]
    for k, x in enumerate(xs):
        rects.append((x, 110, x + 80, 190, cols[k]))
        rects.append((x + 6, 116, x + 74, 184, (235, 240, 250)))
        if k < 4:
            rects.append((x + 80, 147, x + 100, 153, (60, 60, 60)))
            rects.append((x + 94, 141, x + 100, 159, (60, 60, 60)))
    rects.append((220, 20, 300, 80, (160, 160, 160)))
    rects.append((257, 80, 263, 110, (60, 60, 60)))
    rects.append((420, 220, 500, 280, (160, 160, 160)))
    rects.append((457, 190, 463, 220, (60, 60, 60)))
    return canvas_png(W, H, rects)


def bar_chart_png(values, colour=(46, 117, 182)):
    """Simple bar chart without any rendered text; values in percent."""
    W, H = 480, 260
    rects = [(40, 20, 42, 230, (0, 0, 0)), (40, 228, 460, 230, (0, 0, 0))]
    for k in range(1, 5):
        y = 230 - k * 42
        rects.append((42, y, 460, y + 1, (210, 210, 210)))
    n = len(values)
    bw = int(380 / n) - 14
    for k, v in enumerate(values):
        x = 60 + k * (bw + 14)
        top = 228 - int(v * 2.08)
        rects.append((x, top, x + bw, 228, colour if v >= 50 else (197, 90, 17)))
    return canvas_png(W, H, rects)


def house_png():
    """Drawing of 'husmodellen': a house with rooms coloured green/yellow/red."""
    W, H = 360, 300
    rects = [(60, 110, 300, 280, (90, 90, 90)), (64, 114, 296, 276, (255, 255, 255))]
    for k in range(20):
        rects.append((180 - 6 * k - 6, 30 + 4 * k, 180 + 6 * k + 6, 34 + 4 * k, (150, 60, 40)))
    rooms = [(70, 120, 175, 190, (120, 200, 120)), (185, 120, 290, 190, (250, 220, 90)),
             (70, 200, 175, 270, (230, 110, 100)), (185, 200, 290, 270, (120, 200, 120))]
    rects += rooms
    return canvas_png(W, H, rects)
