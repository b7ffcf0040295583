"""A list of full names, each with its portfolio in brackets ("X (Culture), Y (Santé) et Z (Budget)"), holds its last
item too: a capitalised word alone in brackets is the item's portfolio, not a name that breaks the list.

Every brief here is invented for the test.
"""

import briefparse


def test_the_item_after_a_bracketed_portfolio_and_et_is_listed() -> None:
    brief = (
        "La Valdorie et la Norlandie ont conclu mardi à Porta Nova six accords de coopération.\n\n"
        "D’autres accords concernent le transport routier.\n\n"
        "Le ministre des Affaires étrangères, Léa Moreau, a conduit la délégation valdorienne comprenant les ministres "
        "Anna Berg (Défense), Marc Tellier (Intérieur), Jean Dufort (Justice).\n\n"
        "Il y a aussi Luc Bonnet (Culture), Pierre Lamy (Santé), Anne Vidal (Élevage) et Paul Roux (Budget)."
    )
    assert "Paul Roux" in {p.name for p in briefparse.parse(brief).participants}
