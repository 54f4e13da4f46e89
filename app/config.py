"""Where the database lives. Nothing here touches the disk on import: `data_dir()` only
names the folder, and the store creates it when it opens the default database."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

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


def machine_settings_path() -> Path:
    return data_dir() / "settings.json"


def machine_settings() -> dict[str, Any]:
    """This PC's own choices (language); a missing or unreadable file means the defaults."""
    try:
        value = json.loads(machine_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save_machine_setting(key: str, value: Any) -> None:
    """Change one choice, keeping the others; the file is replaced whole, never half-written."""
    settings = machine_settings() | {key: value}
    path = machine_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(settings, ensure_ascii=False, indent=2), encoding="utf-8")
    partial.replace(path)


def language(value: str | None = None) -> str:
    """--lang, then KHEDMAT_LANG, then this PC's saved choice, then Persian."""
    return value or os.environ.get(LANGUAGE_ENV) or machine_settings().get("lang") or DEFAULT_LANGUAGE


BACKUP_FOLDER_SETTING = "backup_folder"


def backup_folder() -> Path | None:
    """The folder this PC keeps the database's backups in (another disk, say); None means the
    default, a `backups` folder beside the database (for the embedded one, in the data folder)."""
    value = machine_settings().get(BACKUP_FOLDER_SETTING)
    return Path(value).expanduser() if isinstance(value, str) and value.strip() else None
