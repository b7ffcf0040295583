"""A list of full names that semicolons set apart, each with its country after a comma ("X, de Polonia; Y, de Suiza;
Z, de Jamaica"), continuing an event of an earlier sentence: every item is a person, and they take part together.

The briefs are written for these tests.
"""

import briefparse

CREDENTIALS = """La Paz, 3 jun (ABI).- El presidente Héctor Blanco Díaz recibió este martes las cartas credenciales de \
nuevos embajadores en la Casa Grande del Pueblo.

Presentaron sus cartas credenciales los embajadores Tomás Ferreira Lima, de la República Federativa de Brasil; \
Ingrid Solberg, del Reino de Noruega, y Kenji Watanabe, del Japón.

También recibió a Piotr Nowacki Zielinski, de la República de Polonia; Lukas Gerber, de la Confederación Suiza; \
Amara Diallo Keita, de la República de Malí; Oliver Grant Hughes, de Jamaica.
"""


def test_items_of_a_semicolon_list_after_the_first_take_part() -> None:
    names = [p.name for p in briefparse.parse(CREDENTIALS, reference_date="2025-06-03").participants]
    for name in ("Piotr Nowacki Zielinski", "Lukas Gerber", "Amara Diallo Keita", "Oliver Grant Hughes"):
        assert name in names
