KEYS = ["validity_period", "responsible", "student_involvement", "previous_year_evaluation", "survey",
        "promotive_work", "preventive_measures", "acute_routines", "discrimination_grounds", "minority_rights",
        "evaluation_plan", "guardian_involvement"]


def expected(**over):
    out = {k: "met" for k in KEYS}
    for k, v in over.items():
        assert k in out, k
        assert v in ("met", "partial", "missing"), v
        out[k] = v
    return out


def meta(school_year, forms, shape, exp, reasons=None, language="sv", guidance_keys=(), not_done_keys=(),
         identity_numbers=(), identity_number_places=None, decoys=(), images_without_alt=0, images_ok=0):
    return {
        "school_year": school_year,
        "language": language,
        "forms": list(forms),
        "shape": shape,
        "expected": exp,
        "reasons": dict(reasons or {}),
        "guidance_keys": list(guidance_keys),
        "not_done_keys": list(not_done_keys),
        "identity_numbers": list(identity_numbers),
        "identity_number_places": dict(identity_number_places or {}),
        "decoys": list(decoys),
        "images_without_alt": images_without_alt,
        "images_ok": images_ok,
    }


def page_footer(d, left):
    """Footer paragraph 'left<TAB><TAB>Sida X (Y)'."""
    return [d.par(d.r(left + "\t\tSida "), d.field("PAGE", "1"), d.r(" ("), d.field("NUMPAGES", "3"), d.r(")"),
                  role="footer")]
