"""How well a heading matches a requirement's heading variants, inflections and compounds allowed."""

from __future__ import annotations

import re
from functools import lru_cache

from plans.checking.text import normalise


@lru_cache(maxsize=65_536)
def heading_match(heading_text: str, variants: tuple[str, ...]) -> int:
    heading = _heading_words(heading_text)
    best = 0
    for variant in variants:
        words = _heading_words(variant)
        if not words:
            continue
        covered = all(any(_same_word(w, h) for h in heading) for w in words)
        covering = all(any(_same_word(h, w) for w in words) for h in heading)
        if covered and covering:
            return 2
        # "Förebyggande åtgärder 2025/26" holds a variant; "Kartläggning och analys" is held by one.
        if covered or (covering and len(heading) >= 2):
            best = max(best, 1)
    return best


# Inflectional endings (Swedish and English): what may follow a word's stem in a heading.
_ENDINGS = frozenset(
    {
        "a",
        "e",
        "n",
        "r",
        "s",
        "t",
        "ar",
        "at",
        "ed",
        "en",
        "er",
        "es",
        "et",
        "ig",
        "it",
        "na",
        "ns",
        "or",
        "rs",
        "ts",
        "ade",
        "ats",
        "ens",
        "ers",
        "ets",
        "ing",
        "its",
        "nas",
        "nde",
        "ades",
        "ande",
        "arna",
        "erna",
        "ings",
        "ndet",
        "ning",
        "orna",
        "arnas",
        "ernas",
        "ornas",
        "ningen",
    }
)


def _same_word(a: str, b: str) -> bool:
    """Inflections of one word: one is the other's prefix (främja/främjande, plan/planen)."""
    shorter, longer = sorted((a, b), key=len)
    if shorter == longer:
        return True
    # An inflection adds a short ending (elev/elevernas); a compound adds a word (elev/elevhälsoteam).
    if longer.startswith(shorter):
        return len(shorter) >= 4 and longer[len(shorter) :] in _ENDINGS
    # Swedish inflection changes the last letter too: vårdnadshavare / vårdnadshavarnas.
    return len(shorter) >= 6 and longer.startswith(shorter[:-1]) and len(longer) - len(shorter) <= 3


_STOP = {
    "och",
    "av",
    "för",
    "i",
    "på",
    "med",
    "om",
    "de",
    "den",
    "det",
    "till",
    "att",
    "som",
    "the",
    "of",
    "and",
    "for",
    "in",
    "to",
    "a",
    "on",
    "our",
    "vår",
    "våra",
    "vårt",
}


@lru_cache(maxsize=65_536)
def _heading_words(text: str) -> frozenset[str]:
    cleaned = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s*", "", normalise(text))
    return frozenset(w for w in re.findall(r"[a-zåäöéü]+", cleaned) if w not in _STOP)
