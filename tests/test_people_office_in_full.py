"""People on briefs invented for these tests (fictional people, real countries): a participant given only the noun
of an office ("President X", "le président X") holds the office the brief writes in full where it names no one by it
("the President of the Republic received …", "le président de la République puisse recevoir …"), though another
holder of that noun, who takes no part, is named further on."""

from __future__ import annotations

from briefparse import parse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse(text).participants}


def test_office_in_full_before_the_name_en() -> None:
    text = (
        "The Palace held a ceremony on Tuesday at which the President of the Republic received the letters of "
        "credence of four new ambassadors.\n\nDuring the ceremony, President Rui Almeida called on the ambassadors "
        "to work closely with Portugal.\n\nAmong the envoys was the South African ambassador, Thandi Mokoena, the "
        "daughter of Sipho Mokoena, the former President of South Africa."
    )
    assert _roles(text).get("Rui Almeida") == "President of the Republic"


def test_office_in_full_after_an_article_fr() -> None:
    text = (
        "La Présidence a organisé mardi une cérémonie afin que le président de la République puisse recevoir les "
        "lettres de créance des nouveaux ambassadeurs.\n\nA l'occasion de cette cérémonie, le président Marc Ndong a "
        "appelé les ambassadeurs à coopérer étroitement avec le Gabon.\n\nParmi les ambassadeurs s'est fait "
        "remarquer l'ambassadrice sud-africaine, Thandi Mokoena, qui est la fille de Sipho Mokoena, l'ancien "
        "président d'Afrique du Sud."
    )
    assert _roles(text).get("Marc Ndong") == "président de la République"


def test_office_with_its_holder_named_after_it_is_theirs_en() -> None:
    text = (
        "Lisbon, 4 March 2024 - President Rui Almeida received the President of the Republic of Ghana, Kwame Mensah, "
        "at the Palace on Tuesday."
    )
    roles = _roles(text)
    assert roles.get("Rui Almeida") == "President"
    assert roles.get("Kwame Mensah") == "President of the Republic of Ghana"


def test_no_office_from_what_another_became_fr() -> None:
    text = (
        "Le président Marc Ndong a adressé un message de félicitations à Paul Durand, élu dimanche. Le candidat "
        "devient ainsi le plus jeune président de la Vème République."
    )
    assert _roles(text).get("Marc Ndong") == "président"
