"""German family names take their particle right after the given names ("Ursula von der Leyen", "Karl vom
Stein"); after a given name and a surname the particle links what the person is of ("Olaf Scholz von der SPD"),
which is no part of the name. Spanish names keep a particle between two surnames.

Every brief here is invented for the test.
"""

from briefparse.analysis.names import find_names
from briefparse.lang import get_language


def _runs(text: str, code: str) -> list[str]:
    language = get_language(code)
    assert language is not None
    return [" ".join(m.tokens) for m in find_names(text, 0, len(text), language)]


def test_a_body_after_a_german_surname_is_no_part_of_the_name():
    assert _runs("Landesrat Hans Müller von der Landesregierung Kärnten sprach.", "de") == ["Hans Müller"]
    assert _runs("Bundespräsident Alexander Van der Bellen vom Kärntner Landtag empfangen", "de") == [
        "Alexander Van der Bellen"
    ]


def test_a_particle_right_after_the_given_names_opens_the_family_name():
    assert _runs("Ministerin Ursula von der Leyen traf Karl vom Stein in Bonn.", "de")[:2] == [
        "Ursula von der Leyen",
        "Karl vom Stein",
    ]


def test_a_spanish_particle_between_two_surnames_stays():
    assert "Cristina Fernández de Kirchner" in _runs("La expresidenta Cristina Fernández de Kirchner habló.", "es")


def test_a_foreign_particle_between_two_surnames_stays_in_a_german_brief():
    assert _runs("sowie den Botschafter der Republik Portugal, Joana Ribeiro Soares de Castro Neves.", "de")[-1] == (
        "Joana Ribeiro Soares de Castro Neves"
    )
