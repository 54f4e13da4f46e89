"""Where the database lives. Nothing here touches the disk on import: `data_dir()` only
names the folder, and the store creates it when it opens the default database."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Khedmat"
DATABASE_ENV = "KHEDMAT_DATABASE_URL"
LANGUAGE_ENV = "KHEDMAT_LANG"
DEFAULT_LANGUAGE = "fa"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "khedmat.db"


def database_url(value: str | None = None) -> str:
    """An SQLAlchemy URL from `--db` (a URL or a file path), the environment, or the default."""
    value = value or os.environ.get(DATABASE_ENV) or str(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def language(value: str | None = None) -> str:
    return value or os.environ.get(LANGUAGE_ENV) or DEFAULT_LANGUAGE
