"""An official named by a home office alone ("la canciller X") takes the country the brief names most; a common
word that spells a territory's name in small letters ("la reunión", "las reuniones": Réunion) names no country and
is not counted.

Every brief and every person here is invented for the test.
"""

import datetime as dt

import briefparse


def test_meeting_noun_is_no_country() -> None:
    brief = briefparse.parse(
        "La canciller Ana Ruiz se reunió con el embajador de Lunaria, Pedro Lanz, en el Palacio San Telmo.\n"
        "Durante la reunión, ambos destacaron la relación bilateral.\n"
        "También hablaron de las próximas reuniones y de la reunión de vicecancilleres prevista en abril.\n",
        reference_date=dt.date(2024, 6, 12),
    )
    affiliations = {p.name: p.affiliation for p in brief.participants}
    assert affiliations["Ana Ruiz"] != "Reunión"
