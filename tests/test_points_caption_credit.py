"""A photo's caption over the story does not lead: one closed by an agency's credit line written with a space after
its slash ("AGENCIA/ Photographer"). A desk's signature spaced around its slash is no photo's credit.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_es_a_caption_over_a_spaced_agency_credit_does_not_lead() -> None:
    text = (
        "Marín recibe en el palacio al primer ministro de Norlandia\n\n"
        "El presidente de Valdoria, Pablo Marín (d), recibe al primer ministro de Norlandia, Karl Vogt, a su llegada "
        "hoy jueves al palacio de gobierno, en Lanark (Valdoria). AGENCIA/ Jo Lind\n\n"
        "Los jefes de gobierno de Valdoria y Norlandia se reunieron este jueves en el palacio de gobierno para "
        "ampliar el comercio entre los dos países.\n\n"
        "Marín y Vogt firmaron además un acuerdo sobre los puertos del norte."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Los jefes de gobierno de Valdoria y Norlandia se reunieron")


def test_en_a_desk_signature_spaced_around_its_slash_leaves_the_story_lead() -> None:
    text = (
        "Marin and Vogt meet in Lanark\n\n"
        "President Paul Marin met Norland's President Karl Vogt in Lanark on Friday to discuss trade.\n"
        "Daily Lanark / News Desk\n\n"
        "The two leaders agreed to open a new port in the north.\n\n"
        "Vogt will travel on to Kessel on Saturday."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("President Paul Marin met Norland's President Karl Vogt")
