"""The seven grounds of discrimination as written in Swedish and English plans (BRIEF §2.4, §6.9)."""

from __future__ import annotations

from plans.checking.text import Gated, Text, normalise

GROUND_PATTERNS: dict[str, Gated] = {
    "sex": Gated(r"\bkön\b(?!s)|\b(?:sex|gender)\b(?!ual)", ("kön", "sex", "gender")),
    "gender_identity": Gated(
        r"könsöverskridande\s+identitet|könsidentitet|könsuttryck"
        r"|transgender|gender identity|gender expression",
        ("köns", "transgender", "gender"),
    ),
    # Plain words for a ground are still the ground: "hudfärg eller var ens familj kommer ifrån".
    "ethnicity": Gated(
        r"etnisk|etnicitet|ethnic|hudfärg|skin colou?r"
        r"|var (?:man|ens familj|du|de|någon|ens föräldrar) kommer (?:ifrån|från)",
        ("etnisk", "ethnic", "hudfärg", "skin colo", "kommer "),
    ),
    "religion": Gated(r"\breligion|trosuppfattning|\bbelief", ("religion", "trosuppfattning", "belief")),
    "disability": Gated(
        r"funktionsnedsättning|funktionsvariation|\bdisabilit", ("funktionsn", "funktionsv", "disabilit")
    ),
    "sexual_orientation": Gated(
        r"sexuell\w*\s+läggning|sexual orientation|vem (?:man|du|någon) (?:blir kär i|är kär i|älskar)",
        ("läggning", "sexual orientation", "kär i", "älskar"),
    ),
    "age": Gated(r"\bålder\b|\bage\b", ("ålder", "age")),
}
OUTDATED_DISABILITY = Gated(r"\bfunktionshinder", ("funktionshinder",))


def grounds_in(text: str | Text) -> list[str]:
    """The grounds named in a text (patterns are lower case: they read the normalised text)."""
    normalised = text.normalised if isinstance(text, Text) else normalise(text)
    return [name for name, pattern in GROUND_PATTERNS.items() if pattern.search(normalised)]
