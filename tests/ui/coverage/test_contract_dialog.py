"""A manager signs, renews and cancels maintenance contracts from the Contracts tab and the
customer window; a job on a covered unit uses a visit the contract window shows; a clerk
reads contracts and changes none."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.contracts import ContractStatus
from app.domain.kinds import Role
from app.services.contracts import ContractInput, contracts_of, create_contract, get_contract
from app.services.desk import Actor, Desk
from app.services.tickets import TicketInput, open_ticket
from app.ui.coverage.contract_dialog import ContractDialog
from tests.services.helpers import customer, unit
from tests.ui.conftest import answer_next_box, double_click, type_text


def press_accept(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def press_reject(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()


def signed_contract(desk: Desk, visits: int | None = 4):
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2020, 1, 1), months=12)
    contract = create_contract(desk, ContractInput(
        customer_id=owner.id, start_date=date(2025, 1, 1), end_date=date(2025, 12, 31), asset_ids=[device.id],
        visits_included=visits, price=Decimal("40000000"), parts_included=True))
    return owner, device, contract


def fill_terms(dialog: ContractDialog) -> None:
    terms = dialog.terms
    terms.start.set_value(date(2025, 6, 1))
    terms.end.set_value(date(2026, 5, 31))
    terms.price.setText("40000000")
    terms.visits.setValue(4)
    terms.units.item(0).setCheckState(Qt.CheckState.Checked)


def test_a_manager_signs_a_new_contract_from_the_contracts_tab(open_window, qtbot):
    window, desk = open_window("fa")
    owner = customer(desk)
    device = unit(desk, owner)
    window.tabs.setCurrentWidget(window.contracts)
    assert window.contract_actions.new_action.isVisible()
    dialog = window.contract_actions.new()
    assert dialog.terms.customer_picker.isVisible() and dialog.terms.units.count() == 0
    type_text(dialog.terms.customer_picker.search, "رضایی")
    dialog.terms.customer_picker.find()
    assert dialog.terms.customer_picker.results.currentIndex() == -1, "no customer is chosen for the manager"
    dialog.terms.customer_picker.results.setCurrentIndex(0)
    dialog.terms.customer_picker.results.activated.emit(0)
    assert dialog.terms.units.count() == 1
    fill_terms(dialog)
    assert dialog.save(draft=False) is False and dialog.terms.errors.text("parts_included"), \
        "whether parts are included is never chosen for the manager"
    dialog.terms.parts.setCurrentIndex(1)
    assert dialog.save(draft=False) is True
    (saved,) = contracts_of(desk, owner.id)
    assert (saved.asset_ids, saved.price, saved.visits_included, saved.parts_included, saved.status) == (
        (device.id,), Decimal("40000000"), 4, False, ContractStatus.ACTIVE)
    assert not dialog.save_signed_button.isVisible() and dialog.renew_button.isVisible()
    qtbot.waitUntil(lambda: window.contracts.model.rowCount() == 1)
    dialog.done(0)
    window.contracts.view.setCurrentIndex(window.contracts.model.index(0, 0))
    double_click(window.contracts.view, window.contracts.model.index(0, 0))
    assert ("contract", saved.id) in window._open_records, "a double-click opens the contract's window"


def test_a_new_contract_from_the_customer_window_is_for_that_customer_and_can_stay_a_draft(open_window, qtbot):
    window, desk = open_window("fa")
    owner = customer(desk)
    unit(desk, owner)
    shown = window.open_customer(owner.id)
    shown.tabs.setCurrentWidget(shown.contracts_page)
    assert shown.new_contract_button.isVisible()
    shown.new_contract_button.click()
    (dialog,) = window.findChildren(ContractDialog)
    assert not dialog.terms.customer_picker.isVisible() and owner.name in dialog.terms.customer_label.text()
    fill_terms(dialog)
    dialog.terms.parts.setCurrentIndex(0)
    assert dialog.save(draft=True) is True
    (saved,) = contracts_of(desk, owner.id)
    assert saved.status is ContractStatus.DRAFT and dialog.sign_button.isVisible()
    qtbot.waitUntil(lambda: shown.contracts_model.rowCount() == 1)


def test_a_job_on_a_covered_unit_shows_as_a_used_visit_in_the_contract_window(open_window):
    window, desk = open_window("fa")
    owner, device, contract = signed_contract(desk, visits=4)
    ticket = open_ticket(desk, TicketInput(fault="آب نمی‌گیرد", customer_id=owner.id, asset_id=device.id))
    dialog = window.open_contract(contract.id)
    assert dialog.visits.model.rowCount() == 1
    assert dialog.visits.model.row_at(0).ticket_number == ticket.number
    assert "۱" in dialog.visits.summary.text() and "۳" in dialog.visits.summary.text()  # 1 of 4 used, 3 left
    assert window.open_contract(contract.id) is dialog, "one window per contract"


def test_renewing_asks_then_opens_the_draft_renewal(open_window):
    window, desk = open_window("fa")
    owner, _device, contract = signed_contract(desk)
    dialog = window.open_contract(contract.id)
    seen: list[str] = []
    answer_next_box(seen, press_accept)
    renewal = dialog.renew()
    assert renewal is not None
    assert desk.locale.date(date(2026, 1, 1)) in seen[0] and desk.locale.date(date(2026, 12, 31)) in seen[0]
    assert renewal.status is ContractStatus.DRAFT and renewal.start_date == date(2026, 1, 1)
    assert ("contract", renewal.id) in window._open_records
    assert len(contracts_of(desk, owner.id)) == 2


def test_cancelling_asks_for_a_reason_and_a_confirmation(open_window):
    window, desk = open_window("fa")
    _owner, _device, contract = signed_contract(desk)
    dialog = window.open_contract(contract.id)
    form = dialog.cancel_contract()
    assert form.since.value() == desk.today(), "today is shown for the manager to keep or change"
    assert form.save() is False and form.errors.text("reason")
    type_text(form.reason, "فروش دستگاه")
    seen: list[str] = []
    answer_next_box(seen, press_reject)
    assert form.save() is False
    assert get_contract(desk, contract.id).status is ContractStatus.ACTIVE
    answer_next_box(seen, press_accept)
    assert form.save() is True
    cancelled = get_contract(desk, contract.id)
    assert (cancelled.status, cancelled.cancel_reason) == (ContractStatus.CANCELLED, "فروش دستگاه")
    assert not dialog.cancel_button.isVisible() and not dialog.save_button.isVisible()


def test_a_clerk_reads_a_contract_and_changes_nothing(open_dialog, desk):
    _owner, _device, contract = signed_contract(desk)
    clerk = Desk(desk.store, Actor(desk.actor.id, "sara", Role.CLERK), desk.locale, desk.today)
    dialog = open_dialog("fa", lambda: ContractDialog(clerk, contract.id))
    assert not any(button.isVisible() for button in dialog.manager_buttons)
    assert not dialog.visits.record_button.isVisible() and not dialog.terms.price.isEnabled()


def test_intake_uses_the_last_visit_then_says_the_visits_are_used_up_and_the_job_is_paid(open_window, qtbot):
    from PySide6.QtCore import QCoreApplication

    from app.services.tickets import get_ticket
    from app.services.units import lookup_coverage

    window, desk = open_window("fa")
    _owner, device, contract = signed_contract(desk, visits=1)
    opened: list[int] = []
    for count in (1, 2):
        intake = window.new_ticket()
        intake.ticket_opened.connect(opened.append)
        qtbot.keyClicks(intake.serial, device.serial)
        intake.look_up_serial()
        banner = intake.banner.text()
        type_text(intake.fault, "صدا می‌دهد")
        intake.save()
        intake.done(0)
        qtbot.waitUntil(lambda count=count: len(opened) == count)
    first, second = (get_ticket(desk, ticket_id) for ticket_id in opened)
    assert first.contract_id == contract.id and second.contract_id is None
    used_up = lookup_coverage(desk, device.serial).coverage.describe(QCoreApplication.translate, desk.locale.date)
    assert banner.splitlines()[0] == used_up, "the second intake's banner says the visits are used up"
    dialog = window.open_contract(contract.id)
    assert [v.ticket_number for v in dialog.visits.model.rows] == [first.number]
