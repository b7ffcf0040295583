"""An opening sentence that names no party by name and not the brief's own kind of event (a trip set out as
background, a standfirst on a summit) yields the lead to the next sentence that names that kind; one that names a
party keeps it."""

import datetime as dt

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 8)).summary_points[0]


def test_fr_a_background_trip_yields_to_the_audience() -> None:
    lead = _lead(
        "Le ministre norlandais des Affaires étrangères reçu par le président Marin\n\n"
        "Le ministre des Affaires étrangères du Norland effectue une visite de travail à Port-Valdor. Lars Dahl a été "
        "reçu ce mardi par le président Paul Marin, avec qui il a évoqué la coopération entre les deux pays. Les deux "
        "hommes ont convenu de tenir une commission mixte avant la fin de l'année."
    )
    assert lead.startswith("Lars Dahl a été reçu")


def test_es_a_standfirst_on_a_summit_yields_to_the_visit() -> None:
    lead = _lead(
        "Visita del embajador Lars Dahl al presidente Marín\n\n"
        "El embajador fue consultado sobre la participación del Presidente en la Cumbre Regional.\n\n"
        "El embajador del Norland, Lars Dahl, visitó esta mañana el Palacio Central para reunirse con el presidente "
        "Pablo Marín. Ambos conversaron durante una hora sobre la agenda bilateral."
    )
    assert lead.startswith("El embajador del Norland, Lars Dahl, visitó")


def test_en_a_party_named_in_the_first_report_keeps_the_lead() -> None:
    lead = _lead(
        "Prime Minister Paul Marin has congratulated Norland's President Lars Dahl on his inauguration. The two men "
        "spoke by phone on Tuesday, the Prime Minister's Office said in a statement."
    )
    assert lead.startswith("Prime Minister Paul Marin has congratulated")
