"""A standfirst under the headline that a page's date stamp closes is not the lead: the story opens under the stamp,
and its first report of the event, naming a party, leads. A line with a year inside the story (a post's sign-off)
closes no standfirst.

Every brief and every person here is invented for the test.
"""

import briefparse


def test_es_the_standfirst_above_the_stamp_does_not_lead() -> None:
    text = (
        "Marín viajó a Norlandia para ampliar el comercio\n\n"
        "El mandatario valdorense fue recibido por Karl Vogt en el palacio de gobierno y conversaron durante una "
        "hora.\n\n"
        "POR REDACCIÓN\n\n"
        "12 de marzo de 2024\n\n"
        "El presidente de Valdoria, Pablo Marín, llegó a Norlandia y mantuvo un encuentro con el presidente Karl "
        "Vogt en el palacio de gobierno.\n\n"
        "Ambos acordaron ampliar el comercio de productos agrícolas entre los dos países."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("El presidente de Valdoria, Pablo Marín, llegó a Norlandia")


def test_es_a_two_sentence_standfirst_above_a_stamp_with_its_hour_does_not_lead() -> None:
    text = (
        "Marín recibió a los ministros de Norlandia y de Kessel\n\n"
        "El mandatario se reunió con Karl Vogt y luego con Jan Ortega. Fue horas antes del cierre de la cumbre "
        "regional.\n"
        "sábado, 9 de marzo de 2024 · 11:47\n\n"
        "El presidente Pablo Marín recibió hoy en la residencia oficial al primer ministro de Norlandia, Karl Vogt, "
        "con quien mantuvo una reunión bilateral.\n\n"
        "Luego se reunió con el primer ministro de Kessel, Jan Ortega."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("El presidente Pablo Marín recibió hoy")


def test_es_a_dated_line_inside_the_story_leaves_the_first_sentence_the_lead() -> None:
    text = (
        "KESSEL. Las felicitaciones para el presidente de Valdoria, Pablo Marín, siguen llegando y esta vez el rey "
        "Karl de Norlandia le envió su saludo.\n"
        "Por medio de su cuenta, el embajador Jan Ortega compartió el mensaje que el rey envió al presidente Marín.\n"
        "Es un honor dar a conocer el mensaje de Su Majestad al presidente\n"
        "— Jan Ortega (@jortega) 28 de enero de 2024\n"
        "El mensaje es una felicitación para Marín tras asumir de manera oficial la presidencia del país."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Las felicitaciones para el presidente de Valdoria")


def test_de_a_photo_caption_under_the_stamp_leaves_the_standfirst_the_lead() -> None:
    text = (
        "Vogt trifft valdorischen Amtskollegen\n\n"
        "Bundesrat Karl Vogt hat in Kessel den valdorischen Aussenminister Pablo Marín getroffen. Sie sprachen unter "
        "anderem über den Handel.\n\n"
        "16.11.2024, 20.23 Uhr\n\n"
        "Bundesrat Karl Vogt (r.) hat mit dem valdorischen Aussenminister Pablo Marín (l.) in Kessel Gespräche "
        "geführt. Norpress\n\n"
        "Beim Treffen begrüssten die beiden Minister die gute Zusammenarbeit zwischen den beiden Ländern."
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Bundesrat Karl Vogt hat in Kessel")


def test_fr_a_story_paragraph_cut_short_under_the_stamp_still_opens_the_story() -> None:
    text = (
        "Entretien Marin-Vogt dimanche soir\n\n"
        "Paul Marin s'est entretenu avec le président Karl Vogt dimanche soir, pour la seconde fois de la journée.\n\n"
        "21.02.2024, Presse du Nord\n\n"
        "Après un premier échange dans l'après-midi, Karl Vogt et Paul Marin se sont de nouveau entretenus par "
        "téléphone dans la nuit de dimanche à lundi afin de discuter de la situation à la frontière. Selon la "
        "présidence, l'appel a été demandé par le président valdorien. Les deux dirigeants ont souligné la nécessité "
        "de poursuivre le dialogue entre les deux capitales et les deux gouvernements pour apaiser la situa"
    )
    lead = briefparse.parse(text).summary_points[0]
    assert lead.startswith("Après un premier échange dans l'après-midi")
