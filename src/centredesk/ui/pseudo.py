"""Pseudo-localisation: every string stretched and accented, to find clipped layouts.

With the language "pseudo" (CENTREDESK_LANGUAGE=pseudo, or the QSettings key `language`),
every translated string comes back about 40 % longer, its letters accented and the whole in
brackets: a label whose closing bracket is missing on screen is clipped. Placeholders
({name}, %1), accelerators (&File) and HTML tags and entities are kept as they are, so the
program works the same.
"""

import math
import re

from PySide6.QtCore import QTranslator

PSEUDO = "pseudo"
STRETCH = 0.4
# Kept untouched, in this order of preference: tags, entities, {fields}, %1/%n, &accelerators.
_PROTECTED = re.compile(
    r"<[^<>]*>|&(?:[a-zA-Z]+|#\d+);|\{[^{}]*\}|%L?\d+|%n|&&|&\w",
)
_OPENING = re.compile(r"^(?:<[^<>]*>)*")
_CLOSING = re.compile(r"(?:<[^<>]*>)*$")
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "áƀçđéğĥíķĺñöŕšţüýžÅƁÇĐÉĞĤÍĶĹÑÖŔŠŢÜÝŽ",
)
_FILLER = "ļōŕéɱ íƥšüɱ đōĺōŕ šíţ áɱéţ çōñšéçţéţüŕ "


def pseudo_text(text: str) -> str:
    """`text` stretched by about 40 %, accented and bracketed, its placeholders intact."""
    if not text.strip():
        return text
    pieces, start = [], 0
    for token in _PROTECTED.finditer(text):
        pieces.append(text[start : token.start()].translate(_ACCENTED))
        pieces.append(token.group())
        start = token.end()
    pieces.append(text[start:].translate(_ACCENTED))
    body = "".join(pieces)
    # Rich text keeps its brackets inside the outer tags, where they show beside the words.
    head, tail = _OPENING.match(body)[0], _CLOSING.search(body)[0]
    inner = body[len(head) : len(body) - len(tail)]
    return f"{head}[{inner} {_filler(len(text))}]{tail}"


def _filler(length: int) -> str:
    """Padding of about STRETCH × `length` characters (brackets and space included)."""
    wanted = max(1, math.ceil(STRETCH * length) - 3)
    repeats = _FILLER * (wanted // len(_FILLER) + 1)
    return repeats[:wanted].rstrip() or repeats[0]


class PseudoTranslator(QTranslator):
    """A translator that answers every string with its pseudo-localised form."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt
        if not source_text:
            return ""
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
