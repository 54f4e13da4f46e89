"""The manager's reports: the monthly report built, previewed, printed and saved."""
