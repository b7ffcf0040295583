"""Event and publication dates of briefs from agencies and portals: a month cut short before a full stop, ...

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_a_month_cut_short_before_a_full_stop_dates_the_dispatch():
    text = (
        "Valdor : les riverains contre la déviation de la route\n\n"
        "Porta Nova, 07 fév. 2019 (AVP)-Des riverains ont fait part hier mercredi de leur opposition au changement "
        "d'itinéraire de la route nationale, devant le préfet Paul Marin.\n\n"
        "Le préfet a promis de transmettre leurs doléances au ministre."
    )
    assert parse(text).published == "2019-02-07"


def test_a_cut_that_also_opens_a_weekday_is_no_month():
    text = (
        "Politique\nmar. 12 févr. 2019\n\n"
        "Le président valdorien Paul Marin a reçu l'ambassadeur de Norlandie, Erik Lund, au palais de Porta Nova.\n\n"
        "Les deux hommes ont évoqué la coopération."
    )
    assert parse(text).published == "2019-02-12"
