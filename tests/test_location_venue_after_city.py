"""Location on a brief invented for this test (fictional people, a real city): a sentence past the event's names its
city, then the venue in it ("sera reçu à Paris à l'hôtel de Brienne"): the venue is where the event is held, though the
city comes first and no sentence before names a place."""

from __future__ import annotations

import briefparse

BRIEF = (
    "La Première ministre française Claire Dumas accueillera ce lundi soir son homologue luxembourgeois Paul Weber "
    "pour notamment aborder les questions de coopération bilatérale.\n\nDîner de travail\n\nPaul Weber reçu par "
    "Claire Dumas ce lundi soir\n\nCe lundi soir à 21 heures, Paul Weber sera reçu à Paris à l'hôtel de Brienne "
    "par la Première ministre française Claire Dumas pour un dîner de travail. Cet entretien marque leur première "
    "rencontre depuis sa nomination le 16 mai dernier.\n"
)


def test_a_venue_written_after_its_city_in_a_later_sentence_is_the_place() -> None:
    assert briefparse.parse(BRIEF).location == "hôtel de Brienne"
