"""A weekday in the lead and, in the next sentence, the day without its year on which the event was held ("recibió
este lunes … El acto se llevó a cabo … al mediodía del 19 de mayo", "a reçu lundi … L'audience s'est déroulée le
19 mai"): with no other date in the text, the year is the one that puts that day on that weekday. A day the next
sentence tells of something else ("Los embajadores llegaron al país el 19 de mayo") dates nothing.

Every brief and every person here is invented for the test.
"""

import briefparse

MONDAY_19_MAY = "2025-05-19"  # the latest Monday 19 May up to today (until 2031)


def event_day(text: str) -> str | None:
    return briefparse.parse(text).date


def test_es_weekday_then_the_day_the_act_was_held() -> None:
    text = (
        "La presidenta Ana Lindqvist recibió este lunes las cartas credenciales de cuatro nuevos embajadores "
        "acreditados en Valdoria.\n"
        "El acto diplomático se llevó a cabo en el Palacio de Gobierno al mediodía del 19 de mayo.\n\n"
        "Los diplomáticos fueron Jonas Berkel y Marta Oyelaran.\n"
    )
    assert event_day(text) == MONDAY_19_MAY


def test_fr_weekday_then_the_day_the_audience_was_held() -> None:
    text = (
        "Le Premier ministre Arvo Lindqvist a reçu lundi en audience l’ambassadeur de Valdoria, Jonas Berkel.\n"
        "L’audience s’est déroulée au palais du gouvernement le 19 mai.\n\n"
        "Les deux hommes ont évoqué la coopération entre les deux pays.\n"
    )
    assert event_day(text) == MONDAY_19_MAY


def test_es_day_of_another_occasion_dates_nothing() -> None:
    text = (
        "La presidenta Ana Lindqvist recibió este lunes las cartas credenciales de cuatro nuevos embajadores "
        "acreditados en Valdoria.\n"
        "Los embajadores llegaron al país el 19 de mayo.\n\n"
        "Los diplomáticos fueron Jonas Berkel y Marta Oyelaran.\n"
    )
    assert event_day(text) is None
