"""Text matching for Swedish and English plans: normalised, inflection- and compound-aware.

A signal is a word stem ("elevråd", "trygghetsvandring", "vårdnadshavar"). It matches a word that
starts with it (inflections: elevrådets, vårdnadshavarna; each part of a hyphenated word counts) or,
for stems of five letters or more, contains it (compounds: klassrådsrepresentant, skolenkäten). A
signal with spaces is a phrase: its stems must follow each other with at most two words between.

A group of signals is compiled once; single stems are substring searches in C over the normalised
text (a hit for a short stem is kept only where a word starts), phrases a regular expression tried
only when all their stems occur.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

LETTERS = "0-9a-zåäöéüæø"
TOKEN = re.compile(rf"[{LETTERS}]+(?:[-'][{LETTERS}]+)*")
_WORD_START = rf"(?<![{LETTERS}'])"  # a word, or a part of a hyphenated word, starts here
_REST = rf"[{LETTERS}'-]*"  # the rest of the word after a stem
_GAP = rf"(?:[^{LETTERS}'-]+[{LETTERS}'-]+){{0,2}}?[^{LETTERS}'-]+"  # at most two words between


_DASHES = re.compile("[\u2010-\u2014]")


def normalise(text: str) -> str:
    folded = text.casefold()
    if "\u00ad" in folded:
        folded = folded.replace("\u00ad", "")
    if (
        "\u2013" in folded
        or "\u2014" in folded
        or "\u2010" in folded
        or "\u2011" in folded
        or "\u2012" in folded
    ):
        folded = _DASHES.sub("-", folded)
    return folded


class Gated:
    """A regular expression tried only on texts that contain one of its keywords.

    Patterns that open with a word boundary or an alternation defeat re's fast literal scan and cost
    microseconds per sentence; a substring test on their keywords (in C) first keeps them cheap on
    the many texts without them. The keywords must be a necessary condition for a match.
    """

    __slots__ = ("needles", "pattern")

    def __init__(self, pattern: str, needles: tuple[str, ...]) -> None:
        self.pattern = re.compile(pattern)
        self.needles = needles

    def possible(self, text: str) -> bool:
        return any(needle in text for needle in self.needles)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None


def tokens(text: str) -> list[str]:
    return TOKEN.findall(normalise(text))


def token_matches(token: str, stem: str) -> bool:
    if token.startswith(stem):
        return True
    if len(stem) >= 5 and stem in token:
        return True
    # Hyphenated compounds: "F-9-skolans" parts each count.
    return "-" in token and any(part.startswith(stem) for part in token.split("-"))


def _stem_pattern(stem: str, *, first: bool) -> str:
    escaped = re.escape(stem)
    if len(stem) >= 5:  # anywhere in a word
        return escaped if first else rf"[{LETTERS}'-]*?{escaped}"
    return rf"{_WORD_START}{escaped}" if first else rf"(?:[{LETTERS}']*-)*{escaped}"


def _phrase_pattern(stems: tuple[str, ...]) -> str:
    pattern = _stem_pattern(stems[0], first=True)
    for stem in stems[1:]:
        pattern += _REST + _GAP + _stem_pattern(stem, first=False)
    return pattern


_STARTS_WORD = frozenset("0123456789abcdefghijklmnopqrstuvwxyzåäöéüæø'")


@dataclass(frozen=True)
class Signals:
    """A group of signals compiled for search: single stems, and phrases with their own pattern."""

    short: tuple[str, ...]  # must start a word (or a part of a hyphenated word)
    long: tuple[str, ...]  # may sit anywhere in a word
    phrases: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]


@lru_cache(maxsize=4096)
def compile_signals(signals: tuple[str, ...]) -> Signals:
    short: list[str] = []
    long: list[str] = []
    phrases = []
    for signal in signals:
        stems = tuple(normalise(signal).split())
        if len(stems) == 1:
            (long if len(stems[0]) >= 5 else short).append(stems[0])
        elif stems:
            phrases.append((stems, re.compile(_phrase_pattern(stems))))
    return Signals(tuple(dict.fromkeys(short)), tuple(dict.fromkeys(long)), tuple(phrases))


def _find(text: str, compiled: Signals) -> bool:
    for stem in compiled.long:
        if stem in text:
            return True
    for stem in compiled.short:
        at = text.find(stem)
        while at >= 0:
            if at == 0 or text[at - 1] not in _STARTS_WORD:
                return True
            at = text.find(stem, at + 1)
    for stems, pattern in compiled.phrases:
        # The first word alone rules out most phrases without building a generator for the rest.
        if stems[0] in text and all(stem in text for stem in stems[1:]) and pattern.search(text):
            return True
    return False


_LONG, _SHORT, _PHRASE = 0, 1, 2


@lru_cache(maxsize=4096)
def _singles(signals: tuple[str, ...]) -> tuple[tuple[str, str, int], ...]:
    """Each signal of a group with its normalised stem and how it is searched."""
    out = []
    for signal in signals:
        stems = normalise(signal).split()
        if len(stems) == 1:
            out.append((signal, stems[0], _LONG if len(stems[0]) >= 5 else _SHORT))
        else:
            out.append((signal, "", _PHRASE))
    return tuple(out)


def _starts_a_word(text: str, stem: str) -> bool:
    at = text.find(stem)
    while at >= 0:
        if at == 0 or text[at - 1] not in _STARTS_WORD:
            return True
        at = text.find(stem, at + 1)
    return False


class Text:
    """A normalised text prepared for many signal look-ups, each answered once."""

    __slots__ = ("_cache", "_tokens", "normalised", "raw")

    def __init__(self, text: str) -> None:
        self.raw = text
        self.normalised = normalise(text)
        self._cache: dict[tuple[str, ...], bool] = {}
        self._tokens: list[str] | None = None

    @property
    def tokens(self) -> list[str]:
        if self._tokens is None:
            self._tokens = TOKEN.findall(self.normalised)
        return self._tokens

    def any(self, signals: Iterable[str]) -> bool:
        key = signals if isinstance(signals, tuple) else tuple(signals)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = _find(self.normalised, compile_signals(key))
        return found

    def has(self, signal: str) -> bool:
        return self.any((signal,))

    def count(self, signals: Iterable[str]) -> int:
        return len(self.found(signals))

    def found(self, signals: Iterable[str]) -> list[str]:
        """The signals present, each looked up on its own (a single stem by a substring search in
        C, without building a group for it)."""
        key = signals if isinstance(signals, tuple) else tuple(signals)
        if not self.any(key):
            return []  # one search of the whole group answers for every signal in it
        text = self.normalised
        out = []
        for signal, stem, kind in _singles(key):
            if kind == _LONG:
                hit = stem in text
            elif kind == _SHORT:
                hit = _starts_a_word(text, stem)
            else:
                hit = self.any((signal,))
            if hit:
                out.append(signal)
        return out


@lru_cache(maxsize=50_000)
def text_of(text: str) -> Text:
    """A shared prepared Text for a sentence or heading that several rules ask about."""
    return Text(text)


SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|\s+\|\s+")


def split_sentences(text: str) -> list[str]:
    """SENTENCE.split, without the regex for the usual paragraph: single spaces, no line breaks.

    The regex opens with a look-behind and costs microseconds per paragraph; plain replaces give
    the same parts when the only whitespace is single spaces (the reader's paragraphs).
    """
    if "|" in text or "  " in text or not text.isprintable():
        parts = SENTENCE.split(text)
    else:
        parts = text.replace(". ", ".\0").replace("! ", "!\0").replace("? ", "?\0").split("\0")
    if len(parts) > 1 and any(ABBREVIATION.search(part[-6:]) for part in parts[:-1]):
        merged: list[str] = []
        for part in parts:
            if merged and ABBREVIATION.search(merged[-1][-6:]):
                merged[-1] = f"{merged[-1]} {part}"  # "Dr. Reyes", "t.ex. enkäter": one sentence
            else:
                merged.append(part)
        return merged
    return parts


# Titles and abbreviations whose full stop does not end a sentence.
ABBREVIATION = re.compile(
    r"(?:\b(?:dr|mr|mrs|ms|st|nr|ca|resp|bl\.a|t\.ex|e\.g|i\.e|t\.o\.m|fr\.o\.m|tel|tfn|mob|kl|inkl|exkl"
    r"|m\.fl|o\.s\.v|f\.d|jfr|vs|no|tel\. nr)\.)$",
    re.I,
)
