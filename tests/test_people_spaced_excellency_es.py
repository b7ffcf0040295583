"""The Spanish "S. E." (Su Excelencia), written spaced as the Equatorial Guinean press does ("el Presidente de la
República, S. E. X"), is an honorific before the name, never part of it.

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "El Presidente recibe a su homólogo de Valdoria\n"
    "El Presidente de la República, S. E. Tomás Ndong Esono, ha recibido en el Palacio del Pueblo al Presidente "
    "de Valdoria, S. E. Marcos Oyana Bita, con quien ha conversado sobre las relaciones bilaterales.\n"
)


def test_the_spaced_excellency_is_no_part_of_the_name() -> None:
    names = [p.name for p in briefparse.parse(_TEXT).participants]
    assert "Tomás Ndong Esono" in names
    assert "Marcos Oyana Bita" in names
    assert not any(n and n.startswith("S.") for n in names)
