"""Finding the header row and deciding which field each heading names.

A heading is decided by what it is about, not by its longest matching word: "جوال العميل"
(the customer's mobile) is a mobile, "اسم الفني" (the technician's name) a technician,
"نام فروشگاه" (the shop's name) a seller. So each field has topic words, and the fields are
tried in an order where the subject of a heading comes before its owner: accessories before
mobile (لوازم همراه), technician and seller before name, mobile and phone before customer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from app.importing.read import cell_text
from app.locale.text import normalize_search


class Field(StrEnum):
    # the customer
    NAME = "name"
    MOBILE = "mobile"
    PHONE = "phone"
    EMAIL = "email"
    CITY = "city"
    ADDRESS = "address"
    NATIONAL_ID = "national_id"
    COMPANY = "company"
    VIP = "vip"
    # the unit
    SERIAL = "serial"
    PRODUCT = "product"
    BRAND = "brand"
    CATEGORY = "category"
    PURCHASE_DATE = "purchase_date"
    WARRANTY_MONTHS = "warranty_months"
    WARRANTY_END = "warranty_end"
    VOIDED_ON = "voided_on"
    """The day the unit's warranty was voided."""
    VOID_REASON = "void_reason"
    SELLER = "seller"
    INVOICE_NO = "invoice_no"
    COVERAGE = "coverage"
    """Worked out by Khedmat from the warranty and contracts: compared with the sheet, not stored
    (a sheet that differs is told, and its word kept in the unit's notes)."""
    # the ticket
    TICKET_NO = "ticket_no"
    RECEIVED_DATE = "received_date"
    DELIVERED_DATE = "delivered_date"
    TECHNICIAN = "technician"
    FAULT = "fault"
    ACCESSORIES = "accessories"
    CONDITION = "condition"
    STATUS = "status"
    KIND = "kind"
    PRIORITY = "priority"
    AMOUNT = "amount"
    PAID = "paid"
    CURRENCY = "currency"
    DATE = "date"
    """A heading that says only "date": the date received on a tickets sheet."""


TICKET_FIELDS = frozenset({
    Field.TICKET_NO, Field.RECEIVED_DATE, Field.DELIVERED_DATE, Field.TECHNICIAN, Field.FAULT,
    Field.ACCESSORIES, Field.CONDITION, Field.STATUS, Field.KIND, Field.PRIORITY, Field.AMOUNT, Field.PAID,
})
"""Fields that make a row a ticket (a job), not only a customer or a unit."""
KEY_FIELDS = frozenset({Field.NAME, Field.MOBILE, Field.SERIAL})

_DATE_WORDS = ("تاریخ", "date", "روز", "day")
_WARRANTY_WORDS = ("گارانتی", "ضمانت", "ضمان", "warranty", "guarantee")
_END_WORDS = ("پایان", "انقضا", "اتمام", "خاتمه", "انتهاء", "انتها", "نهایه", "end", "ends", "expiry", "expires",
              "until", "valid until")
_VOID_WORDS = ("ابطال", "باطل", "لغو گارانتی", "الغاء الضمان", "void", "voided")
_REASON_WORDS = ("علت", "دلیل", "سبب", "reason", "why")
_MONEY_WORDS = ("مبلغ", "هزینه", "پول", "وجه", "amount", "money", "sum")
_PAID_WORDS = ("دریافتی", "دریافت شده", "پرداختی", "پرداخت شده", "پرداخت", "مستلم", "مدفوع", "واصل", "paid",
               "received", "payment", "collected")
_PURCHASE_WORDS = ("خرید", "فروش", "شراء", "بیع", "purchase", "purchased", "sale", "sold", "bought")
_DELIVERY_WORDS = ("تحویل", "تسلیم", "خروج", "ترخیص", "delivery", "delivered", "handed", "returned")
_RECEIVED_WORDS = ("پذیرش", "مراجعه", "دریافت", "ورود", "استلام", "طلب", "received", "opened", "intake", "in")

