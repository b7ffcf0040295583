"""A day to come, in French briefs: a future verb whose object is a name set off by commas before the weekday
("rencontrera son homologue, Ana Ortega, dimanche"), and a lead that announces its event on a day whose weekday
fixes the year, with no day the brief was written ("est attendu ce jeudi 7 avril à Porta Nova").

Every brief here is invented for the test.
"""

import briefparse


def test_a_future_verb_before_a_name_in_apposition_sets_the_weekday_ahead():
    text = (
        "Le premier ministre valdorien, Paul Marin, rencontrera pour la première fois sa nouvelle homologue "
        "lorénienne, Ana Ortega, dimanche.\n\nC'est le cabinet de M. Marin qui a annoncé la rencontre samedi."
    )
    assert briefparse.parse(text, reference_date="2025-03-15").date == "2025-03-16"


def test_a_past_verb_before_a_name_in_apposition_keeps_the_weekday_past():
    text = (
        "Le premier ministre valdorien, Paul Marin, a rencontré pour la première fois sa nouvelle homologue "
        "lorénienne, Ana Ortega, dimanche.\n\nLes entretiens ont porté sur le commerce."
    )
    assert briefparse.parse(text, reference_date="2025-03-15").date == "2025-03-09"


def test_a_lead_announcing_a_day_whose_weekday_fixes_the_year_dates_the_event():
    text = (
        "Le président de la République, Paul Marin, est attendu ce jeudi 7 avril à Porta Nova.\n\n"
        "Pendant son séjour, il est prévu un tête-à-tête avec son homologue lorénienne, Ana Ortega."
    )
    assert briefparse.parse(text).date == "2022-04-07"
