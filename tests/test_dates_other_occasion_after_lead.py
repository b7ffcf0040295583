"""A day a sentence after the lead marks as another occasion's, one to come ("la réunion prévue ce mercredi") or one
it recalls ("elle avait été reportée la semaine dernière", "auparavant"), does not date the brief when the lead tells
a day of its own, even when only that later sentence names an event.

Every brief here is invented for the test.
"""

import briefparse


def test_a_coming_meeting_asked_about_after_the_lead_does_not_date_the_brief() -> None:
    text = (
        "Publié le mercredi 19 novembre 2025\n\n"
        "Le Premier ministre valdorien Jean Valmont a repris ses activités ce mardi après une semaine de congé.\n\n"
        "Présidera-t-il la réunion du Conseil des ministres prévue ce mercredi ? Rien n'est moins sûr."
    )
    assert briefparse.parse(text).date == "2025-11-18"


def test_a_journey_recalled_after_the_lead_does_not_date_the_brief() -> None:
    text = (
        "La réunion hebdomadaire du gouvernement valdorien a lieu ce mercredi à Porta Nova. Elle avait été "
        "reportée la semaine dernière, le président Paul Marin s'étant rendu à Lirno pour le sommet régional.\n\n"
        "Les ministres présenteront leurs projets de loi."
    )
    assert briefparse.parse(text, reference_date="2022-11-09").date == "2022-11-09"
