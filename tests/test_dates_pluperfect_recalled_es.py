"""A later sentence told in the pluperfect ("había sido el 10 de enero") recalls an earlier occasion: its day is not
the event's.

Every brief here is invented for the test.
"""

import briefparse

_ES = (
    "El presidente Tomás Arrieta recibió este martes en la Residencia de Valmonte al expresidente de Norlandia "
    "Julio Ferrán, con quien dialogó sobre la integración regional, se informó oficialmente.\n"
    "Uno de los últimos encuentros de Arrieta con Ferrán había sido el 10 de enero de 2023, oportunidad en que "
    "el presidente recibió al expresidente y a su esposa.\n"
)


def test_a_pluperfect_day_is_not_the_event_s_es() -> None:
    assert briefparse.parse(_ES).date is None

