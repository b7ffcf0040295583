"""Two people named without a role, then a sentence that opens on a bare role: the role is the one named first."""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_subject_role_after_two_roleless_names_is_the_first_named() -> None:
    roles = _roles(
        "Arnaud Devérin a reçu mardi 4 mars 2025 Pekka Lindqvist pendant une heure.\n\n"
        "Le chef de l'Etat a raccompagné son hôte jusqu'au perron à midi.\n"
    )
    assert roles["Arnaud Devérin"] == "chef de l'Etat"
    assert roles.get("Pekka Lindqvist") is None
    assert None not in roles  # the bare role is Devérin, no one unnamed


def test_headline_pair_then_subject_role() -> None:
    roles = _roles(
        "Arnaud DEVÉRIN et Pekka LINDQVIST en tête-à-tête\n"
        "Le président de la République a reçu en audience le 4 mars 2025 au Palais son ancien rival.\n"
        "Les deux hommes ont parlé de la réforme des institutions.\n"
    )
    assert roles["Arnaud DEVÉRIN"] == "président de la République"


def test_no_role_when_a_sentence_stands_between() -> None:
    roles = _roles(
        "Arnaud Devérin a reçu Pekka Lindqvist mardi 4 mars 2025 à Lyon. Les deux hommes ont évoqué l'économie. "
        "Le président a salué la qualité des échanges."
    )
    assert roles.get("Arnaud Devérin") is None and roles.get("Pekka Lindqvist") is None


def test_fronted_words_before_the_role_keep_it_from_either() -> None:
    roles = _roles(
        "Arnaud Devérin a reçu Pekka Lindqvist mardi 4 mars 2025 à Lyon.\n\n"
        "Jeudi dernier, le porte-parole du gouvernement a démenti toute tension.\n"
    )
    assert roles.get("Arnaud Devérin") is None and roles.get("Pekka Lindqvist") is None
