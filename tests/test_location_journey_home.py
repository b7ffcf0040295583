"""The journey home that ends a visit ("Vor der Rückreise nach Genf", "before returning to Lagos", "avant de rentrer à
Dakar", "перед возвращением в Москву") leads to where the visitors come from, not to where the visit was.

The briefs are written for these tests (invented people, real places).
"""

import pytest

import briefparse

BRIEFS = [
    (
        "Delegation aus Bern zu Gast\n\n"
        "Die Regierung von Valdoria besuchte am Montag auf Einladung des Rates mehrere Dörfer im Hochland. "
        "Die Gäste besichtigten eine Käserei und ein Museum. Vor der Rückreise nach Bern machten sie Halt in "
        "Zollbruck.\n",
        "Bern",
    ),
    (
        "Governor hosts delegation\n\n"
        "A delegation of the Valdorian Chamber of Trade paid a two-day working visit to several farms in the "
        "highlands. The visitors toured a dairy and a seed bank before returning to Lagos on Friday.\n",
        "Lagos",
    ),
    (
        "Une délégation en visite\n\n"
        "Une délégation de la Chambre de commerce de Valdorie a effectué une visite de travail de deux jours dans "
        "plusieurs coopératives de la région. Les visiteurs ont visité une laiterie avant de rentrer à Dakar "
        "vendredi.\n",
        "Dakar",
    ),
    (
        "Делегация посетила регион\n\n"
        "Делегация торговой палаты Вальдории посетила несколько ферм региона. Гости осмотрели молочный завод и "
        "семенной фонд перед возвращением в Москву в пятницу.\n",
        "Москву",
    ),
]


@pytest.mark.parametrize(("text", "home"), BRIEFS)
def test_the_place_a_visit_returns_to_is_not_the_visits(text: str, home: str) -> None:
    brief = briefparse.parse(text)
    assert brief.location != home
