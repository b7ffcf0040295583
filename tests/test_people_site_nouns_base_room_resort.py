"""A site whose noun closes or opens its name ("Kessel Base", "the Amber Room", "au Complexe touristique Borgo X",
"el paso Cristo X") is no person: the noun is a facility's (`Language.facility_words`), as an airport's is.

Every person here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Foreign Minister Tomas Verlane arrived in Dhaka on Monday. Foreign Minister Elsa Margund welcomed "
            "Verlane at BAF Kessel Base.\n",
            ["Tomas Verlane", "Elsa Margund"],
        ),
        (
            "President Tomas Verlane met President Elsa Margund in Buenos Aires on Monday. The leaders attended a "
            "gala at the Colón Theatre and they dined in the theatre's Amber Room afterwards.\n",
            ["Tomas Verlane", "Elsa Margund"],
        ),
        (
            "Le président Tomas Verlane a été accueilli lundi à son arrivée au Complexe touristique Borgo Lentisco "
            "abritant le sommet par la présidente du Conseil, Mme Elsa Margund.\n",
            ["Tomas Verlane", "Elsa Margund"],
        ),
        (
            "La canciller Elsa Margund recibió el lunes al embajador Tomás Verlane en Buenos Aires. En el encuentro "
            "no se habló del paso Cristo Lentisco.\n",
            ["Elsa Margund", "Tomás Verlane"],
        ),
    ],
)
def test_site_named_by_its_noun_is_no_person(text: str, names: list[str]) -> None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 6, 13))
    found = [p.name for p in brief.participants] + list(brief.people_mentioned)
    assert sorted(n for n in found if n) == sorted(names)
