"""The back office: settings and the parts catalogue."""
