"""Job card and delivery receipt as real PDFs, read back with poppler (pdftotext, pdffonts)."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.documents import rtl_text
from app.documents.fonts import register_fonts
from app.documents.job_card import write_job_card
from app.documents.receipt import write_receipt
from app.domain.contracts import MaintenancePlan
from app.domain.kinds import LineKind
from app.errors import NotFound, ValidationError
from app.i18n import Catalogue
from app.services.company import CompanySettings, company_settings, save_company_settings
from app.services.contracts import ContractInput, create_contract
from app.services.tickets import LineInput, TicketInput, add_line, open_ticket
from tests.conftest import make_desk
from tests.services.helpers import customer, part, unit

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FAULT = {
    "fa": "دستگاه Samsung WW90T534 بعد از ۱۰ دقیقه شستشو با خطای 4C خاموش می‌شود و آب را تخلیه نمی‌کند؛ "
          "مشتری می‌گوید از ۳ ماه پیش صدای غیرعادی از پمپ شنیده و یک بار تعمیرکار محلی آن را باز کرده است.",
    "ar": "جهاز Samsung WW90T534 يتوقف بعد ١٠ دقائق من الغسيل مع رمز الخطأ 4C ولا يصرّف الماء؛ "
          "يقول العميل إنه سمع صوتًا غير طبيعي من المضخة منذ ٣ أشهر وفتحه فني محلي مرة واحدة.",
    "en": "The Samsung WW90T534 stops after 10 minutes of washing with error 4C and does not drain; the "
          "customer heard an unusual noise from the pump three months ago and a local repairer opened it once.",
}
NAME = {"fa": "علی رضایی", "ar": "محمد العتيبي", "en": "John Carter"}
MOBILE = {"fa": "09121234567", "ar": "0501234567", "en": "09121234567"}
HERE = Path(__file__).resolve().parent


def catalogue(lang: str) -> Catalogue:
    """The language's catalogue with the document labels as the translators gave them
    (labels_*.tsv; merged into translations/*.ts separately)."""
    cat = Catalogue.load(lang)
    if lang != "en":
        for row in (HERE / f"labels_{lang}.tsv").read_text(encoding="utf-8").splitlines():
            context, source, text = row.split("\t")
            cat.entries[(context, source)] = text
    return cat


def readable(text: str) -> str:
    """pdftotext's text as a reader would type it: presentation forms undone, bidi controls
    and ZWNJ dropped, whitespace made single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def words(text: str) -> str:
    """Readable text with the spaces and colons taken out: pdftotext drops or moves a space,
    and puts a label's colon after a number, where the direction changes; the characters
    otherwise come back in logical order. Vowel marks (shadda, tanween) are dropped, as the
    documents print Arabic without them (arabic-reshaper's default)."""
    text = "".join(ch for ch in readable(text) if unicodedata.category(ch) != "Mn")
    return "".join(text.replace(":", " ").split())


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def embedded_fonts(path: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


def word_boxes(path: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word pdftotext finds."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [(float(a), float(b), w) for a, b, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)]


@pytest.fixture
def job(store):
    """A desk per language and a ticket with a long mixed fault, a part and labour."""
    def build(lang: str):
        desk = make_desk(store, lang)
        owner = customer(desk, NAME[lang], MOBILE[lang])
        asset = unit(desk, owner)
        ticket = open_ticket(desk, TicketInput(
            customer_id=owner.id, asset_id=asset.id, fault=FAULT[lang], accessories="Remote, cable",
            condition="Scratch on the lid", estimate=Decimal("2500000"), promised_date=date(2025, 6, 20)))
        pump = part(desk)
        ticket = add_line(desk, ticket.id, ticket.version, LineInput(LineKind.PART, part_id=pump))
        ticket = add_line(desk, ticket.id, ticket.version,
                          LineInput(LineKind.LABOR, "Labour", unit_price=Decimal("1500000"), covered=False))
        return desk, ticket
    return build


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
@pytest.mark.parametrize("page", ["A5", "A4"])
def test_job_card_reads_back_in_logical_order_with_embedded_fonts(job, tmp_path, lang, page):
    desk, ticket = job(lang)
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue(lang).translate, page)
    text = words(pdf_text(out))
    assert desk.locale.digits(ticket.number) in text
    assert words(NAME[lang]) in text
    assert words(desk.locale.phone(ticket.customer_mobile)) in text
    # the long fault wraps over several lines and still reads in order, word for word
    assert words(FAULT[lang]) in text
    assert "SamsungWW90T534" in text
    assert words(ticket.serial) in text, "a serial keeps the Latin digits printed on the unit"
    assert words(desk.locale.date(date(2025, 6, 20))) in text
    fonts = embedded_fonts(out)
    assert fonts and all(name.endswith(("Vazirmatn-Regular", "Vazirmatn-Bold")) and emb == "yes"
                         for name, emb in fonts)


@pytest.mark.parametrize("lang", ["fa", "ar", "en"])
def test_receipt_shows_lines_totals_and_the_repair_warranty(job, tmp_path, lang):
    desk, ticket = job(lang)
    out = write_receipt(desk, ticket.number, tmp_path / "receipt.pdf", catalogue(lang).translate)
    text = words(pdf_text(out))
    totals = ticket.totals
    assert totals.due == Decimal("1500000") and totals.cost == Decimal("8000000")
    assert desk.locale.digits(ticket.number) in text
    assert words(NAME[lang]) in text
    for amount in (totals.cost, totals.covered, totals.due):
        assert words(desk.locale.money(amount, ticket.currency)) in text
    assert desk.locale.digits(90) in text
    assert all(emb == "yes" for _, emb in embedded_fonts(out))


def test_persian_labels_sit_on_the_right_and_english_on_the_left(job, tmp_path, store):
    desk, ticket = job("fa")
    fa = write_job_card(desk, ticket.number, tmp_path / "fa.pdf", catalogue("fa").translate)
    en_desk = make_desk(store, "en")
    en = write_job_card(en_desk, ticket.number, tmp_path / "en.pdf", catalogue("en").translate)
    page_width = 419.53  # A5
    fa_boxes = word_boxes(fa)
    customer_word = next(b for b in fa_boxes if "مشتری" in readable(b[2])[::-1])
    assert customer_word[1] > page_width - 40  # ends at the right margin
    en_boxes = word_boxes(en)
    label = next(b for b in en_boxes if b[2] == "Customer:")
    assert label[0] < 40  # starts at the left margin


def test_runs_of_digits_and_latin_keep_their_order_inside_rtl_lines():
    line = "موبایل: ۰۹۱۲ ۱۲۳ ۴۵۶۷ مدل WW90T534 تاریخ ۱۴۰۴/۰۳/۲۵"
    shown = rtl_text.visual(line, rtl=True)
    assert "۱۴۰۴/۰۳/۲۵" in shown and "WW90T534" in shown and "۰۹۱۲" in shown
    assert "۲۱۹۰" not in shown
    assert rtl_text.visual("Job card 2025-0001", rtl=False) == "Job card 2025-0001"


def test_wrapping_happens_in_logical_order():
    regular, _ = register_fonts()
    text = FAULT["fa"]
    lines = rtl_text.wrap(text, regular, 10, 150)
    assert len(lines) > 3
    assert " ".join(lines) == " ".join(text.split())
    assert all(rtl_text.width(line, regular, 10) <= 150 for line in lines)


def test_an_unknown_ticket_is_not_found_and_writes_nothing(desk, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotFound):
        write_job_card(desk, "1404-9999", folder / "x.pdf", catalogue("fa").translate)
    assert list(folder.iterdir()) == []


def test_a_missing_logo_refuses_and_leaves_the_old_file_alone(job, tmp_path):
    desk, ticket = job("fa")
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 10)
    settings = company_settings(desk)
    save_company_settings(desk, CompanySettings(name="خدمت", logo_path=str(logo)), settings.version_token)
    logo.unlink()
    target = tmp_path / "out" / "card.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    with pytest.raises(ValidationError):
        write_job_card(desk, ticket.number, target, catalogue("fa").translate)
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["card.pdf"]


def test_a_logo_is_drawn(job, tmp_path):
    desk, ticket = job("ar")
    logo = tmp_path / "logo.png"
    _tiny_png(logo)
    settings = company_settings(desk)
    save_company_settings(desk, CompanySettings(name="مركز الخدمة", phone="011 456 7890",
                                                   logo_path=str(logo)), settings.version_token)
    out = write_receipt(desk, ticket.number, tmp_path / "r.pdf", catalogue("ar").translate)
    assert b"/Image" in out.read_bytes() or b"/XObject" in out.read_bytes()
    assert "مركز الخدمة" in readable(pdf_text(out))


def _tiny_png(path: Path) -> Path:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x10\x60\xa0" * 8 for _ in range(8))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


# -- the command line ---------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_job_card_and_receipt(job, db_path, tmp_path, capsys):
    _, ticket = job("en")
    card, receipt = tmp_path / "card.pdf", tmp_path / "receipt.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", "jobcard", ticket.number, str(card))
    assert code == 0 and "Job card written" in out and err == ""
    code, out, _ = run(capsys, "--db", str(db_path), "--lang", "en", "receipt", ticket.number, str(receipt),
                       "--page", "A4")
    assert code == 0 and "Receipt written" in out
    assert ticket.number in readable(pdf_text(card)) and "John Carter" in readable(pdf_text(receipt))


def test_cli_accepts_the_number_in_persian_digits(job, db_path, tmp_path, capsys):
    desk, ticket = job("fa")
    card = tmp_path / "card.pdf"
    code, _, _ = run(capsys, "--db", str(db_path), "--lang", "fa", "jobcard", desk.locale.digits(ticket.number),
                     str(card))
    assert code == 0 and card.exists()


def test_cli_unknown_ticket_exits_1_without_a_file(job, db_path, tmp_path, capsys):
    job("en")
    out_file = tmp_path / "x.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", "jobcard", "2025-9999", str(out_file))
    assert code == 1 and "There is no ticket number 2025-9999" in err and out == ""
    assert not out_file.exists()


def test_cli_unwritable_path_exits_2_without_a_file(job, db_path, tmp_path, capsys):
    _, ticket = job("en")
    out_file = tmp_path / "no-such-folder" / "x.pdf"
    code, _, err = run(capsys, "--db", str(db_path), "--lang", "en", "receipt", ticket.number, str(out_file))
    assert code == 2 and "Cannot write the file" in err
    assert not out_file.parent.exists()


def test_the_qr_code_carries_the_number_the_global_search_accepts(job, tmp_path, monkeypatch):
    from app.documents import sheet as sheet_module
    from app.services.tickets import find_ticket

    desk, ticket = job("fa")
    payloads: list[str] = []
    real = sheet_module.QrCodeWidget

    def recording(value: str) -> object:
        payloads.append(value)
        return real(value)

    monkeypatch.setattr(sheet_module, "QrCodeWidget", recording)
    sheet_module._qr_modules.cache_clear()
    write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue("fa").translate)
    assert payloads == [ticket.number], "both copies carry the same code, encoded once"
    assert find_ticket(desk, payloads[0]).id == ticket.id


def test_long_terms_flow_onto_a_second_page(job, tmp_path):
    desk, ticket = job("fa")
    sentence = "دستگاه پس از ۳۰ روز از تاریخ اعلام آماده بودن مشمول هزینه انبارداری می‌شود. "
    settings = company_settings(desk)
    save_company_settings(desk, CompanySettings(name="خدمت", terms=sentence * 45), settings.version_token)
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue("fa").translate)
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 2
    text = words(pdf_text(out))
    assert text.count(words(sentence)) == 45
    assert words("امضای مشتری") in text


def test_cli_missing_logo_exits_2_without_a_file(job, db_path, tmp_path, capsys):
    desk, ticket = job("en")
    logo = _tiny_png(tmp_path / "logo.png")
    settings = company_settings(desk)
    save_company_settings(desk, CompanySettings(name="Khedmat", logo_path=str(logo)), settings.version_token)
    logo.unlink()
    out_file = tmp_path / "card.pdf"
    code, _, err = run(capsys, "--db", str(db_path), "--lang", "en", "jobcard", ticket.number, str(out_file))
    assert code == 2 and "logo file was not found" in err
    assert not out_file.exists() and not list(tmp_path.glob(".card.pdf.*"))


# -- the workshop copy, the paper size and the receipt's promises ---------------------------

def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def paper(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    size = tuple(round(float(n)) for n in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    return {(420, 595): "A5", (595, 842): "A4"}[size]


def page_words(path: Path, page: int) -> str:
    return words(subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
                                check=True, capture_output=True, text=True).stdout)


def word_tops(path: Path, word: str) -> list[float]:
    """How far from the top of the first page (yMin) pdftotext finds `word`; its boxes hold
    right-to-left words in visual order, so they are read both ways."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [float(y) for y, w in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
            if word in (readable(w), readable(w)[::-1])]


def configure(desk, **changes) -> None:
    settings = company_settings(desk)
    save_company_settings(desk, replace(settings, **changes), settings.version_token)


TERMS = "دستگاه پس از ۳۰ روز از تاریخ اعلام آماده بودن مشمول هزینه انبارداری می‌شود."


def test_the_workshop_copy_on_the_next_page_has_no_terms_and_room_for_notes(job, tmp_path):
    desk, ticket = job("fa")
    configure(desk, name="خدمات فنی البرز", terms=TERMS, workshop_copy="next_page")
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue("fa").translate)
    assert page_count(out) == 2 and paper(out) == "A5"
    customer_copy, workshop_copy = page_words(out, 1), page_words(out, 2)
    assert words(TERMS) in customer_copy and words("امضای مشتری") in customer_copy
    assert words("نسخه کارگاه") not in customer_copy
    assert words("کارت تعمیر — نسخه کارگاه") in workshop_copy
    for same in (desk.locale.digits(ticket.number), words(NAME["fa"]), words(FAULT["fa"]), words("Remote, cable"),
                 words("Scratch on the lid"), words(ticket.serial)):
        assert same in workshop_copy
    assert words("یادداشت‌های تعمیرکار") in workshop_copy
    assert words(TERMS) not in workshop_copy and words("امضای مشتری") not in workshop_copy
    assert words("خدمات فنی البرز") not in workshop_copy, "the workshop needs no letterhead"


def test_on_a4_both_copies_share_the_page_with_the_workshop_copy_below_the_cut(job, tmp_path):
    desk, ticket = job("ar")
    configure(desk, terms="تُحفظ الأجهزة غير المستلمة على مسؤولية مالكها.", workshop_copy="same_page",
              page_size="A4")
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue("ar").translate)
    assert page_count(out) == 1 and paper(out) == "A4"
    middle = 841.89 / 2
    workshop, signature, notes = word_tops(out, "الورشة"), word_tops(out, "توقيع"), word_tops(out, "الفني")
    assert workshop and all(y > middle for y in workshop + notes), "the workshop copy is in the bottom half"
    assert signature and all(y < middle for y in signature), "the customer signs in the top half"
    assert words(FAULT["ar"]) in words(pdf_text(out))


@pytest.mark.parametrize("why", ["A5 paper", "long terms"])
def test_same_page_falls_back_to_the_next_page_when_the_copies_do_not_fit(job, tmp_path, why):
    desk, ticket = job("fa")
    if why == "A5 paper":
        configure(desk, workshop_copy="same_page", page_size="A5")
    else:
        configure(desk, workshop_copy="same_page", page_size="A4", terms=TERMS * 12)
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue("fa").translate)
    assert page_count(out) == 2
    assert words("نسخه کارگاه") in page_words(out, 2) and words("نسخه کارگاه") not in page_words(out, 1)


def test_no_workshop_copy_when_the_settings_say_none(job, tmp_path):
    desk, ticket = job("en")
    configure(desk, workshop_copy="none")
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue("en").translate)
    assert page_count(out) == 1 and "workshop" not in pdf_text(out)


def test_the_paper_size_comes_from_the_settings_unless_the_command_names_one(job, db_path, tmp_path, capsys):
    desk, ticket = job("en")
    configure(desk, page_size="A4", workshop_copy="none")
    assert paper(write_receipt(desk, ticket.number, tmp_path / "r.pdf", catalogue("en").translate)) == "A4"
    card = tmp_path / "card.pdf"
    code, _, _ = run(capsys, "--db", str(db_path), "--lang", "en", "jobcard", ticket.number, str(card))
    assert code == 0 and paper(card) == "A4"
    code, _, _ = run(capsys, "--db", str(db_path), "--lang", "en", "jobcard", ticket.number, str(card), "--page", "A5")
    assert code == 0 and paper(card) == "A5"


@pytest.mark.parametrize(("lang", "said"), [
    ("fa", "یک میلیون و پانصد هزار ریال"),
    ("ar", "المبلغ كتابة: فقط مليون وخمسمائة ألف ريال سعودي لا غير"),
    ("en", "In words: one million, five hundred thousand rials"),
])
def test_the_receipt_says_the_amount_to_pay_in_words(job, tmp_path, lang, said):
    desk, ticket = job(lang)
    out = write_receipt(desk, ticket.number, tmp_path / "receipt.pdf", catalogue(lang).translate)
    assert words(said) in words(pdf_text(out))


def test_the_repair_warranty_comes_from_the_settings(job, tmp_path):
    desk, ticket = job("fa")
    configure(desk, repair_warranty_days=30)
    out = write_receipt(desk, ticket.number, tmp_path / "receipt.pdf", catalogue("fa").translate)
    text = words(pdf_text(out))
    assert words("این تعمیر ۳۰ روز") in text and words(desk.locale.date(desk.today() + timedelta(days=30))) in text
    configure(desk, repair_warranty_days=0)
    out = write_receipt(desk, ticket.number, tmp_path / "receipt.pdf", catalogue("fa").translate)
    assert words("این تعمیر") not in words(pdf_text(out)), "no promise of zero days"


def test_the_receipt_shows_the_next_periodic_service_of_the_unit_or_its_contract(store, tmp_path):
    desk = make_desk(store, "fa")
    owner = customer(desk)
    asset = unit(desk, owner, purchased=date(2020, 1, 10), months=12)  # out of warranty: the contract pays
    contract = create_contract(desk, ContractInput(customer_id=owner.id, start_date=date(2025, 1, 1),
                                                   end_date=date(2025, 12, 31), asset_ids=[asset.id]))
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=asset.id, fault="صدا می‌دهد"))
    assert ticket.contract_id == contract.id
    other = unit(desk, owner, serial="SN-2002")
    with desk.store.write() as session:
        session.add_all([
            MaintenancePlan(asset_id=asset.id, interval_months=6, next_due=date(2025, 12, 1)),
            MaintenancePlan(contract_id=contract.id, interval_months=3, next_due=date(2025, 8, 1)),
            MaintenancePlan(asset_id=asset.id, interval_months=6, next_due=date(2025, 7, 1), active=False),
            MaintenancePlan(asset_id=asset.id, interval_months=6, next_due=date(2025, 3, 1)),  # already past
            MaintenancePlan(asset_id=other.id, interval_months=6, next_due=date(2025, 6, 20)),
        ])
    out = write_receipt(desk, ticket.number, tmp_path / "receipt.pdf", catalogue("fa").translate)
    text = words(pdf_text(out))
    assert words(f"سرویس دوره‌ای بعدی: {desk.locale.date(date(2025, 8, 1))}") in text


def test_no_next_service_line_without_a_plan(job, tmp_path):
    desk, ticket = job("fa")
    out = write_receipt(desk, ticket.number, tmp_path / "receipt.pdf", catalogue("fa").translate)
    assert words("سرویس دوره‌ای بعدی") not in words(pdf_text(out))


def _truncated_png(path: Path) -> Path:
    whole = _tiny_png(path).read_bytes()
    path.write_bytes(whole[:45])  # the header and the size are there, the pixels are cut off
    return path


def test_a_damaged_logo_is_refused_before_anything_is_written(job, tmp_path):
    desk, ticket = job("fa")
    logo = _tiny_png(tmp_path / "logo.png")
    configure(desk, logo_path=str(logo))
    _truncated_png(logo)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        write_job_card(desk, ticket.number, out / "card.pdf", catalogue("fa").translate)
    assert refused.value.field == "logo"
    assert list(out.iterdir()) == []


def test_cli_damaged_logo_exits_2_with_a_clear_message(job, db_path, tmp_path, capsys):
    desk, ticket = job("en")
    logo = _tiny_png(tmp_path / "logo.png")
    configure(desk, logo_path=str(logo))
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 10)  # begins like a PNG, is none
    out_file = tmp_path / "card.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", "jobcard", ticket.number, str(out_file))
    assert code == 2 and out == ""
    assert err.strip() == "The logo file is damaged or is not a PNG or JPEG image."
    assert not out_file.exists() and not list(tmp_path.glob(".card.pdf.*"))


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="needs zbar-tools (zbarimg) and poppler-utils")
def test_a_scanner_reads_the_ticket_number_from_both_copies(job, tmp_path):
    desk, ticket = job("ar")
    configure(desk, workshop_copy="same_page", page_size="A4")
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue("ar").translate)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(out), str(tmp_path / "card")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "card.png")], capture_output=True,
                             text=True).stdout.split()
    assert scanned == [ticket.number, ticket.number]


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_brackets_and_quotes_face_their_words_in_right_to_left_lines(store, tmp_path, lang):
    """Trap 10: `(LCD)` printed as `)LCD(` and «فوری» as »فوری« (python-bidi 0.6's
    bidi.get_display does not mirror)."""
    desk = make_desk(store, lang)
    owner = customer(desk, NAME[lang], MOBILE[lang])
    fault = {"fa": "تصویر (LCD) ندارد «فوری» [قاب] شکسته", "ar": "الشاشة (LCD) لا تعمل «عاجل» [الإطار] مكسور"}[lang]
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault=fault))
    out = write_job_card(desk, ticket.number, tmp_path / "card.pdf", catalogue(lang).translate, "A5")
    text = words(pdf_text(out))
    # pdftotext puts a right-to-left run back in logical order without mirroring it again: the
    # glyphs drawn as «…» on the page (what the reader sees) come back as »…«.
    quoted, boxed = {"fa": ("فوری", "قاب"), "ar": ("عاجل", "الإطار")}[lang]
    assert f"»{quoted}«" in text and f"«{quoted}»" not in text
    assert f"]{boxed}[" in text and f"[{boxed}]" not in text
    shown = rtl_text.visual(fault, rtl=True)
    # as drawn, left to right: a pair's last character, mirrored, is the leftmost glyph and opens rightward
    assert "(LCD)" in shown and shown.index("«") < shown.index("»") and shown.index("[") < shown.index("]")
