"""The day's work: follow-up calls."""
