"""A party the brief names right after an office that ends on capitalised words, with no comma between, the name
finder taking the name for the office's last words ("le directeur Afrique du Quai d'Orsay X Y", "Minister of
Communities and Social Movements X Y"): the name, which a given name the register lists opens, is the party's and
the role ends before it. A role that ends on no given name keeps its party unnamed.

The briefs and their people are fictional, written for this test.
"""

import pytest

import briefparse


def _people(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Le président reçoit une délégation française\n\nOuagadougou, 13 décembre 2021 - Le président Paul Kabou a "
            "eu une séance de travail ce matin avec l'ambassadeur de France, accompagné du directeur Afrique du Quai "
            "d'Orsay Christophe Berlan, et d'une délégation d'officiers.",
            "Christophe Berlan",
            "directeur Afrique du Quai d'Orsay",
        ),
        (
            "Party delegation visits Caracas\n\nCaracas, March 3, 2021 - A party delegation led by Vice Chairman Tran "
            "Van Binh visited Venezuela from March 1 to 3. During the trip, the delegation held talks with Party Vice "
            "President Nahum Ferro, and had a working session with Minister of Communities and Social Movements Jorge "
            "Almanza.",
            "Jorge Almanza",
            "Minister of Communities and Social Movements",
        ),
    ],
)
def test_name_closing_an_office_is_the_party_s(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people, people
    assert people[name] == role, people


def test_role_ending_on_no_given_name_keeps_its_party_unnamed() -> None:
    people = _people(
        "President receives envoy\n\nLilongwe, March 3, 2021 - President Peter Banda on Tuesday received the "
        "Ambassador of the Republic of South Africa at the State House."
    )
    assert "Peter Banda" in people, people
    assert not any(name and "Africa" in name for name in people), people
