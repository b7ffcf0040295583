"""A Russian facility's or body's noun declines with the name it heads ("между Агентством и Фондом Полярник",
"в Музее Победы"): in every case the capitalised run is the body's or the site's name, never a person who
signed or met.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse

SIGNING = (
    "Подписание соглашения между Агентством развития и Фондом {0}\n"
    "МОСКВА, 3 марта. Агентство развития и фонд «{0}» подписали соглашение о сотрудничестве.\n"
    "Документ подписали директор агентства Павел Марин и директор фонда «{0}» Игорь Соколов."
)


@pytest.mark.parametrize("body", ["Полярник", "Нордвест"])
def test_a_body_named_in_the_instrumental_is_no_signatory(body: str) -> None:
    brief = briefparse.parse(SIGNING.format(body), reference_date=dt.date(2025, 3, 3))
    names = [p.name for p in brief.participants]
    assert "Павел Марин" in names and "Игорь Соколов" in names
    assert not any(name and name.startswith("Фонд") for name in names)
