"""Engine reason and finding codes → text in the active language (the engine itself has no Django)."""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

REASONS: dict[str, Promise] = {
    "generic.met": _("The plan covers this."),
    "generic.weak": _("The plan touches on this, but only briefly."),
    "generic.not_found": _("Nothing in the plan covers this."),
    "generic.guidance_only": _(
        "The section holds only the template's guidance text, not the school's own text."
    ),
    "generic.not_done": _("The section only says that this was not done."),
    "generic.not_done_planned": _(
        "The section says this has not been done yet and when it will be; add it to the plan then."
    ),
    "generic.empty_section": _("The section has a heading but no content."),
    "generic.elsewhere": _(
        "The plan mentions this only within a section about something else (%(section)s); "
        "give it an account of its own."
    ),
    "validity_period.met": _(
        "The plan states its period (%(period)s), about a year matching the school year."
    ),
    "validity_period.too_long": _(
        "The plan's period (%(period)s) is longer than one year; a new plan is made every year."
    ),
    "validity_period.short": _("The plan's period (%(period)s) is shorter than a school year."),
    "validity_period.other_year": _(
        "The plan's period (%(period)s) does not match the school year %(school_year)s."
    ),
    "validity_period.contradicts_year": _(
        "The plan names the school year %(stated)s, but says it is valid %(period)s: say which period"
        " the plan is for."
    ),
    "validity_period.open_ended": _(
        "The plan is valid 'until further notice'; it must be renewed every year."
    ),
    "validity_period.adoption_only": _(
        "The plan gives only the date it was adopted, not the period it is valid for."
    ),
    "validity_period.not_found": _("The plan does not say which period it is valid for."),
    "responsible.met": _("The plan says who is responsible for it."),
    "responsible.group_only": _(
        "The plan names a group or role but not clearly who is responsible for the plan."
    ),
    "student_involvement.met": _(
        "The plan describes how the children/students took part, and in which forums."
    ),
    "student_involvement.respondents_only": _(
        "The students answered surveys, but the plan does not say how they took part in drawing it up "
        "or following it up."
    ),
    "student_involvement.information_only": _(
        "The children/students are only informed about the plan; it does not say how they took part."
    ),
    "student_involvement.general": _(
        "Participation is mentioned in general terms, not how the students took part in drawing up or"
        " following up the plan."
    ),
    "student_involvement.no_forum": _(
        "Participation is mentioned in general terms, without forums or methods."
    ),
    "previous_year_evaluation.met": _(
        "The plan accounts for how last year's measures were carried out and their effect."
    ),
    "previous_year_evaluation.some_measures": _(
        "The plan accounts for only some of last year's measures; say what became of each of them."
    ),
    "previous_year_evaluation.general_only": _(
        "The evaluation of last year's plan is general; it does not account for each measure and its effect."
    ),
    "survey.met": _("The plan names its survey sources and what they showed."),
    "survey.outdated": _("The survey results are from years ago; base this year's plan on a recent survey."),
    "survey.no_results": _("The plan names survey methods (%(sources)s) but not what they showed."),
    "promotive_work.met": _("The plan describes concrete promotive work."),
    "promotive_work.slogans_only": _(
        "The promotive section has aims and slogans but no concrete activities."
    ),
    "promotive_work.thin": _("The promotive work is described only briefly."),
    "preventive_measures.met": _("The measures have an owner and a time (%(complete)s of %(measures)s)."),
    "preventive_measures.not_this_year": _(
        "The measures are dated before this school year starts; plan this year's measures."
    ),
    "preventive_measures.no_owner_or_time": _(
        "Only %(complete)s of %(measures)s measures have both an owner and a time."
    ),
    "acute_routines.met": _(
        "The routine covers reporting to the principal and the district, investigating, acting and"
        " documenting."
    ),
    "acute_routines.steps_missing": _("The routine lacks steps: %(missing)s."),
    "acute_routines.image_only": _(
        "The routine appears to be only an image; its steps cannot be read as text."
    ),
    "discrimination_grounds.met": _("All seven grounds of discrimination are named."),
    "discrimination_grounds.some_missing": _(
        "Only %(found)s of the seven grounds are named; missing: %(missing)s."
    ),
    "discrimination_grounds.outdated": _(
        "Only %(found)s of the seven grounds are named in current wording ('funktionshinder' is outdated)."
    ),
    "discrimination_grounds.too_few": _("Only %(found)s of the seven grounds of discrimination are named."),
    "minority_rights.met": _(
        "The plan names the national minorities and what the school does for their rights."
    ),
    "discrimination_grounds.law_only": _(
        "The grounds are named only in the quoted law, not in the school's own analysis and work."
    ),
    "minority_rights.mother_tongue_only": _(
        "The plan speaks of mother-tongue tuition in general, not of the national minorities and "
        "their rights."
    ),
    "minority_rights.law_only": _(
        "The national minorities are mentioned only in the quoted law, not in what the school does."
    ),
    "minority_rights.named_only": _(
        "The national minorities are named, but not what the school does for their rights."
    ),
    "evaluation_plan.met": _("The plan says when and how this year's plan will be evaluated, and by whom."),
    "evaluation_plan.incomplete": _("The evaluation of this year's plan lacks: %(missing)s."),
    "guardian_involvement.met": _("The plan describes how guardians can take part and influence the plan."),
    "guardian_involvement.information_only": _(
        "Guardians are only informed about the plan, not invited to take part."
    ),
}

