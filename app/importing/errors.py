"""The import's errors, with their message in the catalogue: ImportFailure for a whole file, ImportNote for a row."""
from __future__ import annotations

from app.errors import KhedmatError


class ImportFailure(KhedmatError):
    """The file as a whole cannot be imported; nothing was written."""

    context = "Import"


class ImportNote(KhedmatError):
    """What became of one row, or why it was refused; shown in the user's language."""

    context = "Import"
