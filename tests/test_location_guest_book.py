"""Location on briefs invented for these tests (fictional people; real towns, which the gazetteer must know): a guest
who signs a town's Golden Book signed it in that town, over a venue that names no town; a county's book, or a venue
with a name of its own, is left to the other rules."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Bundespräsidentin Helga Brenner hat sich am Dienstag ins goldene Buch der Stadt Würzburg eingetragen. "
            "Als Gastgeschenk bekam sie eine Porzellanfigur.",
            "Würzburg",
        ),
        (
            "Neuer Eintrag ins Goldene Buch\n\nBei seinem Besuch in Konstanz trug sich der Bürgermeister der "
            "italienischen Partnerstadt Lodi, Marco Ferretti, in das Goldene Buch der Stadt Konstanz ein.\n\n"
            "Oberbürgermeisterin Lena Graf begrüßte den Gast und seine Gattin im Rathaus.",
            "Konstanz",
        ),
        (
            "Bürgermeisterin Lena Graf begrüßte am Montag den Botschafter Marek Zielak. Zum Abschluss trug er sich in "
            "das Goldene Buch der Landeshauptstadt Erfurt ein.",
            "Erfurt",
        ),
        (
            "Le maire de Potsdam, Karl Weber, a signé mardi le livre d'or de la ville de Lyon lors de sa visite.",
            "Lyon",
        ),
        (
            "Ambassador Marek Zielak signed the Golden Book of the City of Bonn on Tuesday, at the end of his visit.",
            "Bonn",
        ),
    ],
)
def test_the_town_whose_golden_book_is_signed_is_the_place(text: str, place: str) -> None:
    assert parse(text).location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Bundespräsidentin Helga Brenner empfing am Dienstag im Schloss Bellevue den Bürgermeister Marek Zielak, "
            "der sich ins Goldene Buch der Stadt Würzburg eingetragen hatte.",
            "Schloss Bellevue",
        ),
        (
            "Landrat Karl Weber empfing am Dienstag eine Delegation aus Tschechien, die sich ins Goldene Buch des "
            "Landkreises Görlitz eintrug.",
            None,
        ),
    ],
)
def test_a_named_venue_or_a_county_book_is_left_to_the_other_rules(text: str, place: str | None) -> None:
    assert parse(text).location == place
