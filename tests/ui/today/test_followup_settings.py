"""The follow-up rules and complaint categories, on the Settings dialog's own tab."""
from __future__ import annotations

from app.domain.kinds import Role
from app.services.company import company_settings
from app.services.desk import Actor, Desk, vouch
from app.ui.admin.settings_dialog import SettingsDialog


def as_role(desk: Desk, role: Role) -> Desk:
    return Desk(desk.store, vouch(Actor(desk.actor.id, role.value, role)), desk.locale, desk.today)


def test_a_manager_sets_the_follow_up_rules_and_categories(open_dialog, desk):
    dialog = open_dialog("fa", lambda: SettingsDialog(as_role(desk, Role.MANAGER)))
    dialog.tabs.setCurrentWidget(dialog.followups_tab)
    assert (dialog.followup_after_days.value(), dialog.followup_share.value(),
            dialog.followup_attempts.value()) == (3, 100, 3)
    assert dialog.followup_attempts.minimum() == 1  # a call is tried at least once
    dialog.followup_after_days.setValue(5)
    dialog.followup_share.setValue(30)
    dialog.followup_attempts.setValue(4)
    dialog.complaint_categories.setPlainText("تأخیر\nبرخورد")
    dialog._tell_next_start = lambda: None
    assert dialog.save()
    saved = company_settings(desk)
    assert (saved.followup_after_days, saved.followup_share, saved.followup_attempts) == (5, 30, 4)
    assert saved.categories_of_complaints() == ["تأخیر", "برخورد"]


def test_a_clerk_sees_the_rules_but_cannot_change_them(open_dialog, desk):
    dialog = open_dialog("fa", lambda: SettingsDialog(as_role(desk, Role.CLERK)))
    assert not dialog.followup_share.isEnabled() and not dialog.complaint_categories.isEnabled()
