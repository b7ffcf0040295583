"""French briefs invented for these tests (fictional people and countries): the aides told beside the host at the
encounter ("était entouré de son conseiller …, X", "était assisté de son directeur de cabinet Y", "assisté par Z")
take part; "a assisté à" (attendance of something) keeps its own reading."""

from __future__ import annotations

from briefparse import parse

AUDIENCE = (
    "Le président de la Moravie, Paul Kerner, a reçu jeudi à Villeneuve l'ambassadeur de la Silvanie, Tomas Lindo. "
)


def names(text: str) -> list[str]:
    return [p.name for p in parse(text, language="fr").participants if p.name]


def test_aides_surrounding_the_host_take_part() -> None:
    found = names(
        AUDIENCE + "L'audience a duré une heure. Le président Kerner était entouré de son conseiller diplomatique, "
        "Luc Ferrand, et de son directeur de cabinet, Marc Albin."
    )
    assert {"Paul Kerner", "Tomas Lindo", "Luc Ferrand", "Marc Albin"} <= set(found)


def test_aides_assisting_the_host_take_part() -> None:
    found = names(
        AUDIENCE + "Le chef de l'Etat était assisté de son directeur de cabinet Marc Albin et du secrétaire général "
        "de la présidence, Luc Ferrand."
    )
    assert {"Marc Albin", "Luc Ferrand"} <= set(found)


def test_aides_assisting_by_par_take_part() -> None:
    found = names(AUDIENCE + "Le président était assisté par Luc Ferrand, secrétaire général de la présidence.")
    assert "Luc Ferrand" in found
