"""Legacy Excel import: read, detect headers, parse rows, write in one transaction, report."""
from app.importing.report import summary_lines, write_errors
from app.importing.run import ImportReport, Outcome, RowResult, import_workbook

__all__ = ["ImportReport", "Outcome", "RowResult", "import_workbook", "summary_lines", "write_errors"]
