"""Event dates of briefs that tell a day beside the report of the event and another beside the event itself, and of
statements about a death whose only day is the death's.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_the_day_the_talks_were_reported_gives_way_to_the_day_a_later_sentence_gives_them():
    text = (
        "Valdorian minister meets counterparts on sidelines of regional forum\n\n"
        "Valdorian Foreign Minister Paul Marin has held bilateral meetings with his counterparts on the sidelines of "
        "the regional forum, ministry spokesman Erik Lund said on Thursday.\n\n"
        "\"He had fruitful exchanges with several ministers,\" Lund told reporters.\n\n"
        "In particular, Marin held talks with Norlandian Foreign Minister Anna Berg on Wednesday, discussing trade and "
        "energy.\n\n"
        "The two ministers agreed to meet again in the spring."
    )
    assert parse(text, dt.date(2024, 3, 15)).date == "2024-03-13"


def test_the_reported_day_stays_when_no_sentence_of_the_talks_gives_an_earlier_one():
    text = (
        "Valdorian Foreign Minister Paul Marin has held talks with his Norlandian counterpart Anna Berg, ministry "
        "spokesman Erik Lund said on Thursday.\n\n"
        "The two ministers discussed trade and energy."
    )
    assert parse(text, dt.date(2024, 3, 15)).date == "2024-03-14"


def test_condolences_on_a_death_are_not_dated_by_the_day_of_the_death():
    text = (
        "Le président Paul Marin adresse ses condoléances au peuple norlandais\n\n"
        "Le président valdorien Paul Marin a adressé un message de condoléances à son homologue Erik Lund à la suite "
        "du décès de l'ancien président norlandais Jan Berg.\n\n"
        "Jan Berg est mort mercredi 14 octobre à l'âge de 80 ans.\n\n"
        "« Je m'associe pleinement à la douleur du peuple norlandais », écrit le président Marin."
    )
    assert parse(text).date is None
