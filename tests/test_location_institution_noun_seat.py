"""Location on briefs invented for these tests (fictional people, real countries): an institution's seat named by its
noun after a place preposition, in lower case with what qualifies it or as a title ("au ministère malien des Affaires
étrangères", "au Premier ministère", "в Правительстве РА", "im Bundesministerium des Innern"), is where the event was
held; not the post a role holds there ("chargé de mission au ministère"), nor an institution's bare noun ("une
académie au ministère")."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Premier ministre reçoit l'ambassadeur du Japon\n\n"
            "Le Premier ministre, M. Sidi Ould Brahim, a reçu, lundi dans son bureau au Premier ministère, "
            "SEM. Kenji Sato, ambassadeur du Japon accrédité en Mauritanie.\n"
            "L'entretien a porté sur les relations de coopération entre les deux pays.",
            "Premier ministère",
        ),
        (
            "Le chargé d'affaires convoqué\n\n"
            "Le chargé d'affaires Paul Renard a été reçu mardi au ministère malien des Affaires étrangères par le "
            "ministre Amadou Keita.\n"
            "Les deux hommes ont évoqué la coopération bilatérale.",
            "ministère malien des Affaires étrangères",
        ),
        (
            "Премьер-министр принял посла\n\n"
            "Премьер-министр Ашот Вардазарян принял посла Эстонии Кайю Тамм. Приветствуя посла в Правительстве РА, "
            "Премьер-министр отметил важность сотрудничества.",
            "Правительстве РА",
        ),
        (
            "Staatssekretär Jens Bauer hat sich mit dem Präsidenten des Instituts, Lukas Brenner, zu einem Austausch "
            "im Bundesministerium des Innern getroffen.\n"
            "Beide sprachen über die Zusammenarbeit.",
            "Bundesministerium des Innern",
        ),
    ],
)
def test_an_institution_named_by_its_noun_is_the_venue(text: str, expected: str) -> None:
    assert parse(text).location == expected


def test_a_secretariat_is_an_institution_seat() -> None:
    text = (
        "President Ravi Perera and Prime Minister Faisal Karimi have discussed trade, says the President’s Media "
        "Division.\n\n"
        "Bilateral talks between the two leaders began at the Presidential Secretariat this morning.\n\n"
        "Prime Minister Karimi, who is in Sri Lanka for a two-day official visit, was welcomed by officials."
    )
    assert parse(text).location == "Presidential Secretariat"


def test_a_role_held_at_an_institution_is_no_venue() -> None:
    text = (
        "Le ministre Amadou Keita a reçu lundi l'ambassadeur Paul Renard.\n"
        "La rencontre s'est déroulée en présence du chargé de mission au ministère des Affaires étrangères, "
        "M. Ali Diallo."
    )
    assert parse(text).location != "ministère des Affaires étrangères"


def test_an_institution_bare_noun_is_no_venue() -> None:
    text = (
        "Le ministre Amadou Keita a reçu lundi le représentant Paul Renard, qui lui a remis un rapport sur la "
        "création d'une académie diplomatique au ministère des affaires étrangères."
    )
    assert parse(text).location is None
