"""A sentence after a credentials ceremony that opens on the group's plural and lists its members, each with the
title and the country before the next ("The new envoys are Ambassador X of A, Ambassador Y of B and …"), names
every envoy taking part, not only the first.

The brief and its people are fictional, written for this test.
"""

import briefparse

CEREMONY = """MANILA — President Roberto Santos on Tuesday received the credentials of four new ambassadors at \
Malacañang Palace.

The new envoys are Ambassador Hans Becker of Germany, Ambassador Aiko Tanaka of Japan, Ambassador Omar Haddad of \
Jordan and Ambassador Ana Lima of Brazil.
"""


def test_every_envoy_the_plural_subject_lists_takes_part():
    taking_part = [p.name for p in briefparse.parse(CEREMONY).participants]
    for name in ("Hans Becker", "Aiko Tanaka", "Omar Haddad", "Ana Lima"):
        assert name in taking_part, taking_part
