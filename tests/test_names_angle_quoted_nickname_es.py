"""Names on briefs invented for these tests (fictional people, real countries): Spanish writes a nickname in angle
quotes between a given name and the rest of the name ("José «Pepe» Ortuño") as it does in curly quotes; the whole is
one person, who takes part; Russian angle quotes between an office and a name still hold a company."""

from __future__ import annotations

from briefparse import parse


def test_an_angle_quoted_nickname_stays_inside_the_name_es() -> None:
    text = (
        "El presidente Alberto Ruiz recibió este martes en la Residencia de Olivos a su homólogo de Uruguay, "
        "Tomás «Toto» Berrondo, con quien dialogó sobre la agenda regional."
    )
    names = [p.name for p in parse(text, reference_date="2023-03-07").participants]
    assert "Tomás «Toto» Berrondo" in names
    assert None not in names


def test_a_call_with_an_angle_quoted_nickname_es() -> None:
    text = (
        "El canciller de Chile, Luis Parrado, conversó por teléfono con el presidente electo de Honduras, Nasim "
        "«Chito» Amador, a quien felicitó por su victoria."
    )
    names = [p.name for p in parse(text, reference_date="2023-12-27").participants]
    assert "Nasim «Chito» Amador" in names and "Luis Parrado" in names


def test_angle_quotes_after_an_office_hold_a_company_ru() -> None:
    text = "Глава «Вальнефти» Игорь Седов встретился в понедельник с губернатором Олегом Ивановым в Хабаровске."
    names = {p.name for p in parse(text, reference_date="2023-03-06").participants}
    assert not any(n and "«" in n for n in names)
