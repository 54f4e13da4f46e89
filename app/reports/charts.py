"""The report's charts drawn with reportlab's own graphics: bars (days of the month, scores)
and pies (shares of a whole) with a legend.

reportlab's charts cannot shape Persian or Arabic, so every word and number they show is
handed to them already shaped and in visual order (rtl_text.visual), in the embedded font.
In a right-to-left report the bars run from the right (day 1 first, where the reader starts)
and the value axis stands on the right; a pie's legend sits on the reading side.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.documents import rtl_text
from app.documents.sheet import Sheet
from app.reports.report import Chart, ChartKind

BAR_HEIGHT = 55 * mm
PIE_SIZE = 38 * mm
PALETTE = tuple(colors.HexColor(c) for c in ("#2f6db5", "#e08a1e", "#3a9a5b", "#c0392b", "#8e5bb5",
                                              "#6d8a96", "#d4b02a", "#5bb5b0"))
"""Slices and bars in colours that stay apart on a grey laser print."""
LABEL_SIZE = 7.0
MAX_SLANT = 30 * mm
"""The most room slanted names take below the bars; a longer name runs on past it."""


ValueText = Callable[[int | Decimal], str]


def draw_chart(sheet: Sheet, chart: Chart, title: str, labels: Sequence[str], value_text: ValueText,
               share_text: ValueText, empty: str) -> None:
    """`chart` under its `title` at the sheet's writing position, with `labels` (one per bar
    or slice, in the reader's language), each value written by `value_text` and a slice's
    share of the whole (in percent) by `share_text`; a chart with nothing to show prints
    `empty` instead."""
    height = (BAR_HEIGHT + _slant_room(sheet, labels) if chart.kind is ChartKind.BARS else PIE_SIZE) + 6 * mm
    sheet.need(height + 2 * sheet.leading)
    sheet.gap(2 * mm)
    sheet.text(title, bold=True)
    if not any(chart.values):
        sheet.text(empty, grey=True)
        return
    if chart.kind is ChartKind.BARS:
        _bars(sheet, chart, labels, value_text)
    else:
        _pie(sheet, chart, labels, value_text, share_text)


def _slant_room(sheet: Sheet, labels: Sequence[str]) -> float:
    """The height the bars' names need below the axis when they must slant (0: they fit upright)."""
    widest = max((rtl_text.width(text, sheet.regular, LABEL_SIZE, sheet.rtl) for text in labels), default=0.0)
    if widest <= (sheet.right - sheet.left - 14 * mm) / max(len(labels), 1) - 2:
        return 0.0
    return min(widest * 0.71, MAX_SLANT)


def _bars(sheet: Sheet, chart: Chart, labels: Sequence[str], value_text: ValueText) -> None:
    width = sheet.right - sheet.left
    slant = _slant_room(sheet, labels)
    drawing = Drawing(width, BAR_HEIGHT)
    bars = VerticalBarChart()
    axis_room = 12 * mm
    bars.x, bars.y = (2 * mm, 8 * mm) if sheet.rtl else (axis_room, 8 * mm)
    bars.width, bars.height = width - axis_room - 2 * mm, BAR_HEIGHT - 12 * mm
    bars.data = [[float(v) for v in chart.values]]
    bars.bars[0].fillColor = PALETTE[0]
    bars.bars.strokeColor = None
    bars.barSpacing = 1
    top = max(float(v) for v in chart.values)
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = top * 1.1
    if float(top) <= 5:
        bars.valueAxis.valueStep = 1
    bars.valueAxis.labelTextFormat = lambda v: rtl_text.visual(value_text(_whole(v)), sheet.rtl)
    for axis in (bars.valueAxis.labels, bars.categoryAxis.labels):
        axis.fontName, axis.fontSize = sheet.regular, LABEL_SIZE
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    names = [rtl_text.visual(text, sheet.rtl) for text in labels]
    bars.categoryAxis.categoryNames = names
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.categoryAxis.labels.dy = -2
    if slant:
        # names wider than their bar (technicians, parts) slant below it so that they do not run together
        drawing.height += slant
        bars.y += slant
        bars.categoryAxis.labels.angle = -45 if sheet.rtl else 45
        bars.categoryAxis.labels.boxAnchor = "nw" if sheet.rtl else "ne"
    if sheet.rtl:
        bars.categoryAxis.reverseDirection = True
        bars.valueAxis.joinAxisMode = "right"
        bars.valueAxis.labels.boxAnchor = "w"
        bars.valueAxis.labels.dx = 4
        bars.valueAxis.tickLeft, bars.valueAxis.tickRight = 0, 3
    drawing.add(bars)
    sheet.y -= drawing.height
    renderPDF.draw(drawing, sheet.canvas, sheet.left, sheet.y)


def _whole(value: float) -> int | Decimal:
    """An axis tick as the value type it measures: whole counts print without decimals."""
    return int(value) if float(value).is_integer() else Decimal(str(round(value, 2)))


def _pie(sheet: Sheet, chart: Chart, labels: Sequence[str], value_text: ValueText, share_text: ValueText) -> None:
    width = sheet.right - sheet.left
    drawing = Drawing(width, PIE_SIZE)
    pie = Pie()
    pie.width = pie.height = PIE_SIZE - 2 * mm
    pie.x = 1 * mm if sheet.rtl else width - PIE_SIZE + 1 * mm
    pie.y = 1 * mm
    shown = [(label, value, PALETTE[i % len(PALETTE)])
             for i, (label, value) in enumerate(zip(labels, chart.values, strict=True)) if value]
    pie.data = [float(value) for _, value, _ in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.startAngle, pie.direction = 90, "anticlockwise" if sheet.rtl else "clockwise"
    for i, (_, _, colour) in enumerate(shown):
        pie.slices[i].fillColor = colour
    drawing.add(pie)
    bottom = sheet.y - PIE_SIZE
    renderPDF.draw(drawing, sheet.canvas, sheet.left, bottom)
    # The legend lists every label, the zero ones too, so the reader sees what was counted.
    total = sum(chart.values)
    box = 3 * mm
    legend_left, legend_right = (sheet.left + PIE_SIZE + 6 * mm, sheet.right) if sheet.rtl else \
        (sheet.left, sheet.right - PIE_SIZE - 6 * mm)
    colour_of = {label: colour for label, _, colour in shown}
    y = sheet.y - sheet.leading
    for label, value in zip(labels, chart.values, strict=True):
        text = f"{label}: {value_text(value)} ({share_text(Decimal(value) * 100 / total)})"
        box_x = legend_right - box if sheet.rtl else legend_left
        sheet.canvas.setFillColor(colour_of.get(label, colors.white))
        sheet.canvas.setStrokeColor(colors.grey)
        sheet.canvas.rect(box_x, y - 0.5, box, box, stroke=1, fill=1)
        sheet.canvas.setFillColorRGB(0, 0, 0)
        sheet.canvas.setStrokeColorRGB(0, 0, 0)
        text_left, text_right = (legend_left, box_x - 2 * mm) if sheet.rtl else (box_x + box + 2 * mm, legend_right)
        rtl_text.draw_line(sheet.canvas, text, text_left, text_right, y, sheet.regular, sheet.size, sheet.rtl)
        y -= sheet.leading
    sheet.y = min(bottom, y)
