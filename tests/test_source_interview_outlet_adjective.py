"""The outlet a speaker gave an interview to, named after its kind and an adjective ("dans une entrevue à la chaîne
francophone X"), or after the Canadian French "entrevue", is the source.

Every brief here is invented for the test.
"""

import briefparse


def test_an_outlet_after_its_kind_and_an_adjective_is_the_source():
    text = (
        "Le ministre valdorien Paul Marin a reçu lundi son homologue Jean Roux. « Il faut doubler nos échanges », a "
        "déclaré M. Roux dans une interview à la chaîne francophone Valdor24.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "Valdor24"


def test_an_entrevue_names_its_outlet():
    text = (
        "Le ministre valdorien Paul Marin a reçu lundi son homologue Jean Roux. « Il faut doubler nos échanges », a "
        "déclaré M. Roux dans une entrevue au quotidien Porta Nova Soir.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name.startswith("Porta Nova Soir")
