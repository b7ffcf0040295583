"""German V2 order: a phrase opened by a preposition stands before the finite verb and the subject follows the verb
("Über die genauen Inhalte äußerten sich beide nicht", "Aus Anlass des Anschlags erklärte X"); a noun of that phrase
is no subject, hence no source. A subject before its verb still is one.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_phrase_a_preposition_opens_before_the_verb_is_no_source():
    brief = briefparse.parse(
        "Bundespräsident Paul Winter hat am Montag Bundeskanzlerin Lea Brandt zu einem Gespräch getroffen. Über die "
        "genauen Inhalte äußerten sich beide im Anschluss nicht.\n"
    )
    assert brief.source is None


def test_an_occasion_fronted_before_a_verb_of_saying_is_no_source():
    brief = briefparse.parse(
        "Außenminister Jonas Keller verurteilt Anschlag\n\n"
        "Aus Anlass des Anschlags in Kairo erklärte Außenminister Jonas Keller am Dienstag: Wir trauern mit den "
        "Angehörigen.\n"
    )
    assert brief.source is None


def test_a_subject_before_its_verb_is_still_the_source():
    brief = briefparse.parse(
        "Bundeskanzlerin Lea Brandt hat am Montag mit Präsident Igor Brodsky telefoniert. Das Bundespresseamt "
        "teilte mit, beide hätten über Handel gesprochen.\n"
    )
    assert brief.source is not None and "Bundespresseamt" in brief.source.name
