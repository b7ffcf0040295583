"""People a later sentence says took part, the adverb inside the perfect of taking part ("X et Y ont également pris
part à ce déjeuner") or right before the verb ("X also took part in the meeting", "Y también participó", "Z также
принял участие"), and a plural rank before the names of such a sentence ("Les colonels X et Y"), which gives each
the rank as a role.

The briefs and their people are fictional, written for this test.
"""

import pytest

import briefparse

FR = "Le président Amadou Keita a été reçu mardi à l'Elysée par le président Paul Durand pour un déjeuner de travail. "
EN = (
    "Foreign Minister Ali Rahimli met with the ambassador of Portugal, Joao Silva, on Monday. "
    "The sides discussed bilateral ties. "
)


def _people(text: str) -> tuple[dict[str, str | None], list[str]]:
    brief = briefparse.parse(text)
    return {p.name: p.role for p in brief.participants}, [p.name for p in brief.people_mentioned]


def test_adverb_inside_the_french_perfect_of_taking_part() -> None:
    taking_part, mentioned = _people(
        FR + "La ministre Claire Morel et le conseiller Jean Lenoir ont également pris part à ce déjeuner."
    )
    assert {"Claire Morel", "Jean Lenoir"} <= set(taking_part), taking_part
    assert not mentioned


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (EN + "As reported, Honorary Consul Karim Aliyev also took part in the meeting.", "Karim Aliyev"),
        (
            "El canciller Pedro Soto se reunió el martes en Lima con su homólogo de Chile, Luis Mora. El embajador "
            "de Chile, Carlos Vidal, también participó en la reunión.",
            "Carlos Vidal",
        ),
        (
            "Министр иностранных дел Иван Петров провел во вторник переговоры с коллегой из Сербии Марко Йовичем. "
            "Посол Сербии Петар Илич также принял участие во встрече.",
            "Петар Илич",
        ),
    ],
)
def test_adverb_right_before_the_verb_of_taking_part(text: str, name: str) -> None:
    taking_part, mentioned = _people(text)
    assert name in taking_part, taking_part
    assert name not in mentioned


def test_adverb_before_another_encounter_still_sets_it_apart() -> None:
    taking_part, mentioned = _people(EN + "Deputy Minister Karim Aliyev also held talks with Joao Silva.")
    assert "Karim Aliyev" not in taking_part
    assert "Karim Aliyev" in mentioned


def test_plural_rank_before_names_gives_each_the_rank() -> None:
    taking_part, _ = _people(FR + "Les colonels Sadio Traoré et Moussa Diallo ont également pris part à ce déjeuner.")
    assert taking_part.get("Sadio Traoré") == "colonel"
    assert taking_part.get("Moussa Diallo") == "colonel"
