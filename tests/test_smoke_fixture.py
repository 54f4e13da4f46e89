from app.services.customers import CustomerInput, create_customer, find_customers


def test_a_customer_saved_with_arabic_letters_is_found_by_persian_typing(desk):
    create_customer(desk, CustomerInput(name="علي كريمي", mobile="09121234567"))
    assert [c.name for c in find_customers(desk, "علی کریمی")] == ["علي كريمي"]
