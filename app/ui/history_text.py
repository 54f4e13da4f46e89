"""The text of a history entry as the reader reads it: a correction's fields described in their
language and calendar, any other entry as it was written."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.kinds import EventKind
from app.locale.display import Locale
from app.services.changes import change_lines, describe_change


def entry_text(kind: str, text: str, locale: Locale) -> str:
    """One line per changed field for a correction ("Serial: SN-1O01 → SN-1001")."""
    if kind != EventKind.CHANGE:
        return text
    return "\n".join(describe_change(change, QCoreApplication.translate, locale) for change in change_lines(text))
