"""A person the brief names as taking no part ("Le ministre …, M. X, ne sera pas de ce voyage", "X n'a pas pris part à
l'entretien", "X did not attend the talks", "X no asistió a la reunión") is mentioned, not a participant; a negated
verb of another kind ("qui n'a pas caché sa satisfaction") keeps its subject in the event.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "La Première ministre valdorienne, Léa Moreau, effectuera du 5 au 7 février une mission en Norlande. "
        "Accompagnée du ministre des Finances, Karl Vester, elle séjournera à Porta Nova. Le ministre des Affaires "
        "étrangères, M. Jan Olsen, ne sera pas de ce voyage.",
        "Le président Paul Marin a reçu mardi l'ambassadeur de Norland, Karl Vester. Le ministre des Affaires "
        "étrangères, Jan Olsen, n’a pas pris part à l’entretien.",
        "President Paul Marin met Norland's ambassador Karl Vester on Tuesday. Foreign Minister Jan Olsen did not "
        "attend the talks.",
        "El presidente Paul Marín recibió el martes al embajador de Norlandia, Karl Vester. El canciller Jan Olsen no "
        "asistió a la reunión.",
        "El presidente Paul Marín habló el martes por videoconferencia con el embajador de Norlandia, Karl Vester. "
        "El canciller Jan Olsen no acudió a la toma de posesión del presidente en Porta Nova.",
        "El presidente Paul Marín recibió el martes en Porta Nova a los mandatarios de la región. El canciller Jan "
        "Olsen no pudo asistir a la reunión por motivos de salud.",
        "El presidente Paul Marín recibió el martes en Porta Nova al embajador de Norlandia, Karl Vester. El canciller "
        "valdoriano, Jan Olsen, tampoco pudo estar presente.",
    ],
)
def test_the_absent_person_is_only_mentioned(text):
    brief = briefparse.parse(text)
    assert "Jan Olsen" not in {p.name for p in brief.participants}
    assert "Jan Olsen" in {p.name for p in brief.people_mentioned}


def test_another_negated_verb_keeps_its_subject_in_the_event():
    text = "Le président Paul Marin a reçu mardi Karl Vester, ambassadeur de Norland, qui n'a pas caché sa joie."
    assert "Karl Vester" in {p.name for p in briefparse.parse(text).participants}
