"""Spanish briefs invented for these tests (fictional people, real countries): a signing told in the passive
("Dos memorandos … fueron suscritos … en presencia de X e Y", "El convenio fue firmado por los cancilleres") is
`other`, as the active "firmaron" is, even when a reception of the guest is told later on."""

from __future__ import annotations

from briefparse import parse

WITNESSED = (
    "Dos memorandos de entendimiento entre Bolivia y Portugal fueron suscritos este jueves en el Palacio Quemado, "
    "en presencia de Tomás Quiroga Vela, presidente de Bolivia, y Rui Antunes Costa, primer ministro de Portugal.\n"
    "Uno de los convenios establece consultas políticas anuales; el otro, un programa de becas.\n"
    "El programa de la visita incluye mañana un recorrido por el casco antiguo.\n"
    "Antes de la ceremonia, Antunes Costa fue recibido por el mandatario boliviano en el salón principal."
)

SIGNED_BY = (
    "Tres convenios de cooperación fueron firmados ayer en Asunción por los cancilleres de Paraguay, Inés Benítez "
    "Ocampo, y de Noruega, Lars Dahl Moe."
)


def test_a_signing_in_the_passive_is_other() -> None:
    assert parse(WITNESSED, language="es").event_type == "other"
    assert parse(SIGNED_BY, language="es").event_type == "other"


def test_those_present_at_a_passive_signing_take_part() -> None:
    names = [p.name for p in parse(WITNESSED, language="es").participants if p.name]
    assert "Tomás Quiroga Vela" in names
    assert "Rui Antunes Costa" in names
