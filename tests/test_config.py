from __future__ import annotations

from app import config


def test_the_saved_language_is_used_unless_overridden(monkeypatch):
    assert config.language() == "fa"
    config.save_machine_setting("lang", "ar")
    assert config.language() == "ar"
    assert config.language("en") == "en"
    monkeypatch.setenv("KHEDMAT_LANG", "en")
    assert config.language() == "en"


def test_a_damaged_settings_file_means_defaults(tmp_path):
    path = config.machine_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert config.language() == "fa"
    config.save_machine_setting("lang", "ar")
    assert config.machine_settings() == {"lang": "ar"}
