"""A day marked as gone by ("le mardi 3 septembre dernier") after the lead of a brief with no day of its own and no
reference date is an earlier occasion the brief recalls, not its event's; in the lead it dates the event.
The briefs are invented for the test.
"""

import briefparse

_LATER_PARAGRAPH = (
    "Le nouvel ambassadeur de Valdorie, Paul Marin, a été reçu en audience par le ministre des Affaires étrangères "
    "du Sénégal. Les deux hommes ont évoqué la coopération agricole.\n\n"
    "« Nos pays partagent beaucoup », a indiqué le diplomate à la sortie de l'audience.\n\n"
    "Le mardi 3 septembre dernier, Paul Marin présentait ses lettres de créance au président de la République."
)


def test_a_past_marked_day_after_the_lead_does_not_date_the_event():
    assert briefparse.parse(_LATER_PARAGRAPH).date is None


def test_a_past_marked_day_in_the_lead_dates_the_event():
    text = (
        "Le mardi 3 septembre dernier, le ministre des Affaires étrangères du Sénégal a reçu en audience le nouvel "
        "ambassadeur de Valdorie, Paul Marin. Les deux hommes ont évoqué la coopération agricole."
    )
    assert briefparse.parse(text).date is not None
    assert briefparse.parse(text).date.endswith("-09-03")
