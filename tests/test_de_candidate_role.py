"""German: a candidate for an office is titled so before the name ("Kanzlerkandidat X", "Präsidentschaftskandidatin
Y", "den sozialdemokratischen Kanzlerkandidaten Z"): the candidacy is the person's role.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_declined_candidate_title_after_an_adjective() -> None:
    roles = _roles(
        "Kanzlerin gratuliert Wahlsieger\n\nBundeskanzlerin Hanna Roth hat dem sozialdemokratischen "
        "Kanzlerkandidaten Paul Wendt zum Sieg bei der Bundestagswahl gratuliert, teilte die Bundesregierung mit.\n"
    )
    assert roles.get("Paul Wendt") == "sozialdemokratischen Kanzlerkandidaten"


def test_a_feminine_candidate_title_received() -> None:
    roles = _roles(
        "Bundeskanzler Karl Moser empfing am Dienstag in Wien die französische Präsidentschaftskandidatin "
        "Anna Berg zu einem Gespräch.\n"
    )
    assert roles.get("Anna Berg") == "französische Präsidentschaftskandidatin"


def test_a_candidate_title_with_its_party_after_the_name() -> None:
    roles = _roles(
        "Berlin (dpa) - Der Kanzlerkandidat der Union, Jonas Weber, hat am Montag mit dem Präsidenten "
        "Frankreichs, Paul Durand, telefoniert.\n"
    )
    assert roles.get("Jonas Weber") == "Kanzlerkandidat der Union"
