"""Source: on the networks at large, named in lower case ("en redes sociales", "on social media"), the one who posted
is the source, read as the capitalised subject of the clause the verb of posting heads, or as the name a relative
pronoun before that verb takes up; a network in lower case names no one.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Llega el presidente Tomás Ferrán a Valdoria\n\n"
            "El presidente Tomás Ferrán llegó el sábado a Valdoria para una visita oficial. El Instituto Nacional de "
            "Radio (INR) informó en redes sociales que el canciller valdoriano se mostró complacido por la visita.",
            "Instituto Nacional de Radio (INR)",
        ),
        (
            "Condolencias por las inundaciones en Valdoria\n\n"
            "El gobierno lamentó las víctimas de las inundaciones en Valdoria. En redes sociales, la Secretaría de "
            "Asuntos Exteriores (SAE) expresó sus condolencias a las familias.",
            "Secretaría de Asuntos Exteriores (SAE)",
        ),
        (
            "President Okoro receives Governor Bello\n\n"
            "President Daniel Okoro has received the Governor of Kano State, Musa Bello, at the State House on "
            "Wednesday.\n\nThis was disclosed by the Special Adviser to the President on Media, Dapo Eniola who "
            "shared photos from the meeting on social media.",
            "Dapo Eniola",
        ),
    ],
    ids=["es-body-before-network", "es-network-fronted", "en-relative-who"],
)
def test_the_poster_on_the_networks_at_large_is_the_source(text: str, expected: str) -> None:
    assert source_name(text) == expected
