"""Logging: one rotating file in the data folder, named loggers per area (khedmat.store,
khedmat.ui...). An installed desk has no console: this file is where a problem is told."""
from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
from pathlib import Path

from app.config import data_dir

LOG_ENV = "KHEDMAT_LOG_DIR"
LOG_BYTES, LOG_FILES_KEPT = 2_000_000, 3
"""About 8 MB in all: months of a desk's ordinary days, and never a full disk."""


def log_path() -> Path:
    return Path(os.environ.get(LOG_ENV) or data_dir() / "logs") / "khedmat.log"


def app_version() -> str:
    """This program's version, as installed (a bundle carries the package's metadata)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("khedmat")
    except PackageNotFoundError:
        return "unknown"


def running_as() -> str:
    """Which program this is and where it runs, for the first line of a problem's details."""
    build = "installed" if getattr(sys, "frozen", False) else "from source"
    return f"Khedmat {app_version()} ({build}), Python {platform.python_version()}, {platform.platform()}"


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
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
