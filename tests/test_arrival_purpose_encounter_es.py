"""Participants on Spanish briefs invented for these tests (fictional people, real countries): an arrival told with
the encounter it is for ("aterrizó en Madrid para reunirse con el rey X, el presidente Y") names those still to be
met, mentioned, not parties; a visit that was itself the encounter ("visitó el Palacio para reunirse con X") names
one who took part."""

from __future__ import annotations

from briefparse import parse


def test_whom_an_arrival_is_for_is_not_yet_met() -> None:
    text = (
        "El presidente de Colombia, Tomás Quiroga Lenz, aterrizó en Madrid para reunirse con el rey Alfonso Vidal, "
        "el presidente del Gobierno español, Andrés Bravo Soto, y empresarios en una visita de Estado.\n\n"
        "El mandatario llegó acompañado del general Ivo Berg y fue recibido en el aeropuerto por el embajador de "
        "Colombia en España, Luis Mora Pinto."
    )
    brief = parse(text, language="es")
    names = {p.name for p in brief.participants}
    assert {"Tomás Quiroga Lenz", "Ivo Berg", "Luis Mora Pinto"} <= names
    assert not names & {"Alfonso Vidal", "Andrés Bravo Soto"}
    assert {"Alfonso Vidal", "Andrés Bravo Soto"} <= {p.name for p in brief.people_mentioned}


def test_a_visit_that_was_the_encounter_keeps_its_party() -> None:
    text = (
        "El embajador de Estados Unidos, Tomás Quiroga Lenz, visitó esta mañana el Palacio Nacional para reunirse "
        "con el presidente Andrés Bravo Soto, con quien abordó la agenda bilateral."
    )
    names = {p.name for p in parse(text, language="es").participants}
    assert {"Tomás Quiroga Lenz", "Andrés Bravo Soto"} <= names


def test_an_arrival_that_sets_a_meeting_reported_keeps_its_party() -> None:
    text = (
        "Se reúne Andrés Bravo Soto con secretarios de Estados Unidos\n\n"
        "Los secretarios de Estados Unidos llegaron esta mañana a Los Pinos para reunirse con el presidente Andrés "
        "Bravo Soto. El encuentro durará alrededor de una hora, en el salón principal de la residencia."
    )
    assert "Andrés Bravo Soto" in {p.name for p in parse(text, language="es").participants}
