"""Settings: the folder this computer keeps the database's backups in."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app import config
from app.services.backups import start_of_day_backup
from app.ui.admin.settings_dialog import SettingsDialog


def test_the_backup_folder_is_shown_chosen_and_used_from_the_next_backup(open_dialog, desk, db_path, tmp_path):
    dialog = open_dialog("fa", lambda: SettingsDialog(desk))
    assert dialog.backup_folder.text() == str(db_path.parent / "backups")
    assert dialog.backup_folder.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not dialog.default_backup_folder_button.isVisible()
    other = tmp_path / "دیسک دوم"
    dialog.set_backup_folder(other)
    assert dialog.backup_folder.text() == str(other) and dialog.default_backup_folder_button.isVisible()
    dialog._tell_next_start = lambda: None
    assert dialog.save()

    assert config.backup_folder() == other
    backup = start_of_day_backup(desk.store)
    assert backup is not None and backup.parent == other


def test_back_to_the_default_folder(open_dialog, desk, db_path, tmp_path):
    config.save_machine_setting(config.BACKUP_FOLDER_SETTING, str(tmp_path / "elsewhere"))
    dialog = open_dialog("ar", lambda: SettingsDialog(desk))
    assert dialog.backup_folder.text() == str(tmp_path / "elsewhere")
    dialog.default_backup_folder_button.click()
    assert dialog.backup_folder.text() == str(db_path.parent / "backups")
    dialog._tell_next_start = lambda: None
    assert dialog.save()
    assert config.backup_folder() is None
    assert desk.store.backup_folder == db_path.parent / "backups"
