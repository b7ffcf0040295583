"""A role ends where a clause or a verb's agent begins, on briefs invented for these tests (fictional people; real
countries only where a rule reads a country's name)."""

from __future__ import annotations

import datetime as dt

import briefparse

REF = dt.date(2024, 5, 6)


def _roles(text: str) -> dict[str | None, str | None]:
    """Each participant's name and role."""
    return {p.name: p.role for p in briefparse.parse(text, reference_date=REF).participants}


def test_agent_of_a_passive_takes_no_role_of_the_plural_before() -> None:
    """"acompañado … con los presidentes centroamericanos por X, secretaria de …": X is the agent, her role the
    apposition after her name."""
    roles = _roles(
        "Tegucigalpa, 3 de marzo (EFE). El vicepresidente estadounidense Mark Dorran se reunió el lunes con los "
        "presidentes centroamericanos. El vicemandatario será acompañado en la reunión con los presidentes "
        "centroamericanos por Lena Holtby, secretaria de Seguridad Nacional, la oficina responsable."
    )
    assert roles["Lena Holtby"] == "secretaria de Seguridad Nacional"


def test_clause_conjunction_ends_the_role_before_a_name() -> None:
    """"X será el embajador de Chile en el país, mientras Y …": Y opens another clause, the role is X's."""
    roles = _roles(
        "Madrid, 3 de marzo (EFE). El canciller Juan Terol recibió el lunes a Laura Vidart y a Pedro Ruiz Sotelo. "
        "Laura Vidart será la embajadora de Chile en el país, mientras Pedro Ruiz Sotelo dirigirá el consulado."
    )
    assert "embajadora" not in (roles.get("Pedro Ruiz Sotelo") or "")


def test_verb_clitic_is_no_part_of_a_bare_role() -> None:
    """"Le premier ministre ontarien s’est montré …": the clitic "s’" belongs to the verb, not to the role."""
    roles = _roles(
        "OTTAWA — Le premier ministre ontarien s’est montré très conciliant lors d’une visite à Ottawa, vendredi "
        "matin. Paul Marvaux et Jean Dorlan ont passé une heure ensemble."
    )
    assert roles[None] == "premier ministre ontarien"


def test_role_told_next_refers_back_past_a_holder_named_later() -> None:
    """"X a accordé une audience à Y. Le président ivoirien et la diplomate … ont échangé … Y a transmis les
    salutations du président Z": the office names X, told before it; Z, named only later, is not whom it refers to."""
    roles = _roles(
        "Paul Marvin a accordé une audience à l'ambassadeur de Guinée en Côte d'Ivoire, Mme Lena Holtby, le mardi "
        "26 novembre 2019. Le président ivoirien et la diplomate guinéenne ont échangé sur plusieurs sujets. "
        "Mme Holtby a transmis au nom du président Jean Dorlan les salutations fraternelles de la Guinée."
    )
    assert roles["Paul Marvin"] == "président ivoirien"


def test_relative_clause_after_a_comma_ends_the_apposition() -> None:
    """"X, directora … del Banco Mundial, de quien se llevó la promesa …": the clause is about X, not her office."""
    roles = _roles(
        "El ministro Sergio Marsal se reunió con Anna Bjorde, directora gerente de Operaciones de Crédito del Banco "
        "Mundial, de quien se llevó la promesa de dos préstamos."
    )
    assert roles["Anna Bjorde"] == "directora gerente de Operaciones de Crédito del Banco Mundial"


def test_a_weekday_ends_a_role_in_apposition() -> None:
    """"X, Head of UNOR in Keltby on Sunday, …" and "X, state minister … on Sunday.": the weekday and the short word
    before it tell when the talks were, not the office; the role ends before them."""
    roles = _roles(
        "Prime Minister Amara Tolvan held talks with Dara Quill, the Special Representative for Norland and Head of "
        "UNOR in Keltby on Sunday, to discuss the situation. Ambassador Liro Manz called on Sela Brin, state "
        "minister for foreign affairs at the Ministry of Foreign Affairs on Sunday."
    )
    assert roles["Dara Quill"] == "Special Representative for Norland and Head of UNOR in Keltby"
    assert roles["Sela Brin"] == "state minister for foreign affairs at the Ministry of Foreign Affairs"
