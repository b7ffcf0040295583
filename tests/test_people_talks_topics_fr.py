"""French talks whose topics are other occasions: a visit to come ("la visite très prochainement du chef du
gouvernement, X") and the follow-up of one gone by ("consacrée au suivi des résultats de la visite effectuée par le
président Y en 2018") name people who are only mentioned. Fictional people and countries."""

from __future__ import annotations

import briefparse

TOPICS = (
    "Le ministre valdorien des Affaires étrangères, Jean Dufort, s'est entretenu, le 4 février au siège du "
    "département, avec l'ambassadeur de Norland à Kessel, Luc Verdal. "
    "La rencontre a porté sur la préparation des échéances bilatérales, dont la visite très prochainement du chef "
    "du gouvernement, Paul Marin, en Norland. "
    "La rencontre a été consacrée aussi au suivi des résultats de la visite effectuée par le président norlandais "
    "Eva Brun en Valdoria le 31 janvier 2018."
)


def test_people_of_the_occasions_the_talks_were_about_are_only_mentioned() -> None:
    brief = briefparse.parse(TOPICS)
    assert [p.name for p in brief.participants] == ["Jean Dufort", "Luc Verdal"]
    assert {"Paul Marin", "Eva Brun"} <= {p.name for p in brief.people_mentioned}
