"""Location: a sentence of the body that tells of the event and opens with a venue, in a phrase its place preposition
starts and a comma closes ("At the Jubilee House, the President welcomed …", "En el palacio presidencial de
Miraflores, el presidente saludó …"), frames what it tells: the venue beats a country the first sentence names, and
places a brief that names no other place, however far down it comes. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marin receives three new envoys\n\n"
            "President Paul Marin has received the letters of credence of new envoys from three countries "
            "assigned to Ghana.\n\n"
            "They include the Ambassador of Norland, Jean Valdor, and the Ambassador of Lakeland, Anna Brook.\n\n"
            "At the Jubilee House, President Marin welcomed all of them and asked them to feel at home.\n",
            "Jubilee House",
        ),
        (
            "Marin recibe a tres nuevos embajadores\n\n"
            "Ceremonia. El mandatario recibió ayer a los diplomáticos.\n\n"
            "Ceremonia. El mandatario recibió ayer a los diplomáticos.\n\n"
            "EFE\n\n"
            "El presidente de Norlandia, Paul Marin, recibió ayer jueves las cartas credenciales de tres nuevos "
            "embajadores.\n\n"
            "Los nuevos embajadores son Jean Valdor, de Lagolandia, y Anna Brook, de Estmarca.\n\n"
            "En el palacio presidencial de Miraflores, sede del Ejecutivo, el presidente saludó y conversó con los "
            "diplomáticos.\n",
            "palacio presidencial de Miraflores",
        ),
    ],
)
def test_a_venue_a_sentence_opens_with_is_the_place(text: str, expected: str) -> None:
    assert place(text) == expected


def test_an_earlier_occasion_opening_a_sentence_gives_no_venue() -> None:
    text = (
        "Marin receives three new envoys\n\n"
        "President Paul Marin has received the letters of credence of new envoys from three countries assigned to "
        "Ghana.\n\n"
        "Earlier, at the Jubilee House, President Marin had met the Chief of Staff, Anna Brook.\n"
    )
    assert place(text) == "Ghana"
