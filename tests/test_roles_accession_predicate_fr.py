"""An accession told by its verb gives the office as a predicate, with no comma to close it as an apposition: « X est
devenue la 30e gouverneure générale du pays lundi » and « Y devient le nouveau Premier ministre » give X and Y those
roles, from the role noun to a date or a place, and no unnamed holder of the office besides them. French lists the
accession verbs, some of several words, as its copulas (`Language.copulas`).

Every brief here is invented for the test.
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_perfect_of_devenir_predicates_the_office() -> None:
    roles = _roles(
        "Ottawa, le 4 mars 2024 - Anna Petrova est devenue la 30e gouverneure générale du pays lundi, lors d’une "
        "cérémonie d’installation au Sénat, en présence du premier ministre Paul Girard."
    )
    assert roles.get("Anna Petrova") == "30e gouverneure générale du pays"
    assert roles.get("Paul Girard") == "premier ministre"
    assert None not in roles


def test_present_of_devenir_stops_at_the_place() -> None:
    roles = _roles(
        "Claire Tessier devient la 42e lieutenante-gouverneure à Moncton\n\nLe premier ministre Paul Girard a reçu "
        "lundi Claire Tessier au palais législatif, au lendemain de son assermentation."
    )
    assert roles.get("Claire Tessier") == "42e lieutenante-gouverneure"


def test_officially_became_stops_at_the_weekday() -> None:
    roles = _roles(
        "Monrovia, le 4 mars 2024 - Marc Dufresne est officiellement devenu le président du Liberia lundi en prêtant "
        "serment devant le président de la Cour suprême, Paul Girard."
    )
    assert roles.get("Marc Dufresne") == "président du Liberia"
    assert roles.get("Paul Girard") == "président de la Cour suprême"
