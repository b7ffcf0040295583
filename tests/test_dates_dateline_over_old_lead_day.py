"""A dateline on its own line above the lead is the brief's own, even when the lead recalls a day decades before it
("l'indépendance proclamée le 30 juin 1960"). Every brief here is invented for the test."""

import briefparse


def test_a_dateline_line_stays_the_publication_date_under_an_old_lead_day() -> None:
    text = (
        "Kinshasa, 4 mars 2023 (Valdor Presse)\n"
        "Le président de la République, Félix Mbuyi, a reçu en audience l'ambassadeur de Belgique, Jean Dumont, dans"
        " le cadre de la commémoration de l'indépendance du pays proclamée le 30 juin 1960.\n"
        "Les deux hommes ont passé en revue la coopération entre les deux pays."
    )
    assert briefparse.parse(text).published == "2023-03-04"


def test_a_page_clock_over_the_lead_still_yields_to_the_lead_day() -> None:
    text = (
        "Mercredi 2 décembre 2026 - 14:05\n"
        "Le président de la République, Félix Mbuyi, a reçu ce mercredi 25 janvier 2023 l'ambassadeur de Belgique,"
        " Jean Dumont, au palais de la Nation.\n"
        "Les deux hommes ont passé en revue la coopération entre les deux pays."
    )
    brief = briefparse.parse(text)
    assert brief.date == "2023-01-25"
    assert brief.published != "2026-12-02"
