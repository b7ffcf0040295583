"""A Vietnamese name closed by "Son" (or "Sơn", which folds to it) is read whole in French: the capitalised
possessive "Son" is no common word of its own, "Son Excellence" and "Son Altesse" being honorifics."""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_fr_name_closed_by_son_after_a_role_and_comma() -> None:
    text = (
        "Hanoï, 14 mars 2025 - La réunion a été coprésidée par le ministre vietnamien de la Santé, Pham Thanh Son, "
        "et par le ministre lao de la Santé, Phonesy Vongkhamsao.\n"
    )
    assert _names(text) == ["Pham Thanh Son", "Phonesy Vongkhamsao"]


def test_fr_name_closed_by_son_with_its_diacritics() -> None:
    text = (
        "Hanoï, 14 mars 2025 - Le vice-ministre Nguyễn Hoàng Sơn a reçu mardi à Hanoï l'ambassadeur du Chili, "
        "Pablo Ortega.\n"
    )
    assert _names(text) == ["Nguyễn Hoàng Sơn", "Pablo Ortega"]


def test_fr_son_excellence_is_still_an_honorific() -> None:
    text = (
        "Lomé, 14 mars 2025 - Son Excellence Kodjo Mensah, ministre des Affaires étrangères, a reçu mardi "
        "l'ambassadeur du Ghana, Kwame Boateng.\n"
    )
    assert _names(text) == ["Kodjo Mensah", "Kwame Boateng"]
