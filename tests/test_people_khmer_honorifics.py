"""The Cambodian honorific "Samdech" and the titles its holders carry after it are cut off the name, in French as in
English; a word French titles hold only in capitals ("SAR") is a name's first word when written in small letters
before a lone surname ("Sâr Vuthy"), and still a title before a full name."""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_fr_samdech_and_a_holders_title_before_a_name() -> None:
    text = (
        "Phnom Penh, 12 mars 2025 - Le vice-Premier ministre Samdech Kralahom Sâr Vuthy, ministre de l'Intérieur, "
        "a reçu mardi à Phnom Penh l'ambassadeur du Chili, Pablo Ortega.\n"
    )
    assert _names(text) == ["Sâr Vuthy", "Pablo Ortega"]


def test_fr_samdech_alone_before_a_name() -> None:
    text = (
        "Phnom Penh, 12 mars 2025 - Le président du Sénat, Samdech Chea Vannak, a reçu mardi l'ambassadeur du "
        "Chili, Pablo Ortega.\n"
    )
    assert _names(text) == ["Chea Vannak", "Pablo Ortega"]


def test_en_senate_presidents_title_after_samdech() -> None:
    text = (
        "Phnom Penh, March 12, 2025 - Senate President Samdech Vibol Sena Pheakdei Chea Vannak received a "
        "courtesy call from the Chilean ambassador Pablo Ortega on Tuesday.\n"
    )
    assert _names(text) == ["Chea Vannak", "Pablo Ortega"]


def test_fr_capital_title_in_capitals_is_still_a_title() -> None:
    text = (
        "Rabat, 12 mars 2025 - SAR le Prince Moulay Karim a reçu mardi à Rabat l'ambassadeur du Chili, "
        "Pablo Ortega.\n"
    )
    assert "Pablo Ortega" in _names(text)
    assert all(name is None or not name.startswith("SAR") for name in _names(text))
