"""Text matching for Swedish and English plans: normalised, inflection- and compound-aware.

A signal is a word stem ("elevråd", "trygghetsvandring", "vårdnadshavar"). It matches a token that
starts with it (inflections: elevrådets, vårdnadshavarna) or, for stems of five letters or more,
contains it (compounds: klassrådsrepresentant, skolenkäten). A signal with spaces is a phrase: its
stems must follow each other with at most two words between them.

Look-ups are substring searches in one string of the distinct tokens, so a text of any length is
prepared once and asked many questions cheaply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_DASHES = str.maketrans(
    {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u00ad": None}
)
TOKEN = re.compile(r"[0-9a-zåäöéüæø]+(?:[-'][0-9a-zåäöéüæø]+)*")


def normalise(text: str) -> str:
    return text.translate(_DASHES).casefold()


def tokens(text: str) -> list[str]:
    return TOKEN.findall(normalise(text))


def token_matches(token: str, stem: str) -> bool:
    if token.startswith(stem):
        return True
    if len(stem) >= 5 and stem in token:
        return True
    # Hyphenated compounds: "F-9-skolans" parts each count.
    return "-" in token and any(part.startswith(stem) for part in token.split("-"))


@lru_cache(maxsize=8192)
def _phrase(signal: str) -> tuple[str, ...]:
    return tuple(normalise(signal).split())


class Text:
    """A text prepared once for many signal look-ups."""

    __slots__ = ("_cache", "_joined", "raw", "tokens")

    def __init__(self, text: str) -> None:
        self.raw = text
        self.tokens = tokens(text)
        vocabulary = set(self.tokens)
        vocabulary.update(part for token in self.tokens if "-" in token for part in token.split("-"))
        # "\n" before every token: a prefix match is a search for "\n" + stem.
        self._joined = "\n" + "\n".join(vocabulary)
        self._cache: dict[str, bool] = {}

    def _word(self, stem: str) -> bool:
        return ("\n" + stem) in self._joined or (len(stem) >= 5 and stem in self._joined)

    def has(self, signal: str) -> bool:
        found = self._cache.get(signal)
        if found is None:
            found = self._cache[signal] = self._find(signal)
        return found

    def _find(self, signal: str) -> bool:
        stems = _phrase(signal)
        if not stems:
            return False
        if not all(self._word(stem) for stem in stems):
            return False
        if len(stems) == 1:
            return True
        words = self.tokens
        first = stems[0]
        for start, token in enumerate(words):
            if not token_matches(token, first):
                continue
            position = start
            for stem in stems[1:]:
                window = words[position + 1 : position + 4]
                hit = next((i for i, w in enumerate(window) if token_matches(w, stem)), None)
                if hit is None:
                    break
                position += hit + 1
            else:
                return True
        return False

    def count(self, signals: Iterable[str]) -> int:
        return sum(1 for signal in signals if self.has(signal))

    def found(self, signals: Iterable[str]) -> list[str]:
        return [signal for signal in signals if self.has(signal)]

    def any(self, signals: Iterable[str]) -> bool:
        return any(self.has(signal) for signal in signals)


@lru_cache(maxsize=50_000)
def text_of(text: str) -> Text:
    """A shared prepared Text for a sentence or heading that several rules ask about."""
    return Text(text)
