"""A page being written top to bottom in the document's direction: header, labelled fields,
paragraphs, tables (columns listed in reading order, drawn mirrored for RTL, their heading
repeated on each page they run onto), boxes, a footer on every page; or half a page, when two
copies share a sheet with a cut line between them.

`write_pdf` renders into a temporary file beside the target and renames it, so a failure
never leaves a half-written PDF behind.
"""
from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.documents import rtl_text
from app.documents.fonts import register_fonts
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import isolate_ltr
from app.services.company import CompanySettings, check_logo
from app.services.output_files import written_whole

A4_LANDSCAPE = "A4 landscape"
"""The page of a printed list: its many columns need the width."""
PAGE_SIZES = {"A4": A4, "A5": A5, A4_LANDSCAPE: landscape(A4)}
GREY = (0.45, 0.45, 0.45)
QR_SIZE = 22 * mm
QR_QUIET_ZONE = 4
"""Blank modules around a QR code, which scanners need to find it."""
CUT_GAP = 7 * mm
"""Space kept free on each side of the cut line between two copies on one page."""
COMPACT_MARGIN = 10 * mm
"""The margin of a copy on half a page."""


@dataclass(frozen=True)
class Column:
    title: str
    share: float
    """Part of the table's width."""
    align: str = "start"
    """'start' (the reading side), 'end' or 'center'."""


