"""Coverage: warranties, contracts and their periodic service."""
