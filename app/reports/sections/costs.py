"""Warranty cost per model and per part, the parts used, and the estimates answered."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.kpis.estimates import estimates
from app.reports.kpis.parts_used import PartUse, parts_used
from app.reports.kpis.warranty_cost import CostRow, warranty_cost
from app.reports.report import REPORT, Chart, ChartKind, Column, Format, Scope, Section, Table, Value, compared

UNIT_NOT_RECORDED = Label(REPORT, QT_TRANSLATE_NOOP("Report", "Unit not recorded"))
OTHER_MODELS = Label(REPORT, QT_TRANSLATE_NOOP("Report", "All other models"))
OTHER_PARTS = Label(REPORT, QT_TRANSLATE_NOOP("Report", "All other parts"))
WORK = Label(REPORT, QT_TRANSLATE_NOOP("Report", "Labour and lines naming no part"))


def _cost_rows(rows: tuple[CostRow, ...], unnamed: Label, *extra: tuple[Label, CostRow | None]
               ) -> tuple[tuple[Value, ...], ...]:
    listed = tuple((row.name if row.name is not None else unnamed, row.jobs, row.cost) for row in rows)
    return listed + tuple((name, row.jobs, row.cost) for name, row in extra if row is not None)


def whole(quantity: Decimal) -> int | Decimal:
    """A quantity as a count where it is whole (most parts are fitted by the piece)."""
    return int(quantity) if quantity == quantity.to_integral_value() else quantity


def _part_rows(uses: tuple[PartUse, ...]) -> tuple[tuple[Value, ...], ...]:
    return tuple((u.name, whole(u.quantity), u.covered, u.charged, u.cost) for u in uses)


def costs_section(session: Session, scope: Scope) -> Section:
    months = scope.months.each()
    warranty = [warranty_cost(session, m) for m in months]
    parts = [parts_used(session, m) for m in months]
    answers = [estimates(session, m) for m in months]
    figures = (
        compared(QT_TRANSLATE_NOOP("Report", "Warranty jobs handed back"), Format.COUNT, [w.jobs for w in warranty]),
        compared(QT_TRANSLATE_NOOP("Report", "Warranty cost"), Format.MONEY, [w.cost for w in warranty],
                 QT_TRANSLATE_NOOP("Report", "The lines a warranty covered on the jobs handed back in the month "
                                             "whose coverage at intake was a warranty, at the prices on the lines.")),
        compared(QT_TRANSLATE_NOOP("Report", "Parts fitted"), Format.COUNT, [whole(p.quantity) for p in parts],
                 QT_TRANSLATE_NOOP("Report", "Catalogue parts on the jobs handed back in the month.")),
        compared(QT_TRANSLATE_NOOP("Report", "Parts fitted, covered"), Format.MONEY, [p.covered for p in parts]),
        compared(QT_TRANSLATE_NOOP("Report", "Parts fitted, charged"), Format.MONEY, [p.charged for p in parts]),
        compared(QT_TRANSLATE_NOOP("Report", "Estimates approved"), Format.COUNT, [a.approved for a in answers]),
        compared(QT_TRANSLATE_NOOP("Report", "Estimates declined"), Format.COUNT, [a.declined for a in answers]),
        compared(QT_TRANSLATE_NOOP("Report", "Estimates approved, share"), Format.PERCENT,
                 [a.approved_share for a in answers],
                 QT_TRANSLATE_NOOP("Report", "Of the estimates the customers answered in the month, by their "
                                             "last answer.")),
        compared(QT_TRANSLATE_NOOP("Report", "Amount approved"), Format.MONEY, [a.approved_amount for a in answers]),
        compared(QT_TRANSLATE_NOOP("Report", "Amount declined"), Format.MONEY, [a.declined_amount for a in answers]),
        compared(QT_TRANSLATE_NOOP("Report", "Answers on jobs with no estimate written"), Format.COUNT,
                 [a.without_amount for a in answers]),
    )
    current, used = warranty[0], parts[0]
    cost_columns = (Column(QT_TRANSLATE_NOOP("Report", "Jobs"), Format.COUNT),
                    Column(QT_TRANSLATE_NOOP("Report", "Warranty cost"), Format.MONEY))
    part_columns = (Column(QT_TRANSLATE_NOOP("Report", "Part"), Format.TEXT),
                    Column(QT_TRANSLATE_NOOP("Report", "Quantity"), Format.COUNT),
                    Column(QT_TRANSLATE_NOOP("Report", "Covered"), Format.MONEY),
                    Column(QT_TRANSLATE_NOOP("Report", "Charged"), Format.MONEY),
                    Column(QT_TRANSLATE_NOOP("Report", "Worth"), Format.MONEY))
    tables = (
        Table(QT_TRANSLATE_NOOP("Report", "Warranty cost by product model"),
              (Column(QT_TRANSLATE_NOOP("Report", "Model"), Format.TEXT), *cost_columns),
              _cost_rows(current.by_product, UNIT_NOT_RECORDED, (OTHER_MODELS, current.other_products))),
        Table(QT_TRANSLATE_NOOP("Report", "Warranty cost by part"),
              (Column(QT_TRANSLATE_NOOP("Report", "Part"), Format.TEXT), *cost_columns),
              _cost_rows(current.by_part, OTHER_PARTS, (OTHER_PARTS, current.other_parts), (WORK, current.work))),
        Table(QT_TRANSLATE_NOOP("Report", "Parts used most"), part_columns, _part_rows(used.by_quantity)),
        Table(QT_TRANSLATE_NOOP("Report", "Parts worth most"), part_columns, _part_rows(used.by_cost)),
    )
    charts = (Chart(QT_TRANSLATE_NOOP("Report", "Warranty cost by product model"), ChartKind.BARS,
                    tuple(row.name if row.name is not None else UNIT_NOT_RECORDED for row in current.by_product),
                    tuple(row.cost for row in current.by_product), Format.MONEY),) if current.by_product else ()
    return Section("costs", QT_TRANSLATE_NOOP("Report", "Warranty cost, parts and estimates"), figures, tables,
                   charts, QT_TRANSLATE_NOOP("Report", "Warranty cost counts the jobs whose coverage at intake was "
                                                       "a warranty; the rows of each table add up to its total."))
