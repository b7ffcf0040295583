"""German: the verb bracket of attendance ("nimmt … teil", "nahm … teil") may hold a long middle field, a role and
a past office before the name ("für Österreich nimmt nach seinem Intermezzo als Kurzzeit-Bundeskanzler der alte und
neue Ressortchef X teil"): the one named inside it takes part.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _participants(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_a_long_middle_field_in_the_bracket_of_attendance() -> None:
    names = _participants(
        "EU-Außenminister beraten über die Lage in Osteuropa\n\n"
        "Die Außenminister der EU-Staaten kommen am Montag in Brüssel zu ihrem Treffen zusammen. Der "
        "EU-Außenbeauftragte Luis Mendoza will die Lage in Osteuropa ansprechen. Für Österreich nimmt nach seinem "
        "kurzen Intermezzo als Übergangskanzler der alte und neue Ressortchef Rudi Brand (ÖVP) teil.\n"
    )
    assert "Rudi Brand" in names


def test_a_long_middle_field_in_the_past_tense() -> None:
    names = _participants(
        "Botschafter beim Festakt in Goslar\n\n"
        "Bürgermeisterin Clara Vogt empfing am Freitag die Gäste im Rathaus. Neben den Vertretern der Stadt nahm "
        "auch der Botschafter der Republik Indonesien in Deutschland, Seine Exzellenz Adi Kurniaman, am Festakt "
        "zum Jubiläum der Städtepartnerschaft teil.\n"
    )
    assert "Adi Kurniaman" in names
