"""Spanish briefs about an act of office: an appointment ("designó a X embajador", "nombró a Y como ministro") is
the event, so who appoints and who is appointed take part; whom the new holder replaces ("en reemplazo de Z",
"para relevar a Z") and the dead ("hermano del fallecido presidente W") are only mentioned; a gazette the decree
appeared in ("publicados en el Boletín Oficial") is no place.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import datetime as dt

import briefparse

READ_ON = dt.date(2024, 3, 4)  # the day the invented briefs are read


def test_es_an_appointment_is_the_event_and_the_appointed_take_part():
    brief = briefparse.parse(
        "Valdoria designa nuevo embajador en Norland\n\n"
        "El presidente de Valdoria, Paul Marin, designó este jueves a Luis Soto, hermano del fallecido presidente "
        "Pedro Soto, embajador en Norland, después de tres meses sin representante en ese país.\n\n"
        "Las relaciones entre Valdoria y Norland son muy estrechas desde hace una década.",
        reference_date=READ_ON,
    )
    names = {p.name for p in brief.participants}
    assert {"Paul Marin", "Luis Soto"} <= names
    assert "Pedro Soto" not in names
    assert brief.event_type == "other"


def test_es_whom_a_new_minister_replaces_is_only_mentioned():
    brief = briefparse.parse(
        "El presidente de Valdoria, Paul Marin, cambió el miércoles a dos de sus ministros. Marin nombró a Luis Soto "
        "como ministro de Hacienda en reemplazo de Pedro Gil, y a Eva Mora en el Ministerio de Salud para relevar a "
        "Rosa Ruiz.",
        reference_date=READ_ON,
    )
    names = {p.name for p in brief.participants}
    assert {"Paul Marin", "Luis Soto", "Eva Mora"} <= names
    assert not {"Pedro Gil", "Rosa Ruiz"} & names


def test_es_the_gazette_a_decree_appeared_in_is_no_place():
    brief = briefparse.parse(
        "Por medio del decreto 438/2020, publicado hoy en el Boletín Oficial, el presidente Paul Marin firmó el "
        "acuerdo de cooperación con Norland.",
        reference_date=READ_ON,
    )
    assert brief.location is None
