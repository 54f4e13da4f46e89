"""Follow-up calls and what customers said: CSAT and NPS."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, Label
from app.reports.kpis.satisfaction import satisfaction
from app.reports.report import REPORT, Chart, ChartKind, Format, Scope, Section, compared


def satisfaction_section(session: Session, scope: Scope) -> Section:
    each = [satisfaction(session, m) for m in scope.months.each()]
    figures = (
        compared(QT_TRANSLATE_NOOP("Report", "Follow-up calls due"), Format.COUNT, [s.calls_due for s in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Follow-up calls done"), Format.COUNT, [s.calls_done for s in each],
                 QT_TRANSLATE_NOOP("Report", "Calls finished in the month, the customer reached or not.")),
        compared(QT_TRANSLATE_NOOP("Report", "Customers reached"), Format.COUNT, [s.reached for s in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Satisfaction (CSAT), average of 1–5"), Format.SCORE,
                 [s.csat_average for s in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Satisfied (4 or 5)"), Format.PERCENT, [s.satisfied_share for s in each]),
        compared(QT_TRANSLATE_NOOP("Report", "Net promoter score (NPS)"), Format.SCORE, [s.nps for s in each],
                 QT_TRANSLATE_NOOP("Report", "The percentage who gave 9 or 10 minus the percentage who gave "
                                             "0 to 6, of those asked.")),
    )
    current = each[0]
    scores = Chart(QT_TRANSLATE_NOOP("Report", "Satisfaction scores given"), ChartKind.BARS,
                   tuple(range(1, 6)), tuple(current.csat_scores[score] for score in range(1, 6)))
    passives = current.nps_answers - current.promoters - current.detractors
    nps = Chart(QT_TRANSLATE_NOOP("Report", "Promoters, passives and detractors"), ChartKind.PIE,
                (Label(REPORT, QT_TRANSLATE_NOOP("Report", "Promoters (9–10)")), Label(REPORT, QT_TRANSLATE_NOOP("Report", "Passives (7–8)")),
                 Label(REPORT, QT_TRANSLATE_NOOP("Report", "Detractors (0–6)"))),
                (current.promoters, passives, current.detractors))
    return Section("satisfaction", QT_TRANSLATE_NOOP("Report", "Follow-ups and satisfaction"), figures, (),
                   (scores, nps))
