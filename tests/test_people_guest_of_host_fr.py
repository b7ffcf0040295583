"""« X a été l'hôte de Y »: the one whose guest the visitor was receives them, so Y takes part, also with the day
between the noun and its link (« l'hôte ce mardi du Président français Y »).

Every brief here is invented for the test.
"""

import briefparse


def _names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_host_after_the_day() -> None:
    names = _names(
        "Le Président de la République est en visite en France. Paul Mensah a été l'hôte ce mardi du Président "
        "français Marc Tollier. Les deux dirigeants ont passé en revue l'agenda bilatéral."
    )
    assert {"Paul Mensah", "Marc Tollier"} <= names


def test_host_named_before_the_role() -> None:
    names = _names("Le président malien Paul Mensah était l'hôte de Marc Tollier, président ivoirien, lundi à Abidjan.")
    assert {"Paul Mensah", "Marc Tollier"} <= names
