"""Event type on briefs invented for these tests (fictional people and countries): a reception of a guest told on a
visit by its rank after the verb ("recibió a X, quien realiza una visita oficial") is a meeting, and the official
welcome told with it or in the next sentence is that meeting's ceremony, not the guest's arrival. A reception with no
such guest, its welcome told next, stays the arrival."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    "text",
    [
        "El presidente de Norlandia, Paul Marin, recibió este jueves en el Palacio Nacional a su homólogo de "
        "Valdoria, Iván Berg, quien realiza una visita oficial.\n\nLa ceremonia de recibimiento se desarrolló en el "
        "Patio de Honor, engalanado con las banderas de ambos países.\n\nBerg arribó este jueves a Norlandia en "
        "visita oficial, donde sostendrá conversaciones con su par.",
        "El presidente de Norlandia, Paul Marin, dio la bienvenida en Palacio Nacional al presidente de Valdoria, "
        "Iván Berg, quien realiza una visita oficial a nuestro país.\n\nDurante la ceremonia se escucharon los "
        "himnos nacionales, con lo que concluyó la ceremonia de bienvenida.",
    ],
    ids=["received-then-welcome", "welcomed-at-the-palace"],
)
def test_the_welcome_of_a_guest_on_a_visit_is_the_meeting(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_a_reception_with_its_welcome_next_and_no_guest_on_a_visit_is_the_arrival() -> None:
    text = (
        "El presidente Paul Marin recibió hoy en el Palacio Nacional a su homólogo de Valdoria, Iván Berg. Berg llegó "
        "a la casa de gobierno a las diez y recibió los honores de rigor como jefe de Estado."
    )
    assert parse(text).event_type == "visit"
