"""The products catalogue screen: add and correct a product in Persian and Arabic, errors
beside their fields, and the way in from the main window's menu."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.products import ProductInput, add_product, find_products
from app.ui.admin.products_dialog import ProductsDialog
from tests.ui.conftest import type_text

ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")


@pytest.fixture
def open_products(open_dialog):
    def opener(desk) -> ProductsDialog:
        return open_dialog(desk.locale.lang, lambda: ProductsDialog(desk))

    return opener


def set_spin(qtbot, spin, text: str) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)
    type_text(spin, text)


def test_a_product_typed_in_persian_is_added_and_listed(open_products, qtbot, desk):
    dialog = open_products(desk)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.interval.text() == "بدون سرویس دوره‌ای", "no periodic service unless given"
    qtbot.keyClicks(dialog.brand, "Snowa")
    qtbot.keyClicks(dialog.model_edit, "SWM-8420")
    type_text(dialog.category, "ماشین لباسشویی")
    set_spin(qtbot, dialog.warranty, "۱۸")
    set_spin(qtbot, dialog.interval, "۶")
    qtbot.keyClick(dialog.category, Qt.Key.Key_Return)
    [saved] = find_products(desk)
    assert (saved.brand, saved.model, saved.category, saved.default_warranty_months,
            saved.maintenance_interval_months) == ("Snowa", "SWM-8420", "ماشین لباسشویی", 18, 6)
    row = dialog.row_of(saved.id)
    assert dialog.proxy.index(row, 3).data() == "۱۸ ماه"
    assert dialog.editing is not None and dialog.editing.id == saved.id, "the form now edits it"


def test_a_product_is_corrected_in_arabic_and_a_duplicate_is_refused_beside_the_model(open_products, qtbot,
                                                                                        desk_ar):
    add_product(desk_ar, ProductInput("Gree", "GWH-18", "مكيف", 12))
    other = add_product(desk_ar, ProductInput("Haier", "HSU-18", "مكيف", 24))
    dialog = open_products(desk_ar)
    row = dialog.row_of(other.id)
    assert set(dialog.proxy.index(row, 3).data()) & ARABIC_INDIC
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.proxy.index(row, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.model_edit.text() == "HSU-18"
    dialog.brand.setText("gree")
    dialog.model_edit.setText("gwh-18")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.model_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Gree GWH-18" in dialog.errors.text("model")
    dialog.brand.setText("Haier")
    dialog.model_edit.setText("HSU-18HNF")
    set_spin(qtbot, dialog.warranty, "٣٦")
    qtbot.keyClick(dialog.model_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.errors.text("model")
    fixed = next(p for p in find_products(desk_ar) if p.id == other.id)
    assert (fixed.model, fixed.default_warranty_months) == ("HSU-18HNF", 36)


def test_an_empty_model_is_shown_beside_its_field(open_products, qtbot, desk):
    dialog = open_products(desk)
    qtbot.keyClicks(dialog.brand, "LG")
    dialog.save()
    assert dialog.errors.text("model") == "مدل کالا لازم است."
    assert find_products(desk) == []


def test_the_main_window_opens_the_catalogue_beside_the_parts(open_window):
    window, _desk = open_window("fa")
    actions = window.tools_menu.actions()
    assert actions.index(window.products_action) == actions.index(window.parts_action) + 1
    assert window.products_action.text() == "فهرست محصولات…"
    window.products_action.trigger()
    assert [d for d in window.findChildren(ProductsDialog) if d.isVisible()]
