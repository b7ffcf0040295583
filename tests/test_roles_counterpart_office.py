"""A party first called someone's counterpart ("his Chinese counterpart X") takes the office a later mention gives
with its country ("Foreign Minister of China X"); a head of state's title leaves the counterpart in place.

Every brief here is invented for the test.
"""

import briefparse


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_an_office_with_its_country_after_a_counterpart_is_the_role() -> None:
    text = (
        "Foreign Minister Karl Dunmore on Thursday held talks with his Chinese counterpart Wei Lanfang in "
        "Samarkand.\n\n"
        "The ministry said that Dunmore and Foreign Minister of China Wei Lanfang discussed trade and transport."
    )
    assert roles(text).get("Wei Lanfang") == "Foreign Minister of China"


def test_an_office_with_its_country_after_a_counterpart_is_the_role_ru() -> None:
    text = (
        "Министр иностранных дел России Игорь Ветров провел переговоры со своим узбекским коллегой Рустамом "
        "Алиевым.\n\nПо словам Ветрова, глава МИД Узбекистана Рустам Алиев поддержал предложения сторон."
    )
    assert roles(text).get("Рустам Алиев") == "глава МИД Узбекистана"


def test_a_head_of_state_s_title_leaves_the_counterpart() -> None:
    text = (
        "President Karl Dunmore on Thursday spoke by telephone with his Russian counterpart Ivan Petrov.\n\n"
        "Dunmore later wrote that his talk with the President of Russia Ivan Petrov had been very productive."
    )
    assert roles(text).get("Ivan Petrov") == "Russian counterpart"
