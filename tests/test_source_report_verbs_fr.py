"""French sources told after their verb of reporting, whatever the verb and the clause that puts it first: after a
comma ("…, a relayé la présidence"), after a comparison and its object pronoun ("comme l'a indiqué la présidence",
"ainsi que le rapporte la radio"), in a relative ("C'est ce qu'a fait savoir le ministère", "selon ce qu'a rapporté
la télévision"); an outlet after its verb by its kind ("a révélé le quotidien X"); a pronoun elided onto a
conjunction is no source ("Lorsqu'il a indiqué"), nor an impersonal subject ("On a indiqué", "Se informó").

The briefs are written for these tests.
"""

import pytest

import briefparse

EVENT = "Le président valdorien Jan Marin a reçu lundi à Kessel son homologue lorvien Pier Lont"


@pytest.mark.parametrize(
    "telling",
    [
        ", a relayé la présidence valdorienne.",
        ", a communiqué la présidence valdorienne.",
        ", a mentionné la présidence valdorienne.",
        ", relate la présidence valdorienne.",
        ", comme l'a indiqué la présidence valdorienne.",
        ", ainsi que l'a fait savoir la présidence valdorienne.",
        ", comme le précise la présidence valdorienne.",
        ". C'est ce qu'a fait savoir la présidence valdorienne dans un communiqué.",
        ", selon ce qu'a rapporté la présidence valdorienne.",
    ],
)
def test_body_after_any_verb_of_reporting_is_the_source(telling: str) -> None:
    brief = briefparse.parse(EVENT + telling, reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "présidence valdorienne"


def test_body_before_a_verb_of_reporting_is_the_source() -> None:
    text = f"La présidence valdorienne a relayé mardi l'entretien. {EVENT}."
    brief = briefparse.parse(text, reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "présidence valdorienne"


def test_outlet_named_by_its_kind_after_the_verb() -> None:
    brief = briefparse.parse(f"{EVENT}, a révélé le quotidien Le Veilleur.", reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "quotidien Le Veilleur"


def test_body_on_its_site_is_the_source_without_the_site() -> None:
    brief = briefparse.parse(f"{EVENT}, a publié la présidence valdorienne sur son site.", reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "présidence valdorienne"


def test_pronoun_elided_onto_a_conjunction_is_no_source() -> None:
    text = f"{EVENT}. Lorsqu’il a indiqué que la visite était utile, Pier Lont a souri."
    brief = briefparse.parse(text, reference_date="2025-06-03")
    assert brief.source is None


@pytest.mark.parametrize(
    "telling",
    [
        "La présidence valdorienne, dans un communiqué rendu public mardi, a annoncé l'entretien.",
        "La présidence valdorienne à travers un communiqué a publié les temps forts de l'entretien.",
        "C'est la présidence valdorienne qui a annoncé l'entretien.",
        "C'est la présidence valdorienne qui l'a annoncé.",
        "La présidence valdorienne a rendu public mardi un communiqué sur l'entretien.",
    ],
)
def test_body_before_its_verb_through_a_document_or_in_a_cleft(telling: str) -> None:
    brief = briefparse.parse(f"{EVENT}. {telling}", reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "présidence valdorienne"


def test_body_set_off_with_the_document_it_spoke_through_es() -> None:
    text = (
        "La Cancillería valdoriana, a través de un comunicado, precisó que el presidente Jan Marin recibió el lunes "
        "en Kessel a su homólogo Pier Lont."
    )
    brief = briefparse.parse(text, reference_date="2025-06-03")
    assert brief.source is not None
    assert brief.source.name == "Cancillería valdoriana"


@pytest.mark.parametrize(
    "text",
    [
        f"{EVENT}. On a indiqué que les deux hommes ont parlé de paix.",
        "El presidente valdoriano Jan Marin recibió el lunes en Kessel a su homólogo Pier Lont. Se informó que ambos "
        "abordaron la agenda bilateral.",
    ],
)
def test_impersonal_subject_is_no_source(text: str) -> None:
    assert briefparse.parse(text, reference_date="2025-06-03").source is None


@pytest.mark.parametrize("audience", ["à la presse", "aux journalistes"])
def test_audience_before_an_aside_is_no_source(audience: str) -> None:
    text = f"{EVENT}. « Nous avons parlé de paix », a déclaré {audience}, au sortir de l'audience, le ministre Lont."
    assert briefparse.parse(text, reference_date="2025-06-03").source is None
