"""In a message of condolence, the person whose death it is about is named in passing, also when the death noun
carries its manner ("la mort brutale de son homologue", "le décès tragique du président X") or is "la mort de Z"."""

import pytest

import briefparse


@pytest.mark.parametrize(
    "death",
    ["le décès tragique du président", "la disparition brutale du président", "la mort du président"],
)
def test_the_deceased_after_a_death_noun_with_its_manner_takes_no_part(death: str) -> None:
    text = (
        "Le chef de l'État, Marc Tavernier, a adressé un message de condoléances à Louis Ferrand, vice-président "
        "de la République de Valdorie.\n"
        "Dans son message le président Marc Tavernier se dit affligé par la mort brutale de son homologue : "
        f"« C'est avec une vive émotion que j'ai appris {death} Henri Malbosc de la République de Valdorie, survenu "
        "dans un accident, le dimanche 19 mai 2024 », a-t-il écrit.\n"
    )
    brief = briefparse.parse(text)
    taking_part = {p.name for p in brief.participants}
    assert taking_part == {"Marc Tavernier", "Louis Ferrand"}
    assert "Henri Malbosc" in {p.name for p in brief.people_mentioned}
