"""A cue of attribution inside quoted words ("« … selon les attentes des communes »") is the speaker's
wording, not the brief citing where its news comes from: the source is the one the brief cites outside the quotes.

Every brief here is invented for the test.
"""

import briefparse


def test_a_cue_inside_a_quotation_names_no_source():
    text = (
        "Porta Nova, 14 mars 2024 – L'ambassadeur de Norlandie, Jean Roux, a rencontré le ministre valdorien Paul "
        "Marin.\n\n"
        "Il a dit vouloir « adapter l'aide de son pays selon les attentes formulées par les autorités locales et "
        "la population », selon le communiqué de l'ambassade.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None
    assert "ambassade" in source.name


def test_a_cue_after_a_closed_quotation_still_names_its_source():
    text = (
        "Porta Nova, 14 mars 2024 – Le ministre valdorien Paul Marin a reçu l'ambassadeur Jean Roux. « Nos pays "
        "sont proches », a dit M. Roux, selon l'Agence valdorienne de presse.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None
    assert "Agence valdorienne de presse" in source.name
