"""Source cues and closing credits, each on an invented brief:
- a dispatch's end mark in brackets before its signature line ("(FIN) ANDINA/JJR", "(Ende) dpa/xy"), a desk's word
  before the agency ("Redacción / EFE"), the common noun before it alone on its line ("Agencia DYN"), a "read the
  whole story at" line ("Leer noticia completa en X");
- Spanish: a cue followed by a verb that puts its subject after it ("según informaron fuentes del ministerio"): the
  subject; "autoridades" a source noun as French "autorités", "lo informaron" a cue as "lo informó"; a passive's
  agent in either number ("fue dada a conocer por la Presidencia"), "hizo saber" after its clause; an outlet spoken
  to after "en una entrevista con" / "en declaraciones a", also one whose name ends with "Tv" or follows its kind
  ("el diario X")."""

import datetime as dt

import pytest

import briefparse

ES = (
    "Canciller de Valdoria se reunió con su par de Norland\n\n"
    "Lima, mar. 4. El canciller de Valdoria, Paul Marin, se reunió hoy con su homólogo de Norland, Pedro Albán, en "
    "la sede de la cancillería. Ambos abordaron la cooperación comercial y la agenda bilateral.\n\n"
)
DE = (
    "Valdorias Außenminister trifft Amtskollegen aus Norland\n\n"
    "Der Außenminister von Valdoria, Paul Marin, hat am Montag seinen Amtskollegen aus Norland, Peter Albers, "
    "getroffen. Die beiden sprachen über den Handel und die Zusammenarbeit in der Energiepolitik.\n\n"
)


LEAD = (
    "Valdoria y Norland firman acuerdo\n\n"
    "El presidente de Valdoria, Paul Marin, recibió este lunes al primer ministro de Norland, Pedro Albán, en el "
    "palacio presidencial"
)
SPOKE = (
    "Valdoria y Norland acercan posiciones\n\n"
    "El canciller de Valdoria, Paul Marin, anunció que viajará a Norland la próxima semana para reunirse con su "
    'homólogo Pedro Albán. "Vamos a firmar varios acuerdos", dijo Marin '
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ES + "(FIN) ANDINA/JJR\n", "ANDINA"),
        (ES + "(FIN) EFE/MAE\n", "EFE"),
        (DE + "(Ende) dpa/xy\n", "dpa"),
        (ES + "(FIN) LR/MAP\n", "MAP"),
        (ES + "Redacción / EFE\n", "EFE"),
        (ES + "Agencias/EFE\n", "EFE"),
        (ES + "Agencia DYN\n", "DYN"),  # the common noun before a registered agency's name alone on its line
        (ES + "Agencia Xinhua\n", "Xinhua"),
        (ES + "Leer noticia completa en El Heraldo de Norland.\n", "El Heraldo de Norland"),
        (LEAD + ", según informaron fuentes del ministerio de Exteriores.\n", "fuentes del ministerio de Exteriores"),
        (LEAD + ", según detalló el Ministerio de Energía.\n", "Ministerio de Energía"),
        (LEAD + ", según indicaron fuentes diplomáticas.\n", "fuentes diplomáticas"),
        (LEAD + ". Así lo informaron las autoridades de Valdoria.\n", "autoridades de Valdoria"),
        (LEAD + ", informaron las autoridades de Valdoria.\n", "autoridades de Valdoria"),
        (LEAD + ", según explicaron las autoridades de Valdoria.\n", "autoridades de Valdoria"),
        (LEAD + ". La información fue dada a conocer por la Presidencia de Valdoria.\n", "Presidencia de Valdoria"),
        (LEAD + ". Los detalles fueron comunicados por el Ministerio de Energía.\n", "Ministerio de Energía"),
        (LEAD + ", hizo saber la Cancillería.\n", "Cancillería"),
        (SPOKE + "en una entrevista con Valdoria Tv.\n", "Valdoria Tv"),
        (SPOKE + "en declaraciones a Radio Nacional.\n", "Radio Nacional"),
        (SPOKE + "en entrevista con el diario Norland Hoy.\n", "Norland Hoy"),
    ],
)
def test_the_source_named(text: str, expected: str) -> None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 4)).source
    assert source is not None and source.name == expected


def test_end_mark_before_initials_alone_names_none() -> None:
    assert briefparse.parse(ES + "(FIN) MVF/CCR\n", reference_date=dt.date(2024, 3, 4)).source is None
