"""Who chairs the meeting a clause tells of ("Le conseil des ministres s'est tenu mercredi sous la présidence de X",
"la séance spéciale que le conseil a tenue … sous la présidence de X") takes part in it; the same words after no
meeting ("Les relations se sont renforcées sous la présidence de X") tell a time, and name no participant.

Every brief here is invented for the test.
"""

import briefparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text).participants]


def test_the_chair_of_a_cabinet_meeting_takes_part():
    text = (
        "Le Conseil des ministres s'est tenu mercredi 13 mars 2024 au palais de Porta Nova, sous la présidence de "
        "M. Paul Marin, président de la République.\n\nLe Conseil a adopté deux projets de décret.\n"
    )
    assert "Paul Marin" in _names(text)


def test_the_chair_of_a_council_sitting_takes_part():
    text = (
        "Le rapport sur la législature a été au centre de la séance spéciale que le Conseil d'État a tenue "
        "mercredi 13 mars 2024 à Porta Nova, sous la présidence de M. Paul Marin.\n\nLe Conseil a discuté du plan.\n"
    )
    assert "Paul Marin" in _names(text)


def test_a_presidency_that_tells_a_time_names_no_participant():
    text = (
        "Le ministre valdorien Jean Roux a reçu mercredi 13 mars 2024 l'ambassadeur Luc Dumas. Les relations entre "
        "les deux pays se sont renforcées sous la présidence de M. Paul Marin.\n"
    )
    names = _names(text)
    assert "Paul Marin" not in names
    assert {"Jean Roux", "Luc Dumas"} <= set(names)
