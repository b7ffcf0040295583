"""Event type of a working gathering, on briefs invented for these tests (fictional people, real countries and
cities): a seminar, a workshop or a webinar that a body holds or hosts ("hosted an international webinar", "un
atelier de validation s'organise au …") is a gathering, a conference, as a symposium or a forum is; a workshop
told in French keeps its venue as the event's place."""

from __future__ import annotations

from briefparse import parse


def test_a_webinar_hosted_by_an_embassy_is_a_gathering() -> None:
    text = (
        "LONDON – The Embassy of Norway in collaboration with Kestrel University hosted an international webinar on "
        "'Science diplomacy and public health' on Thursday.\n"
        "On the occasion, Minister for Foreign Affairs Tomas Berg said the pandemic had hit small countries hard.\n"
        "Professor Anna Velarde of Kestrel University highlighted the role of universities in health cooperation.\n"
        "At the programme presided over by Ambassador Lars Brekke, adviser Sione Vaka shared the experience of Fiji."
    )
    assert parse(text, reference_date="2023-05-06").event_type == "conference"


def test_a_workshop_told_in_french_is_a_gathering_at_its_venue() -> None:
    text = (
        "La photo de famille à l'issue de la cérémonie d'ouverture de l'atelier\n\n"
        "Il s'organise au Lycée Technique Kestrel de Cotonou, un atelier de validation du plan de formation du "
        "ministère. Cet atelier lancé le lundi 26 décembre va se clôturer le vendredi 30 décembre. A l'ouverture "
        "des travaux, le directeur Paul Agbessi a remercié le ministre Marc Dossou pour son leadership."
    )
    brief = parse(text, reference_date="2022-12-27")
    assert brief.event_type == "conference"
    assert brief.location is not None and "Cotonou" in brief.location
