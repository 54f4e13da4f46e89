"""Coverage screens: contracts, periodic service, and what is claimed from manufacturers."""