# Each field's topic words (compared as whole words after `_tokens`), tried in this order.
_TOPICS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.ACCESSORIES, ("لوازم", "لوازم همراه", "متعلقات", "ملحقات", "accessories", "accessory")),
    (Field.CONDITION, ("ظاهر", "وضعیت ظاهری", "حالت ظاهری", "مظهر", "حاله خارجیه", "condition",
                       "physical condition")),
    (Field.TECHNICIAN, ("تعمیرکار", "تعمیر کار", "تکنسین", "کارشناس فنی", "فنی", "مسئول تعمیر", "مهندس",
                        "technician", "tech", "repairman", "engineer")),
    (Field.SELLER, ("فروشنده", "فروشگاه", "نمایندگی فروش", "بائع", "متجر", "seller", "shop", "store",
                    "dealer", "sold by", "retailer")),
    (Field.INVOICE_NO, ("فاکتور", "فاتوره", "invoice")),
    (Field.NATIONAL_ID, ("کد ملی", "شماره ملی", "کدملی", "هویه", "رقم الهویه", "سجل مدنی", "اقامه", "national id",
                         "national", "id number", "nid")),
    (Field.EMAIL, ("ایمیل", "پست الکترونیک", "پست الکترونیکی", "برید", "برید الکترونی", "email", "e mail",
                   "mail")),
    (Field.MOBILE, ("موبایل", "همراه", "جوال", "محمول", "شماره تماس", "تماس", "واتساپ", "mobile", "cell",
                    "cellphone", "whatsapp", "gsm")),
    (Field.PHONE, ("تلفن", "هاتف", "تلفن ثابت", "ثابت", "phone", "tel", "telephone", "landline")),
    (Field.SERIAL, ("سریال", "شماره سریال", "تسلسلی", "رقم تسلسلی", "serial", "sn", "s n", "imei")),
    (Field.TICKET_NO, ("شماره پذیرش", "شماره قبض", "شماره کارت", "شماره برگه", "شماره رسید", "رقم الطلب",
                       "رقم البطاقه", "رقم الایصال", "ticket", "ticket no", "job no", "job number", "receipt no",
                       "number")),
    (Field.WARRANTY_MONTHS, _WARRANTY_WORDS + ("مده الضمان", "مدت گارانتی", "warranty months")),
    (Field.STATUS, ("وضعیت", "حاله", "status", "state")),
    (Field.KIND, ("نوع خدمت", "نوع کار", "نوع پذیرش", "نوع الخدمه", "نوع الطلب", "kind", "service type",
                  "job type")),
    (Field.PRIORITY, ("اولویت", "فوریت", "اولویه", "priority", "urgency")),
    (Field.CURRENCY, ("ارز", "واحد پول", "عمله", "currency")),
    (Field.AMOUNT, ("مبلغ", "هزینه", "اجرت", "دستمزد", "مبلغ کل", "تکلفه", "سعر", "اجمالی", "amount", "cost",
                    "price", "charge", "total", "fee")),
    (Field.FAULT, ("ایراد", "عیب", "شرح", "خرابی", "مشکل", "عطل", "شکوی", "مشکله", "fault", "problem",
                   "complaint", "issue", "defect")),
    (Field.CATEGORY, ("دسته", "دسته بندی", "گروه", "گروه کالا", "فئه", "صنف", "category")),
    (Field.BRAND, ("برند", "مارک", "نام تجاری", "شرکت سازنده", "سازنده", "مارکه", "علامه تجاریه", "brand", "make",
                   "manufacturer")),
    (Field.PRODUCT, ("دستگاه", "نوع دستگاه", "مدل", "کالا", "محصول", "جهاز", "منتج", "مودیل", "product", "model",
                     "device", "item", "unit")),
    (Field.CITY, ("شهر", "مدینه", "city", "town")),
    (Field.ADDRESS, ("آدرس", "ادرس", "نشانی", "عنوان", "address")),
    (Field.COMPANY, ("شرکت", "سازمان", "شرکه", "موسسه", "company", "organisation", "organization", "firm")),
    (Field.VIP, ("vip", "ویژه", "مشتری ویژه", "ممیز", "کبار العملاء")),
    (Field.COVERAGE, ("پوشش", "تغطیه", "coverage")),
    (Field.NAME, ("نام", "اسم", "مشتری", "عمیل", "مراجعه کننده", "نام مشتری", "نام و نام خانوادگی", "name", "customer",
                  "client", "full name")),
)
_LOOKAHEAD = 30
_NOT_WORD = re.compile(r"[\W_]+")
_SPACES = str.maketrans({"\u200c": " ", "\u200d": " ", "\u00a0": " "})


def _word(token: str) -> str:
    """A word without the Arabic article: الجوال and جوال are one word."""
    return token[2:] if token.startswith("ال") and len(token) >= 4 else token


def _tokens(text: str) -> tuple[str, ...]:
    """The words of a heading: one fold, a ZWNJ or underscore parts words, punctuation goes."""
    folded = normalize_search(text.translate(_SPACES))
    return tuple(_word(t) for t in _NOT_WORD.sub(" ", folded).split())


