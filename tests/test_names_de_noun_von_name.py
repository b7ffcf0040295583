"""Where nouns are capitalised, "<noun> von <given name> <surname>" links a noun to a person ("der frühe Tod von
Paul Sommer", "Rücktritt von Paul Sommer"): the person's name is what follows "von", not a nobility name that the
noun opens. A house's "von" after a given name still holds the name together ("Hans von Brandau").

Every brief here is invented for the test.
"""

import briefparse

_BODY = (
    "\n\nKanzlerin Anna Marin hat mit großer Bestürzung reagiert. In einem Brief an die Familie würdigte sie den "
    "Politiker."
)


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants] + [p.name for p in brief.people_mentioned]


def test_a_death_told_in_the_headline_names_the_dead_after_von() -> None:
    brief = briefparse.parse("Kanzlerin Anna Marin: Der viel zu frühe Tod von Paul Sommer ist ein Verlust" + _BODY)
    assert "Paul Sommer" in _names(brief)
    assert not any(name and name.startswith("Tod") for name in _names(brief))


def test_a_resignation_told_in_the_headline_names_the_person_after_von() -> None:
    brief = briefparse.parse("Kanzlerin bedauert überraschenden Rücktritt von Paul Sommer" + _BODY)
    assert "Paul Sommer" in _names(brief)
    assert not any(name and name.startswith("Rücktritt") for name in _names(brief))


def test_a_nobility_particle_after_a_given_name_stays_in_the_name() -> None:
    text = "Bundespräsident Klaus Weber empfing Hans von Brandau im Schloss Bellevue. Beide sprachen über Europa."
    assert "Hans von Brandau" in [p.name for p in briefparse.parse(text).participants]
