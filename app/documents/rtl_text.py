"""Text for documents in any direction: wrap in logical order, then shape and reorder.

reportlab has no usable bidi of its own, so each line is wrapped first in logical order
(measured as it will be drawn), then shaped with arabic-reshaper and put in visual order
with python-bidi (brackets mirrored where they are laid right to left), and drawn aligned to
the reading side. pdftotext reads such a line back in logical order, its mirrored brackets
as drawn.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

_MIRROR = dict(zip("()[]{}<>«»‹›≤≥", ")(][}{><»«›‹≥≤", strict=True))
"""The mirrored glyph of each mirrored character a document may hold (Unicode's BidiMirroring)."""
_AFTER = "\u200b\u2060"
"""Put after each mirrored character before reordering: two boundary neutrals, which take the
character's level and move with it, so they come out before it (reversed) exactly when the
character was laid right to left."""


def _mirrored(ordered: str) -> str:
    """Rule L4 of the bidi algorithm, which python-bidi 0.6's get_display leaves out: a mirrored
    character laid right to left is drawn as its mirror, so `(LCD)` does not print `)LCD(`."""
    backwards = _AFTER[::-1]
    return "".join(_MIRROR.get(ch, ch) if ch in _MIRROR and ordered[i - 2:i] == backwards else ch
                   for i, ch in enumerate(ordered))


# Shaping and measuring are most of a document's drawing time and are pure functions of their
# arguments; wrapping measures the same growing lines again and again, and the same labels
# come back on every document, so their results are kept.
@lru_cache(maxsize=8192)
def visual(text: str, rtl: bool) -> str:
    """One line of logical text as drawn: letters joined, runs in display order, brackets
    facing their words, and the invisible bidi controls (which the font has no glyph for)
    dropped."""
    shaped = arabic_reshaper.reshape(text)
    marked = "".join(ch + _AFTER if ch in _MIRROR else ch for ch in shaped)
    # A mark of the line's own direction at its end changes no level (the end of a line has
    # that direction already), but keeps the last character's neutrals from being reset to
    # the line's level as trailing ones (rule L1), which would part them from it.
    marked += "\u200f" if rtl else "\u200e"
    ordered = _mirrored(get_display(marked, base_dir="R" if rtl else "L"))
    return "".join(ch for ch in ordered if unicodedata.category(ch) != "Cf")


@lru_cache(maxsize=8192)
def width(text: str, font: str, size: float, rtl: bool = True) -> float:
    return stringWidth(visual(text, rtl), font, size)


def wrap(text: str, font: str, size: float, max_width: float, rtl: bool = True) -> list[str]:
    """Logical lines of `text` that fit `max_width`; paragraphs (newlines) are kept and a
    word longer than the line is cut."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size, rtl) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while width(word, font, size, rtl) > max_width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and width(word[:cut], font, size, rtl) > max_width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def draw_line(canvas: Canvas, text: str, x_left: float, x_right: float, y: float, font: str,
              size: float, rtl: bool, align: str | None = None) -> None:
    """Draw one logical line between x_left and x_right: to the reading side by default,
    or `align` 'left', 'right' or 'center'."""
    shown = visual(text, rtl)
    canvas.setFont(font, size)
    align = align or ("right" if rtl else "left")
    if align == "right":
        canvas.drawRightString(x_right, y, shown)
    elif align == "center":
        canvas.drawCentredString((x_left + x_right) / 2, y, shown)
    else:
        canvas.drawString(x_left, y, shown)
