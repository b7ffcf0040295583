"""Source: a line of its own that heads a statement with its spokesperson names the source ("Déclaration du
porte-parole du ministère", "Statement by the Press Secretary on …"); the body before a dash when the line opens on
it ("Quai d'Orsay - Déclarations du porte-parole - 3 mai 2016"). A statement a person makes himself ("Déclaration de
M. X, ministre …") names no source.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def source_name(text: str) -> str | None:
    """The name of the source the parser finds in `text`, or None."""
    source = briefparse.parse(text).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Attentat à Port-Valdor\n\n"
            "Déclaration du porte-parole du ministère des Affaires étrangères\n"
            "12 mars 2019\n\n"
            "La France condamne l’attentat perpétré aujourd’hui à Port-Valdor. Elle présente ses condoléances aux "
            "familles des victimes.",
            "porte-parole du ministère des Affaires étrangères",
        ),
        (
            "Valdorie – Entretien de Mme Anne Morel avec M. Paul Ondo\n\n"
            "DÉCLARATION DE LA PORTE-PAROLE DU MINISTÈRE DE L’EUROPE ET DES AFFAIRES ÉTRANGÈRES (3 mai 2021)\n\n"
            "Mme Anne Morel s’est entretenue aujourd’hui par téléphone avec son homologue, M. Paul Ondo.",
            "PORTE-PAROLE DU MINISTÈRE DE L’EUROPE ET DES AFFAIRES ÉTRANGÈRES",
        ),
        (
            "Valdorie - Naufrage d’un navire\n\n"
            "Le président Jean Marlot a adressé ses condoléances au président Paul Ondo.\n\n"
            "Quai d’Orsay - Déclarations du porte-parole - 3 mai 2016\n\n"
            "La France présente ses condoléances aux familles des victimes.",
            "Quai d’Orsay",
        ),
        (
            "Statement by the Press Secretary on the Visit of President Paul Ondo of Valdoria\n\n"
            "The President will host Paul Ondo, President of Valdoria, at the White House on March 3 for an "
            "official visit.",
            "Press Secretary",
        ),
    ],
)
def test_headed_statement_names_its_spokesperson(text: str, issuer: str) -> None:
    assert source_name(text) == issuer


def test_a_statement_of_his_own_names_no_source() -> None:
    text = (
        "Déclaration de M. Jean Marlot, ministre des affaires étrangères, sur la situation en Valdorie\n\n"
        "La France appelle toutes les parties à la retenue."
    )
    assert source_name(text) is None
