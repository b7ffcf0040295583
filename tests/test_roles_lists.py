"""Participants' roles and lists on briefs invented for these tests (fictional people)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def roles(text: str) -> dict[str | None, str | None]:
    brief = briefparse.parse(text, reference_date=REF)
    return {p.name: p.role for p in brief.participants}


DELEGATION = (
    "МОСКВА, 1 мая. Премьер-министр Армении Иван Громов провел переговоры в Минске. В состав делегации вошли "
    "вице-премьеры Дмитрий Волков и Алексей Сомов, глава Минфина Павел Марин, министр культуры Ольга Петрова. "
    "Встреча главы МИД Армении Сергея Орлова и президента Венгрии Петра Лозина продлилась час."
)


def test_role_after_a_name_is_not_the_next_person_s_title() -> None:
    found = roles(DELEGATION)
    assert found["Алексей Сомов"] == "вице-премьер"
    assert found["Павел Марин"] == "глава Минфина"


def test_event_noun_opening_a_sentence_is_no_part_of_the_title() -> None:
    role = roles(DELEGATION)["Сергей Орлов"] or ""
    assert not role.startswith("Встреча")
    assert "МИД Армении" in role  # a genitive that looks plural keeps its complement


CEREMONY = (
    "Президент Армении принял верительные грамоты у новых послов.\n"
    "Верительные грамоты Президенту вручили:\n"
    "Пауль Марин – Республика Польша,\n"
    "Юнхо Ким – Республика Корея,\n"
    "Чалермпол Сомчай – Королевство Таиланд,\n"
    "Зиёдулла Норов – Республика Узбекистан,\n"
    "Ульрих Штайнер – Федеративная Республика Германия.\n"
    "В церемонии приняли участие Министр иностранных дел Сергей Орлов.\n"
)


def test_envoys_listed_one_a_line_with_their_country_after_a_dash() -> None:
    brief = briefparse.parse(CEREMONY, reference_date=REF)
    taking_part = {p.name for p in brief.participants}
    assert {"Пауль Марин", "Юнхо Ким", "Чалермпол Сомчай", "Зиёдулла Норов", "Ульрих Штайнер"} <= taking_part


def test_envoy_listed_under_a_credentials_line_is_an_ambassador() -> None:
    assert roles(CEREMONY)["Ульрих Штайнер"] == "посол"


def test_line_that_opens_a_list_with_a_colon_is_no_headline() -> None:
    # the first line closes on a stop, which a Russian headline never does: it is the body's first sentence, and
    # neither the line opening the list nor the list's items under it are taken for the headline
    brief = briefparse.parse(CEREMONY, reference_date=REF)
    assert brief.title is None


DELEGACION = (
    "MADRID, 3 de mayo. El presidente de Chile, Paul Marin, se reunió este lunes con el presidente de Perú, Juan "
    "Lozano. En la reunión participan también los secretarios de Relaciones Exteriores, Marcos Ibarra; de Hacienda y "
    "Crédito Público, Carlos Ortega. Así como el jefe de la Oficina de Presidencia, Alfonso Ruiz, y el vocero Jesús "
    "Navarro. Al presidente de Chile lo acompañan las ministras de Justicia, Dolores Vidal; y de Industria, Comercio "
    "y Turismo, María Reyes Fuentes; así como una delegación empresarial."
)


def test_plural_role_word_between_given_name_and_surname_is_the_name_s() -> None:
    assert "María Reyes Fuentes" in roles(DELEGACION)


def test_item_after_a_semicolon_keeps_its_whole_portfolio() -> None:
    found = roles(DELEGACION)
    assert found["María Reyes Fuentes"] == "ministra de Industria, Comercio y Turismo"
    assert found["Carlos Ortega"] == "secretario de Hacienda y Crédito Público"


def test_spokesperson_listed_in_a_delegation_takes_part() -> None:
    brief = briefparse.parse(DELEGACION, reference_date=REF)
    assert "Jesús Navarro" in {p.name for p in brief.participants}


def test_plural_role_keeps_its_complement_for_each_name() -> None:
    text = (
        "GENÈVE, 2 mai. Le Premier ministre valdorien Paul Marin a rencontré jeudi le président norlandais Jean "
        "Lebrun. Il était accompagné du ministre de l’Economie Louis Garnier et des vice-présidents du parti PDV "
        "Numan Keller et Marc Oudin."
    )
    found = roles(text)
    assert {found.get("Numan Keller"), found.get("Marc Oudin")} == {"vice-président du parti PDV"}


def test_name_after_a_title_and_an_acronym_goes_back_to_the_nominative() -> None:
    text = (
        "Минск, 24 сентября. Глава МИД Армении Сергей Орлов провел переговоры с президентом МККК Мирьяной Сполярич "
        "на полях сессии Генассамблеи ООН."
    )
    brief = briefparse.parse(text, reference_date=REF)
    assert "Мирьяна Сполярич" in {p.name for p in (*brief.participants, *brief.people_mentioned)}


def test_a_work_s_title_in_quotes_is_no_one_where_a_headline_drops_the_quotes() -> None:
    text = (
        "Rey recibe libro Una Tierra Lejana\n\n"
        "SANTO DOMINGO, 3 de mayo. El presidente de Valdoria, Paul Marin, recibió este lunes al rey de Norlandia, "
        "Felipe Durand. En el acto el rey recibió un ejemplar del libro “Una Tierra Lejana”."
    )
    brief = briefparse.parse(text, reference_date=REF)
    assert "Tierra Lejana" not in {p.name for p in brief.participants}
