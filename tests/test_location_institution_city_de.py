"""A German brief may name the event's place only inside an institution's name, which its city closes ("an der
Freien Universität Bozen", "Bauhaus-Universität Weimar", "bei der IHK zu Lübeck"): that city is the place, when no
sentence names another; not the city of an institution a post belongs to ("Präsident der Handwerkskammer Essen").

Every brief and every person here is invented for the test; the countries and cities are real.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("an der Freien Universität Bozen", "Bozen"),
        ("an der Bauhaus-Universität Weimar", "Weimar"),
        ("bei der IHK zu Lübeck", "Lübeck"),
    ],
)
def test_the_city_closing_an_institution_s_name_is_the_place(phrase, place):
    brief = briefparse.parse(
        "Hoher Besuch\n\n"
        f"Der kenianische Botschafter Tom Otieno war {phrase} zu Gast. Begrüßt wurde er von Präsidentin Lena Falk, "
        "die ihm die Arbeit ihres Hauses vorstellte."
    )
    assert brief.location == place


def test_the_institution_of_a_post_places_nothing():
    brief = briefparse.parse(
        "Antrittsbesuch\n\n"
        "Der Obermeister Tom Otieno folgte der Einladung des Präsidenten der Handwerkskammer Essen, Lena Falk, zu "
        "einem Gespräch. Die beiden sprachen über die Ausbildung."
    )
    assert brief.location is None
