"""A stamp with its update line ("27 oct. 2023, 13:49 / Màj. le 29 oct. 2023"), and an update line that is the
only date the page writes with its year, over a dateline without one ("Actualizado 14/03/2008" over "NORBURGO,
14 Mar. (AGENCIA) -"; "Updated: Apr 03, 2018" over "Norburg, April 3 (AGENCY):"): the stamp dates the page, the
update line is no list of other stories, and it gives the year the dateline leaves out.

Every brief here is invented for the test.
"""

import briefparse


def test_a_stamp_and_its_update_line_are_no_dated_list() -> None:
    text = (
        "Paul Marin renoue avec les visites à Norbourg\n\n"
        "Le ministre valdorien Paul Marin l’a annoncé après sa rencontre vendredi à Norbourg avec son homologue "
        "norlandais Erik Solberg.\n\n"
        "Agence Valdorienne\n"
        "27 oct. 2023, 13:49\n"
        "/ Màj. le 29 oct. 2023 à 23:01\n"
        "Il s’agit de la première visite d’un ministre valdorien en Norlandie depuis deux ans. Les deux ministres "
        "ont parlé des relations économiques entre les deux pays."
    )
    brief = briefparse.parse(text)
    assert brief.published == "2023-10-27"
    assert brief.date == "2023-10-27"


def test_an_update_line_gives_the_year_a_dateline_leaves_out_es() -> None:
    text = (
        "Actualizado 14/03/2008 03:40\n\n"
        "Valdoria/Norlandia.- Marín y Solberg consolidan sus relaciones\n\n"
        "NORBURGO, 14 Mar. (AGENCIA VALDORIANA) -\n\n"
        "El presidente de Valdoria, Paul Marín, llamó ayer por teléfono a su homólogo de Norlandia, Erik Solberg, "
        "para reiterar la voluntad de restablecer las relaciones entre ambos gobiernos."
    )
    brief = briefparse.parse(text)
    assert brief.published == "2008-03-14"
    assert brief.date == "2008-03-13"


def test_an_update_line_gives_the_year_a_dateline_leaves_out_en() -> None:
    text = (
        "Marin congratulates Norland's President Solberg\n\n"
        "AGENCY | Updated: Apr 03, 2018 02:12 IST\n\n"
        "Norburg, April 3 (AGENCY): Valdorian President Paul Marin on Monday congratulated his Norland "
        "counterpart Erik Solberg on his re-election.\n\n"
        "The two leaders affirmed the partnership between Valdoria and Norland, a statement said."
    )
    brief = briefparse.parse(text)
    assert brief.published == "2018-04-03"
    assert brief.date == "2018-04-02"
