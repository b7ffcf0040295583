"""A network on which words were published, in a sentence that an abbreviated honorific ("M.", "Mme", "Dr.")
does not end: "…, a indiqué M. Marin dans un post sur X" names the network as the brief's source.

The briefs are invented for these tests.
"""

import pytest

from briefparse import parse


def source_name(text: str) -> str | None:
    """The name of the source parsed from a brief, None when it cites none."""
    found = parse(text).source
    return None if found is None else found.name


@pytest.mark.parametrize(
    "text",
    [
        "Le chef de la diplomatie valdorienne, Paul Marin, s’est entretenu avec la ministre norlandaise des Affaires "
        "étrangères, Ilse Varga, a indiqué M. Marin dans un post sur X.\n« Nous avons parlé du commerce », a-t-il "
        "ajouté.",
        "The Valdorian Foreign Minister Paul Marin met his Norlish counterpart Ilse Varga in Korvik, Mr. Marin "
        "wrote on X.\nThe two discussed trade and the new rail link.",
    ],
)
def test_network_after_abbreviated_honorific(text: str) -> None:
    assert source_name(text) == "X"


def test_share_button_still_names_none() -> None:
    text = (
        "Le ministre valdorien Paul Marin a reçu lundi son homologue Ilse Varga à Korvik.\n"
        "Les deux ministres ont parlé commerce.\nPartager sur Facebook"
    )
    assert source_name(text) is None
