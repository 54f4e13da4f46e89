"""Screenshots of the main screens in Persian and Arabic, for the README and for review.

    uv run python docs/make_screenshots.py

Each language gets a fresh demo database in a temporary folder; nothing touches the user's data.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QWidget  # noqa: E402

from app.config import data_dir  # noqa: E402
from app.domain.kinds import PaymentMethod, Role  # noqa: E402
from app.domain.workflow import TicketStatus  # noqa: E402
from app.errors import DatabaseDamaged  # noqa: E402
from app.i18n import Catalogue  # noqa: E402
from app.locale.display import Locale  # noqa: E402
from app.services.backups import backup_now  # noqa: E402
from app.services.demo import fill_demo  # noqa: E402
from app.services.desk import open_desk  # noqa: E402
from app.services.listing import CUSTOMERS, TICKETS  # noqa: E402
from app.services.payments import PaymentInput  # noqa: E402
from app.services.tickets import get_ticket, move_ticket  # noqa: E402
from app.services.units import find_asset  # noqa: E402
from app.store import open_store  # noqa: E402
from app.store.backup import list_backups  # noqa: E402
from app.ui.app import prepare_application  # noqa: E402
from app.ui.customers.merge_dialog import MergeDialog  # noqa: E402
from app.ui.customers.transfer_dialog import TransferDialog  # noqa: E402
from app.ui.damaged import damaged_box  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.models.record_table import RecordTableModel  # noqa: E402
from app.ui.tickets.payment_dialog import PaymentDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 760)


def grab(widget: QWidget, name: str) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def answer_yes(parent: QWidget) -> None:
    """Say yes to the next question `parent` asks (its message box waits for a click)."""
    def click() -> None:
        box = next((b for b in parent.findChildren(QMessageBox) if b.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, click)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, click)


def legacy_workbook(lang: str, folder: Path) -> Path:
    """A hand-kept log as units bring them: the shared Persian sample, or an Arabic one written here."""
    if lang != "ar":
        return ROOT / "tests" / "importing" / "fixtures" / "legacy_sample_fa.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "سجل الصيانة"
    sheet.sheet_view.rightToLeft = True
    for row in [
        ["سجل صيانة فرع الرياض ١٤٤٥"],
        [],
        ["م", "اسم العميل", "جوال العميل", "المدينة", "الجهاز", "الماركة", "الرقم التسلسلي", "تاريخ الشراء",
         "الضمان", "التاريخ", "العطل", "اسم الفني", "الحالة", "تاريخ التسليم", "المبلغ", "ملاحظات"],
        [1, "محمد العتيبي", "0501234567", "الرياض", "ثلاجة", "سامسونج", "RF-2231", "1445/01/10", "سنة",
         "15/03/2024", "لا تبرد", "خالد الفني", "مغلق", "20/03/2024", "١٢٠ ر.س", ""],
        [2, "سارة القحطاني", "٠٥٥١٢٣٤٥٦٧", "جدة", "غسالة", "إل جي", "WM-7781", date(2023, 5, 1), "24",
         "16/03/2024", "تسريب ماء", "خالد الفني", "قيد الإصلاح", "", 150, "الرف ٣"],
        [3, "محمد العتيبى", "+966 50 123 4567", "الرياض", "مكيف", "جري", "AC-5510", "1444/11/02", "12 شهر",
         "20/03/2024", "صوت عالٍ", "فهد", "بانتظار قطع الغيار", "", "١٢٠ ألف ريال", ""],
        [4, "خالد", "5012345", "الدمام", "فرن", "بيكو", "OV-1200", "", "", "21/03/2024", "لا يسخن", "", "جاهز", "",
         "", ""],
        [5, "نورة الشهري", "0569876543", "", "مكنسة", "فيليبس", "VC-3300", "1445/13/40", "", "", "", "", "", "",
         "", ""],
        [],
        ["", "المجموع", "", "", "", "", "", "", "", "", "", 270, ""],
    ]:
        sheet.append(row)
    path = folder / "سجل-الصيانة.xlsx"
    book.save(path)
    return path


def shoot(lang: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix=f"khedmat-shots-{lang}-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    store = open_store(f"sqlite:///{folder / 'demo.db'}")
    desk = open_desk(store, Locale.for_language(lang))
    fill_demo(desk, customers=400, seed=3)
    app, languages = prepare_application(Catalogue.load(lang))
    window = MainWindow(desk)
    window.resize(*SIZE)
    window.show()
    grab(window, f"today-{lang}")
    window.today.per_kind = 5  # as a network with thousands due looks: each kind cut, the counts whole
    window.today.apply_filter()
    grab(window, f"today-long-{lang}")
    del window.today.per_kind
    window.today.apply_filter()
    window.tabs.setCurrentWidget(window.tickets)
    grab(window, f"main-{lang}")
    for opened, name in ((window.open_periodic_service, "periodic"), (window.open_returns, "returns")):
        dialog = opened()
        dialog.resize(1100, 600)
        grab(dialog, f"{name}-{lang}")
        dialog.close()
    window.tabs.setCurrentWidget(window.followups)
    grab(window, f"followups-{lang}")
    window.tabs.setCurrentWidget(window.tickets)

    intake = window.new_ticket()
    intake.resize(900, 760)
    grab(intake, f"intake-{lang}")
    intake.promised_date.open_popup()
    grab(intake.promised_date.popup(), f"calendar-{lang}")
    intake.promised_date.popup().close()
    # A serial nobody registered: no product, no purchase date, coverage unknown until given.
    intake.serial.setText("NEW-4471")
    intake.look_up_serial()
    intake.purchase_date.line.setText("1405/12/31" if lang == "fa" else "1447/13/01")
    intake.purchase_date.commit()
    intake.save()
    grab(intake, f"intake-new-unit-{lang}")
    intake.done(0)

    at_work = (TicketStatus.IN_REPAIR, TicketStatus.WAITING_PARTS, TicketStatus.DIAGNOSING)
    busy = min((r for r in TICKETS.page(desk, "", 0, 1000) if r.status in at_work),
               key=lambda r: at_work.index(r.status))
    ticket = window.open_ticket(busy.id)
    ticket.resize(1000, 780)
    grab(ticket, f"ticket-{lang}")
    ticket.close()
    # An estimate the customer has not answered yet: the amount in the user's digits.
    waiting = next(r for r in TICKETS.page(desk, "", 0, 500) if r.status is TicketStatus.AWAITING_APPROVAL)
    ticket = window.open_ticket(waiting.id)
    ticket.resize(1000, 780)
    grab(ticket, f"ticket-estimate-{lang}")
    ticket.close()

    # Delivery of a paid job: what is due, part of it paid now, the rest left owed.
    ready = next(r for r in (get_ticket(desk, row.id) for row in TICKETS.page(desk, "", 0, 500)
                             if row.status is TicketStatus.READY) if r.owed > 0 and not r.above_estimate)
    ticket = window.open_ticket(ready.id)
    delivery = PaymentDialog(desk, ticket.record, True, lambda payment, errors: False, ticket)
    delivery.show()
    delivery.paid.setText(desk.locale.money(ready.owed / 2))
    delivery.method.setCurrentIndex(delivery.method.findData(PaymentMethod.CASH.value))
    grab(delivery, f"delivery-{lang}")
    delivery.close()
    ticket.close()
    move_ticket(desk, ready.id, ready.version, TicketStatus.DELIVERED,
                payment=PaymentInput(ready.owed / 2, PaymentMethod.CASH))
    ticket = window.open_ticket(ready.id)
    ticket.resize(1000, 780)
    grab(ticket, f"ticket-owed-{lang}")
    ticket.close()

    customer = window.open_customer(busy.customer_id)
    customer.resize(1000, 700)
    grab(customer, f"customer-{lang}")
    customer.close()

    # --- Issue 11, corrections: merging two customers (the dialog, before the merge is confirmed).
    other = next(r for r in CUSTOMERS.page(desk, "", 0, 50) if r.id != busy.customer_id)
    merge = MergeDialog(desk, busy.customer_id, window)
    merge.show()
    merge.search.setText(other.name)
    merge.find()
    merge.matches.setCurrentRow(0)
    grab(merge, f"merge-{lang}")
    merge.reject()
    # --- end of issue 11's block.

    settings = window.open_settings()
    settings.resize(760, 640)
    grab(settings, f"settings-{lang}")
    settings.tabs.setCurrentWidget(settings.documents_tab)
    grab(settings, f"settings-documents-{lang}")
    settings.tabs.setCurrentWidget(settings.workshop_panel)
    for holiday in (date(2026, 3, 21), date(2026, 3, 22)) if lang == "fa" else (date(2026, 3, 20), date(2026, 9, 23)):
        settings.workshop_panel.day.set_value(holiday)
        settings.workshop_panel.add_holiday()
    grab(settings, f"settings-workshop-{lang}")
    settings.close()

    # --- Issue 12, backups: the question a damaged database asks at start.
    shoot_damaged(desk, lang, folder)
    # --- end of issue 12's block.

    parts = window.open_parts()
    parts.resize(900, 640)
    parts.load(parts.proxy.index(0, 0).data(RecordTableModel.RowRole))
    grab(parts, f"parts-{lang}")
    # -- Issue 12, stock: counting a part again, and the movements that make its stock.
    count = parts.change_stock(counting=True)
    count.quantity.setValue(max(parts.editing.stock - 1, 0))
    count.note.setText("یکی در انبار شکسته بود" if lang == "fa" else "واحدة مكسورة في المستودع")
    grab(count, f"parts-count-{lang}")
    count.save()
    movements = parts.show_movements()
    grab(movements, f"parts-movements-{lang}")
    movements.close()
    parts.close()
    # -- Issue 12, accounts: the administrator's staff screen.
    staff = window.open_staff()
    staff.username.setText("sara")
    staff.full_name.setText("سارا رضایی" if lang == "fa" else "سارة القحطاني")
    staff.password.setText("qahve-ba-shir-2")
    staff.add()
    staff.username.setText("hasan")
    staff.full_name.setText("حسن کریمی" if lang == "fa" else "حسن الزهراني")
    staff.role.setCurrentIndex(staff.role.findData(Role.TECHNICIAN))
    staff.add()
    grab(staff, f"staff-{lang}")
    staff.close()
    # -- end of issue 12's stock and accounts.

    # -- Units and products (issue 11, corrections): the unit window, a transfer, the catalogue.
    with_unit = next(r for r in TICKETS.page(desk, "", 0, 500) if r.serial)
    unit_window = window.open_unit(find_asset(desk, with_unit.serial).id)
    unit_window.resize(1100, 560)
    grab(unit_window, f"unit-{lang}")
    # -- Issue 13, warranties: a manager voids the unit's warranty, with a reason and a note.
    void = unit_window.void_warranty()
    if void is not None:
        void.reason.setCurrentIndex(0)
        void.note.setText("پیچ‌های درب باز شده" if lang == "fa" else "براغي الغطاء مفتوحة")
        grab(void, f"warranty-void-{lang}")
        void.done(0)
    transfer = TransferDialog(desk, unit_window.record, unit_window)
    transfer.show()
    transfer.search.setText(unit_window.record.customer_name.split()[0])
    transfer.find()
    grab(transfer, f"unit-transfer-{lang}")
    transfer.done(0)
    unit_window.close()
    products = window.open_products()
    products.resize(900, 640)
    grab(products, f"products-{lang}")
    products.close()
    # -- end of units and products.

    # -- Issue 13, contracts: the contract window with its visits, and the contracts list.
    shoot_contract(window, desk, lang)
    # -- Follow-ups and complaints (issue 13): a call tried once already, and a complaint being closed.
    shoot_followup_and_complaint(window, desk, lang)
    # -- end of follow-ups and complaints.

    # -- The audit trail (issue 12): a correction made above, read by a manager.
    audit = window.open_audit()
    audit.resize(1100, 600)
    grab(audit, f"audit-{lang}")
    audit.close()

    wizard = window.import_legacy()
    wizard.resize(1100, 720)
    wizard.set_file(legacy_workbook(lang, folder))
    grab(wizard, f"import-preview-{lang}")
    wizard.dry_run()
    grab(wizard, f"import-check-{lang}")
    answer_yes(wizard)
    wizard.import_now()
    grab(wizard, f"import-summary-{lang}")
    wizard.accept()

    # -- Export to Excel (issue 11): the button beside the list's filters, and the workbook --
    shoot_list_export(window, lang, folder)

    # -- Print list… (issue 11): the tickets list printed as filtered, first A4 landscape page --
    shoot_list_print(window, lang)
    # -- end of Print list.

    window.close()
    languages.uninstall()
    store.close()


def shoot_contract(window: MainWindow, desk, lang: str) -> None:
    """The demo's running contract with the most visits recorded, in its window; the Contracts tab."""
    from app.domain.contracts import ContractStatus
    from app.services.listing import CONTRACTS

    rows = [r for r in CONTRACTS.page(desk, "", 0, 500) if r.status is ContractStatus.ACTIVE]
    chosen = max(rows, key=lambda r: (r.visits_used, r.id))
    contract_window = window.open_contract(chosen.id)
    contract_window.resize(1180, 660)
    grab(contract_window, f"contract-{lang}")
    contract_window.close()
    window.tabs.setCurrentWidget(window.contracts)
    grab(window, f"contracts-{lang}")
    window.tabs.setCurrentWidget(window.tickets)


