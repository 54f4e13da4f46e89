"""PNG renderings of the printed documents in Persian and Arabic, for the README and for review.

    uv run python docs/make_documents.py [fa] [ar]

Each language gets a fresh demo database in a temporary folder (nothing touches the user's
data), the company details of a demo service desk with a logo, and:
- jobcard-<lang>.png: a job card on A4 with the workshop copy below the cut line;
- receipt-<lang>.png: the delivery receipt (A5) of a delivered job with parts and labour
  and a periodic service plan.
The PDFs are made by app.documents exactly as `khedmat jobcard` / `khedmat receipt` make
them and turned into PNG with poppler's pdftoppm (80 dpi, first page).
- report-<lang>-<page>.png: every page of the monthly report of the month just finished, as
  `khedmat report monthly` makes it; report-empty-<lang>-<page>.png: a month with no jobs.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

from app.documents.job_card import write_job_card  # noqa: E402
from app.documents.receipt import write_receipt  # noqa: E402
from app.domain.workflow import TicketStatus  # noqa: E402
from app.i18n import Catalogue  # noqa: E402
from app.locale.display import Locale  # noqa: E402
from app.reports.month import month_just_finished  # noqa: E402
from app.services.company import company_settings, save_company_settings  # noqa: E402
from app.services.demo import fill_demo  # noqa: E402
from app.services.desk import Desk, open_desk  # noqa: E402
from app.services.listing import TICKETS  # noqa: E402
from app.services.tickets import TicketRecord, get_ticket, next_service_due  # noqa: E402
from app.store import open_store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
COMPANY = {
    "fa": dict(name="خدمات فنی البرز", address="تهران، خیابان آزادی، نبش کوچه ۱۲، پلاک ۴۵",
               phone="021-66001122",
               terms="دستگاه‌هایی که تا ۹۰ روز پس از اعلام آماده بودن تحویل گرفته نشوند، با مسئولیت مالک "
                     "نگهداری می‌شوند. هزینه عیب‌یابی در صورت انصراف مشتری دریافت می‌شود."),
    "ar": dict(name="مركز الخليج للصيانة", address="الرياض، حي العليا، شارع التحلية ١٢",
               phone="011 456 7890",
               terms="الأجهزة التي لا تُستلم خلال ٩٠ يومًا من إبلاغ العميل بجاهزيتها تُحفظ على مسؤولية مالكها. "
                     "تُحتسب رسوم الفحص عند إلغاء الطلب."),
}


def draw_logo(path: Path) -> Path:
    """A plain emblem (a ring and a bar on blue) standing in for a company's logo."""
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1565c0"))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    painter.setPen(QPen(QColor("white"), 26))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(62, 62, 132, 132))
    painter.drawLine(150, 150, 214, 214)
    painter.end()
    image.save(str(path), "PNG")
    return path


def delivered_on(ticket: TicketRecord, desk: Desk):
    return ticket.delivered_at.astimezone(desk.locale.timezone).date()


def pick(desk: Desk) -> tuple[str, str]:
    """(a ticket just received, a delivered job with parts and labour and a service plan)."""
    records = [get_ticket(desk, row.id) for row in TICKETS.page(desk, "", 0, 400)]
    received = next(r for r in records if r.status is TicketStatus.RECEIVED and r.serial)
    delivered = next(r for r in records if r.delivered_at and len(r.lines) >= 2 and r.totals.due > 0
                     and next_service_due(desk, r, delivered_on(r, desk)) is not None)
    return received.number, delivered.number


def report_pages(desk: Desk, year: int, month: int, folder: Path, name: str, translate) -> None:
    """Every page of the month's report as <name>-<page>.png (the old pages of that name removed)."""
    from app.reports.monthly import monthly_report
    from app.reports.pdf import write_report_pdf

    for old in OUT.glob(f"{name}-*.png"):
        old.unlink()
    pdf = write_report_pdf(desk, monthly_report(desk, year, month, desk.locale.calendar), folder / f"{name}.pdf",
                           translate)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(OUT / name)], check=True)
    for page in sorted(OUT.glob(f"{name}-*.png")):
        print("wrote", page)


def to_png(pdf: Path, name: str) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / name)], check=True)
    print("wrote", OUT / f"{name}.png")


def render(lang: str) -> None:
    with tempfile.TemporaryDirectory(prefix=f"khedmat-documents-{lang}-") as tmp:
        folder = Path(tmp)
        store = open_store(f"sqlite:///{folder / 'demo.db'}")
        try:
            desk = open_desk(store, Locale.for_language(lang))
            fill_demo(desk, customers=300, seed=3)
            settings = company_settings(desk)
            logo = draw_logo(folder / "logo.png")
            save_company_settings(desk, replace(settings, **COMPANY[lang], logo_path=str(logo), page_size="A4",
                                                workshop_copy="same_page"), settings.version_token)
            card, receipt = pick(desk)
            translate = Catalogue.load(lang).translate
            to_png(write_job_card(desk, card, folder / "jobcard.pdf", translate), f"jobcard-{lang}")
            to_png(write_receipt(desk, receipt, folder / "receipt.pdf", translate, "A5"), f"receipt-{lang}")
            year, month = month_just_finished(desk.today(), desk.locale.calendar)
            report_pages(desk, year, month, folder, f"report-{lang}", translate)
            report_pages(desk, year - 5, month, folder, f"report-empty-{lang}", translate)
        finally:
            store.close()


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])  # the logo is painted with Qt
    OUT.mkdir(parents=True, exist_ok=True)
    for language in sys.argv[1:] or ["fa", "ar"]:
        render(language)
