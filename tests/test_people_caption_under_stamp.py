"""A photo's caption between the page's date stamp and the story, a clause of its own line with no stop, is no lead:
the story's sentences after it keep their place among the event's sentences, so the ambassadors its list names are
all found. A standfirst right under the headline, with no stamp between, stays part of the story.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import briefparse

_HEAD = "Akkreditierung von Botschaftern\n\nSchwerpunktthema: Bericht\n\n3. August 2010\n\n"


def test_a_caption_under_the_stamp_does_not_push_the_story_down():
    text = _HEAD + (
        "Bundespräsident Paul Marin nimmt das Beglaubigungsschreiben des Botschafters von Norland, Jan Ostrik, "
        "entgegen\n\n"
        "Am 3. August 2010 hat Bundespräsident Paul Marin die Beglaubigungsschreiben von drei neuen Botschaftern "
        "entgegengenommen. Mit ihrer Akkreditierung sind die Botschafter nun offizielle Vertreter ihrer Länder. Für "
        "jeweils eine halbe Stunde empfing Bundespräsident Paul Marin die Botschafter von Norland, Jan Ostrik, aus "
        "der Republik Irak, Lea Brunn, und aus Estland, Karl Tamm.\n"
    )
    names = {p.name for p in briefparse.parse(text).participants}
    assert {"Paul Marin", "Jan Ostrik", "Lea Brunn", "Karl Tamm"} <= names
