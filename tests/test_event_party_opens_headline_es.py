"""A headline opened by a name and a verb of saying ("Larrazábal pidió a Iturbe …") over a lead where that person tells
of his own call with the other is the call, not a remark about another event: the person who speaks is a party of
what he tells, as a participant's own account of his call or talks is that event.

Every brief and every person here is invented for the test.
"""

import briefparse

_TEXT = (
    "Larrazábal pidió a Iturbe restablecer el diálogo directo entre Lima y Quito\n\n"
    "Lima, 7 ene (EFE).- El presidente de Perú, Andrés Larrazábal, dijo este miércoles que en la llamada telefónica "
    "que sostuvo esta tarde con su homólogo de Ecuador, Tomás Iturbe, le pidió restablecer el diálogo directo entre "
    "ambos Gobiernos, interrumpido desde el verano.\n\n"
    '"Hoy hemos hablado por teléfono por primera vez", dijo Larrazábal ante sus partidarios en la Plaza Mayor.\n'
)


def test_party_opening_the_headline_with_a_verb_of_saying_keeps_the_call() -> None:
    brief = briefparse.parse(_TEXT)
    assert brief.event_type == "phone_call"
    assert sorted(p.name for p in brief.participants) == ["Andrés Larrazábal", "Tomás Iturbe"]
