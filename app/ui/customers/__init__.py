"""The customer screens."""
