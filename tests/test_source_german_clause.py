"""German clause structure decides who said something: a noun phrase that a preposition or a subject pronoun stands
before is a circumstance or an object ("im Vorfeld der Reise mitteilte", "hob sie die Notwendigkeit hervor"), the
words between "kündigte … an" after a pronoun that opens the clause are its object, and "weiter" after the speaker
is no part of who speaks. The briefs are invented for the test.
"""

import pytest

import briefparse

_MEETING = (
    "Ministerin Anna Berger in Valdoria\n\n"
    "Außenministerin Anna Berger hat am Montag in Arden ihren valdorischen Amtskollegen Paul Marin getroffen. "
    "Die beiden sprachen über den Handel. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "Im europäischen Kontext hob sie die Notwendigkeit hervor, die Sicherheit zu gewährleisten.",
        "Sie kündigte dem Gast ein buntes Besuchsprogramm an, das auf die Stärken des Landes abziele.",
        "„Ich freue mich sehr, dass viele Unternehmen teilnehmen“, sagte die Außenministerin weiter.",
    ],
)
def test_an_object_or_the_speaker_is_no_source(closing):
    assert briefparse.parse(_MEETING + closing).source is None


def test_a_phrase_after_a_preposition_is_not_who_announced_it():
    text = (
        "Reise nach Valdoria\n\n"
        "Ministerpräsident Karl Huber reist am Montag nach Valdoria und trifft dort Präsident Paul Marin. Wie der "
        "Sprecher der Landesregierung, Staatssekretär Jan Kessel, im Vorfeld der Reise mitteilte, sei Ziel der Reise, "
        "die Beziehungen zu vertiefen."
    )
    source = briefparse.parse(text).source
    assert source is None or "Vorfeld" not in source.name


def test_a_spokesman_who_says_more_is_still_the_source():
    text = _MEETING + "„Wir wollen die Beziehungen vertiefen“, sagte ein Sprecher des Auswärtigen Amts weiter."
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Sprecher des Auswärtigen Amts"
