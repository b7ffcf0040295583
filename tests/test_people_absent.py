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


@pytest.mark.parametrize(
    "text",
    [
        "El presidente Paul Marín inauguró el martes en Porta Nova la cumbre de la región con su homólogo de "
        "Norlandia, Karl Vester. No participarán los presidentes Jan Olsen (Valdoria) y Eric Lund (Estlandia).",
        "El presidente Paul Marín inauguró el martes en Porta Nova la cumbre de la región con su homólogo de "
        "Norlandia, Karl Vester. Los únicos mandatarios que no asistirán son el valdoriano Jan Olsen, por "
        "motivos de salud, y el estlandés Eric Lund.",
        "El presidente Paul Marín inauguró el martes en Porta Nova la cumbre de la región con su homólogo de "
        "Norlandia, Karl Vester. Tampoco asistió el presidente de Valdoria, Jan Olsen, ni su colega estlandés, "
        "Eric Lund.",
        "El presidente Paul Marín inauguró el martes en Porta Nova la cumbre de la región con su homólogo de "
        "Norlandia, Karl Vester, ante la ausencia del presidente de Valdoria, Jan Olsen.",
        "El presidente Paul Marín inauguró el martes en Porta Nova la cumbre de la región con su homólogo de "
        "Norlandia, Karl Vester. Los que no asistieron fueron Eric Lund, de Estlandia; Ana Berg, de Nordia, y Jan "
        "Olsen, de Valdoria.",
    ],
)
def test_the_absent_named_after_the_absence_is_only_mentioned(text):
    """Spanish puts the subject after its verb ("No participarán los presidentes X", "Tampoco asistió el presidente
    X") and after the copula of "los que no asistirán son X"; an absence noun names the absent after its link ("ante
    la ausencia del presidente X")."""
    brief = briefparse.parse(text)
    participants = {p.name for p in brief.participants}
    assert {"Paul Marín", "Karl Vester"} <= participants
    assert "Jan Olsen" not in participants
    assert "Jan Olsen" in {p.name for p in brief.people_mentioned}


def test_a_name_after_an_absence_verb_and_its_complement_still_takes_part():
    text = (
        "El canciller Paul Marín no viajó a Porta Nova, pero recibió el martes en su despacho al embajador de "
        "Norlandia, Karl Vester."
    )
    assert "Karl Vester" in {p.name for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    "text",
    [
        # told as one of the absent, as not invited, or as one whose part is called off
        "El presidente Paul Marín inauguró el martes en Porta Nova la cumbre de la región con su homólogo de "
        "Norlandia, Karl Vester. El primer ministro Eric Lund viajó luego a Estlandia para reunirse con su "
        "homólogo, Jan Olsen, uno de los ausentes en la cita de Porta Nova.",
        "El presidente Paul Marín inauguró el martes en Porta Nova la cumbre de la región con su homólogo de "
        "Norlandia, Karl Vester, mientras que la cancelación de la participación del presidente de Valdoria, Jan "
        "Olsen, ha marcado la jornada.",
        "El presidente Paul Marín recibió el martes en el Palacio de Porta Nova al cuerpo diplomático, junto al "
        "canciller Karl Vester. A la actividad no se le cursó invitación al embajador de Norlandia en Valdoria, Jan "
        "Olsen.\n\n\"El embajador de Norlandia en Valdoria no fue invitado a este encuentro\", dijo el canciller.",
        "El presidente Paul Marín recibió el martes en Porta Nova a su homólogo de Norlandia, Karl Vester. El "
        "canciller valdoriano, Jan Olsen, canceló su participación a última hora.",
        "Foreign ministers of the group met in Porta Nova on Tuesday, chaired by Paul Marin and Karl Vester. "
        "Norland's Foreign Minister Jan Olsen announced he will not attend.",
        "President Paul Marin received Norland's ambassador Karl Vester on Tuesday in the absence of Foreign "
        "Minister Jan Olsen.",
        "Le président Paul Marin a reçu mardi l'ambassadeur de Norland, Karl Vester, en l'absence du ministre des "
        "Affaires étrangères, Jan Olsen.",
        "Le président Paul Marin a reçu mardi l'ambassadeur de Norland, Karl Vester. Le ministre des Affaires "
        "étrangères, Jan Olsen, a annulé sa visite.",
        "Präsident Paul Marin hat am Dienstag in Porta Nova den Botschafter Karl Vester empfangen. Außenminister Jan "
        "Olsen nahm nicht teil.",
        "Президент Пауль Марин принял во вторник в Порта-Нове посла Карла Вестера. Министр иностранных дел Ян "
        "Ольсен не участвовал во встрече.",
    ],
)
def test_one_told_absent_not_invited_or_called_off_is_only_mentioned(text):
    """A name whose clause tells absence ("uno de los ausentes", "announced he will not attend", "nahm nicht teil",
    "не участвовал"), no invitation ("no se le cursó invitación al embajador X", "the ambassador … was not invited")
    or a part called off ("la cancelación de la participación del presidente X", "a annulé sa visite") is mentioned,
    not a party; so is the office noun standing for them, with its complement and seat."""
    brief = briefparse.parse(text)
    participants = {p.name for p in brief.participants}
    assert "Paul Marin" in participants or "Paul Marín" in participants or "Пауль Марин" in participants
    assert not {"Jan Olsen", "Ян Ольсен"} & participants
    assert {"Jan Olsen", "Ян Ольсен"} & {p.name for p in brief.people_mentioned}
