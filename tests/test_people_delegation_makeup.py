"""People on briefs invented for these tests (fictional people, real countries): a delegation's make-up told by its
noun as the subject of a verb of make-up, with a few words between them (an adjective, an adverb), names members who
take part; a comma slipped in before a bracketed role leaves the role to the name before it."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Le président Amadou Sarr a été reçu lundi à Berne par la présidente Anna Keller. "
            "La délégation sénégalaise comprend également Fatou Ndiaye (ministre des Sports) et Ibrahima Fall "
            "(ministre du Commerce).",
            "Fatou Ndiaye",
        ),
        (
            "President John Mabena met Prime Minister Lena Holm in Oslo on Monday. "
            "The South African delegation also included Trade Minister Peter Dlamini and Envoy Ruth Moyo.",
            "Peter Dlamini",
        ),
        (
            "El presidente Carlos Ruiz recibió el lunes en Lima a su homólogo Pedro Soto. "
            "La comitiva chilena incluyó al canciller Andrés Vidal y a la ministra Laura Paz.",
            "Andrés Vidal",
        ),
        (
            "Ministerpräsident Karl Berger empfing am Montag in Dresden den Präsidenten Jan Novak. "
            "Die tschechische Delegation umfasste auch Ministerin Eva Dvorak und Botschafter Petr Kral.",
            "Eva Dvorak",
        ),
    ],
    ids=["fr", "en", "es", "de"],
)
def test_members_of_a_delegation_with_an_adjective_take_part(text: str, member: str) -> None:
    names = [p.name for p in parse(text).participants]
    assert member in names


def test_a_slipped_comma_before_brackets_keeps_the_role() -> None:
    text = (
        "Le président Amadou Sarr a été reçu lundi à Berne par la présidente Anna Keller. "
        "La délégation comprend Fatou Ndiaye, (ministre des Sports), et Ibrahima Fall (ministre du Commerce)."
    )
    roles = {p.name: p.role for p in parse(text).participants}
    assert roles.get("Fatou Ndiaye") == "ministre des Sports"