def shoot_followup_and_complaint(window: MainWindow, desk, lang: str) -> None:
    from datetime import timedelta

    from app.domain.kinds import Channel, FollowUpOutcome
    from app.services.complaints import ComplaintInput, answer_complaint, open_complaint
    from app.services.followups import AttemptInput, record_attempt
    from app.services.listing import FOLLOWUPS, FollowUpState
    from app.ui.today.complaint_dialog import ComplaintDialog
    from app.ui.today.followup_dialog import FollowUpDialog

    fa = lang == "fa"
    row = next(r for r in FOLLOWUPS.page(desk, "", 0, 50, filters={"state": FollowUpState.OPEN.value})
               if r.ticket_id is not None)
    record_attempt(desk, row.id, row.version, AttemptInput(
        FollowUpOutcome.NO_ANSWER, call_back_on=desk.today() + timedelta(days=1),
        note="خاموش بود" if fa else "الجوال مغلق"))
    row = next(r for r in FOLLOWUPS.page(desk, "", 0, 200, filters={"state": FollowUpState.OPEN.value})
               if r.id == row.id)
    call = FollowUpDialog(desk, row, window)
    call.show()
    call.outcome.setCurrentIndex(call.outcome.findData(FollowUpOutcome.REACHED.value))
    call.csat.setValue(2)
    call.nps.setValue(4)
    call.comment.setPlainText("باز هم موقع آبگیری صدا می‌دهد" if fa else "ما زال يصدر صوتًا عند تعبئة الماء")
    call.problem_persists.setChecked(True)
    grab(call, f"followup-{lang}")
    call.done(0)
    complaint = open_complaint(desk, ComplaintInput(
        row.customer_id, Channel.PHONE, "زمان انتظار" if fa else "مدة الانتظار",
        "قرار بود دستگاه دو روزه آماده شود؛ یک هفته گذشته است." if fa
        else "وعدوني بتجهيز الجهاز خلال يومين، ومضى أسبوع.", ticket_id=row.ticket_id))
    answer_complaint(desk, complaint.id, complaint.version, "قطعه سفارش داده شد و تا پنجشنبه می‌رسد." if fa
                     else "طُلبت القطعة وتصل يوم الخميس.")
    dialog = ComplaintDialog(desk, row.customer_id, complaint.id, parent=window)
    dialog.show()
    dialog.root_cause.setPlainText("قطعهٔ پرمصرف در انبار نبود." if fa else "قطعة كثيرة الطلب لم تكن في المخزن.")
    dialog.action_required.setPlainText("حداقل موجودی پمپ تخلیه به ۵ برسد." if fa
                                        else "رفع الحد الأدنى لمخزون مضخة التصريف إلى ٥.")
    grab(dialog, f"complaint-{lang}")
    dialog.done(0)


