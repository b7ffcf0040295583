"""Headlines on real pages saved as text: a standfirst printed above the headline, a site's address and motto
over it, a dated label line ("Rédigé le …") that is no headline (fictional briefs)."""

from __future__ import annotations

from briefparse import parse


def _title(text: str) -> str | None:
    brief = parse(text, reference_date="2025-11-20")
    return brief.title


def _lead_point(text: str) -> str:
    return parse(text, reference_date="2025-11-20").summary_points[0]


def test_standfirst_above_the_headline_does_not_stop_the_search() -> None:
    text = (
        "Menu\n\n"
        "L'Actualité en Valdoria\n\n"
        "Rédigé le Mercredi 19 Novembre 2025\n\n"
        "Le ministre Paul Marin reprend sa place au ministère des Finances après quelques jours de repos, "
        "alors que les rumeurs sur son départ du gouvernement alimentent les discussions.\n\n"
        "Retour du ministre Paul Marin au ministère des Finances après une courte pause\n\n"
        "Le ministre Paul Marin a réintégré son bureau ce mardi, après une courte période de repos. "
        "Il a reçu le directeur du Trésor de Norland dans l'après-midi."
    )
    assert _title(text) == "Retour du ministre Paul Marin au ministère des Finances après une courte pause"


def test_standfirst_above_a_kicker_over_the_headline_does_not_stop_the_search() -> None:
    text = (
        "Le Premier ministre de Valdoria, Paul Marin, accueillera ce mardi soir son homologue de Norland, "
        "Anna Berg, pour aborder notamment les questions portuaires et la coopération bilatérale.\n\n"
        "Dîner de travail\n\n"
        "Anna Berg reçue par Paul Marin ce mardi soir\n\n"
        "Ce mardi soir, Anna Berg sera reçue à Port-Lune par le Premier ministre Paul Marin pour un dîner de "
        "travail. Il s'agit de leur première rencontre depuis sa nomination."
    )
    assert _title(text) == "Anna Berg reçue par Paul Marin ce mardi soir"


def test_site_address_and_motto_over_the_headline() -> None:
    text = (
        "Valdoria.net, l'actualité valdorienne sur le net\n"
        "Pensée du Jour : “Vous ne pouvez pas empêcher le vent de souffler sur la colline. "
        "Mais vous pouvez construire un moulin pour en tirer profit.” Proverbe valdorien\n\n"
        "Paul Marin reçoit l'ambassadeur de Norland au palais présidentiel\n\n"
        "Publié le jeudi 18 mai 2017 à 00h30min\n\n"
        "Le président Paul Marin a reçu mercredi l'ambassadeur de Norland, Jean Ostrik, au palais présidentiel "
        "de Valdor, pour un entretien sur la coopération entre les deux pays."
    )
    assert _title(text) == "Paul Marin reçoit l'ambassadeur de Norland au palais présidentiel"


_REPORTED_QUOTATION = (
    "Le président Paul Marin a reçu lundi le Premier ministre de Norland, Jean Ostrik, et a déclaré :\n\n"
    "« Norland est notre partenaire le plus proche. Nous signerons trois accords. »\n\n"
    "Les deux dirigeants ont aussi évoqué la situation régionale et la sécurité des frontières communes."
)


def test_line_that_opens_a_quotation_is_no_headline() -> None:
    assert _title(_REPORTED_QUOTATION) is None


def test_line_that_opens_a_quotation_leads_the_points() -> None:
    assert _lead_point(_REPORTED_QUOTATION).startswith("Le président Paul Marin a reçu lundi")


def test_headline_above_a_line_that_opens_a_quotation_stays() -> None:
    text = "Paul Marin reçoit le Premier ministre de Norland\n\n" + _REPORTED_QUOTATION
    assert _title(text) == "Paul Marin reçoit le Premier ministre de Norland"


def test_opening_photo_caption_with_bracketed_agency_credit_does_not_lead() -> None:
    text = (
        "Paul Marin reçoit plusieurs ambassadeurs\n\n"
        "Le président Paul Marin recevant l'ambassadeur de Norland, jeudi 26 février 2026. (AFP)\n\n"
        "Le président Paul Marin a reçu jeudi au palais de Valdor plusieurs ambassadeurs étrangers venus "
        "présenter leurs lettres de créance.\n\n"
        "Les ambassadeurs ont transmis les salutations de leurs chefs d'État."
    )
    assert _lead_point(text).startswith("Le président Paul Marin a reçu jeudi")


def test_opening_photo_caption_over_a_credit_line_does_not_lead() -> None:
    text = (
        "Paul Marin congratulates Jean Ostrik in phone call\n\n"
        "Prime Minister Paul Marin holds a press conference in Valdor on Tuesday, Nov. 29, 2016.\n\n"
        "THE VALDOR PRESS/Anna Berger\n\n"
        "VALDOR – Prime Minister Paul Marin has congratulated Norland President Jean Ostrik on his inauguration.\n\n"
        "The two men spoke by phone on Saturday, the Prime Minister's office said."
    )
    assert _lead_point(text).startswith("Prime Minister Paul Marin has congratulated")


def test_a_quoted_kicker_over_the_date_stamp_gives_way_to_the_headline_under_it() -> None:
    text = (
        '"Wir bleiben gute Nachbarn"\n\n'
        "14. März 2023 10:05; Akt: 14.03.2023 10:20 Print\n\n"
        "Marin tanzte mit seiner Amtskollegin am Hafen\n\n"
        "Der valdorische Außenminister Paul Marin und seine norländische Amtskollegin Anna Berg sind am Dienstag "
        "in Port Luna zu Gesprächen über den Hafen zusammengekommen.\n\n"
        '"Wir haben offen gesprochen", sagte Marin danach.'
    )
    assert _title(text) == "Marin tanzte mit seiner Amtskollegin am Hafen"


def test_a_quoted_headline_with_no_stamp_under_it_stays_the_title() -> None:
    text = (
        '"Wir bleiben gute Nachbarn"\n\n'
        "Marin tanzte mit seiner Amtskollegin am Hafen\n\n"
        "Der valdorische Außenminister Paul Marin und seine norländische Amtskollegin Anna Berg sind am Dienstag "
        "in Port Luna zu Gesprächen über den Hafen zusammengekommen."
    )
    assert _title(text) == '"Wir bleiben gute Nachbarn"'