class Sheet:
    def __init__(self, canvas: Canvas, page: str, rtl: bool, title: str, logo: ImageReader | None = None) -> None:
        self.canvas = canvas
        self.page = page
        self.rtl = rtl
        self.logo = logo
        self.width, self.height = PAGE_SIZES[page]
        self.regular, self.bold = register_fonts()
        self.footer: Callable[[Sheet], None] | None = None
        """Drawn at the foot of each page as it is finished (see `set_footer`)."""
        self.footer_height = 0.0
        self.page_number = 1
        self._style(compact=False)
        self.y = self.height - self.margin
        self.bottom = self.margin
        canvas.setTitle(title)

    def _style(self, compact: bool) -> None:
        """Type size, line spacing and margins: the page's own, or tighter for half a page."""
        if compact:
            self.margin, self.size, spacing = COMPACT_MARGIN, 8.5, 1.4
        elif self.page == A4_LANDSCAPE:
            # a list's rows: smaller type and a narrower margin fit its columns and more rows a page
            self.margin, self.size, spacing = 12 * mm, 8.5, 1.45
        else:
            self.margin, self.size, spacing = (12 * mm, 9, 1.55) if self.page == "A5" else (16 * mm, 10, 1.55)
        self.spacing = spacing
        self.leading = self.size * spacing
        self.left, self.right = self.margin, self.width - self.margin
        self.signature_height = (14 if compact else 20) * mm

    # -- geometry ---------------------------------------------------------------------
    def _align(self, align: str) -> str:
        if align == "center":
            return "center"
        start = "right" if self.rtl else "left"
        end = "left" if self.rtl else "right"
        return start if align == "start" else end

    def need(self, height: float) -> None:
        """Start a new page if `height` does not fit above the bottom of the writing area."""
        if self.y - height < self.bottom:
            self.new_page()

    def new_page(self) -> None:
        """The next page, written on whole in the page's own style."""
        self.finish_page()
        self.page_number += 1
        self._style(compact=False)
        self.y = self.height - self.margin
        self.bottom = self.margin + self.footer_height

    def finish_page(self) -> None:
        """Draw the footer on this page and close it."""
        if self.footer is not None:
            self.footer(self)
        self.canvas.showPage()

    def set_footer(self, draw: Callable[[Sheet], None], height: float) -> None:
        """Draw `draw` on every page from this one on, in `height` kept free above the bottom margin."""
        self.footer, self.footer_height = draw, height
        self.bottom = self.margin + height

    def half_height(self) -> float:
        """The height a copy may fill on half of this page (compact style, cut gap kept free)."""
        return self.height / 2 - COMPACT_MARGIN - CUT_GAP

    def top_half(self) -> None:
        """Write the rest of this page's first copy in its top half, in the compact style."""
        self._style(compact=True)
        self.y = self.height - self.margin
        self.bottom = self.height / 2 + CUT_GAP

    def bottom_half(self) -> None:
        """Draw the cut line across the middle and write on below it, in the compact style."""
        middle = self.height / 2
        self.canvas.setDash(4, 3)
        self.canvas.setLineWidth(0.5)
        self.canvas.setStrokeColorRGB(*GREY)
        self.canvas.line(0, middle, self.width, middle)
        self.canvas.setDash()
        self.canvas.setStrokeColorRGB(0, 0, 0)
        self._style(compact=True)
        self.y = middle - CUT_GAP
        self.bottom = self.margin

    def height_of(self, draw: Callable[[Sheet], None], compact: bool) -> float:
        """How tall `draw` writes in one run (no page breaks), measured on scratch paper
        that is thrown away."""
        scratch = Sheet(Canvas(io.BytesIO(), pagesize=PAGE_SIZES[self.page]), self.page, self.rtl, "", self.logo)
        scratch._style(compact)
        scratch.y = start = scratch.height - scratch.margin
        scratch.bottom = -float("inf")
        draw(scratch)
        return start - scratch.y

    # -- text -------------------------------------------------------------------------
    def text(self, text: str, *, bold: bool = False, size: float | None = None, align: str = "start",
             left: float | None = None, right: float | None = None, grey: bool = False) -> None:
        """A paragraph, wrapped in logical order, each line drawn in visual order."""
        size = size or self.size
        font = self.bold if bold else self.regular
        left = self.left if left is None else left
        right = self.right if right is None else right
        leading = size * self.spacing
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
    def header(self, company: CompanySettings | None, title: str, number_label: str = "", number_shown: str = "",
               qr_payload: str | None = None) -> None:
        """The company's name, address, phone and logo (none for a copy that stays in the
        workshop); the document title; the ticket number as text and as a QR code (a list
        has neither)."""
        logo_size = 18 * mm if company is not None and self.logo is not None else 0
        qr_size = QR_SIZE if qr_payload is not None else 0
        gap = 2 * mm
        top = self.y
        # the QR code (outermost) and the logo sit on the side opposite the reading side
        boxes = qr_size + (logo_size + gap if logo_size else 0)
        if self.rtl:
            qr_x, logo_x = self.left, self.left + qr_size + (gap if qr_size else 0)
            text_left, text_right = self.left + boxes + 2 * gap, self.right
        else:
            qr_x = self.right - qr_size
            logo_x = qr_x - (gap if qr_size else 0) - logo_size
            text_left, text_right = self.left, self.right - boxes - 2 * gap
        if logo_size:
            self.canvas.drawImage(self.logo, logo_x, top - logo_size, logo_size, logo_size,
                                  preserveAspectRatio=True, mask="auto")
        if qr_payload is not None:
            self._qr(qr_payload, qr_x, top - QR_SIZE)
        if company is not None:
            if company.name:
                self.text(company.name, bold=True, size=self.size + 4, left=text_left, right=text_right)
            for line in company.address.splitlines():
                self.text(line, left=text_left, right=text_right, grey=True)
            if company.phone:
                self.text(isolate_ltr(company.phone) if self.rtl else company.phone, left=text_left,
                          right=text_right, grey=True)
        self.text(title, bold=True, size=self.size + 3, left=text_left, right=text_right)
        if number_label:
            self.text(f"{number_label}: {number_shown}", bold=True, size=self.size + 2,
                      left=text_left, right=text_right)
        self.y = min(self.y, top - max(qr_size, logo_size)) - 2 * mm
        self.rule()

    def _qr(self, payload: str, x: float, y: float) -> None:
        """The QR code of `payload`, QR_SIZE square with its lower left corner at (x, y), as
        one filled path (reportlab's QR widget draws a shape per run and encodes again each time)."""
        count, runs = _qr_modules(payload)
        box = QR_SIZE / (count + 2 * QR_QUIET_ZONE)
        path = self.canvas.beginPath()
        for row, column, length in runs:
            path.rect(x + (column + QR_QUIET_ZONE) * box, y + QR_SIZE - (row + QR_QUIET_ZONE + 1) * box,
                      length * box, box)
        self.canvas.drawPath(path, stroke=0, fill=1)

    # -- tables -----------------------------------------------------------------------
    def table(self, columns: Sequence[Column], rows: Iterable[Sequence[str]]) -> None:
        """Columns and cells in reading order; for RTL the first column is drawn rightmost.
        Each cell wraps inside its column; a row that does not fit starts a new page, which
        begins with the columns' headings again. `rows` is read one row at a time."""
        total = sum(c.share for c in columns)
        pad = 1.5 * mm
        spans: list[tuple[float, float]] = []
        x = self.right if self.rtl else self.left
        for column in columns:
            w = (self.right - self.left) * column.share / total
            spans.append((x - w, x) if self.rtl else (x, x + w))
            x = x - w if self.rtl else x + w
        heading = self._lay_out_row([c.title for c in columns], spans, pad, bold=True)
        self.need(heading[1] + self.leading + pad)  # never a heading alone at the foot of a page
        self._row(columns, heading, spans, pad, bold=True)
        for row in rows:
            laid_out = self._lay_out_row(row, spans, pad)
            if self.y - laid_out[1] < self.bottom:
                self.new_page()
                self._row(columns, heading, spans, pad, bold=True)
            self._row(columns, laid_out, spans, pad)

    def _lay_out_row(self, cells: Sequence[str], spans: list[tuple[float, float]], pad: float,
                     bold: bool = False) -> tuple[list[list[str]], float]:
        """Each cell's lines, wrapped inside its column, and the row's height."""
        font = self.bold if bold else self.regular
        wrapped = [rtl_text.wrap(cell, font, self.size, (b - a) - 2 * pad, self.rtl)
                   for cell, (a, b) in zip(cells, spans, strict=True)]
        return wrapped, max(len(lines) for lines in wrapped) * self.leading + pad

    def _row(self, columns: Sequence[Column], laid_out: tuple[list[list[str]], float],
             spans: list[tuple[float, float]], pad: float, bold: bool = False) -> None:
        font = self.bold if bold else self.regular
        wrapped, height = laid_out
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
        height = self.signature_height
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

    def notes_box(self, label: str, min_height: float = 30 * mm) -> None:
        """A ruled box to write in by hand, filling the rest of the writing area (on a new
        page when less than `min_height` is left)."""
        self.gap(3 * mm)
        self.need(min_height)
        top, bottom = self.y, self.bottom
        self.canvas.setLineWidth(0.6)
        self.canvas.rect(self.left, bottom, self.right - self.left, top - bottom)
        rtl_text.draw_line(self.canvas, label, self.left + 2 * mm, self.right - 2 * mm, top - self.leading + 2,
                           self.regular, self.size, self.rtl)
        self.canvas.setLineWidth(0.3)
        self.canvas.setStrokeColorRGB(*GREY)
        line_y = top - self.leading - 7 * mm
        while line_y > bottom + 3 * mm:
            self.canvas.line(self.left + 3 * mm, line_y, self.right - 3 * mm, line_y)
            line_y -= 7 * mm
        self.canvas.setStrokeColorRGB(0, 0, 0)
        self.y = bottom


