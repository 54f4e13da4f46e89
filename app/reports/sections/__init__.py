"""The report's sections: each module turns one area's KPIs (app.reports.kpis) into a
Section for the month and the two it is compared with."""