FINDINGS: dict[str, Promise] = {
    "personal_identity_number": _(
        "The plan contains a personal identity number (%(masked)s) in %(place)s. Remove it before the plan"
        " is published."
    ),
    "image_without_alt_text": _(
        "An image in %(place)s has no alternative text. Add a text that describes it, or mark it as"
        " decorative."
    ),
    "outdated_ground_wording": _(
        "The word 'funktionshinder' has been replaced by 'funktionsnedsättning' in the Discrimination Act"
        " since 2015."
    ),
    "school_year_mismatch": _(
        "The plan states the school year %(stated)s but was uploaded for %(expected)s."
    ),
    "previous_measure_not_accounted": _(
        "Last year's plan planned the measure “%(measure)s”; this year's plan does not say how it was "
        "carried out and with what effect."
    ),
}

# The parts of each requirement (RuleResult.parts), also used for "missing" in reason texts.
PART_NAMES: dict[str, Promise] = {
    "start_and_end": _("a start and an end"),
    "about_a_year": _("about twelve months"),
    "this_school_year": _("the plan's school year"),
    "role_for_plan": _("a role responsible for the plan"),
    "others_responsible": _("what others are responsible for"),
    "forum": _("a forum or method"),
    "taking_part": _("taking part in drawing up or following up the plan"),
    "measure_by_measure": _("last year's measures one by one"),
    "effect": _("what came of them"),
    "sources": _("sources"),
    "results": _("what the survey showed"),
    "activities": _("concrete activities"),
    "value_base_or_grounds": _("a link to the value base or the grounds"),
    "measures": _("measures"),
    "owner": _("an owner for each measure"),
    "time": _("a time for each measure"),
    "named": _("the minorities named"),
    "action": _("what the school does"),
    "information": _("information to guardians"),
    "influence": _("a way to take part and influence"),
    "report_to_principal": _("report to the principal"),
    "report_to_district": _("report to the district"),
    "investigate": _("investigate"),
    "act": _("take measures"),
    "document": _("document"),
    "when": _("when"),
    "how": _("how"),
    "who": _("who is responsible"),
    "students": _("the students' part"),
    # The seven grounds of discrimination (Diskrimineringslagen 1 kap. 4 §), in the law's wording.
    "sex": _("sex"),
    "gender_identity": _("transgender identity or expression"),
    "ethnicity": _("ethnicity"),
    "religion": _("religion or other belief"),
    "disability": _("disability"),
    "sexual_orientation": _("sexual orientation"),
    "age": _("age"),
}


# Where in the file a finding sits (the engine's Finding.params["place"]).
PLACE_NAMES: dict[str, Promise] = {
    "body": _("the plan's text"),
    "header": _("a page header"),
    "footer": _("a page footer"),
    "footnote": _("a footnote"),
    "endnote": _("an endnote"),
    "comment": _("a comment in the file"),
    "tracked_deletion": _("deleted text still kept in the file as a tracked change"),
}


def _translated_params(params: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in params.items():
        if name == "place" and isinstance(value, str):
            value = PLACE_NAMES.get(value, value)
        if name == "missing" and isinstance(value, str):
            value = ", ".join(
                str(PART_NAMES.get(part.strip(), part.strip())) for part in value.split(",") if part.strip()
            )
        out[name] = value
    return out


def _fill(template: Promise, params: Mapping[str, object]) -> str:
    text = str(template)
    try:
        return text % _translated_params(params) if "%(" in text else text
    except (KeyError, ValueError, TypeError):
        return text.split("%(")[0].rstrip(" (:")


def reason_text(code: str, params: Mapping[str, object] | None = None) -> str:
    template = REASONS.get(code) or REASONS["generic.weak" if not code.endswith("met") else "generic.met"]
    return _fill(template, params or {})


def part_name(name: str) -> str:
    label = PART_NAMES.get(name)
    return str(label) if label else name


def finding_text(code: str, params: Mapping[str, object] | None = None) -> str:
    template = FINDINGS.get(code)
    # Findings stored before the engine said where they sit are in the plan's text.
    return _fill(template, {"place": "body", **(params or {})}) if template else code
