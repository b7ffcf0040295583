"""A short headline of three words stands over the page's date stamp, maybe with a rubric between ("Schwerpunktthema:
Bericht"): it is the headline, not the photo caption or the broken line under the stamp.

Every brief and every person here is invented for the test; the countries are invented.
"""

import briefparse

_BODY = (
    "Am 3. August 2010 hat Bundespräsident Paul Marin die Beglaubigungsschreiben von sechs Botschaftern "
    "entgegengenommen. Mit ihrer Akkreditierung sind die Botschafter nun offizielle Vertreter ihrer Länder.\n"
)
_CAPTION = (
    "Bundespräsident Paul Marin nimmt das Beglaubigungsschreiben des Botschafters von Norland, Jan Ostrik, "
    "entgegen\n\n"
)


def test_a_short_headline_over_a_rubric_and_a_stamp_outranks_a_caption():
    text = "Akkreditierung von Botschaftern\n\nSchwerpunktthema: Bericht\n\n3. August 2010\n\n" + _CAPTION + _BODY
    assert briefparse.parse(text).title == "Akkreditierung von Botschaftern"


def test_a_short_headline_right_over_its_stamp():
    text = "Akkreditierung von Botschaftern\n\n3. August 2010\n\n" + _BODY
    assert briefparse.parse(text).title == "Akkreditierung von Botschaftern"
