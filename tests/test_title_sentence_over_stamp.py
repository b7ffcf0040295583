"""A headline written as a whole sentence, closed by its stop, stands over the page's date stamp: it is the headline,
not the body's first sentence (no line of the body has a date stamp under it). A Russian stamp may close on the
year's abbreviation ("12 марта 2024 г.") and is still a stamp (over a Russian headline, which carries no stop: a
Russian line closed by one is the body's first sentence).

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

CASES = [
    pytest.param(
        "Die Generalkonsulin von Norland besuchte Valdland und wurde vom Europaminister Paul Marin in der "
        "Staatskanzlei empfangen.",
        "29.05.2024 / 17:33 | Aktualisiert: 29.05.2024 / 17:35",
        "Die Generalkonsulin von Norland, Anna Berger, wurde am 27. Mai 2024 vom Europaminister Paul Marin in der "
        "Staatskanzlei in Valdstadt empfangen. Beide Seiten lobten die guten Beziehungen zwischen Norland und "
        "Valdland und vereinbarten weitere Treffen.",
        "2024-05-29",
        id="de-stamp-and-update",
    ),
    pytest.param(
        "El gobernador de Valdoria se reunió con el embajador de Norland para analizar la cooperación en salud y "
        "educación.",
        "Publicado el 3 de mayo de 2024",
        "El gobernador Paul Marin recibió este viernes al embajador de Norland, Jan Ostrik, en la Casa de Gobierno. "
        "Ambos analizaron proyectos conjuntos de cooperación en salud y educación para la provincia.",
        "2024-05-03",
        id="es-publication-line",
    ),
    pytest.param(
        "Губернатор Валдорской области провел встречу с послом Норландии и обсудил развитие торгового "
        "сотрудничества",
        "Опубликовано: 12 марта 2024 г.",
        "Губернатор Валдорской области Павел Маринов провел встречу с послом Норландии Яном Остриком. Стороны "
        "обсудили развитие торгово-экономического сотрудничества и культурных связей.",
        "2024-03-12",
        id="ru-year-abbreviation",
    ),
]


@pytest.mark.parametrize(("headline", "stamp", "body", "published"), CASES)
def test_a_sentence_headline_over_its_stamp(headline, stamp, body, published):
    parsed = briefparse.parse(f"{headline}\n\n{stamp}\n\n{body}\n")
    assert parsed.title == headline
    assert parsed.published == published
