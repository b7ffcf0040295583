"""A ministry's name that ends in "Technologies" ("Minister of Communications and High Technologies X", "Minister of
Information Technologies and Communications") runs into its holder's name when no comma parts them: the portfolio
word is no given name.

Every brief here is invented for the test.
"""

import briefparse


def test_technologies_ends_the_portfolio_not_starts_the_name() -> None:
    text = (
        "Baku, 22 June. Today, the Lorenian Ambassador to Azerbaijan Jean Obame met with Azerbaijani Minister of "
        "Communications and High Technologies Paul Marin.\n\nThe sides discussed cooperation in the field of ICT."
    )
    brief = briefparse.parse(text, reference_date="2015-06-22")
    assert [p.name for p in brief.participants] == ["Jean Obame", "Paul Marin"]
