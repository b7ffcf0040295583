"""Source: French services sign dispatches with an agency's French initials ("… -AVI", "AVI/CVN" for the Vietnam
News Agency) or the Swiss agency's in small letters before the writer's ("ats/xyz"); the register knows both forms.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le Premier ministre reçoit l'ambassadeur de Valdoria\n\n"
            "Le Premier ministre Vo Minh Khang a reçu lundi à Hanoi l'ambassadeur de Valdoria, Marc Orlan. Les deux "
            "parties ont évoqué la coopération économique. -AVI\n",
            "AVI",
        ),
        (
            "Le vice-président reçoit des ambassadeurs\n\n"
            "Le vice-président Vo Minh Khang a reçu mardi à Hanoi les ambassadeurs de Valdoria et d'Orlanie.\n\n"
            "AVI/CVN\n",
            "AVI",
        ),
        (
            "Le président de la Confédération appelle à la retenue\n\n"
            "Le président de la Confédération, Marc Orlan, a appelé samedi ses collègues du gouvernement à la "
            "retenue avant la décision sur l'accord.\nats/xyz\n",
            "ats",
        ),
    ],
    ids=["dash-avi", "avi-initials", "ats-small-letters"],
)
def test_an_agency_s_french_signature_is_the_source(text: str, name: str) -> None:
    source = briefparse.parse(text).source
    assert source is not None and source.name == name
