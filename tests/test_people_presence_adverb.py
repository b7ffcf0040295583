"""People a later sentence says were also there ("X et Y étaient également présents à l'entretien", "estuvieron
también presentes", "waren ebenfalls beim Gespräch anwesend", "gehörten der Delegation auch X an"): the adverb is a
word of the phrase of presence, which adds them to the encounter reported; it does not set another encounter apart,
as "X a également rencontré Y" still does.

The briefs and their people are fictional, written for this test.
"""

import pytest

import briefparse

FR = (
    "Le président Jean Dumont et le Premier ministre malien Amadou Keita se sont entretenus mardi à Paris sur la "
    "coopération sécuritaire, indique un communiqué de la présidence.\n\n"
)
ES = (
    "Madrid, 3 de marzo de 2025 — El presidente Juan Ortega y el primer ministro de Marruecos, Ahmed Benali, "
    "conversaron este martes en Madrid sobre la cooperación migratoria, informó la Presidencia.\n\n"
)
DE = (
    "Landeshauptmann Peter Huber hat am Dienstag in Graz den slowenischen Ministerpräsidenten Marko Kralj zu einem "
    "Arbeitsgespräch empfangen.\n\n"
)


def _people(text: str) -> tuple[list[str], list[str]]:
    brief = briefparse.parse(text)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            FR + "L'épouse de M. Dumont, Claire Rochat, et le conseiller d'Etat Paul Lemaire étaient également "
            "présents à l'entretien.",
            ["Claire Rochat", "Paul Lemaire"],
        ),
        (
            ES + "La ministra de Defensa, Carmen Ruiz, y el embajador Luis Prado estuvieron también presentes en la "
            "reunión.",
            ["Carmen Ruiz", "Luis Prado"],
        ),
        (
            DE + "Landesrätin Anna Berger und Botschafter Max Wolf waren ebenfalls beim Gespräch anwesend.",
            ["Anna Berger", "Max Wolf"],
        ),
    ],
)
def test_also_present_take_part(text: str, present: list[str]):
    taking_part, _ = _people(text)
    assert all(name in taking_part for name in present), taking_part


def test_delegation_told_after_the_verb_takes_part():
    text = (
        "Landtagspräsidentin Eva Brandl hat am Montag in München eine Delegation des Landtags von Nordland "
        "empfangen. Neben Landtagspräsident Karl Meier (CDU) gehörten der Delegation auch Vizepräsident Rolf "
        "Hahn (SPD) und Vizepräsidentin Lena Vogt (FDP) an."
    )
    taking_part, _ = _people(text)
    assert {"Karl Meier", "Rolf Hahn", "Lena Vogt"} <= set(taking_part), taking_part


def test_also_met_someone_else_is_another_encounter():
    taking_part, mentioned = _people(FR + "Le ministre Paul Lemaire a également rencontré le sénateur Luc Girard.")
    assert "Luc Girard" not in taking_part and "Luc Girard" in mentioned, (taking_part, mentioned)
