"""A social network named in the sentence that quotes the posted words is the source, with no verb of posting."""

from __future__ import annotations

import briefparse


def _source(text: str) -> str | None:
    brief = briefparse.parse(text)
    return brief.source.name if brief.source else None


def test_fronted_network_before_quotation_fr() -> None:
    text = (
        "Le Premier ministre Paul Varnier chez l'ancien président Jean Lodar\n\n"
        "Le Premier ministre Paul Varnier a rendu visite mardi 5 mars 2024 à l'ancien président Jean Lodar dans "
        "sa résidence de Lyon.\n\n"
        "Sur X, le chef du gouvernement est revenu sur cette entrevue : « Une rencontre empreinte d'émotion et de "
        "cordialité avec le Président Lodar. »\n"
    )
    assert _source(text) == "X"


def test_network_after_closing_quotation_fr() -> None:
    text = (
        "Paul Varnier reçu par Jean Lodar\n\n"
        "Le Premier ministre Paul Varnier a rendu visite mercredi 6 mars 2024 à l'ancien président Jean Lodar.\n\n"
        "« Un échange direct et hautement instructif » s'est réjoui le chef du gouvernement dans un post sur X.\n"
    )
    assert _source(text) == "X"


def test_network_before_quotation_de() -> None:
    text = (
        "Kanzlerin Marta Lindqvist beim Bischof Anton Weller\n\n"
        "Bischof Anton Weller hat Kanzlerin Marta Lindqvist am Samstag, 2. März 2024, in Trier empfangen. "
        "Auf X heisst es zu mehreren Bildern von dem Treffen: «Ein wichtiges Gespräch in schwierigen Zeiten.»\n"
    )
    assert _source(text) == "X"


def test_share_button_is_no_source() -> None:
    text = (
        "Paul Varnier reçu par Jean Lodar\n\n"
        "Le Premier ministre Paul Varnier a rendu visite mercredi 6 mars 2024 à l'ancien président Jean Lodar "
        "dans sa résidence de Lyon.\n\n"
        "Partager sur Facebook\n"
    )
    assert _source(text) is None
