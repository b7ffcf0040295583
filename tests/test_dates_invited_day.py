"""An invitation for a day ("hat das Diplomatische Corps für den 27. September eingeladen", "пригласил ... на 27
сентября") dates the occasion invited to, which may fall after the release's own date.

The briefs are written for this test (invented people, real countries).
"""

import briefparse


def test_the_day_an_invitation_is_for_dates_the_event_de():
    brief = briefparse.parse(
        "Ministerpräsidentin lädt Diplomaten ein\n\nNr. 12/2018 | 25.09.2018\n\n"
        "Ministerpräsidentin Eva Brandl hat das Diplomatische Corps für den 27. September nach Rostock eingeladen. "
        "Um 10 Uhr begrüßt sie die Diplomaten.\n"
    )
    assert str(brief.published) == "2018-09-25"
    assert str(brief.date) == "2018-09-27"


def test_the_day_an_invitation_is_for_dates_the_event_ru():
    brief = briefparse.parse(
        "Губернатор пригласил послов\n\n25.09.2018\n\n"
        "Губернатор Иван Петров пригласил дипломатов на 27 сентября в Ростов. Он обсудит с ними торговлю.\n"
    )
    assert str(brief.date) == "2018-09-27"
