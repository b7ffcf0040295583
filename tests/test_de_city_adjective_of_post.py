"""German: a city's adjective that qualifies a post ("der Cottbuser Oberbürgermeister") or the body in a post's
genitive ("dem Vorsitzenden der Potsdamer Stadtverordnetenversammlung") names whose the post is, not where the event
was; a building the adjective qualifies ("im Grazer Landhaus") still places it.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def _location(text: str) -> str | None:
    return briefparse.parse(text).location


def test_adjective_before_a_post_is_no_place() -> None:
    text = (
        "Mit verschrammtem Gesicht hat der Cottbuser Oberbürgermeister Holger Kunz am Montag den Vertrag mit "
        "Innenminister Lutz Berger unterzeichnet.\n"
    )
    assert _location(text) is None


def test_adjective_in_a_posts_genitive_is_no_place() -> None:
    text = (
        "Partnerschaft besiegelt\n\n"
        "Am Samstag unterzeichnete Oberbürgermeister Jan Molter gemeinsam mit dem Vorsitzenden der Potsdamer "
        "Stadtverordnetenversammlung, Till Brandt, den Vertrag mit der Partnerstadt.\n"
    )
    assert _location(text) is None


def test_adjective_before_a_building_still_places_the_event() -> None:
    text = "Landeshauptmann Karl Ebner empfing am Dienstag den Botschafter Perus im Grazer Landhaus.\n"
    assert _location(text) == "Grazer Landhaus"