@lru_cache(maxsize=64)
def _qr_modules(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of `payload` as its size in modules and its dark runs (row, column,
    length). Kept: encoding is the costliest part of a header, and a job card draws the same
    code on both copies."""
    code = QrCodeWidget(payload).qr
    code.make()
    runs = []
    for row, modules in enumerate(code.modules):
        column = 0
        for dark, run in itertools.groupby(map(bool, modules)):
            length = len(list(run))
            if dark:
                runs.append((row, column, length))
            column += length
    return code.getModuleCount(), tuple(runs)


def load_logo(path: str) -> ImageReader:
    """The logo, decoded once for the whole document. A missing file or one that is not a
    PNG or JPEG is refused by `check_logo`; one that starts like an image but is damaged
    (truncated, corrupt) is refused here, before any page is drawn."""
    check_logo(path)
    try:
        reader = ImageReader(str(Path(path).expanduser()))
        reader.getRGBData()  # decode every pixel now: a damaged file fails here, not inside the PDF
    except (OSError, SyntaxError, ValueError):  # how Pillow (under reportlab) reports a bad image
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The logo file is damaged or is not a PNG or JPEG image."),
                              field="logo") from None
    return reader


def write_pdf(out: Path, page: str | None, rtl: bool, title: str, company: CompanySettings,
              draw: Callable[[Sheet], None]) -> Path:
    """Render a document into `out` atomically on `page` (A5, A4 or A4_LANDSCAPE; None: the
    size chosen in the settings); bad input raises ValidationError and leaves nothing behind."""
    page = page or company.page_size
    logo = load_logo(company.logo_path) if company.logo_path else None
    out = Path(out)
    try:
        with written_whole(out) as temp:
            regular, _ = register_fonts()
            canvas = Canvas(str(temp), pagesize=PAGE_SIZES[page], pageCompression=1, initialFontName=regular)
            sheet = Sheet(canvas, page, rtl, title, logo)
            draw(sheet)
            sheet.finish_page()
            canvas.save()
    except OSError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot write the file {path}."),
                              field="out", path=str(out)) from None
    return out