def shoot_damaged(desk, lang: str, folder: Path) -> None:
    """The question a damaged database asks at start, naming a real backup of the demo."""
    backup = backup_now(desk.store, "import")
    (latest,) = list_backups(folder / "demo.db", folder / "backups")
    damaged = DatabaseDamaged("{where} is not a Khedmat database or it is damaged. Restore it from a backup.",
                              where=str(folder / "demo.db"))
    box, _restore = damaged_box(damaged, latest, desk.locale)
    box.show()
    grab(box, f"damaged-database-{lang}")
    box.close()
    assert latest.path == backup


def shoot_list_export(window: MainWindow, lang: str, folder: Path) -> Path:
    """The tickets list with its Export to Excel… button, then that list exported as a
    workbook (kept in the temporary folder, to open or convert with LibreOffice)."""
    window.tabs.setCurrentWidget(window.tickets)
    grab(window, f"list-export-{lang}")
    out = folder / f"tickets-{lang}.xlsx"
    window.list_export.ask_path = lambda suggested: out
    window.list_export.tell_saved = lambda path, count: print("wrote", path, count, "rows")
    window.export_list()
    return out


def shoot_list_print(window: MainWindow, lang: str) -> None:
    """The closed jobs of the tickets list as Print list… makes them (the print dialog is
    closed unanswered; the PDF stays in the print folder), its first page turned into PNG."""
    bar = window.tickets.bar
    bar.status.setCurrentIndex(bar.status.findData(TicketStatus.CLOSED.value))
    window.tabs.setCurrentWidget(window.tickets)
    window.list_printing.ask = lambda parent, printer: False
    window.print_list()
    [pdf] = (data_dir() / "print").glob("*.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / f"list-print-{lang}")],
                   check=True)
    print("wrote", OUT / f"list-print-{lang}.png")
    pdf.unlink()
    bar.status.setCurrentIndex(0)


