"""One who stands in for another ("In Vertretung des Ministerpräsidenten X empfing Y …", "nahm Z in Vertretung des
Vorsitzenden X teil", "stellvertretend für X"): the one stood in for is absent, only mentioned.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Generalkonsul in Valdorien\n\nIn Vertretung des Ministerpräsidenten Jan Olsen empfing Staatssekretär Karl "
        "Vester am 3. März 2021 den Generalkonsul von Norland, Paul Marin, in der Staatskanzlei.",
        "Am 3. März 2021 empfing Bürgermeister Paul Marin eine Delegation aus Norland im Rathaus. Für die Stadt "
        "nahm Karl Vester in Vertretung von Jan Olsen am Gespräch teil.",
        "Am 3. März 2021 empfing Bürgermeister Paul Marin den Botschafter von Norland. Stellvertretend für "
        "Landrat Jan Olsen begrüßte Karl Vester den Gast.",
    ],
)
def test_the_one_stood_in_for_is_only_mentioned(text):
    brief = briefparse.parse(text)
    assert "Jan Olsen" not in {p.name for p in brief.participants}
    assert "Jan Olsen" in {p.name for p in brief.people_mentioned}
