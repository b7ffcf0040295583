"""A visit placed in the country the guest arrived in keeps that country when only a later sentence of the
programme still to come names a city there ("il aura des entretiens vendredi … à Pretoria"); a later sentence telling
what took place still gives the country's city."""

import briefparse


def test_a_city_of_the_programme_to_come_does_not_replace_the_country_visited() -> None:
    text = (
        "Le président de la République, Paul Ondoua, est arrivé ce mercredi 20 juillet 2022 en Afrique du Sud "
        "pour une visite d'État.\n"
        "Il a été accueilli à sa descente d'avion par la ministre sud-africaine des Relations internationales, "
        "Thandi Mokoena.\n"
        "Au cours de son séjour, le chef de l'État aura des entretiens vendredi avec son homologue, au palais de la "
        "présidence de Pretoria.\n"
    )
    assert briefparse.parse(text).location == "Afrique du Sud"


def test_a_city_a_later_sentence_says_he_reached_still_replaces_the_country() -> None:
    text = (
        "Le président de la République, Paul Ondoua, est arrivé ce mercredi 20 juillet 2022 en Afrique du Sud "
        "pour une visite d'État.\n"
        "Il a été accueilli à sa descente d'avion à Pretoria par la ministre sud-africaine des Relations "
        "internationales, Thandi Mokoena.\n"
    )
    assert briefparse.parse(text).location == "Pretoria"


def test_a_future_verb_with_its_object_tells_a_programme_to_come() -> None:
    from briefparse.lang import get_language
    from briefparse.lang.compiled import compiled

    future = compiled(get_language("fr")).dates.future_verb
    assert future.search("le chef de l'État aura des entretiens vendredi")
    assert future.search("le ministre sera en visite à Lomé")
    english = compiled(get_language("en")).dates.future_verb
    assert not english.search("she sat next to the President")
