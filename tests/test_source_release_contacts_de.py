"""A German release names the office to ask for more, its issuer: under a contact label ("Rückfragen & Kontakt:",
"Rückfragehinweis:", "Adresse für Rückfragen") or in a closing sentence ("Bei Nachfragen wenden Sie sich bitte an
die Pressestelle …"). That office is the brief's source.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

LEAD = (
    "Norland und Valdoria vereinbaren neue Projekte\nLandtagspräsident Paul Marin empfing heute eine Delegation "
    "aus Valdoria im Landhaus in Nordstadt.\n"
)


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        (
            "Rückfragen & Kontakt:\n\nBüro Landtagspräsident Marin\n6020 Nordstadt\nTel.: (0512) 508/3000\n",
            "Büro Landtagspräsident Marin",
        ),
        (
            "Rückfragehinweis:\nAmt der Norländer Landesregierung\nPresseabteilung\nTel.: (0512) 508/3000\n",
            "Amt der Norländer Landesregierung",
        ),
        ("Adresse für Rückfragen\n\nKommunikation Staatskanzlei\nNordstadt\n", "Kommunikation Staatskanzlei"),
        (
            "Bei Nachfragen wenden Sie sich bitte an die Pressestelle des Ministeriums für Umwelt, "
            "Telefon 0211 837 1399.",
            "Pressestelle des Ministeriums für Umwelt",
        ),
    ],
)
def test_release_contact_office_is_the_source(closing: str, name: str) -> None:
    assert source_name(LEAD + closing) == name
