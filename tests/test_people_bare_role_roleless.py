"""A short bare role of a country, given to no one, names the one participant the brief names without a role."""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_later_bare_role_with_nationality_is_the_roleless_participants() -> None:
    roles = _roles(
        "Le ministre belge des Affaires étrangères Arnaud Devérin a reçu Jorma Keskinen mardi 4 mars 2025 à "
        "Bruxelles. Les deux hommes ont évoqué la sécurité en Europe. Le président finlandais a salué la qualité "
        "des échanges."
    )
    assert roles["Jorma Keskinen"] == "président finlandais"
    assert roles["Arnaud Devérin"] == "ministre belge des Affaires étrangères"


def test_bare_role_not_given_when_two_are_named_without_one() -> None:
    roles = _roles(
        "Jorma Keskinen a reçu Pekka Lindqvist mardi 4 mars 2025 à Helsinki. Les deux hommes ont évoqué la "
        "sécurité en Europe. Le président finlandais a salué la qualité des échanges."
    )
    assert roles.get("Jorma Keskinen") is None and roles.get("Pekka Lindqvist") is None


def test_bare_role_in_the_lead_is_the_roleless_host() -> None:
    roles = _roles(
        "Jorma Keskinen ha recibido este martes 4 de marzo de 2025 al primer ministro belga, Arnaud Devérin, en "
        "Helsinki. El presidente finlandés y el primer ministro belga hablaron de seguridad."
    )
    assert roles["Jorma Keskinen"] == "presidente finlandés"
    assert None not in roles  # the bare role is Keskinen, no one else


def test_bare_role_of_a_country_skips_a_countryless_holder_named_after_it() -> None:
    roles = _roles(
        "Après des visites au Brésil et en Russie, le nouveau président malgache poursuit ses efforts diplomatiques "
        "en Belgique.\n\nLe colonel Jorma Keskinen a été reçu mardi 4 mars 2025 par son homologue belge Arnaud "
        "Devérin à Bruxelles.\n\nLe président de Madagascar se rend en Belgique pour la première fois.\n\nLa "
        "semaine dernière, Jorma Keskinen a rencontré le président Paulo Ferrandi au Brésil, une occasion de sceller "
        "le rapprochement entre Brasilia et Antananarivo.\n"
    )
    assert roles["Jorma Keskinen"] == "président malgache"
    assert roles.get("Paulo Ferrandi") != "président malgache"
