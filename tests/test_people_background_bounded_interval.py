"""An earlier encounter the event is said to follow by a bounded or softened span of time ("The visit comes less than
a month after X visited Y and met Z", "Une réunion qui intervient quelques jours seulement après l'audience accordée
par X à Y"): its parties are mentioned, not taking part in the event reported.

The briefs and their people are fictional, written for this test.
"""

import pytest

import briefparse


def _names(text: str) -> tuple[set[str], set[str]]:
    brief = briefparse.parse(text)
    return {p.name for p in brief.participants if p.name}, {p.name for p in brief.people_mentioned}


@pytest.mark.parametrize(
    ("text", "parties", "others"),
    [
        (
            "Foreign Minister Karim Nadir received his Ruritanian counterpart Olaf Brenner in Valdor on Monday. "
            "They discussed trade and energy. Brenner's visit comes less than a month after Prime Minister Hugo "
            "Lenz visited Ruritania and met President Anton Weiss.",
            {"Karim Nadir", "Olaf Brenner"},
            {"Hugo Lenz", "Anton Weiss"},
        ),
        (
            "President Mara Ostrova spoke by phone with Chancellor Felix Amsel on Tuesday. The call came hours after "
            "Defence Minister Ivo Darel met General Lukas Brandt in Norburg.",
            {"Mara Ostrova", "Felix Amsel"},
            {"Ivo Darel", "Lukas Brandt"},
        ),
        (
            "L'ambassadeur de Valdorie, Paul Kerrec, a été reçu ce lundi par le ministre des Affaires étrangères, "
            "Ahmed Ould Salem. Une réunion qui intervient quelques jours seulement après l'audience accordée par "
            "le président Moussa Diallo au diplomate Jean Fabre.",
            {"Paul Kerrec", "Ahmed Ould Salem"},
            {"Moussa Diallo", "Jean Fabre"},
        ),
    ],
)
def test_parties_of_the_earlier_encounter_are_only_mentioned(text, parties, others):
    taking_part, _ = _names(text)
    assert parties <= taking_part, taking_part
    assert not others & taking_part, taking_part


def test_a_span_with_no_earlier_encounter_keeps_the_lead():
    taking_part, _ = _names(
        "Foreign Minister Karim Nadir met his counterpart Olaf Brenner in Valdor on Monday. The talks came days "
        "after the two countries agreed to reopen their embassies."
    )
    assert {"Karim Nadir", "Olaf Brenner"} <= taking_part, taking_part
