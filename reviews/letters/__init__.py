"""The written feedback letter (BRIEF §7.5): content.py reads the database, render.py writes the .docx."""

from reviews.letters.render import LetterContent, LetterItem, LetterRequirement, render_letter

__all__ = ["LetterContent", "LetterItem", "LetterRequirement", "render_letter"]
