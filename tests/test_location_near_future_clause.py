"""A gathering still to come, told in the near future ("qui va se tenir au palais des Congrès", "que va a
tener lugar en el Palacio …"), is another occasion: its venue is not where the meeting reported was held.

The briefs are written for this test (invented people, real countries).
"""

import pytest

import briefparse

FRENCH = (
    "Le président Jean Mbarga a reçu en audience l'ambassadeur d'Italie Marco Ferri\n\n"
    "Ce 12 octobre, le président Jean Mbarga a reçu en audience l'ambassadeur d'Italie, Marco Ferri. Cette "
    "audience avait pour but de préparer la venue de la ministre italienne Lucia Conti. Celle-ci doit participer à "
    "la conférence régionale sur l'eau qui va se tenir au palais des Congrès de la capitale.\n"
)
SPANISH = (
    "El presidente Julio Ramos recibió al embajador de Italia Marco Ferri\n\n"
    "El presidente Julio Ramos recibió este lunes al embajador de Italia, Marco Ferri. La audiencia sirvió para "
    "preparar la visita de la ministra italiana Lucia Conti. Conti asistirá a la cumbre regional sobre el agua que "
    "va a tener lugar en el Palacio de Convenciones de la capital.\n"
)


@pytest.mark.parametrize("text", [FRENCH, SPANISH])
def test_the_venue_of_a_gathering_still_to_come_is_not_the_meetings(text: str) -> None:
    assert briefparse.parse(text).location is None
