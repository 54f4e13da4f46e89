"""At start, a database that is damaged: the desk offers to put the latest good backup back
before the window opens (the CLI prints the restore command instead; see app.cli)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.errors import DatabaseDamaged, KhedmatError
from app.i18n import Catalogue
from app.locale.display import Locale
from app.services.backups import restore_from
from app.store.backup import BackupFile
from app.ui.messages import button_text, error_text, show_error, tell, use_locale


def _paths_in_order(text: str, path: str) -> str:
    """`text` with `path` in a left-to-right isolate: in a Persian or Arabic paragraph a
    path's slashes otherwise move to the wrong end."""
    return text.replace(path, f"\u2066{path}\u2069") if path else text


def damaged_box(damaged: DatabaseDamaged, latest: BackupFile, locale: Locale) -> tuple[QMessageBox, QPushButton]:
    """The question, and its restore button: what is wrong, when the backup was taken, and
    what restoring it means (whatever was saved after it is not in it)."""
    text = QCoreApplication.translate(
        "DamagedDatabase", "{problem}\n\nThe latest good backup was taken on {date} at {time}:\n{path}\n\n"
                           "Restore it? Whatever was saved after that time is not in the backup. The damaged "
                           "database is kept in the backup folder.").format(
        problem=_paths_in_order(error_text(damaged), damaged.params.get("where", "")), date=locale.date(latest.taken),
        time=locale.digits(latest.taken.strftime("%H:%M")), path=_paths_in_order(str(latest.path), str(latest.path)))
    title = QCoreApplication.translate("DamagedDatabase", "The database is damaged")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    restore = box.addButton(button_text(QCoreApplication.translate("DamagedDatabase", "Restore the backup")),
                            QMessageBox.ButtonRole.AcceptRole)
    quit_ = box.addButton(button_text(QCoreApplication.translate("DamagedDatabase", "Quit")),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_)
    return box, restore


def offer_restore(catalogue: Catalogue, locale: Locale, damaged: DatabaseDamaged, url: str, latest: BackupFile,
                  folder: Path | None) -> bool:
    """Whether the user chose to restore `latest` and it was restored."""
    from app.ui.app import prepare_application

    _app, _languages = prepare_application(catalogue)  # the translators live while the box asks
    use_locale(locale)
    box, restore = damaged_box(damaged, latest, locale)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        kept = restore_from(url, latest.path, folder)
    except KhedmatError as error:
        show_error(None, error)
        return False
    done = QCoreApplication.translate("DamagedDatabase", "The backup was restored.")
    if kept is not None:
        done += "\n" + QCoreApplication.translate("DamagedDatabase", "The damaged database is kept at {path}.").format(path=kept)
    tell(None, done)
    return True
