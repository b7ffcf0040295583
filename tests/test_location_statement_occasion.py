"""A statement's place when no verb of saying, dateline or visit gives one: where the event's sentences say the
occasion was held ("un Conseil des ministres s'est tenu au Palais … à Niamey"), or the place the lead opens with,
set off by a comma as a dateline is ("À Lomé, le comité …"). A thing a relative clause says took place somewhere
("l'attaque qui a eu lieu à Niamey") is what the statement is about, not where it was made.

Every brief here is invented for the test.
"""

import briefparse


def test_the_place_a_statement_lead_opens_with_is_its_place():
    text = (
        "À Lomé, le comité d'organisation présidé par Paul Marin a annoncé que tout était prêt pour accueillir les "
        "délégations de Valdoria et de Norland. Selon le comité, les premières délégations sont attendues dimanche."
    )
    record = briefparse.parse(text)
    assert record.event_type == "statement"
    assert record.location == "Lomé"


def test_where_a_council_was_held_is_the_place_of_its_communique():
    text = (
        "Communiqué du Conseil des ministres\n\n"
        "Le Conseil a adopté mercredi un projet de loi sur l'eau et un décret sur les forêts. Il a aussi nommé "
        "trois ambassadeurs, en Valdoria, en Norland et au Sénégal. Le Conseil des ministres s'est tenu au Palais de "
        "la Présidence à Niamey, sous la présidence de Paul Marin, Président de la République."
    )
    record = briefparse.parse(text)
    assert record.event_type == "statement"
    assert record.location is not None and "Niamey" in record.location


def test_a_thing_that_took_place_somewhere_is_the_statements_topic():
    text = (
        "Valdoria condemns attack\n\n"
        "The Foreign Minister of Valdoria, Paul Marin, said: I condemn the attack that took place this morning in "
        "Nairobi. Our thoughts are with the families of the victims."
    )
    assert briefparse.parse(text).location is None


def test_the_city_a_statement_was_made_in_after_its_day():
    """"am Freitag in Berlin" reads "am Freitag" as a place first: the city inside it is where it was said, after a
    reflexive verb of saying too ("äußerte sich")."""
    for verb in ("sagte", "äußerte sich"):
        text = (
            "Die Regierung verurteilt den Angriff auf das Nachbarland. Regierungssprecher Tomas Keller "
            f"{verb} am Freitag in Berlin während einer Pressekonferenz, Valdoria müsse die Angriffe einstellen."
        )
        record = briefparse.parse(text)
        assert record.event_type == "statement"
        assert record.location == "Berlin"
