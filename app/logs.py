"""Logging: one file in the data folder, named loggers per area (khedmat.store, khedmat.ui...)."""
from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from app.config import data_dir

LOG_ENV = "KHEDMAT_LOG_DIR"


def log_path() -> Path:
    return Path(os.environ.get(LOG_ENV) or data_dir() / "logs") / "khedmat.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Send Khedmat's log to a rotating file; called once by the entry point."""
    root = logging.getLogger("khedmat")
    if root.handlers:
        return
    root.setLevel(level)
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
