"""A page being written top to bottom in the document's direction: header, labelled fields,
paragraphs, tables (columns listed in reading order, drawn mirrored for RTL), boxes.

`write_pdf` renders into a temporary file beside the target and renames it, so a failure
never leaves a half-written PDF behind.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents import rtl_text
from app.documents.fonts import register_fonts
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.company import CompanySettings, check_logo

PAGE_SIZES = {"A4": A4, "A5": A5}
GREY = (0.45, 0.45, 0.45)


@dataclass(frozen=True)
class Column:
    title: str
    share: float
    """Part of the table's width."""
    align: str = "start"
    """'start' (the reading side), 'end' or 'center'."""


class Sheet:
    def __init__(self, canvas: Canvas, page: str, rtl: bool, title: str) -> None:
        self.canvas = canvas
        self.rtl = rtl
        self.width, self.height = PAGE_SIZES[page]
        self.margin = 12 * mm if page == "A5" else 16 * mm
        self.left, self.right = self.margin, self.width - self.margin
        self.size = 9 if page == "A5" else 10
        self.leading = self.size * 1.55
        self.regular, self.bold = register_fonts()
        self.y = self.height - self.margin
        canvas.setTitle(title)

    # -- geometry ---------------------------------------------------------------------
    def _align(self, align: str) -> str:
        if align == "center":
            return "center"
        start = "right" if self.rtl else "left"
        end = "left" if self.rtl else "right"
        return start if align == "start" else end

    def need(self, height: float) -> None:
        """Start a new page if `height` does not fit above the bottom margin."""
        if self.y - height < self.margin:
            self.canvas.showPage()
            self.y = self.height - self.margin

    # -- text -------------------------------------------------------------------------
    def text(self, text: str, *, bold: bool = False, size: float | None = None, align: str = "start",
             left: float | None = None, right: float | None = None, grey: bool = False) -> None:
        """A paragraph, wrapped in logical order, each line drawn in visual order."""
        size = size or self.size
        font = self.bold if bold else self.regular
        left = self.left if left is None else left
        right = self.right if right is None else right
        leading = size * 1.55
        for line in rtl_text.wrap(text, font, size, right - left, self.rtl):
            self.need(leading)
            self.y -= leading
            if grey:
                self.canvas.setFillColorRGB(*GREY)
            rtl_text.draw_line(self.canvas, line, left, right, self.y + size * 0.35, font, size, self.rtl,
                               self._align(align))
            self.canvas.setFillColorRGB(0, 0, 0)

    def field(self, label: str, value: str) -> None:
        """'Label: value' as one paragraph, wrapped like any other; an empty value shows a dash."""
        value = value or "—"
        self.text(f"{label}: {value}")

    def heading(self, text: str) -> None:
        self.gap(2)
        self.text(text, bold=True, size=self.size + 1)
        self.rule()

    def gap(self, points: float) -> None:
        self.y -= points

    def rule(self) -> None:
        self.y -= 2
        self.canvas.setLineWidth(0.5)
        self.canvas.line(self.left, self.y, self.right, self.y)
        self.y -= 2

    # -- header -----------------------------------------------------------------------
    def header(self, company: CompanySettings, title: str, number_label: str, number_shown: str,
               qr_payload: str) -> None:
        """Company name, address, phone and logo; the document title; the ticket number as
        text and as a QR code."""
        logo_size = 18 * mm if company.logo_path else 0
        qr_size = 22 * mm
        gap = 2 * mm
        top = self.y
        # the QR code (outermost) and the logo sit on the side opposite the reading side
        boxes = qr_size + (logo_size + gap if logo_size else 0)
        if self.rtl:
            qr_x, logo_x = self.left, self.left + qr_size + gap
            text_left, text_right = self.left + boxes + 2 * gap, self.right
        else:
            qr_x, logo_x = self.right - qr_size, self.right - qr_size - gap - logo_size
            text_left, text_right = self.left, self.right - boxes - 2 * gap
        if logo_size:
            self.canvas.drawImage(str(Path(company.logo_path).expanduser()), logo_x, top - logo_size,
                                  logo_size, logo_size, preserveAspectRatio=True, mask="auto")
        qr = QrCodeWidget(qr_payload)
        x0, y0, x1, y1 = qr.getBounds()
        drawing = Drawing(qr_size, qr_size, transform=[qr_size / (x1 - x0), 0, 0, qr_size / (y1 - y0), 0, 0])
        drawing.add(qr)
        drawing.initialFontName = self.regular  # else the drawing sets (and the PDF lists) Helvetica
        renderPDF.draw(drawing, self.canvas, qr_x, top - qr_size)
        if company.name:
            self.text(company.name, bold=True, size=self.size + 4, left=text_left, right=text_right)
        for line in company.address.splitlines():
            self.text(line, left=text_left, right=text_right, grey=True)
        if company.phone:
            self.text(isolate_ltr(company.phone) if self.rtl else company.phone, left=text_left, right=text_right, grey=True)
        self.text(title, bold=True, size=self.size + 3, left=text_left, right=text_right)
        self.text(f"{number_label}: {number_shown}", bold=True, size=self.size + 2,
                  left=text_left, right=text_right)
        self.y = min(self.y, top - max(qr_size, logo_size)) - 2 * mm
        self.rule()

    # -- tables -----------------------------------------------------------------------
    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """Columns and cells in reading order; for RTL the first column is drawn rightmost.
        Each cell wraps inside its column."""
        total = sum(c.share for c in columns)
        pad = 1.5 * mm
        spans: list[tuple[float, float]] = []
        x = self.right if self.rtl else self.left
        for column in columns:
            w = (self.right - self.left) * column.share / total
            spans.append((x - w, x) if self.rtl else (x, x + w))
            x = x - w if self.rtl else x + w
        self._row(columns, [c.title for c in columns], spans, pad, bold=True)
        for row in rows:
            self._row(columns, row, spans, pad)

    def _row(self, columns: Sequence[Column], cells: Sequence[str], spans: list[tuple[float, float]],
             pad: float, bold: bool = False) -> None:
        font = self.bold if bold else self.regular
        wrapped = [rtl_text.wrap(cell, font, self.size, (b - a) - 2 * pad, self.rtl)
                   for cell, (a, b) in zip(cells, spans, strict=True)]
        height = max(len(lines) for lines in wrapped) * self.leading + pad
        self.need(height)
        top = self.y
        if bold:
            self.canvas.setFillColorRGB(0.92, 0.92, 0.92)
            self.canvas.rect(self.left, top - height, self.right - self.left, height, stroke=0, fill=1)
            self.canvas.setFillColorRGB(0, 0, 0)
        for column, lines, (a, b) in zip(columns, wrapped, spans, strict=True):
            y = top
            for line in lines:
                y -= self.leading
                rtl_text.draw_line(self.canvas, line, a + pad, b - pad, y + self.size * 0.35, font,
                                   self.size, self.rtl, self._align(column.align))
        self.canvas.setLineWidth(0.3)
        self.canvas.line(self.left, top - height, self.right, top - height)
        self.y = top - height

    # -- boxes ------------------------------------------------------------------------
    def signature_boxes(self, labels: Sequence[str]) -> None:
        """Boxes side by side, the first on the reading side, each with its label."""
        height = 20 * mm
        self.need(height + self.leading + 4 * mm)
        self.gap(3 * mm)
        gap = 6 * mm
        w = (self.right - self.left - gap * (len(labels) - 1)) / len(labels)
        top = self.y
        for i, label in enumerate(labels):
            a = self.right - (i + 1) * w - i * gap if self.rtl else self.left + i * (w + gap)
            self.canvas.setLineWidth(0.6)
            self.canvas.rect(a, top - height, w, height)
            rtl_text.draw_line(self.canvas, label, a + 2 * mm, a + w - 2 * mm, top - self.leading + 2,
                               self.regular, self.size, self.rtl)
        self.y = top - height


def write_pdf(out: Path, page: str, rtl: bool, title: str, company: CompanySettings,
              draw: Callable[[Sheet], None]) -> Path:
    """Render a document into `out` atomically; bad input raises ValidationError and
    leaves nothing behind."""
    if company.logo_path:
        check_logo(company.logo_path)
    out = Path(out)
    directory = out.parent if str(out.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=directory)
    except OSError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot write the file {path}."),
                              field="out", path=str(out)) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        regular, _ = register_fonts()
        canvas = Canvas(str(temp), pagesize=PAGE_SIZES[page], pageCompression=1, initialFontName=regular)
        sheet = Sheet(canvas, page, rtl, title)
        draw(sheet)
        canvas.showPage()
        canvas.save()
        os.replace(temp, out)
    except OSError:
        temp.unlink(missing_ok=True)
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot write the file {path}."),
                              field="out", path=str(out)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out
