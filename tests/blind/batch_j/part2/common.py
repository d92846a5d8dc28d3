"""Shared helpers for the batch_j/part2 plans."""
from docxkit import Doc, png, r

KEYS = ["validity_period", "responsible", "student_involvement", "previous_year_evaluation",
        "survey", "promotive_work", "preventive_measures", "acute_routines",
        "discrimination_grounds", "minority_rights", "evaluation_plan", "guardian_involvement"]

M, P, X = "met", "partial", "missing"


def label(file, school_year, language, forms, shape, expected, reasons=None, guidance_keys=(),
          not_done_keys=(), identity_numbers=None, decoys=(), images_without_alt=0, images_ok=0):
    assert set(expected) == set(KEYS), (file, set(KEYS) ^ set(expected))
    ids = identity_numbers or {}
    return {
        "file": file,
        "school_year": school_year,
        "language": language,
        "forms": list(forms),
        "shape": shape,
        "expected": {k: expected[k] for k in KEYS},
        "reasons": dict(reasons or {}),
        "guidance_keys": list(guidance_keys),
        "not_done_keys": list(not_done_keys),
        "identity_numbers": list(ids),
        "identity_number_places": dict(ids),
        "decoys": list(decoys),
        "images_without_alt": images_without_alt,
        "images_ok": images_ok,
    }


# deterministic pictures
LOGO_BLUE = png(96, 48, [(31, 56, 100), (255, 255, 255), (47, 84, 150)])
LOGO_GREEN = png(96, 48, [(56, 87, 35), (226, 239, 218), (84, 130, 53)], stripes="v")
PHOTO = png(120, 80, [(191, 143, 0), (112, 48, 160), (0, 112, 192), (84, 130, 53)], stripes="grid")
DRAWING = png(100, 70, [(255, 192, 0), (255, 255, 255), (237, 125, 49)], stripes="grid")
FLOW = png(140, 100, [(255, 255, 255), (68, 114, 196), (255, 255, 255), (68, 114, 196),
                      (255, 255, 255)])
BORDER = png(200, 8, [(157, 195, 230), (255, 255, 255)], stripes="v")
CHART = png(110, 70, [(68, 114, 196), (237, 125, 49), (165, 165, 165)], stripes="v")


def front_table(d, rows, widths=(3000, 6072)):
    d.table([[{"text": a, "bold": True, "fill": "F2F2F2"}, b] for a, b in rows],
            list(widths), header_rows=0)
