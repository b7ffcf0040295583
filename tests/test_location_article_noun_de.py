"""German: a capitalised noun after its definite article ("in der Region", "in der Altstadt") is no city, though a
town's other name in the gazetteer spells it alike; no city's own name takes an article.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def test_a_noun_after_its_article_is_no_city_and_the_dateline_city_stays():
    brief = briefparse.parse(
        "Vaduz (ots)\n\n"
        "Regierungschef Paul Marxer hat am Dienstag die Regierung des Kantons St. Gallen zu einem Besuch "
        "empfangen. \"Die enge Zusammenarbeit in der Region ist uns wichtig\", so der Regierungschef.\n"
    )
    assert brief.location == "Vaduz"
