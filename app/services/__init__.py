"""Use cases. Each public function is one transaction; the GUI and the CLI call these."""
