"""A body named with its holder's title abbreviated ("le cabinet de M. Marin a annoncé"): the noun subject runs over
the abbreviation and its full stop, and the body is the source.

Every brief here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "announcement",
    [
        "Le cabinet de M. Marin a annoncé la nouvelle samedi.",
        "C'est le cabinet de M. Marin qui a annoncé la nouvelle samedi.",
    ],
)
def test_a_body_named_with_an_abbreviated_title_is_the_source(announcement: str):
    text = (
        "Le premier ministre valdorien, Paul Marin, rencontrera sa nouvelle homologue lorénienne, Ana Ortega, "
        f"dimanche à Porta Nova.\n\n{announcement}"
    )
    source = briefparse.parse(text, reference_date="2025-03-15").source
    assert source is not None and "cabinet de M. Marin" in source.name
