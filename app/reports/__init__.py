"""The manager's reports: one home for every KPI (issue 14), the months they are counted over."""
