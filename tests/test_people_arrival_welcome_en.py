"""Participants of an English visit: those who give the visitor a warm welcome on arrival ("was accorded a warm
welcome by X, …, and Y, …") take part in it.

The brief and its people are fictional, written for this test.
"""

import briefparse

VISIT = """President of Norland on an official visit to Valdoria

President Paul Marin of Norland, on invitation from President Tomas Wendt of Valdoria, arrived in Soria City this \
morning for a two-day official visit.

Upon arrival at the international airport, President Marin was accorded a warm welcome by Ms. Rosa Aldana Ferrer, \
Minister of Foreign Affairs of Valdoria, and Mr. Lucas Berganza, Minister of Defence of Valdoria.
"""


def test_those_who_welcome_the_visitor_on_arrival_take_part():
    names = [p.name for p in briefparse.parse(VISIT).participants]
    for name in ("Paul Marin", "Rosa Aldana Ferrer", "Lucas Berganza"):
        assert name in names, names
