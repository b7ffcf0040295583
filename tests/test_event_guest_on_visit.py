"""Event type on briefs invented for these tests (fictional people and countries): a visit by its rank told of the
guest after the reception, with no possessive or article of its own ("a reçu X, qui effectue une visite officielle",
"recibió a X, de visita oficial"), tells what brings the guest; the sentence reports the meeting. A visit of the
guest's own ("en su primera visita oficial") or given as the purpose of the reception or the arrival ("zu einem
offiziellen Besuch", "llegó al país para una visita oficial") is the visit the reception is part of. A meeting with a
guest on a visit is placed where the guest went, as the visit would be."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "Le Premier ministre, Paul Marin, a reçu dimanche à Kessel la ministre des Affaires étrangères de la "
        "Valdorie, Mme Ana Berg, qui effectue une visite de travail en Norlandie. Les deux parties ont passé en "
        "revue les relations bilatérales.",
        "Le président de la République, Paul Marin, a reçu ce mardi à Kessel deux personnalités étrangères en "
        "visite officielle en Norlandie.",
        "El presidente de Norlandia, Paul Marin, recibió ayer en Kessel al canciller de Valdoria, Iván Berg, de "
        "visita oficial en el país para profundizar en la relación bilateral.",
    ],
)
def test_a_guest_on_a_visit_is_received_in_a_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


@pytest.mark.parametrize(
    "text",
    [
        "El rey Paul Marin recibe al presidente Iván Berg en su primera visita oficial a Norlandia.",
        "Am Dienstag empfing die Regierung ihre Amtskollegen aus Valdorien zu einem offiziellen Besuch in Kessel.",
        "El presidente Paul Marin recibió el saludo de la canciller de Valdoria, Ana Berg, quien llegó esta noche "
        "al país para una visita oficial.",
    ],
)
def test_a_visit_of_the_guest_s_own_or_for_its_purpose_stays_a_visit(text: str) -> None:
    assert parse(text).event_type == "visit"


def test_a_meeting_with_a_guest_on_a_visit_is_placed_where_the_guest_went() -> None:
    brief = parse(
        "Le Premier ministre Paul Marin a reçu mardi le ministre valdorien Ivo Berg, qui effectue une visite de "
        "travail. Les deux hommes ont évoqué la coopération. Le ministre séjourne en Guinée jusqu'à jeudi."
    )
    assert (brief.event_type, brief.location) == ("meeting", "Guinée")
