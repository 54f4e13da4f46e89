"""The calls after the jobs, and what the customers said."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.followups import FollowUp
from app.domain.kinds import FollowUpOutcome
from app.reports.kpis.common import within
from app.reports.month import ReportMonth


@dataclass(frozen=True)
class Satisfaction:
    calls_due: int
    calls_done: int
    reached: int
    csat_scores: dict[int, int]
    """How many customers gave each score from 1 to 5 (every score present, 0 when none)."""
    nps_answers: int
    promoters: int
    detractors: int

    @property
    def csat_average(self) -> Decimal | None:
        """None: nobody gave a score."""
        given = sum(self.csat_scores.values())
        if not given:
            return None
        return (Decimal(sum(score * n for score, n in self.csat_scores.items())) / given).quantize(Decimal("0.01"))

    @property
    def satisfied_share(self) -> Decimal | None:
        """The share of scores that are 4 or 5, in percent; None: nobody gave a score."""
        given = sum(self.csat_scores.values())
        if not given:
            return None
        return (Decimal(100 * (self.csat_scores[4] + self.csat_scores[5])) / given).quantize(Decimal("0.1"))

    @property
    def nps(self) -> Decimal | None:
        """Promoters (9–10) minus detractors (0–6), in percent of those who answered; None: nobody did."""
        if not self.nps_answers:
            return None
        return (Decimal(100 * (self.promoters - self.detractors)) / self.nps_answers).quantize(Decimal("0.1"))


def satisfaction(session: Session, month: ReportMonth) -> Satisfaction:
    """The calls after the jobs, and what the customers said.

    - Calls due: follow-ups whose due day falls in the month (a call put off to another day
      counts in the month of its new day).
    - Calls done: follow-ups finished in the month, reached or closed unanswered.
    - Reached: those of them where the customer was reached.
    - Satisfaction (CSAT): the scores 1–5 given on calls finished in the month: their
      average, how many gave each score, and the share satisfied (4 or 5).
    - Net promoter score (NPS): of the customers asked 0–10 on those calls, the percentage
      who gave 9 or 10 minus the percentage who gave 0 to 6.
    """
    done = within(FollowUp.done_at, month)
    due = session.scalar(select(func.count()).select_from(FollowUp).where(
        FollowUp.due_date >= month.first_day, FollowUp.due_date <= month.last_day))
    row = session.execute(select(
        func.count(),
        func.count().filter(FollowUp.outcome == FollowUpOutcome.REACHED.value),
        func.count().filter(FollowUp.nps.is_not(None)),
        func.count().filter(FollowUp.nps >= 9),
        func.count().filter(FollowUp.nps <= 6),
    ).where(done)).one()
    scores = dict.fromkeys(range(1, 6), 0) | dict(session.execute(
        select(FollowUp.csat, func.count()).where(done, FollowUp.csat.is_not(None)).group_by(FollowUp.csat)).all())
    return Satisfaction(due or 0, row[0], row[1], scores, row[2], row[3], row[4])