# -- First run (issue 11): the shop's details and how to begin, over the empty desk ---------

def shoot_starting(lang: str) -> None:
    """The window's frame as the desk starts, before anything is read, a number being typed."""
    from app.ui.desk_frame import DeskFrame

    folder = Path(tempfile.mkdtemp(prefix=f"khedmat-starting-{lang}-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    app, languages = prepare_application(Catalogue.load(lang))
    frame = DeskFrame()
    frame.resize(*SIZE)
    frame.show()
    frame.search.setFocus()
    frame.search.setText("0912")
    grab(frame, f"starting-{lang}")
    frame.close()
    languages.uninstall()


def shoot_crash(lang: str) -> None:
    """The window an unexpected error opens, its details shown."""
    from app.ui.crash_dialog import CrashDialog, problem_details

    folder = Path(tempfile.mkdtemp(prefix=f"khedmat-crash-{lang}-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    app, languages = prepare_application(Catalogue.load(lang))
    try:
        {}["unit"]
    except KeyError as error:
        details = problem_details(type(error), error, error.__traceback__, "a slot of the tickets list")
    dialog = CrashDialog(details)
    dialog.show()
    grab(dialog, f"crash-{lang}")
    dialog.show_button.setChecked(True)
    dialog.resize(760, 520)
    grab(dialog, f"crash-details-{lang}")
    dialog.close()
    languages.uninstall()


def shoot_sign_in(lang: str) -> None:
    """Signing in before the window, on a database whose administrator has a password."""
    from app.services.accounts import set_password
    from app.ui.admin.sign_in import SignInDialog

    folder = Path(tempfile.mkdtemp(prefix=f"khedmat-sign-in-{lang}-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    store = open_store(f"sqlite:///{folder / 'shop.db'}")
    desk = open_desk(store, Locale.for_language(lang))
    set_password(desk, "admin", "zard-e-zafaran-7")
    app, languages = prepare_application(Catalogue.load(lang))
    dialog = SignInDialog(store, Catalogue.load(lang))
    dialog.show()
    dialog.username.setText("admin")
    dialog.password.setText("not-the-one")
    dialog.try_sign_in()
    grab(dialog, f"sign-in-{lang}")
    dialog.close()
    languages.uninstall()
    store.close()


def shoot_first_run(lang: str) -> None:
    """A new database: the first-run dialog as it opens, and with the required name left out."""
    from app.ui.admin.first_run import Beginning, offer_first_run

    folder = Path(tempfile.mkdtemp(prefix=f"khedmat-first-run-{lang}-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    store = open_store(f"sqlite:///{folder / 'new.db'}")
    desk = open_desk(store, Locale.for_language(lang))
    app, languages = prepare_application(Catalogue.load(lang))
    window = MainWindow(desk)
    window.resize(*SIZE)
    window.show()
    dialog = offer_first_run(window)
    grab(dialog, f"first-run-{lang}")
    dialog.choices[Beginning.EMPTY].click()
    grab(dialog, f"first-run-name-required-{lang}")
    dialog.done(0)
    window.close()
    languages.uninstall()
    store.close()

# -- end of first run.


# -- Monthly report (issue 14): the Reports screen with the month just finished built.

def shoot_reports(lang: str) -> None:
    """reports-<lang>.png: Tools → Monthly report… after Build, its first page in the preview."""
    from app.reports.month import month_just_finished
    from app.ui.reports.reports_dialog import ReportsDialog

    folder = Path(tempfile.mkdtemp(prefix=f"khedmat-report-shots-{lang}-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    store = open_store(f"sqlite:///{folder / 'demo.db'}")
    desk = open_desk(store, Locale.for_language(lang))
    fill_demo(desk, customers=300, seed=3)
    app, languages = prepare_application(Catalogue.load(lang))
    dialog = ReportsDialog(desk)
    dialog.resize(900, 760)
    dialog.show()
    year, month = month_just_finished(desk.today(), desk.locale.calendar)
    dialog.picker.set_month(year, month, desk.locale.calendar)
    dialog.build()
    grab(dialog, f"reports-{lang}")
    dialog.close()
    languages.uninstall()
    store.close()

# -- end of monthly report.


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for language in sys.argv[1:] or ["fa", "ar"]:
        shoot(language)
        shoot_starting(language)
        shoot_crash(language)
        shoot_first_run(language)
        shoot_sign_in(language)
        shoot_reports(language)
    print(date.today().isoformat(), "done")