def header_key(text: str) -> str:
    return " ".join(_tokens(text))


def _compiled() -> tuple[tuple[Field, tuple[tuple[str, ...], ...]], ...]:
    return tuple((f, tuple(_tokens(w) for w in words)) for f, words in _TOPICS)


_TOPIC_TOKENS = _compiled()
_EXACT: dict[str, Field] = {}
for _field, _phrases in _TOPIC_TOKENS:
    for _phrase in _phrases:
        _EXACT.setdefault("".join(_phrase), _field)
_EXACT.update({"".join(_tokens(f.value)): f for f in Field})  # our own export's headings
_EXACT.update({"".join(_tokens(w)): Field.DATE for w in ("تاریخ", "التاريخ", "date")})


def _has(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tokens[i:i + n] == phrase for i in range(len(tokens) - n + 1))


def _any(tokens: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return any(_has(tokens, _tokens(w)) for w in words)


@lru_cache(maxsize=1024)
def _decide(key: str) -> Field | None:
    tokens = tuple(key.split())
    if not tokens:
        return None
    exact = _EXACT.get("".join(tokens))
    if exact is not None:
        return exact
    if _any(tokens, _VOID_WORDS):
        if _any(tokens, _REASON_WORDS):
            return Field.VOID_REASON
        if _any(tokens, _DATE_WORDS) or tokens[-1] in ("on", "at"):
            return Field.VOIDED_ON
    if _any(tokens, _WARRANTY_WORDS) and _any(tokens, _END_WORDS + _DATE_WORDS):
        return Field.WARRANTY_END
    if _any(tokens, _PAID_WORDS) and (_any(tokens, _MONEY_WORDS) or len(tokens) == 1):
        return Field.PAID
    dated = _any(tokens, _DATE_WORDS) or tokens[-1] in ("at", "on")
    if dated or _any(tokens, ("opened", "delivered")):
        for f, words in ((Field.PURCHASE_DATE, _PURCHASE_WORDS), (Field.DELIVERED_DATE, _DELIVERY_WORDS),
                         (Field.RECEIVED_DATE, _RECEIVED_WORDS)):
            if _any(tokens, words):
                return f
        if dated:
            return Field.DATE
    for f, phrases in _TOPIC_TOKENS:
        if any(_has(tokens, phrase) for phrase in phrases):
            return f
    # words written together without a space or ZWNJ (ناممشتری): the topics as parts of the word
    compact = "".join(tokens)
    for f, phrases in _TOPIC_TOKENS:
        if any(len(part := "".join(phrase)) >= 3 and not part.isascii() and part in compact for phrase in phrases):
            return f
    return None


def field_of(cell: Any) -> Field | None:
    """The field a heading names, by what it is about; None for a heading of no field."""
    return _decide(header_key(cell_text(cell)))


@dataclass
class Header:
    row: int
    """0-based index of the header row."""
    fields: dict[Field, int] = field(default_factory=dict)
    extra: dict[int, str] = field(default_factory=dict)
    """Columns no field claims, by index, with their heading: kept in the notes of the row's record."""


def read_header(index: int, row: list[Any]) -> Header:
    """Row `index` taken as the header: each heading mapped to its field (the first column of
    a field wins). A heading of only "date" is the date received on a tickets sheet."""
    fields: dict[Field, int] = {}
    for column, cell in enumerate(row):
        found = field_of(cell)
        if found is not None and found not in fields:
            fields[found] = column
    dated = fields.pop(Field.DATE, None)
    if dated is not None and Field.RECEIVED_DATE not in fields and TICKET_FIELDS & fields.keys():
        fields[Field.RECEIVED_DATE] = dated
    return header_with(index, row, fields)


def header_with(index: int, row: list[Any], fields: dict[Field, int]) -> Header:
    """Row `index` as the header with the columns of `fields`; every other headed column is
    kept as an extra."""
    fields = {f: at for f, at in fields.items() if f is not Field.DATE}
    claimed = set(fields.values())
    extra = {column: cell_text(cell) for column, cell in enumerate(row)
             if column not in claimed and cell_text(cell)}
    return Header(index, fields, extra)


def find_header(rows: list[list[Any]]) -> Header | None:
    """The first row among the top ones naming two fields or more, one of them who or what."""
    for index, row in enumerate(rows[:_LOOKAHEAD]):
        header = read_header(index, row)
        if len(header.fields) >= 2 and KEY_FIELDS & header.fields.keys():
            return header
    return None
