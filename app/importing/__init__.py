"""Legacy Excel import: plan (headers and mapping), read, parse, write in one transaction, report."""
from app.importing.plan import ImportPlan, SheetPlan, plan_import, read_mapping
from app.importing.read import ImportFailure
from app.importing.report import OUTCOME_LABELS, report_path, summary_lines, write_errors, write_log
from app.importing.run import ImportCancelled, ImportReport, Outcome, RowResult, import_workbook, takes_backup

__all__ = ["ImportCancelled", "ImportFailure", "ImportPlan", "ImportReport", "Outcome", "RowResult", "SheetPlan",
           "OUTCOME_LABELS", "import_workbook", "plan_import", "read_mapping", "report_path", "summary_lines", "takes_backup", "write_errors",
           "write_log"]
