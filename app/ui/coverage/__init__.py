"""Coverage screens: warranties, contracts and what is claimed from manufacturers."""
