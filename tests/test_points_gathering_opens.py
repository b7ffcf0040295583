"""A gathering told by a verb of its opening or closing in one clause with its noun ("The Ministerial Council …
opened", "La Cumbre … arrancó", "beenden … ihre Jahrestagung") reports the gathering: its sentence leads, before
a later sentence about someone who attended it.

Every brief here is invented for the test.
"""

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document


def _lead(text: str) -> str:
    return briefparse.parse(text).summary_points[0]


def test_a_council_that_opened_leads() -> None:
    text = (
        "Ministers gather in Lanark\n\n"
        "The 9th Ministerial Council of the Northern Trade Union opened this morning in Lanark.\n\n"
        "Some 30 ministers gathered at the Lanark Arena at the invitation of Foreign Minister Karl Vogt.\n\n"
        "The council meets every year."
    )
    assert _lead(text).startswith("The 9th Ministerial Council of the Northern Trade Union opened")


def test_a_summit_that_began_leads_es() -> None:
    text = (
        "Comienza la cumbre regional\n\n"
        "La Cumbre de Jefes de Estado de la Unión Norteña arrancó este miércoles en Lanark con cuatro mandatarios.\n\n"
        "El presidente Karl Vogt, como anfitrión, dio la bienvenida a sus invitados."
    )
    assert _lead(text).startswith("La Cumbre de Jefes de Estado de la Unión Norteña arrancó")


def test_an_annual_conference_closed_by_its_members_is_a_gathering_de() -> None:
    text = "Die Regierungschefs der Länder beenden heute in Lanark ihre Jahrestagung."
    analysis = Analysis(load_document(text))
    assert any(kind == "conference" for _, _, kind in analysis.events_in(0, len(text)))


def test_an_opened_door_is_no_gathering() -> None:
    text = "The minister opened the new bridge over the river in Lanark on Monday."
    analysis = Analysis(load_document(text))
    assert not any(kind == "conference" for _, _, kind in analysis.events_in(0, len(text)))
