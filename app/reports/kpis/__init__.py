"""Every figure of the manager's report, one function each, aggregated in SQL.

Each docstring is the figure's definition as a manager reads it. A month is a ReportMonth
(app.reports.month): moments from its `starts` up to, not including, its `ends`. The
modules are the report's areas; app.reports.sections puts their figures into the report.
"""
