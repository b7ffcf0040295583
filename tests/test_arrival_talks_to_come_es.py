"""Spanish briefs invented for these tests (fictional people and countries): a guest's arrival told with the part of
the day between the verb and the place ("llegó la madrugada de hoy a Quito", "llegó hoy a Quito") is a visit placed
at its destination, and the talks the next sentences announce ("se reunirá con su par …") are the visit's programme,
not a meeting the brief reports: their counterparts are only mentioned, while talks already held after the arrival
keep their parties."""

from __future__ import annotations

from briefparse import parse

TALKS_TO_COME = (
    " a Quito para asistir a la investidura de su colega. El mandatario se reunirá con el nuevo presidente, Julio "
    "Cadaval, para abordar la integración regional. Además, Larrén se reunirá en la sede de Gobierno con su par de "
    "Norlandia, Pablo Ferrat."
)


def test_arrival_at_dawn_then_talks_to_come_is_a_visit() -> None:
    brief = parse("El presidente de Silvania, Mateo Larrén, llegó la madrugada de hoy" + TALKS_TO_COME, language="es")
    assert brief.event_type == "visit"
    assert brief.location == "Quito"


def test_arrival_today_then_talks_to_come_is_a_visit() -> None:
    brief = parse("El presidente de Silvania, Mateo Larrén, llegó hoy" + TALKS_TO_COME, language="es")
    assert brief.event_type == "visit"
    assert brief.location == "Quito"


def test_counterparts_of_talks_to_come_after_an_arrival_are_mentioned() -> None:
    brief = parse("El presidente de Silvania, Mateo Larrén, llegó hoy" + TALKS_TO_COME, language="es")
    assert [p.name for p in brief.participants] == ["Mateo Larrén"]
    assert {"Julio Cadaval", "Pablo Ferrat"} <= {p.name for p in brief.people_mentioned}


def test_talks_held_after_the_arrival_keep_their_parties() -> None:
    brief = parse(
        "El presidente de Silvania, Mateo Larrén, llegó hoy a Quito para una visita oficial. El mandatario se reunió "
        "con el presidente, Julio Cadaval, en el Palacio de Carondelet.",
        language="es",
    )
    assert {"Mateo Larrén", "Julio Cadaval"} <= {p.name for p in brief.participants}
