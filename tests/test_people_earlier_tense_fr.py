"""A name in a relative clause told in a tense before the story's, after its verb ("qui avait remis la veille une
lettre à X", "au cours de laquelle il avait animé un débat avec X"), is of that earlier occasion: mentioned, not taking
part. The auxiliary as a verb of its own ("qui avait à ses côtés X") tells no earlier tense. The briefs and their
people are invented for the test."""

import datetime as dt

import briefparse

REF = dt.date(2025, 3, 5)


def _people(text: str) -> tuple[list[str], list[str]]:
    brief = briefparse.parse(text, reference_date=REF)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_a_relative_clause_in_the_pluperfect_names_someone_mentioned():
    taking_part, mentioned = _people(
        "Diplomatie\n\n"
        "Le ministre des Affaires étrangères, M. Paul Marin, a reçu mardi à Dakar plusieurs ambassadeurs. "
        "L'ambassadeur de Norlande, M. Jean Kessel, qui avait remis la veille une note de son pays à M. Luc Morel, "
        "secrétaire général du ministère, a rencontré M. Marin pour la même raison."
    )
    assert "Jean Kessel" in taking_part and "Paul Marin" in taking_part, taking_part
    assert "Luc Morel" not in taking_part and "Luc Morel" in mentioned, (taking_part, mentioned)


def test_a_relative_clause_after_an_occasion_noun_names_someone_mentioned():
    taking_part, mentioned = _people(
        "Visite officielle\n\n"
        "Le président norlandais Paul Marin a été reçu mercredi à Paris par son homologue Karl Osten. M. Marin a pris "
        "part mardi au forum de Genève, rencontre au cours de laquelle il avait animé un débat avec son homologue Luc "
        "Morel."
    )
    assert taking_part == ["Paul Marin", "Karl Osten"], taking_part
    assert mentioned == ["Luc Morel"], mentioned


def test_the_auxiliary_as_a_verb_of_its_own_tells_no_earlier_tense():
    taking_part, _mentioned = _people(
        "Visite d'État\n\n"
        "La ministre valdorienne Anna Berg a été reçue mardi à Dakar par le président norlandais Paul Marin, qui "
        "avait à ses côtés le ministre des Affaires étrangères, Luc Morel."
    )
    assert "Luc Morel" in taking_part, taking_part


def test_parties_to_an_encounter_an_opening_clause_puts_before_are_mentioned():
    taking_part, _mentioned = _people(
        "Reprise du dialogue\n\n"
        "Trois jours après l'entretien téléphonique entre les présidents Karl Osten et Luc Morel, les gouvernements "
        "norlandais et valdorien reprennent leur coopération. Le ministre norlandais des Affaires étrangères, Paul "
        "Marin, s'est entretenu lundi au téléphone avec son homologue valdorienne Anna Berg."
    )
    assert "Paul Marin" in taking_part and "Anna Berg" in taking_part, taking_part
    assert "Karl Osten" not in taking_part and "Luc Morel" not in taking_part, taking_part


def test_a_sentence_opening_on_last_week_tells_another_occasion():
    brief = briefparse.parse(
        "Visite à Port-Louis\n\n"
        "Le ministre valdorien des Affaires étrangères, Paul Marin, est attendu mercredi à Port-Louis pour une "
        "visite de travail. A la fin de la semaine dernière, le ministre norlandais des Affaires étrangères, Karl "
        "Osten, a effectué une brève visite dans le pays au cours de laquelle il a rencontré le chef de l'Etat.",
        reference_date=REF,
    )
    taking_part = [p.name for p in brief.participants]
    assert "Paul Marin" in taking_part and "Karl Osten" not in taking_part, taking_part
