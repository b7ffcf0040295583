"""A plural role names the first item's country before its name, each next item's own before its name: each next
item holds the office of its own complement, not the first item's."""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_french_representatives_each_of_their_own_country() -> None:
    roles = _roles(
        "Le Chef de l'Etat, Arnaud Devérin, a reçu le 4 mars 2025 à Luanda les lettres de créance des représentants "
        "du Venezuela, Lucía Marenco Vidal, du Soudan, Tarek Hamid Osmane, de la Hongrie, Levente Bodnár.\n"
    )
    assert roles["Tarek Hamid Osmane"] == "représentant du Soudan"
    assert roles["Levente Bodnár"] == "représentant de la Hongrie"


def test_spanish_ambassadors_after_semicolons() -> None:
    roles = _roles(
        "La presidenta Marta Ibarrola Fuentes recibió el lunes 3 de marzo de 2025 las cartas credenciales de los "
        "embajadores del Reino de Suecia, Anders Holmqvist; Reino de Noruega, Sigurd Vaagen; y Reino de Bélgica, "
        "Pieter Vandamme.\n"
    )
    assert roles["Sigurd Vaagen"] == "embajador de Reino de Noruega"
    assert roles["Pieter Vandamme"] == "embajador de Reino de Bélgica"


def test_english_prime_ministers_each_of_their_own_country() -> None:
    roles = _roles(
        "President Tomas Arvidan received on 4 March 2025 Prime Ministers of Tajikistan Rustam Qodirov, Kazakhstan "
        "Yerlan Dauletov, Belarus Pavel Hrytsko at the palace.\n"
    )
    assert roles["Yerlan Dauletov"] == "Prime Minister of Kazakhstan"
    assert roles["Pavel Hrytsko"] == "Prime Minister of Belarus"


def test_portfolio_after_the_name_stays_the_item_s_own() -> None:
    roles = _roles(
        "El presidente Tomás Arrieta Lugo se reunió el 3 de marzo de 2025 con los ministros Julián Ferrero Paz, "
        "de Obras Públicas; y Rosa Quintana Vela, de Salud.\n"
    )
    assert "Obras" not in (roles.get("Rosa Quintana Vela") or "")
