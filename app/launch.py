"""`khedmat`, the program's entry point. When it starts the desk, the window's frame is painted
first (app.ui.app StartingFrame: menus, tabs, a search box the clerk may type in) and app.cli —
SQLAlchemy, the records, the services: most of a second here — is imported after; a command
(`khedmat export …`) goes straight to app.cli, which decides everything else.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NamedTuple

from app import start_times

_VALUED = frozenset({"--db", "--lang", "--user"})
"""app.cli's global options that take a value."""
_FLAGS = frozenset({"--create", "--demo-if-empty"})
"""app.cli's global options that are flags and still open the desk."""


class DeskStart(NamedTuple):
    lang: str
    """The desk's language, as app.cli chooses it."""
    database_url: str
    """The database it opens (app.config database_url)."""


def desk_start(argv: Sequence[str]) -> DeskStart | None:
    """The desk `khedmat argv` opens; None when argv runs a command, asks for help, or says
    anything this plain reading does not know (app.cli's parser then decides, without a frame)."""
    from app import config
    from app.i18n import LANGUAGES

    asked: str | None = None
    database: str | None = None
    command_seen = False
    tokens = iter(argv)
    for token in tokens:
        name, equals, value = token.partition("=")
        if name in _VALUED:
            if not equals:
                value = next(tokens, "")
            if not value or value.startswith("-"):
                return None
            if name == "--lang":
                if value not in LANGUAGES:
                    return None
                asked = value
            elif name == "--db":
                database = value
        elif token in _FLAGS:
            continue
        elif token == "gui" and not command_seen:
            command_seen = True
        else:
            return None
    lang = config.language(asked)
    return DeskStart(lang if lang in LANGUAGES else config.DEFAULT_LANGUAGE, config.database_url(database))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    desk = desk_start(args)
    starting = None
    if desk is not None:
        from app.ui.single_instance import focus_running_window

        if focus_running_window(desk.database_url):  # before a frame of its own is painted
            return 0
        from app.ui.app import StartingFrame

        starting = StartingFrame.paint(desk.lang)
    from app.cli import main as run

    start_times.mark("imported")
    return run(args, starting)
