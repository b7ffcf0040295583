"""German puts the verb second: a later sentence that opens on a place, its verb and then the event's own noun
("Im Rathaus wurde der Besuch von X empfangen") tells more of the event, and whoever it names takes part; a fronted
phrase of time ("Im Vorfeld des Besuchs") does not.

The brief is written for this test (invented people, real countries).
"""

import briefparse


def test_a_fronted_place_before_the_event_noun_continues_the_event():
    brief = briefparse.parse(
        "Der Präsident des Senats von Slowenien, Marko Zupan, ist am 3. Mai zu einem Besuch des Landtags in Kiel "
        "gelandet. Der Besuch erfolgte auf Einladung der Landesregierung, die ihn seit Jahren plant. Begleitet "
        "wurde er vom Botschafter Anton Kralj. Im Landeshaus wurde der Besuch vom Parlamentspräsidenten Hans "
        "Reimer empfangen.\n"
    )
    assert "Hans Reimer" in {p.name for p in brief.participants}


def test_a_fronted_phrase_of_time_before_the_event_noun_tells_no_more_of_it():
    brief = briefparse.parse(
        "Bundeskanzler Karl Brenner empfing heute den Präsidenten Tomas Novak im Kanzleramt. Sie sprachen über "
        "Handel. Der Besuch ist der erste seit Jahren. Es ging auch um Energie. Im Vorfeld des Besuchs hatte "
        "Oppositionsführer Paul Weber protestiert.\n"
    )
    assert "Paul Weber" not in {p.name for p in brief.participants}
