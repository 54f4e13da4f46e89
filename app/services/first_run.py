"""Whether Khedmat is starting on a new shop's database, and so asks for the shop's details
and how to begin (demo data, a legacy workbook, or nothing).

A database is new when it holds no customer, unit or ticket and nobody ever saved the
company's name. The answer is kept in the database, not on the PC: every way of answering
saves the shop's name (which documents need anyway), so the question is never asked again
on this PC or on any other desk sharing the database, and a database filled some other way
(the `demo` or `import` commands, a restored backup) is never taken for a new one. Putting
the question off (Esc) saves nothing, so it is asked at the next start.
"""
from __future__ import annotations

from app.services.company import company_settings
from app.services.demo import is_empty
from app.services.desk import Desk


def needs_first_run(desk: Desk) -> bool:
    return not company_settings(desk).name and is_empty(desk)
