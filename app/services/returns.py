"""The returns list: faulty parts replaced under warranty, claimed from the manufacturer for
credit. A claim is made by app.services.resolutions.replace_part; a manager moves it on
(sent, then credited or refused)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.domain.base import utcnow
from app.domain.kinds import KIND_CONTEXT, LABELS, ClaimStatus, Role, label
from app.domain.parts import Part
from app.domain.people import User
from app.domain.permissions import Action
from app.domain.resolutions import PartReturn, Replacement, check_claim_move, resolution_of
from app.domain.tickets import Ticket, TicketLine
from app.errors import Translate, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.display import Locale
from app.services.common import load_for_edit
from app.services.desk import SYSTEM_FULL_NAME, Desk
from app.services.output_files import output_path, written_whole

RETURNS_CONTEXT = "Returns"


@dataclass(frozen=True)
class ReturnRecord:
    id: int
    version: int
    status: ClaimStatus
    part_code: str
    part_name: str
    faulty_serial: str
    ticket_id: int
    ticket_number: str
    created_at: datetime
    created_by: str
    status_at: datetime
    status_by: str


def returns_list(desk: Desk, status: ClaimStatus | None = None) -> list[ReturnRecord]:
    """The claims (of one status, or all), newest first."""
    with desk.store.read() as session:
        return _records(session, None if status is None else PartReturn.status == ClaimStatus(status).value)


def _records(session: Session, condition: object | None) -> list[ReturnRecord]:
    maker, mover = aliased(User), aliased(User)
    statement = (
        select(PartReturn, Part.code, Part.name, Ticket.number, maker.full_name, mover.full_name)
        .join(Ticket, Ticket.id == PartReturn.ticket_id)
        .outerjoin(Part, Part.id == PartReturn.part_id)
        .outerjoin(maker, maker.id == PartReturn.created_by_id)
        .outerjoin(mover, mover.id == PartReturn.status_by_id)
        .order_by(PartReturn.created_at.desc(), PartReturn.id.desc()))
    if condition is not None:
        statement = statement.where(condition)
    return [ReturnRecord(r.id, r.version, ClaimStatus(r.status), code or "", name or "", r.faulty_serial,
                         r.ticket_id, number, r.created_at, made or "", r.status_at, moved or "")
            for r, code, name, number, made, moved in session.execute(statement)]


def set_claim_status(desk: Desk, return_id: int, version: int, status: ClaimStatus) -> ReturnRecord:
    """A manager moves a claim on; who and when are kept with it (and the audit trail keeps
    every step)."""
    desk.require(Action.RETURN_CLAIMS)
    with desk.store.write() as session:
        claim = load_for_edit(session, PartReturn, return_id, version)
        claim.status = check_claim_move(claim.status, status).value
        claim.status_at = utcnow()
        claim.status_by_id = desk.actor.id
        session.flush()
        (record,) = _records(session, PartReturn.id == claim.id)
        return record


def drop_line_replacement(session: Session, ticket: Ticket, line: TicketLine) -> None:
    """A part line leaves the ticket (app.services.tickets.remove_line): the replacement it
    recorded and that part's claim go with it, unless the faulty part was sent already."""
    replacement = session.scalars(select(Replacement).where(Replacement.line_id == line.id)).one_or_none()
    if replacement is None:
        return
    claim = session.scalars(select(PartReturn).where(PartReturn.replacement_id == replacement.id)).one_or_none()
    if claim is not None and claim.status != ClaimStatus.TO_SEND.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The faulty part of this line was sent to the "
                                                          "manufacturer already; the line stays on the ticket."))
    if claim is not None:
        session.delete(claim)
    session.delete(replacement)
    session.flush()
    ticket.resolution = resolution_of(session, ticket.id)


RETURN_COLUMNS: list[str] = [
    QT_TRANSLATE_NOOP("Returns", "Part code"),
    QT_TRANSLATE_NOOP("Returns", "Part"),
    QT_TRANSLATE_NOOP("Returns", "Faulty serial"),
    QT_TRANSLATE_NOOP("Returns", "Ticket"),
    QT_TRANSLATE_NOOP("Returns", "Claim status"),
    QT_TRANSLATE_NOOP("Returns", "Listed on"),
    QT_TRANSLATE_NOOP("Returns", "Listed by"),
    QT_TRANSLATE_NOOP("Returns", "Status since"),
    QT_TRANSLATE_NOOP("Returns", "Status set by"),
]
"""The columns of the returns list, on screen and in its workbook alike."""


def return_cells(record: ReturnRecord, locale: Locale, translate: Translate) -> list[str]:
    """One claim's cells in RETURN_COLUMNS' order, as the reader reads them."""
    def who(name: str) -> str:
        return translate(KIND_CONTEXT, LABELS[(Role, Role.ADMIN.value)]) if name == SYSTEM_FULL_NAME else name

    status = label(record.status)
    return [record.part_code, record.part_name, record.faulty_serial, locale.digits(record.ticket_number),
            translate(status.context, status.text), locale.date(record.created_at), who(record.created_by),
            locale.date(record.status_at), who(record.status_by)]


def write_returns_workbook(desk: Desk, records: Sequence[ReturnRecord], out: Path, translate: Translate,
                           title: str) -> Path:
    """The returns list as a workbook for the manufacturer or the manager: the reader's
    language and calendar, right to left on a Persian or Arabic desk."""
    # openpyxl waits until a workbook is written: the window starts without it
    from openpyxl import Workbook

    from app.services.list_export import _cannot_write
    from app.services.sheet_cells import xlsx_row

    out = output_path(out, ".xlsx", database=desk.store.url)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31] or "Sheet")
    sheet.sheet_view.rightToLeft = desk.locale.lang in ("fa", "ar")
    sheet.freeze_panes = "A2"
    sheet.append(xlsx_row(sheet, [translate(RETURNS_CONTEXT, text) for text in RETURN_COLUMNS]))
    for record in records:
        sheet.append(xlsx_row(sheet, return_cells(record, desk.locale, translate)))
    try:
        with written_whole(out) as temp:
            workbook.save(temp)
    except OSError as error:
        raise _cannot_write(out, error) from error
    return out

