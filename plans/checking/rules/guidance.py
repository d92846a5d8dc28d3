"""Text that is not the school's own: unfilled template guidance, "not done" lines, law extracts.

BRIEF §6.0 rules 3 and 4: a section holding only guidance or only a statement that the thing was
not done is `missing`; §8: an appendix that quotes the law is no account of the school's work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plans.checking.document import Block, BlockKind, Section
from plans.checking.text import Gated, normalise

GUIDANCE = re.compile(
    r"^\s*[\[<{(]?\s*(?:beskriv|ange|fyll i|skriv|redogör|här beskriver|infoga|lägg till|ta bort denna|"
    r"klicka här|describe|insert|fill in|enter |click or tap|write |state )"
    r"|skriv (?:er )?text här|klicka (?:eller tryck )?här för att ange text"
    r"|click or tap here|insert text here"
    r"|lorem ipsum|\[[^\]]{3,}\]|<[^>]{3,}>|\b(?:xx|nn)\b|åååå-mm-dd|yyyy-mm-dd|20xx|\bt\.?b\.?d\.?\b",
)
GUIDANCE_START = re.compile(
    r"\s*[\[<{(]?\s*(?:beskriv|ange|fyll i|skriv|redogör|här beskriver|infoga|lägg till|ta bort denna|"
    r"klicka här|describe|insert|fill in|enter |click or tap|write |state )"
)
# Necessary for a GUIDANCE match anywhere but at the start (xx/nn as words are checked apart).
GUIDANCE_NEEDLES = (
    "skriv",
    "klicka",
    "click or tap",
    "insert text",
    "lorem",
    "[",
    "<",
    "åååå",
    "yyyy",
    "20xx",
    "tb",
    "t.b",
)
EXAMPLE_ONLY = re.compile(r"^\s*(?:exempel\b|t\.?\s?ex\b|e\.g\.|for example\b|example\b)[:.]?")
NOT_DONE = Gated(
    r"\b(?:ingen|inga|inget)\b[^.]{0,60}\b(?:har|hade|kunde)\b[^.]{0,30}\b(?:genomförts|gjorts|genomförs|skett|"
    r"tagits fram|upprättats|kunnat)"
    r"|\bhar\s+(?:ännu\s+)?inte\b[^.]{0,40}\b"
    r"(?:genomförts|gjorts|skett|varit delaktiga|deltagit|hunnit|utvärderats|"
    r"följts upp|involverats|kartlagts)"
    # "Vi hann tyvärr inte utvärdera förra årets plan", "vi har inte gjort någon kartläggning"; not
    # "Fortbildningen hann inte genomföras", one measure of several.
    r"|\b(?:hann|hinner|har hunnit|kunde|har kunnat)\s+(?:\w+\s+)?inte\s+(?:\w+\s+){0,2}?"
    r"(?:utvärdera|följa upp|kartlägga|involvera|ta fram)"
    r"|\bhar\s+inte\s+gjort\s+(?:någon|några|något)\b"
    r"|\b(?:valt|välja)\s+att\s+inte\b|\bej aktuellt\b|\binte aktuellt\b|\bse föregående års?\b"
    r"|\bkommer att kompletteras\b|\bunder arbete\b"
    r"|\bhas not been\b|\bhave not been\b|\bwas not carried out\b"
    r"|\bno (?:survey|evaluation|assessment)\b[^.]{0,30}\b(?:was|has been)\b|\bnot applicable\b",
    (
        "ingen",
        "inga",
        "inget",
        "inte",
        "valt",
        "välja",
        "ej aktuellt",
        "se föregående",
        "kompletteras",
        "under arbete",
        "not been",
        "not carried out",
        "no survey",
        "no evaluation",
        "no assessment",
        "not applicable",
    ),
)
LAW_HEADING = re.compile(
    r"bestämmelser|lagtext|lagstiftning|juridisk bakgrund|styrdokument|legislation|legal framework|"
    r"lagar och|författning|regelverk",
)
DEFINITION_HEADING = re.compile(r"begrepp|definition|vad är|ordlista|glossary|terms")


# Column labels of a template's empty table: "Åtgärd | Ansvarig | När", "Action | Responsible | When".
FIELD_LABEL = re.compile(
    r"\b(?:åtgärd\w*|insats\w*|aktivitet\w*|ansvar\w*|vem|när|tid\w*|datum|klart|mål|uppföljning"
    r"|utvärder\w*|resultat|effekt|genomför\w*|hur|vad|område\w*|risk\w*|orsak|metod|kommentar"
    r"|action|measure|responsib\w*|who|when|date|goal|aim|follow|result|effect|how|what|area|method)\b"
)


def is_column_labels(row: tuple[str, ...]) -> bool:
    """A header row of column labels ("Åtgärd | Ansvarig | När"): every cell short, one a field label.
    A lone header row is then a template's empty table; a row of content (the seven grounds in
    seven cells) is not."""
    cells = [cell for cell in row if cell.strip()]
    return (
        bool(cells)
        and all(len(cell.split()) <= 6 for cell in cells)
        and any(FIELD_LABEL.search(normalise(cell)) for cell in cells)
    )


def is_guidance(block: Block) -> bool:
    if block.kind == BlockKind.TABLE:
        cells = [cell for row in block.rows[1:] for cell in row if cell.strip()]
        if not cells and len(block.rows) == 1 and not is_column_labels(block.rows[0]):
            return is_guidance_text(" ".join(block.rows[0]))
        return not cells or all(is_guidance_text(cell) for cell in cells)
    if block.hint and not FIRST_PERSON.search(normalise(block.text)):
        return True  # the template's grey italic (or placeholder) text, not the school speaking
    return is_guidance_text(block.text)


# An instruction to whoever fills in the template, after an optional label ("Vägledning:").
INSTRUCTION = re.compile(
    r"^\s*[\[<{(]?\s*(?:(?:vägledning|instruktion(?:er)?|anvisning(?:ar)?|hjälptext|tips|obs|guidance"
    r"|instructions?|note)\s*[:!.–-]\s*)?"
    r"(?:beskriv|ange|fyll i|skriv|redogör|infoga|lägg till|ta bort|klicka|utgå från|tänk på|glöm inte"
    r"|observera att|använd|välj|lista|nämn|förklara|motivera|sammanfatta|precisera|komplettera|uppdatera"
    r"|här (?:beskriver|anger|skriver|redogör|fyller|ska) |describe|explain|insert|enter |write |click"
    r"|fill in|list (?:the|all|your)|state (?:how|what|who|when|which|the)|include |summari[sz]e|outline "
    r"|specify|add (?:the|your|a|rows)|delete|remove this|give (?:a|an|the|details)|name the)"
)
GUIDANCE_LABEL = re.compile(
    r"^\s*(?:vägledning|instruktion(?:er)?|anvisning(?:ar)?|hjälptext|guidance|instructions?)\s*:"
)
PLACEHOLDER = re.compile(
    r"\[[^\]]*\]|<[^>]*>|\b(?:xx+|nn)\b|åååå-mm-dd|yyyy-mm-dd|20xx(?:/20xx)?|\(?lag \d{4}:\d+\)?"
)
SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[^\s])")


def _instruction_only(text: str) -> bool:
    """Every sentence is the template's: an instruction, an example list or a placeholder; or the
    text opens with an instruction and never speaks as the school ("vi", "vår")."""
    if not (INSTRUCTION.match(text) or GUIDANCE_LABEL.match(text)):
        return False  # the first sentence starts the text: no instruction, no need to split it
    sentences = [s for s in SENTENCES.split(text) if s.strip()]
    if not FIRST_PERSON.search(text) and len(text.split()) <= 80:
        return True
    return all(
        INSTRUCTION.match(s)
        or EXAMPLE_ONLY.match(s)
        or GUIDANCE_LABEL.match(s)
        or not PLACEHOLDER.sub("", s).strip(" .,:;")
        for s in sentences
    )


def is_guidance_text(text: str) -> bool:
    stripped = normalise(text).strip()
    if not stripped:
        return True
    if _instruction_only(stripped):
        return True
    if EXAMPLE_ONLY.match(stripped):
        return True
    if not (
        GUIDANCE_START.match(stripped)
        or any(needle in stripped for needle in GUIDANCE_NEEDLES)
        or _has_word(stripped, "xx")
        or _has_word(stripped, "nn")
    ):
        return False
    match = GUIDANCE.search(stripped)
    if not match:
        return False
    if "lorem ipsum" in stripped:
        return True  # placeholder text, however long
    if match.start() == 0 and SECOND_PERSON.search(stripped) and not FIRST_PERSON.search(stripped):
        return True  # an instruction to "ni"/"you", however long, is the template speaking
    # Instruction text followed by the school's own text: judge the school's text.
    rest = GUIDANCE.sub("", stripped)
    rest = re.sub(r"\[[^\]]*\]|<[^>]*>", "", rest)
    return len(rest.split()) < 12 or (match.start() == 0 and len(stripped.split()) < 25)


SECOND_PERSON = re.compile(r"\b(?:ni|er|era|ert|you|your)\b")
FIRST_PERSON = re.compile(r"\b(?:vi|oss|vår|våra|vårt|we|us|our)\b")


def _has_word(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def is_not_done(block: Block) -> bool:
    return len(block.text.split()) < 45 and bool(NOT_DONE.search(normalise(block.text)))


def is_law_extract(section: Section, blocks: Sequence[Block]) -> bool:
    heading = section.heading.text if section.heading else ""
    if LAW_HEADING.search(normalise(heading)):
        return True
    text = " ".join(b.text for b in blocks)
    words = max(len(text.split()), 1)
    return text.count("§") >= 3 and text.count("§") * 40 >= words


# --- Units: what the rules read ---
