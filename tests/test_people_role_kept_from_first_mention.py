"""A person whose first mention gives a role keeps it: a later sentence that opens on other words before a role
noun and the name ("Кроме того, американский вице-президент похвалил X") is no list of theirs."""

import datetime as dt

import briefparse

BRIEF = """Встреча в Вашингтоне

В Белом доме состоялась встреча вице-президента США Томаса Уэйда и премьер-министра Молдавии Андрея Русу.
Кроме того, американский вице-президент похвалил Русу за первые шаги во главе правительства.
Встреча Уэйда и Русу проходила за закрытыми дверьми.
"""


def test_a_later_sentence_does_not_replace_the_role_of_the_first_mention() -> None:
    brief = briefparse.parse(BRIEF, reference_date=dt.date(2024, 5, 3))
    roles = [person.role for person in brief.participants if person.name.endswith("Русу")]
    assert roles == ["премьер-министр Молдавии"]
