"""Source: a document whose issuer the brief never names, speaking after a verb of saying ("…, indique une note.",
"…, peut-on lire dans une note rendue publique.", "…, señaló un comunicado oficial, …"), names no one the news comes
from: no source; one tied to its issuer names the issuer.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text).source
    return source.name if source else None


@pytest.mark.parametrize(
    "text",
    [
        (
            "Le président Amadou Kessé a reçu l'émissaire Paul Ondo\n\n"
            "Le président Amadou Kessé a reçu mardi l'émissaire Paul Ondo. « Les deux hommes ont évoqué la sécurité "
            "dans la région », indique une note ."
        ),
        (
            "Le président Amadou Kessé a reçu son allié Paul Ondo\n\n"
            "Le président Amadou Kessé a reçu son allié Paul Ondo au Palais. « Ils ont parlé des élections », "
            "peut-on lire dans une note rendue publique."
        ),
        (
            "Reunión del gobernador Tomás Ferrán con empresarios\n\n"
            "El gobernador Tomás Ferrán se reunió con empresarios de Valdoria. En la reunión, señaló un comunicado "
            "oficial, participaron los presidentes de las cámaras locales."
        ),
    ],
    ids=["fr-indique", "fr-lit-on-dans", "es-senalo"],
)
def test_a_document_of_no_named_issuer_is_no_source(text: str) -> None:
    assert source_name(text) is None


def test_a_document_tied_to_its_issuer_names_the_issuer() -> None:
    text = (
        "Le président Amadou Kessé a reçu l'émissaire Paul Ondo\n\n"
        "Le président Amadou Kessé a reçu mardi l'émissaire Paul Ondo. « Les deux hommes ont évoqué la sécurité "
        "dans la région », indique un communiqué de la présidence."
    )
    assert "présidence" in (source_name(text) or "")


def test_a_participant_s_own_document_is_no_source() -> None:
    text = (
        "Le ministre Paul Ondo salue l'accord de paix\n\n"
        "Dans un communiqué, le ministre des Affaires étrangères Paul Ondo a salué mardi l'accord de paix signé à "
        "Valdor."
    )
    assert source_name(text) is None
