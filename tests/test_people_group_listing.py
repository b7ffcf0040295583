"""A sentence after the event that opens on a group and ties it by a plural verb to the names right after it ("Les
chefs d'Etat présents sont X (A), Y (B)", "Among the leaders hosted by the President were former Governor, X; …",
"Parmi les dirigeants présents figurent, outre le roi X, …") lists participants; those it gives no role of their own
hold the group's office in the singular. A plural verb with no name after it lists no one.

Every brief here is invented for the test.
"""

import pytest

import briefparse


def _parts(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Cinq chefs d’Etat participent depuis ce jeudi 24 février au sommet régional de Porta Nova. La rencontre "
            "se tient malgré les restrictions sanitaires.\nLes Chefs d’Etat présents sont Karl Vester ( Valdorie), "
            "Paul Marin ( Norlandie) et Luc Bonnet ( Ostrovie).",
            {"Karl Vester", "Paul Marin", "Luc Bonnet"},
        ),
        (
            "President Karl Vester on Friday met with a delegation of elders from the northern provinces.\n\nHe "
            "received the delegation at the State House in Porta Nova.\n\nAmong the leaders hosted by the President "
            "were former Northern State Governor, Paul Marin; former Minister of Roads, Luc Bonnet; and the elder "
            "Anna Berg.",
            {"Karl Vester", "Paul Marin", "Luc Bonnet", "Anna Berg"},
        ),
        (
            "Le sommet de la Ligue s'est ouvert dimanche à Porta Nova.\nParmi les dirigeants présents figurent, outre "
            "le roi Karlo de Valdorie, l’émir de Norlandie, Paul Marin, et le président ostrovien Luc Bonnet.",
            {"Paul Marin", "Luc Bonnet"},
        ),
    ],
)
def test_the_names_a_group_is_tied_to_take_part(text: str, names: set[str]) -> None:
    assert names <= set(_parts(text))


def test_an_item_without_a_role_holds_the_groups_office() -> None:
    text = (
        "Cinq chefs d’Etat participent depuis ce jeudi 24 février au sommet régional de Porta Nova.\nLes Chefs d’Etat "
        "présents sont Karl Vester ( Valdorie), Paul Marin ( Norlandie) et Luc Bonnet ( Ostrovie)."
    )
    assert _parts(text)["Paul Marin"] == "Chef d’Etat"


def test_a_plural_verb_with_no_name_after_it_lists_no_one() -> None:
    text = (
        "Le président Karl Vester a reçu mardi à Porta Nova le Premier ministre Paul Marin.\nLes deux dirigeants sont "
        "convenus de se revoir, a indiqué la porte-parole Léa Moreau."
    )
    assert "Léa Moreau" not in _parts(text)
