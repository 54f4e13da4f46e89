"""The coverage screens: maintenance contracts."""
