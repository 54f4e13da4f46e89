"""The database: engine and sessions, schema migrations, backups."""
from app.store.engine import Store, open_store

__all__ = ["Store", "open_store"]
