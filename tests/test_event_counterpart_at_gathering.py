"""Event type on briefs invented for these tests (invented people, real places): a first sentence that names a
gathering first and then a meeting with one counterpart named by that tie ("avec son homologue", "sein Kollege",
"su homólogo") reports the meeting of the two, the gathering being only where it took place; a gathering whose
members are counted stays a gathering."""

from __future__ import annotations

from briefparse import parse


def test_fr_talks_with_counterpart_on_the_margins_of_an_assembly_are_a_meeting() -> None:
    text = (
        "En marge de la 80e session ordinaire de l'Assemblée générale des Nations unies, le ministre des Affaires "
        "étrangères Paul Vardel s'est entretenu à New York avec son homologue gabonais, Henri Mbello.\n\n"
        "Au cours de cette rencontre, les deux ministres ont évoqué la coopération bilatérale."
    )
    assert parse(text).event_type == "meeting"


def test_de_ministers_who_met_alongside_a_summit_are_a_meeting() -> None:
    text = (
        "WIEN (apa) - Parallel zum Gipfeltreffen der Regierungschefs sind auch Außenminister Lukas Brenner und sein "
        "ungarischer Kollege Gabor Halmi in Wien zusammengekommen.\n\n"
        "Angaben zum Inhalt wurden nicht gemacht."
    )
    assert parse(text).event_type == "meeting"


def test_es_counterparts_who_met_after_a_summit_are_a_meeting() -> None:
    text = (
        "Rafael Ostos, canciller peruano, y su homólogo chileno Tomás Ibarra se reunieron este sábado, después que "
        "terminara la Cumbre de la Alianza en Lima.\n\n"
        "Durante dos horas ambos diplomáticos revisaron la agenda bilateral."
    )
    assert parse(text).event_type == "meeting"


def test_fr_a_summit_of_counted_heads_of_state_stays_a_gathering() -> None:
    text = (
        "Le sommet de la Cédéao s'est ouvert à Abuja en présence de huit chefs d'État, dont le président Paul Vardel "
        "et son homologue Henri Mbello, qui se sont entretenus sur la crise.\n\n"
        "Les chefs d'État doivent adopter une position commune."
    )
    assert parse(text).event_type == "conference"
