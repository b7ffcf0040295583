"""A line that credits the story's sources under short lines of the body is no headline. Every brief here is invented
for the test."""

from briefparse import parse as parse_text

_ES = (
    "El presidente de Honduras, Marcos Villatoro, se reunió este martes en Tegucigalpa con el canciller de Panamá, "
    "Julián Arosemena.\n"
    "Ambos dirigentes abordaron la cooperación comercial y la migración en la región.\n"
    "Villatoro destacó la amistad entre los dos pueblos.\n"
    "Con información de Prensa Latina y AFP\n"
)

_RU = (
    "Министр иностранных дел Валдории Игорь Сарычев провёл в Минске переговоры с коллегой.\n"
    "Стороны обсудили торговлю и транспорт.\n"
    "Сарычев отметил итоги встречи.\n"
    "По материалам Белта и Спутника\n"
)


def test_a_closing_credit_line_is_no_headline_and_leaves_the_participants() -> None:
    brief = parse_text(_ES)
    assert brief.title is None
    assert brief.event_type == "meeting"
    assert [p.name for p in brief.participants] == ["Marcos Villatoro", "Julián Arosemena"]
    assert brief.people_mentioned == []


def test_a_closing_credit_line_in_russian_is_no_headline() -> None:
    assert parse_text(_RU).title is None
