"""A name after an envoy's noun, its genitive link and a title of a word or two, no comma between ("l'émissaire du
Président X", "en sa qualité de représentant du Président Y"): whom the envoy serves, who sent them and was not there;
with a comma, the name is the envoy's own ("l'envoyé spécial du secrétaire général de l'ONU, X").

The briefs and their people are fictional, written for this test.
"""

import pytest

import briefparse


def _taking_part(text: str) -> set[str]:
    return {p.name for p in briefparse.parse(text).participants if p.name}


@pytest.mark.parametrize(
    ("text", "parties", "principal"),
    [
        (
            "Le Président de la République, Paul Merlin, a reçu en audience ce jeudi au palais présidentiel M. Jean "
            "Kessel, envoyé spécial du Président de la Valdorie. Il était venu transmettre au Président Paul Merlin le "
            "message de Hugo Lenz, Président de la Valdorie. A l'issue de son entretien avec le Chef de l'Etat, "
            "l'émissaire du Président Hugo Lenz a déclaré : « La rencontre a été fructueuse ».",
            {"Paul Merlin", "Jean Kessel"},
            "Hugo Lenz",
        ),
        (
            "Le président du Sénat, Karim Nadir, a été reçu hier à Valdor par le président de la Ruritanie, Olaf "
            "Brenner. Le président du Sénat a également reçu le Premier ministre valdorien, Ivo Darel. M. Nadir avait "
            "pris part plus tôt dans la journée, en sa qualité de représentant du Président Anton Weiss, à la "
            "cérémonie d'investiture du président élu.",
            {"Karim Nadir", "Olaf Brenner"},
            "Anton Weiss",
        ),
    ],
)
def test_the_principal_of_an_envoy_takes_no_part(text, parties, principal):
    taking_part = _taking_part(text)
    assert parties <= taking_part, taking_part
    assert principal not in taking_part, taking_part


def test_the_envoy_named_after_a_comma_takes_part():
    taking_part = _taking_part(
        "Le président de la République, Paul Merlin, a reçu jeudi l'envoyé spécial du secrétaire général de l'ONU, "
        "Jean Kessel."
    )
    assert {"Paul Merlin", "Jean Kessel"} <= taking_part, taking_part
