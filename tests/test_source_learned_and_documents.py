"""Source shapes of briefs from many outlets: an agency that "has learned" what it reports, a body named by its
initials after "сообщили в" ("в МИД России"), the impersonal "доложили в", a press review's or a document's verb
in Spanish ("reseñó", "reza el comunicado de …"), a statement made to an agency ("une déclaration à l'Agence …"), a
teaser closing the last sentence's line, and a tradition, which says by which rule, not who (no source); a press
document that names no body, when the brief cites nothing else and it is the first the brief names ("a news release
said"; not "the statement added" after "said in a statement"), an adverb between the auxiliary and the participle
("a également déclaré"), Spanish verbs in the past ("La SRE subrayó"), a site's domain alone on its line, and a
German noun before "sagte er", which is no subject.

The briefs are made up for these tests; each case is a brief and the source's name, None for none.
"""

import pytest

from briefparse import parse

TIRANA = "Talks in Tirana\nPresident Ilir Dervishi met the ambassador of Chile, Rosa Molina, on Monday, "
TIRANA_RU = "Встреча в Тиране\nПрезидент Илир Дервиши встретился с послом Чили. "
QUITO = "Llamada\nLos cancilleres Luis Mora y Rosa Vidal conversaron por teléfono el martes, "
PRIMATURE = "Audiences à la Primature\nLe Premier ministre Paul Ndong a reçu l'ambassadeur du Chili."

CASES = [
    # an agency that learned what it reports, before its verb
    (TIRANA + "Kivu Press Agency has learned.\nThe two discussed trade.", "Kivu Press Agency"),
    (TIRANA + "BelTA has learnt.", "BelTA"),
    # a body by its initials, or after an impersonal verb and "в"
    (TIRANA_RU + "Об этом сообщили в МИД России.", "МИД России"),
    (TIRANA_RU + "Об итогах встречи доложили в российском МИД.", "российском МИД"),
    (TIRANA_RU + "Подробности беседы рассказали в пресс-службе Кремля.", "пресс-служба Кремля"),
    # a country's initials still make a bare role
    ("Reunión en Quito\nEl canciller Luis Mora recibió a su homóloga Rosa Vidal, dijo el embajador de EEUU.", None),
    # a press review's verb, a document's ("reza"), whose owner stays in its name
    (QUITO + "reseñó Radio Andina del Sur.", "Radio Andina del Sur"),
    (QUITO + "reza el comunicado de la Cancillería ecuatoriana.", "comunicado de la Cancillería ecuatoriana"),
    # a statement made to an agency, whose name has a link elided onto its last word
    (
        "Audience au Palais\nLe président Paul Ndong a reçu mardi l'ambassadeur du Chili, Rosa Molina. A l'issue de "
        "l'audience, la diplomate a fait une déclaration à l'Agence Lacustre d'Information dans laquelle elle a "
        "remercié le président.",
        "Agence Lacustre d'Information",
    ),
    # a teaser closing the last sentence's line; a title's capitalised article, not a topic's
    (PRIMATURE[:-1] + ".... suite de l'article sur Le Sahel", "Le Sahel"),
    (PRIMATURE + " Lire la suite sur Kivu Matin", "Kivu Matin"),
    (PRIMATURE + "\n\nLire la suite sur le Sahel", None),
    # a tradition says by which rule, not who
    (
        "Credentials\nPresident Ilir Dervishi received the credentials of six ambassadors on Thursday. According to "
        "the Albanian tradition, the ceremony is held in the Palace of Brigades.",
        None,
    ),
    ("Lettres de créance\nLe président Paul Ndong a reçu les lettres. Selon la tradition, la cérémonie a lieu.", None),
    # an adverb between the auxiliary and the participle; a verb in the past
    (
        PRIMATURE + " Le ministère chilien des Affaires étrangères a également déclaré dans un communiqué que la "
        "visite était utile.",
        "ministère chilien des Affaires étrangères",
    ),
    ("Reunión\nEl canciller Luis Mora recibió al embajador. La Cancillería subrayó que fue útil.", "Cancillería"),
    # a pronoun after the verb of saying is who said it, where a subject may follow its verb; the noun before is none
    ("Treffen\nKanzler Max Bauer traf den Präsidenten Ivo Marin. Von konkreten Reiseplänen sagte er nichts.", None),
    ("Treffen\nKanzler Max Bauer traf den Präsidenten Ivo Marin. Das Auswärtige Amt sagte, er sei zufrieden.",
     "Auswärtiges Amt"),
    # a site's domain alone on its line after the body, page furniture after it
    ("Félicitations\nLe roi a adressé un message au président Paul Ndong.\nLacmatin.ma\nArticles liés\nLa pluie.",
     "Lacmatin.ma"),
    ("Cartas credenciales\nEl presidente Luis Mora recibió las cartas. Según la tradición, se celebra allí.", None),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_source_of_a_brief(text: str, name: str | None):
    found = parse(text).source
    assert (None if found is None else found.name) == name
