"""What the report's tests share: a small month of jobs, and the PDF read back in drawing order."""
from __future__ import annotations

import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from app.domain.workflow import TicketStatus as S
from tests.reports.test_kpis import job
from tests.services.helpers import customer


def mehr_1403(desk) -> None:
    """Mehr 1403 (2024-09-22 … 2024-10-21): three jobs received, one of them handed back and
    one cancelled; one job in Shahrivar, none in Mehr 1402."""
    owner = customer(desk)
    job(desk, owner, datetime(2024, 9, 25, 9, tzinfo=UTC), (S.IN_REPAIR, S.READY, S.DELIVERED),
        moments={"delivered_at": datetime(2024, 10, 2, 9, tzinfo=UTC)})
    job(desk, owner, datetime(2024, 9, 25, 11, tzinfo=UTC))
    job(desk, owner, datetime(2024, 10, 10, 9, tzinfo=UTC), (S.CANCELLED,),
        moments={"closed_at": datetime(2024, 10, 11, 9, tzinfo=UTC)})
    job(desk, owner, datetime(2024, 8, 25, 9, tzinfo=UTC))


def readable(text: str) -> str:
    """Text as a reader would type it: presentation forms undone, bidi controls dropped."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Mn"))


def _rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _logical(line: str) -> str:
    """A line drawn right to left in reading order. pdftotext -raw gives its words each in
    logical order but in the order they stand on the page; read from the right they are in
    order again, except a run of Latin words, which reads left to right within the line, and
    a label's colon or a full stop, which stands to the left of its word."""
    if not _rtl(line):
        return line
    groups: list[list[str]] = []
    for token in line.split():
        latin = not _rtl(token) and any("a" <= ch.lower() <= "z" for ch in token)
        if latin and groups and groups[-1][0] == "latin":
            groups[-1].append(token)
        else:
            groups.append(["latin" if latin else "", token])
    words = []
    for kind, *tokens in reversed(groups):
        text = " ".join(tokens)
        words.append(text[1:] + text[0] if not kind and text[0] in ":.،؛" and len(text) > 1 else text)
    return " ".join(words)


def drawn_lines(pdf: Path) -> list[str]:
    """The PDF's text a line per drawn run (pdftotext -raw: the cells of a table in the
    order they were drawn, which is their reading order), each in logical order."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    return [_logical(" ".join(readable(line).split())) for line in out.splitlines() if line.strip()]
