"""A province between a title and its holder's name is the title's, not the name's: "gobernador de Sonora X Y",
"Governor of Punjab X Y". A lone province's name right after a title may be a given name or a surname."""

from briefparse import parse


def _participants(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse(text, language=language).participants]


def test_a_state_after_a_governor_s_title_is_his_title_s_spanish():
    text = (
        "HERMOSILLO, 3 de marzo de 2025.- El gobernador de Sonora Paulo Marín Valdés recibió este lunes al embajador"
        " de Valdoria, Tomás Nerval, con quien habló de comercio y de agua.\n\nLos dos acordaron una nueva reunión"
        " en abril."
    )
    assert ("Paulo Marín Valdés", "gobernador de Sonora") in _participants(text, "es")


def test_a_state_after_a_governor_s_title_is_his_title_s_english():
    text = (
        "Valdoria's ambassador Tom Nerval met the Governor of Punjab Paul Marin on Monday to discuss trade.\n\n"
        "The two agreed to meet again in April."
    )
    assert ("Paul Marin", "Governor of Punjab") in _participants(text, "en")


def test_a_province_s_name_after_a_particle_stays_in_a_surname():
    text = (
        "El presidente de Valdoria, Tomás Arévalo de León, recibió este lunes al ministro de Norlandia, Paulo"
        " Marín.\n\nLos dos acordaron una nueva reunión en abril."
    )
    assert "Tomás Arévalo de León" in [name for name, _ in _participants(text, "es")]


def test_a_province_s_name_right_after_an_honorific_is_a_given_name():
    text = (
        "Valdoria's Crown Prince Sheikh Sabah Paul Marin received Norland's ambassador Tom Nerval on Monday.\n\n"
        "The two discussed trade."
    )
    assert "Sabah Paul Marin" in [name for name, _ in _participants(text, "en")]
