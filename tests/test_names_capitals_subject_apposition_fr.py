"""A full name written in capitals in the subject's apposition, closed by the subject's verb rather than a comma
(« Le Président du Conseil, Général …, JEAN DUVAL a reçu … »), on fictional briefs."""

import datetime as dt

import briefparse
from briefparse.analysis.names import find_names
from briefparse.lang import get_language

DAY = dt.date(2025, 3, 4)


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=DAY).participants]


def _found(text: str) -> list[tuple[str, ...]]:
    return [m.tokens for m in find_names(text, 0, len(text), get_language("fr"))]


def test_a_name_in_capitals_after_a_rank_closed_by_the_verb_takes_part():
    text = ("Le Président du Conseil de Transition, Général de Corps d'Armée, JEAN PAUL DOSSOU a reçu ce midi "
            "l'ambassadeur du Mali, Paul Kanté. Les deux hommes ont évoqué la transition en cours.")
    assert _names(text) == ["JEAN PAUL DOSSOU", "Paul Kanté"]


def test_a_name_in_capitals_in_apposition_closed_by_the_verb_takes_part():
    text = ("Le Premier ministre, ALBERT KOUASSI MENSAH s'est entretenu mardi à Lomé avec le ministre béninois "
            "des Affaires étrangères, Luc Agbo.")
    assert _names(text) == ["ALBERT KOUASSI MENSAH", "Luc Agbo"]


def test_a_country_in_capitals_before_a_word_in_small_letters_is_no_one():
    found = _found("Le ministre s'est rendu à Niamey, RÉPUBLIQUE DU NIGER en début de semaine.")
    assert not any("RÉPUBLIQUE" in tokens or "NIGER" in tokens for tokens in found)
