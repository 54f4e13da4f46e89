"""Finding the header row and mapping its cells onto canonical fields by their synonyms."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.importing.read import cell_text
from app.locale.text import normalize_search


class Field(StrEnum):
    NAME = "name"
    MOBILE = "mobile"
    SERIAL = "serial"
    PRODUCT = "product"
    BRAND = "brand"
    PURCHASE_DATE = "purchase_date"
    WARRANTY_MONTHS = "warranty_months"
    FAULT = "fault"
    STATUS = "status"
    AMOUNT = "amount"
    TICKET_NO = "ticket_no"
    RECEIVED_DATE = "received_date"


# Persian, Arabic and English headings seen on hand-kept logs; compared after `header_key`,
# so ي/ك, digits and punctuation do not matter.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.NAME: ("نام", "نام مشتری", "نام و نام خانوادگی", "مشتری", "نام مراجعه کننده", "اسم", "الاسم",
                 "اسم العميل", "العميل", "name", "customer", "customer name", "client"),
    Field.MOBILE: ("موبایل", "شماره موبایل", "همراه", "شماره همراه", "تلفن همراه", "شماره تماس", "تماس",
                   "تلفن", "جوال", "الجوال", "رقم الجوال", "الهاتف", "رقم الهاتف", "الهاتف المحمول",
                   "mobile", "mobile no", "cell", "phone", "tel"),
    Field.SERIAL: ("سریال", "شماره سریال", "سریال دستگاه", "الرقم التسلسلي", "رقم تسلسلي", "الرقم التسلسلی",
                   "سيريال", "serial", "serial no", "serial number", "s n", "sn"),
    Field.PRODUCT: ("نوع دستگاه", "دستگاه", "مدل", "مدل دستگاه", "کالا", "نام کالا", "محصول", "الجهاز",
                    "نوع الجهاز", "المنتج", "الموديل", "موديل", "product", "model", "device", "item"),
    Field.BRAND: ("برند", "مارک", "مارک دستگاه", "نام تجاری", "الماركة", "العلامة التجارية", "brand", "make"),
    Field.PURCHASE_DATE: ("تاریخ فروش", "تاریخ خرید", "تاريخ الشراء", "تاريخ البيع", "purchase date",
                          "date of purchase", "sold on", "sale date"),
    Field.WARRANTY_MONTHS: ("مدت ضمانت", "ضمانت", "گارانتی", "مدت گارانتی", "الضمان", "مدة الضمان",
                            "warranty", "warranty months"),
    Field.FAULT: ("ایراد", "عیب", "شرح ایراد", "شرح خرابی", "مشکل", "خرابی", "العطل", "وصف العطل", "الشكوى",
                  "المشكلة", "fault", "problem", "complaint", "issue"),
    Field.STATUS: ("وضعیت", "وضعیت تعمیر", "وضعیت دستگاه", "الحالة", "حالة الطلب", "حالة الجهاز", "status",
                   "state"),
    Field.AMOUNT: ("مبلغ", "مبلغ دریافتی", "هزینه", "هزینه تعمیر", "مبلغ کل", "مبلغ نهایی", "المبلغ",
                   "التكلفة", "المبلغ المستلم", "amount", "cost", "price", "charge"),
    Field.TICKET_NO: ("شماره پذیرش", "شماره قبض", "شماره کارت", "شماره برگه", "رقم الطلب", "رقم البطاقة",
                      "رقم الإيصال", "ticket no", "ticket number", "ticket", "job no", "job number",
                      "receipt no"),
    Field.RECEIVED_DATE: ("تاریخ مراجعه", "تاریخ پذیرش", "تاریخ دریافت", "تاریخ ورود", "تاريخ الاستلام",
                          "تاريخ الطلب", "date received", "received", "received on", "opened"),
}

KEY_FIELDS = frozenset({Field.NAME, Field.MOBILE, Field.SERIAL})
_LOOKAHEAD = 30
_NOT_WORD = re.compile(r"[^\w]+")


def header_key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", normalize_search(text)).split())


_BY_KEY: dict[str, Field] = {header_key(s): f for f, words in SYNONYMS.items() for s in words}


def field_of(cell: Any) -> Field | None:
    """The field a heading names: an exact synonym, else the longest synonym whose words it contains."""
    key = header_key(cell_text(cell))
    if not key:
        return None
    if key in _BY_KEY:
        return _BY_KEY[key]
    padded = f" {key} "
    found = [(len(s), f) for s, f in _BY_KEY.items() if f" {s} " in padded]
    return max(found, key=lambda pair: pair[0])[1] if found else None


@dataclass
class Header:
    row: int
    """0-based index of the header row."""
    fields: dict[Field, int] = field(default_factory=dict)
    extra: dict[int, str] = field(default_factory=dict)
    """Columns no field claims, by index, with their heading: kept in the ticket's notes."""


def read_header(index: int, row: list[Any]) -> Header:
    """Row `index` taken as the header: each heading mapped by its synonyms."""
    fields: dict[Field, int] = {}
    for column, cell in enumerate(row):
        found = field_of(cell)
        if found is not None and found not in fields:
            fields[found] = column
    return header_with(index, row, fields)


def header_with(index: int, row: list[Any], fields: dict[Field, int]) -> Header:
    """Row `index` as the header with the columns of `fields`; every other headed column is
    kept as an extra."""
    claimed = set(fields.values())
    extra = {column: cell_text(cell) for column, cell in enumerate(row)
             if column not in claimed and cell_text(cell)}
    return Header(index, dict(fields), extra)


def find_header(rows: list[list[Any]]) -> Header | None:
    """The first row among the top ones naming two fields or more, one of them who or what."""
    for index, row in enumerate(rows[:_LOOKAHEAD]):
        header = read_header(index, row)
        if len(header.fields) >= 2 and KEY_FIELDS & header.fields.keys():
            return header
    return None
