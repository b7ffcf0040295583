"""Roles and affiliations in shapes seen on briefs never tuned on: a title given as the capacity someone acts in,
a role phrase cut by a sentence's first word, an honorific or the next clause of a headline, titles listed each
before its name, and the country a brief's own officials belong to.

Every brief and every person here is invented for the test; the countries and organisations are real.
"""

import datetime as dt

import pytest

import briefparse


def people(text: str) -> dict[str | None, tuple[str | None, str | None]]:
    brief = briefparse.parse(text, reference_date=dt.date(2023, 5, 10))
    return {p.name: (p.role, p.affiliation) for p in brief.participants}


ROLES = [
    (  # a title given as the capacity someone acts in
        "Le président de la République, Paul Mbaye, a reçu mardi les lettres de créance de M. Jean Dupont, en sa "
        "qualité d’ambassadeur extraordinaire et plénipotentiaire de la République du Bénin.\n",
        "Jean Dupont",
        "ambassadeur extraordinaire et plénipotentiaire de la République du Bénin",
    ),
    (
        "President Paul Mbaye on Tuesday received John Doe, in his capacity as Special Envoy of Ghana.\n",
        "John Doe",
        "Special Envoy of Ghana",
    ),
    (
        "El presidente Paul Mbaye recibió el martes a Juan Pérez, en su calidad de embajador de Bolivia.\n",
        "Juan Pérez",
        "embajador de Bolivia",
    ),
    (
        "Bundespräsident Paul Mbaye empfing am Dienstag Hans Müller, in seiner Eigenschaft als Sonderbeauftragter "
        "der Vereinten Nationen.\n",
        "Hans Müller",
        "Sonderbeauftragter der Vereinten Nationen",
    ),
    (  # a sentence's opening adverb is no part of the title after it
        "Prime Minister Ali Khan arrived in Doha on Monday. Prime Minister Khan was received by Emir Tamim Hamad. "
        "Later Prime Minister Khan met the Qatari Prime Minister Nasser Thani.\n",
        "Ali Khan",
        "Prime Minister",
    ),
    (  # nor an honorific between the title and the name
        "Le président de la République, S.E.M Paul Mbaye, a reçu lundi le ministre des Affaires étrangères, "
        "M. Jean Koffi.\n",
        "Paul Mbaye",
        "président de la République",
    ),
    (  # a portfolio of several items between the title and the name
        "Le Premier ministre a reçu lundi à Dakar le ministre de l'Agriculture, de l'Élevage, de la Pêche et de "
        "l'Économie rurale Paul Mbaye.\n",
        "Paul Mbaye",
        "ministre de l'Agriculture, de l'Élevage, de la Pêche et de l'Économie rurale",
    ),
    (  # in a list that gives each title before its name, the title after a name is the next one's
        "The minister chaired a meeting on Wednesday. The meeting was attended by Minister for Energy, Omar "
        "Khalid, Minister for Water Resources, Zainab Malik and Deputy Chairman Planning Commission, Tariq Aziz.\n",
        "Omar Khalid",
        "Minister for Energy",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_role(text, name, role):
    assert people(text)[name][0] == role


def test_fr_a_headline_clause_after_the_name_is_no_title():
    text = (
        "Tchad : Le Président de la République, Maréchal Paul Mbaye, reçoit le Vice-Ministre des Affaires Étrangères "
        "du Royaume d’Arabie Saoudite à Amdjarass\n"
        "Ce jeudi, le Président de la République, Maréchal Paul Mbaye, a accordé une audience au Vice-Ministre des "
        "Affaires Étrangères du Royaume d’Arabie Saoudite, M. Saad Rahman.\n"
    )
    assert people(text)["Paul Mbaye"] == ("Président de la République", "Tchad")


def test_fr_officials_named_without_their_country_belong_to_the_one_the_brief_names_most():
    found = people(
        "Le chef de l’Etat Paul Mbaye a reçu jeudi les lettres de créance de l’ambassadeur extraordinaire et "
        "plénipotentiaire de la Fédération de Russie, Ivan Petrov, en présence du ministre des Affaires étrangères "
        "Jean Koffi.\n\n"
        "Après la cérémonie, le diplomate russe a eu un entretien avec Paul Mbaye sur la coopération entre le Gabon "
        "et son pays. Le numéro un gabonais a présenté le modèle de développement du Gabon.\n"
    )
    assert (found["Paul Mbaye"][1], found["Jean Koffi"][1], found["Ivan Petrov"][1]) == ("Gabon", "Gabon", "Russie")


def test_en_no_country_for_them_when_two_are_named_as_often():
    found = people(
        "President Paul Mbaye held a telephone conversation on Monday with his counterpart Jean Koffi. They "
        "discussed the situation in Mali and in Libya, and the crisis in Mali and in Libya.\n"
    )
    assert found["Paul Mbaye"][1] is None


ANAPHORA = [
    (
        "Paul Mbaye held talks on Monday with Foreign Minister Anna Berg in Oslo. The President thanked Norway for "
        "its support to the peace process.\n",
        {"Paul Mbaye": "President", "Anna Berg": "Foreign Minister"},
    ),
    (  # the role alone is no one else, unnamed
        "Karin Holzer traf am Montag in Wien den ungarischen Außenminister Peter Farkas. Die Bundeskanzlerin sprach "
        "mit ihm über den Balkan.\n",
        {"Karin Holzer": "Bundeskanzlerin", "Peter Farkas": "ungarischen Außenminister"},
    ),
    (  # one named by a role alone takes part: the role after is not the named one's
        "Le ministre a reçu lundi Jean Dupont à Dakar. Le président a ensuite quitté la ville.\n",
        {None: "ministre", "Jean Dupont": None},
    ),
]


@pytest.mark.parametrize(("text", "roles"), ANAPHORA)
def test_the_one_named_without_a_role_takes_the_role_the_next_sentence_opens_on(text, roles):
    assert {name: role for name, (role, _) in people(text).items()} == roles
