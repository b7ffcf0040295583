"""Russian roles in the plural of an oblique case before a list of names ("двух своих заместителей – X и Y",
"двух вице-премьеров – X и Y"): each name of the list takes the role in the singular. The briefs are written for
these tests; every person in them is invented."""

import briefparse


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants if p.name}


def test_genitive_plural_before_a_dash_list_is_each_ones_role():
    roles = _roles(
        "Глава правительства Словении Павел Маринов, отправившийся в Вену, включил в свою делегацию двух своих "
        "заместителей – Дмитрия Соколова и Алексея Орлова. В Вене премьер проведет переговоры с президентом "
        "Австрии Иваном Петренко."
    )
    assert "заместитель" in (roles.get("Дмитрий Соколов") or "")
    assert "заместитель" in (roles.get("Алексей Орлов") or "")


def test_accusative_plural_of_a_compound_title():
    roles = _roles("Президент Казахстана Павел Маринов принял в Акорде двух вице-премьеров – Дмитрия Соколова и "
                   "Алексея Орлова.")
    assert roles.get("Дмитрий Соколов") == roles.get("Алексей Орлов") == "вице-премьер"
