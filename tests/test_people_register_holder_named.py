"""An unnamed party known by an office of a country alone ("le ministre valdorien des Affaires étrangères") is the one
person the brief names whom the register of officeholders lists in that office of that country: the name takes the
party's place (and its office when it has none); someone the register lists in another office stays out.

Every brief here is invented for the test, and so is the register it reads (patched in).
"""

import datetime as dt

import pytest

import briefparse
from briefparse.extract import people
from briefparse.lang import get_language
from briefparse.officeholders import Term

_REGISTER = {
    "amaury delvaux": (Term("Amaury Delvaux", "FR", "foreign_minister", dt.date(2020, 1, 1), None),),
    "teodoro brandt": (Term("Teodoro Brandt", "PT", "head_of_state", dt.date(2019, 1, 1), None),),
    "oskar lindqvist": (Term("Oskar Lindqvist", "FR", "head_of_government", dt.date(2020, 1, 1), None),),
}


@pytest.fixture(autouse=True)
def _invented_register(monkeypatch: pytest.MonkeyPatch) -> None:
    def named(name: str, titles: frozenset[str] = frozenset()) -> tuple[str, ...]:
        key = " ".join(name.casefold().split())
        return (key,) if key in _REGISTER else ()

    monkeypatch.setattr(people, "holders_named", named)
    monkeypatch.setattr(people, "terms", lambda key: _REGISTER.get(key, ()))


def parties(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in briefparse.parse(text).participants]


def test_the_office_named_first_is_the_holder_named_later() -> None:
    text = (
        "Le chef de la diplomatie française en Norvik\n\n"
        "Ce jeudi 4 mars, le ministre français des Affaires étrangères est arrivé en Norvik. "
        "Il est prévu qu'Amaury Delvaux rencontre son homologue. Une fois arrivé, le ministre a été reçu au palais. "
        "En chemin, Amaury Delvaux était accompagné de son homologue Piet Sander."
    )
    found = parties(text)
    assert ("Amaury Delvaux", "ministre français des Affaires étrangères") in found
    assert all(name is not None for name, _ in found)


@pytest.mark.parametrize(
    ("code", "role", "office"),
    [
        ("en", "Turkey's foreign minister", ("foreign_minister", "TR")),
        ("en", "the President of Egypt", ("head_of_state", "EG")),
        ("fr", "ministre russe des Affaires étrangères", ("foreign_minister", "RU")),
        ("es", "presidente de Portugal", ("head_of_state", "PT")),
        ("fr", "président de l'Assemblée nationale française", None),
        ("es", "canciller alemana", None),
    ],
)
def test_the_office_a_role_names(code: str, role: str, office: tuple[str, str] | None) -> None:
    assert people._register_office(role, get_language(code)) == office


def test_a_second_naming_by_office_is_no_other_party() -> None:
    text = (
        "Vargas Pinto se reúne con Teodoro Brandt\n\n"
        "El canciller Vargas Pinto y el presidente de Portugal sostuvieron una reunión de trabajo en Lisboa. "
        "Teodoro Brandt recibió a Vargas Pinto en el palacio presidencial."
    )
    found = parties(text)
    assert ("Teodoro Brandt", "presidente de Portugal") in found
    assert (None, "presidente de Portugal") not in found


def test_a_holder_of_another_office_stays_out() -> None:
    text = "Le président de la République française a reçu mardi à l'Élysée le Premier ministre Oskar Lindqvist."
    found = parties(text)
    assert (None, "président de la République française") in found
    assert ("Oskar Lindqvist", "Premier ministre") in found
