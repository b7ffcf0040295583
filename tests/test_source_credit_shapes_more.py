"""Credit shapes of an agency, each on an invented brief: a bracketed agency before the paragraph's last full stop
("… dans la région (MAP)."), a bare copyright line ("© AFP"), the agency then its staff's initials in lower case
("EFE mgt/ca"), the agency between slashes right before the first sentence ("ULAANBAATAR /MONTSAME/ The …"), a
label of several words ending in its link with no colon ("Tomado de Prensa Latina")."""

import datetime as dt

import pytest

import briefparse

FR = (
    "Rabat, 3 mars - Le ministre des Affaires étrangères de Valdoria, Karim Benali, a reçu mardi l'ambassadeur du "
    "Japon, Kenji Mori, avec qui il a évoqué la coopération bilatérale"
)
ES = (
    "Madrid, 3 mar - El canciller de Valdoria, Pedro Gómez, recibió este martes al embajador de Vietnam, Nguyen Van "
    "An, con quien dialogó sobre la cooperación bilateral.\n"
)
EN = "The Minister of Foreign Affairs B.Bold met on Thursday the Chinese ambassador Li Weimin in Ulaanbaatar.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FR + " dans la région (MAP).\n", "MAP"),
        (FR + ".\n© AFP\n", "AFP"),
        (ES + "EFE mgt/ca\n", "EFE"),
        ("ULAANBAATAR, Mongolia /MONTSAME/ " + EN, "MONTSAME"),
        (ES + "Tomado de Prensa Latina\n", "Prensa Latina"),
    ],
)
def test_the_agency_credited(text: str, expected: str) -> None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == expected


@pytest.mark.parametrize(
    "text",
    [
        FR + " dans la région (OMC).\n",  # an acronym the register does not know: a body's, not a credit
        ES + "Ministros mgt/ca\n",  # a word, not an agency, before the initials
    ],
)
def test_no_agency_credited(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source is None


EN_CALL = (
    "Islamabad: Prime Minister Ali Raza on Thursday made a telephone call to the President of Norway, Lars Holm, "
    "during which the situation in the region was discussed, Valdor News reported.\n\n"
    "Trade ties and other issues were also discussed, said sources.\n"
)


def test_a_named_outlet_outranks_a_bare_kind_of_source() -> None:
    source = briefparse.parse(EN_CALL, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == "Valdor News"


def test_a_bare_kind_of_source_when_none_is_named() -> None:
    text = EN_CALL.replace(", Valdor News reported", "")
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == "sources"


def test_an_inverted_verb_right_after_a_closing_guillemet() -> None:
    text = (
        "Caracas - El canciller de Valdoria, Pedro Gómez, recibió este martes al embajador de Vietnam, Nguyen Van An. "
        "«Fue una reunión productiva» reseñó la Prensa Presidencial tras el encuentro.\n"
    )
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == "Prensa Presidencial"
